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

// postCols are the columns of post_view scanPost reads, of the view v.
const postCols = `v.n, v.absent, v.seq, v.platform, v.id, v.created_ns, v.utc_offset, v.text, v.url, v.lang,
	v.author, v.author_id, v.author_name, v.reply_to, v.conversation, v.quote_of, v.repost_of,
	v.from_files, v.from_lines, v.from_paths, v.more_from, v.deleted, v.visibility`

// row is a post as read from post_view, with its number, placeholder
// flag and storing order.
type row struct {
	n      int64
	absent bool
	seq    int64
	post   provenance.Post
}

// scanPost reads one row of postCols.
func scanPost(rows pgx.CollectableRow) (row, error) { return scanRow(rows) }

// scanRow reads one row of lead's columns followed by postCols.
func scanRow(rows pgx.CollectableRow, lead ...any) (row, error) {
	var r row
	var created int64
	var offset int16
	var files, paths []string
	var lines []int64
	p := &r.post
	err := rows.Scan(append(lead, &r.n, &r.absent, &r.seq, &p.Platform, &p.ID, &created, &offset, &p.Text, &p.URL, &p.Lang,
		&p.Author, &p.AuthorID, &p.AuthorName, &p.ReplyTo, &p.Conversation, &p.QuoteOf, &p.RepostOf,
		&files, &lines, &paths, &p.MoreFrom, &p.Deleted, &p.Visibility)...)
	p.CreatedAt = time.Unix(0, created).In(zone(offset))
	p.From = origins(files, lines, paths)
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

// Post returns the post with key k.
func (a *Archive) Post(ctx context.Context, k provenance.Key) (provenance.Post, bool, error) {
	if err := ctx.Err(); err != nil {
		return provenance.Post{}, false, err
	}
	rows, err := a.collect(ctx, nil, `SELECT `+postCols+` FROM post_view v
		WHERE v.platform = $1 AND v.id = $2 AND NOT v.absent`, k.Platform, k.ID)
	if err != nil || len(rows) == 0 {
		return provenance.Post{}, false, err
	}
	return rows[0].post, true, nil
}

// Ancestors returns the reply chain above k: a recursive CTE up the
// indexed reply links, stopping at a placeholder (where the chain
// breaks), at a post met twice, or after provenance.MaxDepth links.
func (a *Archive) Ancestors(ctx context.Context, k provenance.Key) (provenance.Ancestry, error) {
	var anc provenance.Ancestry
	if err := ctx.Err(); err != nil {
		return anc, err
	}
	// Put never makes a link that closes a cycle, so the depth alone
	// bounds the walk; a repeat met all the same ends it in Go.
	rows, err := a.collect(ctx, nil, `WITH RECURSIVE up(n, depth) AS (
			SELECT p.reply, 1 FROM posts p
			WHERE p.platform = $1 AND p.id = $2 AND NOT p.absent AND p.reply IS NOT NULL
		UNION ALL
			SELECT p.reply, up.depth + 1 FROM up JOIN posts p ON p.n = up.n
			WHERE NOT p.absent AND p.reply IS NOT NULL AND up.depth <= $3
		)
		SELECT `+postCols+` FROM up JOIN post_view v ON v.n = up.n ORDER BY up.depth`,
		k.Platform, k.ID, provenance.MaxDepth)
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

// Descendants returns the replies below k in thread order (each reply
// followed by its own, siblings by time, then in the order the archive
// met them), at most limit. A recursive CTE down the indexed reply links
// gives the replies' numbers, parents and times; Go orders the tree and
// reads the posts it returns.
func (a *Archive) Descendants(ctx context.Context, k provenance.Key, limit int) ([]provenance.Post, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := a.pool.Query(ctx, `WITH RECURSIVE down(n, parent, created, depth) AS (
			SELECT c.n, c.reply, c.created_ns, 1 FROM posts t JOIN posts c ON c.reply = t.n
			WHERE t.platform = $1 AND t.id = $2 AND NOT t.absent AND NOT c.absent
		UNION ALL
			SELECT c.n, c.reply, c.created_ns, d.depth + 1 FROM down d JOIN posts c ON c.reply = d.n
			WHERE NOT c.absent AND d.depth < $3
		)
		SELECT n, parent, created, depth FROM down`, k.Platform, k.ID, provenance.MaxDepth)
	if err != nil {
		return nil, describe(err, "")
	}
	type reply struct{ n, created int64 }
	kids := map[int64][]reply{}
	var top int64
	var n, parent, created int64
	var depth int
	if _, err := pgx.ForEachRow(rows, []any{&n, &parent, &created, &depth}, func() error {
		kids[parent] = append(kids[parent], reply{n, created})
		if depth == 1 {
			top = parent
		}
		return nil
	}); err != nil {
		return nil, describe(err, "")
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
	found, err := a.collect(ctx, nil, `SELECT `+postCols+` FROM post_view v WHERE v.n = ANY($1)`, order)
	if err != nil {
		return nil, err
	}
	return inOrder(found, order), nil
}

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

// Shares returns the posts quoting or reposting k, by time (among equal
// times, the last stored first, as Memory lists them).
func (a *Archive) Shares(ctx context.Context, k provenance.Key) ([]provenance.Post, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := a.collect(ctx, nil, `WITH t AS (SELECT n FROM posts WHERE platform = $1 AND id = $2 AND NOT absent),
		s AS (SELECT p.n FROM posts p JOIN t ON p.quote = t.n UNION ALL SELECT p.n FROM posts p JOIN t ON p.repost = t.n)
		SELECT `+postCols+` FROM s JOIN post_view v ON v.n = s.n ORDER BY v.created_ns, v.seq DESC`, k.Platform, k.ID)
	return posts(rows), err
}

// Timeline returns the author's posts nearest to t, from the index on
// (author, created_ns, seq): up to before posts created before t and up
// to after posts created after it, in time order (equal times in the
// order they were stored).
func (a *Archive) Timeline(ctx context.Context, platform, handle string, t time.Time, before, after int) ([]provenance.Post, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	at := t.UnixNano()
	// The author is a scalar subquery, not a join: its number then bounds
	// an ordered scan of the index that stops at the limit (joined, the
	// planner read every post of a prolific author: 0.24 s for 43 000).
	const author = `(SELECT n FROM authors WHERE platform = $1 AND handle_key = $2)`
	rows, err := a.collect(ctx, nil, `WITH sel AS (
			(SELECT p.n FROM posts p WHERE p.author = `+author+` AND NOT p.absent AND p.created_ns < $3
			 ORDER BY p.created_ns DESC, p.seq DESC LIMIT $4)
			UNION ALL
			(SELECT p.n FROM posts p WHERE p.author = `+author+` AND NOT p.absent AND p.created_ns > $3
			 ORDER BY p.created_ns, p.seq LIMIT $5))
		SELECT `+postCols+` FROM sel JOIN post_view v ON v.n = sel.n ORDER BY v.created_ns, v.seq`,
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

// scored reads the postings of terms (ids, their search key numbers),
// scores their posts as provenance.Score does (each term's weight added
// in the terms' order, in float32; records bounds the post numbers) and
// returns the limit best posts, best first.
func (a *Archive) scored(ctx context.Context, tx pgx.Tx, ids []int32, terms []provenance.Term, records, limit int) ([]provenance.Candidate, error) {
	rows, err := tx.Query(ctx, "SELECT key, posts FROM postings WHERE key = ANY($1)", ids)
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
	found, err := a.collect(ctx, tx, `SELECT `+postCols+` FROM post_view v WHERE v.n = ANY($1)`, ns)
	if err != nil {
		return nil, err
	}
	out := make([]provenance.Candidate, len(top))
	for i, p := range inOrder(found, ns) {
		out[i] = provenance.Candidate{Post: p, Score: float64(top[i].score)}
	}
	return out, nil
}
