package normalize

import (
	"unicode/utf8"
	"unsafe"
)

// A source map relates a normalized text to the original it came from. It
// is a sorted list of edits; between two edits the bytes correspond one to
// one (identity, shifted by the lengths the edits changed). An edit is
// atomic: a normalized byte inside it maps to the whole original range.
// Deletions are edits with an empty normalized range.
//
// Invariants, checked by the tests:
//   - edits are sorted and do not overlap, in both coordinates;
//   - every original byte is either inside an edit or copied unchanged;
//   - mapping is monotone: s <= e implies start(s) <= end(e) and spans map
//     inside the original.
type edit struct {
	out, outEnd int // normalized range [out, outEnd)
	in, inEnd   int // original range [in, inEnd)
	kind        Kind
}

// bounds reports, for a boundary p in the "to" coordinates (normalized when
// rev is false), the lowest and highest position in the "from" coordinates
// (original) that correspond to it. If p falls strictly inside an edit,
// inside is true and lo, hi are that edit's original range.
func bounds(edits []edit, p int, rev bool) (lo, hi int, inside bool) {
	n := len(edits)
	// Binary search for the first edit whose output (input when rev)
	// ends at or after p.
	k, hiK := 0, n
	for k < hiK {
		m := int(uint(k+hiK) >> 1)
		toEnd := edits[m].outEnd
		if rev {
			toEnd = edits[m].inEnd
		}
		if toEnd >= p {
			hiK = m
		} else {
			k = m + 1
		}
	}
	return boundsAt(edits, p, rev, k)
}

// boundsAt is bounds once k, the index of the first edit whose "to" range
// ends at or after p, is known.
func boundsAt(edits []edit, p int, rev bool, k int) (lo, hi int, inside bool) {
	get := func(e *edit) (to, toEnd, from, fromEnd int) {
		if rev {
			return e.in, e.inEnd, e.out, e.outEnd
		}
		return e.out, e.outEnd, e.in, e.inEnd
	}
	n := len(edits)
	lo = p
	if k > 0 {
		_, toEnd, _, fromEnd := get(&edits[k-1])
		lo = fromEnd + (p - toEnd)
	}
	if k < n {
		to, toEnd, from, fromEnd := get(&edits[k])
		if to < p {
			if toEnd > p {
				return from, fromEnd, true
			}
			lo = fromEnd
			k++
		}
	}
	hi = lo
	for ; k < n; k++ {
		to, toEnd, _, fromEnd := get(&edits[k])
		if to != p || toEnd != p {
			break
		}
		hi = fromEnd
	}
	return lo, hi, false
}

// boundsFwd is boundsAt for normalized positions (rev false), written out
// for the tokenizer's hot loop.
func boundsFwd(edits []edit, p, k int) (lo, hi int, inside bool) {
	n := len(edits)
	lo = p
	if k > 0 {
		e := &edits[k-1]
		lo = e.inEnd + (p - e.outEnd)
	}
	if k < n {
		e := &edits[k]
		if e.out < p {
			if e.outEnd > p {
				return e.in, e.inEnd, true
			}
			lo = e.inEnd
			k++
		}
	}
	hi = lo
	for ; k < n; k++ {
		e := &edits[k]
		if e.out != p || e.outEnd != p {
			break
		}
		hi = e.inEnd
	}
	return lo, hi, false
}

// mapSpan maps the half-open range [s, e) through edits. A range is
// widened to whole edits; deletions at its ends are left out, deletions
// inside are kept.
func mapSpan(edits []edit, s, e int, rev bool) (int, int) {
	if e < s {
		s, e = e, s
	}
	slo, shi, sin := bounds(edits, s, rev)
	start := shi
	if sin {
		start = slo
	}
	if s == e {
		return start, start
	}
	elo, ehi, ein := bounds(edits, e, rev)
	end := elo
	if ein {
		end = ehi
	}
	if end < start {
		end = start
	}
	return start, end
}

// forwardMapper maps increasing normalized spans to the original, walking
// the edits once instead of searching them for each span: the tokenizer's
// way of calling mapSpan.
type forwardMapper struct {
	edits []edit
	k     int // no edit before k ends at or after the positions still to come
}

// span is mapSpan(m.edits, s, e, false) for s no lower than any s before.
func (m *forwardMapper) span(s, e int) (int, int) {
	if len(m.edits) == 0 {
		return s, e
	}
	for m.k < len(m.edits) && m.edits[m.k].outEnd < s {
		m.k++
	}
	slo, shi, sin := boundsFwd(m.edits, s, m.k)
	start := shi
	if sin {
		start = slo
	}
	if s == e {
		return start, start
	}
	k := m.k
	for k < len(m.edits) && m.edits[k].outEnd < e {
		k++
	}
	elo, ehi, ein := boundsFwd(m.edits, e, k)
	end := elo
	if ein {
		end = ehi
	}
	if end < start {
		end = start
	}
	return start, end
}

// compose returns the map from the original of a to the output of b, where
// b was applied to the output of a. Edits of a and b that overlap in the
// middle text merge into one atomic edit; edits that only touch stay apart.
func compose(a, b []edit) []edit {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]edit, 0, len(a)+len(b))
	i, j := 0, 0
	da, db := 0, 0 // original-minus-middle after a's edits so far; output-minus-middle after b's
	for i < len(a) || j < len(b) {
		// Pick the edit that starts first in middle coordinates; on a tie an
		// empty range goes first, and a before b.
		takeA := j == len(b)
		if i < len(a) && j < len(b) {
			as, bs := a[i].out, b[j].in
			switch {
			case as != bs:
				takeA = as < bs
			default:
				aEmpty, bEmpty := a[i].out == a[i].outEnd, b[j].in == b[j].inEnd
				takeA = aEmpty || !bEmpty
			}
		}
		var m0, m1 int
		var kind Kind
		if takeA {
			m0, m1, kind = a[i].out, a[i].outEnd, a[i].kind
		} else {
			m0, m1, kind = b[j].in, b[j].inEnd, b[j].kind
		}
		origStart, outStart := m0+da, m0+db
		if takeA {
			da = a[i].inEnd - a[i].outEnd
			i++
		} else {
			db = b[j].outEnd - b[j].inEnd
			j++
		}
		if m1 > m0 {
			for {
				if i < len(a) && a[i].out < m1 && (a[i].out > m0 || a[i].outEnd > a[i].out) {
					if a[i].outEnd > m1 {
						m1 = a[i].outEnd
					}
					kind |= a[i].kind
					da = a[i].inEnd - a[i].outEnd
					i++
					continue
				}
				if j < len(b) && b[j].in < m1 && (b[j].in > m0 || b[j].inEnd > b[j].in) {
					if b[j].inEnd > m1 {
						m1 = b[j].inEnd
					}
					kind |= b[j].kind
					db = b[j].outEnd - b[j].inEnd
					j++
					continue
				}
				break
			}
		}
		out = append(out, edit{out: outStart, outEnd: m1 + db, in: origStart, inEnd: m1 + da, kind: kind})
	}
	return out
}

// builder writes a normalized text while recording its source map. It is
// lazy: as long as the output equals the input, nothing is allocated, so
// normalizing text that is already normal costs no allocation.
//
// The output buffer is allocated once at full capacity and its length kept
// in n, so that the hot loop writes bytes, not slice headers (a pointer
// write through *builder costs a GC write barrier).
type builder struct {
	src   string
	out   []byte // len(out) == cap(out); the output is out[:n]
	n     int
	dirty bool   // out holds the output; else the output is src[:pos]
	pos   int    // bytes of src consumed
	edits []edit // len(edits) == cap(edits); the edits are edits[:ne]
	ne    int
	hint  int // expected number of edits, for the first allocation
	// buf, when not nil, lends its storage to out and edits, and gets
	// them back, grown, at finish.
	buf *Buffer
}

// addEdit records an edit.
func (b *builder) addEdit(e edit) {
	if b.ne == len(b.edits) {
		grown := make([]edit, 2*len(b.edits)+16)
		copy(grown, b.edits)
		b.edits = grown
	}
	b.edits[b.ne] = e
	b.ne++
}

// lastEdit returns the last edit recorded, or nil.
func (b *builder) lastEdit() *edit {
	if b.ne == 0 {
		return nil
	}
	return &b.edits[b.ne-1]
}

// reset prepares b to rewrite src; hint is the number of edits expected
// (0 for a pass that changes little).
func (b *builder) reset(src string, hint int) {
	b.src, b.out, b.n, b.dirty, b.pos, b.edits, b.ne, b.hint, b.buf = src, nil, 0, false, 0, nil, 0, hint, nil
}

func (b *builder) materialize() {
	if b.dirty {
		return
	}
	size := len(b.src) + len(b.src)/16 + 16
	if b.buf != nil && cap(b.buf.out) >= size {
		b.out = b.buf.out[:cap(b.buf.out)]
	} else {
		b.out = make([]byte, size)
	}
	b.n = copy(b.out, b.src[:b.pos])
	if b.edits == nil {
		if b.buf != nil && cap(b.buf.edits) >= b.hint+8 {
			b.edits = b.buf.edits[:cap(b.buf.edits)]
		} else {
			b.edits = make([]edit, b.hint+8)
		}
	}
	b.dirty = true
}

// room makes room for k more output bytes.
func (b *builder) room(k int) {
	if b.n+k > len(b.out) {
		grown := make([]byte, 2*len(b.out)+k)
		copy(grown, b.out[:b.n])
		b.out = grown
	}
}

// write appends s to the output (materialized).
func (b *builder) write(s string) {
	b.room(len(s))
	b.n += copy(b.out[b.n:], s)
}

// olen is the length of the output so far.
func (b *builder) olen() int {
	if b.dirty {
		return b.n
	}
	return b.pos
}

// last returns the last byte written, or 0.
func (b *builder) last() byte {
	if b.dirty {
		if b.n == 0 {
			return 0
		}
		return b.out[b.n-1]
	}
	if b.pos == 0 {
		return 0
	}
	return b.src[b.pos-1]
}

// lastRune returns the last rune written, or utf8.RuneError if none.
func (b *builder) lastRune() rune {
	r, _ := b.runeBefore(b.olen())
	return r
}

// outByte returns the output byte at offset p.
func (b *builder) outByte(p int) byte {
	if b.dirty {
		return b.out[p]
	}
	return b.src[p]
}

// runeBefore decodes the output rune that ends at offset p.
func (b *builder) runeBefore(p int) (rune, int) {
	if b.dirty {
		return utf8.DecodeLastRune(b.out[:p])
	}
	return utf8.DecodeLastRuneInString(b.src[:p])
}

// view returns the output from offset from on, without copying; it is
// valid until the builder writes again.
func (b *builder) view(from int) string {
	if !b.dirty {
		return b.src[from:b.pos]
	}
	if from >= b.n {
		return ""
	}
	return unsafe.String(&b.out[from], b.n-from)
}

// keep copies src[pos:end] unchanged.
func (b *builder) keep(end int) {
	if b.dirty {
		b.write(b.src[b.pos:end])
	}
	b.pos = end
}

// gap deletes src[pos:start] if start is ahead of pos.
func (b *builder) gap(start int, kind Kind) {
	if start > b.pos {
		b.remove(b.pos, start, kind)
	}
}

// replace writes s in place of src[start:end]. Equal bytes are a plain copy
// and record no edit.
func (b *builder) replace(start, end int, s string, kind Kind) {
	b.gap(start, Invisible)
	if b.src[start:end] == s {
		b.keep(end)
		return
	}
	b.materialize()
	o := b.n
	b.write(s)
	b.addEdit(edit{out: o, outEnd: b.n, in: start, inEnd: end, kind: kind})
	b.pos = end
}

// replaceBytes is replace for a byte slice (not retained).
func (b *builder) replaceBytes(start, end int, s []byte, kind Kind) {
	if len(s) == 0 {
		b.replace(start, end, "", kind)
		return
	}
	b.replace(start, end, unsafe.String(&s[0], len(s)), kind)
}

// replaceByte writes c in place of the single byte src[pos].
func (b *builder) replaceByte(c byte, kind Kind) {
	if b.src[b.pos] == c {
		b.keep(b.pos + 1)
		return
	}
	b.materialize()
	b.room(1)
	o := b.n
	b.out[o] = c
	b.n++
	b.addEdit(edit{out: o, outEnd: o + 1, in: b.pos, inEnd: b.pos + 1, kind: kind})
	b.pos++
}

// remove deletes src[start:end]; consecutive deletions merge.
func (b *builder) remove(start, end int, kind Kind) {
	if start > b.pos {
		b.remove(b.pos, start, kind)
	}
	if end <= start {
		return
	}
	b.materialize()
	o := b.n
	if e := b.lastEdit(); e != nil {
		if e.out == e.outEnd && e.outEnd == o && e.inEnd == start {
			e.inEnd = end
			e.kind |= kind
			b.pos = end
			return
		}
	}
	b.addEdit(edit{out: o, outEnd: o, in: start, inEnd: end, kind: kind})
	b.pos = end
}

// absorb deletes src[pos:end] (combining marks) as part of the character
// written last, so that a span ending with that character ends after them.
func (b *builder) absorb(end int, kind Kind) {
	o := b.olen()
	if o == 0 {
		b.remove(b.pos, end, kind)
		return
	}
	if e := b.lastEdit(); e != nil {
		if e.outEnd == o && e.inEnd == b.pos {
			if e.out == e.outEnd { // after a deletion: no character to attach to
				b.remove(b.pos, end, kind)
				return
			}
			e.inEnd, e.kind, b.pos = end, e.kind|kind, end
			return
		}
	}
	_, size := utf8.DecodeLastRuneInString(b.src[:b.pos])
	b.materialize()
	// The last rune was copied unchanged: turn it into an edit.
	b.addEdit(edit{out: o - size, outEnd: o, in: b.pos - size, inEnd: end, kind: kind})
	b.pos = end
}

// finish consumes the rest of src unchanged and returns the output and its
// edits. When nothing changed it returns src itself and nil.
func (b *builder) finish() (string, []edit) {
	b.keep(len(b.src))
	if !b.dirty {
		return b.src, nil
	}
	if b.buf != nil {
		b.buf.out, b.buf.edits = b.out, b.edits
	}
	if b.n == 0 {
		return "", b.edits[:b.ne]
	}
	// The builder never writes to out again: hand its bytes over, as
	// strings.Builder does (or lend them, until buf is used again).
	out := unsafe.String(unsafe.SliceData(b.out), b.n)
	b.out = nil
	return out, b.edits[:b.ne]
}
