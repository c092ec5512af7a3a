package provenance_test

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
	"github.com/stretchr/testify/require"
)

// buildArchive generates n posts (seed) and loads them through the
// canonical JSON Lines reader, as the command line would.
func buildArchive(tb testing.TB, n int, seed uint64) (*provenance.Memory, []corpus.Post, int) {
	tb.Helper()
	posts := corpus.Generate(corpus.Config{Posts: n, Seed: seed})
	var buf bytes.Buffer
	require.NoError(tb, corpus.WriteJSONL(&buf, posts))
	size := buf.Len()
	m := provenance.NewMemory()
	var rej []string
	st, err := (&provenance.Loader{Reject: func(r provenance.Rejection) { rej = append(rej, r.Error()) }}).
		ReadFrom(context.Background(), m, "corpus.jsonl", &buf)
	require.NoError(tb, err)
	require.Empty(tb, rej)
	require.Equal(tb, n, st.Loaded+st.Duplicates)
	return m, posts, size
}

// kindScore counts one kind of query.
type kindScore struct {
	n, top1, verdict, notFound int
}

// TestLinkQuality measures Link on a generated labelled set: 1 200
// queries of every kind over 20 000 posts. It prints the table the
// README records, and fails under the targets of the provenance issue.
func TestLinkQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20 000-post archive")
	}
	ctx := context.Background()
	m, posts, _ := buildArchive(t, 20000, 7)
	queries := corpus.Queries(posts, 1200, 11)
	require.GreaterOrEqual(t, len(queries), 1000)

	scores := map[corpus.QueryKind]*kindScore{}
	var misses []string
	for _, q := range queries {
		s := scores[q.Kind]
		if s == nil {
			s = &kindScore{}
			scores[q.Kind] = s
		}
		s.n++
		res, err := provenance.Link(ctx, m, q.Text, nil)
		require.NoError(t, err, q.ID)
		got := ""
		if res.Source != nil {
			got = res.Source.ID
		}
		switch {
		case q.Want == "" && got == "":
			s.notFound++
			s.top1++
		case q.Want != "" && (got == q.Want || q.Also != "" && got == q.Also):
			s.top1++
		}
		if res.Verdict.String() == q.Verdict {
			s.verdict++
		}
		if (q.Want == "") != (got == "") || q.Want != "" && got != q.Want && got != q.Also || res.Verdict.String() != q.Verdict {
			if len(misses) < 40 {
				misses = append(misses, fmt.Sprintf("%s %s want %s/%s got %s/%s (%.2f): %q", q.ID, q.Kind, q.Want, q.Verdict, got, res.Verdict, res.Score, q.Text))
			}
		}
	}
	var kinds []string
	for k := range scores {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	var b strings.Builder
	fmt.Fprintf(&b, "\n| query kind | queries | source first (recall@1) | verdict right |\n|---|---|---|---|\n")
	total, right := 0, 0
	for _, k := range kinds {
		s := scores[corpus.QueryKind(k)]
		fmt.Fprintf(&b, "| %s | %d | %.3f | %.3f |\n", k, s.n, ratio(s.top1, s.n), ratio(s.verdict, s.n))
		total += s.n
		right += s.verdict
	}
	fmt.Fprintf(&b, "| all | %d | | %.3f |\n", total, ratio(right, total))
	t.Log(b.String())
	for _, m := range misses {
		t.Log("miss: " + m)
	}
	target := map[corpus.QueryKind]float64{
		corpus.Variant: 0.98, corpus.Excerpt: 0.98, corpus.OCR: 0.95, corpus.Elided: 0.95, corpus.Fabricated: 0.98,
	}
	for k, want := range target {
		s := scores[k]
		require.NotNil(t, s, "no query of kind %s", k)
		require.GreaterOrEqual(t, ratio(s.top1, s.n), want, "recall@1 for %s", k)
	}
	require.GreaterOrEqual(t, ratio(right, total), 0.95, "verdict accuracy")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
