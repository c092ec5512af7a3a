package normalize

import "unicode/utf8"

// A Profile is a ready-made chain of normalization steps. Use the package
// variables [Display] and [Match], or build a variant of Match with [New].
// A Profile is immutable and safe for concurrent use.
type Profile struct {
	name    string
	display bool
	drop    Kind // Match folds turned off
}

// An Option changes a profile built by [New].
type Option func(*options)

type options struct {
	name string
	drop Kind
}

// Without turns off the Match folds of the given kinds. The kinds that can
// be turned off are Typography, Inclusive, Elongation, Homoglyph, Link,
// Mention, Emoji and Hashtag; letters are always folded.
func Without(k Kind) Option {
	return func(o *options) {
		o.drop |= k & (Typography | Inclusive | Elongation | Homoglyph | Link | Mention | Emoji | Hashtag)
	}
}

// Named sets the name the profile reports.
func Named(name string) Option { return func(o *options) { o.name = name } }

// New returns a Match profile changed by opts.
func New(opts ...Option) *Profile {
	o := options{name: "custom"}
	for _, opt := range opts {
		opt(&o)
	}
	return &Profile{name: o.name, drop: o.drop}
}

// Display repairs what a reader should not have to see and keeps the
// typography: mojibake, invalid UTF-8, invisible characters, white space,
// words cut at a line end, and Unicode composition (NFC). Its output is
// what the text should look like on screen.
var Display = &Profile{name: "display", display: true}

// Match is the comparison key: Display's repairs, then case, accents,
// ligatures, compatibility forms, look-alike letters, typography
// (apostrophes, quotation marks, dashes, ellipsis and the spaces around
// them), inclusive writing, elongations, links, leading reply mentions,
// RT prefixes, emoji and the # of hashtags. Two texts that a reader would
// call the same words have the same Match key.
//
// Match is idempotent: Match.String(Match.String(x)) == Match.String(x).
var Match = &Profile{name: "match"}

// Name returns the profile's name: "display", "match" or the name given
// to [New].
func (p *Profile) Name() string { return p.name }

// Normalize returns s normalized, with its source map. Normalizing text
// that is already normal allocates nothing.
func (p *Profile) Normalize(s string) Text { return p.NormalizeBuffer(s, nil) }

// A Buffer lends its storage to NormalizeBuffer, so that a loop that
// normalizes many texts (a quote against thousands of candidate posts)
// does not allocate a fresh output and source map for each. The zero
// Buffer is ready to use; a Buffer must not be used by two goroutines at
// once.
type Buffer struct {
	out   []byte
	edits []edit
}

// NormalizeBuffer is Normalize, writing the Match pass's output and source
// map into buf's storage (a nil buf allocates, as Normalize does). The
// Text it returns, its String, its tokens and their Text are valid only
// until buf is used again: clone what must outlive that. Display, which
// runs other passes, does not use buf.
func (p *Profile) NormalizeBuffer(s string, buf *Buffer) Text {
	t := Text{orig: s, norm: s}
	t = repairMojibake(t)
	if p.display {
		// Removing a control character can bring a mojibake pair together
		// ("Ã\x11 " → "Ã "), and each repair of text encoded many times
		// over uncovers the next layer: repair and tidy until neither
		// finds work, ending on a tidy pass (the output of a repair may
		// start with the space it uncovered). Each repair shortens the
		// text, so the rounds are few; maxDisplayRounds only bounds them.
		for round := 0; ; round++ {
			t = apply(t, passDisplay)
			if !isNFC(t.norm) {
				t = apply(t, passNFC)
			}
			if !hasMojibake(t.norm) {
				// A stray byte read as a Latin-1 letter is a letter only
				// from now on (a word cut at a line end before it joins
				// on the next reading): invalid input reads twice.
				if round > 0 || utf8.ValidString(s) {
					break
				}
				continue
			}
			if round == maxDisplayRounds {
				break
			}
			u := repairMojibake(t)
			if u.norm == t.norm {
				break
			}
			t = u
		}
		return t
	}
	// The Match pass and the elongation pass run to a fixpoint, so that
	// Match is idempotent where one change makes another possible (a
	// separator dropped before a full stop, letters brought together by a
	// collapsed run). The Match pass says when its output may read
	// differently a second time, or may hold an elongation it did not
	// collapse; most text needs one pass and no more scans.
	t, st := p.match(t, buf)
	for round := 0; round < 4; round++ {
		u, again := t, false
		if p.drop&Elongation == 0 && (st.elongRisk || st.unstable) {
			u, again = applyElongation(u)
		}
		if !st.unstable && !again {
			t = u
			break
		}
		u, st = p.match(u, nil) // u may live in buf: no lending here
		if u.norm == t.norm {
			break
		}
		t = u
	}
	return t
}

// maxDisplayRounds bounds the repair rounds of Display: text encoded
// more than this many times over is left as the last round leaves it.
const maxDisplayRounds = 32

// String returns the normalized form of s.
func (p *Profile) String(s string) string { return p.Normalize(s).norm }

// Equal reports whether a and b normalize to the same string.
func (p *Profile) Equal(a, b string) bool { return p.String(a) == p.String(b) }

// matchState is what the Match pass tells about its output.
type matchState struct {
	unstable  bool // it may read differently a second time
	elongRisk bool // it may hold an elongation the pass did not collapse
}

func (p *Profile) match(t Text, buf *Buffer) (Text, matchState) {
	var b builder
	b.reset(t.norm, len(t.norm)/12)
	b.buf = buf
	m := matcher{b: &b, s: t.norm, drop: p.drop}
	m.run()
	out, edits := b.finish()
	st := matchState{m.unstable, m.elongRisk}
	if edits == nil && out == t.norm {
		return t, st
	}
	t.norm, t.edits = out, compose(t.edits, edits)
	return t, st
}

// The passes that run after the mojibake repair.
const (
	passDisplay = iota
	passNFC
)

// applyElongation runs the elongation pass over t until nothing is left
// to collapse (a collapsed run can reveal a repeated syllable: ABBBBABAB
// → ababab); it reports whether the Match pass must read the result
// again.
func applyElongation(t Text) (Text, bool) {
	unstable := false
	for round := 0; round < 4 && hasElongation(t.norm); round++ {
		var b builder
		b.reset(t.norm, 0)
		again := elongationPass(&b, t.norm)
		out, edits := b.finish()
		if edits == nil {
			break
		}
		t.norm, t.edits = out, compose(t.edits, edits)
		unstable = unstable || again
	}
	return t, unstable
}

// apply runs a pass over t's normalized text and composes the maps. (A
// switch rather than a function value keeps the builder on the stack.)
func apply(t Text, pass int) Text {
	var b builder
	b.reset(t.norm, 0)
	if pass == passDisplay {
		b.hint = len(t.norm) / 64
	}
	switch pass {
	case passDisplay:
		displayPass(&b, t.norm)
	case passNFC:
		nfcPass(&b, t.norm)
	}
	out, edits := b.finish()
	if edits == nil && out == t.norm {
		return t
	}
	t.norm, t.edits = out, compose(t.edits, edits)
	return t
}
