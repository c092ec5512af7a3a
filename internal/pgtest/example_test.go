package pgtest_test

import (
	"fmt"

	"github.com/guillemet/guillemet/internal/pgtest"
)

// A test's connections use its own schema through the URL.
func ExampleWithParam() {
	u, err := pgtest.WithParam("postgres://guillemet@127.0.0.1:5432/guillemet?sslmode=disable", "search_path", "guillemet_test_1")
	fmt.Println(u, err)
	// Output:
	// postgres://guillemet@127.0.0.1:5432/guillemet?search_path=guillemet_test_1&sslmode=disable <nil>
}
