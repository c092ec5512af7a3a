package abuse

import (
	"context"
	"strings"
	"testing"

	"github.com/guillemet/guillemet/abuse/internal/linear"
)

// benchText is about 100 KB of French: the messages of the labelled set,
// one a line, repeated; half of them abusive, many reported or quoted.
func benchText(b *testing.B) string {
	msgs := loadLabelled(b, "labelled.tsv")
	var sb strings.Builder
	for sb.Len() < 100_000 {
		for _, m := range msgs {
			sb.WriteString(m.text)
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// BenchmarkClassify classifies 100 KB of messages as one text, and
// message by message; run it on one core:
//
//	go test ./abuse -run '^$' -bench . -cpu 1 -count 3
func BenchmarkClassify(b *testing.B) {
	text := benchText(b)
	lex := New()
	lex.Analyze("") // compile the tables outside the timing
	b.Run("text", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			lex.Analyze(text)
		}
	})
	msgs := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	b.Run("messages", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for _, m := range msgs {
				lex.Analyze(m)
			}
		}
	})
}

// BenchmarkModel classifies the messages of the labelled set one by one
// with the learned scorer (a message is about a tweet's length); run it
// on one core:
//
//	go test ./abuse -run '^$' -bench Model -cpu 1 -count 3
func BenchmarkModel(b *testing.B) {
	msgs := loadLabelled(b, "labelled.tsv")
	m := NewModel()
	ctx := context.Background()
	if _, err := m.Classify(ctx, ""); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, msg := range msgs {
			m.Classify(ctx, msg.text)
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkModelLoad decodes the embedded weights: the cost of the
// model's first call.
func BenchmarkModelLoad(b *testing.B) {
	for b.Loop() {
		if _, err := linear.Decode(modelFile); err != nil {
			b.Fatal(err)
		}
	}
}
