package abuse

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/guillemet/guillemet/abuse/internal/linear"
	"github.com/guillemet/guillemet/normalize"
)

// Lexicon is the built-in French classifier: hand-written word lists and
// patterns (see lists.go), matched on the de-obfuscated text
// (normalize.Deobfuscate: "s@lope", "c0nnard", "c.o.n.n.a.r.d" and
// look-alike letters read as the words they hide; case and accents
// folded), then read in context (context.go) so that quoted, reported,
// negated and self-directed abuse is told apart from abuse the author
// utters.
//
// How a text is read:
//
//  1. normalize.Deobfuscate gives the folded key and its source map;
//  2. the key is split into words, with their clause, sentence and
//     quotation (tokens.go);
//  3. every pattern whose first word is there is tried (one table
//     lookup a word, no regular expression); exceptions ("raton laveur",
//     "présidence tournante") cancel the matches they overlap, idioms
//     ("fils de pute") the matches inside them;
//  4. each match is checked for negation, self-reference and reporting;
//  5. matches become Spans mapped back to the original bytes, with their
//     rule's severity, merged by category (the higher severity wins),
//     and scored (see Result.Score); the result's severity is the
//     highest of its uttered spans.
//
// A Lexicon is safe for concurrent use. Its zero value is ready to use
// and equal to New(); the tables are compiled once, on first use.
type Lexicon struct{}

// New returns the built-in lexicon alone: the classifier of the
// option that keeps the lexicon-only behaviour (guillemet's --lexicon),
// where Default is the learned Model.
func New() *Lexicon { return &Lexicon{} }

// Threshold is the score from which a text is abusive.
const Threshold = 0.5

// reportedWeight scales the weight of reported abuse in the score: a
// text that only reports abuse scores below 0.1.
const reportedWeight = 0.1

// Classify implements Classifier. The error is ctx's, when it is done
// before the text is read.
func (l *Lexicon) Classify(ctx context.Context, text string) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	return l.Analyze(text), nil
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// Analyze classifies text.
//
// The score is 1 − ∏(1 − wᵢ) over the spans of uttered abuse, each span
// weighing what its rule says (0.9 for "salope", 0.68 for "traître",
// 0.45 for a hint such as "rentre chez toi" that is abuse only beside
// other abuse): several hits raise it. A text that only reports abuse
// scores 0.1 × the weight of its strongest reported span. The text is
// abusive when the score, rounded to two decimals, reaches Threshold.
// When it is not abusive, the uttered spans below the threshold are
// dropped: Spans then holds only reported abuse.
func (l *Lexicon) Analyze(text string) Result {
	r, _ := l.analyze(text, nil)
	return r
}

// analyze is Analyze, which also returns the de-obfuscated key of text
// and, when rec is not nil, appends to rec.Hits every match the rules
// kept, uttered, reported, negated or self-directed, and to rec.Quoted
// the quotations a reporting word introduces and the clauses of
// reported speech the author blames or refutes (« arrêtez de dire que
// … », see counterSpeech): what the learned scorer reads (model.go).
func (l *Lexicon) analyze(text string, rec *linear.Lexicon) (Result, string) {
	t := compiled()
	sc := pool.Get().(*scratch)
	defer func() {
		if cap(sc.toks) < 1<<16 {
			pool.Put(sc)
		}
	}()
	nt := normalize.Deobfuscate(text)
	s := nt.String()
	sc.breaks = sc.breaks[:0]
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		p, _ := nt.NormalizedSpan(i, i+1)
		sc.breaks = append(sc.breaks, p)
		j := strings.IndexByte(text[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	t.tokenize(s, sc)
	t.match(s, sc)
	if len(sc.hits) == 0 && rec == nil {
		return Result{}, s
	}
	t.annotate(sc)
	if rec != nil {
		t.recordQuotes(sc, nt, rec)
	}
	if len(sc.hits) == 0 {
		return Result{}, s
	}
	toks := sc.toks
	spans, wts := sc.spans[:0], sc.wts[:0]
	for _, h := range sc.hits {
		p := &t.pats[h.pat]
		cancelled := t.overlaps(sc.neutral, h, false) || p.fallback && t.overlaps(sc.hits, h, true) ||
			!p.idiom && t.within(sc.idioms, h)
		if cancelled {
			continue
		}
		if neg, self := t.negated(toks, h.sa), t.self(toks, h.sa, h.sb); neg || self {
			if rec != nil {
				ctx := linear.Negated
				if !neg {
					ctx = linear.Self
				}
				record(rec, p, ctx)
			}
			continue
		}
		rep := t.reported(sc, h.sa, h.sb)
		if rec != nil {
			ctx := linear.Uttered
			if rep {
				ctx = linear.Reported
			}
			record(rec, p, ctx)
		}
		start, end := nt.OriginalSpan(int(toks[h.sa].start), int(toks[h.sb-1].end))
		for _, c := range allCats {
			if p.cats&c.bit != 0 {
				spans = append(spans, Span{Span: normalize.Span{Start: start, End: end}, Category: c.cat, Severity: p.sev, Reported: rep})
				wts = append(wts, p.weight)
			}
		}
	}
	spans, wts = mergeSpans(spans, wts)
	sc.spans, sc.wts = spans, wts

	uttered := 1.0
	reported := 0.0
	any := false
	for i, sp := range spans {
		if sp.Reported {
			reported = math.Max(reported, reportedWeight*wts[i])
			continue
		}
		any = true
		uttered *= 1 - wts[i]
	}
	score := 0.0
	if any {
		score = 1 - uttered
	}
	score = math.Round(math.Max(score, reported)*100) / 100
	var r Result
	r.Score = score
	if rec != nil {
		rec.Score = score
	}
	r.Abusive = any && score >= Threshold
	var cats catSet
	for _, sp := range spans {
		if !sp.Reported && !r.Abusive {
			continue
		}
		if sp.Reported {
			r.Reported = true
		} else {
			for _, c := range allCats {
				if c.cat == sp.Category {
					cats |= c.bit
				}
			}
			r.Severity = max(r.Severity, sp.Severity)
		}
		r.Spans = append(r.Spans, sp)
	}
	for _, c := range allCats {
		if cats&c.bit != 0 {
			r.Categories = append(r.Categories, c.cat)
		}
	}
	return r, s
}

// recordQuotes appends to rec.Quoted the original byte ranges of the
// quotations of sc that a reporting word introduces or follows (see
// quoteCued), and of the clauses of reported speech that counterSpeech
// found.
func (t *tables) recordQuotes(sc *scratch, nt normalize.Text, rec *linear.Lexicon) {
	add := func(first, last int32) {
		a, b := nt.OriginalSpan(int(sc.toks[first].start), int(sc.toks[last].end))
		rec.Quoted = append(rec.Quoted, [2]int{a, b})
	}
	for q, r := range sc.regions {
		if r.last >= r.first && t.quoteCued(sc, int32(q)) {
			add(r.first, r.last)
		}
	}
	for _, r := range sc.said {
		add(r[0], r[1])
	}
}

// record appends a hit of pattern p, in context ctx, to rec.
func record(rec *linear.Lexicon, p *pattern, ctx uint8) {
	for _, c := range allCats {
		if p.cats&c.bit != 0 {
			rec.Hits = append(rec.Hits, linear.Hit{Category: string(c.cat), Severity: uint8(p.sev), Context: ctx})
		}
	}
}

// overlaps reports whether a match of list (in word order) overlaps the
// span of h; skipFallback leaves the fallback rules out. Only the
// matches that start at most maxLen words before h can reach it.
func (t *tables) overlaps(list []hit, h hit, skipFallback bool) bool {
	from := h.sa - t.maxLen
	i, _ := slices.BinarySearchFunc(list, from, func(x hit, a int32) int { return int(x.a - a) })
	for ; i < len(list) && list[i].a < h.sb; i++ {
		o := &list[i]
		if o.sa < h.sb && h.sa < o.sb && !(skipFallback && t.pats[o.pat].fallback) {
			return true
		}
	}
	return false
}

// within reports whether the span of h lies inside the span of a match
// of list (in word order). Only the matches that start at most maxLen
// words before h can hold it.
func (t *tables) within(list []hit, h hit) bool {
	from := h.sa - t.maxLen
	i, _ := slices.BinarySearchFunc(list, from, func(x hit, a int32) int { return int(x.a - a) })
	for ; i < len(list) && list[i].a <= h.sa; i++ {
		if o := &list[i]; o.sa <= h.sa && h.sb <= o.sb {
			return true
		}
	}
	return false
}

// mergeSpans merges the overlapping spans of one category and one
// reporting status, keeping the higher weight and the higher severity,
// and sorts the spans by start, end and category.
func mergeSpans(spans []Span, wts []float64) ([]Span, []float64) {
	if len(spans) < 2 {
		return spans, wts
	}
	idx := make([]int, len(spans))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int {
		a, b := spans[x], spans[y]
		switch {
		case a.Category != b.Category:
			return strings.Compare(string(a.Category), string(b.Category))
		case a.Reported != b.Reported:
			if a.Reported {
				return 1
			}
			return -1
		case a.Span.Start != b.Span.Start:
			return a.Span.Start - b.Span.Start
		}
		return a.Span.End - b.Span.End
	})
	outS := make([]Span, 0, len(spans))
	outW := make([]float64, 0, len(spans))
	for _, i := range idx {
		sp, w := spans[i], wts[i]
		if n := len(outS); n > 0 {
			last := &outS[n-1]
			if last.Category == sp.Category && last.Reported == sp.Reported && sp.Span.Start < last.Span.End {
				last.Span.End = max(last.Span.End, sp.Span.End)
				last.Severity = max(last.Severity, sp.Severity)
				outW[n-1] = math.Max(outW[n-1], w)
				continue
			}
		}
		outS = append(outS, sp)
		outW = append(outW, w)
	}
	order := make([]int, len(outS))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		a, b := outS[x], outS[y]
		switch {
		case a.Span.Start != b.Span.Start:
			return a.Span.Start - b.Span.Start
		case a.Span.End != b.Span.End:
			return a.Span.End - b.Span.End
		}
		return strings.Compare(string(a.Category), string(b.Category))
	})
	spans, wts = spans[:0], wts[:0]
	for _, i := range order {
		spans = append(spans, outS[i])
		wts = append(wts, outW[i])
	}
	return spans, wts
}
