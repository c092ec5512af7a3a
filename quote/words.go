package quote

import (
	"slices"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

// This file finds which quote words are which source words: the elision
// marks of the quote, the stretch of the source worth diffing, the
// word-level edit script, and the reading of what lies between two equal
// words (slips, replacements, insertions, deletions, elisions,
// truncations).

// trimQuote leaves out white space (never a token) and quotation marks
// that wrap the whole quote, unless the source starts with one too.
func (al *aligner) trimQuote() {
	q, s := al.q, al.s
	q.lo, q.hi = 0, len(q.toks)
	if al.p.wrapped && (len(s.toks) == 0 || s.toks[0].Text != "«") {
		q.lo++
		q.hi--
	}
}

// findMarks returns the elision marks of the quote sd: "..." (which is
// what Match makes of … and ...), alone or between parentheses or
// brackets. The quotation marks that may wrap the quote are neither
// marks nor words, nor ( or [: the marks are the same whether trimQuote
// leaves them out or not.
func findMarks(sd *side, marks []mark) []mark {
	w := 0
	for i, t := range sd.toks {
		if t.Kind != normalize.Punct {
			w++
			continue
		}
		if !isEllipsis(t.Text) {
			continue
		}
		m := mark{first: i, last: i, gap: w}
		if i > 0 && i+1 < len(sd.toks) {
			open, close := sd.toks[i-1].Text, sd.toks[i+1].Text
			if open == "(" && close == ")" || open == "[" && close == "]" {
				m.first, m.last = i-1, i+1
			}
		}
		marks = append(marks, m)
	}
	return marks
}

// isEllipsis reports whether a punctuation token is an elision mark: three
// dots (Match writes … as ...) or more, as when a full stop runs into an
// ellipsis ("télé. ..." becomes "tele....").
func isEllipsis(p string) bool {
	return len(p) >= 3 && strings.Count(p, ".") == len(p)
}

// markIn returns the first mark standing between words lo-1 and hi (its
// gap in [lo, hi]), or -1.
func (al *aligner) markIn(lo, hi int) int {
	for i, m := range al.marks {
		if m.gap >= lo && m.gap <= hi {
			return i
		}
	}
	return -1
}

// matchWords returns the pairs of equal words of the shortest edit script
// between the quote's words and the source's.
func (al *aligner) matchWords() []pair {
	s := al.s
	vocab, qids, filter := al.p.vocab, al.p.qids, &al.p.filter
	al.sids = grow(al.sids, len(s.words))
	sids := al.sids
	shared := 0
	for j := range s.words {
		key := s.word(j).Text
		if h := wordHash(key); filter[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		sids[j] = vocab[key]
		if sids[j] != 0 {
			shared++
		}
	}
	if shared == 0 {
		return nil
	}
	lo, hi := 0, len(sids)
	al.chain = al.chain[:0]
	if len(sids) > 2*len(qids)+64 {
		lo, hi = al.window(qids, sids, len(vocab))
	}
	if lo >= hi {
		return nil
	}
	// The anchor chain pins its pairs of words; the edit script runs
	// between them, piece by piece, which keeps go-diff's work small
	// when the quote is long and the source repeats itself.
	pairs := al.pairs[:0]
	qi, sj := 0, lo
	for _, a := range al.chain {
		ai, aj := int(a.i), int(a.j)
		if ai < qi || aj < sj {
			// Overlapping the anchor before: sharing its second word,
			// this one pins the word after; otherwise it disagrees.
			if ai == qi-1 && aj == sj-1 {
				pairs = append(pairs, pair{ai + 1, aj + 1})
				qi, sj = ai+2, aj+2
			}
			continue
		}
		pairs = al.diffPairs(pairs, qids, sids, qi, ai, sj, aj)
		pairs = append(pairs, pair{ai, aj}, pair{ai + 1, aj + 1})
		qi, sj = ai+2, aj+2
	}
	pairs = al.diffPairs(pairs, qids, sids, qi, len(qids), sj, max(hi, sj))
	al.slideToMarks(pairs, sids)
	return pairs
}

// diffPairs appends the equal words of the shortest edit script between
// quote words [q0, q1) and source words [s0, s1).
func (al *aligner) diffPairs(pairs []pair, qids, sids []int32, q0, q1, s0, s1 int) []pair {
	if q0 >= q1 || s0 >= s1 {
		return pairs
	}
	if q1-q0 == s1-s0 && slices.Equal(qids[q0:q1], sids[s0:s1]) {
		for t := 0; t < q1-q0; t++ {
			pairs = append(pairs, pair{q0 + t, s0 + t})
		}
		return pairs
	}
	i, k := s0, q0
	for _, o := range al.wordDiff(sids[s0:s1], qids[q0:q1]) {
		switch o.kind {
		case opEqual:
			for t := 0; t < o.n; t++ {
				pairs = append(pairs, pair{k + t, i + t})
			}
			i += o.n
			k += o.n
		case opDelete:
			i += o.n
		case opInsert:
			k += o.n
		}
	}
	return pairs
}

// slideToMarks moves a run of source words that the edit script dropped
// where the quote shows nothing onto a neighbouring elision mark, when the
// same words stand on both sides of the run, so that the shortest script
// that puts the skip at the mark wins over an equally short one that does
// not. Quoting "honte ... parce que personne" from "honte, parce que je
// pensais …, parce que personne", the script may keep the first "parce
// que" and drop the words after it; the run slides left over the
// repeated words, onto the mark.
func (al *aligner) slideToMarks(pairs []pair, sids []int32) {
	if len(al.marks) == 0 {
		return
	}
	atMark := func(g int) bool { return al.markIn(g, g) >= 0 }
	for x := 1; x < len(pairs); x++ {
		if pairs[x].q != pairs[x-1].q+1 || pairs[x].s == pairs[x-1].s+1 || atMark(pairs[x].q) {
			continue
		}
		d0, d1 := pairs[x-1].s+1, pairs[x].s // the dropped run [d0, d1)
		// Left: pairs[y] for y < x move to the run's right end.
		y, k, moved := x-1, 0, false
		for y >= 0 && pairs[y].q == pairs[x].q-1-k && pairs[y].s == d0-1-k && sids[d0-1-k] == sids[d1-1-k] {
			k++
			y--
			if atMark(pairs[x].q - k) {
				for t := 0; t < k; t++ {
					pairs[x-1-t].s = d1 - 1 - t
				}
				moved = true
				break
			}
		}
		if moved {
			continue
		}
		// Right: pairs[y] for y >= x move to the run's left end.
		y, k = x, 0
		for y < len(pairs) && pairs[y].q == pairs[x].q+k && pairs[y].s == d1+k && sids[d0+k] == sids[d1+k] {
			k++
			y++
			if atMark(pairs[x].q + k) {
				for t := 0; t < k; t++ {
					pairs[x+t].s = d0 + t
				}
				break
			}
		}
	}
}

// window returns the stretch [lo, hi) of the source words worth diffing
// against the quote when the source is much longer than the quote.
//
// Anchors are the places where two consecutive quote words (not separated
// by an elision mark) appear consecutively in the source. Only the rarest
// pairs anchor: those whose rarer word occurs at most 1, 4, 16 or 64 times
// in the source, the lowest limit that still gives anchors to an eighth of
// the quote or to 16 of its words (64 at most). The best chain
// of anchors increasing in both texts is found by dynamic programming
// (each anchor earns 1; a chain link pays for the difference between the
// distances in the quote and in the source, a quarter per word, or a flat
// half when an elision mark in the quote explains the jump). The window is
// the chain's extent, widened by the quote words before its first and
// after its last anchor, and a small margin (words the quote misspelt or
// replaced next to its ends are read against the whole source anyway).
// The chain is left in al.chain for matchWords to pin. Quotes with no pair
// of words in common fall back to single-word anchors, which widen the
// window but pin nothing.
func (al *aligner) window(qids, sids []int32, nvocab int) (int, int) {
	const maxOccurrences = 64
	const lookback = 256
	// pos(id) lists the source positions of word id, in order: one flat
	// array cut by prefix sums.
	al.starts = grow(al.starts, nvocab+2)
	starts := al.starts
	for _, id := range sids {
		if id != 0 {
			starts[id+1]++
		}
	}
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	al.flat = grow(al.flat, int(starts[len(starts)-1]))
	al.fill = grow(al.fill, nvocab+1)
	flat, fill := al.flat, al.fill
	for j, id := range sids {
		if id != 0 {
			flat[starts[id]+fill[id]] = int32(j)
			fill[id]++
		}
	}
	pos := func(id int32) []int32 { return flat[starts[id]:starts[id+1]] }
	// The rarer word of each pair of consecutive quote words, and how often
	// it occurs: only the rarest pairs anchor, so that a source repeating
	// common phrases does not flood the chain search.
	al.rarity = grow(al.rarity, len(qids))
	rarity := al.rarity
	for i := 0; i+1 < len(qids); i++ {
		rarity[i] = -1
		if al.markIn(i+1, i+1) >= 0 {
			continue
		}
		rarity[i] = min(len(pos(qids[i])), len(pos(qids[i+1])))
	}
	if len(qids) > 0 {
		rarity[len(qids)-1] = -1
	}
	limit := 1
	for ; limit < maxOccurrences; limit *= 4 {
		n := 0
		for _, r := range rarity {
			if r > 0 && r <= limit {
				n++
			}
		}
		if 8*n >= len(qids) || n >= 16 {
			break
		}
	}
	anchors := al.anchors[:0]
	for i := 0; i+1 < len(qids); i++ {
		if rarity[i] <= 0 || rarity[i] > limit {
			continue
		}
		// Walk the occurrences of the rarer word of the pair.
		occA, occB := pos(qids[i]), pos(qids[i+1])
		if len(occB) < len(occA) {
			for _, j := range occB {
				if j > 0 && sids[j-1] == qids[i] {
					anchors = append(anchors, anchor{int32(i), j - 1})
				}
			}
			continue
		}
		for _, j := range occA {
			if int(j)+1 < len(sids) && sids[j+1] == qids[i+1] {
				anchors = append(anchors, anchor{int32(i), j})
			}
		}
	}
	pairAnchors := len(anchors) > 0
	if len(anchors) == 0 {
		for i := range qids {
			occ := pos(qids[i])
			if len(occ) > maxOccurrences {
				occ = occ[:maxOccurrences]
			}
			for _, j := range occ {
				anchors = append(anchors, anchor{int32(i), j})
			}
		}
	}
	al.anchors = anchors // keep the storage for the next alignment
	if len(anchors) == 0 {
		return 0, 0
	}
	// marks[i] counts the elision marks before quote word i (gap <= i):
	// a mark stands between anchors b and a when marks[a.i] > marks[b.i].
	al.nmk = grow(al.nmk, len(qids)+1)
	marks := al.nmk
	for _, m := range al.marks {
		for g := m.gap; g < len(marks); g++ {
			marks[g]++
		}
	}
	al.score = grow(al.score, len(anchors))
	al.prev = grow(al.prev, len(anchors))
	score, prev := al.score, al.prev
	// Scores count in quarters: an anchor earns 4, a word of difference
	// between the distances costs 1, a jump at a mark 2 at most.
	// peak[b] is the best score among anchors 0..b: once peak[b]+4 cannot
	// beat the score found, no earlier anchor can, and the search stops.
	al.peak = grow(al.peak, len(anchors))
	peak := al.peak
	best := 0
	for a := range anchors {
		score[a], prev[a] = 4, -1
		ai, aj := anchors[a].i, anchors[a].j
		for b := a - 1; b >= 0 && b >= a-lookback; b-- {
			if peak[b]+4 <= score[a] {
				break
			}
			bi, bj := anchors[b].i, anchors[b].j
			if bi >= ai || bj >= aj {
				continue
			}
			dq, ds := ai-bi, aj-bj
			pen := ds - dq
			if pen < 0 {
				pen = -pen
			}
			if ds > dq && pen > 2 && marks[ai] > marks[bi] {
				pen = 2
			}
			if v := score[b] + 4 - pen; v > score[a] {
				score[a], prev[a] = v, int32(b)
			}
		}
		if score[a] > score[best] {
			best = a
		}
		peak[a] = score[best]
	}
	first := best
	chain := al.chain[:0]
	for a := best; a >= 0; a = int(prev[a]) {
		chain = append(chain, anchors[a])
		first = a
	}
	if !pairAnchors {
		chain = chain[:0] // single words are no firm ground
	}
	slices.Reverse(chain)
	al.chain = chain
	slack := 3 + len(qids)/16
	lo := int(anchors[first].j) - int(anchors[first].i) - slack
	hi := int(anchors[best].j) + 2 + (len(qids) - int(anchors[best].i)) + slack
	return max(lo, 0), min(hi, len(sids))
}

// anchor is a pair of consecutive words found at quote word i and source
// word j.
type anchor struct{ i, j int32 }

// wordHash is a cheap 8-bit hash of a word key for the vocabulary filter.
func wordHash(w string) uint8 {
	if w == "" {
		return 0
	}
	return uint8(len(w)*31 + int(w[0])*7 + int(w[len(w)-1]))
}
