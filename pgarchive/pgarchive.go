// Package pgarchive is a provenance.Archive on PostgreSQL: persistent,
// shared by every process that reads it, filled by guillemet ingest and
// read by verify, montage and serve with --db, where the in-memory
// archive is loaded again at every start.
//
// It answers as provenance.Memory does, call for call, and proves it by
// passing provenance/archivetest: Go applies the archive's rules
// (provenance.Merge, provenance.ClosesCycle) and computes each post's
// search keys (provenance.PostKeys); the database stores the posts, an
// inverted index of those keys (migrations/001_schema.sql documents the
// schema, 002_origins.sql where each post was read) and the reply and
// share links, walks threads in recursive
// CTEs, reads an author's timeline from an index on (author, time), and
// scores candidates with provenance.Query.Terms and provenance.Score's
// arithmetic, so that provenance.Link, which aligns the candidates in
// Go, gives the same verdicts as on the in-memory archive.
//
// An archive may be spread over shards (Options.Shards): its posts hash
// partitioned by author and its postings by search key over
// postgres_fdw foreign tables on other databases, read and written
// through a coordinator with the same answers, each of its reads a
// lookup that the shards answer from their indexes (shard.go).
//
// The schema is applied by Migrate (guillemet db migrate); Open refuses
// a database whose schema is not this package's (ErrSchema). Errors say
// what is wrong without the password: the database cannot be reached
// (ErrUnreachable, worth retrying), or it refused the login (ErrLogin);
// Redact gives a URL fit for messages and logs.
package pgarchive

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/guillemet/guillemet/provenance"
)

// Options set how an archive is opened. The zero value opens the
// database's default schema with the default search limits.
type Options struct {
	// Schema, when set, is the PostgreSQL schema the archive's tables
	// live in (the connections' search_path); Migrate creates it. Several
	// archives may then share one database (the tests give each its own).
	Schema string
	// Limits bound the searches of Candidates, as provenance.WithLimits
	// bounds Memory's; zero fields take their defaults.
	Limits provenance.Limits
	// MaxConns bounds the pool's connections (0: pgxpool's default, the
	// larger of 4 and the number of CPUs).
	MaxConns int32
	// Shards, when set, are the URLs of the databases Migrate spreads
	// the posts and the postings over (shard.go; guillemet db migrate
	// --shard): the database Migrate
	// is given becomes their coordinator, reaching them through
	// postgres_fdw, in the same schema (Schema) on each. Open does not
	// need them: the coordinator knows its shards. Each shard's user and
	// password are kept in the coordinator's user mapping, which
	// postgres_fdw connects with.
	Shards []string
}

// Archive is a provenance.Archive and provenance.Sink stored in
// PostgreSQL. It is safe for concurrent use: readers query their own
// snapshot while batches are being stored, and batches from any number
// of processes are stored one at a time.
type Archive struct {
	pool    *pgxpool.Pool
	limits  provenance.Limits
	sharded bool // posts and postings are partitioned over shards
}

var (
	_ provenance.Archive = (*Archive)(nil)
	_ provenance.Sink    = (*Archive)(nil)
)

// ErrUnreachable is the error (wrapped) of an Open or Migrate that could
// not reach the database: it is down, refuses connections, or its host
// is unknown. Trying again later may succeed.
var ErrUnreachable = errors.New("pgarchive: the database cannot be reached")

// ErrLogin is the error (wrapped) of an Open or Migrate the database
// refused: a wrong user or password, or a role that may not connect.
var ErrLogin = errors.New("pgarchive: the database refused the login")

// Open connects to the database at url (postgres://user:password@host:port/db,
// or key=value pairs) and returns its archive. The schema must be at
// SchemaVersion (ErrSchema otherwise: run Migrate).
func Open(ctx context.Context, url string, o Options) (*Archive, error) {
	pool, err := connect(ctx, url, o)
	if err != nil {
		return nil, err
	}
	if err := checkSchema(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	sharded, err := isSharded(ctx, pool)
	if err != nil {
		pool.Close()
		return nil, err
	}
	return &Archive{pool: pool, limits: o.Limits, sharded: sharded}, nil
}

// Close closes the archive's connections.
func (a *Archive) Close() { a.pool.Close() }

// connect opens a pool on url and checks that it can connect.
func connect(ctx context.Context, url string, o Options) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's message quotes the URL; ours says only what it is.
		return nil, fmt.Errorf("pgarchive: cannot read the database URL %s: want postgres://user:password@host:port/database or key=value pairs", Redact(url))
	}
	if o.Schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = quoteIdent(o.Schema)
	}
	if o.MaxConns > 0 {
		cfg.MaxConns = o.MaxConns
	}
	// The archive's queries are lookups of a few rows: compiling them
	// (PostgreSQL's jit, on by default) costs more than it saves. On a
	// sharded coordinator it happened to most: without remote estimates
	// a foreign scan is costed as a read of its whole table, over
	// jit_above_cost at 1 000 000 posts, and the compilation took 50 ms
	// of a 2 ms lookup. A URL's own jit parameter is kept.
	if _, ok := cfg.ConnConfig.RuntimeParams["jit"]; !ok {
		cfg.ConnConfig.RuntimeParams["jit"] = "off"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, describe(err, url)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, describe(err, url)
	}
	return pool, nil
}

// describe turns a pgx error into this package's: a context's error as
// it is, a refused login (ErrLogin) or an unreachable server
// (ErrUnreachable) named by the redacted url, and any other error with
// the package's name. No message carries the password: pgx's connection
// errors name only the user and database, and whatever of the URL they
// might quote is redacted.
func describe(err error, url string) error {
	if err == nil {
		return nil
	}
	if ctxErr := contextError(err); ctxErr != nil {
		return ctxErr
	}
	where := ""
	if url != "" {
		where = " at " + Redact(url)
	}
	msg := scrub(err.Error(), url)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr) && strings.HasPrefix(pgErr.Code, "28"): // invalid_authorization_specification, invalid_password
		return fmt.Errorf("%w%s: wrong user or password (%s)", ErrLogin, where, pgErr.Message)
	case errors.As(err, &pgErr) && pgErr.Code == "3D000": // invalid_catalog_name
		return fmt.Errorf("pgarchive: no such database%s: %s", where, pgErr.Message)
	case errors.As(err, &pgErr) && pgErr.Code == "25006": // read_only_sql_transaction
		return fmt.Errorf("pgarchive: the database is read-only (a replica? write to its primary): %s", pgErr.Message)
	case errors.As(err, &pgErr):
		return fmt.Errorf("pgarchive: %s", msg)
	}
	var connErr *pgconn.ConnectError
	if errors.As(err, &connErr) || pgconn.SafeToRetry(err) {
		return fmt.Errorf("%w%s (is PostgreSQL running there?): %s", ErrUnreachable, where, msg)
	}
	return fmt.Errorf("pgarchive: %s", msg)
}

// contextError returns the context error err carries, if any.
func contextError(err error) error {
	for _, c := range []error{context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, c) {
			return c
		}
	}
	return nil
}

// scrub removes from msg the password url holds, wherever it appears.
func scrub(msg, url string) string {
	if pw := password(url); pw != "" {
		msg = strings.ReplaceAll(msg, pw, "xxxxx")
	}
	return msg
}

// password returns the password a connection string holds, "" when none
// or when the string cannot be read.
func password(connString string) string {
	cfg, err := pgconn.ParseConfig(connString)
	if err != nil {
		return ""
	}
	return cfg.Password
}

// kvPassword finds a password in key=value pairs, quoted or not.
var kvPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// Redact returns the connection string url with its password replaced
// by xxxxx, fit for messages and logs: a postgres:// URL's user
// password and password parameter, and the password of key=value
// pairs. An unreadable URL is reduced to its scheme.
func Redact(connString string) string {
	if !strings.HasPrefix(connString, "postgres://") && !strings.HasPrefix(connString, "postgresql://") {
		return kvPassword.ReplaceAllString(connString, "${1}xxxxx")
	}
	u, err := url.Parse(connString)
	if err != nil {
		scheme, _, _ := strings.Cut(connString, "://")
		return scheme + "://…"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// quoteIdent quotes a schema name for SQL.
func quoteIdent(name string) string { return pgx.Identifier{name}.Sanitize() }
