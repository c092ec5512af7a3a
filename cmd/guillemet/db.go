package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/guillemet/guillemet/pgarchive"
)

// runDB implements "guillemet db": the PostgreSQL archive's
// administration. Its one subcommand, migrate, brings the schema of --db
// to this guillemet's version (pgarchive.Migrate): every migration not
// yet applied, in order, each in a transaction; run again, it applies
// nothing. With --shard (repeatable: the URLs of other databases) it
// migrates them too and spreads the archive's posts over them, --db
// becoming their coordinator (pgarchive.Options.Shards); the other
// commands then need only --db. A sharded archive is migrated with its
// shards, the same --shard flags.
func runDB(args []string, _ io.Reader, _, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "migrate" {
		fmt.Fprintln(stderr, dbUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return usageError{msg: "want a subcommand: migrate", shown: len(args) == 0}
	}
	fs := newFlagSet("db migrate", stderr)
	db := addDBFlag(fs, " whose schema to create or bring up to date")
	var shards multiFlag
	fs.Var(&shards, "shard", "a shard's database `URL` (repeatable): spread the archive's posts over these databases, --db their coordinator")
	fs.Usage = func() {
		fmt.Fprintln(stderr, dbUsage)
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args[1:]); help || err != nil {
		return err
	}
	if *db == "" {
		return usagef("--db is required: the database to migrate")
	}
	applied, err := pgarchive.Migrate(context.Background(), *db, pgarchive.Options{Shards: shards})
	for _, m := range applied {
		fmt.Fprintf(stderr, "guillemet db: applied migration %03d_%s\n", m.Version, m.Name)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "guillemet db: %s: schema at version %d\n", pgarchive.Redact(*db), pgarchive.SchemaVersion)
	if len(shards) > 0 {
		redacted := make([]string, len(shards))
		for i, u := range shards {
			redacted[i] = pgarchive.Redact(u)
		}
		fmt.Fprintf(stderr, "guillemet db: %s: sharded over %s\n", pgarchive.Redact(*db), strings.Join(redacted, ", "))
	}
	return nil
}

// dbUsage is the usage line of guillemet db.
const dbUsage = "usage: guillemet db migrate --db URL [--shard URL]..."
