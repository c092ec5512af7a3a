package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words cut at a line end after a hyphen, which Match and Display join
// again (the hyphen of a compound stays).

// hyphenBreak reports whether s[i:] is a line end inside a word, after a
// hyphen: optional blanks, one line break (any of them, CRLF counting as
// one), optional blanks, then a lower case letter. It returns the offset
// of that letter.
func hyphenBreak(s string, i int) (int, rune) {
	j := skipBlanks(s, i)
	if strings.HasPrefix(s[j:], "\r\n") {
		j += 2
	} else if r, n := utf8.DecodeRuneInString(s[j:]); j < len(s) && isNewline(r) && r != 0x2029 {
		j += n
	} else {
		return -1, 0
	}
	j = skipBlanks(s, j)
	if j >= len(s) {
		return -1, 0
	}
	r, n := utf8.DecodeRuneInString(s[j:])
	if r == utf8.RuneError && n == 1 {
		// A stray byte is read as the letter it stands for, as the
		// passes repair it: the break is the same before and after.
		r, _ = strayLetter(s[j])
	}
	if !unicode.IsLower(r) {
		return -1, 0
	}
	return j, r
}

// skipBlanks returns the offset after the horizontal white space (and the
// invisible characters among it) at s[i:].
func skipBlanks(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isHSpace(r) && !isInvisible(r) && r != 0x200D {
			break
		}
		i += n
	}
	return i
}

// compoundHeads are first parts of French compounds that keep their hyphen
// when a line break falls after it (porte-parole, arrière-pays,
// sous-préfet). Written by us from the compounds of political news.
var compoundHeads = map[string]bool{
	"porte": true, "garde": true, "apres": true, "avant": true, "arriere": true, "demi": true,
	"ex": true, "grand": true, "mi": true, "non": true, "sous": true, "vice": true, "contre": true,
	"sans": true, "semi": true, "anti": true, "auto": true, "extra": true, "neo": true, "post": true,
	"pre": true, "pro": true, "quasi": true, "social": true, "franco": true, "euro": true,
	"belle": true, "beau": true, "haut": true, "bas": true, "basse": true, "haute": true,
	"petit": true, "petite": true, "grande": true, "chef": true, "lieu": true, "chef-lieu": true,
	"peut": true, "celui": true, "celle": true, "ceux": true, "celles": true, "va": true,
}

func isCompoundHead(w string) bool { return compoundHeads[w] }
