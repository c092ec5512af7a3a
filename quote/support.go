package quote

import (
	"slices"

	"github.com/guillemet/guillemet/normalize"
)

// This file reads an alignment's differences back onto the quote's
// words: which of them the source supports, and the longest run of them
// that stands in the source as written. A search ranks its candidates by
// them (package provenance).

// supported marks the quote words the alignment a supports: every word
// inside the aligned part of the quote but those a replaced or
// inserted-word difference covers, or an added negation (a negation
// difference with no source words).
func (p *Prepared) supported(a Alignment) []bool {
	cover := make([]bool, len(p.words))
	for i, w := range p.words {
		cover[i] = w.Start >= a.Quote.Start && w.End <= a.Quote.End
	}
	for _, d := range a.Differences {
		added := d.Kind == Negation && d.Source.Len() == 0
		if d.Kind != WordReplaced && d.Kind != WordInserted && !added {
			continue
		}
		for i, w := range p.words {
			if w.Start < d.Quote.End && d.Quote.Start < w.End {
				cover[i] = false
			}
		}
	}
	return cover
}

// longestRun is the longest run of consecutive supported words (a's
// Supported) not interrupted by an elision mark, a source deletion or a
// negation cut or dropped. A word that is only a spelling slip of its
// source word stops the run too, and so does a word in inclusive writing
// against one gender (élu·e·s for élus): slips are tolerated in a quote,
// but a run must show that the words themselves are the source's, as
// written ("méritent" for "mérite" is a slip, and also another
// sentence). An OCR misreading of a short word (« dc » for « de »,
// normalize.ShortMisreading) does not stop it: it is no French word, so it cannot make
// another sentence, and a screenshot's OCR makes it on every line.
func (p *Prepared) longestRun(a Alignment) int {
	words := p.words
	var breaks []int // quote offsets where a run must stop
	var slips []normalize.Span
	for _, d := range a.Differences {
		switch d.Kind {
		case Elision, WordDeleted, Negation:
			breaks = append(breaks, d.Quote.Start)
		case Spelling:
			if !ocrShort(normalize.Match.String(d.QuoteText), normalize.Match.String(d.SourceText)) {
				slips = append(slips, d.Quote)
			}
		case Inclusive:
			if d.Quote.Len() > 0 && d.Source.Len() > 0 && normalize.Match.String(d.QuoteText) != normalize.Match.String(d.SourceText) {
				slips = append(slips, d.Quote)
			}
		}
	}
	best, run := 0, 0
	for i, c := range a.Supported {
		if !c || slices.ContainsFunc(slips, func(s normalize.Span) bool { return s.Start < words[i].End && words[i].Start < s.End }) {
			run = 0
			continue
		}
		if i > 0 && run > 0 {
			for _, b := range breaks {
				if words[i-1].End <= b && b <= words[i].Start {
					run = 0
				}
			}
		}
		run++
		best = max(best, run)
	}
	return best
}
