package clitest_test

import (
	"fmt"
	"path"

	"github.com/guillemet/guillemet/examples/internal/clitest"
)

// An example's test names the repository's fixtures from its own folder
// through Root; Run(t, "verify", "--json", …) runs the command on them.
func Example() {
	fmt.Println(path.Join(clitest.Root, "cmd/guillemet/testdata/crosspost.jsonl"))
	// Output: ../../cmd/guillemet/testdata/crosspost.jsonl
}
