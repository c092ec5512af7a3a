package corpus_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/stretchr/testify/require"
)

// TestHard checks the hard set's labels: every kind drawn, sources that
// are the earliest of their family and never a copy, both splits, the
// short-word slips written, copies after their source, and the same
// bytes for the same config.
func TestHard(t *testing.T) {
	cfg := corpus.HardConfig{Config: corpus.Config{Posts: 20000, Seed: 3}, Queries: 1000, QuerySeed: 4}
	set := corpus.Hard(cfg)
	require.Greater(t, len(set.Posts), 20000)
	require.True(t, slices.IsSortedFunc(set.Posts, func(a, b corpus.Post) int { return a.CreatedAt.Compare(b.CreatedAt) }))
	byID := map[string]corpus.Post{}
	for _, p := range set.Posts {
		_, dup := byID[p.ID]
		require.False(t, dup, p.ID)
		byID[p.ID] = p
	}
	for copyID, srcID := range set.Source {
		require.True(t, byID[srcID].CreatedAt.Before(byID[copyID].CreatedAt), copyID)
	}
	kinds := map[corpus.QueryKind]int{}
	splits := map[string]int{}
	for _, q := range set.Queries {
		kinds[q.Kind]++
		splits[q.Split()]++
		if q.Want != "" {
			// A copy is the source only of an excerpt of its own words.
			if _, isCopy := set.Source[q.Want]; isCopy {
				require.Contains(t, []corpus.QueryKind{corpus.Copied, corpus.ShortQuote}, q.Kind, q.ID)
				require.Contains(t, byID[q.Want].Text, q.Text, q.ID)
			}
		}
		switch q.Kind {
		case corpus.ShortQuote:
			require.Contains(t, []string{"8-15"}, q.LengthClass(), q.Text)
		case corpus.ShortOCR:
			require.True(t, q.ShortSlips >= 1 && q.ShortSlips <= 3 && q.Slips >= q.ShortSlips, q.ID)
		case corpus.Unseen, corpus.Paraphrase:
			require.Empty(t, q.Want)
			require.Equal(t, "not_found", q.Verdict)
		case corpus.Splice:
			require.NotEqual(t, byID[q.Want].Author, byID[q.Also].Author)
		}
	}
	for _, k := range []corpus.QueryKind{corpus.Copied, corpus.ShortQuote, corpus.ShortOCR, corpus.Unseen, corpus.Paraphrase, corpus.Splice, corpus.Variant, corpus.Fabricated} {
		require.Positive(t, kinds[k], k)
	}
	t.Log(kinds, splits, len(set.Posts), len(set.Queries))
	require.InDelta(t, 0.5, float64(splits["dev"])/float64(len(set.Queries)), 0.05)
	again := corpus.Hard(cfg)
	require.Equal(t, set.Queries, again.Queries)
	require.Equal(t, len(set.Posts), len(again.Posts))
	n := 0
	for _, q := range set.Queries {
		if q.Kind == corpus.ShortOCR && n < 3 {
			n++
			t.Log(q.ShortSlips, q.Slips, q.Text)
		}
		if q.Kind == corpus.Paraphrase && strings.Count(q.Text, " ") > 0 && n < 6 {
			n++
			t.Log("paraphrase: ", q.Text)
		}
	}
}

// TestWide checks that Config.Wide widens the vocabulary and nothing
// else: the same number of posts, more word forms (a half more at
// 20 000 posts, more the larger the corpus: the tail is long).
func TestWide(t *testing.T) {
	forms := func(posts []corpus.Post) int {
		seen := map[string]bool{}
		for _, p := range posts {
			for _, w := range strings.Fields(strings.ToLower(p.Text)) {
				seen[strings.Trim(w, ".,;:!?«»\"()…")] = true
			}
		}
		return len(seen)
	}
	narrow := corpus.Generate(corpus.Config{Posts: 20000, Seed: 5})
	wide := corpus.Generate(corpus.Config{Posts: 20000, Seed: 5, Wide: true})
	require.Len(t, wide, len(narrow))
	n, w := forms(narrow), forms(wide)
	t.Logf("word forms over 20 000 posts: %d, wide %d", n, w)
	require.Greater(t, w, n*4/3)
}
