package quote

import (
	"fmt"
	"sort"

	"github.com/guillemet/guillemet/normalize"
)

// A Verdict says in one word how a quote relates to its source
// (CONTRACT §3). Verdicts are ordered by precedence: when several
// apply, the lowest one is given.
type Verdict uint8

// The verdicts, by precedence.
const (
	// NotFound: the source does not support the quote (fewer than half of
	// its words align). Never read it as "fake": another source may.
	NotFound Verdict = iota
	// Altered: words were replaced, inserted or removed without an
	// elision mark, or a cut or a change reverses or shifts the meaning
	// whatever marks the quote shows (a hidden negation, a changed
	// sentence mark).
	Altered
	// Elided: source words are skipped only where the quote shows an
	// elision mark (…, ..., (…), (...), […], [...]).
	Elided
	// Excerpt: the quote is one contiguous part of a longer source.
	Excerpt
	// Equivalent: the whole source, differing only by normalization.
	Equivalent
	// Verbatim: the whole source, identical up to Unicode canonical
	// equivalence and white space.
	Verbatim
)

var verdictNames = [...]string{"not_found", "altered", "elided", "excerpt", "equivalent", "verbatim"}

// String returns the verdict as the contract spells it: "not_found",
// "altered", "elided", "excerpt", "equivalent" or "verbatim".
func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return fmt.Sprintf("Verdict(%d)", uint8(v))
}

// MarshalText encodes the verdict as its contract name.
func (v Verdict) MarshalText() ([]byte, error) {
	if int(v) >= len(verdictNames) {
		return nil, fmt.Errorf("quote: invalid verdict %d", uint8(v))
	}
	return []byte(v.String()), nil
}

// UnmarshalText decodes a contract name.
func (v *Verdict) UnmarshalText(b []byte) error {
	p, ok := ParseVerdict(string(b))
	if !ok {
		return fmt.Errorf("quote: unknown verdict %q", b)
	}
	*v = p
	return nil
}

// ParseVerdict returns the verdict with the given contract name.
func ParseVerdict(name string) (Verdict, bool) {
	for i, n := range verdictNames {
		if n == name {
			return Verdict(i), true
		}
	}
	return 0, false
}

// A Kind is the kind of one difference between a quote and its source
// (CONTRACT §3).
type Kind uint8

// The difference kinds. The first ten are absorbed by normalization and
// never change the verdict beyond equivalent; Spelling lowers the score
// only; the word kinds, Negation and Punctuation make a quote altered;
// Elision makes it elided; the truncations make it an excerpt.
//
// Kinds are known by their names (String, MarshalText); their numeric
// values are not part of the API and may change when kinds are added.
const (
	Typography   Kind = iota // apostrophes, quotation marks, dashes, ellipsis, other punctuation, the # of a hashtag
	Spacing                  // white space, invisible characters, a word cut at a line end
	Case                     // upper or lower case
	Accent                   // accents and other diacritics
	Inclusive                // inclusive-writing marks (cher•e•s, cher.e.s), or inclusive writing against one gender (agent·e·s, agents; ils/elles, ils)
	Ligature                 // œ/oe, æ/ae, presentation ligatures
	Emoji                    // emoji present in one text only
	Link                     // a URL present in one text only
	Mention                  // leading reply @mentions or an RT @x: prefix
	Mojibake                 // UTF-8 misread as Windows-1252, or invalid UTF-8
	Spelling                 // a small slip inside a word: OCR confusion, typo, elongation, look-alike letter
	WordReplaced             // a source word replaced by another
	WordInserted             // a quote word the source does not have
	WordDeleted              // a source word dropped without an elision mark
	// Negation: a negation hidden by a cut, or dropped or added. For a
	// cut at an elision mark (it replaces the Elision difference), Quote
	// is the mark and Source runs over the negation words of the cut
	// that bear on the quoted words; for a cut before the quote's first word or
	// after its last, it comes beside the truncation, with the same
	// empty Quote span; for a negation dropped or added without a mark
	// (a run of at most three words), Quote or Source is empty as for a
	// deletion or an insertion. Source, or Quote for an insertion, always
	// holds a negation word (ne, n', pas, plus, jamais, rien, personne,
	// aucun, guère, point, nullement, nul, sans, non, ni).
	Negation
	// Punctuation: the sentence mark after a quoted word changes the
	// mood of its source ("?" for ".", "!" for ".", a "?" dropped or
	// added). Quote and Source span the sentence marks on each side,
	// empty where a side has none.
	Punctuation
	Elision        // source words skipped where the quote shows an elision mark
	TruncatedStart // the source says more before the quote
	TruncatedEnd   // the source says more after the quote
	numKinds
)

var kindNames = [numKinds]string{
	"typography", "spacing", "case", "accent", "inclusive", "ligature", "emoji", "link",
	"mention", "mojibake", "spelling", "word_replaced", "word_inserted", "word_deleted",
	"negation", "punctuation", "elision", "truncated_start", "truncated_end",
}

// String returns the kind as the contract spells it ("word_replaced").
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText encodes the kind as its contract name.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= numKinds {
		return nil, fmt.Errorf("quote: invalid difference kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText decodes a contract name.
func (k *Kind) UnmarshalText(b []byte) error {
	p, ok := ParseKind(string(b))
	if !ok {
		return fmt.Errorf("quote: unknown difference kind %q", b)
	}
	*k = p
	return nil
}

// ParseKind returns the difference kind with the given contract name.
func ParseKind(name string) (Kind, bool) {
	for i, n := range kindNames {
		if n == name {
			return Kind(i), true
		}
	}
	return 0, false
}

// normalizing reports whether k is absorbed by normalization: it never
// makes a quote more than equivalent.
func (k Kind) normalizing() bool { return k <= Mojibake }

// kindSet is a set of difference kinds.
type kindSet uint32

func (s kindSet) has(k Kind) bool { return s&(1<<k) != 0 }

func (s *kindSet) add(k Kind) { *s |= 1 << k }

func (s kindSet) list() []Kind {
	var ks []Kind
	for k := Kind(0); k < numKinds; k++ {
		if s.has(k) {
			ks = append(ks, k)
		}
	}
	return ks
}

// A Difference is one way a quote differs from its source, pointing at
// both original texts. An insertion has an empty Source span (at the
// place it would go), a deletion an empty Quote span.
type Difference struct {
	Kind       Kind
	Quote      normalize.Span // in the original quote
	Source     normalize.Span // in the original source
	QuoteText  string         // the quote's bytes in Quote
	SourceText string         // the source's bytes in Source
}

// KindNames returns the sorted, distinct names of the kinds of ds.
func KindNames(ds []Difference) []string {
	seen := map[string]bool{}
	var names []string
	for _, d := range ds {
		n := d.Kind.String()
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// String returns the difference on one line: its kind, the quote text and
// span, the source text and span.
func (d Difference) String() string {
	return fmt.Sprintf("%s %q [%d,%d) / %q [%d,%d)", d.Kind, d.QuoteText, d.Quote.Start, d.Quote.End,
		d.SourceText, d.Source.Start, d.Source.End)
}
