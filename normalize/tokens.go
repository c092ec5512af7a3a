package normalize

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with digits, inner hyphens, apostrophes or inclusive dots
	Number                  // digits only
	Punct                   // a punctuation mark or symbol; "..." is one token
)

// String names the kind: "word", "number" or "punct".
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	}
	return "punct"
}

// A Token is a word, number or punctuation mark of a normalized text, with
// its offsets in the normalized string (Start, End) and in the original
// (OrigStart, OrigEnd). Offsets are half-open byte ranges.
type Token struct {
	Text               string // as in the normalized string
	Kind               TokenKind
	Start, End         int
	OrigStart, OrigEnd int
	// Elided marks an elided article, pronoun or conjunction (l', d',
	// qu'…): the apostrophe is not part of the token, and the next word
	// is a token of its own, so that "l'État" and "l’Etat" align word for
	// word.
	Elided bool
}

// isElision reports whether w is a French word that elides before a vowel
// (l', d', qu', jusqu'…), in lower case, capitalised, or for qu' in capitals.
// A switch, not a map: the tokenizer asks at every apostrophe.
func isElision(w string) bool {
	switch w {
	case "l", "d", "j", "m", "n", "s", "t", "c", "ç",
		"qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
		"L", "D", "J", "M", "N", "S", "T", "C", "Ç",
		"Qu", "QU", "Jusqu", "Lorsqu", "Puisqu", "Quoiqu":
		return true
	}
	return false
}

// endsInQu reports a word of three letters or more ending in qu: before
// an apostrophe it is always elided (jusqu', lorsqu', presqu'), also when
// a slip changed its start (jussqu').
func endsInQu(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-2:] {
	case "qu", "Qu", "QU":
		return true
	}
	return false
}

// Tokens splits the normalized text into tokens. White space separates
// tokens and is not one. A word runs over letters, digits and combining
// marks, and over a hyphen, apostrophe or inclusive mark between two
// letters; an elided word ends at its apostrophe. A mention keeps its @.
func (t Text) Tokens() []Token { return t.AppendTokens(nil) }

// AppendTokens appends the tokens of t to dst and returns it.
func (t Text) AppendTokens(dst []Token) []Token {
	s := t.norm
	if cap(dst)-len(dst) < len(s)/8 {
		// French averages five to six bytes a token with its space.
		grown := make([]Token, len(dst), len(dst)+len(s)/5+4)
		copy(grown, dst)
		dst = grown
	}
	m := &forwardMapper{edits: t.edits}
	for i := 0; ; {
		start, end, next, kind, elided := nextToken(s, i)
		if start < 0 {
			return dst
		}
		dst = t.appendToken(dst, m, start, end, kind, elided)
		i = next
	}
}

// AppendWords appends to dst the Text of each token of t that is a word
// or a number (Tokens without the punctuation), in order, and returns
// it. It is the cheap way to the words alone: no token is built, and
// the source map is not walked for the tokens' original offsets.
func (t Text) AppendWords(dst []string) []string {
	for i := 0; ; {
		start, end, next, kind, _ := nextToken(t.norm, i)
		if start < 0 {
			return dst
		}
		if kind != Punct {
			dst = append(dst, t.norm[start:end])
		}
		i = next
	}
}

// nextToken finds the first token of s at or after i (see Tokens): its
// bounds s[start:end], its kind, whether it is elided, and where the
// search for the one after it starts (past an elided word's
// apostrophe). start is -1 when no token is left.
func nextToken(s string, i int) (start, end, next int, kind TokenKind, elided bool) {
	for i < len(s) {
		if s[i] == ' ' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += n
			continue
		case isWordRune(r) || r == '@' && wordRuneAt(s, i+n):
			j := i + n
			digits := unicode.IsDigit(r)
			for j < len(s) {
				if c := s[j]; c < 0x80 && ('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9') {
					// ASCII letters and digits, the common case.
					digits = digits && c <= '9'
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) || r2 == '_' && s[i] == '@' {
					digits = digits && unicode.IsDigit(r2)
					j += n2
					continue
				}
				if (isApostrophe(r2) || isDash(r2) || isInclusiveMark(r2)) && wordRuneAt(s, j+n2) {
					if isApostrophe(r2) && (isElision(s[i:j]) || endsInQu(s[i:j])) {
						elided = true
						break
					}
					digits = false
					j += n2
					continue
				}
				break
			}
			kind = Word
			if digits {
				kind = Number
			}
			next = j
			if elided {
				_, n2 := utf8.DecodeRuneInString(s[j:])
				next += n2
			}
			return i, j, next, kind, elided
		default:
			j := i + n
			if r == '.' {
				for j < len(s) && s[j] == '.' {
					j++
				}
			}
			return i, j, j, Punct, false
		}
	}
	return -1, 0, 0, 0, false
}

func (t Text) appendToken(dst []Token, m *forwardMapper, start, end int, kind TokenKind, elided bool) []Token {
	os, oe := m.span(start, end)
	// Grow by one zero token and fill it in place: appending a composite
	// literal copies it through the write barrier, field by field is
	// cheaper.
	if len(dst) == cap(dst) {
		dst = append(dst, Token{})
	} else {
		dst = dst[:len(dst)+1]
	}
	tk := &dst[len(dst)-1]
	tk.Text, tk.Kind, tk.Elided = t.norm[start:end], kind, elided
	tk.Start, tk.End, tk.OrigStart, tk.OrigEnd = start, end, os, oe
	return dst
}
