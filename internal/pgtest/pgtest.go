// Package pgtest gives the tests that need PostgreSQL (package
// pgarchive's, the command's --db tests) a database of their own: the
// server GUILLEMET_TEST_DB names (a URL), a new empty schema in it for
// each test, dropped when the test ends.
//
// The replica tests read a streaming replica of that server,
// GUILLEMET_TEST_REPLICA_DB, with the same schemas once replayed.
//
// Without GUILLEMET_TEST_DB the tests skip, saying how to run them
// (`source .ci/postgres.sh; pg_start` starts a throwaway cluster and sets
// it); with CI=true they fail instead, so that CI never passes without
// having run them (.ci/run starts the cluster).
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env is the variable that names the test database.
const Env = "GUILLEMET_TEST_DB"

// ReplicaEnv is the variable that names a streaming read replica of the
// test database (.ci/postgres.sh starts one).
const ReplicaEnv = "GUILLEMET_TEST_REPLICA_DB"

// URL returns the test database's URL, or skips the test (fails it under
// CI=true) when Env is not set.
func URL(tb testing.TB) string {
	tb.Helper()
	return lookup(tb, Env)
}

// lookup returns the URL the variable env holds, or skips the test
// (fails it under CI=true) when it is not set.
func lookup(tb testing.TB, env string) string {
	tb.Helper()
	u := os.Getenv(env)
	if u == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: with CI=true the PostgreSQL tests must run (.ci/run starts a cluster and sets it)", env)
		}
		tb.Skipf("no PostgreSQL for this test: set %s=postgres://user:password@host:port/db (or run `source .ci/postgres.sh; pg_start`, which starts a throwaway cluster and sets it)", env)
	}
	return u
}

// Replica returns the URL of the test database's replica (ReplicaEnv)
// with the schema of primary, a URL Schema returned: what a write to
// primary's schema becomes on the replica once replayed. It skips or
// fails as URL does.
func Replica(tb testing.TB, primary string) string {
	tb.Helper()
	base := lookup(tb, ReplicaEnv)
	p, err := url.Parse(primary)
	if err != nil {
		tb.Fatal(err)
	}
	u, err := WithParam(base, "search_path", p.Query().Get("search_path"))
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

var seq atomic.Int64

// Schema creates a new, empty schema in the test database, drops it with
// everything in it when the test ends, and returns the database URL
// whose connections use it (search_path).
func Schema(tb testing.TB) string {
	tb.Helper()
	base := URL(tb)
	name := fmt.Sprintf("guillemet_test_%d_%d", os.Getpid(), seq.Add(1))
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("pgtest: cannot connect to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	ident := pgx.Identifier{name}.Sanitize()
	if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+ident+" CASCADE; CREATE SCHEMA "+ident); err != nil {
		tb.Fatalf("pgtest: creating schema %s: %v", name, err)
	}
	tb.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("pgtest: cannot connect to drop schema %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+ident+" CASCADE"); err != nil {
			tb.Errorf("pgtest: dropping schema %s: %v", name, err)
		}
	})
	u, err := WithParam(base, "search_path", name)
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

// WithParam returns the postgres:// URL u with the query parameter key
// set to value: a connection parameter (search_path, application_name)
// or one of the URL's own (sslmode, password).
func WithParam(u, key, value string) (string, error) {
	p, err := url.Parse(u)
	if err != nil {
		return "", fmt.Errorf("pgtest: %s is not a postgres:// URL", Env)
	}
	q := p.Query()
	q.Set(key, value)
	p.RawQuery = q.Encode()
	return p.String(), nil
}
