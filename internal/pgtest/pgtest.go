// Package pgtest gives the tests that need PostgreSQL (package
// pgarchive's, the command's --db tests) a database of their own: the
// server GUILLEMET_TEST_DB names (a URL), a new empty schema in it for
// each test, dropped when the test ends.
//
// The replica tests read a streaming replica of that server,
// GUILLEMET_TEST_REPLICA_DB, with the same schemas once replayed.
//
// The sharded archive's tests spread it over the databases
// GUILLEMET_TEST_SHARDS names (URLs separated by spaces, two clusters of
// their own), with the test's schema on each.
//
// Without GUILLEMET_TEST_DB (or GUILLEMET_TEST_SHARDS) the tests skip, saying how to run them
// (`source .ci/postgres.sh; pg_start` starts a throwaway cluster and sets
// it); with CI=true they fail instead, so that CI never passes without
// having run them (.ci/run starts the cluster).
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env is the variable that names the test database.
const Env = "GUILLEMET_TEST_DB"

// ReplicaEnv is the variable that names a streaming read replica of the
// test database (.ci/postgres.sh starts one).
const ReplicaEnv = "GUILLEMET_TEST_REPLICA_DB"

// ShardsEnv is the variable that names the shards' databases, URLs
// separated by spaces (.ci/postgres.sh starts two clusters).
const ShardsEnv = "GUILLEMET_TEST_SHARDS"

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
	return schemaIn(tb, URL(tb), fmt.Sprintf("guillemet_test_%d_%d", os.Getpid(), seq.Add(1)))
}

// Shards returns the URLs of the shards' databases (ShardsEnv), each
// with a new schema of the name of coordinator's (a URL Schema
// returned), dropped when the test ends, as are the coordinator's
// foreign servers of these shards (pgarchive names them
// guillemet_SCHEMA_shardN: they belong to the database, not to the
// schema). It skips or fails as URL does.
func Shards(tb testing.TB, coordinator string) []string {
	tb.Helper()
	p, err := url.Parse(coordinator)
	if err != nil {
		tb.Fatal(err)
	}
	schema := p.Query().Get("search_path")
	var out []string
	for i, base := range strings.Fields(lookup(tb, ShardsEnv)) {
		out = append(out, schemaIn(tb, base, schema))
		server := pgx.Identifier{fmt.Sprintf("guillemet_%s_shard%d", schema, i+1)}.Sanitize()
		atCleanup(tb, coordinator, "DROP SERVER IF EXISTS "+server+" CASCADE")
	}
	return out
}

// schemaIn creates the schema name in the database at base, drops it
// when the test ends, and returns base with it as search_path.
func schemaIn(tb testing.TB, base, name string) string {
	tb.Helper()
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
	atCleanup(tb, base, "DROP SCHEMA "+ident+" CASCADE")
	u, err := WithParam(base, "search_path", name)
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

// atCleanup runs sql in the database at db when the test ends.
func atCleanup(tb testing.TB, db, sql string) {
	tb.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, db)
		if err != nil {
			tb.Errorf("pgtest: cannot connect to run %q: %v", sql, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, sql); err != nil {
			tb.Errorf("pgtest: %s: %v", sql, err)
		}
	})
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
