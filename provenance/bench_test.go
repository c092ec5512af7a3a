package provenance_test

import (
	"bytes"
	"context"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
)

// corpusJSONL caches generated corpora as JSON Lines, by Config.
var corpusJSONL sync.Map

func jsonl(b *testing.B, n int) []byte { return corpusLines(b, corpus.Config{Posts: n, Seed: 1}) }

// corpusLines returns the JSON Lines of the corpus cfg generates.
func corpusLines(b *testing.B, cfg corpus.Config) []byte {
	if v, ok := corpusJSONL.Load(cfg); ok {
		return v.([]byte)
	}
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, corpus.Generate(cfg)); err != nil {
		b.Fatal(err)
	}
	corpusJSONL.Store(cfg, buf.Bytes())
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

// liveHeap returns the bytes of the live heap after two collections: the
// first leaves sync.Pool contents in the pools' victim caches, the second
// frees them.
func liveHeap() float64 {
	runtime.GC()
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	return float64(st.HeapAlloc)
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
				before := liveHeap()
				m := provenance.NewMemory()
				if _, err := (&provenance.Loader{}).ReadFrom(context.Background(), m, "c.jsonl", bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
				heap = liveHeap() - before
				ratio = heap / float64(len(data))
				runtime.KeepAlive(m)
			}
			b.ReportMetric(heap/(1<<20), "heap-MB")
			b.ReportMetric(float64(len(data))/(1<<20), "jsonl-MB")
			b.ReportMetric(ratio, "heap/jsonl")
		})
	}
}

// BenchmarkLoad1M loads 1 000 000 generated posts, of the project's
// corpus and of a wide vocabulary (corpus.Config.Wide), and reports the
// posts loaded a second and the live heap the archive keeps against
// the size of its JSON Lines. Targets (issue 15): 200 000 posts/s or
// more on two cores, heap 1.0× the JSON Lines or less.
func BenchmarkLoad1M(b *testing.B) {
	if testing.Short() {
		b.Skip("1M posts")
	}
	for _, wide := range []bool{false, true} {
		name := "corpus"
		if wide {
			name = "wide"
		}
		b.Run(name, func(b *testing.B) {
			const n = 1_000_000
			data := corpusLines(b, corpus.Config{Posts: n, Seed: 1, Wide: wide})
			b.SetBytes(int64(len(data)))
			b.ResetTimer()
			var heap, took float64
			for range b.N {
				before := liveHeap()
				t0 := time.Now()
				m := provenance.NewMemory()
				if _, err := (&provenance.Loader{}).ReadFrom(context.Background(), m, "c.jsonl", bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
				took += time.Since(t0).Seconds()
				b.StopTimer()
				heap = liveHeap() - before
				runtime.KeepAlive(m)
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/took, "posts/s")
			b.ReportMetric(heap/(1<<20), "heap-MB")
			b.ReportMetric(heap/float64(len(data)), "heap/jsonl")
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
