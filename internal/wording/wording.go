// Package wording holds the words a committee reads: every sentence of
// guillemet's readable reports, in French and in English, and the few
// helpers that lay them out (dates, durations, one-line excerpts,
// wrapped paragraphs).
//
// It sits below every package that writes a report — provenance (the
// report of one quote), the montage judge, and package report (the
// command's documents) — so that each renders its own results without
// an import cycle, and so that a wording is changed in one place. Like
// every root internal package it imports no package of the module: the
// verdicts, kinds and flags it names are keyed by their contract codes.
//
// Every sentence is kept in French and in English side by side (see
// Msg); a format takes the same arguments in both languages, each
// sentence written to read naturally with them.
package wording

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Words is the wording of the reports in one language: French or
// English. Use For, French or English to get one.
type Words struct {
	// Tag is the language of the words.
	Tag language.Tag
	i   int // the column of messages
}

// The two languages of the reports.
var (
	French  = &Words{Tag: language.French, i: 0}
	English = &Words{Tag: language.English, i: 1}
)

// For returns the words of the language closest to tag among French and
// English: English for any English tag, French for anything else (the
// default, language.Und included).
func For(tag language.Tag) *Words {
	// The base of language.Und is guessed as English with low
	// confidence: only a base the tag states counts.
	if base, conf := tag.Base(); conf == language.Exact && base.String() == "en" {
		return English
	}
	return French
}

// S returns the sentence m.
func (w *Words) S(m Msg) string { return messages[m][w.i] }

// F formats the sentence m with args.
func (w *Words) F(m Msg, args ...any) string { return fmt.Sprintf(messages[m][w.i], args...) }

// Verdict says a quote's verdict in words ("extrait fidèle"), by its
// code (quote.Verdict's String: "excerpt").
func (w *Words) Verdict(code string) string { return verdicts[code][w.i] }

// Category names an abuse category by its code (insult, sexual,
// threat, hate).
func (w *Words) Category(code string) string { return abuseCategories[code][w.i] }

// Severity names an abuse severity by its code (none, harsh,
// insulting, degrading, violent).
func (w *Words) Severity(code string) string { return abuseSeverities[code][w.i] }

// Visibility says who could read a post, by its visibility
// (provenance.Post.Visibility: public, unlisted, private, direct); ""
// for another value.
func (w *Words) Visibility(code string) string { return visibilities[code][w.i] }

// Decision says which reading decided the learned model's verdict, by
// its code (abuse.Decision: model, lexicon, reported, quoted).
func (w *Words) Decision(code string) string { return abuseDecisions[code][w.i] }

// HitContext says the context of a lexicon hit, by its code (uttered,
// reported, negated, self).
func (w *Words) HitContext(code string) string { return hitContexts[code][w.i] }

// ScoreBand names a band of the lexicon's score, by its code (none,
// low, abusive, high).
func (w *Words) ScoreBand(code string) string { return scoreBands[code][w.i] }

// Date writes t in UTC, as a reader of the language expects it.
func (w *Words) Date(t time.Time) string {
	t = t.UTC()
	return w.F(DateLayout, t.Day(), months[w.i][t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// Quoted puts s between the language's quotation marks, on one line and
// cut to 60 bytes, or says it is absent.
func (w *Words) Quoted(s string) string {
	if s == "" {
		return w.S(Absent)
	}
	s = strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\t", "⇥").Replace(s)
	if len(s) > 60 {
		cut := 57
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return w.S(OpenQuote) + s + w.S(CloseQuote)
}

// OneLine shortens a post to one line of a report: 90 characters at
// most.
func (w *Words) OneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return w.S(NoText)
	}
	r := []rune(s)
	if len(r) > 90 {
		return string(r[:89]) + "…"
	}
	return s
}

// Kinds names kinds of normalization by their names (normalize.Kind's
// Names), joined with commas.
func (w *Words) Kinds(names []string) string {
	words := make([]string, len(names))
	for i, n := range names {
		words[i] = normalizeKinds[n][w.i]
	}
	return strings.Join(words, ", ")
}

// Difference names a kind of difference by its code (quote.Kind's
// String: "word_replaced"); a negation the source does not hold
// (sourceEmpty) is said to be added.
func (w *Words) Difference(code string, sourceEmpty bool) string {
	if code == "negation" && sourceEmpty {
		return w.S(NegationAdded)
	}
	return differences[code][w.i]
}

// Platform names a post's platform for a report, " (Mastodon)", or ""
// for a platform without a name.
func Platform(p string) string {
	switch p {
	case "x":
		return " (X)"
	case "mastodon":
		return " (Mastodon)"
	case "bluesky":
		return " (Bluesky)"
	}
	return ""
}

// Render returns what write writes in the language of w, for a String
// method: write is a result's WriteReport.
func (w *Words) Render(write func(io.Writer, language.Tag) error) string {
	var b strings.Builder
	_ = write(&b, w.Tag) // a strings.Builder does not fail
	return b.String()
}

// Name returns " (author name)" for a report, or "" without a name.
func Name(authorName string) string {
	if authorName == "" {
		return ""
	}
	return " (" + authorName + ")"
}

// Places joins the places a post was read from, and says how many more
// were not kept: "a.jsonl:3, b.json#data[0] et 2 autre(s)".
func (w *Words) Places(places []string, more int) string {
	s := strings.Join(places, ", ")
	if more > 0 {
		s += w.F(MorePlaces, more)
	}
	return s
}

// Address returns where a reader finds a post: its URL, else
// "platform:id".
func Address(url, platform, id string) string {
	if url != "" {
		return url
	}
	return platform + ":" + id
}

// Writer writes the lines of a report and keeps the first error.
type Writer struct {
	W   io.Writer
	Err error
}

// Line writes s and a new line.
func (r *Writer) Line(s string) {
	if r.Err == nil {
		_, r.Err = fmt.Fprintln(r.W, s)
	}
}

// Wrap writes s in lines of at most 100 characters, each after prefix;
// each line of s starts a new paragraph.
func (r *Writer) Wrap(s, prefix string) {
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		for _, word := range strings.Fields(para) {
			if line.Len() > 0 && len([]rune(line.String()))+1+len([]rune(word)) > 100 {
				r.Line(prefix + line.String())
				line.Reset()
			}
			if line.Len() > 0 {
				line.WriteByte(' ')
			}
			line.WriteString(word)
		}
		r.Line(prefix + line.String())
	}
}

// MontageVerdict says a montage verdict in words, by its code (spliced,
// doctored, unverifiable, genuine).
func (w *Words) MontageVerdict(code string) string { return montageVerdicts[code][w.i] }

// ContextReason says the link the montage judge found between two
// items (its French words, as the JSON gives them) in the language.
func (w *Words) ContextReason(fr string) string {
	if en, ok := contextReasons[fr]; ok && w.i == 1 {
		return en
	}
	return fr
}

// Finding says what a montage flag found: in French the judge's own
// detail, in English a sentence naming the items (numbers from 0).
func (w *Words) Finding(code, detail string, items []int) string {
	en, ok := findings[code]
	if w.i == 0 || !ok {
		return detail
	}
	return fmt.Sprintf(en, w.Items(items), w.OfItems(items))
}

// Items names items (indexes from 0) for a sentence, numbered from 1:
// "l'élément n°2", "les éléments 1 et 3", "les éléments 1, 2 et 4";
// "item 2", "items 1 and 3", "items 1, 2 and 4".
func (w *Words) Items(items []int) string { return w.items(items, ItemsOne, ItemsMany) }

// OfItems is Items after "the words": "de l'élément n°2", "des éléments
// 1 et 3"; "of item 2", "of items 1 and 3".
func (w *Words) OfItems(items []int) string { return w.items(items, OfItemsOne, OfItemsMany) }

func (w *Words) items(items []int, one, many Msg) string {
	if len(items) == 1 {
		return w.F(one, items[0]+1)
	}
	ns := make([]string, len(items))
	for i, n := range items {
		ns[i] = strconv.Itoa(n + 1)
	}
	list := strings.Join(ns, ", ")
	if len(ns) > 1 {
		list = strings.Join(ns[:len(ns)-1], ", ") + w.S(ListAnd) + ns[len(ns)-1]
	}
	return w.F(many, list)
}

// Gap says a duration as a reader expects it: minutes, hours, days or
// years.
func (w *Words) Gap(d time.Duration) string {
	switch {
	case d < time.Hour:
		return w.F(GapMinutes, int(d.Minutes()))
	case d < 48*time.Hour:
		return w.F(GapHours, d.Hours())
	case d < 2*365*24*time.Hour:
		return w.F(GapDays, d.Hours()/24)
	}
	return w.F(GapYears, d.Hours()/24/365.25)
}
