package pgarchive_test

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
)

// BenchmarkScale ingests a generated corpus (100 000 and, without
// -short, 1 000 000 posts) into a fresh schema as guillemet ingest does
// (a Writer committing every 20 000 posts),
// loads it into Memory too, and links 1 000 labelled queries against
// each: posts/s of the ingest, Link's p50 and p99 on both archives, and
// the queries whose answers differ (0 expected). Run it alone:
//
//	go test -run '^$' -bench Scale -benchtime 1x ./pgarchive
func BenchmarkScale(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("1M posts")
			}
			ctx := context.Background()
			posts := corpus.Generate(corpus.Config{Posts: n, Seed: 1})
			var buf bytes.Buffer
			if err := corpus.WriteJSONL(&buf, posts); err != nil {
				b.Fatal(err)
			}
			queries := corpus.Queries(posts, 1000, 11)
			mem := provenance.NewMemory()
			if _, err := ingest(ctx, mem, buf.Bytes()); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for range b.N {
				db, _ := openEmpty(b)
				start := time.Now()
				w := db.Writer(20_000) // as guillemet ingest
				st, err := ingest(ctx, w, buf.Bytes())
				if err == nil {
					err = w.Flush(ctx)
				}
				if err == nil {
					err = db.Analyze(ctx)
				}
				if err != nil || st.Loaded != n {
					b.Fatalf("ingest: %v, %v", st, err)
				}
				b.ReportMetric(float64(n)/time.Since(start).Seconds(), "ingest-posts/s")
				differ := 0
				var memTimes, dbTimes []time.Duration
				for _, q := range queries {
					t0 := time.Now()
					want, err := provenance.Link(ctx, mem, q.Text, nil)
					t1 := time.Now()
					got, err2 := provenance.Link(ctx, db, q.Text, nil)
					t2 := time.Now()
					if err != nil || err2 != nil {
						b.Fatal(err, err2)
					}
					memTimes, dbTimes = append(memTimes, t1.Sub(t0)), append(dbTimes, t2.Sub(t1))
					if answer(want) != answer(got) {
						differ++
					}
				}
				b.ReportMetric(pct(memTimes, 50), "mem-p50-ms")
				b.ReportMetric(pct(memTimes, 99), "mem-p99-ms")
				b.ReportMetric(pct(dbTimes, 50), "db-p50-ms")
				b.ReportMetric(pct(dbTimes, 99), "db-p99-ms")
				b.ReportMetric(float64(differ), "answers-differ")
			}
		})
	}
}

// pct returns the p-th percentile of ds in milliseconds.
func pct(ds []time.Duration, p int) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	return float64(s[min(len(s)-1, len(s)*p/100)]) / float64(time.Millisecond)
}
