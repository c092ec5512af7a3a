package corpus

import (
	"unicode"
	"unicode/utf8"
)

// Word keys and 5-gram hashes, used to label queries: a fabricated quote
// shares no 5-gram with the corpus; an excerpt holds a 5-gram no other
// text holds, so that its source is the only right answer.
//
// A key word is a run of letters and digits, lower-cased and without
// accents; apostrophes, hyphens and inclusive dots split words (l’État →
// l, etat), links and @mentions are skipped. This is finer than the match
// key of package normalize (which keeps "anti-béton" whole), so a run of
// five words normalize sees in two texts is a run of at least five words
// here too: the labels stay conservative.

// gramLen is the length of the word runs compared.
const gramLen = 5

// keyWord is a word of a text: its hash and its byte span.
type keyWord struct {
	h          uint64
	start, end int
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// keyWords appends the key words of s to dst.
func keyWords(dst []keyWord, s string) []keyWord {
	h := uint64(fnvOffset)
	start := -1
	flush := func(end int) {
		if start >= 0 {
			dst = append(dst, keyWord{h: mix64(h), start: start, end: end})
			start = -1
			h = fnvOffset
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		// Skip links and mentions whole.
		if start < 0 && (c == 'h' && hasPrefixAt(s, i, "http://") || c == 'h' && hasPrefixAt(s, i, "https://")) {
			for i < len(s) && s[i] != ' ' {
				i++
			}
			continue
		}
		if start < 0 && c == '@' {
			i++
			for i < len(s) && (isASCIIAlnum(s[i]) || s[i] == '_') {
				i++
			}
			continue
		}
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				if start < 0 {
					start = i
				}
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				h = (h ^ uint64(c)) * fnvPrime
			} else {
				flush(i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			if f, ok := foldRune(r); ok {
				for k := 0; k < len(f); k++ {
					b := f[k]
					if b >= 'A' && b <= 'Z' {
						b += 'a' - 'A'
					}
					h = (h ^ uint64(b)) * fnvPrime
				}
			} else {
				r = unicode.ToLower(r)
				var buf [4]byte
				m := utf8.EncodeRune(buf[:], r)
				for k := 0; k < m; k++ {
					h = (h ^ uint64(buf[k])) * fnvPrime
				}
			}
		} else if !unicode.Is(unicode.Mn, r) {
			flush(i)
		}
		i += n
	}
	flush(len(s))
	return dst
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// gramHash combines gramLen word hashes, in order.
func gramHash(ws []keyWord) uint64 {
	h := uint64(0x51afd7ed558ccd)
	for _, w := range ws {
		h = mix64(h*0x9e3779b97f4a7c15 + w.h)
	}
	return h
}

// grams appends the hashes of the word 5-grams of ws lying inside the
// byte span [start, end).
func grams(dst []uint64, ws []keyWord, start, end int) []uint64 {
	for i := 0; i+gramLen <= len(ws); i++ {
		if ws[i].start >= start && ws[i+gramLen-1].end <= end {
			dst = append(dst, gramHash(ws[i:i+gramLen]))
		}
	}
	return dst
}
