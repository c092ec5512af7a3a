package provenance

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/guillemet/guillemet/provenance/internal/corpus"
)

var (
	sweepOnce    sync.Once
	sweepArchive *Memory
	sweepQueries []corpus.Query
)

// BenchmarkSearchLimits runs the 1M-post labelled queries under several
// settings of the ranking limits (commonShare, minKeys, postingsBudget)
// and reports latency and quality for each: the measurement behind the
// defaults (README, "Linking at scale"). Run it with -cpu 1 -benchtime 1x.
func BenchmarkSearchLimits(b *testing.B) {
	if testing.Short() {
		b.Skip("1M posts")
	}
	sweepOnce.Do(func() {
		posts := corpus.Generate(corpus.Config{Posts: 1_000_000, Seed: 1})
		var buf bytes.Buffer
		if err := corpus.WriteJSONL(&buf, posts); err != nil {
			b.Fatal(err)
		}
		sweepArchive = NewMemory()
		if _, err := (&Loader{}).ReadFrom(context.Background(), sweepArchive, "c.jsonl", &buf); err != nil {
			b.Fatal(err)
		}
		sweepQueries = corpus.Queries(posts, 2000, 5)
	})
	defaults := [3]int{commonShare, minKeys, postingsBudget}
	defer func() { commonShare, minKeys, postingsBudget = defaults[0], defaults[1], defaults[2] }()
	for _, cfg := range [][3]int{defaults, {50, 4, 200_000}, {100, 6, 60_000}, {200, 6, 50_000}} {
		b.Run(fmt.Sprintf("share=1/%d,minKeys=%d,budget=%d", cfg[0], cfg[1], cfg[2]), func(b *testing.B) {
			commonShare, minKeys, postingsBudget = cfg[0], cfg[1], cfg[2]
			ctx := context.Background()
			var times []time.Duration
			found, want, rejected, fabricated := 0, 0, 0, 0
			for range b.N {
				for _, q := range sweepQueries {
					t0 := time.Now()
					res, err := Link(ctx, sweepArchive, q.Text, nil)
					if err != nil {
						b.Fatal(err)
					}
					times = append(times, time.Since(t0))
					if q.Want == "" {
						fabricated++
						if res.Source == nil {
							rejected++
						}
					} else {
						want++
						if res.Source != nil && (res.Source.ID == q.Want || res.Source.ID == q.Also) {
							found++
						}
					}
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(found)/float64(want), "recall@1")
			b.ReportMetric(float64(rejected)/float64(fabricated), "not-found-rate")
		})
	}
}
