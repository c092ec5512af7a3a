package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOCR(t *testing.T) {
	same := [][2]string{
		{"gouvernement", "gouvemement"}, {"Il", "Il"}, {"le", "Ie"}, {"le", "1e"}, {"le", "|e"},
		{"politique", "po1itique"}, {"OCR", "0CR"}, {"élection", "election"}, {"twitter", "tvvitter"},
		{"harcèle", "HARCELE"}, {"samedi", "samecli"}, {"accord", "accorcl"},
	}
	for _, p := range same {
		assert.True(t, OCREqual(p[0], p[1]), "%q ~ %q", p[0], p[1])
	}
	for _, p := range [][2]string{{"ministre", "ministres"}, {"salle", "sale"}, {"vie", "vue"}} {
		assert.False(t, OCREqual(p[0], p[1]), "%q !~ %q", p[0], p[1])
	}
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"harcèle", "harcelle", 3, 1},
		{"recommencer", "recomencer", 3, 1},
		{"ministre", "minsitre", 3, 1}, // transposition
		{"abc", "abc", 0, 0},
		{"abc", "xyz", 1, 2},
		{"court", "beaucoup plus long", 2, 3},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SpellingDistance(tt.a, tt.b, tt.max), "%q %q", tt.a, tt.b)
	}
}

func TestDeobfuscate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"s@lope", "salope"},
		{"Espèce de c0nnard", "espece de connard"},
		{"m3rde", "merde"},
		{"p*te", "p*te"},
		{"s.a.l.o.p.e !", "salope!"},
		{"S A L O P E", "salope"},
		{"c-o-n-n-a-r-d", "connard"},
		{"sаlope", "salope"}, // Cyrillic а
		{"sal0p3", "salope"},
		{"il y a 3 ans, covid19, le 2e tour, 400 000", "il y a 3 ans, covid19, le 2e tour, 400 000"},
		{"il y a à voir", "il y a a voir"},
	}
	for _, tt := range tests {
		x := Deobfuscate(tt.in)
		assert.Equal(t, tt.want, x.String(), "Deobfuscate(%q)", tt.in)
		checkMap(t, x)
	}
	// Spans map back to the obfuscated original.
	in := "Quelle s.a.l.o.p.e celle-là"
	x := Deobfuscate(in)
	os, oe := x.OriginalSpan(7, 13)
	assert.Equal(t, "s.a.l.o.p.e", in[os:oe])
}
