package dataset_test

import (
	"fmt"

	"github.com/guillemet/guillemet/abuse/internal/dataset"
)

// The tweets of the test split, balanced: as many abusive as normal.
func ExampleBalanced() {
	tweets, err := dataset.MLMA("../../../testdata/abuse/real")
	if err != nil {
		panic(err)
	}
	test := dataset.Balanced(tweets, dataset.Test)
	abusive := 0
	for _, e := range test {
		if e.Abusive {
			abusive++
		}
	}
	fmt.Println(len(test) == 2*abusive)
	// Output: true
}
