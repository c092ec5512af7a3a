package abuse

import "testing"

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
