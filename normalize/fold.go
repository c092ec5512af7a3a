package normalize

import (
	"sort"
	"unicode/utf8"
)

// foldDense indexes foldTable for the runes below 0x250, which cover
// French and the other Latin-1 and Latin Extended letters; rarer runes are
// found by binary search.
var foldDense [0x250]int16

func init() {
	for i := range foldDense {
		foldDense[i] = -1
	}
	for i, e := range foldTable {
		if e.r < 0x250 {
			foldDense[e.r] = int16(i)
		}
	}
}

// foldRune returns the Match form of r (lower case, no accent, no
// compatibility form, no ligature) and the kinds of change, or ok false
// when r stays as it is.
func foldRune(r rune) (s string, kind Kind, ok bool) {
	if r < 0x250 {
		if i := foldDense[r]; i >= 0 {
			e := &foldTable[i]
			return e.s, e.kind, true
		}
		return "", 0, false
	}
	i := sort.Search(len(foldTable), func(i int) bool { return foldTable[i].r >= r })
	if i < len(foldTable) && foldTable[i].r == r {
		e := &foldTable[i]
		return e.s, e.kind, true
	}
	return "", 0, false
}

// FoldWord returns w in lower case without accents, ligatures or
// compatibility forms: the letter fold of the Match profile, without its
// other steps. FoldWord("ŒUVRÉ") == "oeuvre".
func FoldWord(w string) string {
	var buf []byte
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				if buf == nil {
					buf = append(make([]byte, 0, len(w)), w[:i]...)
				}
				buf = append(buf, c+'a'-'A')
			} else if buf != nil {
				buf = append(buf, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		s, _, ok := foldRune(r)
		if !ok && isCombining(r) {
			s, ok = "", true
		}
		if ok {
			if buf == nil {
				buf = append(make([]byte, 0, len(w)), w[:i]...)
			}
			buf = append(buf, s...)
		} else if buf != nil {
			buf = append(buf, w[i:i+n]...)
		}
		i += n
	}
	if buf == nil {
		return w
	}
	return string(buf)
}

// homoglyphs maps Cyrillic and Greek letters that look like Latin letters
// to the Latin letter (lower case). Written by us from the Unicode
// confusables list (confusables.txt), keeping the pairs that are
// indistinguishable in the usual fonts of social networks.
var homoglyphs = map[rune]byte{
	// Cyrillic lower case
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k',
	'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'ԁ': 'd', 'һ': 'h', 'ӏ': 'l', 'ԛ': 'q', 'ԝ': 'w',
	'т': 't', 'м': 'm', 'н': 'h', 'ь': 'b',
	// Cyrillic upper case
	'А': 'a', 'В': 'b', 'Е': 'e', 'Ё': 'e', 'К': 'k', 'М': 'm', 'Н': 'h', 'О': 'o', 'Р': 'p',
	'С': 'c', 'Т': 't', 'Х': 'x', 'У': 'y', 'Ѕ': 's', 'І': 'i', 'Ї': 'i', 'Ј': 'j', 'Ԛ': 'q', 'Ԝ': 'w',
	// Greek
	'α': 'a', 'ο': 'o', 'ν': 'v', 'ρ': 'p', 'ι': 'i', 'κ': 'k', 'τ': 't', 'υ': 'u', 'χ': 'x',
	'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Ζ': 'z', 'Η': 'h', 'Ι': 'i', 'Κ': 'k', 'Μ': 'm', 'Ν': 'n',
	'Ο': 'o', 'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x', 'ό': 'o', 'ί': 'i',
}

// isCombining reports combining marks (general category Mn and the
// combining diacritical blocks).
func isCombining(r rune) bool {
	switch {
	case r >= 0x300 && r <= 0x36F, r >= 0x1AB0 && r <= 0x1AFF, r >= 0x1DC0 && r <= 0x1DFF,
		r >= 0x20D0 && r <= 0x20FF && r != 0x20E3, r >= 0xFE20 && r <= 0xFE2F:
		return true
	}
	return r >= 0x0483 && unicodeMn(r)
}
