package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
)

// runIngest implements "guillemet ingest": the exports of --archive,
// read as verify reads them (any CONTRACT §2 source, a bad record named
// and skipped, the same summary line), stored in the PostgreSQL archive
// of --db in transactions of about ingestCommit posts (pgarchive.Writer).
// Ingesting is idempotent: a post already held is merged, so
// that running the same command again, after a crash, an interruption or
// a lost connection, stores what was missing and changes nothing else.
// A load of over a second shows its progress on stderr (progress), on a
// terminal with the share of the files read and the time left.
func runIngest(args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlagSet("ingest", stderr)
	archives := addArchivePaths(fs)
	tz := addZoneFlag(fs)
	db := addDBFlag(fs, " to store the posts in (guillemet db migrate creates its schema)")
	strict := fs.Bool("strict", false, "exit 1 if any archive record is rejected (the others are stored)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet ingest --db URL --archive PATH... [--tz ZONE] [--strict]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	switch {
	case *db == "":
		return usagef("--db is required: the database to store the posts in")
	case len(*archives) == 0:
		return usagef("--archive is required: the exports to ingest")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a, err := pgarchive.Open(ctx, *db, pgarchive.Options{})
	if err != nil {
		return err
	}
	defer a.Close()
	w := a.Writer(ingestCommit)
	sink := &countingSink{dst: w}
	p := newProgress(stderr, "ingest", time.Now, sink.count)
	p.total = inputSize(*archives)
	stopProgress := p.run(progressRedraw)
	st, err := (&provenance.Loader{Reject: p.reject, Skip: p.skip, Read: p.addRead, Zone: tz.loc}).Load(ctx, sink, *archives...)
	if err == nil {
		err = w.Flush(ctx)
	}
	if err == nil && st.Loaded > 0 {
		err = a.Analyze(ctx)
	}
	w.Abort()
	stopProgress()
	fmt.Fprintf(stderr, "guillemet ingest: %s\n", st)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted: the batches stored are kept; run the same command again to finish")
		}
		return fmt.Errorf("%w (the batches stored before are kept: run the same command again to finish)", err)
	}
	held, err := a.Len(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "guillemet ingest: %s: %d posts held\n", pgarchive.Redact(*db), held)
	if *strict && st.Rejected > 0 {
		return errStrict
	}
	return nil
}

// ingestCommit is about how many posts ingest stores in a transaction
// (pgarchive.Writer): a run cut short loses at most these, which the
// next run stores.
const ingestCommit = 20_000
