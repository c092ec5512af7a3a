package archivetest_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/provenance/archivetest"
)

// What the suite stores, and two of the answers it checks, on Memory. A
// test runs the whole suite with
//
//	archivetest.Run(t, func(*testing.T) archivetest.Store { return provenance.NewMemory() })
func Example() {
	ctx := context.Background()
	m := provenance.NewMemory()
	for i, batch := range archivetest.Batches() {
		var errs provenance.PutErrors
		if err := m.Put(ctx, batch...); errors.As(err, &errs) {
			for _, e := range errs {
				fmt.Printf("batch %d, post %d (%s): %v\n", i+1, e.Index, e.Key, e.Err)
			}
		}
	}
	n, _ := m.Len(ctx)
	fmt.Println(n, "posts held")

	// The source first for a quote without accents: the retweet scores
	// the same, and the original was stored first.
	q := provenance.NewQuery("la reforme des retraites sera VOTEE avant l'ete")
	fmt.Println(q.Keys())
	cands, _ := m.Candidates(ctx, q, 3)
	for _, c := range cands {
		fmt.Printf("%s %.2f\n", c.Post.Key(), c.Score)
	}
	// Output:
	// batch 4, post 5 (x:301): reply_to 300 would close a reply cycle through 301: post kept without that link
	// batch 4, post 6 (x:302): reply_to 302 would close a reply cycle through 302: post kept without that link
	// batch 5, post 1 (x:100): post already stored: x:100
	// batch 5, post 2 (x:112): duplicate id x:112 with different text (kept the first: "Merci aux militants venus nombreux au me…"; this one: "Texte modifié après coup.")
	// batch 5, post 3 (x:600): missing field author
	// 24 posts held
	// [reforme retraites sera votee avant]
	// x:100 11.12
	// x:401 11.12
	// x:101 3.95
}
