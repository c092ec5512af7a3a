package ordered_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/guillemet/guillemet/internal/ordered"
)

// Upper-case words on three goroutines; the answers come back in input
// order.
func ExampleRun() {
	words := strings.Fields("les réponses arrivent dans l'ordre")
	i := 0
	next := func() (string, bool, error) {
		if i == len(words) {
			return "", false, nil
		}
		i++
		return words[i-1], true, nil
	}
	work := func(_ context.Context, w string) string { return strings.ToUpper(w) }
	emit := func(w string) error { fmt.Println(w); return nil }
	if err := ordered.Run(context.Background(), 3, 6, next, work, emit, func() error { return nil }); err != nil {
		panic(err)
	}
	// Output:
	// LES
	// RÉPONSES
	// ARRIVENT
	// DANS
	// L'ORDRE
}
