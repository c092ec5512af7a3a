package provenance

import (
	"cmp"
	"slices"
)

// graph is how the walks along reply and share links read an archive's
// records: Memory's slice of records, or a saved archive's bytes (Saved),
// so that both answer with the same code.
type graph interface {
	// links returns record n's numbers, date and flags (its strings may
	// be left empty); a number out of range reads as an absent record
	// without links.
	links(n int32) rec
	// id returns record n's id.
	id(n int32) string
	// post returns the Post of record n.
	post(n int32) Post
	// records returns the number of records, posts and placeholders.
	records() int
}

// ancestors walks the reply links above n.
func ancestors(g graph, n int32) Ancestry {
	var a Ancestry
	seen := map[int32]bool{n: true}
	for p := g.links(n).reply; p != none; p = g.links(p).reply {
		if g.links(p).absent {
			a.BrokenAt = g.id(p)
			break
		}
		if seen[p] || len(a.Posts) >= MaxDepth {
			a.Cycle = seen[p]
			break
		}
		seen[p] = true
		a.Posts = append(a.Posts, g.post(p))
	}
	slices.Reverse(a.Posts)
	return a
}

// descendants walks the replies below n in thread order, at most limit
// posts (≤ 0: all).
func descendants(g graph, n int32, limit int) []Post {
	var out []Post
	seen := map[int32]bool{n: true}
	records := g.records()
	var walk func(n int32, depth int)
	walk = func(n int32, depth int) {
		if depth >= MaxDepth {
			return
		}
		var kids []int32
		var created []int64
		// A sibling list is at most every record long (the bound only
		// matters for a damaged saved archive).
		for c, steps := g.links(n).child, 0; c != none && steps < records; c, steps = g.links(c).next, steps+1 {
			if r := g.links(c); !r.absent && !seen[c] {
				kids = append(kids, c)
				created = append(created, r.created)
			}
		}
		order := make([]int, len(kids))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int {
			return cmp.Or(cmp.Compare(created[a], created[b]), cmp.Compare(kids[a], kids[b]))
		})
		for _, i := range order {
			c := kids[i]
			if limit > 0 && len(out) >= limit {
				return
			}
			if seen[c] {
				continue
			}
			seen[c] = true
			out = append(out, g.post(c))
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return out
}

// shares lists the posts quoting or reposting n, by time.
func shares(g graph, n int32) []Post {
	var out []Post
	for s, steps := g.links(n).share, 0; s != none && steps < MaxDepth; s, steps = g.links(s).nextSh, steps+1 {
		out = append(out, g.post(s))
	}
	slices.SortStableFunc(out, func(a, b Post) int { return a.CreatedAt.Compare(b.CreatedAt) })
	return out
}
