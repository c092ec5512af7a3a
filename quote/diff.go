package quote

import (
	"slices"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// This file is the only one that speaks to go-diff. The rest of the
// package sees word sequences as slices of small integers (one per
// distinct word key) and edit scripts as runs of opEqual, opDelete and
// opInsert.

// opKind is the kind of one run of an edit script.
type opKind uint8

const (
	opEqual  opKind = iota // the words are in both sequences
	opDelete               // the words are only in the first sequence (the source)
	opInsert               // the words are only in the second sequence (the quote)
)

// op is a run of n words of one kind.
type op struct {
	kind opKind
	n    int
}

// runeBase maps word ids to runes above the Basic Multilingual Plane, so
// that no id lands on a surrogate (go-diff turns runes into strings and
// back) and every id takes the same four bytes in UTF-8.
const runeBase = 0x10000

// wordDiff returns the shortest edit script from a to b, word ids being
// compared for equality. It is deterministic: go-diff runs without a
// deadline, so that the same inputs always give the same script.
//
// The returned script lives in al's scratch buffers until the next call.
func (al *aligner) wordDiff(a, b []int32) []op {
	// Every rune is written below: resize without clearing.
	al.ra = slices.Grow(al.ra[:0], len(a))[:len(a)]
	ra := al.ra
	for i, id := range a {
		ra[i] = rune(runeBase + id)
	}
	al.rb = slices.Grow(al.rb[:0], len(b))[:len(b)]
	rb := al.rb
	for i, id := range b {
		rb[i] = rune(runeBase + id)
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	ops := al.ops[:0]
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		if n == 0 {
			continue
		}
		k := opEqual
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			k = opDelete
		case diffmatchpatch.DiffInsert:
			k = opInsert
		}
		if len(ops) > 0 && ops[len(ops)-1].kind == k {
			ops[len(ops)-1].n += n
			continue
		}
		ops = append(ops, op{k, n})
	}
	al.ops = ops // keep the storage for the next call
	return ops
}
