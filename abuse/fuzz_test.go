package abuse

import (
	"slices"
	"testing"
)

// FuzzClassify checks, on arbitrary input, that Analyze does not panic
// and keeps its promises: spans inside the text on rune boundaries, in
// order; categories sorted and distinct; an abusive text has a span of
// uttered abuse; the score in [0, 1] agrees with the verdict.
func FuzzClassify(f *testing.F) {
	for _, tc := range tricky {
		f.Add(tc.text)
	}
	for _, s := range []string{
		"p**e", "s*l*pe", "c.o.n", "« « salope", "» connard «", "\"connard", "@@@ sale @x race",
		"t'es qu'un", "espèce de", "je vais te", "qu'", "\xff\xfeconnard\xc3", "Ａｒａｂｅ ｄｅ ｓｅｒｖｉｃｅ",
		"connard\nils me traitent de « collabo »\n« crève »", "pas pas pas connard", "ne ne n'est qu'un con",
	} {
		f.Add(s)
	}
	lex := New()
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, lex.Analyze(text))
	})
}

// FuzzModel checks, on arbitrary input, that the learned scorer does not
// panic and keeps its promises: the score in [0, 1] agrees with the
// verdict; an abusive text names a category and a severity, a text that
// is not names none; the spans are the lexicon's, and what the lexicon
// finds abusive stays abusive.
func FuzzModel(f *testing.F) {
	for _, s := range []string{
		"t conne", "Il m'a écrit « que mongol »", "« « que mongol", "il a dit \"", "\xff« sale attardé »\xc3",
		"J'ai reçu ce message : « crève »", "",
	} {
		f.Add(s)
	}
	m := NewModel()
	f.Fuzz(func(t *testing.T, text string) {
		r, err := m.Classify(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if r.Score < 0 || r.Score > 1 || (r.Score >= Threshold) != r.Abusive {
			t.Fatalf("%q: %s", text, r)
		}
		if r.Abusive != (len(r.Categories) > 0) || r.Abusive != (r.Severity != NoSeverity) {
			t.Fatalf("%q: categories or severity disagree with the verdict: %s", text, r)
		}
		if lex := New().Analyze(text); !slices.Equal(lex.Spans, r.Spans) || lex.Abusive && !r.Abusive {
			t.Fatalf("%q: spans %v, the lexicon's %v", text, r.Spans, lex.Spans)
		}
	})
}
