package normalize

import (
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
// time.) risky reports a run that may read differently once the Match
// pass has written it: three equal letters (an elongation to collapse) or
// a letter that does not fold to one of a-z.
func letters(s string, i, max int) (out ending, end int, ok, risky bool) {
	j, prev, same := i, byte(0), 0
	var first [6]byte
	nfirst := 0
	ok = true
	for j < len(s) && j-i < 64 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isLetterLike(r) {
			break
		}
		var c byte
		if r < 0x80 {
			c = byte(r) | 0x20
		} else if f, _, fok := foldRune(r); fok && len(f) == 1 && 'a' <= f[0] && f[0] <= 'z' {
			c = f[0]
		} else {
			ok, risky = false, true
			break
		}
		if nfirst < len(first) {
			first[nfirst] = c
			nfirst++
		}
		if c == prev {
			if same++; same >= 2 {
				risky = true
			}
		} else {
			prev, same = c, 0
		}
		if out.n < max {
			out.b[out.n] = c
			out.n++
		} else if ok {
			ok, end = false, j
		}
		j += size
	}
	if ok {
		end = j
	}
	if nfirst == 6 && first[0] != first[1] && first[2] == first[0] && first[3] == first[1] && first[4] == first[0] && first[5] == first[1] {
		risky = true // a syllable written three times: it will collapse
	}
	return out, end, ok, risky
}

// inclusive tries an inclusive ending at s[i:], where mark (n bytes)
// follows a word. On success it writes the canonical form.
func (m *matcher) inclusive(i int, mark rune, n int) (int, bool) {
	if !m.on(Inclusive) || m.last != cWord || m.wsStart >= 0 || m.inclEnd == m.b.olen() {
		return 0, false
	}
	s := m.s
	base := m.b.olen() - m.wordStart
	if prev, _ := utf8.DecodeLastRuneInString(s[:i]); !isLetterLike(prev) {
		return 0, false
	}
	j := i + n
	var suffix ending
	twoMarks := false
	switch {
	case isInclusiveMark(mark):
		if base < 2 {
			return 0, false
		}
		l1, e, ok, risky := letters(s, j, 6)
		if !ok || l1.n == 0 {
			m.unstable = m.unstable || risky
			return 0, false
		}
		j, suffix = e, l1
		if r, size := utf8.DecodeRuneInString(s[j:]); isInclusiveMark(r) {
			l2, e2, ok, risky2 := letters(s, j+size, 3)
			m.unstable = m.unstable || risky2
			if ok && l2.n > 0 && !wordRuneAt(s, e2) {
				j, suffix = e2, l1.plus(l2)
			}
		}
	case mark == '(':
		if base < 3 {
			return 0, false
		}
		l1, e, ok, risky := letters(s, j, 5)
		if !ok || l1.n == 0 || e >= len(s) || s[e] != ')' {
			m.unstable = m.unstable || risky
			return 0, false
		}
		l2, e2, ok, risky2 := letters(s, e+1, 2)
		if !ok {
			m.unstable = m.unstable || risky2
			return 0, false
		}
		j, suffix = e2, l1.plus(l2)
		if !inclusiveEndings[string(suffix.b[:suffix.n])] {
			m.unstable = m.unstable || risky || risky2
			return 0, false
		}
	default: // '.' or '-'
		// A two-letter stem takes only the full two-mark form (lu.e.s,
		// élu.e.s yes; "le.s", "ce.t" no): shorter, it is too often
		// something else.
		if base < 2 || base < 3 && mark != '.' {
			return 0, false
		}
		l1, e, ok, risky := letters(s, j, 5)
		if !ok || l1.n == 0 {
			m.unstable = m.unstable || risky
			return 0, false
		}
		j, suffix = e, l1
		if size := sameMark(s, e, mark); size > 0 {
			l2, e2, ok, risky2 := letters(s, e+size, 2)
			risky = risky || risky2
			if both := l1.plus(l2); ok && l2.n > 0 && (mark == '.' && inclusiveEndings[both.String()] || mark != '.' && hyphenEndings[both.String()]) {
				j, suffix = e2, both
				twoMarks = true
			}
		}
		if base < 3 && !twoMarks {
			m.unstable = m.unstable || risky
			return 0, false
		}
		endings := inclusiveEndings
		if mark == '-' {
			endings = hyphenEndings
		}
		if !endings[string(suffix.b[:suffix.n])] {
			m.unstable = m.unstable || risky
			return 0, false
		}
	}
	if suffix.n > 6 || wordRuneAt(s, j) || markBeforeWord(s, j) && !(s[j] == '.' && sentenceEnd(s, j)) {
		// Letters followed a mark but did not make an ending: what the
		// pass writes here may read differently once folded.
		m.unstable = true
		return 0, false
	}
	var buf [2 + 8]byte
	out := append(append(buf[:0], "·"...), suffix.b[:suffix.n]...)
	m.b.replaceBytes(i, j, out, Inclusive)
	m.inclEnd = m.b.olen()
	for k := 1; k < suffix.n; k++ {
		if suffix.b[k] == suffix.b[k-1] {
			m.elongRisk = true // "·esss": let the elongation pass look
		}
	}
	return j, true
}

// sameMark returns the size of the mark at s[i:] if it is of the same
// family as mark (a full stop, or any dash), else 0.
func sameMark(s string, i int, mark rune) int {
	if i >= len(s) {
		return 0
	}
	if mark == '.' {
		if s[i] == '.' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if isDash(r) {
		return n
	}
	return 0
}

// markBeforeWord reports whether s[i:] is a full stop or a dash followed by
// a letter or digit.
func markBeforeWord(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] == '.' {
		return wordRuneAt(s, i+1)
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return isDash(r) && wordRuneAt(s, i+n)
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}
