package guillemet_test

import (
	"fmt"
	"strings"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
)

// The flow starts with normalize: a quote retyped by a newspaper is found
// in the original post, and its span points back to the post's own bytes.
func Example() {
	post := "Chers gens que j’aime bien sur Twitter et cher•e•s inconnu•e•s qui m’aimez bien. Il vient de rerererecommencer pic.twitter.com/D6VCmJFxVF"
	quote := "cher.e.s inconnu.e.s qui m'aimez bien"

	src := normalize.Match.Normalize(post)
	key := normalize.Match.String(quote)
	i := strings.Index(src.String(), key)
	start, end := src.OriginalSpan(i, i+len(key))
	fmt.Printf("found at [%d,%d): %s\n", start, end, post[start:end])
	// Output:
	// found at [44,91): cher•e•s inconnu•e•s qui m’aimez bien
}

// Then quote: the same kind of retyped text, aligned with the post, each
// difference named and pointing at both texts.
func Example_quote() {
	post := "Chers ami•e•s, je m’en vais pour un temps. https://t.co/x1"
	a, err := quote.Align("Chers ami.e.s, je m'en vais", post)
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Verdict, a.Kinds())
	fmt.Printf("source span [%d,%d): %s\n", a.Source.Start, a.Source.End, post[a.Source.Start:a.Source.End])
	// Output:
	// excerpt [inclusive truncated_end typography]
	// source span [0,33): Chers ami•e•s, je m’en vais
}
