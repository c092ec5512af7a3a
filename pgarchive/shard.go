package pgarchive

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// A sharded archive (Options.Shards) keeps the same schema
// (migrations/001_schema.sql) on a coordinator and on each shard, and
// then spreads two of its tables over the shards with declarative hash
// partitioning whose partitions are postgres_fdw foreign tables:
//
//   - posts, by author: an author's posts, and so the timeline, live on
//     one shard (a placeholder, with no author, on the first);
//   - postings, by search key: a key's postings live whole on one shard,
//     so that its document frequency, search_keys.posts, is the count of
//     one place, kept on the coordinator beside the other small tables
//     (archive, authors, search_keys), which every query reads.
//
// A candidate search is then the single database's, unchanged: the
// coordinator reads the frequencies, Go chooses the terms, and the read
// of the terms' postings (key = ANY(...)) becomes a Foreign Scan on each
// shard whose remote SQL is that same read, run by both shards at once
// (async_capable); Go sums the weights over what the shards return in
// the terms' order, as provenance.Score does, so the ranking is Memory's.
// The posts' postings by author would have needed each shard's counts
// summed for every key of every search, or a copy of them kept in step.
//
// Every read is shaped so that each shard answers it from its indexes:
// the coordinator's planner builds no parameterized scan of a foreign
// table (use_remote_estimate is off: on, its remote EXPLAINs cost about
// 100 ms a query), so a join of posts to itself would read every shard's
// posts whole. The queries instead look posts up by a condition the
// foreign scan carries to each shard as its remote SQL: by key, by
// author, by post numbers (= ANY of an array, or of a subquery's, which
// the coordinator computes first and sends as a parameter), by quote or
// repost (read.go: found, postCols); the reply walks go a level a query
// (walk.go); a batch looks its keys up by platforms and ids (put.go).
// TestShardedPushdown explains each query and requires a condition in
// every remote SQL.
//
// Writes go through the coordinator too, in the batch's transaction,
// which postgres_fdw extends to a transaction on each shard (committed
// one after the other, not in two phases: a shard lost between the two
// commits leaves a batch half stored, which a re-ingest repairs). A
// shard is a pgarchive schema of which only posts and postings hold
// rows; its posts have no foreign key to its own, empty, authors.

// shard is a shard's connection and the schema its tables are in.
type shard struct {
	url, schema string
}

// migrateShard migrates the database at url as a shard and returns it.
func migrateShard(ctx context.Context, url string, o Options) (shard, error) {
	pool, err := connect(ctx, url, o)
	if err != nil {
		return shard{}, err
	}
	defer pool.Close()
	if _, err := migrate(ctx, pool, o.Schema); err != nil {
		return shard{}, err
	}
	s := shard{url: url}
	if _, err := pool.Exec(ctx, "ALTER TABLE posts DROP CONSTRAINT IF EXISTS posts_author_fkey"); err != nil {
		return s, describe(err, url)
	}
	err = pool.QueryRow(ctx, "SELECT current_schema()").Scan(&s.schema)
	return s, describe(err, url)
}

// isSharded reports whether the archive's posts are spread over shards.
func isSharded(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (bool, error) {
	var kind string
	err := q.QueryRow(ctx, "SELECT relkind::text FROM pg_class WHERE oid = 'posts'::regclass").Scan(&kind)
	return kind == "p", describe(err, "")
}

// withoutShards returns an error when the database is a sharded
// archive's coordinator whose schema is behind this package's: its
// migrations must be applied to its shards too, which Migrate is not
// given.
func withoutShards(ctx context.Context, pool *pgxpool.Pool) error {
	var sharded bool
	if err := pool.QueryRow(ctx, `SELECT coalesce((SELECT relkind = 'p' FROM pg_class WHERE oid = to_regclass('posts')), false)`).Scan(&sharded); err != nil || !sharded {
		return describe(err, "")
	}
	var v int
	if err := pool.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v); err != nil {
		return describe(err, "")
	}
	if v < SchemaVersion {
		return errors.New("pgarchive: the archive is sharded: migrate it with its shards (guillemet db migrate --shard URL for each), whose tables the migrations change too")
	}
	return nil
}

// sharded are the tables spread over the shards, their columns of
// partition and how many rows a fetch of their foreign tables brings.
// The coordinator does not push a LIMIT down to a partition: a
// timeline's scan of a prolific author's posts in time order sends
// fetch_size rows of which the coordinator keeps a few (at 1 000 000
// posts, the server's 10 000 rows took 40 ms where 100 take 5); a
// search's postings are read whole, in as few fetches as may be.
var sharded = []struct{ table, by, fetch string }{{"posts", "author", "100"}, {"postings", "key", "10000"}}

// shardCoordinator makes the migrated database at pool the coordinator
// of shards, in one transaction: a foreign server and user mapping a
// shard, and posts and postings replaced by tables partitioned by hash
// over foreign tables, one a shard, the rows they held moved there.
func shardCoordinator(ctx context.Context, pool *pgxpool.Pool, shards []shard) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return describe(err, "")
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", migrateLock); err != nil {
		return describe(err, "")
	}
	if done, err := isSharded(ctx, tx); err != nil || done {
		return err
	}
	var here string
	if _, err := tx.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS postgres_fdw SCHEMA public"); err != nil {
		return describe(err, "")
	}
	if err := tx.QueryRow(ctx, "SELECT current_schema()").Scan(&here); err != nil {
		return describe(err, "")
	}
	servers := make([]string, len(shards))
	for i, s := range shards {
		cfg, err := pgconn.ParseConfig(s.url)
		if err != nil {
			return fmt.Errorf("pgarchive: cannot read the shard URL %s", Redact(s.url))
		}
		// Servers are the database's, not the schema's: named after both.
		servers[i] = quoteIdent(fmt.Sprintf("guillemet_%s_shard%d", here, i+1))
		if _, err := tx.Exec(ctx, fmt.Sprintf(`CREATE SERVER IF NOT EXISTS %s FOREIGN DATA WRAPPER postgres_fdw
			OPTIONS (host %s, port %s, dbname %s, use_remote_estimate 'false', async_capable 'true', batch_size '1000');
			CREATE USER MAPPING IF NOT EXISTS FOR CURRENT_USER SERVER %[1]s OPTIONS (user %[5]s, password %[6]s)`,
			servers[i], literal(cfg.Host), literal(strconv.Itoa(int(cfg.Port))), literal(cfg.Database),
			literal(cfg.User), literal(cfg.Password))); err != nil {
			return fmt.Errorf("pgarchive: shard %s: %w", Redact(s.url), describe(err, s.url))
		}
	}
	var view string
	if err := tx.QueryRow(ctx, "SELECT pg_get_viewdef('post_view'::regclass)").Scan(&view); err != nil {
		return describe(err, "")
	}
	for _, t := range sharded {
		old := t.table + "_unsharded"
		sql := fmt.Sprintf(`ALTER TABLE %[1]s RENAME TO %[2]s;
			CREATE TABLE %[1]s (LIKE %[2]s INCLUDING DEFAULTS) PARTITION BY HASH (%[3]s);`, t.table, old, t.by)
		for i, s := range shards {
			sql += fmt.Sprintf(`CREATE FOREIGN TABLE %[1]s_shard%[2]d PARTITION OF %[1]s FOR VALUES WITH (MODULUS %[3]d, REMAINDER %[4]d)
				SERVER %[5]s OPTIONS (schema_name %[6]s, table_name %[7]s, fetch_size %[8]s);`,
				t.table, i+1, len(shards), i, servers[i], literal(s.schema), literal(t.table), literal(t.fetch))
		}
		if _, err := tx.Exec(ctx, sql); err != nil {
			return fmt.Errorf("pgarchive: sharding %s: %w", t.table, describe(err, ""))
		}
	}
	// The view read the tables renamed: it reads the partitioned ones.
	view = strings.TrimSuffix(strings.ReplaceAll(view, "posts_unsharded", "posts"), ";")
	sql := "CREATE OR REPLACE VIEW post_view AS " + view + ";"
	for _, t := range sharded {
		sql += fmt.Sprintf("INSERT INTO %[1]s SELECT * FROM %[1]s_unsharded; DROP TABLE %[1]s_unsharded;", t.table)
	}
	if _, err := tx.Exec(ctx, sql); err != nil {
		return fmt.Errorf("pgarchive: sharding: %w", describe(err, ""))
	}
	return describe(tx.Commit(ctx), "")
}

// literal quotes s as an SQL string literal.
func literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
