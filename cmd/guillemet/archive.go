package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

// multiFlag is a repeatable string flag (--archive A --archive B).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

// Set adds one value. Commas do not separate paths: a path may hold one.
func (m *multiFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty path")
	}
	*m = append(*m, v)
	return nil
}

// addArchivePaths registers the repeatable --archive flag.
func addArchivePaths(fs *flag.FlagSet) *multiFlag {
	var paths multiFlag
	fs.Var(&paths, "archive", "archive `PATH` (file or folder; repeatable)")
	return &paths
}

// zoneFlag is --tz: the time zone in which local dates without their
// offset are read (provenance.Loader.Zone); nil when not given.
type zoneFlag struct{ loc *time.Location }

func (z *zoneFlag) String() string {
	if z == nil || z.loc == nil {
		return ""
	}
	return z.loc.String()
}

// Set reads an IANA zone name. Local is refused: the zone is the
// exporting computer's, which this one's says nothing of.
func (z *zoneFlag) Set(v string) error {
	loc, err := time.LoadLocation(v)
	if err != nil || v == "" || v == "Local" {
		return fmt.Errorf("%q is not a time zone: name the exporting computer's, as Europe/Paris or America/Montreal", v)
	}
	z.loc = loc
	return nil
}

// addZoneFlag registers --tz.
func addZoneFlag(fs *flag.FlagSet) *zoneFlag {
	z := &zoneFlag{}
	fs.Var(z, "tz", "the time `ZONE` (Europe/Paris) of the computer that exported a Telegram Desktop chat before 2021, whose dates are local times: without it their messages are rejected")
	return z
}

// errStrict reports rejections under --strict.
var errStrict = errors.New("--strict: some records were rejected (listed above)")

// loadArchives reads the archives into memory (into, when not nil: a
// saved archive read back, for guillemet index --index), reporting on stderr each
// rejected record, file or link, each file or link skipped (with the
// reason), then the summary line (CONTRACT §6); a load that lasts over a
// second shows its progress meanwhile (progress). Under strict, any
// rejection fails the load; a file skipped because it holds no posts (an
// image, like.js, a hidden entry) does not. Local dates without their
// offset are read in zone (--tz; nil rejects them).
func loadArchives(ctx context.Context, cmd string, paths []string, zone *time.Location, into *provenance.Memory, strict bool, stderr io.Writer) (*provenance.Memory, provenance.LoadStats, time.Duration, error) {
	start := time.Now()
	if into == nil {
		into = provenance.NewMemory()
	}
	held, _ := into.Len(ctx)
	p := newProgress(stderr, cmd, time.Now, func() int { n, _ := into.Len(ctx); return n - held })
	stop := p.run(progressRedraw)
	mem, st, err := provenance.Open(ctx, provenance.OpenOptions{
		Paths:  paths,
		Zone:   zone,
		Into:   into,
		Strict: strict,
		Reject: p.reject,
		Skip:   p.skip,
	})
	stop()
	elapsed := time.Since(start)
	fmt.Fprintf(stderr, "guillemet %s: %s\n", cmd, st)
	switch {
	case errors.Is(err, provenance.ErrRejected):
		err = errStrict
	case errors.Is(err, provenance.ErrNoPost):
		err = fmt.Errorf("no post could be loaded from %s", strings.Join(paths, ", "))
	}
	return mem, st, elapsed, err
}

// addDBFlag registers --db, the PostgreSQL archive's URL.
func addDBFlag(fs *flag.FlagSet, use string) *string {
	return fs.String("db", "", "the PostgreSQL archive's `URL` (postgres://user:password@host:port/database)"+use)
}

// checkArchiveFlags checks that a command is given exports (--archive),
// a saved archive (--index) or a database (--db), one of them: adding
// exports to a saved archive is guillemet index's work, to a database
// guillemet ingest's.
func checkArchiveFlags(paths []string, index, db string) error {
	switch {
	case len(paths) == 0 && index == "" && db == "":
		return usagef("--archive is required (or --index FILE, a saved archive)")
	case len(paths) > 0 && index != "":
		return usagef("give --archive or --index, not both: to add exports to a saved archive, guillemet index --index OLD --archive NEW --out FILE")
	case db != "" && len(paths) > 0:
		return usagef("give --archive or --db, not both: to add exports to the database, guillemet ingest --db URL --archive PATH")
	case db != "" && index != "":
		return usagef("give --index or --db, not both")
	}
	return nil
}

// openArchive opens the archive a command reads: the database of --db,
// the saved archive of --index, mapped in milliseconds, or the exports
// of --archive, loaded as loadArchives loads them (local dates in zone).
// It returns the archive, the figures of --stats, and what releases the
// archive.
func openArchive(ctx context.Context, cmd string, paths []string, zone *time.Location, index, db string, strict bool, stderr io.Writer) (provenance.Archive, *report.Stats, func(), error) {
	if db != "" {
		return openDB(ctx, cmd, db, stderr)
	}
	if index == "" {
		mem, _, loadTime, err := loadArchives(ctx, cmd, paths, zone, nil, strict, stderr)
		if err != nil {
			return nil, nil, nil, err
		}
		posts, err := mem.Len(ctx)
		return mem, &report.Stats{Posts: posts, LoadMS: report.Millis(loadTime), IndexMS: report.Millis(mem.IndexTime())}, func() {}, err
	}
	start := time.Now()
	s, err := provenance.OpenSaved(index, provenance.SavedOptions{})
	if err != nil {
		return nil, nil, nil, err
	}
	posts, err := s.Len(ctx)
	if err != nil {
		s.Close()
		return nil, nil, nil, err
	}
	fmt.Fprintf(stderr, "guillemet %s: opened %s: %d posts (saved archive)\n", cmd, index, posts)
	return s, &report.Stats{Posts: posts, LoadMS: report.Millis(time.Since(start))}, func() { s.Close() }, nil
}

// openDB opens the PostgreSQL archive at url (--db) and names it on
// stderr by its redacted URL.
func openDB(ctx context.Context, cmd, url string, stderr io.Writer) (provenance.Archive, *report.Stats, func(), error) {
	start := time.Now()
	a, err := pgarchive.Open(ctx, url, pgarchive.Options{})
	if err != nil {
		return nil, nil, nil, err
	}
	posts, err := a.Len(ctx)
	if err != nil {
		a.Close()
		return nil, nil, nil, err
	}
	fmt.Fprintf(stderr, "guillemet %s: opened %s: %d posts (PostgreSQL)\n", cmd, pgarchive.Redact(url), posts)
	return a, &report.Stats{Posts: posts, LoadMS: report.Millis(time.Since(start))}, a.Close, nil
}
