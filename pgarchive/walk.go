package pgarchive

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/provenance"
)

// The walks along the reply links: up a chain (Ancestors, and a batch's
// cycle checks), down a thread (Descendants). One database walks them in
// a recursive CTE, one query. A sharded archive walks them a level a
// query, each a lookup by post numbers that every shard answers from its
// indexes (keySQL, linksSQL, repliesSQL): the step of a recursive CTE
// joins its rows to posts, which the coordinator does by reading the
// shards' posts whole, or, joined LATERAL, by a remote query a row,
// which measured 7 to 70 ms a walk at 100 000 posts where each lookup by
// numbers takes about 1 ms.

// keySQL reads the number, parent (0: none) and placeholder flag of the
// post of key ($1, $2).
const keySQL = `SELECT n, coalesce(reply, 0), absent FROM posts WHERE platform = $1 AND id = $2 AND NOT absent`

// linksSQL reads the same of the posts numbered $1.
const linksSQL = `SELECT n, coalesce(reply, 0), absent FROM posts WHERE n = ANY($1)`

// repliesSQL reads the numbers, parents and times of the posts replying
// to the posts numbered $1.
const repliesSQL = `SELECT n, reply, coalesce(created_ns, 0) FROM posts WHERE reply = ANY($1) AND NOT absent`

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// link is a post's number, parent (0: none) and placeholder flag.
type link struct {
	n, reply int64
	absent   bool
}

// readLinks runs keySQL or linksSQL.
func readLinks(ctx context.Context, q querier, sql string, args ...any) ([]link, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, describe(err, "")
	}
	var out []link
	var l link
	_, err = pgx.ForEachRow(rows, []any{&l.n, &l.reply, &l.absent}, func() error {
		out = append(out, l)
		return nil
	})
	return out, describe(err, "")
}

// chainUp returns the rows of the reply chain above k as ancestorsSQL
// does, parent first: a placeholder ends it, and so does a post met
// twice (which is returned once more) or the depth past
// provenance.MaxDepth.
func (a *Archive) chainUp(ctx context.Context, k provenance.Key) ([]row, error) {
	ls, err := readLinks(ctx, a.pool, keySQL, k.Platform, k.ID)
	if err != nil || len(ls) == 0 {
		return nil, err
	}
	var chain []int64
	seen := map[int64]bool{}
	for next, depth := ls[0].reply, 1; next != 0; depth++ {
		chain = append(chain, next)
		if seen[next] || depth > provenance.MaxDepth {
			break
		}
		seen[next] = true
		ls, err := readLinks(ctx, a.pool, linksSQL, []int64{next})
		if err != nil {
			return nil, err
		}
		next = 0
		if len(ls) == 1 && !ls[0].absent {
			next = ls[0].reply
		}
	}
	got, err := a.collect(ctx, nil, byNumber, chain)
	if err != nil {
		return nil, err
	}
	byN := make(map[int64]row, len(got))
	for _, r := range got {
		byN[r.n] = r
	}
	out := make([]row, 0, len(chain))
	for _, n := range chain {
		if r, ok := byN[n]; ok {
			out = append(out, r)
		}
	}
	return out, nil
}

// reply is a reply's number and time.
type reply struct{ n, created int64 }

// replies returns the replies below k, by parent, at most
// provenance.MaxDepth levels down, and the number of k (top); none when
// k is not held.
func (a *Archive) replies(ctx context.Context, k provenance.Key) (kids map[int64][]reply, top int64, err error) {
	kids = map[int64][]reply{}
	var n, parent, created int64
	var depth int
	note := func() error {
		kids[parent] = append(kids[parent], reply{n, created})
		return nil
	}
	if !a.sharded {
		rows, err := a.pool.Query(ctx, descendantsSQL, k.Platform, k.ID, provenance.MaxDepth)
		if err != nil {
			return nil, 0, describe(err, "")
		}
		_, err = pgx.ForEachRow(rows, []any{&n, &parent, &created, &depth}, func() error {
			if depth == 1 {
				top = parent
			}
			return note()
		})
		return kids, top, describe(err, "")
	}
	ls, err := readLinks(ctx, a.pool, keySQL, k.Platform, k.ID)
	if err != nil || len(ls) == 0 {
		return kids, 0, err
	}
	top = ls[0].n
	level := []int64{top}
	for depth := 1; len(level) > 0 && depth <= provenance.MaxDepth; depth++ {
		rows, err := a.pool.Query(ctx, repliesSQL, level)
		if err != nil {
			return nil, 0, describe(err, "")
		}
		level = level[:0:0]
		if _, err := pgx.ForEachRow(rows, []any{&n, &parent, &created}, func() error {
			level = append(level, n)
			return note()
		}); err != nil {
			return nil, 0, describe(err, "")
		}
	}
	return kids, top, nil
}
