package pgarchive_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/internal/pgtest"
	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/provenance/archivetest"
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
	a, err := pgarchive.Open(ctx, coord, pgarchive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a, coord, shards
}

// TestShardedLabelledSet runs the labelled set against the archive
// spread over two shards and requires the memory archive's answers, as
// TestLabelledSet does on one database: the full set (1 200 queries of
// every kind over 20 000 posts), the short one with -short.
func TestShardedLabelledSet(t *testing.T) {
	db, _, _ := openSharded(t)
	posts, queries := 20000, 1200
	if testing.Short() {
		posts, queries = 4000, 300
	}
	labelledSet(t, db, posts, queries)
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
	// Every query of a Link and of an ingest, explained: each foreign
	// scan's Remote SQL carries a condition, which the shard answers from
	// its indexes; none reads a shard's table whole.
	args := map[string][]any{
		"Post":     {"x", "1"},
		"Shares":   {"x", "1"},
		"Timeline": {"x", "someone", int64(0), 3, 3},
		"postings": {[]int32{1, 2, 3}},
		"byNumber": {[]int64{1, 2, 3}},
		"key":      {"x", "1"},
		"links":    {[]int64{1, 2, 3}},
		"replies":  {[]int64{1, 2, 3}},
		"load":     {[]string{"x", "x"}, []string{"1", "2"}, []string{"x"}},
	}
	for name, sql := range pgarchive.Queries {
		plan := explain(t, conn, sql, args[name]...)
		scans := strings.Count(plan, "Foreign Scan on")
		remote := regexp.MustCompile(`Remote SQL: SELECT .* FROM \S+ WHERE \(`).FindAllString(plan, -1)
		if scans < len(shards) || len(remote) != scans {
			t.Errorf("%s: %d foreign scans, %d of them with a condition; want every scan with one, on every shard:\n%s", name, scans, len(remote), plan)
		}
		if name == "postings" && (!strings.Contains(plan, "Remote SQL: SELECT key, posts FROM") || !strings.Contains(plan, "WHERE ((key = ANY (")) {
			t.Errorf("the postings' read is not pushed down to each shard:\n%s", plan)
		}
	}
}

// explain returns the plan of sql, with its remote SQL.
func explain(t *testing.T, conn *pgx.Conn, sql string, args ...any) string {
	t.Helper()
	rows, err := conn.Query(context.Background(), "EXPLAIN (VERBOSE, COSTS OFF) "+sql, args...)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestShardedMigrate: a sharded archive behind this package's schema
// is not migrated without its shards, whose tables the migrations
// change too.
func TestShardedMigrate(t *testing.T) {
	_, coord, shards := openSharded(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, coord)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// As if the last migration were new.
	if _, err := conn.Exec(ctx, "DELETE FROM schema_migrations WHERE version = $1", pgarchive.SchemaVersion); err != nil {
		t.Fatal(err)
	}
	applied, err := pgarchive.Migrate(ctx, coord, pgarchive.Options{})
	if err == nil || !strings.Contains(err.Error(), "pgarchive: the archive is sharded: migrate it with its shards") || len(applied) > 0 {
		t.Fatalf("Migrate without the shards: %v, %v; want refused", applied, err)
	}
	if _, err := conn.Exec(ctx, "INSERT INTO schema_migrations (version, name) VALUES ($1, 'again')", pgarchive.SchemaVersion); err != nil {
		t.Fatal(err)
	}
	// Up to date, it needs no shards.
	if applied, err := pgarchive.Migrate(ctx, coord, pgarchive.Options{}); err != nil || len(applied) > 0 {
		t.Fatalf("Migrate up to date: %v, %v", applied, err)
	}
	if applied, err := pgarchive.Migrate(ctx, coord, pgarchive.Options{Shards: shards}); err != nil || len(applied) > 0 {
		t.Fatalf("Migrate with its shards: %v, %v", applied, err)
	}
}

// TestShardedUpgrade migrates a sharded archive made at schema version
// 2 to version 3 (a column added to posts, 003_visibility): the
// migration runs on each shard, then on the coordinator, whose
// partitioned posts and foreign partitions take the column too, and a
// post's visibility is then stored on its shard and read back.
func TestShardedUpgrade(t *testing.T) {
	_, coord, shards := openSharded(t)
	ctx := context.Background()
	// Back to version 2: the column and the view that reads it dropped,
	// the migration's row deleted, on the coordinator and each shard.
	undo := "DROP VIEW post_view; ALTER TABLE posts DROP COLUMN visibility; DELETE FROM schema_migrations WHERE version = 3"
	for _, url := range append([]string{coord}, shards...) {
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		_, err = conn.Exec(ctx, undo)
		conn.Close(ctx)
		if err != nil {
			t.Fatalf("%s: %v", pgarchive.Redact(url), err)
		}
	}
	applied, err := pgarchive.Migrate(ctx, coord, pgarchive.Options{Shards: shards})
	if err != nil || len(applied) != 1 || applied[0].Version != 3 {
		t.Fatalf("Migrate with its shards: %v, %v; want version 3 applied", applied, err)
	}
	a, err := pgarchive.Open(ctx, coord, pgarchive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	p := provenance.Post{Platform: "mastodon", ID: "110000000000000001", Author: "lucie_r@piaille.fr",
		CreatedAt: time.Date(2024, 11, 5, 22, 14, 5, 0, time.UTC), Text: "Pas pour tout le monde.", Visibility: "unlisted"}
	if err := a.Put(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, ok, err := a.Post(ctx, p.Key())
	if err != nil || !ok || got.Visibility != "unlisted" || got.Text != p.Text {
		t.Fatalf("Post after the upgrade: %+v, %v, %v", got, ok, err)
	}
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

// TestShardedConformance runs the archive conformance suite on archives
// spread over the shards: the walks of a sharded archive are its own
// (a lookup a level), the rules the same.
func TestShardedConformance(t *testing.T) {
	archivetest.Run(t, func(t *testing.T) archivetest.Store {
		a, _, _ := openSharded(t)
		return a
	})
}
