package pgarchive_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/internal/pgtest"
	"github.com/guillemet/guillemet/pgarchive"
)

// TestMigrate: Open refuses a schema not migrated; four Migrates at
// once apply each migration once; a Migrate again applies nothing.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	url := pgtest.Schema(t)
	if _, err := pgarchive.Open(ctx, url, pgarchive.Options{}); !errors.Is(err, pgarchive.ErrSchema) {
		t.Fatalf("Open before Migrate = %v, want ErrSchema", err)
	}
	var mu sync.Mutex
	applied := 0
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			ms, err := pgarchive.Migrate(ctx, url, pgarchive.Options{})
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			applied += len(ms)
			mu.Unlock()
		})
	}
	wg.Wait()
	if want := len(pgarchive.Migrations()); applied != want {
		t.Errorf("four concurrent Migrates applied %d migrations, want %d", applied, want)
	}
	if ms, err := pgarchive.Migrate(ctx, url, pgarchive.Options{}); err != nil || len(ms) != 0 {
		t.Errorf("Migrate again = %v, %v; want nothing applied", ms, err)
	}
	a, err := pgarchive.Open(ctx, url, pgarchive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if n, err := a.Len(ctx); err != nil || n != 0 {
		t.Errorf("Len = %d, %v; want an empty archive", n, err)
	}
}

// TestOptionsSchema: Options.Schema names the schema, created by
// Migrate, that the archive's connections use.
func TestOptionsSchema(t *testing.T) {
	ctx := context.Background()
	url := pgtest.Schema(t)
	o := pgarchive.Options{Schema: fmt.Sprintf("guillemet_options_%d", os.Getpid())}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{o.Schema}.Sanitize()+" CASCADE"); err != nil {
			t.Error(err)
		}
	})
	if _, err := pgarchive.Migrate(ctx, url, o); err != nil {
		t.Fatal(err)
	}
	a, err := pgarchive.Open(ctx, url, o)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := pgarchive.Open(ctx, url, pgarchive.Options{}); !errors.Is(err, pgarchive.ErrSchema) {
		t.Errorf("the URL's own schema was migrated too: %v", err)
	}
}
