package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Inclusive writing: cher·e·s, cher•e•s, cher.e.s, cher-e-s, cher(e)s and
// cher·es all become cher·es in the Match key: the word, a middle dot, and
// the endings joined. The middle dot and its look-alikes are unambiguous;
// a full stop, a hyphen or parentheses count only before an ending from
// the lists below, in the case of the word, at the end of the word.
//
// The endings were written by us from the forms the Haut Conseil à
// l'Égalité guide and French newsrooms use (-e, -es, -ne, -rice, -euse,
// -ère, -ive, -le, -se, -te, -x).
var inclusiveEndings = map[string]bool{
	"e": true, "es": true, "ne": true, "nes": true, "le": true, "les": true, "lle": true, "lles": true,
	"se": true, "ses": true, "te": true, "tes": true, "rice": true, "rices": true, "trice": true,
	"trices": true, "euse": true, "euses": true, "ere": true, "eres": true, "ive": true, "ives": true,
	"ice": true, "ices": true, "enne": true, "ennes": true, "ette": true, "ettes": true, "fe": true,
	"fes": true, "x": true, "ale": true, "ales": true,
}

// After a hyphen, endings that are also pronouns (dis-le, va-t-en) or
// words are not taken.
var hyphenEndings = map[string]bool{
	"e": true, "es": true, "ne": true, "nes": true, "rice": true, "rices": true, "trice": true,
	"trices": true, "euse": true, "euses": true, "ere": true, "eres": true, "ive": true, "ives": true,
	"lle": true, "lles": true, "enne": true, "ennes": true,
}

// ending holds up to 8 folded letters of an inclusive ending.
type ending struct {
	b [8]byte
	n int
}

func (e ending) String() string { return string(e.b[:e.n]) }

func (e ending) plus(f ending) ending {
	for i := 0; i < f.n && e.n < len(e.b); i++ {
		e.b[e.n] = f.b[i]
		e.n++
	}
	return e
}

// letters reads up to max letters at s[i:] and folds them. It returns the
// folded letters, the end, and false if the run is longer than max or a
// letter does not fold to a-z. (The decision must not depend on case or
// accents: the Match key has neither, and must read the same the second
// time.)
func letters(s string, i, max int) (ending, int, bool) {
	var out ending
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		if out.n >= max {
			return out, j, false
		}
		if r < 0x80 {
			out.b[out.n] = byte(r) | 0x20
		} else if f, _, ok := foldRune(r); ok && len(f) == 1 && 'a' <= f[0] && f[0] <= 'z' {
			out.b[out.n] = f[0]
		} else {
			return out, j, false
		}
		out.n++
		j += size
	}
	return out, j, true
}

// inclusive tries an inclusive ending at s[i:], where mark (n bytes)
// follows a word. On success it writes the canonical form.
func (m *matcher) inclusive(i int, mark rune, n int) (int, bool) {
	if !m.on(Inclusive) || m.last != cWord || m.wsStart >= 0 || m.inclEnd == m.b.olen() {
		return 0, false
	}
	s := m.s
	base := m.b.olen() - m.wordStart
	if prev, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(prev) {
		return 0, false
	}
	j := i + n
	var suffix ending
	switch {
	case isInclusiveMark(mark):
		if base < 2 {
			return 0, false
		}
		l1, e, ok := letters(s, j, 6)
		if !ok || l1.n == 0 {
			return 0, false
		}
		j, suffix = e, l1
		if r, size := utf8.DecodeRuneInString(s[j:]); isInclusiveMark(r) {
			if l2, e2, ok := letters(s, j+size, 3); ok && l2.n > 0 && !wordRuneAt(s, e2) {
				j, suffix = e2, l1.plus(l2)
			}
		}
	case mark == '(':
		if base < 3 {
			return 0, false
		}
		l1, e, ok := letters(s, j, 5)
		if !ok || l1.n == 0 || e >= len(s) || s[e] != ')' {
			return 0, false
		}
		l2, e2, ok := letters(s, e+1, 2)
		if !ok {
			return 0, false
		}
		j, suffix = e2, l1.plus(l2)
		if !inclusiveEndings[string(suffix.b[:suffix.n])] {
			m.unstable = true
			return 0, false
		}
	default: // '.' or '-'
		if base < 3 {
			return 0, false
		}
		l1, e, ok := letters(s, j, 5)
		if !ok || l1.n == 0 {
			return 0, false
		}
		j, suffix = e, l1
		if e+1 < len(s) && s[e] == byte(mark) {
			if l2, e2, ok := letters(s, e+1, 2); ok && l2.n > 0 {
				j, suffix = e2, l1.plus(l2)
			}
		}
		endings := inclusiveEndings
		if mark == '-' {
			endings = hyphenEndings
		}
		if !endings[string(suffix.b[:suffix.n])] {
			m.unstable = true
			return 0, false
		}
	}
	if suffix.n > 6 || wordRuneAt(s, j) || j < len(s) && (s[j] == '.' || s[j] == '-') && wordRuneAt(s, j+1) && !(s[j] == '.' && sentenceEnd(s, j)) {
		// Letters followed a mark but did not make an ending: what the
		// pass writes here may read differently once folded.
		m.unstable = true
		return 0, false
	}
	var buf [2 + 8]byte
	out := append(append(buf[:0], "·"...), suffix.b[:suffix.n]...)
	m.b.replaceBytes(i, j, out, Inclusive)
	m.inclEnd = m.b.olen()
	return j, true
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}
