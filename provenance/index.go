package provenance

// Memory's candidate index. The keys and the ranking are search.go's;
// this file is how Memory holds them.
//
// Data layout. Every post is a slot in the archive's slice of records
// (an int32 "post number", in the order the archive first met its key).
// The index maps each distinct search key to a postings list: the
// numbers of the posts that hold the key, in the order they were
// stored, as a plain []int32. Keys are numbered into a slice of
// postings lists: a key of up to fifteen bytes packed in two numbers,
// in an open-addressed table (shortKeys), a longer one in a
// map[string]int32. Nothing else is stored per post: no
// positions, no copy of the normalized text (Link re-normalizes the few
// candidates it aligns), so a post costs four bytes per distinct key
// besides its record.
//
// Search. Query.Terms chooses the keys read; each adds its weight to the
// score of every post of its postings list, in reading order, so that a
// post's score is Score of its keys. Once the common keys left cannot
// lift a post that is not among the best so far up to them, they are
// added only to the posts that may still get there (scorer.scoreTop):
// the best posts and their scores are the same, for less work. The
// best-scored posts are selected in one pass over the posts touched,
// which also clears their scores; a widened search (widen.go) takes
// more of them, not scoring again.
//
// Memory. Postings grow by append, so a list holds up to twice its
// length; over a million generated posts the whole archive, records and
// index, stays under the size of its JSON Lines (0.96 times; README).

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// index is the inverted index of an archive. It is not safe for
// concurrent use: the archive's lock guards it.
//
// A key of at most fifteen bytes (nearly every French word) is held
// packed in two numbers (packWord) in short, an open-addressed table:
// finding it reads one slot or a few neighbours, where a map of strings
// also reads the key's bytes elsewhere in memory. Longer keys are in
// dict. Loading a million posts looks keys up 30 million times.
type index struct {
	short    shortKeys
	dict     map[string]int32
	postings [][]int32
}

func newIndex() *index { return &index{dict: map[string]int32{}} }

// id returns the number of key k's postings list.
func (x *index) id(k string) (int32, bool) {
	if p, ok := packWord(k); ok {
		return x.short.get(p)
	}
	id, ok := x.dict[k]
	return id, ok
}

// newKey gives key k, absent, the next postings list, empty, and
// returns its number.
func (x *index) newKey(k string) int32 {
	id := int32(len(x.postings))
	if p, ok := packWord(k); ok {
		x.short.put(p, id)
	} else {
		x.dict[strings.Clone(k)] = id
	}
	x.postings = append(x.postings, nil)
	return id
}

// keys calls f with each key and the number of its postings list, in no
// particular order.
func (x *index) keys(f func(k string, id int32)) {
	for _, e := range x.short.slots {
		if !e.key.empty() {
			f(e.key.String(), e.id)
		}
	}
	for k, id := range x.dict {
		f(k, id)
	}
}

// size returns the number of keys.
func (x *index) size() int { return x.short.n + len(x.dict) }

// add records that post n holds keys: distinct keys (SearchKeys), given
// once for n (Memory.store indexes a post when it first stores its
// text). A postings list's last number is therefore never read before
// it is written: at a million posts that read missed the cache on
// most keys.
func (x *index) add(n int32, keys []string) {
	for _, k := range keys {
		id, ok := x.id(k)
		if !ok {
			id = x.newKey(k)
		}
		x.postings[id] = append(x.postings[id], n)
	}
}

// list returns the postings of term t's key.
func (x *index) list(t Term) []int32 {
	if id, ok := x.id(t.Key); ok {
		return x.postings[id]
	}
	return nil
}

// df returns how many posts hold key k.
func (x *index) df(k string) int {
	if id, ok := x.id(k); ok {
		return len(x.postings[id])
	}
	return 0
}

// packKey packs a key of one to 7 bytes and its length into a number,
// one number a key and never 0; it returns false for a longer key or
// the empty one.
func packKey(k string) (uint64, bool) {
	if len(k) == 0 || len(k) > 7 {
		return 0, false
	}
	v := uint64(len(k)) << 56
	for i := range len(k) {
		v |= uint64(k[i]) << (8 * i)
	}
	return v, true
}

// packed is a key of one to 15 bytes and its length in two numbers
// (packWord): the bytes in order from lo's lowest, the length in hi's
// highest byte, so that hi is never 0. The zero packed is no key.
type packed struct{ lo, hi uint64 }

// packWord packs a key of one to 15 bytes; it returns false for a
// longer key or the empty one.
func packWord(k string) (packed, bool) {
	if len(k) == 0 || len(k) > 15 {
		return packed{}, false
	}
	var b [16]byte
	copy(b[:], k)
	b[15] = byte(len(k))
	return packed{binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])}, true
}

// empty reports the zero packed, which is no key.
func (p packed) empty() bool { return p.hi == 0 }

// String returns the key packWord packed into p.
func (p packed) String() string {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], p.lo)
	binary.LittleEndian.PutUint64(b[8:], p.hi)
	return string(b[:b[15]])
}

// shortKeys maps packed keys (packWord) to their postings lists'
// numbers: open addressing, a key in the first free slot from its hash
// on (linear probing), at most five slots in eight used. An empty slot
// holds the zero packed.
type shortKeys struct {
	slots []shortSlot // a power of two of them, or none
	n     int         // keys held
}

type shortSlot struct {
	key packed
	id  int32
}

// slot returns where the search for key p starts in a table of size
// slots (a power of two): the top bits of a Fibonacci hash of both
// numbers.
func slotOf(p packed, size int) int {
	return int(((p.lo ^ p.hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (64 - bits.Len(uint(size-1))))
}

// get returns the number of key p.
func (t *shortKeys) get(p packed) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := slotOf(p, len(t.slots)); ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case p:
			return t.slots[i].id, true
		case packed{}:
			return 0, false
		}
	}
}

// put adds key p, absent, with number id.
func (t *shortKeys) put(p packed, id int32) {
	if 8*(t.n+1) > 5*len(t.slots) {
		old := t.slots
		t.slots = make([]shortSlot, max(1024, 2*len(old)))
		for _, e := range old {
			if !e.key.empty() {
				t.insert(e.key, e.id)
			}
		}
	}
	t.insert(p, id)
	t.n++
}

// insert writes key p in its first free slot.
func (t *shortKeys) insert(p packed, id int32) {
	mask := len(t.slots) - 1
	i := slotOf(p, len(t.slots))
	for !t.slots[i].key.empty() {
		i = (i + 1) & mask
	}
	t.slots[i] = shortSlot{p, id}
}

// hit is a post and its retrieval score.
type hit struct {
	post  int32
	score float32
}

// scorer accumulates scores over the posts of an archive; pooled, since
// it holds one float per post.
type scorer struct {
	score   []float32
	touched []int32
	heap    []float32 // kth's
	live    []uint64  // a bit a post: live (goLive)
	alive   []int32   // the posts live
}

var scorerPool = sync.Pool{New: func() any { return new(scorer) }}

// primeScorer puts into the pool a scorer for an archive of records
// post numbers, its memory touched: the first search after opening a
// saved archive then does not wait for the system to hand over its
// pages (BenchmarkSaved1M: the first answer at a million posts 9 → 5 ms).
func primeScorer(records int) {
	if records == 0 {
		return
	}
	sc := &scorer{score: make([]float32, records+records/4)}
	for i := 0; i < len(sc.score); i += 1024 { // a 4 KiB page holds 1 024 scores
		sc.score[i] = 0
	}
	scorerPool.Put(sc)
}

// search returns up to limit posts of the best scores for q, best first,
// the budget widened (widen) up to most; when share > 0, only those
// scoring at least share times the best. n is the number of posts
// held; records is the number of post numbers given (posts and
// placeholders).
func (x *index) search(q Query, n, records, limit, most int, share float64, lim Limits) []hit {
	return rank(q, n, records, limit, most, share, lim, x.df, func(sc *scorer, t Term) {
		id, _ := x.id(t.Key)
		for _, p := range x.postings[id] {
			sc.add(p, t.Weight)
		}
	}, x.list)
}

// rank scores the posts of an archive of n posts and records post
// numbers for q and returns up to limit of the best, best first, the
// budget widened (widen) up to most; when share > 0, only those that
// score at least share times the best. The best posts are selected in
// one pass over the posts scored, which also clears their scores; each
// budget's candidates are the first of them (the order is total: score,
// then post number). df gives a key's document frequency, read adds a
// term's weight to each post of its postings (scorer.add), and list,
// when not nil, gives a term's postings, which lets the scoring skip
// what cannot change the answer (scorer.scoreTop). Memory and Saved
// both rank with it.
func rank(q Query, n, records, limit, most int, share float64, lim Limits, df func(string) int, read func(*scorer, Term), list func(Term) []int32) []hit {
	if n == 0 || limit <= 0 {
		return nil
	}
	terms := q.Terms(n, df, lim)
	sc := scorerPool.Get().(*scorer)
	if cap(sc.score) < records {
		sc.score = make([]float32, records+records/4)
	}
	sc.score = sc.score[:records]
	most = max(limit, most)
	top, exact := sc.scoreTop(terms, read, list, limit, most, share)
	if exact < most && len(top) >= limit && widen(limit, most, limit, float64(top[0].score), float64(top[limit-1].score)) != 0 {
		// The first budget ties to its end: the wider budgets need
		// their posts exact as well.
		top, _ = sc.scoreTop(terms, read, list, most, most, share)
	}
	scorerPool.Put(sc)
	hits := top[:min(limit, len(top))]
	for len(hits) > 0 {
		if limit = widen(limit, most, len(hits), float64(hits[0].score), float64(hits[len(hits)-1].score)); limit == 0 {
			break
		}
		hits = top[:min(limit, len(top))]
	}
	if share > 0 && len(hits) > 0 {
		best := float64(hits[0].score)
		hits = slices.DeleteFunc(hits, func(h hit) bool { return float64(h.score) < share*best })
	}
	return hits
}

// scoreTop adds the weights of terms to the scores of the posts that
// hold them and returns the take best posts (takeTop). Of these, the
// first exact (limit, or take when the first limit tie as the scoring
// sees them), and when share > 0 those that score at least share times
// the best, are those a full scoring gives, with their scores; all of
// them when exact is take.
//
// Terms come rarest first, so the last ones weigh least. Before it
// reads a term, the scorer sets a bar: the exact-th best score so far,
// or share times the best, whichever is higher, which the posts that
// matter reach in the end. When the weights of the terms left cannot
// lift a post not yet scored to the bar, no such post matters, nor do
// the posts already scored that cannot reach it either. The others are
// marked live, and the terms left are added to live posts only: a
// common term's postings are read, but a live post's mark is a bit in
// a table the cache holds, where adding to a score would touch a new
// post's memory and list it for selection. A post not live keeps a
// partial score, below the bar. Each post's score is added term by
// term in the order of terms, as a full scoring adds it.
func (sc *scorer) scoreTop(terms []Term, read func(*scorer, Term), list func(Term) []int32, limit, take int, share float64) (top []hit, exact int) {
	rest := make([]float64, len(terms)+1) // rest[i]: the weights of terms[i:]
	for i := len(terms) - 1; i >= 0; i-- {
		rest[i] = rest[i+1] + float64(terms[i].Weight)
	}
	// The posts scored first hold the rarest terms, and the best posts
	// are mostly among them: a bar set from these few, which the bar of
	// all the posts reaches, costs little.
	barOf := func(posts []int32) float32 {
		k, best := sc.kth(posts[:min(len(posts), probe)], exact)
		return max(k, float32(share*float64(best)*(1-1e-6)))
	}
	i := 0
	var live []int32
	var bar float32
	exact = limit
	for ; i < len(terms); i++ {
		// The bar is at most the weights read so far.
		if list != nil && i > 0 && reach(0, rest[i]) < float32(rest[0]-rest[i]) {
			if k, best := sc.kth(sc.touched[:min(len(sc.touched), probe)], limit); k >= best {
				// The first limit tie: the search will widen, and
				// the wider budgets must be exact too.
				exact = take
			}
			if bar = barOf(sc.touched); reach(0, rest[i]) < bar {
				live = sc.goLive(rest[i], bar)
				break
			}
			exact = limit
		}
		read(sc, terms[i])
	}
	if i == len(terms) {
		exact = take // nothing skipped
	}
	// A post counts from here on when it is live: the bits of a live
	// post, in a table of a bit a post, are read in the cache where
	// its score would not be.
	for ; i < len(terms); i++ {
		for _, p := range list(terms[i]) {
			if sc.isLive(p) {
				sc.score[p] += terms[i].Weight
			}
		}
	}
	if len(live) > len(sc.live)/8 {
		clear(sc.live)
	} else {
		for _, p := range live {
			sc.setLive(p, false)
		}
	}
	return sc.takeTop(take), exact
}

// probe is how many of the posts scored first scoreTop sets its bar
// from.
const probe = 2048

// reach bounds from above the score of a post that scores s and may
// hold terms weighing rest more, as float32 sums round it (a margin of
// 1e-4 covers the rounding of a few hundred additions).
func reach(s float32, rest float64) float32 {
	return float32((float64(s) + rest) * (1 + 1e-4))
}

// goLive marks live the posts scored whose scores may reach bar with
// terms weighing rest more, and returns them, in the order they were
// first scored.
func (sc *scorer) goLive(rest float64, bar float32) []int32 {
	if n := (len(sc.score) + 63) / 64; len(sc.live) < n {
		sc.live = make([]uint64, n)
	}
	sc.alive = sc.alive[:0]
	// reach(s, rest) >= bar for every s >= least (a margin on the safe
	// side, for the rounding).
	least := float32(float64(bar)/(1+2e-4) - rest)
	for _, p := range sc.touched {
		if sc.score[p] >= least {
			sc.alive = append(sc.alive, p)
			sc.setLive(p, true)
		}
	}
	return sc.alive
}

// isLive reports whether post p is live (goLive).
func (sc *scorer) isLive(p int32) bool { return sc.live[p/64]&(1<<(p%64)) != 0 }

// setLive marks post p live or not.
func (sc *scorer) setLive(p int32, on bool) {
	if on {
		sc.live[p/64] |= 1 << (p % 64)
	} else {
		sc.live[p/64] &^= 1 << (p % 64)
	}
}

// kth returns the k-th best score of posts (0 when there are fewer) and
// the best.
func (sc *scorer) kth(posts []int32, k int) (kth, best float32) {
	h := sc.heap[:0] // a min-heap of the k best scores seen
	for _, p := range posts {
		s := sc.score[p]
		best = max(best, s)
		switch {
		case len(h) < k:
			h = append(h, s)
			for j := len(h) - 1; j > 0 && h[(j-1)/2] > h[j]; j = (j - 1) / 2 {
				h[j], h[(j-1)/2] = h[(j-1)/2], h[j]
			}
		case s > h[0]:
			h[0] = s
			for j := 0; ; {
				c := 2*j + 1
				if c >= k {
					break
				}
				if c+1 < k && h[c+1] < h[c] {
					c++
				}
				if h[j] <= h[c] {
					break
				}
				h[j], h[c] = h[c], h[j]
				j = c
			}
		}
	}
	sc.heap = h
	if len(h) < k || k <= 0 {
		return 0, best
	}
	return h[0], best
}

// add adds w to the score of post p.
func (sc *scorer) add(p int32, w float32) {
	if sc.score[p] == 0 {
		sc.touched = append(sc.touched, p)
	}
	sc.score[p] += w
}

// takeTop selects the limit best-scored touched posts, best first (ties
// go to the earlier post), and clears the scores for the next search.
func (sc *scorer) takeTop(limit int) []hit {
	// A small sorted slice: limit is a few dozen at most. Most posts
	// score below the last of a full slice and cost one comparison.
	top := make([]hit, 0, limit+1)
	var last hit // top's last hit once top is full
	for _, p := range sc.touched {
		h := hit{p, sc.score[p]}
		sc.score[p] = 0
		if len(top) == limit && (h.score < last.score || h.score == last.score && h.post > last.post) {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, h, func(a, b hit) int {
			if a.score > b.score || a.score == b.score && a.post < b.post {
				return -1
			}
			return 1
		})
		top = slices.Insert(top, i, h)
		if len(top) > limit {
			top = top[:limit]
		}
		last = top[len(top)-1]
	}
	sc.touched = sc.touched[:0]
	return top
}
