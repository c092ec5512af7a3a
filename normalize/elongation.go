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
	for n := len(s); i+2 < n; i++ {
		// Candidates are rare: two equal bytes in a row, or equal bytes
		// two apart (a repeated syllable). Skip fast to the next one.
		if s[i] != s[i+1] && s[i] != s[i+2] {
			continue
		}
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
			continue
		}
		if c < 'a' || c > 'z' {
			continue
		}
		if c == s[i+1] && c == s[i+2] {
			return i
		}
		if i+5 < n && s[i+1] != c && 'a' <= s[i+1] && s[i+1] <= 'z' && s[i+2] == c && s[i+3] == s[i+1] &&
			s[i+4] == c && s[i+5] == s[i+1] && (i == 0 || !isLetterByteBefore(s, i)) {
			return i
		}
	}
	return -1
}

func isLetterByteBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// elongationPass collapses the runs. It reports whether a collapsed run
// touches a character that the Match pass reads in context (. - ( · @ #),
// in which case the Match pass must read the result again.
func elongationPass(b *builder, s string) (unstable bool) {
	touch := func(start, end int) {
		if start > 0 && contextual[s[start-1]] || end < len(s) && contextual[s[end]] {
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
			if !unicode.IsLetter(r) {
				break
			}
			start -= n
		}
		end := k
		for end < len(s) {
			d := s[end]
			if d < 0x80 {
				if 'a' <= d && d <= 'z' {
					end++
					continue
				}
				break
			}
			r2, n2 := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r2) {
				break
			}
			end += n2
		}
		w := s[start:end]
		j := start
		// A syllable repeated at the start of the word.
		if len(w) >= 6 && w[0] < 0x80 && w[1] < 0x80 && w[0] != w[1] && w[2] == w[0] && w[3] == w[1] {
			k := 2
			for k+1 < len(w) && w[k] == w[0] && w[k+1] == w[1] {
				k += 2
			}
			if k >= 6 {
				b.keep(start)
				b.replace(start, start+k, w[:2], Elongation)
				touch(start, end)
				j = start + k
			}
		}
		allRoman := true
		for j < end {
			m := 1
			if s[j] >= 0x80 {
				_, m = utf8.DecodeRuneInString(s[j:])
			}
			k := j + m
			for k+m <= end && s[k:k+m] == s[j:j+m] {
				k += m
			}
			c := rune(s[j])
			if count := (k - j) / m; count >= 3 && !(allRoman && (c == 'i' || c == 'x' || c == 'c' || c == 'm')) {
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
