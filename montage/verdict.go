package montage

import (
	"fmt"
	"strings"
)

// A Verdict says in one word what a composite is (CONTRACT §4 montage).
// Verdicts are ordered by precedence: when several apply, the lowest
// one is given.
//
// The zero value is no verdict: a Montage nobody judged neither accuses
// ("spliced") nor clears ("genuine"). It prints as "Verdict(0)" and
// MarshalText refuses it, so that it never reaches a report as a word.
type Verdict uint8

// The verdicts, by precedence.
const (
	// Spliced: some consecutive pair of found items shares no context.
	Spliced Verdict = iota + 1
	// Doctored: every pair found shares a context, but some item's
	// words, author or date were changed (flags altered, misattributed,
	// wrong_date).
	Doctored
	// Unverifiable: some item is not found, and nothing found was
	// changed or brought together.
	Unverifiable
	// Genuine: every item found, words as posted, by the author shown, on
	// the date shown, in one context.
	Genuine
)

var verdicts = vocabulary{"Verdict", []string{"", "spliced", "doctored", "unverifiable", "genuine"}}

// String returns the verdict as the contract spells it: "spliced",
// "doctored", "unverifiable" or "genuine".
func (v Verdict) String() string { return verdicts.name(uint8(v)) }

// MarshalText encodes the verdict as its contract name.
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.marshal(uint8(v)) }

// UnmarshalText decodes a contract name.
func (v *Verdict) UnmarshalText(b []byte) error {
	n, err := verdicts.unmarshal(b)
	if err == nil {
		*v = Verdict(n)
	}
	return err
}

// ParseVerdict returns the verdict with the given contract name.
func ParseVerdict(name string) (Verdict, bool) {
	n, ok := verdicts.parse(name)
	return Verdict(n), ok
}

// A Flag is the code of one finding of a montage judgment (CONTRACT §4
// montage), in the order a judgment lists its findings.
type Flag uint8

// The flags.
const (
	// FlagSplicedAbuse: abusive items by other authors, from outside the
	// disputed item's context, sit beside it and carry abuse it does not
	// (a category, or a severity it does not reach).
	FlagSplicedAbuse Flag = iota
	// FlagMixedAuthors: the items found have several authors.
	FlagMixedAuthors
	// FlagUnrelatedContexts: neighbouring items were never together.
	FlagUnrelatedContexts
	// FlagMisattributed: the author shown is not who wrote the words.
	FlagMisattributed
	// FlagAltered: an item's words differ from its source.
	FlagAltered
	// FlagWrongDate: the date shown does not contain the source's date
	// in any of the zones a viewer is taken to be in.
	FlagWrongDate
	// FlagNotFound: some item is not in the archive.
	FlagNotFound
	// FlagTimeGap: neighbouring items are more than MaxGap apart.
	FlagTimeGap
)

var flags = vocabulary{"Flag", []string{"spliced_abuse", "mixed_authors", "unrelated_contexts", "misattributed", "altered", "wrong_date", "not_found", "time_gap"}}

// String returns the flag as the contract spells it: "spliced_abuse",
// "mixed_authors", "unrelated_contexts", "misattributed", "altered",
// "wrong_date", "not_found" or "time_gap".
func (f Flag) String() string { return flags.name(uint8(f)) }

// MarshalText encodes the flag as its contract name.
func (f Flag) MarshalText() ([]byte, error) { return flags.marshal(uint8(f)) }

// UnmarshalText decodes a contract name.
func (f *Flag) UnmarshalText(b []byte) error {
	n, err := flags.unmarshal(b)
	if err == nil {
		*f = Flag(n)
	}
	return err
}

// ParseFlag returns the flag with the given contract name.
func ParseFlag(name string) (Flag, bool) {
	n, ok := flags.parse(name)
	return Flag(n), ok
}

// vocabulary is the contract's names of a small enumeration: its Go
// type's name, and the name of each value in order.
type vocabulary struct {
	kind  string
	names []string
}

// name returns the name of v; a value with no name (out of range, or
// the empty name of a zero value that means "none") prints as Kind(v).
func (w vocabulary) name(v uint8) string {
	if int(v) < len(w.names) && w.names[v] != "" {
		return w.names[v]
	}
	return fmt.Sprintf("%s(%d)", w.kind, v)
}

func (w vocabulary) marshal(v uint8) ([]byte, error) {
	if int(v) >= len(w.names) || w.names[v] == "" {
		return nil, fmt.Errorf("montage: invalid %s %d", strings.ToLower(w.kind), v)
	}
	return []byte(w.names[v]), nil
}

// unmarshal returns the value named b, or an error naming it.
func (w vocabulary) unmarshal(b []byte) (uint8, error) {
	n, ok := w.parse(string(b))
	if !ok {
		return 0, fmt.Errorf("montage: unknown %s %q", strings.ToLower(w.kind), b)
	}
	return n, nil
}

func (w vocabulary) parse(name string) (uint8, bool) {
	for i, n := range w.names {
		if n == name && n != "" {
			return uint8(i), true
		}
	}
	return 0, false
}
