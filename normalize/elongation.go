package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Elongations: a letter written three or more times in a row counts once
// (noooon → non, mdrrrr → mdr), and a two-letter syllable written three or
// more times at the start of a word counts once (rerererecommencer →
// recommencer, hahaha → ha). Double letters (elle, comme, cool) and digits
// are never touched. Roman numerals keep their letters: a run of i, x, c or
// m stays when every letter before it in the word is a Roman numeral
// letter (XIII, xiiie).
//
// The pass runs on Match output, which is folded to lower case.

func isRoman(r rune) bool {
	switch r {
	case 'i', 'v', 'x', 'l', 'c', 'd', 'm':
		return true
	}
	return false
}

// hasElongation is the quick check for the pass.
func hasElongation(s string) bool { return nextElongation(s, 0) >= 0 }

// nextElongation returns the offset of the next run of three equal
// letters, or of a word starting with a syllable written three times, at
// or after i; -1 if there is none.
func nextElongation(s string, i int) int {
	if len(s)-i < 3 {
		return -1
	}
	// Candidates are rare: two equal bytes in a row, or equal bytes two
	// apart (a repeated syllable). A sliding window finds them fast.
	x, y := s[i], s[i+1]
	for k := i + 2; k < len(s); k++ {
		z := s[k]
		if x != y && x != z {
			x, y = y, z
			continue
		}
		if p := elongationCandidate(s, k-2); p >= 0 {
			return p
		}
		x, y = y, z
	}
	return -1
}

// elongationCandidate checks the candidate at s[i] (s[i] equals s[i+1]
// or s[i+2]) and returns where the elongation starts, or -1.
func elongationCandidate(s string, i int) int {
	c := s[i]
	if c >= 0x80 {
		// Back up to the start of the rune and look at it.
		j := i
		for j > 0 && !utf8.RuneStart(s[j]) {
			j--
		}
		r, m := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) && strings.HasPrefix(s[j+m:], s[j:j+m]) && strings.HasPrefix(s[j+2*m:], s[j:j+m]) {
			return j
		}
		return -1
	}
	if c < 'a' || c > 'z' {
		return -1
	}
	if c == s[i+1] && c == s[i+2] {
		return i
	}
	if i+5 < len(s) && s[i+1] != c && 'a' <= s[i+1] && s[i+1] <= 'z' && s[i+2] == c && s[i+3] == s[i+1] &&
		s[i+4] == c && s[i+5] == s[i+1] && (i == 0 || !isAlnumBefore(s, i)) {
		return i
	}
	return -1
}

// isAlnumBefore reports whether a letter or digit ends s[:i].
func isAlnumBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isAlnum(r)
}

// isAlnum reports letters and digits: the characters of a word for the
// elongation rules (digits are never collapsed, and are not Roman).
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// elongationPass collapses the runs. It reports whether it collapsed
// anything, in which case the Match pass must read the result again.
func elongationPass(b *builder, s string) (unstable bool) {
	// A collapse may make something the Match pass reads in context: a
	// URL (hhhttp://), or a mark beside the word. Then the result is read
	// again.
	touch := func(start, end int) {
		if urlFirst[s[start]] || contextualBefore(s, start) || contextualAt(s, end) {
			unstable = true
		}
	}
	for i := 0; i < len(s); {
		// Jump to the next place the quick check would stop at.
		k := nextElongation(s, i)
		if k < 0 {
			break
		}
		// The word around it: s[start:end].
		start := k
		for start > i {
			r, n := utf8.DecodeLastRuneInString(s[:start])
			if !isAlnum(r) {
				break
			}
			start -= n
		}
		end := k
		for end < len(s) {
			d := s[end]
			if d < 0x80 {
				if 'a' <= d && d <= 'z' || '0' <= d && d <= '9' {
					end++
					continue
				}
				break
			}
			r2, n2 := utf8.DecodeRuneInString(s[end:])
			if !isAlnum(r2) {
				break
			}
			end += n2
		}
		w := s[start:end]
		j := start
		allRoman := true
		// A syllable repeated at the start of the word.
		if len(w) >= 6 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z' && w[0] != w[1] && w[2] == w[0] && w[3] == w[1] {
			k := 2
			for k+1 < len(w) && w[k] == w[0] && w[k+1] == w[1] {
				k += 2
			}
			if k >= 6 {
				b.keep(start)
				b.replace(start, start+k, w[:2], Elongation)
				touch(start, end)
				j = start + k
				allRoman = isRoman(rune(w[0])) && isRoman(rune(w[1]))
			}
		}
		for j < end {
			m := 1
			if s[j] >= 0x80 {
				_, m = utf8.DecodeRuneInString(s[j:])
			}
			k := j + m
			for k+m <= end && s[k:k+m] == s[j:j+m] {
				k += m
			}
			c, _ := utf8.DecodeRuneInString(s[j:])
			if count := (k - j) / m; count >= 3 && unicode.IsLetter(c) && !(allRoman && (c == 'i' || c == 'x' || c == 'c' || c == 'm')) {
				b.keep(j)
				b.replace(j, k, s[j:j+m], Elongation)
				touch(start, end)
			}
			if m > 1 || !isRoman(c) {
				allRoman = false
			}
			j = k
		}
		i = end
	}
	return unstable
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasASCIIElongation reports whether the run of ASCII letters and digits
// at s[i:] holds three equal letters in a row, or starts with a syllable
// written three times. It is the Match pass's quick check.
func hasASCIIElongation(s string, i int) bool {
	j := i
	for j < len(s) && wordByte[s[j]] {
		j++
	}
	if j-i < 3 {
		return false
	}
	w := s[i:j]
	for k := 2; k < len(w); k++ {
		if w[k]|0x20 == w[k-1]|0x20 && w[k]|0x20 == w[k-2]|0x20 && w[k] > '9' {
			return true
		}
	}
	return len(w) >= 6 && w[0] > '9' && w[1] > '9' && w[0]|0x20 != w[1]|0x20 &&
		w[2]|0x20 == w[0]|0x20 && w[3]|0x20 == w[1]|0x20 && w[4]|0x20 == w[0]|0x20 && w[5]|0x20 == w[1]|0x20
}

// elongatedRun writes the run of ASCII letters and digits at s[i:] with
// its elongations collapsed and returns its end. It follows the
// elongation pass to the letter: a word is a run of letters (digits end
// it), a syllable counts at a word's start, and the Roman-numeral guard
// looks at the letters before the run in the word.
func (m *matcher) elongatedRun(i int) int {
	s, b := m.s, m.b
	j := i
	for j < len(s) && wordByte[s[j]] {
		j++
	}
	// The letters written just before the run belong to its first word,
	// as the elongation pass reads words (runs of letters).
	allRoman, wordStart := true, true
	wordOut := b.olen() // where the word starts in the output
	for wordOut > 0 {
		r, n := b.runeBefore(wordOut)
		if !isAlnum(r) {
			break
		}
		wordStart = false
		if !isRoman(r) {
			allRoman = false
		}
		wordOut -= n
	}
	collapsed := false
	k := i
	for k < j {
		c := lowerASCII(s[k])
		if c <= '9' {
			// Digits are never collapsed, and are not Roman.
			e := k + 1
			for e < j && s[e] <= '9' {
				e++
			}
			b.keep(e)
			k, allRoman, wordStart = e, false, false
			continue
		}
		if wordStart {
			// A syllable repeated at the start of the word.
			wordStart = false
			if k+5 < j {
				x, y := c, lowerASCII(s[k+1])
				e, reps := k, 0
				for e+1 < j && lowerASCII(s[e]) == x && lowerASCII(s[e+1]) == y {
					e += 2
					reps++
				}
				if reps >= 3 && x != y && y > '9' {
					b.keep(k)
					b.replace(k, e, string([]byte{x, y}), Elongation|caseKind(s[k:e]))
					// "hahahattp" may make a URL.
					collapsed = true
					m.unstable = m.unstable || m.collapseUnstable(i, j)
					allRoman = allRoman && isRoman(rune(x)) && isRoman(rune(y))
					k = e
					continue
				}
			}
		}
		e := k + 1
		for e < j && lowerASCII(s[e]) == c {
			e++
		}
		if e-k >= 3 && !(allRoman && (c == 'i' || c == 'x' || c == 'c' || c == 'm')) {
			b.keep(k)
			b.replace(k, e, string(rune(c)), Elongation|caseKind(s[k:e]))
			// The collapse may make a URL (hhhttp://).
			collapsed = true
			m.unstable = m.unstable || m.collapseUnstable(i, j)
		} else {
			for ; k < e; k++ {
				if s[k] != c {
					b.keep(k)
					b.replaceByte(c, Case)
				}
			}
		}
		if !isRoman(rune(c)) {
			allRoman = false
		}
		k = e
	}
	b.keep(j)
	// A collapse may reveal a new run or syllable in the word ("ha"+"aa",
	// rererrre): look at the word as written.
	if collapsed && hasElongation(b.view(wordOut)) {
		m.elongRisk = true
	}
	return j
}

// collapseUnstable reports whether collapsing in the run s[i:j] may make
// something the Match pass reads in context: a URL at the start of the
// word, or a mark beside it.
func (m *matcher) collapseUnstable(i, j int) bool {
	s := m.s
	start := i
	if m.b.olen() > m.wordStart {
		start = m.wordOrig
	}
	return urlFirst[s[start]] || urlFirst[s[i]] || contextualBefore(s, i) || contextualAt(s, j)
}

// caseKind is Case if s holds an upper-case ASCII letter.
func caseKind(s string) Kind {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return Case
		}
	}
	return 0
}
