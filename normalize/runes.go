package normalize

import (
	"sort"
	"unicode"
)

// Rune classes shared by the profiles. The lists are ours, made from the
// Unicode character database (PropList.txt White_Space and Bidi_Control,
// DerivedCoreProperties Default_Ignorable_Code_Point, emoji-data.txt
// Extended_Pictographic and Emoji_Modifier) and trimmed to what appears in
// French posts and articles.

// isHSpace reports horizontal white space: space, tab and the Unicode
// space separators (no-break, narrow no-break, thin, figure, ideographic…).
func isHSpace(r rune) bool {
	switch r {
	case ' ', '\t', 0xA0, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isNewline reports line and paragraph separators.
func isNewline(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isSpace(r rune) bool { return isHSpace(r) || isNewline(r) }

// isInvisible reports characters that change nothing a reader sees and are
// used to dodge filters or come from copy-paste: zero-width characters,
// bidi controls, soft hyphens, byte order marks, other controls. The
// zero-width joiner and variation selectors, which emoji need, are not
// listed here (see isEmojiPart). U+034F COMBINING GRAPHEME JOINER is kept:
// NFC inserts it to bound runs of combining marks.
func isInvisible(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r' && r != '\v' && r != '\f'
	case r >= 0x7F && r < 0xA0:
		return r != 0x85
	case r == 0xAD, r == 0x61C, r == 0x180E, r == 0x200B, r == 0x200C, r == 0x200E, r == 0x200F, r == 0xFEFF:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x206F:
		return true
	case r >= 0xFFF9 && r <= 0xFFFB:
		return true
	}
	return false
}

// emojiRanges approximates Extended_Pictographic plus the emoji components
// (skin tones, regional indicators, keycap, tags, variation selectors,
// zero-width joiner).
var emojiRanges = [][2]rune{
	{0x00A9, 0x00A9}, {0x00AE, 0x00AE}, {0x200D, 0x200D}, {0x203C, 0x203C}, {0x2049, 0x2049},
	{0x20E3, 0x20E3}, {0x2122, 0x2122}, {0x2139, 0x2139}, {0x2194, 0x21AA},
	{0x231A, 0x23FF}, {0x24C2, 0x24C2}, {0x25AA, 0x25FE}, {0x2600, 0x27BF},
	{0x2934, 0x2935}, {0x2B05, 0x2B55}, {0x3030, 0x3030}, {0x303D, 0x303D},
	{0x3297, 0x3299}, {0xFE0E, 0xFE0F}, {0x1F000, 0x1FAFF}, {0xE0020, 0xE007F},
}

// isEmoji reports emoji and the characters that build emoji sequences.
func isEmoji(r rune) bool {
	if r < 0xA9 {
		return false
	}
	i := sort.Search(len(emojiRanges), func(i int) bool { return emojiRanges[i][1] >= r })
	return i < len(emojiRanges) && emojiRanges[i][0] <= r
}

// isEmojiPart reports the joiner, variation selectors and skin-tone
// modifiers that glue an emoji sequence together.
func isEmojiPart(r rune) bool {
	return r == 0x200D || r == 0xFE0E || r == 0xFE0F || r == 0x20E3 || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F)
}

// Typography classes.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032, 0x201A, 0x201B, 0x02B9, 0xFF07:
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D:
		return true
	}
	return false
}

// isInclusiveMark reports the marks that separate inclusive-writing
// endings: the middle dot and its look-alikes.
func isInclusiveMark(r rune) bool {
	switch r {
	case 0xB7, 0x2022, 0x2027, 0x2219, 0x22C5, 0x30FB, 0xFF65, 0x2E31:
		return true
	}
	return false
}

// quoteClass tells how a quotation mark behaves: +1 opens, -1 closes, 2
// toggles (the direction comes from the marks before it), 0 not a quote.
func quoteClass(r rune) int {
	switch r {
	case 0xAB, 0x2039:
		return 1
	case 0xBB, 0x203A:
		return -1
	case '"', 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xFF02:
		return 2
	}
	return 0
}

// isLatinLetter reports letters of the Latin script.
func isLatinLetter(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.Is(unicode.Latin, r)
}

// isWordRune reports letters, numbers (digits, ², Ⅻ…) and combining marks.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) || foldsToASCIIAlnum(r)
}

// isLetterLike reports letters and the symbols that fold to one (ⓙ, 🄰):
// the Match key writes them as letters, so every decision must read them
// so from the start.
func isLetterLike(r rune) bool {
	return unicode.IsLetter(r) || r >= 0x80 && foldsToASCIILetter(r)
}

// foldsToASCIIAlnum reports whether r, not a letter or number, folds to an
// ASCII letter or digit (ⓙ → j).
func foldsToASCIIAlnum(r rune) bool {
	if r < 0x80 {
		return false
	}
	f, _, ok := foldRune(r)
	return ok && len(f) > 0 && wordByte[f[0]]
}

func unicodeMn(r rune) bool { return unicode.Is(unicode.Mn, r) }
