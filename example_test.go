package guillemet_test

import (
	"fmt"
	"strings"

	"github.com/guillemet/guillemet/normalize"
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
