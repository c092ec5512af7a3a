package pgarchive_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/internal/pgtest"
	"github.com/guillemet/guillemet/pgarchive"
)

// openSharded migrates a new schema of the test database as the
// coordinator of the test shards (the same schema on each) and opens
// its archive; the foreign servers are dropped when the test ends.
func openSharded(t testing.TB) (*pgarchive.Archive, string, []string) {
	t.Helper()
	coord := pgtest.Schema(t)
	shards := pgtest.Shards(t, coord)
	ctx := context.Background()
	if _, err := pgarchive.Migrate(ctx, coord, pgarchive.Options{Shards: shards}); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(coord)
	schema := u.Query().Get("search_path")
	for i := range shards {
		name := pgx.Identifier{fmt.Sprintf("guillemet_%s_shard%d", schema, i+1)}.Sanitize()
		execAtCleanup(t, coord, "DROP SERVER IF EXISTS "+name+" CASCADE")
	}
	a, err := pgarchive.Open(ctx, coord, pgarchive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a, coord, shards
}

// TestShardedLabelledSet runs the labelled set against the archive
// spread over two shards and requires the memory archive's answers: the
// short set (300 queries of every kind over 4 000 posts), since the
// coordinator's thread and share queries join the shards' posts whole
// (docs/scaling.md): the full set's 1 200 over 20 000 take over ten
// minutes.
func TestShardedLabelledSet(t *testing.T) {
	db, _, _ := openSharded(t)
	labelledSet(t, db, 4000, 300)
}

// TestShardedPushdown checks where the rows of a sharded archive live
// and that a candidate search runs on the shards: the postings' read is
// a Foreign Scan on each shard with that read as its remote SQL.
func TestShardedPushdown(t *testing.T) {
	db, coord, shards := openSharded(t)
	loadCorpus(t, 2000, 3, db)
	ctx := context.Background()
	// Migrate again: nothing to do, the archive stays sharded.
	if applied, err := pgarchive.Migrate(ctx, coord, pgarchive.Options{Shards: shards}); err != nil || len(applied) != 0 {
		t.Fatalf("Migrate again: %v, %v; want nothing applied", applied, err)
	}
	conn, err := pgx.Connect(ctx, coord)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, table := range []string{"posts", "postings"} {
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM ONLY "+table).Scan(&n); err != nil || n != 0 {
			t.Errorf("the coordinator's own %s: %d rows, %v; want none", table, n, err)
		}
	}
	// Each shard holds some of the posts, every post of an author on one.
	authors := map[int]int{}
	total := 0
	for i, s := range shards {
		sc, err := pgx.Connect(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		var posts, keys int
		if err := sc.QueryRow(ctx, "SELECT count(*), (SELECT count(*) FROM postings) FROM posts WHERE NOT absent").Scan(&posts, &keys); err != nil {
			t.Fatal(err)
		}
		if posts == 0 || keys == 0 {
			t.Errorf("shard %d holds %d posts, %d postings rows; want some of each", i+1, posts, keys)
		}
		total += posts
		rows, _ := sc.Query(ctx, "SELECT DISTINCT author FROM posts WHERE author IS NOT NULL")
		as, err := pgx.CollectRows(rows, pgx.RowTo[int])
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			if j, ok := authors[a]; ok {
				t.Errorf("author %d on shards %d and %d", a, j+1, i+1)
			}
			authors[a] = i
		}
		sc.Close(ctx)
	}
	if total != 2000 {
		t.Errorf("the shards hold %d posts, want 2000", total)
	}
	rows, err := conn.Query(ctx, "EXPLAIN (VERBOSE, COSTS OFF) SELECT key, posts FROM postings WHERE key = ANY($1)", []int32{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	plan := strings.Join(lines, "\n")
	if got := strings.Count(plan, "Foreign Scan on"); got != len(shards) {
		t.Errorf("%d foreign scans, want one a shard:\n%s", got, plan)
	}
	if got := strings.Count(plan, "Remote SQL: SELECT key, posts FROM"); got != len(shards) || !strings.Contains(plan, "WHERE ((key = ANY (") {
		t.Errorf("the postings' read is not pushed down to each shard:\n%s", plan)
	}
	t.Logf("the candidate search's read of the postings:\n%s", plan)
}

// execAtCleanup runs sql in the database at url when the test ends.
func execAtCleanup(t testing.TB, url, sql string) {
	t.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Error(err)
		}
	})
}
