package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mojibake: UTF-8 bytes decoded as Windows-1252 (or Latin-1) and encoded
// again as UTF-8. "é" (C3 A9) comes out as "Ã©", "’" (E2 80 99) as "â€™",
// a narrow no-break space (E2 80 AF) as "â€¯". The repair reads such runs
// back as bytes and decodes them as UTF-8.
//
// To keep French apart from mojibake, a run is repaired only when its first
// character is a lead byte that French text practically never shows before
// those continuation characters (Â Ã Ä Å Æ Ë Ì Í â ï ð), and only when the
// repaired character lies in the blocks that lead can produce for Latin
// text, punctuation or emoji. "NOËL" or "château" are left alone. Text
// repaired once is examined again, which undoes double encoding
// ("ÃƒÂ©" → "é").

// mojibakeByte returns the Windows-1252 (or Latin-1) byte that displays as
// r, if any.
func mojibakeByte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), r >= 0x80
	}
	for i, c := range cp1252High {
		if c == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// strayLetter reads a byte that is not valid UTF-8 as Windows-1252 (Latin-1
// for the bytes it leaves undefined), the encoding that text most often
// came from, and returns the letter it stands for: "d\xe9put\xe9e" is
// "députée" saved in Latin-1. Bytes that are not letters there (controls,
// punctuation) give ok false and stay U+FFFD.
func strayLetter(c byte) (rune, bool) {
	r := rune(c)
	if c >= 0x80 && c < 0xA0 {
		r = cp1252High[c-0x80]
	}
	return r, c >= 0x80 && unicode.IsLetter(r)
}

// mojibakeLead reports whether r, read as a byte, is a UTF-8 lead byte we
// repair, and how many continuation bytes it needs.
func mojibakeLead(r rune) int {
	switch r {
	case 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xCB, 0xCC, 0xCD: // Â Ã Ä Å Æ Ë Ì Í
		return 1
	case 0xE2, 0xEF: // â ï
		return 2
	case 0xF0: // ð
		return 3
	}
	return 0
}

// mojibakeAt tries to read a mojibake sequence at s[i:], whose first rune
// is r (size n). It returns the repaired rune and the end of the sequence.
func mojibakeAt(s string, i int, r rune, n int) (rune, int, bool) {
	need := mojibakeLead(r)
	if need == 0 {
		return 0, 0, false
	}
	var buf [4]byte
	buf[0] = byte(r)
	j := i + n
	for k := 1; k <= need; k++ {
		if j >= len(s) {
			return 0, 0, false
		}
		c, m := utf8.DecodeRuneInString(s[j:])
		b, ok := mojibakeByte(c)
		if !ok && need == 1 && isHSpace(c) && (r == 0xC3 || r == 0xC2) {
			// The no-break space of "Ã\u00a0" (à) or "Â\u00a0" often
			// became a plain space (or a tab) on the way.
			b, ok = 0xA0, true
		}
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0, false
		}
		buf[k] = b
		j += m
	}
	d, size := utf8.DecodeRune(buf[:need+1])
	if d == utf8.RuneError || size != need+1 {
		return 0, 0, false
	}
	switch buf[0] {
	case 0xE2:
		if d < 0x2000 || d > 0x2BFF {
			return 0, 0, false
		}
	case 0xEF:
		if !(d >= 0xFE00 && d <= 0xFE0F || d >= 0xFF00 && d <= 0xFFEF || d == 0xFEFF || d == 0xFFFD) {
			return 0, 0, false
		}
	case 0xF0:
		if !(d >= 0x1F000 && d <= 0x1FAFF || d >= 0x1D400 && d <= 0x1D7FF) {
			return 0, 0, false
		}
	}
	return d, j, true
}

// hasMojibake is the quick check: does s hold a mojibake lead (all of them
// are encoded C3 xx) followed by a character that could continue it?
func hasMojibake(s string) bool {
	for {
		i := strings.IndexByte(s, 0xC3)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		switch s[i+1] {
		case 0x82, 0x83, 0x84, 0x85, 0x86, 0x8B, 0x8C, 0x8D, 0xA2, 0xAF, 0xB0:
			if c := s[i+2]; c >= 0x80 || c == ' ' || c == '\t' {
				return true
			}
		}
		s = s[i+1:]
	}
}

// mojibakePass repairs one level of mojibake.
func mojibakePass(b *builder, s string) {
	for i := 0; i < len(s); {
		if s[i] != 0xC3 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if i >= n && s[i-n:i] == s[i:i+n] {
			// A lead after the same letter ("ÂÂ¿", "ÃÃ©") is no layer of
			// encoding (a layer puts a continuation byte between them):
			// stray bytes read as letters. Repairing it would uncover the
			// next one, a round each, for as long as the run.
			i += n
			continue
		}
		if d, end, ok := mojibakeAt(s, i, r, n); ok {
			b.keep(i)
			var enc [4]byte
			m := utf8.EncodeRune(enc[:], d)
			b.replaceBytes(i, end, enc[:m], Mojibake)
			i = end
			continue
		}
		i += n
	}
}

// RepairMojibake returns s with its mojibake repaired (see the package
// documentation), and whether anything changed. It is the repair that both
// [Display] and [Match] apply first; it never touches text that has none.
func RepairMojibake(s string) (string, bool) {
	t := repairMojibake(Text{orig: s, norm: s})
	return t.norm, t.norm != s
}

// repairMojibake applies up to three levels of repair to t.
func repairMojibake(t Text) Text {
	var b builder
	for level := 0; level < 3 && hasMojibake(t.norm); level++ {
		b.reset(t.norm, 0)
		mojibakePass(&b, t.norm)
		out, edits := b.finish()
		if edits == nil {
			break
		}
		t.norm, t.edits = out, compose(t.edits, edits)
	}
	return t
}
