package browsertest_test

import (
	"fmt"
	"os"

	"github.com/guillemet/guillemet/internal/browsertest"
)

// Find says where Chromium is, or how to get it: here $CHROMIUM names
// no program.
func ExampleFind() {
	os.Setenv("CHROMIUM", "/nonexistent/chromium")
	defer os.Unsetenv("CHROMIUM")
	_, err := browsertest.Find()
	fmt.Println(err)
	// Output:
	// browsertest: $CHROMIUM is "/nonexistent/chromium", not a program: exec: "/nonexistent/chromium": stat /nonexistent/chromium: no such file or directory
}
