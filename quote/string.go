package quote

import (
	"fmt"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

// String gives a readable account of the alignment on one screen: the
// verdict and score, the quote and the source with each difference marked
// ⟦n…⟧ at its place, and the numbered list of differences. Golden files
// and the command line print it.
func (a Alignment) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "verdict: %s  score: %.3f  words: %d in quote, %d matched", a.Verdict, a.Score, a.Words.Quote, a.Words.Matched)
	if a.Words.Spelling > 0 {
		fmt.Fprintf(&b, ", %d misspelt", a.Words.Spelling)
	}
	b.WriteByte('\n')
	var qs, ss []normalize.Span
	for _, d := range a.Differences {
		qs = append(qs, d.Quote)
		ss = append(ss, d.Source)
	}
	fmt.Fprintf(&b, "quote  [%d,%d): %s\n", a.Quote.Start, a.Quote.End, marked(a.quote, a.Quote, qs))
	if a.Verdict == NotFound {
		b.WriteString("source: does not support the quote\n")
		return b.String()
	}
	fmt.Fprintf(&b, "source [%d,%d): %s\n", a.Source.Start, a.Source.End, marked(a.source, a.Source, ss))
	for i, d := range a.Differences {
		fmt.Fprintf(&b, "  %d. %-15s quote %s  source %s\n", i+1, d.Kind, show(d.QuoteText), show(d.SourceText))
	}
	return b.String()
}

// show quotes a difference's text, or says it is empty.
func show(s string) string {
	if s == "" {
		return "—"
	}
	return fmt.Sprintf("%q", s)
}

// marked returns text within span, with the numbered spans marked. Spans
// that share a place (several kinds on one word) get one mark listing
// their numbers.
func marked(text string, span normalize.Span, spans []normalize.Span) string {
	var b strings.Builder
	pos := span.Start
	// Group identical spans.
	type group struct {
		sp   normalize.Span
		nums []string
	}
	var groups []group
	for i, sp := range spans {
		if len(groups) > 0 && groups[len(groups)-1].sp == sp {
			groups[len(groups)-1].nums = append(groups[len(groups)-1].nums, fmt.Sprint(i+1))
			continue
		}
		groups = append(groups, group{sp, []string{fmt.Sprint(i + 1)}})
	}
	for _, g := range groups {
		sp := g.sp
		if sp.Start < pos || sp.End > span.End && sp.Start > span.End {
			continue // overlaps an earlier mark, or lies outside the span
		}
		b.WriteString(oneLine(text[pos:sp.Start]))
		fmt.Fprintf(&b, "⟦%s", strings.Join(g.nums, ","))
		if sp.End > sp.Start {
			b.WriteString(" " + oneLine(text[sp.Start:sp.End]))
		}
		b.WriteString("⟧")
		pos = sp.End
	}
	if pos < span.End {
		b.WriteString(oneLine(text[pos:span.End]))
	}
	return b.String()
}

// oneLine shows line breaks and tabs as ⏎ and ⇥ so the account stays one
// line per text.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎", "\t", "⇥").Replace(s)
}
