package provenance

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/quote"
)

// TestWidenOnce checks that an archive that widens a search from one
// ranking (Memory) returns what asking it again for each budget returns,
// on an archive with families of copies, where searches widen.
func TestWidenOnce(t *testing.T) {
	set, m := hardMemory(t, corpus.HardConfig{Config: corpus.Config{Posts: 5000, Seed: 3}, Queries: 400, QuerySeed: 4})
	ctx := context.Background()
	// plain hides Memory's rankedCandidates: candidates asks again.
	type plain struct{ Archive }
	widened := 0
	for _, q := range set.Queries {
		query := NewQuery(q.Text)
		once, err := candidates(ctx, m, query, 12, 96)
		if err != nil {
			t.Fatal(err)
		}
		again, err := candidates(ctx, plain{m}, query, 12, 96)
		if err != nil {
			t.Fatal(err)
		}
		if len(once) > 12 {
			widened++
		}
		if len(once) != len(again) {
			t.Fatalf("%s: %d candidates from one ranking, %d asked again", q.ID, len(once), len(again))
		}
		for i := range once {
			if once[i].Post.Key() != again[i].Post.Key() || once[i].Score != again[i].Score {
				t.Fatalf("%s: candidate %d is %v (%g) from one ranking, %v (%g) asked again", q.ID, i,
					once[i].Post.Key(), once[i].Score, again[i].Post.Key(), again[i].Score)
			}
		}
	}
	if widened == 0 {
		t.Fatal("no search widened: the test proves nothing")
	}
	t.Logf("%d of %d searches widened", widened, len(set.Queries))
}

// hardMemory generates the hard labelled set cfg describes and loads its
// posts into a Memory through the JSON Lines reader.
func hardMemory(t *testing.T, cfg corpus.HardConfig) (corpus.HardSet, *Memory) {
	t.Helper()
	set := corpus.Hard(cfg)
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, set.Posts); err != nil {
		t.Fatal(err)
	}
	m := NewMemory()
	if _, err := (&Loader{}).ReadFrom(context.Background(), m, "hard.jsonl", &buf); err != nil {
		t.Fatal(err)
	}
	return set, m
}

// TestPrunedRanking checks that the scoring that skips what cannot
// change the answer (scorer.scoreTop) ranks as the full scoring does:
// the same posts with the same scores, for the widened search of every
// query of the hard set and for the window searches of its halves, on
// an archive with families of copies; and that it skipped something.
func TestPrunedRanking(t *testing.T) {
	set, m := hardMemory(t, corpus.HardConfig{Config: corpus.Config{Posts: 20_000, Seed: 5}, Queries: 1000, QuerySeed: 6})
	x, lim := m.idx, m.limits
	full := func(q Query, limit, most int, share float64) []hit {
		return rank(q, m.posts, len(m.recs), limit, most, share, lim, x.df, func(sc *scorer, t Term) {
			for _, p := range x.postings[must(x.id(t.Key))] {
				sc.add(p, t.Weight)
			}
		}, nil)
	}
	searches, pruned := 0, 0
	check := func(id, text string, limit, most int, share float64) {
		q := NewQuery(text)
		got, want := x.search(q, m.posts, len(m.recs), limit, most, share, lim), full(q, limit, most, share)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%s %q (limit %d, most %d, share %g):\npruned %v\nfull   %v", id, text, limit, most, share, got, want)
		}
		searches++
		sc := scorerPool.Get().(*scorer)
		sc.score = make([]float32, len(m.recs))
		if _, p := sc.scoreTop(q.Terms(m.posts, x.df, lim), func(sc *scorer, t Term) {
			for _, p := range x.postings[must(x.id(t.Key))] {
				sc.add(p, t.Weight)
			}
		}, x.list, limit, max(limit, most), share); p < max(limit, most) {
			pruned++
		}
	}
	for _, qu := range set.Queries {
		check(qu.ID, qu.Text, 12, 96, 0)
		pq, err := quote.Prepare(qu.Text)
		if err != nil {
			continue
		}
		for _, h := range halves(pq.Words()) {
			check(qu.ID, qu.Text[h.span.Start:h.span.End], 12, 12, windowScore)
		}
	}
	if pruned == 0 {
		t.Fatal("no search was pruned: the test proves nothing")
	}
	t.Logf("%d of %d searches pruned", pruned, searches)
}

// must returns a key's number, known to be held.
func must(id int32, ok bool) int32 {
	if !ok {
		panic("provenance: a term's key is not in the index")
	}
	return id
}
