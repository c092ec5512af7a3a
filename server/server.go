package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

// Defaults and the bounds of the http.Server that HTTPServer returns.
const (
	// DefaultAddr is where guillemet serve listens: loopback only, so
	// that exposing the service is a decision (a reverse proxy, or
	// --addr).
	DefaultAddr = "127.0.0.1:8080"
	// DefaultMaxBodyBytes bounds a request body: a quote, a text or a
	// composite of screenshots is a few kilobytes.
	DefaultMaxBodyBytes = 1 << 20
	// DefaultTimeout is the deadline of one request's work.
	DefaultTimeout = 30 * time.Second
	// ReadHeaderTimeout bounds the reading of a request's headers,
	// ReadTimeout that of the whole request, body included.
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 30 * time.Second
	// WriteMargin is what the writing of an answer may take beyond the
	// request's deadline: the http.Server's WriteTimeout is
	// Config.Timeout + WriteMargin.
	WriteMargin = 10 * time.Second
	// IdleTimeout bounds how long a kept-alive connection waits for its
	// next request.
	IdleTimeout = 2 * time.Minute
	// MaxHeaderBytes bounds a request's headers.
	MaxHeaderBytes = 64 << 10
	// ShutdownGrace is how long Serve lets the requests in flight finish
	// once it is told to stop.
	ShutdownGrace = 10 * time.Second
)

// threadReplies bounds the replies of a thread, as verify's thread.
const threadReplies = 100

// Config is what a Server answers from. Only Archive is required.
type Config struct {
	// Archive holds the posts: the Memory provenance.Open loads, or any
	// provenance.Archive. It must be safe for concurrent readers.
	Archive provenance.Archive
	// Classifier judges abuse for /v1/abuse and the montages; nil is
	// abuse.Default, the learned scorer (the command's default).
	Classifier abuse.Classifier
	// Logger receives one record a request and the server's events;
	// nil is slog.Default().
	Logger *slog.Logger
	// MaxBodyBytes bounds a request body (413 beyond); 0 is
	// DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Timeout is the deadline of one request's work, passed down
	// through its context (503 when it passes); 0 is DefaultTimeout.
	Timeout time.Duration
	// HTML writes the report page of a verify or a montage to w, in the
	// language lang (language.French unless the request says ?lang=en).
	// The server sends it as text/html; charset=utf-8 when it returns
	// nil, a 500 JSON error otherwise (nothing of a failed page is
	// sent). nil: package htmlreport's page.
	HTML func(w io.Writer, v View, lang language.Tag) error
	// ClaimReview writes the schema.org ClaimReview JSON-LD of a verify
	// or a montage to w, in the language lang, sent as
	// application/ld+json as HTML's page is sent. nil: package
	// claimreview's, published by Publisher at the time of the request,
	// when Publisher has a name; else ?format=claimreview is answered
	// 406.
	ClaimReview func(w io.Writer, v View, lang language.Tag) error
	// Publisher is the organisation that publishes the fact checks: the
	// ClaimReview's author (guillemet serve --org, --org-url). A
	// ClaimReview names its publisher, so the server does not invent
	// one.
	Publisher claimreview.Organization
	// Roots are the files and folders the archive was loaded from
	// (guillemet serve --archive), as the loader was given them. The
	// server never shows a client where its files lie: a post's "from"
	// names a file under a root from the root's last element on
	// (exports/ana/data/tweets.js#[3].tweet for --archive
	// /srv/exports), any other file by its last element, a ZIP's entry
	// from the ZIP's name on (see files.go). Nil: every file is named by
	// that second rule (a saved archive's, a database's).
	Roots []string
}

// View is the result a renderer (Config.HTML, Config.ClaimReview)
// shows: a verify's or a montage's, never both.
type View struct {
	// Result is a verify's provenance.Link result (report.Verify(Result,
	// Quote) is its JSON line); nil for a montage.
	Result *provenance.Result
	// Quote names the verified quote as its JSON does: ID is the
	// request's "id", "q1" without one.
	Quote report.Quote
	// Montage is a montage's judgment (report.Montage(Montage) is its
	// JSON line); nil for a verify.
	Montage *montage.Montage
}

// Server answers the contract's requests over HTTP; it is an
// http.Handler. Create it with New.
type Server struct {
	archive    provenance.Archive
	classifier abuse.Classifier
	log        *slog.Logger
	maxBody    int64
	timeout    time.Duration
	html       func(io.Writer, View, language.Tag) error
	claim      func(io.Writer, View, language.Tag) error
	files      fileNamer
	mux        *http.ServeMux
}

// New returns the Server of c, its defaults filled in. It fails when c
// has no archive or a negative limit.
func New(c Config) (*Server, error) {
	switch {
	case c.Archive == nil:
		return nil, errors.New("server: no archive")
	case c.MaxBodyBytes < 0:
		return nil, fmt.Errorf("server: negative body limit %d", c.MaxBodyBytes)
	case c.Timeout < 0:
		return nil, fmt.Errorf("server: negative timeout %v", c.Timeout)
	}
	s := &Server{archive: c.Archive, classifier: c.Classifier, log: c.Logger, maxBody: c.MaxBodyBytes, timeout: c.Timeout,
		html: c.HTML, claim: c.ClaimReview, files: fileNamer{roots: c.Roots}, mux: http.NewServeMux()}
	if s.classifier == nil {
		s.classifier = abuse.Default
	}
	if s.html == nil {
		s.html = htmlPage
	}
	if s.claim == nil && c.Publisher.Name != "" {
		s.claim = claimReview(c.Publisher)
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.maxBody == 0 {
		s.maxBody = DefaultMaxBodyBytes
	}
	if s.timeout == 0 {
		s.timeout = DefaultTimeout
	}
	s.route("POST /v1/verify", s.verify)
	s.route("POST /v1/montage", s.montage)
	s.route("POST /v1/abuse", s.abuse)
	s.route("GET /v1/posts/{platform}/{id}/thread", s.thread)
	s.route("GET /healthz", s.health)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.write(w, failf(http.StatusNotFound, "server: no route %s %s: see CONTRACT.md §4 serve", r.Method, r.URL.Path))
	})
	return s, nil
}

// route registers the handler of pattern ("METHOD /path"), and a 405
// answer for the path's other methods.
func (s *Server) route(pattern string, h func(context.Context, *http.Request) response) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
		defer cancel()
		r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
		s.write(w, h(ctx, r.WithContext(ctx)))
	})
	method, path, _ := strings.Cut(pattern, " ")
	allow := method
	if method == http.MethodGet {
		allow += ", " + http.MethodHead
	}
	s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		s.write(w, failf(http.StatusMethodNotAllowed, "server: %s takes %s, not %s", r.URL.Path, method, r.Method))
	})
}

// ServeHTTP answers one request and logs it; a panic is recovered,
// logged with its stack and answered 500.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if rec.status == 0 {
				s.write(rec, failf(http.StatusInternalServerError, "server: internal error (logged)"))
			}
		}
		level := slog.LevelInfo
		if rec.status >= 500 {
			level = slog.LevelError
		}
		s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"duration", time.Since(start), "bytes", rec.bytes)
	}()
	s.mux.ServeHTTP(rec, r)
}

// recorder remembers the status and the size of an answer, for the log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// HTTPServer returns an http.Server for s with the bounds of a public
// service: ReadHeaderTimeout, ReadTimeout, a WriteTimeout of
// Config.Timeout + WriteMargin, IdleTimeout and MaxHeaderBytes; its own
// errors (a TLS handshake, a broken connection) go to the Logger.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      s.timeout + WriteMargin,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Serve answers the connections of ln with HTTPServer until ctx ends,
// then shuts down gracefully: it stops listening, lets the requests in
// flight finish for up to ShutdownGrace, and returns. It logs when it
// listens (the address) and when it stops. The error is nil after a
// clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := s.HTTPServer()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	s.log.Info("listening", "addr", ln.Addr().String())
	select {
	case err := <-served:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "grace", ShutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if err != nil {
		hs.Close()
		err = fmt.Errorf("server: shutdown: %w", err)
	}
	if e := <-served; err == nil && !errors.Is(e, http.ErrServerClosed) {
		err = fmt.Errorf("server: %w", e)
	}
	s.log.Info("stopped")
	return err
}
