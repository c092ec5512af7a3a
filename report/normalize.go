package report

import "github.com/guillemet/guillemet/normalize"

// NormalizeJSON is one line of "guillemet normalize --json": one input
// line (or the whole input with --whole) and what the profile made of
// it. Every field is always present.
type NormalizeJSON struct {
	// Line is the input line, from 1 (1 with --whole).
	Line int `json:"line"`
	// Profile is the profile's name: "match" or "display".
	Profile string `json:"profile"`
	// Text is the input, without its line end.
	Text string `json:"text"`
	// Normalized is the text the profile made.
	Normalized string `json:"normalized"`
	// Changes lists each change, in order; [] when none. Bytes outside
	// every change were copied unchanged.
	Changes []ChangeJSON `json:"changes"`
	// Tokens lists the words and other tokens of the normalized text.
	Tokens []TokenJSON `json:"tokens"`
	// Kinds names every kind of change made, each once, in normalize's
	// fixed order of kinds; [] when none.
	Kinds []string `json:"kinds"`
}

// ChangeJSON is one change normalization made.
type ChangeJSON struct {
	// Kinds names the kinds of the change (typography, case, …).
	Kinds []string `json:"kinds"`
	// Original and Normalized are the text before and after.
	Original   string `json:"original"`
	Normalized string `json:"normalized"`
	// Span is [start,end) in the normalized text, OriginalSpan in the
	// input, both in bytes.
	Span         normalize.Span `json:"span"`
	OriginalSpan normalize.Span `json:"original_span"`
}

// TokenJSON is one token of the normalized text.
type TokenJSON struct {
	// Text is the token as in the normalized text.
	Text string `json:"text"`
	// Kind is the token's kind (word, number, …).
	Kind string `json:"kind"`
	// Span is [start,end) in the normalized text, OriginalSpan in the
	// input, both in bytes.
	Span         normalize.Span `json:"span"`
	OriginalSpan normalize.Span `json:"original_span"`
	// Elided marks an elided article, pronoun or conjunction (l', d',
	// qu'…) whose apostrophe is not part of the token; left out when
	// false.
	Elided bool `json:"elided,omitempty"`
}

// Normalize returns the JSON line of text, read at input line line,
// normalized by the profile p.
func Normalize(p *normalize.Profile, line int, text string) NormalizeJSON {
	t := p.Normalize(text)
	o := NormalizeJSON{Line: line, Profile: p.Name(), Text: text, Normalized: t.String(),
		Changes: []ChangeJSON{}, Tokens: []TokenJSON{}, Kinds: t.Kinds().Names()}
	if o.Kinds == nil {
		o.Kinds = []string{}
	}
	for _, c := range t.Changes() {
		o.Changes = append(o.Changes, ChangeJSON{Kinds: c.Kind.Names(), Original: c.Original, Normalized: c.Normalized,
			Span: normalize.Span{Start: c.Start, End: c.End}, OriginalSpan: normalize.Span{Start: c.OrigStart, End: c.OrigEnd}})
	}
	for _, tok := range t.Tokens() {
		o.Tokens = append(o.Tokens, TokenJSON{Text: tok.Text, Kind: tok.Kind.String(), Span: normalize.Span{Start: tok.Start, End: tok.End},
			OriginalSpan: normalize.Span{Start: tok.OrigStart, End: tok.OrigEnd}, Elided: tok.Elided})
	}
	return o
}
