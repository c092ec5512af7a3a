package provenance

import (
	"bytes"
	"context"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
)

// TestWidenOnce checks that an archive that widens a search from one
// ranking (Memory) returns what asking it again for each budget returns,
// on an archive with families of copies, where searches widen.
func TestWidenOnce(t *testing.T) {
	set := corpus.Hard(corpus.HardConfig{Config: corpus.Config{Posts: 5000, Seed: 3}, Queries: 400, QuerySeed: 4})
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, set.Posts); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	m := NewMemory()
	if _, err := (&Loader{}).ReadFrom(ctx, m, "hard.jsonl", &buf); err != nil {
		t.Fatal(err)
	}
	// plain hides Memory's widenedCandidates: candidates asks again.
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
