package server

import (
	"path/filepath"
	"strings"

	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

// Where a post was read, as the server tells its clients ("from" in the
// JSON, « Lu dans » on the page): never where the files lie on the
// server's disk, which is none of a client's business and tells an
// attacker how the server is laid out.
//
// A file read under one of Config.Roots, the paths the archive was loaded
// from, is named from that root's last element on: under the root
// /srv/exports, /srv/exports/ana/data/tweets.js is exports/ana/data/tweets.js,
// and an entry of the ZIP /srv/ana.zip given as a root is ana.zip/outbox.json.
// Another file (a saved archive or a database records the names given
// to guillemet index or ingest, whose roots the server does not know) is
// named by its last element (/srv/exports/ana.jsonl is ana.jsonl), or,
// inside a ZIP archive, from the ZIP's name on when it ends in .zip
// (/srv/exports/x-2024.zip/data/tweets.js is x-2024.zip/data/tweets.js).
// The place in the file (a line, a JSON path) is kept.

// fileNamer names the files of the posts a server answers with.
type fileNamer struct{ roots []string }

// name returns how file is shown to a client.
func (n fileNamer) name(file string) string {
	clean := filepath.Clean(file)
	for _, root := range n.roots {
		root = filepath.Clean(root)
		rel, err := filepath.Rel(root, clean)
		if err != nil || climbs(rel) {
			continue
		}
		base := filepath.Base(root)
		switch {
		case base == "." || base == ".." || base == string(filepath.Separator):
			return filepath.ToSlash(rel)
		case rel == ".":
			return base
		}
		return base + "/" + filepath.ToSlash(rel)
	}
	parts := strings.Split(filepath.ToSlash(clean), "/")
	for i := len(parts) - 2; i >= 0; i-- {
		if strings.HasSuffix(strings.ToLower(parts[i]), ".zip") {
			return strings.Join(parts[i:], "/")
		}
	}
	return parts[len(parts)-1]
}

// climbs reports whether a clean relative path goes above where it
// starts.
func climbs(rel string) bool {
	return rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel)
}

// post returns p with its origins' files named for a client; p's own
// From is not written to.
func (n fileNamer) post(p provenance.Post) provenance.Post {
	if len(p.From) == 0 {
		return p
	}
	from := make([]provenance.Origin, len(p.From))
	for i, o := range p.From {
		o.File = n.name(o.File)
		from[i] = o
	}
	p.From = from
	return p
}

// each returns f of each of xs, in a new slice; nil for nil.
func each[T any](xs []T, f func(T) T) []T {
	if xs == nil {
		return nil
	}
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// posts returns ps, each named by post, in a new slice.
func (n fileNamer) posts(ps []provenance.Post) []provenance.Post { return each(ps, n.post) }

// matches returns ms, each post named by post, in a new slice.
func (n fileNamer) matches(ms []provenance.Match) []provenance.Match {
	return each(ms, func(m provenance.Match) provenance.Match { m.Post = n.post(m.Post); return m })
}

// result returns a copy of r whose posts, every one a renderer shows,
// are named by post; nil for nil.
func (n fileNamer) result(r *provenance.Result) *provenance.Result {
	if r == nil {
		return nil
	}
	c := *r
	if r.Source != nil {
		src := n.post(*r.Source)
		c.Source = &src
	}
	if r.Also != nil {
		also := *r.Also
		also.Post = n.post(also.Post)
		c.Also = &also
	}
	c.AlsoPosted, c.Candidates = n.matches(r.AlsoPosted), n.matches(r.Candidates)
	c.Thread.Ancestors, c.Thread.Replies = n.posts(r.Thread.Ancestors), n.posts(r.Thread.Replies)
	c.Shares, c.Before, c.After = n.posts(r.Shares), n.posts(r.Before), n.posts(r.After)
	return &c
}

// montage returns a copy of m whose items' results are named by result.
func (n fileNamer) montage(m *montage.Montage) *montage.Montage {
	c := *m
	c.Items = make([]montage.ItemJudgment, len(m.Items))
	for i, it := range m.Items {
		it.Link = n.result(it.Link)
		c.Items[i] = it
	}
	return &c
}

// thread returns the posts of a thread answer, named by post.
func (n fileNamer) thread(p provenance.Post, t provenance.Thread) (provenance.Post, provenance.Thread) {
	t.Ancestors, t.Replies = n.posts(t.Ancestors), n.posts(t.Replies)
	return n.post(p), t
}
