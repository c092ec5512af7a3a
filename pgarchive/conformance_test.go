package pgarchive_test

import (
	"context"
	"testing"

	"github.com/guillemet/guillemet/internal/pgtest"
	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance/archivetest"
)

// openEmpty migrates a new schema of the test database and opens its
// archive, closed when the test ends.
func openEmpty(t testing.TB) (*pgarchive.Archive, string) {
	t.Helper()
	url := pgtest.Schema(t)
	ctx := context.Background()
	if _, err := pgarchive.Migrate(ctx, url, pgarchive.Options{}); err != nil {
		t.Fatal(err)
	}
	a, err := pgarchive.Open(ctx, url, pgarchive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a, url
}

// TestConformance runs the archive conformance suite on the database.
func TestConformance(t *testing.T) {
	archivetest.Run(t, func(t *testing.T) archivetest.Store {
		a, _ := openEmpty(t)
		return a
	})
}
