package normalize

import "unicode"

func unicodeMn(r rune) bool { return unicode.Is(unicode.Mn, r) }
