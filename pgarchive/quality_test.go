package pgarchive_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
)

// loadCorpus generates n posts (seed), writes them as JSON Lines and
// loads them through the loader into each sink, failing on any
// rejection.
func loadCorpus(t testing.TB, n int, seed uint64, sinks ...provenance.Sink) []corpus.Post {
	t.Helper()
	posts := corpus.Generate(corpus.Config{Posts: n, Seed: seed})
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, posts); err != nil {
		t.Fatal(err)
	}
	for _, s := range sinks {
		l := &provenance.Loader{Reject: func(r provenance.Rejection) { t.Errorf("rejected: %v", r) }}
		st, err := l.ReadFrom(context.Background(), s, "corpus.jsonl", bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if st.Loaded+st.Duplicates != n {
			t.Fatalf("%T: %v, want %d posts", s, st, n)
		}
	}
	return posts
}

// TestLabelledSet runs the provenance labelled set (TestLinkQuality's:
// 1 200 queries of every kind over 20 000 generated posts) against the
// memory archive and the database, and requires the same answers: the
// verdict, the source, every candidate aligned with its score, the
// thread, the shares, the author's posts around it, and the report.
func TestLabelledSet(t *testing.T) {
	db, _ := openEmpty(t)
	posts, queries := 20000, 1200
	if testing.Short() {
		posts, queries = 4000, 300
	}
	mem := provenance.NewMemory()
	corpusPosts := loadCorpus(t, posts, 7, mem, db)
	ctx := context.Background()
	for _, m := range []provenance.Archive{mem, db} {
		if n, err := m.Len(ctx); err != nil || n != posts {
			t.Fatalf("%T: Len = %d, %v; want %d", m, n, err, posts)
		}
	}
	differ := 0
	for _, q := range corpus.Queries(corpusPosts, queries, 11) {
		want, err := provenance.Link(ctx, mem, q.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := provenance.Link(ctx, db, q.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if w, g := answer(want), answer(got); w != g {
			differ++
			if differ <= 5 {
				t.Errorf("%s %s %q:\nmemory:\n%s\ndatabase:\n%s", q.ID, q.Kind, q.Text, w, g)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d answers differ", differ, queries)
	}
}

// answer writes what Link found, every post by its key and date.
func answer(r *provenance.Result) string {
	var b strings.Builder
	key := func(p *provenance.Post) string {
		if p == nil {
			return "-"
		}
		return p.Key().String() + "@" + p.CreatedAt.Format("2006-01-02T15:04:05.999999999Z07:00") + "/" + p.Author
	}
	list := func(name string, posts []provenance.Post) {
		fmt.Fprintf(&b, "%s:", name)
		for i := range posts {
			b.WriteString(" " + key(&posts[i]))
		}
		b.WriteString("\n")
	}
	matches := func(name string, ms []provenance.Match) {
		fmt.Fprintf(&b, "%s:", name)
		for _, m := range ms {
			fmt.Fprintf(&b, " %s %s %.6f %v", key(&m.Post), m.Alignment.Verdict, m.Alignment.Score, m.Supported)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s %.6f source %s\n", r.Verdict, r.Score, key(r.Source))
	if r.Also != nil {
		fmt.Fprintf(&b, "also %s\n", key(&r.Also.Post))
	}
	matches("candidates", r.Candidates)
	matches("also posted", r.AlsoPosted)
	th := r.Thread
	fmt.Fprintf(&b, "thread root %s broken %q cycle %v conversation %s\n", th.Root, th.BrokenAt, th.Cycle, th.Conversation)
	list("ancestors", th.Ancestors)
	list("replies", th.Replies)
	list("shares", r.Shares)
	list("before", r.Before)
	list("after", r.After)
	b.WriteString(r.String())
	return b.String()
}
