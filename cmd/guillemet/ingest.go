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
// Progress goes to stderr every progressEvery: posts read and posts/s
// (on a terminal, one line rewritten in place).
func runIngest(args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlagSet("ingest", stderr)
	archives := addArchivePaths(fs)
	db := addDBFlag(fs, " to store the posts in (guillemet db migrate creates its schema)")
	strict := fs.Bool("strict", false, "exit 1 if any archive record is rejected (the others are stored)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet ingest --db URL --archive PATH... [--strict]")
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
	sink := newProgress(w, stderr)
	reject, skip := loadReports("ingest", stderr)
	st, err := (&provenance.Loader{Reject: reject, Skip: skip}).Load(ctx, sink, *archives...)
	if err == nil {
		err = w.Flush(ctx)
	}
	if err == nil && st.Loaded > 0 {
		err = a.Analyze(ctx)
	}
	w.Abort()
	sink.done()
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

// progressEvery is how often ingest reports its progress.
const progressEvery = 2 * time.Second

// progress is a Sink that passes posts on and reports how many went by.
type progress struct {
	dst         provenance.Sink
	out         io.Writer
	tty         bool // out is a terminal: rewrite one line
	start, last time.Time
	posts       int
	shown       bool
}

func newProgress(dst provenance.Sink, out io.Writer) *progress {
	now := time.Now()
	p := &progress{dst: dst, out: out, start: now, last: now}
	if f, ok := out.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

// Put stores posts and reports progress when it is time.
func (p *progress) Put(ctx context.Context, posts ...provenance.Post) error {
	err := p.dst.Put(ctx, posts...)
	p.posts += len(posts)
	if now := time.Now(); now.Sub(p.last) >= progressEvery {
		p.last = now
		p.show(now)
	}
	return err
}

// show writes the progress line.
func (p *progress) show(now time.Time) {
	line := fmt.Sprintf("guillemet ingest: %d posts read in %.0f s, %.0f posts/s", p.posts, now.Sub(p.start).Seconds(), float64(p.posts)/now.Sub(p.start).Seconds())
	if p.tty {
		fmt.Fprintf(p.out, "\r\033[K%s", line)
	} else {
		fmt.Fprintln(p.out, line)
	}
	p.shown = true
}

// done writes the last progress line when any was written.
func (p *progress) done() {
	if !p.shown {
		return
	}
	p.show(time.Now())
	if p.tty {
		fmt.Fprintln(p.out)
	}
}
