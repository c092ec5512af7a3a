package normalize

import (
	"encoding/json"
	"fmt"
)

// A Span is a half-open byte range [Start, End) of an original text:
// where a quotation sits in an article, which bytes of a post a quote
// matched, which stretch of a text carries abuse. It is the one span type
// of guillemet: quote, abuse and provenance all speak of byte ranges with
// it.
//
// In JSON a span is the contract's two-element array [start,end].
type Span struct {
	Start, End int
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// In returns the bytes of text the span covers. It panics, as slicing
// does, when the span does not lie inside text.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// Contains reports whether o lies inside s. An empty o at s's ends lies
// inside it.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// String returns the span as the readable reports print it: "[3,24)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// MarshalJSON encodes the span as the contract's two-element array.
func (s Span) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, "[%d,%d]", s.Start, s.End), nil
}

// UnmarshalJSON decodes the contract's two-element array.
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("normalize: a span is [start,end]: %w", err)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}
