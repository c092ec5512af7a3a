package main

import (
	"context"
	"fmt"
	"io"

	"github.com/guillemet/guillemet/pgarchive"
)

// runDB implements "guillemet db": the PostgreSQL archive's
// administration. Its one subcommand, migrate, brings the schema of --db
// to this guillemet's version (pgarchive.Migrate): every migration not
// yet applied, in order, each in a transaction; run again, it applies
// nothing.
func runDB(args []string, _ io.Reader, _, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "migrate" {
		fmt.Fprintln(stderr, "usage: guillemet db migrate --db URL")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return usageError{msg: "want a subcommand: migrate", shown: len(args) == 0}
	}
	fs := newFlagSet("db migrate", stderr)
	db := addDBFlag(fs, " whose schema to create or bring up to date")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet db migrate --db URL")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args[1:]); help || err != nil {
		return err
	}
	if *db == "" {
		return usagef("--db is required: the database to migrate")
	}
	applied, err := pgarchive.Migrate(context.Background(), *db, pgarchive.Options{})
	for _, m := range applied {
		fmt.Fprintf(stderr, "guillemet db: applied migration %03d_%s\n", m.Version, m.Name)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "guillemet db: %s: schema at version %d\n", pgarchive.Redact(*db), pgarchive.SchemaVersion)
	return nil
}
