package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The Display pass repairs what a reader should not have to see and keeps
// the typography: a stray byte that is not UTF-8 becomes the Windows-1252
// letter it stands for (text saved in Latin-1), or U+FFFD; zero-width characters,
// bidi controls, soft hyphens and stray controls go (the zero-width joiner
// stays between two emoji); a word cut at a line end is joined again; a run
// of white space becomes one character: a line break or a paragraph break
// ("\n\n") if it held any, else its most typographic space (narrow
// no-break, no-break, figure, thin, plain, in that order), and nothing at
// the start or end of the text. NFC composition follows in its own pass.

// spaceRank orders horizontal spaces: the highest in a run is kept.
func spaceRank(r rune) int {
	switch r {
	case 0x202F:
		return 5
	case 0xA0:
		return 4
	case 0x2007:
		return 3
	case 0x2009:
		return 2
	}
	return 1
}

// spaceString returns the space r as a constant string (no allocation).
func spaceString(r rune) string {
	switch r {
	case 0x202F:
		return "\u202f"
	case 0xA0:
		return "\u00a0"
	case 0x2007:
		return "\u2007"
	case 0x2009:
		return "\u2009"
	}
	return " "
}

func displayPass(b *builder, s string) {
	wsStart, wsEnd, newlines, best := -1, 0, 0, rune(' ')
	var kind Kind
	flush := func() {
		if wsStart < 0 {
			return
		}
		switch {
		case b.olen() == 0:
			b.remove(wsStart, wsEnd, Spacing|kind)
		case newlines >= 2:
			b.replace(wsStart, wsEnd, "\n\n", Spacing|kind)
		case newlines == 1:
			b.replace(wsStart, wsEnd, "\n", Spacing|kind)
		default:
			b.replace(wsStart, wsEnd, spaceString(best), Spacing|kind)
		}
		wsStart, newlines, best, kind = -1, 0, ' ', 0
	}
	drop := func(i, j int, k Kind) {
		if wsStart >= 0 {
			wsEnd, kind = j, kind|k
			return
		}
		b.remove(i, j, k)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7F {
			if c == '-' && wsStart < 0 && endsWithLetter(b) {
				if end, _ := hyphenBreak(s, i+1); end > 0 {
					if isCompoundHead(FoldWord(lastWord(b))) {
						b.replace(i, end, "-", Hyphenation)
					} else {
						b.remove(i, end, Hyphenation)
					}
					i = end
					continue
				}
			}
			flush()
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7F && s[j] != '-' {
				j++
			}
			b.keep(j)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			flush()
			if l, ok := strayLetter(s[i]); ok {
				b.replace(i, i+1, string(l), Encoding)
				break
			}
			b.replace(i, i+1, "\uFFFD", Encoding)
		case isSpace(r):
			if wsStart < 0 {
				wsStart = i
			}
			wsEnd = i + n
			switch {
			case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			case r == 0x2029:
				newlines += 2
			case isNewline(r):
				newlines++
			case spaceRank(r) > spaceRank(best):
				best = r
			}
		case r == 0xAD && wsStart < 0 && endsWithLetter(b):
			if end, _ := hyphenBreak(s, i+n); end > 0 {
				b.remove(i, end, Hyphenation)
				i = end
				continue
			}
			drop(i, i+n, Invisible)
		case r == 0x200D:
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			// Keep the joiner inside an emoji sequence: after an emoji (or
			// its modifier), before an emoji.
			if prev := b.lastRune(); wsStart < 0 && isEmoji(prev) && prev != 0x200D && isEmoji(next) && !isEmojiPart(next) {
				b.keep(i + n)
			} else {
				drop(i, i+n, Invisible)
			}
		case isInvisible(r):
			drop(i, i+n, Invisible)
		default:
			flush()
			b.keep(i + n)
		}
		i += n
	}
	if wsStart >= 0 {
		b.remove(wsStart, wsEnd, Spacing|kind)
	}
}

func isLetterRune(r rune) bool { return r != utf8.RuneError && unicode.IsLetter(r) }

// endsWithLetter reports whether the output ends with a letter, perhaps
// followed by combining marks (NFC composes them later).
func endsWithLetter(b *builder) bool {
	for p := b.olen(); p > 0; {
		r, n := b.runeBefore(p)
		if !isCombining(r) {
			return isLetterRune(r)
		}
		p -= n
	}
	return false
}

// lastWord returns the letters at the end of what b has written.
func lastWord(b *builder) string {
	end := b.olen()
	start := end
	for start > 0 {
		var r rune
		var n int
		if b.dirty {
			r, n = utf8.DecodeLastRune(b.out[:start])
		} else {
			r, n = utf8.DecodeLastRuneInString(b.src[:start])
		}
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	return b.view(start)
}

// nfcPass composes the text to NFC, one normalization segment at a time,
// so that each composed character maps to the characters it came from.
func nfcPass(b *builder, s string) {
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		b.replaceBytes(start, it.Pos(), seg, Composition)
	}
}
