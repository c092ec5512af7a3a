package htmlreport

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/guillemet/guillemet/normalize"
)

// joined is the text of segs.
func joined(segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		for _, r := range s.Runs {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// TestMarked: marks cut a text without losing a byte; bad spans are
// ignored, overlapping ones dropped, same-span kinds merged, empty spans
// kept as empty marks at their place.
func TestMarked(t *testing.T) {
	text := "Élu\u202e par 12 voix"
	sp := func(a, b int) normalize.Span { return normalize.Span{Start: a, End: b} }
	diffs := []mark{
		{Span: sp(0, 4), N: 1, Kind: "case", Title: "casse"},
		{Span: sp(0, 4), N: 2, Kind: "accent", Title: "accents"},
		{Span: sp(1, 3), N: 3, Kind: "spelling", Title: "x"},          // inside Élu: a byte in the middle of É, and overlapping
		{Span: sp(12, 14), N: 4, Kind: "word_replaced", Title: "mot"}, // "12"
		{Span: sp(15, 15), N: 5, Kind: "word_deleted", Title: "mots"}, // before "voix"
		{Span: sp(30, 40), N: 6, Kind: "typography"},                  // outside the text
	}
	passage := sp(8, len(text))
	segs := marked(text, diffs, &passage)
	assert.Equal(t, text, joined(segs))
	var kinds []string
	for _, s := range segs {
		if s.N > 0 {
			kinds = append(kinds, s.Kind+":"+s.Title)
		}
	}
	assert.Equal(t, []string{"case:casse, accents", "word_replaced:mot", "word_deleted:mots"}, kinds)
	for _, s := range segs {
		if s.Kind == "word_deleted" {
			assert.Empty(t, s.Runs)
			assert.True(t, s.Quoted)
		}
	}
	assert.Equal(t, []run{{Text: "Élu"}, {Text: "\u202e", Ctl: "U+202E"}, {Text: " par"}}, runs("Élu\u202e par"))
	assert.Equal(t, "", joined(marked("", diffs, nil)))
}

// FuzzMarked: whatever the spans, the segs hold the text, whole.
func FuzzMarked(f *testing.F) {
	f.Add("Élu\u202e par 12 voix", 0, 4, 3, 3, 8, 20)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		diffs := []mark{{Span: normalize.Span{Start: a, End: b}, N: 1, Kind: "k"}, {Span: normalize.Span{Start: c, End: d}, N: 2, Kind: "k"}}
		p := normalize.Span{Start: e, End: g}
		if got := joined(marked(text, diffs, &p)); got != text {
			t.Fatalf("marked lost text: %q, want %q", got, text)
		}
	})
}
