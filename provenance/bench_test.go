package provenance_test

import (
	"bytes"
	"context"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
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

// BenchmarkLinkWorkers links the 2 000 labelled queries of a generated
// archive of 100 000 posts on 1 and 2 goroutines at once, as
// "guillemet verify --quotes" does on every core, and reports the
// throughput in quotes per second. The archive is safe for concurrent
// readers; what limits the scaling is the machine's cores.
func BenchmarkLinkWorkers(b *testing.B) {
	const n = 100_000
	posts := corpus.Generate(corpus.Config{Posts: n, Seed: 1})
	qs := corpus.Queries(posts, 2000, 5)
	m := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(context.Background(), m, "c.jsonl", bytes.NewReader(jsonl(b, n))); err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			ctx := context.Background()
			for range b.N {
				jobs := make(chan string)
				var wg sync.WaitGroup
				for range workers {
					wg.Go(func() {
						for q := range jobs {
							if _, err := provenance.Link(ctx, m, q, nil); err != nil {
								b.Error(err)
							}
						}
					})
				}
				for _, q := range qs {
					jobs <- q.Text
				}
				close(jobs)
				wg.Wait()
			}
			b.ReportMetric(float64(len(qs)*b.N)/b.Elapsed().Seconds(), "quotes/s")
		})
	}
}
