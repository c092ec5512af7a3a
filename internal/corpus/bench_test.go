package corpus_test

import (
	"io"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
)

func BenchmarkGenerate100k(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		corpus.Generate(corpus.Config{Posts: 100000, Seed: 1})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100000, "ns/post")
}

func BenchmarkWriteJSONL(b *testing.B) {
	posts := corpus20k()
	n := 0
	for _, p := range posts {
		n += len(p.Text) + 250
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if err := corpus.WriteJSONL(io.Discard, posts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQueries(b *testing.B) {
	posts := corpus20k()
	b.ReportAllocs()
	for b.Loop() {
		corpus.Queries(posts, 1000, 1)
	}
}
