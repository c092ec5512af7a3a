package normalize

import "unicode/utf8"

// The clean pass runs before the Match pass so that every decision the
// Match pass takes (a leading mention, a URL, a hashtag, an inclusive
// ending, a repeated letter) reads the text a reader sees: it removes
// invisible and control characters, the zero-width joiner, variation
// selectors and skin-tone modifiers (the glue of emoji sequences), and
// combining marks, which it attaches to the character before them so that
// a span ending at "e" of "e\u0301" ends after the accent. A soft hyphen at
// a line end joins the word, as a hyphen would.

// cleanStart marks the bytes that may start a character the pass removes.
var cleanStart = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f'
	}
	t[0x7F] = true
	for c := 0xC2; c < 0xF5; c++ {
		// Every non-ASCII lead but Latin-1 letters (C3), which make most
		// of French, is looked at.
		t[c] = c != 0xC3
	}
	return t
}()

func removable(r rune, emoji bool) bool {
	return isInvisible(r) || r == 0x200D || isCombining(r) || emoji && isEmojiPart(r) && r != 0x200D
}

// needsClean is the quick check for the pass.
func needsClean(s string, emoji bool) bool {
	for i := 0; i < len(s); i++ {
		if !cleanStart[s[i]] {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if removable(r, emoji) || r == utf8.RuneError && n == 1 {
			return true
		}
		i += n - 1
	}
	return false
}

func cleanPass(b *builder, s string, emoji bool) {
	for i := 0; i < len(s); i++ {
		if !cleanStart[s[i]] {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.keep(i)
			b.replace(i, i+1, "\uFFFD", Encoding)
		case r == 0xAD:
			b.keep(i)
			if i > 0 && isLetterRune(b.lastRune()) {
				if end, _ := hyphenBreak(s, i+n); end > 0 {
					b.remove(i, end, Hyphenation)
					i = end - 1
					continue
				}
			}
			b.remove(i, i+n, Invisible)
		case isCombining(r):
			b.keep(i)
			if b.olen() > 0 && b.last() != ' ' {
				b.absorb(i+n, Accent)
			} else {
				b.remove(i, i+n, Accent)
			}
		case removable(r, emoji):
			b.keep(i)
			kind := Invisible
			if isEmojiPart(r) && r != 0x200D {
				kind = Emoji
			}
			b.remove(i, i+n, kind)
		}
		i += n - 1
	}
}
