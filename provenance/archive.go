package provenance

import (
	"context"
	"time"
)

// Archive is a store of posts that Link, Thread and the montage judge
// read. Memory implements it in memory; a database-backed archive can
// implement it without any change to its callers. Methods take a
// context because an implementation may do I/O; Memory only checks it.
//
// A post that other posts refer to but that the archive does not hold
// is absent: Post reports it missing, and the chains through it break
// there.
type Archive interface {
	// Post returns the post with key k, and false when the archive does
	// not hold it.
	Post(ctx context.Context, k Key) (Post, bool, error)
	// Ancestors returns the reply chain above k, root first and ending
	// with k's parent, and where it breaks.
	Ancestors(ctx context.Context, k Key) (Ancestry, error)
	// Descendants returns the replies to k and the replies to those, in
	// thread order (each reply followed by its own replies, siblings by
	// time), at most limit posts (limit ≤ 0: no limit).
	Descendants(ctx context.Context, k Key, limit int) ([]Post, error)
	// Shares returns the posts that quote or repost k, by time.
	Shares(ctx context.Context, k Key) ([]Post, error)
	// Timeline returns the posts of one author (platform and handle)
	// nearest to t: up to before posts created before t and up to after
	// posts created after it, in time order. A post created exactly at t
	// is not returned.
	Timeline(ctx context.Context, platform, author string, t time.Time, before, after int) ([]Post, error)
	// Candidates returns up to limit posts that may hold the words of
	// text, best first, with a retrieval score (larger is better; only
	// the order means something). It must put the source of a quote
	// among the first few for the perturbations Link tolerates; Link
	// aligns each candidate to decide.
	Candidates(ctx context.Context, text string, limit int) ([]Candidate, error)
	// Len returns the number of posts held.
	Len() int
}

// Ancestry is the reply chain above a post.
type Ancestry struct {
	// Posts holds the ancestors, root first, ending with the direct
	// parent. Empty for a root post.
	Posts []Post
	// BrokenAt is the id of a parent that is referenced but absent from
	// the archive: the chain stops below it, and Posts[0] is the highest
	// post known.
	BrokenAt string
	// Cycle reports reply links that loop; the chain stops before the
	// first repeated post.
	Cycle bool
}

// Candidate is a post a search proposes for a quote.
type Candidate struct {
	Post  Post
	Score float64
}

// MaxDepth bounds every walk along reply links, so that a corrupt chain
// costs a bounded time.
const MaxDepth = 10_000
