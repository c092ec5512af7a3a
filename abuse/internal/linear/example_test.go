package linear_test

import (
	"fmt"

	"github.com/guillemet/guillemet/abuse/internal/linear"
)

// A text's features: character n-grams and words of its keys, then the
// lexicon's reading; a head weighs them.
func ExampleExtract() {
	lex := linear.Lexicon{Hits: []linear.Hit{{Category: "insult", Severity: 2, Context: linear.Uttered}}, Score: 0.9}
	fs := linear.Extract("t conne", "t conne", lex, nil)
	h := linear.Head{Name: "abusive", Bias: -1, W: make([]float32, linear.Size)}
	for _, f := range fs[len(fs)-5:] {
		h.W[f.Index] = 0.5 // the lexicon's five features
	}
	fmt.Println(len(fs))
	fmt.Printf("%.2f\n", h.Prob(fs))
	// Output:
	// 29
	// 0.82
}
