package provenance

// Memory's candidate index. The keys and the ranking are search.go's;
// this file is how Memory holds them.
//
// Data layout. Every post is a slot in the archive's slice of records
// (an int32 "post number", in the order the archive first met its key).
// The index maps each distinct search key to a postings list: the
// numbers of the posts that hold the key, in the order they were
// stored, as a plain []int32. Keys are numbered into a slice of
// postings lists: a key of up to seven bytes packed in a number, in an
// open-addressed table of numbers (shortKeys), a longer one in a
// map[string]int32. Nothing else is stored per post: no
// positions, no copy of the normalized text (Link re-normalizes the few
// candidates it aligns), so a post costs four bytes per distinct key
// besides its record.
//
// Search. Query.Terms chooses the keys read; each adds its weight to the
// score of every post of its postings list, in reading order, so that a
// post's score is Score of its keys. The best-scored posts are selected
// in one pass over the posts touched, which also clears their scores;
// a widened search (widen.go) takes more of them, not scoring again.
//
// Memory. Postings grow by append, so a list holds up to twice its
// length; over a million generated posts the whole archive, records and
// index, stays under the size of its JSON Lines (0.96 times; README).

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// index is the inverted index of an archive. It is not safe for
// concurrent use: the archive's lock guards it.
//
// A key of at most seven bytes (most French words) is held packed in a
// number (packKey) in short, an open-addressed table of numbers: finding
// it reads one slot or a few neighbours, where a map of strings also
// reads the key's bytes elsewhere in memory. Longer keys are in dict.
// Loading a million posts looks keys up 30 million times.
type index struct {
	short    shortKeys
	dict     map[string]int32
	postings [][]int32
}

func newIndex() *index { return &index{dict: map[string]int32{}} }

// id returns the number of key k's postings list.
func (x *index) id(k string) (int32, bool) {
	if p, ok := packKey(k); ok {
		return x.short.get(p)
	}
	id, ok := x.dict[k]
	return id, ok
}

// newKey gives key k, absent, the next postings list, empty, and
// returns its number.
func (x *index) newKey(k string) int32 {
	id := int32(len(x.postings))
	if p, ok := packKey(k); ok {
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
		if e.key != 0 {
			f(unpackKey(e.key), e.id)
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

// unpackKey returns the key packKey packed into v.
func unpackKey(v uint64) string {
	var b [7]byte
	n := int(v >> 56)
	for i := range n {
		b[i] = byte(v >> (8 * i))
	}
	return string(b[:n])
}

// shortKeys maps packed keys (packKey) to their postings lists'
// numbers: open addressing, a key in the first free slot from its hash
// on (linear probing), at most five slots in eight used. An empty slot
// holds the key 0.
type shortKeys struct {
	slots []shortSlot // a power of two of them, or none
	n     int         // keys held
}

type shortSlot struct {
	key uint64
	id  int32
}

// slot returns where the search for key p starts in a table of size
// slots (a power of two): the top bits of a Fibonacci hash.
func slotOf(p uint64, size int) int {
	return int((p * 0x9E3779B97F4A7C15) >> (64 - bits.Len(uint(size-1))))
}

// get returns the number of key p.
func (t *shortKeys) get(p uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := slotOf(p, len(t.slots)); ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case p:
			return t.slots[i].id, true
		case 0:
			return 0, false
		}
	}
}

// put adds key p, absent, with number id.
func (t *shortKeys) put(p uint64, id int32) {
	if 8*(t.n+1) > 5*len(t.slots) {
		old := t.slots
		t.slots = make([]shortSlot, max(1024, 2*len(old)))
		for _, e := range old {
			if e.key != 0 {
				t.insert(e.key, e.id)
			}
		}
	}
	t.insert(p, id)
	t.n++
}

// insert writes key p in its first free slot.
func (t *shortKeys) insert(p uint64, id int32) {
	mask := len(t.slots) - 1
	i := slotOf(p, len(t.slots))
	for t.slots[i].key != 0 {
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
// the budget widened (widen) up to most. n is the number of posts held;
// records is the number of post numbers given (posts and placeholders).
func (x *index) search(q Query, n, records, limit, most int, lim Limits) []hit {
	return rank(q, n, records, limit, most, lim, x.df, func(sc *scorer, t Term) {
		id, _ := x.id(t.Key)
		for _, p := range x.postings[id] {
			sc.add(p, t.Weight)
		}
	})
}

// rank scores the posts of an archive of n posts and records post
// numbers for q and returns up to limit of the best, best first, the
// budget widened (widen) up to most. The best most posts are selected
// in one pass over the posts scored, which also clears their scores;
// each budget's candidates are the first of them (the order is total:
// score, then post number). df gives a key's document frequency, read
// adds a term's weight to each post of its postings (scorer.add).
// Memory and Saved both rank with it.
func rank(q Query, n, records, limit, most int, lim Limits, df func(string) int, read func(*scorer, Term)) []hit {
	if n == 0 || limit <= 0 {
		return nil
	}
	terms := q.Terms(n, df, lim)
	sc := scorerPool.Get().(*scorer)
	if cap(sc.score) < records {
		sc.score = make([]float32, records+records/4)
	}
	sc.score = sc.score[:records]
	for _, t := range terms {
		read(sc, t)
	}
	top := sc.takeTop(max(limit, most))
	scorerPool.Put(sc)
	hits := top[:min(limit, len(top))]
	for len(hits) > 0 {
		if limit = widen(limit, most, len(hits), float64(hits[0].score), float64(hits[len(hits)-1].score)); limit == 0 {
			break
		}
		hits = top[:min(limit, len(top))]
	}
	return hits
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
