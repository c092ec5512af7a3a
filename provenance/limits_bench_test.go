package provenance

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/corpus"
)

var (
	bigOnce    sync.Once
	bigArchive *Memory
	bigQueries []corpus.Query
)

// loadBig builds, once per test binary, the archive of 1 000 000
// generated posts (seed 1, loaded through the JSON Lines reader) and
// 2 000 labelled queries of every kind.
func loadBig(b *testing.B) (*Memory, []corpus.Query) {
	if testing.Short() {
		b.Skip("1M posts")
	}
	bigOnce.Do(func() {
		posts := corpus.Generate(corpus.Config{Posts: 1_000_000, Seed: 1})
		var buf bytes.Buffer
		if err := corpus.WriteJSONL(&buf, posts); err != nil {
			b.Fatal(err)
		}
		bigArchive = NewMemory()
		if _, err := (&Loader{}).ReadFrom(context.Background(), bigArchive, "c.jsonl", &buf); err != nil {
			b.Fatal(err)
		}
		bigQueries = corpus.Queries(posts, 2000, 5)
	})
	if bigArchive == nil {
		b.Fatal("the 1M archive could not be built")
	}
	return bigArchive, bigQueries
}

// measureLinks links n queries, round robin, and reports the latency
// percentiles and the quality: the source first for the queries that
// have one, not_found for fabricated sentences.
func measureLinks(b *testing.B, m *Memory, qs []corpus.Query, n int) {
	ctx := context.Background()
	times := make([]time.Duration, 0, n)
	var found, want, rejected, fabricated int
	for i := range n {
		q := qs[i%len(qs)]
		t0 := time.Now()
		res, err := Link(ctx, m, q.Text, nil)
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
		if q.Want == "" {
			fabricated++
			if res.Source == nil {
				rejected++
			}
			continue
		}
		want++
		if res.Source != nil && (res.Source.ID == q.Want || res.Source.ID == q.Also) {
			found++
		}
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
	if want > 0 {
		b.ReportMetric(float64(found)/float64(want), "recall@1")
	}
	if fabricated > 0 {
		b.ReportMetric(float64(rejected)/float64(fabricated), "not-found-rate")
	}
}

// BenchmarkLink1M links quotes of every kind against 1 000 000 posts.
// Targets on one core (-cpu 1): p50 ≤ 2 ms, p99 ≤ 20 ms, with recall@1
// as the labelled set's.
func BenchmarkLink1M(b *testing.B) {
	m, qs := loadBig(b)
	b.ResetTimer()
	measureLinks(b, m, qs, b.N)
}

// BenchmarkSearchLimits runs the 2 000 queries at 1M posts under several
// settings of the ranking limits (commonShare, minKeys, postingsBudget)
// and reports latency and quality for each: the measurement behind the
// defaults (README, "Provenance" performance). Run it with -cpu 1
// -benchtime 1x.
func BenchmarkSearchLimits(b *testing.B) {
	m, qs := loadBig(b)
	defaults := [3]int{commonShare, minKeys, postingsBudget}
	defer func() { commonShare, minKeys, postingsBudget = defaults[0], defaults[1], defaults[2] }()
	for _, cfg := range [][3]int{defaults, {50, 4, 200_000}, {100, 6, 60_000}, {200, 6, 50_000}} {
		b.Run(fmt.Sprintf("share=1/%d,minKeys=%d,budget=%d", cfg[0], cfg[1], cfg[2]), func(b *testing.B) {
			commonShare, minKeys, postingsBudget = cfg[0], cfg[1], cfg[2]
			measureLinks(b, m, qs, b.N*len(qs))
		})
	}
}

// BenchmarkMontage1M judges 6-item composites (texts of the labelled
// queries, screen order as drawn) against 1 000 000 posts, abuse
// classification included. Target on one core: p50 ≤ 15 ms.
func BenchmarkMontage1M(b *testing.B) {
	m, qs := loadBig(b)
	opts := MontageOptions{Classifier: abuse.New()}
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		var c Composite
		for k := range 6 {
			q := qs[(i*6+k)%len(qs)]
			c.Items = append(c.Items, Item{Text: q.Text})
		}
		t0 := time.Now()
		if _, err := JudgeMontage(ctx, m, c, opts); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
}
