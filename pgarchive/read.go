package pgarchive

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/provenance"
)

// found returns the CTEs (a WITH list's items, after any the condition
// reads) that read, as post_view shows them, the posts cond selects (a
// condition on posts p, joined to their authors a): found, those posts;
// linked, the posts they link to (reply, conversation, quote, repost),
// by number; v, each post of found with the ids of its links, which
// postCols read. On a sharded archive each read of posts is then a
// lookup that every shard answers from its indexes (the Remote SQL of
// its foreign scan carries the condition, or the numbers linked to), where
// post_view's joins of posts to itself read whole shards through the
// coordinator (shard.go).
func found(cond string) string {
	return `found AS MATERIALIZED (SELECT p.*, a.handle, a.author_id AS account, a.name
			FROM posts p LEFT JOIN authors a ON a.n = p.author WHERE (` + cond + `)),
		linked AS MATERIALIZED (SELECT n, id FROM posts
			WHERE n = ANY(ARRAY(SELECT unnest(ARRAY[reply, conv, quote, repost]) FROM found))),
		v AS (SELECT f.*, r.id AS reply_id, c.id AS conv_id, q.id AS quote_id, s.id AS repost_id FROM found f
			LEFT JOIN linked r ON r.n = f.reply LEFT JOIN linked c ON c.n = f.conv
			LEFT JOIN linked q ON q.n = f.quote LEFT JOIN linked s ON s.n = f.repost)`
}

// postCols are the columns of v (found) scanPost reads.
const postCols = `v.n, v.absent, coalesce(v.seq, 0), v.platform, v.id, coalesce(v.created_ns, 0), coalesce(v.utc_offset, 0),
	coalesce(v.text, ''), coalesce(v.url, ''), coalesce(v.lang, ''),
	coalesce(v.handle, ''), coalesce(v.account, ''), coalesce(v.name, ''),
	coalesce(v.reply_id, ''), coalesce(v.conv_id, ''), coalesce(v.quote_id, ''), coalesce(v.repost_id, ''),
	v.from_file, coalesce(v.from_line, 0), coalesce(v.from_path, ''), v.more_files, v.more_lines, v.more_paths,
	coalesce(v.more_from, 0), v.deleted, coalesce(v.visibility, '')`

// row is a post as read from v, with its number, placeholder flag and
// storing order.
type row struct {
	n      int64
	absent bool
	seq    int64
	post   provenance.Post
}

// scanPost reads one row of postCols.
func scanPost(rows pgx.CollectableRow) (row, error) {
	var r row
	var created int64
	var offset int16
	var pl places
	p := &r.post
	err := rows.Scan(&r.n, &r.absent, &r.seq, &p.Platform, &p.ID, &created, &offset, &p.Text, &p.URL, &p.Lang,
		&p.Author, &p.AuthorID, &p.AuthorName, &p.ReplyTo, &p.Conversation, &p.QuoteOf, &p.RepostOf,
		&pl.first, &pl.line, &pl.path, &pl.files, &pl.lines, &pl.paths, &p.MoreFrom, &p.Deleted, &p.Visibility)
	p.CreatedAt = time.Unix(0, created).In(zone(offset))
	p.From = pl.origins()
	return r, err
}

// collect runs a query of postCols and returns its rows.
func (a *Archive) collect(ctx context.Context, q pgx.Tx, sql string, args ...any) ([]row, error) {
	var rows pgx.Rows
	var err error
	if q != nil {
		rows, err = q.Query(ctx, sql, args...)
	} else {
		rows, err = a.pool.Query(ctx, sql, args...)
	}
	if err != nil {
		return nil, describe(err, "")
	}
	out, err := pgx.CollectRows(rows, scanPost)
	return out, describe(err, "")
}

func posts(rows []row) []provenance.Post {
	if len(rows) == 0 {
		return nil
	}
	out := make([]provenance.Post, len(rows))
	for i, r := range rows {
		out[i] = r.post
	}
	return out
}

// zone returns the location of a UTC offset in minutes, as Memory gives
// it: UTC, or a fixed zone without a name.
func zone(minutes int16) *time.Location {
	if minutes == 0 {
		return time.UTC
	}
	return time.FixedZone("", int(minutes)*60)
}

// postSQL reads the post of key ($1, $2).
var postSQL = `WITH ` + found(`p.platform = $1 AND p.id = $2 AND NOT p.absent`) + ` SELECT ` + postCols + ` FROM v`

// Post returns the post with key k.
func (a *Archive) Post(ctx context.Context, k provenance.Key) (provenance.Post, bool, error) {
	if err := ctx.Err(); err != nil {
		return provenance.Post{}, false, err
	}
	rows, err := a.collect(ctx, nil, postSQL, k.Platform, k.ID)
	if err != nil || len(rows) == 0 {
		return provenance.Post{}, false, err
	}
	return rows[0].post, true, nil
}

// ancestorsSQL reads the reply chain above the post of key ($1, $2), at
// most $3 links, in order (one database's: see walk.go).
var ancestorsSQL = `WITH RECURSIVE up(n, depth) AS (
		SELECT p.reply, 1 FROM posts p
		WHERE p.platform = $1 AND p.id = $2 AND NOT p.absent AND p.reply IS NOT NULL
	UNION ALL
		SELECT p.reply, up.depth + 1 FROM up JOIN posts p ON p.n = up.n
		WHERE NOT p.absent AND p.reply IS NOT NULL AND up.depth <= $3
	), ` + found(`p.n = ANY(ARRAY(SELECT n FROM up))`) + `
	SELECT ` + postCols + ` FROM up JOIN v ON v.n = up.n ORDER BY up.depth`

// Ancestors returns the reply chain above k: a recursive CTE up the
// indexed reply links, stopping at a placeholder (where the chain
// breaks), at a post met twice, or after provenance.MaxDepth links; on
// a sharded archive a lookup a level (walk.go).
func (a *Archive) Ancestors(ctx context.Context, k provenance.Key) (provenance.Ancestry, error) {
	var anc provenance.Ancestry
	if err := ctx.Err(); err != nil {
		return anc, err
	}
	// Put never makes a link that closes a cycle, so the depth alone
	// bounds the walk; a repeat met all the same ends it in Go.
	var rows []row
	var err error
	if a.sharded {
		rows, err = a.chainUp(ctx, k)
	} else {
		rows, err = a.collect(ctx, nil, ancestorsSQL, k.Platform, k.ID, provenance.MaxDepth)
	}
	if err != nil {
		return anc, err
	}
	seen := map[int64]bool{}
	for _, r := range rows {
		if r.absent {
			anc.BrokenAt = r.post.ID
			break
		}
		if seen[r.n] || len(anc.Posts) >= provenance.MaxDepth {
			anc.Cycle = seen[r.n]
			break
		}
		seen[r.n] = true
		anc.Posts = append(anc.Posts, r.post)
	}
	slices.Reverse(anc.Posts)
	return anc, nil
}

// descendantsSQL reads the numbers, parents, times and depths of the
// replies below the post of key ($1, $2), at most $3 levels (one
// database's: see walk.go).
const descendantsSQL = `WITH RECURSIVE down(n, parent, created, depth) AS (
		SELECT c.n, c.reply, c.created_ns, 1 FROM posts t JOIN posts c ON c.reply = t.n
		WHERE t.platform = $1 AND t.id = $2 AND NOT t.absent AND NOT c.absent
	UNION ALL
		SELECT c.n, c.reply, c.created_ns, d.depth + 1 FROM down d JOIN posts c ON c.reply = d.n
		WHERE NOT c.absent AND d.depth < $3
	)
	SELECT n, parent, created, depth FROM down`

// Descendants returns the replies below k in thread order (each reply
// followed by its own, siblings by time, then in the order the archive
// met them), at most limit. A recursive CTE down the indexed reply links
// (on a sharded archive, a lookup a level: walk.go) gives the replies'
// numbers, parents and times; Go orders the tree and reads the posts it
// returns.
func (a *Archive) Descendants(ctx context.Context, k provenance.Key, limit int) ([]provenance.Post, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	kids, top, err := a.replies(ctx, k)
	if err != nil {
		return nil, err
	}
	if len(kids) == 0 {
		return nil, nil
	}
	for _, ks := range kids {
		slices.SortFunc(ks, func(x, y reply) int { return cmp.Or(cmp.Compare(x.created, y.created), cmp.Compare(x.n, y.n)) })
	}
	var order []int64
	stack := []int64{top}
	for len(stack) > 0 && (limit <= 0 || len(order) < limit) {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p != top {
			order = append(order, p)
		}
		ks := kids[p]
		for i := len(ks) - 1; i >= 0; i-- {
			stack = append(stack, ks[i].n)
		}
	}
	got, err := a.collect(ctx, nil, byNumber, order)
	if err != nil {
		return nil, err
	}
	return inOrder(got, order), nil
}

// byNumber reads the posts of the numbers $1, in any order.
var byNumber = `WITH ` + found(`p.n = ANY($1)`) + ` SELECT ` + postCols + ` FROM v`

// inOrder returns the posts of rows in the order of their numbers ns.
func inOrder(rows []row, ns []int64) []provenance.Post {
	byN := make(map[int64]provenance.Post, len(rows))
	for _, r := range rows {
		byN[r.n] = r.post
	}
	out := make([]provenance.Post, len(ns))
	for i, n := range ns {
		out[i] = byN[n]
	}
	return out
}

// sharesSQL reads the posts quoting or reposting the post of key ($1,
// $2) in the order Shares gives them (a post that does both, twice): the
// shared post's number, then the posts by quote or repost, a lookup each
// shard answers from its indexes with that number as a parameter.
var sharesSQL = `WITH t AS MATERIALIZED (SELECT n FROM posts WHERE platform = $1 AND id = $2 AND NOT absent),
	` + found(`p.quote = (SELECT n FROM t) OR p.repost = (SELECT n FROM t)`) + `
	SELECT ` + postCols + ` FROM v CROSS JOIN LATERAL (VALUES (v.quote), (v.repost)) AS x(shared)
	WHERE x.shared = (SELECT n FROM t) ORDER BY v.created_ns, v.seq DESC`

// Shares returns the posts quoting or reposting k, by time (among equal
// times, the last stored first, as Memory lists them).
func (a *Archive) Shares(ctx context.Context, k provenance.Key) ([]provenance.Post, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := a.collect(ctx, nil, sharesSQL, k.Platform, k.ID)
	return posts(rows), err
}

// timelineSQL reads the author of platform $1 and handle $2's posts
// nearest to $3 (Unix nanoseconds): up to $4 before and $5 after. The
// author is a scalar subquery, not a join: its number then bounds an
// ordered scan of the index that stops at the limit (joined, the planner
// read every post of a prolific author: 0.24 s for 43 000); on a
// sharded archive, the one shard of that author reads it.
var timelineSQL = `WITH near AS MATERIALIZED (
		(SELECT p.n FROM posts p WHERE p.author = ` + author + ` AND NOT p.absent AND p.created_ns < $3
		 ORDER BY p.created_ns DESC, p.seq DESC LIMIT $4)
		UNION ALL
		(SELECT p.n FROM posts p WHERE p.author = ` + author + ` AND NOT p.absent AND p.created_ns > $3
		 ORDER BY p.created_ns, p.seq LIMIT $5)),
	` + found(`p.n = ANY(ARRAY(SELECT n FROM near))`) + `
	SELECT ` + postCols + ` FROM v ORDER BY v.created_ns, v.seq`

// author is the number of the author of platform $1 and handle $2.
const author = `(SELECT n FROM authors WHERE platform = $1 AND handle_key = $2)`

// Timeline returns the author's posts nearest to t, from the index on
// (author, created_ns, seq): up to before posts created before t and up
// to after posts created after it, in time order (equal times in the
// order they were stored).
func (a *Archive) Timeline(ctx context.Context, platform, handle string, t time.Time, before, after int) ([]provenance.Post, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	at := t.UnixNano()
	rows, err := a.collect(ctx, nil, timelineSQL,
		platform, strings.ToLower(handle), at, max(before, 0), max(after, 0))
	return posts(rows), err
}

// Len returns the number of posts held.
func (a *Archive) Len(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	var n int
	err := a.pool.QueryRow(ctx, "SELECT posts FROM archive").Scan(&n)
	return n, describe(err, "")
}

// Candidates returns the posts of the best scores for q, best first
// (provenance.Archive). In one read-only snapshot: the posts held and
// the frequencies of q's keys, the terms chosen in Go
// (provenance.Query.Terms), then each post's score summed in the
// database over its postings, in the terms' order and in single
// precision, as provenance.Score sums it; ties go to the lower post
// number, the post the archive met first.
func (a *Archive) Candidates(ctx context.Context, q provenance.Query, limit int) ([]provenance.Candidate, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if limit <= 0 || len(q.Keys()) == 0 {
		return nil, nil
	}
	tx, err := a.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, describe(err, "")
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	var held, records int
	if err := tx.QueryRow(ctx, "SELECT posts, next_post FROM archive").Scan(&held, &records); err != nil {
		return nil, describe(err, "")
	}
	type keyInfo struct {
		n, posts int32
	}
	info := map[string]keyInfo{}
	rows, err := tx.Query(ctx, "SELECT key, n, posts FROM search_keys WHERE key = ANY($1)", q.Keys())
	if err != nil {
		return nil, describe(err, "")
	}
	var key string
	var ki keyInfo
	if _, err := pgx.ForEachRow(rows, []any{&key, &ki.n, &ki.posts}, func() error {
		info[key] = ki
		return nil
	}); err != nil {
		return nil, describe(err, "")
	}
	terms := q.Terms(held, func(k string) int { return int(info[k].posts) }, a.limits)
	if len(terms) == 0 {
		return nil, nil
	}
	ids := make([]int32, len(terms))
	for i, t := range terms {
		ids[i] = info[t.Key].n
	}
	found, err := a.scored(ctx, tx, ids, terms, records, limit)
	if err != nil {
		return nil, err
	}
	return found, describe(tx.Commit(ctx), "")
}

// hit is a post number and its score.
type hit struct {
	post  int64
	score float32
}

// better orders hits best first: the larger score, then the lower post
// number (the post the archive met first).
func better(x, y hit) bool {
	return x.score > y.score || x.score == y.score && x.post < y.post
}

// scorer holds the scores of a search, one float a post number, and
// the numbers it touched; pooled, since it holds as many floats as the
// archive has post numbers.
type scorer struct {
	score   []float32
	touched []int64
}

var scorers = sync.Pool{New: func() any { return new(scorer) }}

// postingsSQL reads the postings of the search keys numbered $1: on a
// sharded archive, each shard those of its keys.
const postingsSQL = "SELECT key, posts FROM postings WHERE key = ANY($1)"

// scored reads the postings of terms (ids, their search key numbers),
// scores their posts as provenance.Score does (each term's weight added
// in the terms' order, in float32; records bounds the post numbers) and
// returns the limit best posts, best first.
func (a *Archive) scored(ctx context.Context, tx pgx.Tx, ids []int32, terms []provenance.Term, records, limit int) ([]provenance.Candidate, error) {
	rows, err := tx.Query(ctx, postingsSQL, ids)
	if err != nil {
		return nil, describe(err, "")
	}
	chunks := map[int32][][]byte{}
	var key int32
	var posts []byte
	if _, err := pgx.ForEachRow(rows, []any{&key, &posts}, func() error {
		chunks[key] = append(chunks[key], posts)
		posts = nil
		return nil
	}); err != nil {
		return nil, describe(err, "")
	}
	sc := scorers.Get().(*scorer)
	defer scorers.Put(sc)
	if len(sc.score) < records {
		sc.score = make([]float32, records+records/4)
	}
	var bad error
	for i, t := range terms {
		for _, chunk := range chunks[ids[i]] {
			err := readPostings(chunk, func(p int64) {
				if p >= int64(len(sc.score)) {
					bad = errors.New("pgarchive: damaged postings: a post number beyond the archive's")
					return
				}
				if sc.score[p] == 0 { // weights are positive
					sc.touched = append(sc.touched, p)
				}
				sc.score[p] += t.Weight
			})
			bad = cmp.Or(bad, err)
		}
	}
	top := make([]hit, 0, limit+1)
	for _, p := range sc.touched {
		h := hit{p, sc.score[p]}
		sc.score[p] = 0
		if len(top) == limit && !better(h, top[limit-1]) {
			continue
		}
		at := sort.Search(len(top), func(i int) bool { return better(h, top[i]) })
		top = slices.Insert(top, at, h)
		if len(top) > limit {
			top = top[:limit]
		}
	}
	sc.touched = sc.touched[:0]
	if bad != nil {
		return nil, bad
	}
	ns := make([]int64, len(top))
	for i, h := range top {
		ns[i] = h.post
	}
	got, err := a.collect(ctx, tx, byNumber, ns)
	if err != nil {
		return nil, err
	}
	out := make([]provenance.Candidate, len(top))
	for i, p := range inOrder(got, ns) {
		out[i] = provenance.Candidate{Post: p, Score: float64(top[i].score)}
	}
	return out, nil
}
