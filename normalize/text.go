package normalize

// Text is a normalized text that remembers where it came from: the
// original string, the normalized string, and a source map from every byte
// range of the normalized string to the byte range of the original that
// produced it.
//
// The zero Text is the empty text. A Text is immutable and safe to share.
//
// Invariants (tested, and fuzzed on arbitrary input):
//   - OriginalSpan is monotone: s1 <= s2 implies the mapped starts are in
//     the same order, and every mapped range lies inside the original;
//   - a range that covers whole changes maps to exactly the original bytes
//     of those changes: t.Original()[OriginalSpan(0, len(t.String()))] is
//     the original without its leading and trailing deletions;
//   - the original is never modified; invalid UTF-8 in it shows as the
//     Windows-1252 letter the byte stands for, or else as U+FFFD, in the
//     normalized string, mapped to the offending byte.
type Text struct {
	orig  string
	norm  string
	edits []edit
}

// Original returns the text as it was given.
func (t Text) Original() string { return t.orig }

// String returns the normalized text.
func (t Text) String() string { return t.norm }

// Changed reports whether normalization changed anything.
func (t Text) Changed() bool { return len(t.edits) > 0 }

// Kinds returns the union of the kinds of every change made.
func (t Text) Kinds() Kind {
	var k Kind
	for _, e := range t.edits {
		k |= e.kind
	}
	return k
}

// OriginalSpan maps the half-open byte range [start, end) of the
// normalized string to the smallest range of the original that produced
// it. A change is atomic: a range that starts or ends inside the output of
// a change ("oe" from "œ") is widened to the whole change. Characters
// deleted at the edges of the range (a zero-width space before a word) are
// left out; those deleted inside it are kept. Offsets out of bounds are
// clamped.
func (t Text) OriginalSpan(start, end int) (int, int) {
	start, end = clamp(start, len(t.norm)), clamp(end, len(t.norm))
	return mapSpan(t.edits, start, end, false)
}

// NormalizedSpan maps the half-open byte range [start, end) of the
// original to the normalized string: the inverse of [Text.OriginalSpan].
func (t Text) NormalizedSpan(start, end int) (int, int) {
	start, end = clamp(start, len(t.orig)), clamp(end, len(t.orig))
	return mapSpan(t.edits, start, end, true)
}

func clamp(p, n int) int {
	if p < 0 {
		return 0
	}
	if p > n {
		return n
	}
	return p
}

// A Change is one edit made by normalization: the original bytes
// Original (at OrigStart..OrigEnd) became Normalized (at Start..End).
type Change struct {
	Kind               Kind
	Start, End         int // in the normalized string
	OrigStart, OrigEnd int // in the original
	Original           string
	Normalized         string
}

// Changes lists the changes in order. Bytes outside every change were
// copied unchanged.
func (t Text) Changes() []Change {
	cs := make([]Change, len(t.edits))
	for i, e := range t.edits {
		cs[i] = Change{Kind: e.kind, Start: e.out, End: e.outEnd, OrigStart: e.in, OrigEnd: e.inEnd,
			Original: t.orig[e.in:e.inEnd], Normalized: t.norm[e.out:e.outEnd]}
	}
	return cs
}

// KindsIn returns the kinds of the changes that touch the normalized range
// [start, end), including deletions at its edges.
func (t Text) KindsIn(start, end int) Kind {
	var k Kind
	for _, e := range t.edits {
		if e.outEnd < start || e.out > end {
			continue
		}
		if e.out == e.outEnd || (e.outEnd > start && e.out < end) {
			k |= e.kind
		}
	}
	return k
}
