package provenance

import (
	"context"
	"time"
)

// Archive is a store of posts that Link, Thread and the montage judge
// read. Memory implements it in memory; a database-backed archive can
// implement it without any change to its callers, and proves it by
// passing the conformance suite, package provenance/archivetest. Methods
// take a context because an implementation may do I/O; each returns the
// context's error when it is done.
//
// What an archive holds follows the rules it applies as posts arrive
// (Sink.Put): a post seen twice is merged (Merge), a reply link that
// would close a loop is not made (ClosesCycle), and a post referred to
// (as a parent, a conversation root, a quoted or a reposted post) but not
// held is a placeholder: absent (Post reports it missing, a reply chain
// breaks there) until it arrives, when the links made to it hold (the
// replies stored before it are its Descendants, the posts sharing it
// its Shares). A post that quotes or reposts itself is stored without
// that link. A post keeps where it was read (Post.From, MaxFrom places,
// the others counted in MoreFrom; none for a post given without them)
// and whether its author deleted it (Post.Deleted), merged as Merge says.
//
// Authors: handles compare without case, on every platform. The posts of
// one platform whose handles differ only in case are one author's, and
// each of them reads back with the handle first stored for that author
// and the author id and name first known (a later post fills them in
// when the first had none).
type Archive interface {
	// Post returns the post with key k, and false when the archive does
	// not hold it.
	Post(ctx context.Context, k Key) (Post, bool, error)
	// Ancestors returns the reply chain above k, root first and ending
	// with k's parent, and where it breaks.
	Ancestors(ctx context.Context, k Key) (Ancestry, error)
	// Descendants returns the replies to k and the replies to those, in
	// thread order (each reply followed by its own replies, siblings by
	// time, then in the order they were stored), at most limit posts
	// (limit ≤ 0: no limit).
	Descendants(ctx context.Context, k Key, limit int) ([]Post, error)
	// Shares returns the posts that quote or repost k, by time.
	Shares(ctx context.Context, k Key) ([]Post, error)
	// Timeline returns the posts of one author (platform and handle,
	// without case) nearest to t: up to before posts created before t
	// and up to after posts created after it, in time order. A post
	// created exactly at t is not returned.
	Timeline(ctx context.Context, platform, author string, t time.Time, before, after int) ([]Post, error)
	// Candidates returns up to limit posts for q, best first, with their
	// retrieval scores: the terms read are q.Terms(n, df, limits), n the
	// posts held, df(key) how many of them are indexed under key (their
	// SearchKeys), limits the archive's; each post scores Score(terms,
	// its keys), and the posts of the largest scores are returned, ties
	// in the order they were stored (see Score). This puts the source of
	// a quote among the first few for the perturbations Link tolerates;
	// Link aligns each candidate to decide.
	Candidates(ctx context.Context, q Query, limit int) ([]Candidate, error)
	// Len returns the number of posts held (placeholders are not posts).
	Len(ctx context.Context) (int, error)
}

// Sink receives posts: the Loader's destination, and how an archive is
// filled. Memory implements it.
type Sink interface {
	// Put stores posts in order, as if one at a time, applying the
	// rules of Archive (a post with no platform is Generic). A post that
	// cannot be stored as given does not stop the others: Put returns
	// PutErrors, one *PutError a post, positioned in the batch (a
	// duplicate, a conflict, a refused reply link, an invalid post).
	// When ctx is done before the batch is stored, Put returns the
	// context's error, and which posts of the batch were stored is not
	// said.
	Put(ctx context.Context, posts ...Post) error
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
	Post Post
	// Score is the post's retrieval score (Score): larger is better.
	Score float64
}

// MaxDepth bounds every walk along reply links, so that a corrupt chain
// costs a bounded time.
const MaxDepth = 10_000
