package normalize

import "strings"

// Kind is a set of kinds of change that normalization made to a piece of
// text. Every change a profile makes is recorded with its kinds, so that a
// caller (the quote package) can say exactly how two texts differ instead
// of hiding it.
type Kind uint32

// The kinds of change. Their names (see [Kind.String]) are the difference
// kinds of the public contract where one exists.
const (
	Spacing     Kind = 1 << iota // white space collapsed, trimmed or unified
	Typography                   // apostrophes, quotation marks, dashes, ellipsis
	Case                         // upper case folded to lower case
	Accent                       // accents and other combining marks removed
	Ligature                     // œ, æ, ß and presentation ligatures spelled out
	Compat                       // compatibility forms: fullwidth, mathematical letters, superscripts
	Inclusive                    // inclusive-writing marks unified (cher.e.s → cher·es)
	Elongation                   // letters or syllables repeated for emphasis (noooon)
	Mojibake                     // UTF-8 read as Windows-1252 or Latin-1, repaired
	Invisible                    // zero-width, bidi and control characters, soft hyphens
	Hyphenation                  // a word cut at a line end, joined again
	Homoglyph                    // Cyrillic or Greek look-alike letters in a Latin word
	Link                         // URLs
	Mention                      // leading reply @mentions and RT @x: prefixes
	Emoji                        // emoji and their modifiers
	Hashtag                      // the # of a hashtag
	Encoding                     // invalid UTF-8: a Latin-1 letter read as such, anything else U+FFFD
	Composition                  // Unicode canonical composition (NFC)
	Obfuscation                  // s@lope, c0nnard, s.a.l.o.p.e (Deobfuscate only)
	kindEnd
)

var kindNames = [...]string{
	"spacing", "typography", "case", "accent", "ligature", "compat",
	"inclusive", "elongation", "mojibake", "invisible", "hyphenation",
	"homoglyph", "link", "mention", "emoji", "hashtag", "encoding",
	"composition", "obfuscation",
}

// String lists the kinds in k, lower case, separated by "+", in the order
// of the constants: "case+accent".
func (k Kind) String() string {
	if k == 0 {
		return "none"
	}
	var b strings.Builder
	for i, name := range kindNames {
		if k&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('+')
			}
			b.WriteString(name)
		}
	}
	return b.String()
}

// Names returns the names of the kinds in k, in the order of the constants.
func (k Kind) Names() []string {
	var names []string
	for i, name := range kindNames {
		if k&(1<<i) != 0 {
			names = append(names, name)
		}
	}
	return names
}

// ParseKind returns the Kind with the given name (one kind, as printed by
// [Kind.String]), or 0 and false.
func ParseKind(name string) (Kind, bool) {
	for i, n := range kindNames {
		if n == name {
			return 1 << i, true
		}
	}
	return 0, false
}
