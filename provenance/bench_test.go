package provenance_test

import (
	"bytes"
	"context"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/provenance/internal/corpus"
)

// corpusJSONL caches generated corpora as JSON Lines, by size.
var corpusJSONL sync.Map

func jsonl(b *testing.B, n int) []byte {
	if v, ok := corpusJSONL.Load(n); ok {
		return v.([]byte)
	}
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, corpus.Generate(corpus.Config{Posts: n, Seed: 1})); err != nil {
		b.Fatal(err)
	}
	corpusJSONL.Store(n, buf.Bytes())
	return buf.Bytes()
}

// BenchmarkIngestJSONL loads 100 000 canonical posts (reading,
// decoding, storing and indexing). Target: 100 000 posts/s or more.
func BenchmarkIngestJSONL(b *testing.B) {
	data := jsonl(b, 100_000)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		m := provenance.NewMemory()
		if _, err := (&provenance.Loader{}).ReadFrom(context.Background(), m, "c.jsonl", bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(100_000*b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkHeap reports the live heap of an indexed archive against the
// size of its JSON Lines. Target: 1.5 or less.
func BenchmarkHeap(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("1M posts")
			}
			data := jsonl(b, n)
			var ratio, heap float64
			for range b.N {
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				m := provenance.NewMemory()
				if _, err := (&provenance.Loader{}).ReadFrom(context.Background(), m, "c.jsonl", bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
				// Two collections: the first leaves sync.Pool contents in
				// the pools' victim caches, the second frees them. What
				// remains is the archive.
				runtime.GC()
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				heap = float64(after.HeapAlloc) - float64(before.HeapAlloc)
				ratio = heap / float64(len(data))
				runtime.KeepAlive(m)
			}
			b.ReportMetric(heap/(1<<20), "heap-MB")
			b.ReportMetric(float64(len(data))/(1<<20), "jsonl-MB")
			b.ReportMetric(ratio, "heap/jsonl")
		})
	}
}

var (
	bigOnce  sync.Once
	bigMem   *provenance.Memory
	bigQuery []corpus.Query
)

// BenchmarkLink1M links quotes of every kind against 1 000 000 posts
// and reports the latency percentiles. Targets on one core: p50 ≤ 2 ms,
// p99 ≤ 20 ms.
func BenchmarkLink1M(b *testing.B) {
	if testing.Short() {
		b.Skip("1M posts")
	}
	bigOnce.Do(func() {
		posts := corpus.Generate(corpus.Config{Posts: 1_000_000, Seed: 1})
		var buf bytes.Buffer
		if err := corpus.WriteJSONL(&buf, posts); err != nil {
			b.Fatal(err)
		}
		bigMem = provenance.NewMemory()
		if _, err := (&provenance.Loader{}).ReadFrom(context.Background(), bigMem, "c.jsonl", &buf); err != nil {
			b.Fatal(err)
		}
		bigQuery = corpus.Queries(posts, 2000, 5)
	})
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	var found, want, rejected, fabricated int
	b.ResetTimer()
	for i := range b.N {
		q := bigQuery[i%len(bigQuery)]
		t0 := time.Now()
		res, err := provenance.Link(ctx, bigMem, q.Text, nil)
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
		switch {
		case q.Want == "":
			fabricated++
			if res.Source == nil {
				rejected++
			}
		default:
			want++
			if res.Source != nil && (res.Source.ID == q.Want || res.Source.ID == q.Also) {
				found++
			}
		}
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
	// The quality at this scale: the source first for quotes that have
	// one, not_found for fabricated sentences.
	if want > 0 {
		b.ReportMetric(float64(found)/float64(want), "recall@1")
	}
	if fabricated > 0 {
		b.ReportMetric(float64(rejected)/float64(fabricated), "not-found-rate")
	}
}
