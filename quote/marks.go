package quote

import (
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

// This file compares the sentence marks after a quoted word with those
// after its source word (CONTRACT §3: "a changed sentence mark (. ↔ ? ↔
// !) is a punctuation difference"). The rules, by example, are in
// testdata/quote/RULES.md ("Sentence marks").

// mood is what the sentence marks of a stretch of punctuation say.
type mood uint8

const (
	noMood      mood = iota // no sentence mark, an ellipsis, a comma…
	statement               // a full stop
	exclamation             // a ! (and no ?)
	question                // a ? (?! is a question)
)

// moodOf reads the punctuation tokens [i, j) of sd (words are skipped):
// their mood, and the span of their sentence marks (., ?, !, …) in the
// original; when there is none, an empty span at the start of the
// stretch (at), so that a mark missing on one side points where it
// would be.
func moodOf(sd *side, i, j, at int) (mood, normalize.Span) {
	m := noMood
	sp := normalize.Span{Start: at, End: at}
	found := false
	for t := i; t < j && t < len(sd.toks); t++ {
		tk := sd.toks[t]
		if tk.Kind != normalize.Punct || !strings.ContainsAny(tk.Text, ".?!") {
			continue
		}
		switch {
		case strings.Contains(tk.Text, "?"):
			m = question
		case strings.Contains(tk.Text, "!"):
			if m < exclamation {
				m = exclamation
			}
		case tk.Text == ".":
			if m < statement {
				m = statement
			}
		}
		if !found {
			sp.Start = tk.OrigStart
			found = true
		}
		sp.End = tk.OrigEnd
	}
	return m, sp
}

// moodChanged reports whether two stretches say different things: a
// question on one side only, or a statement and an exclamation. A . or
// ! missing on one side is not a change of mood (articles drop the final
// full stop; a mark dropped in the middle of a quote is typography).
func moodChanged(q, s mood) bool {
	if (q == question) != (s == question) {
		return true
	}
	return q != noMood && s != noMood && q != s
}

// trailingMarks compares the sentence marks after quote word i (up to
// quote token qEnd: the end of the quote, or the elision mark that
// follows the word) with those after source word j, where the quote
// stops or skips source words after them. It records a Punctuation
// difference when the mood changed.
func (al *aligner) trailingMarks(i, j, qEnd int) {
	q, s := al.q, al.s
	qt, st := q.words[i], s.words[j]
	sEnd := len(s.toks)
	if j+1 < len(s.words) {
		sEnd = s.words[j+1]
	}
	qm, qs := moodOf(q, qt+1, qEnd, q.toks[qt].OrigEnd)
	sm, ss := moodOf(s, st+1, sEnd, s.toks[st].OrigEnd)
	if moodChanged(qm, sm) {
		al.changed++
		al.add(Punctuation, qs, ss)
	}
}

// withoutSentenceMarks removes . ? ! from a normalized stretch, to tell
// whether anything but the sentence marks differs.
func withoutSentenceMarks(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '.', '?', '!':
			return -1
		}
		return r
	}, s)
}
