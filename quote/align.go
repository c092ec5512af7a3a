package quote

import (
	"errors"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/guillemet/guillemet/normalize"
)

// MaxQuoteWords is the longest quote Align accepts, in words. A quote is a
// sentence or a few paragraphs; a text longer than this is a document to
// search, not a quote to align.
const MaxQuoteWords = 10000

// Errors returned by Align.
var (
	// ErrNoWords: the quote is empty or holds no word (only punctuation,
	// elision marks, emoji or links), so there is nothing to look for.
	ErrNoWords = errors.New("quote: the quote holds no word")
	// ErrQuoteTooLong: the quote has more than MaxQuoteWords words.
	ErrQuoteTooLong = errors.New("quote: the quote is too long to align (more than 10000 words)")
)

// An Alignment says how a quote relates to one candidate source: the
// verdict, a score, the aligned spans of both original texts and every
// difference between them.
//
// Invariants (tested, and fuzzed on arbitrary input): every span lies
// inside its text on rune boundaries, and every Difference's QuoteText and
// SourceText are exactly the original bytes its spans cover.
type Alignment struct {
	// Verdict is the contract verdict (CONTRACT §3).
	Verdict Verdict
	// Score in [0, 1] is how well the source supports the quote: the share
	// of the quote's words found in the source (a spelling slip counts
	// 0.8), lowered by source words dropped without a mark, by each
	// negation a cut hides and each changed sentence mark (as if they
	// were words dropped) and, slightly, by each normalization
	// difference. 1 means verbatim. It is rounded to three decimals.
	Score float64
	// Quote is the part of the quote that was aligned: the quote without
	// surrounding white space and without quotation marks that wrap it
	// whole.
	Quote normalize.Span
	// Source is the part of the source the quote covers: from its first
	// to its last aligned word, or the whole source (without surrounding
	// white space) when the quote is not truncated. Empty for NotFound.
	Source normalize.Span
	// Differences lists every difference, in quote order. Empty for
	// NotFound: differences against a text that does not support the quote
	// would mean nothing.
	Differences []Difference
	// Words counts the quote's words and how they aligned.
	Words WordCounts
	// Supported holds one entry per quote word (Words.Quote of them, in
	// order: the tokens of the normalize.Match key that are not
	// punctuation, at the spans Prepared.Words gives), true when the
	// source supports the word: it lies inside Quote and no replaced or
	// inserted word, nor an added negation, covers it. All false for
	// NotFound; nil when Align returned an error.
	Supported []bool
	// LongestRun is the longest run of consecutive supported words that
	// stand in the source as written: an elision mark, source words
	// dropped or a negation cut or dropped between two words stops it, and
	// so does a spelling slip or a word in inclusive writing against one
	// gender (élu·e·s for élus). A quote that shares a few words with a
	// post has no long run; a quote taken from it, even altered, has one.
	// 0 for NotFound.
	LongestRun int

	quote, source string
}

// WordCounts counts how the quote's words aligned with the source.
type WordCounts struct {
	Quote    int // words in the quote
	Matched  int // equal to a source word up to normalization
	Spelling int // equal but for a small slip
	Replaced int // replaced by another source word
	Inserted int // absent from the source
	Deleted  int // source words dropped inside the quote without a mark
	Elided   int // source words skipped at an elision mark
}

// QuoteText returns the original quote.
func (a Alignment) QuoteText() string { return a.quote }

// SourceText returns the original source.
func (a Alignment) SourceText() string { return a.source }

// Kinds returns the sorted distinct contract names of the differences.
func (a Alignment) Kinds() []string { return KindNames(a.Differences) }

// Align compares quote with one candidate source and says how they differ.
//
// Words are compared on their normalize.Match key, so that typography,
// case, accents, inclusive writing, ligatures, links, emoji, leading
// mentions and mojibake never hide a match; each such difference is still
// reported with its kind. The alignment itself is a word-level shortest
// edit script (go-diff, without deadline, so results are reproducible),
// computed inside the stretch of the source that the quote's word pairs
// point to, so that a long source costs little more than a short one.
//
// Elision marks in the quote (…, ..., (…), (...), […], [...]) may skip any
// number of source words. Words of four letters or more that differ by an
// OCR confusion or one typo (two for eight letters or more) are spelling
// differences: they lower the score and do not change the verdict.
//
// Align returns ErrNoWords for a quote without words and ErrQuoteTooLong
// beyond MaxQuoteWords. Any source is accepted, including invalid UTF-8.
// It is Prepare followed by Prepared.Align: to align one quote against
// many sources, prepare it once.
func Align(quote, source string) (Alignment, error) {
	p := preparedPool.Get().(*Prepared)
	defer p.release()
	if err := p.reset(quote); err != nil {
		return Alignment{quote: quote, source: source}, err
	}
	return p.Align(source), nil
}

// alignerPool keeps the aligners' scratch buffers (word ids, anchors, the
// diff's runes) between alignments, so that aligning many candidates
// costs little garbage.
var alignerPool = sync.Pool{New: func() any { return new(aligner) }}

// release returns al to the pool, keeping only its scratch buffers.
// Nothing an Alignment returns points into them.
func (al *aligner) release() {
	al.p, al.q, al.s, al.qv = nil, nil, nil, side{}
	al.marks, al.diffs, al.words, al.pairs = nil, nil, WordCounts{}, al.pairs[:0]
	al.kept, al.cuts, al.changed = al.kept[:0], al.cuts[:0], 0
	alignerPool.Put(al)
}

// grow returns buf resized to n zero elements, reusing its storage when it
// is large enough.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// sidePool keeps token buffers between alignments: a source of a few
// kilobytes has hundreds of tokens, and an archive search aligns many
// candidates. Nothing an Alignment returns points into them.
var sidePool = sync.Pool{New: func() any { return new(side) }}

// release returns sd's buffers to the pool.
//
// The tokens are not cleared: the stale ones only keep the last text
// normalized with this side alive until the pool is emptied at the next
// garbage collections, and clearing hundreds of tokens costs more than a
// tenth of a tweet-sized alignment.
func (sd *side) release() {
	*sd = side{toks: sd.toks[:0], words: sd.words[:0], buf: sd.buf}
	sidePool.Put(sd)
}

// side is one text prepared for alignment.
type side struct {
	orig  string
	text  normalize.Text
	norm  string
	toks  []normalize.Token
	words []int // indexes in toks of the word and number tokens
	// buf holds text's normalized string and source map: nothing an
	// Alignment returns points into it (they quote the originals).
	buf normalize.Buffer
	// lo and hi bound the text that takes part: white space and, for the
	// quote, wrapping quotation marks are left out.
	lo, hi int // token indexes [lo, hi)
}

func newSide(s string) *side {
	sd := sidePool.Get().(*side)
	sd.set(s)
	return sd
}

// set normalizes s into sd, reusing sd's buffers.
func (sd *side) set(s string) {
	t := normalize.Match.NormalizeBuffer(s, &sd.buf)
	sd.orig, sd.text, sd.norm = s, t, t.String()
	sd.toks = t.AppendTokens(sd.toks[:0])
	sd.words = slices.Grow(sd.words[:0], len(sd.toks)) // at most one a token: no growing
	sd.hi = len(sd.toks)
	for i, tk := range sd.toks {
		if tk.Kind != normalize.Punct {
			sd.words = append(sd.words, i)
		}
	}
}

// word returns the i-th word token.
func (sd *side) word(i int) normalize.Token { return sd.toks[sd.words[i]] }

// mark is an elision mark in the quote: tokens [first, last] of the quote,
// standing between words gap-1 and gap.
type mark struct {
	first, last int
	gap         int
}

type aligner struct {
	// p is the prepared quote; q points to qv, a copy of its side whose
	// bounds this alignment sets (see trimQuote); s is the source.
	p     *Prepared
	qv    side
	q, s  *side
	marks []mark // p's, read only
	diffs []Difference
	words WordCounts
	// pairs are the (quote word, source word) indexes that the edit
	// script found equal, increasing in both.
	pairs []pair
	// kept are the other source words the quote stands for (slips,
	// replacements, inclusive forms); cuts the runs of words that
	// differences stand for, for the meaning pass; changed counts the
	// negations hidden by a cut and the changed sentence marks, which
	// weigh on the score like words dropped without a mark.
	kept    []int
	cuts    []cut
	changed int
	// sFirst and sLast are the first and last source words the quote
	// stands for; -1 when none.
	sFirst, sLast int
	scratch
}

// scratch holds the buffers that matchWords, window and wordDiff reuse
// from one alignment to the next.
type scratch struct {
	sids                    []int32
	starts, flat, fill, nmk []int32
	rarity                  []int
	anchors, chain          []anchor
	score                   []int32
	prev, peak              []int32
	ra, rb                  []rune
	ops                     []op
}

type pair struct{ q, s int }

func (al *aligner) run() Alignment {
	q, s := al.q, al.s
	al.trimQuote()
	al.words.Quote = len(q.words)
	al.pairs = al.matchWords()

	res := Alignment{quote: q.orig, source: s.orig}
	res.Quote = normalize.Span{Start: q.toks[q.lo].OrigStart, End: q.toks[q.hi-1].OrigEnd}

	// Spelling pairs are found in the gaps; count them before judging.
	al.walkGaps()
	found := al.words.Matched + al.words.Spelling
	if found == 0 || 2*found < al.words.Quote {
		res.Verdict = NotFound
		res.Score = round3(al.wordScore())
		res.Words = al.words
		res.Supported = make([]bool, len(q.words))
		return res
	}
	al.meaning()
	sort.SliceStable(al.diffs, func(i, j int) bool {
		a, b := al.diffs[i], al.diffs[j]
		if a.Quote.Start != b.Quote.Start {
			return a.Quote.Start < b.Quote.Start
		}
		return a.Source.Start < b.Source.Start
	})
	res.Differences = al.mergeRuns()
	res.Words = al.words
	res.Source = al.sourceSpan()
	res.Verdict = al.verdict()
	score := al.wordScore()
	n := 0
	for _, d := range al.diffs {
		if d.Kind.normalizing() && d.Kind != Spacing {
			n++
		}
	}
	score *= 1 - 0.01*math.Min(float64(n), 10)
	res.Score = round3(score)
	res.Supported = al.p.supported(res)
	res.LongestRun = al.p.longestRun(res)
	return res
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func (al *aligner) wordScore() float64 {
	w := al.words
	den := float64(w.Quote + w.Deleted + al.changed)
	if den == 0 {
		return 0
	}
	return (float64(w.Matched) + 0.8*float64(w.Spelling)) / den
}

func (al *aligner) verdict() Verdict {
	var set kindSet
	for _, d := range al.diffs {
		set.add(d.Kind)
	}
	switch {
	case set.has(WordReplaced) || set.has(WordInserted) || set.has(WordDeleted) ||
		set.has(Negation) || set.has(Punctuation):
		return Altered
	case set.has(Elision):
		return Elided
	case set.has(TruncatedStart) || set.has(TruncatedEnd):
		return Excerpt
	}
	for k := Kind(0); k < numKinds; k++ {
		if set.has(k) && k != Spacing {
			return Equivalent
		}
	}
	return Verbatim
}

// sourceSpan is the part of the source the quote covers: from the first
// to the last source word it stands for (matched, slipped, replaced or
// elided), widened to the whole source (without surrounding white space)
// on each side the quote does not truncate.
func (al *aligner) sourceSpan() normalize.Span {
	s := al.s
	start, end := s.word(al.sFirst).OrigStart, s.word(al.sLast).OrigEnd
	if !al.has(TruncatedStart) {
		start = min(start, leadingSpace(s.orig))
	} else {
		// Punctuation the quote has too before its first word ("(12)").
		q := al.q
		qi, si := q.words[0]-1, s.words[al.sFirst]-1
		for qi >= q.lo && si >= 0 && q.toks[qi].Kind == normalize.Punct && s.toks[si].Text == q.toks[qi].Text {
			start = s.toks[si].OrigStart
			qi--
			si--
		}
	}
	if !al.has(TruncatedEnd) {
		end = max(end, trailingSpace(s.orig))
	} else {
		q := al.q
		qi, si := q.words[len(q.words)-1]+1, s.words[al.sLast]+1
		for qi < q.hi && si < len(s.toks) && q.toks[qi].Kind == normalize.Punct && s.toks[si].Text == q.toks[qi].Text {
			end = s.toks[si].OrigEnd
			qi++
			si++
		}
	}
	return normalize.Span{Start: start, End: end}
}

// leadingSpace returns the offset of the first byte of s that is not white
// space; trailingSpace the end of the last one.
func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
}

func trailingSpace(s string) int {
	return len(strings.TrimRightFunc(s, unicode.IsSpace))
}

func (al *aligner) has(k Kind) bool {
	for _, d := range al.diffs {
		if d.Kind == k {
			return true
		}
	}
	return false
}

// mergeRuns joins differences of one kind that follow each other with only
// white space between them in both texts ("TOUT VA BIEN" for "Tout va
// bien" is one case difference, not three).
func (al *aligner) mergeRuns() []Difference {
	out := al.diffs[:0]
	var last [numKinds]int // index in out of the last difference of each kind, plus one
	for _, d := range al.diffs {
		if i := last[d.Kind] - 1; i >= 0 {
			p := &out[i]
			if p.Quote.End <= d.Quote.Start && p.Source.End <= d.Source.Start &&
				p.Quote.Len() > 0 && d.Quote.Len() > 0 && p.Source.Len() > 0 && d.Source.Len() > 0 &&
				blank(al.q.orig[p.Quote.End:d.Quote.Start]) && blank(al.s.orig[p.Source.End:d.Source.Start]) {
				p.Quote.End, p.Source.End = d.Quote.End, d.Source.End
				p.QuoteText = p.Quote.In(al.q.orig)
				p.SourceText = p.Source.In(al.s.orig)
				continue
			}
		}
		last[d.Kind] = len(out) + 1
		out = append(out, d)
	}
	return out
}

// blank reports whether s is empty or white space.
func blank(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }
