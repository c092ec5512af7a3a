package normalize

import "strings"

// OCR and typing slips. OCR reads "m" as "rn", "d" as "cl", "l" as "I",
// "1" or "|", "o" as "0", "w" as "vv", and drops accents; people drop
// accents too.
// OCRKey maps a word to a key under which those confusions compare equal;
// EditDistance measures what is left (a typo).

var ocrReplacer = strings.NewReplacer("rn", "m", "vv", "w", "cl", "d")

// OCRKey returns the key of a single word under which its OCR confusions
// compare equal: I, l, 1, | and ! read as l; 0 and O as o; rn as m; cl
// as d; vv as w; case and accents folded. OCRKey("gouvernernent") ==
// OCRKey("gouvemement").
func OCRKey(w string) string {
	if ocrPlain(w) {
		return w
	}
	if !strings.ContainsAny(w, "I1|!0O") { // l stays l
		// Most words hold none of the confused characters: fold, and
		// replace only when folding left an rn or a vv.
		k := FoldWord(w)
		if strings.Contains(k, "rn") || strings.Contains(k, "vv") || strings.Contains(k, "cl") {
			return ocrReplacer.Replace(k)
		}
		return k
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case 'I', 'l', '1', '|', '!':
			b.WriteByte('l')
		case '0', 'O':
			b.WriteByte('o')
		default:
			b.WriteRune(r)
		}
	}
	return ocrReplacer.Replace(FoldWord(b.String()))
}

// OCREqual reports whether words a and b are the same word up to OCR
// confusions, case and accents.
func OCREqual(a, b string) bool { return OCRKey(a) == OCRKey(b) }

// EditDistance returns the Damerau–Levenshtein distance between a and b in
// runes (an adjacent transposition counts one), or max+1 as soon as it is
// known to exceed max. It is meant for single words.
func EditDistance(a, b string, max int) int {
	if a == b {
		return 0
	}
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	n := len(rb)
	// Three rows of the table; on the stack for words of up to 31 runes.
	var rows [3][32]int
	prev2, prev, cur := rows[0][:], rows[1][:], rows[2][:]
	if n+1 > len(rows[0]) {
		prev2, prev, cur = make([]int, n+1), make([]int, n+1), make([]int, n+1)
	}
	prev2, prev, cur = prev2[:n+1], prev[:n+1], cur[:n+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= n; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[n] > max {
		return max + 1
	}
	return prev[n]
}

// SpellingDistance is the edit distance between the OCR keys of two words:
// what remains once OCR confusions, case and accents are forgiven.
func SpellingDistance(a, b string, max int) int {
	return EditDistance(OCRKey(a), OCRKey(b), max)
}

// ocrPlain reports a word that is its own OCR key: lower-case ASCII
// letters and digits other than 0 and 1, with no rn, vv or cl. Match
// keys are mostly such words.
func ocrPlain(w string) bool {
	var prev byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			if c == 'n' && prev == 'r' || c == 'v' && prev == 'v' || c == 'l' && prev == 'c' {
				return false
			}
		case '2' <= c && c <= '9', c == '-', c == '\'':
		default:
			return false
		}
		prev = c
	}
	return true
}

// shortMisreadings maps the Match keys of OCR misreadings of short French
// words to the word: an e read as c (« dc » for « de »), a d as cl
// (« cle »), an l as 1 or I (« 1e », « Ia », « 11 » for « il »), a u as
// n. Words under four letters never slip otherwise (« le » and « la »,
// « de » and « du » are other words); these misreadings are not French
// words but for « cle » (clé), which is read as « de » only where the
// source has « de ». Written by the guillemet authors from the
// confusions OCR makes on screenshots (issue 15).
var shortMisreadings = map[string]string{
	"dc": "de", "cle": "de", "clc": "de",
	"lc": "le", "1e": "le", "ie": "le",
	"ia": "la", "1a": "la",
	"11": "il", "1l": "il", "l1": "il", "ll": "il",
	"dcs": "des", "cles": "des",
	"lcs": "les", "1es": "les",
	"ct": "et", "cn": "en", "clu": "du", "nn": "un", "cst": "est",
	"qnc": "que", "qne": "que",
}

// ShortMisreading returns the short French word (de, le, la, il, des,
// les, et, en, du, un, est, que) that OCR commonly misreads as the word
// whose Match key is k, « Ia » for « la », « dc » for « de », « 11 » for
// « il »; "" when k is no such misreading. The alignment counts such a
// word as a spelling slip of that word; the search does not look it up
// (a screenshot's « Ia » is no sign of the word « IA »).
func ShortMisreading(k string) string { return shortMisreadings[k] }
