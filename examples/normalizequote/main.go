// Command normalizequote is a small example of the guillemet library: it
// reads a source post and a quote and tells whether the quote's words are
// in the post, and where, in the post's own bytes.
//
//	go run ./examples/normalizequote "Il vient de rerererecommencer pic.twitter.com/x" "il vient de recommencer"
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: normalizequote SOURCE QUOTE")
		os.Exit(2)
	}
	source, quote := os.Args[1], os.Args[2]
	src := normalize.Match.Normalize(source)
	key := normalize.Match.String(quote)
	i := strings.Index(src.String(), key)
	if key == "" || i < 0 {
		fmt.Printf("not found: %q is not in the source's words\n", key)
		return
	}
	start, end := src.OriginalSpan(i, i+len(key))
	fmt.Printf("found at bytes [%d,%d) of the source: %s\n", start, end, source[start:end])
	q := normalize.Match.Normalize(quote)
	if k := q.Kinds() | src.KindsIn(i, i+len(key)); k != 0 {
		fmt.Printf("normalization absorbed: %s\n", k)
	}
}
