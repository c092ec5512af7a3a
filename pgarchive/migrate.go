package pgarchive

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// The schema's migrations: numbered SQL files (NNN_name.sql), applied in
// order, each in its own transaction with its row of schema_migrations,
// so that a migration is applied whole or not at all, and once.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migration is one step of the schema.
type Migration struct {
	Version int
	Name    string // the file's name without its number and .sql
	sql     string
}

// Migrations returns the schema's migrations, in the order they apply.
func Migrations() []Migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic("pgarchive: the embedded migrations cannot be read: " + err.Error())
	}
	var out []Migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("pgarchive: a migration file not named NNN_name.sql: " + e.Name())
		}
		b, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			panic("pgarchive: " + err.Error())
		}
		out = append(out, Migration{Version: v, Name: name, sql: string(b)})
	}
	slices.SortFunc(out, func(a, b Migration) int { return a.Version - b.Version })
	return out
}

// SchemaVersion is the version of the schema this package reads: the
// last migration's.
var SchemaVersion = Migrations()[len(Migrations())-1].Version

// migrationsTable is created before any migration: the versions applied.
const migrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    integer     PRIMARY KEY,
	name       text        NOT NULL,
	applied_at timestamptz NOT NULL DEFAULT now()
)`

// Migrate brings the database's schema (the schema Options.Schema names,
// created when missing) to SchemaVersion and returns the migrations it
// applied, none when it was already there. With Options.Shards it
// migrates each shard too and makes the database their coordinator
// (shard.go); an archive already sharded stays as it is, and is
// migrated only with its shards (the same Options.Shards: a migration
// changes their tables too). Concurrent Migrates wait for each other
// (an advisory lock), so that each migration applies once.
func Migrate(ctx context.Context, url string, o Options) ([]Migration, error) {
	remote := make([]shard, len(o.Shards))
	for i, u := range o.Shards {
		var err error
		if remote[i], err = migrateShard(ctx, u, o); err != nil {
			return nil, err
		}
	}
	pool, err := connect(ctx, url, o)
	if err != nil {
		return nil, err
	}
	defer pool.Close()
	if len(o.Shards) == 0 {
		if err := withoutShards(ctx, pool); err != nil {
			return nil, err
		}
	}
	applied, err := migrate(ctx, pool, o.Schema)
	if err != nil || len(o.Shards) == 0 {
		return applied, err
	}
	return applied, shardCoordinator(ctx, pool, remote)
}

func migrate(ctx context.Context, pool *pgxpool.Pool, schema string) ([]Migration, error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, describe(err, "")
	}
	defer conn.Release()
	// The lock is the session's: it spans the migrations' transactions.
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", migrateLock); err != nil {
		return nil, describe(err, "")
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrateLock)
	if schema != "" {
		if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+quoteIdent(schema)); err != nil {
			return nil, describe(err, "")
		}
	}
	if _, err := conn.Exec(ctx, migrationsTable); err != nil {
		return nil, describe(err, "")
	}
	var applied []Migration
	for _, m := range Migrations() {
		done, err := applyMigration(ctx, conn.Conn(), m)
		if err != nil {
			return applied, err
		}
		if done {
			applied = append(applied, m)
		}
	}
	return applied, nil
}

// migrateLock is the advisory lock Migrate holds ("guillemet" in the
// letters' code points, folded).
const migrateLock int64 = 0x6775696c6c656d

// applyMigration applies m in a transaction unless schema_migrations
// says it was applied, and reports whether it applied it.
func applyMigration(ctx context.Context, conn *pgx.Conn, m Migration) (bool, error) {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return false, describe(err, "")
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	var n int
	if err := tx.QueryRow(ctx, "SELECT count(*) FROM schema_migrations WHERE version = $1", m.Version).Scan(&n); err != nil {
		return false, describe(err, "")
	}
	if n > 0 {
		return false, nil
	}
	if _, err := tx.Exec(ctx, m.sql); err != nil {
		return false, fmt.Errorf("pgarchive: migration %03d_%s: %w", m.Version, m.Name, describe(err, ""))
	}
	if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", m.Version, m.Name); err != nil {
		return false, describe(err, "")
	}
	return true, describe(tx.Commit(ctx), "")
}

// ErrSchema is the error (wrapped) Open returns when the database's
// schema is not the one this package reads: not migrated, or migrated by
// a newer guillemet.
var ErrSchema = errors.New("pgarchive: the database schema is not this version's")

// checkSchema returns ErrSchema, with what to do, unless the schema is
// at SchemaVersion.
func checkSchema(ctx context.Context, pool *pgxpool.Pool) error {
	var exists bool
	if err := pool.QueryRow(ctx, "SELECT to_regclass('schema_migrations') IS NOT NULL").Scan(&exists); err != nil {
		return describe(err, "")
	}
	v := 0
	if exists {
		if err := pool.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v); err != nil {
			return describe(err, "")
		}
	}
	switch {
	case v < SchemaVersion:
		return fmt.Errorf("%w: it is at version %d, this guillemet reads version %d: run guillemet db migrate --db URL", ErrSchema, v, SchemaVersion)
	case v > SchemaVersion:
		return fmt.Errorf("%w: it is at version %d, newer than this guillemet's %d: use a newer guillemet", ErrSchema, v, SchemaVersion)
	}
	return nil
}
