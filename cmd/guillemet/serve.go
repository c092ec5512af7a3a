package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/server"
)

// runServe implements "guillemet serve": the contract's JSON over HTTP
// (package server) from the archives loaded as verify and montage load
// them, until SIGINT or SIGTERM; then the requests in flight finish
// (server.ShutdownGrace at most) and the command exits 0.
func runServe(args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlagSet("serve", stderr)
	archives := addArchivePaths(fs)
	tz := addZoneFlag(fs)
	index := fs.String("index", "", "a saved archive (`FILE` written by guillemet index), instead of --archive")
	db := addDBFlag(fs, ", instead of --archive: while it cannot be reached, serve waits and tries again")
	addr := fs.String("addr", server.DefaultAddr, "listen on `HOST:PORT` (loopback by default; port 0 picks a free one)")
	strict := fs.Bool("strict", false, "exit 1 before serving if any archive record is rejected")
	lexicon := fs.Bool("lexicon", false, "judge abuse with the lexicon alone, not the learned scorer")
	maxBody := fs.Int64("max-body", server.DefaultMaxBodyBytes, "largest request body, in `BYTES` (413 beyond)")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "deadline of one request's work (503 beyond)")
	logFormat := fs.String("log", "text", "log `FORMAT` on standard error: text or json")
	org := fs.String("org", "", "the `NAME` of the organisation that publishes the fact checks: ?format=claimreview needs it")
	orgURL := fs.String("org-url", "", "the organisation's home page (`URL`)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet serve (--archive PATH... [--tz ZONE] | --index FILE | --db URL) [--addr HOST:PORT] [--strict] [--lexicon] [--max-body BYTES] [--timeout DURATION] [--log text|json] [--org NAME [--org-url URL]]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	var handler slog.Handler
	switch *logFormat {
	case "text":
		handler = slog.NewTextHandler(stderr, nil)
	case "json":
		handler = slog.NewJSONHandler(stderr, nil)
	default:
		return usagef("--log %q: want text or json", *logFormat)
	}
	if err := checkArchiveFlags(*archives, *index, *db); err != nil {
		return err
	}
	switch {
	case *maxBody <= 0:
		return usagef("--max-body must be a positive number of bytes")
	case *timeout <= 0:
		return usagef("--timeout must be positive (30s, 2m)")
	case *orgURL != "" && *org == "":
		return usagef("--org-url goes with --org NAME")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(handler)
	mem, release, err := openServed(ctx, log, *archives, tz.loc, *index, *db, *strict, stderr)
	if err != nil {
		return err
	}
	defer release()
	s, err := server.New(server.Config{Archive: mem, Classifier: classifier(*lexicon), Logger: log, Roots: *archives,
		MaxBodyBytes: *maxBody, Timeout: *timeout, Publisher: claimreview.Organization{Name: *org, URL: *orgURL}})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if !loopback(ln.Addr()) {
		log.Warn("listening beyond loopback: the service has no authentication; put it behind a proxy that has", "addr", ln.Addr().String())
	}
	return s.Serve(ctx, ln)
}

// loopback reports whether a listener's address is on loopback only.
func loopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// Backoff of serve --db while the database cannot be reached: the first
// wait, doubled at every try up to the last.
const (
	dbFirstWait = time.Second
	dbLastWait  = 30 * time.Second
)

// openServed opens the archive serve answers from. A database that
// cannot be reached (down, not yet started) is tried again, with
// exponential backoff and a warning each time, until it answers or ctx
// is done; any other failure (a refused login, a schema to migrate)
// ends serve at once.
func openServed(ctx context.Context, log *slog.Logger, paths []string, zone *time.Location, index, db string, strict bool, stderr io.Writer) (provenance.Archive, func(), error) {
	for wait := dbFirstWait; ; wait = min(2*wait, dbLastWait) {
		a, _, release, err := openArchive(ctx, "serve", paths, zone, index, db, strict, stderr)
		if !errors.Is(err, pgarchive.ErrUnreachable) {
			return a, release, err
		}
		log.Warn("the database cannot be reached; trying again", "db", pgarchive.Redact(db), "wait", wait.String(), "error", err.Error())
		select {
		case <-ctx.Done():
			return nil, nil, fmt.Errorf("stopped while waiting for the database: %w", err)
		case <-time.After(wait):
		}
	}
}
