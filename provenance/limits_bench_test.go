package provenance

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

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
func measureLinks(b *testing.B, m Archive, qs []corpus.Query, n int) {
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
// settings of the ranking limits (Limits: CommonShare, MinKeys, Budget),
// each set on its own archive through WithLimits, and reports latency
// and quality for each: the measurement behind the defaults (README,
// "Provenance" performance). Run it with -cpu 1 -benchtime 1x.
func BenchmarkSearchLimits(b *testing.B) {
	if testing.Short() {
		b.Skip("1M posts")
	}
	posts := corpus.Generate(corpus.Config{Posts: 1_000_000, Seed: 1})
	var data bytes.Buffer
	if err := corpus.WriteJSONL(&data, posts); err != nil {
		b.Fatal(err)
	}
	qs := corpus.Queries(posts, 2000, 5)
	for _, lim := range []Limits{{}, {CommonShare: 50, MinKeys: 4, Budget: 200_000}, {CommonShare: 100, MinKeys: 6, Budget: 60_000}, {CommonShare: 200, MinKeys: 6, Budget: 50_000}} {
		set := lim.withDefaults()
		b.Run(fmt.Sprintf("share=1/%d,minKeys=%d,budget=%d", set.CommonShare, set.MinKeys, set.Budget), func(b *testing.B) {
			m := NewMemory(WithLimits(lim))
			if _, err := (&Loader{}).ReadFrom(context.Background(), m, "c.jsonl", bytes.NewReader(data.Bytes())); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			measureLinks(b, m, qs, b.N*len(qs))
		})
	}
}
