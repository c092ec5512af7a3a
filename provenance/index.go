package provenance

// Memory's candidate index. The keys and the ranking are search.go's;
// this file is how Memory holds them.
//
// Data layout. Every post is a slot in the archive's slice of records
// (an int32 "post number", in the order the archive first met its key).
// The index maps each distinct search key to a postings list: the
// numbers of the posts that hold the key, in the order they were
// stored, as a plain []int32. Keys are interned in one map[string]int32
// into a slice of postings lists. Nothing else is stored per post: no
// positions, no copy of the normalized text (Link re-normalizes the few
// candidates it aligns), so a post costs four bytes per distinct key
// besides its record.
//
// Search. Query.Terms chooses the keys read; each adds its weight to the
// score of every post of its postings list, in reading order, so that a
// post's score is Score of its keys. The best-scored posts are selected
// in one pass over the posts touched.
//
// Memory. Postings grow by append, so a list holds up to twice its
// length; over a million generated posts the whole archive, records and
// index, stays under the size of its JSON Lines (0.96 times; README).

import (
	"slices"
	"strings"
	"sync"
)

// index is the inverted index of an archive. It is not safe for
// concurrent use: the archive's lock guards it.
type index struct {
	dict     map[string]int32
	postings [][]int32
}

func newIndex() *index { return &index{dict: map[string]int32{}} }

// add records that post n holds keys: distinct keys (SearchKeys), given
// once for n (Memory.store indexes a post when it first stores its
// text). A postings list's last number is therefore never read before
// it is written: at a million posts that read missed the cache on
// most keys.
func (x *index) add(n int32, keys []string) {
	for _, k := range keys {
		id, ok := x.dict[k]
		if !ok {
			id = int32(len(x.postings))
			x.dict[strings.Clone(k)] = id
			x.postings = append(x.postings, nil)
		}
		x.postings[id] = append(x.postings[id], n)
	}
}

// df returns how many posts hold key k.
func (x *index) df(k string) int {
	if id, ok := x.dict[k]; ok {
		return len(x.postings[id])
	}
	return 0
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
		for _, p := range x.postings[x.dict[t.Key]] {
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
