package normalize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// fuzzSeeds are the table inputs, the labelled pairs and the bad inputs
// (empty, invalid UTF-8, a long line, a pile of combining marks). The
// full-size bad inputs — a 10 MB line, 100 000 marks on one letter — run in
// TestHugeInputs; here they are scaled down so that the fuzzer keeps
// mutating instead of spending its time minimizing megabytes.
func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"", "L’ÉTAT, c’est moi !", "«\u00a0Bonjour\u00a0»", "cher·e·s cher.e.s cher(e)s cher-e-s",
		"noooon rerererecommencer XIIIe", "DÃ©missionne jusquâ€™Ã  ÃƒÂ©tÃƒÂ©", "sa\u200blope gou-\nvernement",
		"Маcron sаlope", "@a @b RT @x: https://t.co/abc 👏🏽 #Retraites", "a\xffb\xc3", "fin.Les autres",
		"e" + strings.Repeat("\u0301", 1000), strings.Repeat("Il vient de recommencer ! ", 40),
	} {
		f.Add(s)
	}
	if pairs, err := loadPairs("../testdata/normalize/pairs.tsv"); err == nil {
		for _, p := range pairs {
			f.Add(p.a)
			f.Add(p.b)
		}
	}
}

func checkProfile(t *testing.T, p *Profile, s string) {
	x := p.Normalize(s)
	if x.Original() != s {
		t.Fatalf("original changed")
	}
	if !utf8.ValidString(x.String()) {
		t.Fatalf("%s(%q) = %q: invalid UTF-8", p.Name(), s, x.String())
	}
	checkMap(t, x)
	if again := p.String(x.String()); again != x.String() {
		t.Fatalf("%s not idempotent:\n in   %q\n once %q\n twice %q", p.Name(), s, x.String(), again)
	}
	var words []string
	for _, tok := range x.Tokens() {
		if tok.Kind != Punct {
			words = append(words, tok.Text)
		}
		if tok.OrigStart < 0 || tok.OrigEnd > len(s) || tok.OrigStart > tok.OrigEnd {
			t.Fatalf("token %+v outside %q", tok, s)
		}
		// The tokenizer walks the edits once; it must agree with the
		// searching OriginalSpan.
		if os, oe := x.OriginalSpan(tok.Start, tok.End); os != tok.OrigStart || oe != tok.OrigEnd {
			t.Fatalf("token %+v: OriginalSpan gives [%d,%d) in %q", tok, os, oe, s)
		}
	}
	// AppendWords is Tokens' words and numbers, without the tokens.
	if got := x.AppendWords(nil); !slices.Equal(got, words) {
		t.Fatalf("AppendWords(%q) = %q, Tokens' words %q", s, got, words)
	}
}

func FuzzMatch(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkProfile(t, Match, s)
		checkBuffer(t, s)
	})
}

// checkBuffer checks that NormalizeBuffer, with a Buffer that already
// served a longer text, gives what Normalize gives: the same string and
// the same source map.
func checkBuffer(t *testing.T, s string) {
	var buf Buffer
	Match.NormalizeBuffer("L’ÉLUE a dit « NON » … https://t.co/x 👍 "+s+s, &buf)
	want := Match.Normalize(s)
	got := Match.NormalizeBuffer(s, &buf)
	if got.String() != want.String() || !slices.Equal(got.edits, want.edits) {
		t.Fatalf("NormalizeBuffer(%q) = %q %v, want %q %v", s, got.String(), got.edits, want.String(), want.edits)
	}
}

func FuzzDisplay(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkProfile(t, Display, s) })
}

// FuzzMojibake checks that text garbled the usual way (UTF-8 bytes read as
// Windows-1252) is repaired to what it was, and that the repair never
// breaks valid text.
func FuzzMojibake(f *testing.F) {
	fuzzSeeds(f)
	enc := charmap.Windows1252.NewDecoder()
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := RepairMojibake(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("RepairMojibake(%q) = %q: invalid UTF-8", s, out)
		}
		if !utf8.ValidString(s) || hasMojibake(s) || !repairable(s) {
			return
		}
		garbled, err := enc.String(s)
		if err != nil {
			return
		}
		// Windows-1252 leaves five bytes undefined; Latin-1 reads them as
		// C1 controls, as the repair does.
		garbled = latin1Fill(s, garbled)
		if got, _ := RepairMojibake(garbled); got != s {
			t.Fatalf("RepairMojibake(%q) = %q, want %q", garbled, got, s)
		}
	})
}

// repairable reports whether every rune of s lies where the repair looks:
// ASCII, Latin letters, general punctuation and currency, emoji.
func repairable(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80, r >= 0x80 && r <= 0x17F, r >= 0x2000 && r <= 0x2BFF, r >= 0x1F000 && r <= 0x1FAFF:
		default:
			return false
		}
	}
	return true
}

// latin1Fill replaces the U+FFFD that the Windows-1252 decoder writes for
// undefined bytes with the Latin-1 C1 control of the same byte.
func latin1Fill(orig, garbled string) string {
	if !strings.ContainsRune(garbled, utf8.RuneError) {
		return garbled
	}
	var b strings.Builder
	for _, c := range []byte(orig) {
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		if c >= 0xA0 || cp1252High[c-0x80] == 0 {
			b.WriteRune(rune(c))
		} else {
			b.WriteRune(cp1252High[c-0x80])
		}
	}
	return b.String()
}
