package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/guillemet/guillemet/internal/jsonrec"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

// textRequest is the body of /v1/verify and /v1/abuse.
type textRequest struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Author *string         `json:"author"`
}

// readBody reads the request body, up to the server's limit (route
// bounds it).
func (s *Server) readBody(r *http.Request) ([]byte, *response) {
	b, err := io.ReadAll(r.Body)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		fail := failf(http.StatusRequestEntityTooLarge, "server: request body over %d bytes", tooLarge.Limit)
		return nil, &fail
	case err != nil:
		fail := failure(r.Context(), err)
		if fail.code == http.StatusInternalServerError {
			fail = failf(http.StatusBadRequest, "server: reading the request body: %v", err)
		}
		return nil, &fail
	}
	return b, nil
}

// readText reads the body {"id","text","author"}; defaultID is the id
// without "id", the command's (q1 for verify, 1 for abuse).
func (s *Server) readText(r *http.Request, defaultID string) (id, text, author string, fail *response) {
	b, fail := s.readBody(r)
	if fail != nil {
		return "", "", "", fail
	}
	bad := func(format string, args ...any) (string, string, string, *response) {
		f := failf(http.StatusBadRequest, format, args...)
		return "", "", "", &f
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return bad(`server: empty body: want a JSON object {"text":"…"}`)
	}
	if !utf8.Valid(b) {
		return bad("server: the body is not valid UTF-8")
	}
	var req textRequest
	if err := json.Unmarshal(b, &req); err != nil {
		return bad("server: %s", jsonrec.Invalid(err))
	}
	id, _, ok := jsonrec.ID(req.ID)
	if !ok {
		return bad("server: field id: want a string or a number, got %s", jsonrec.Describe(req.ID))
	}
	if id == "" {
		id = defaultID
	}
	if req.Text == nil {
		return bad(`server: field text is missing: want {"text":"…"}`)
	}
	if req.Author != nil && strings.TrimSpace(*req.Author) != "" {
		if provenance.ParseAuthor(*req.Author).IsZero() {
			return bad(`server: field author %q names nobody: give a handle (@name) or "Name (@handle)"`, *req.Author)
		}
		author = *req.Author
	}
	return id, *req.Text, author, nil
}

// verify answers POST /v1/verify.
func (s *Server) verify(ctx context.Context, r *http.Request) response {
	f, lang, fail := s.negotiate(r)
	if fail != nil {
		return *fail
	}
	id, text, author, fail := s.readText(r, "q1")
	if fail != nil {
		return *fail
	}
	res, err := provenance.Link(ctx, s.archive, text, &provenance.Options{Author: author})
	switch {
	case provenance.IsQuoteError(err):
		return jsonLine(http.StatusUnprocessableEntity, report.RejectedJSON{ID: id, Error: err.Error()})
	case err != nil:
		return failure(ctx, err)
	}
	q := report.Quote{ID: id}
	res = s.files.result(res)
	return s.render(f, lang, View{Result: res, Quote: q}, func() any { return report.Verify(res, q) })
}

// montage answers POST /v1/montage.
func (s *Server) montage(ctx context.Context, r *http.Request) response {
	f, lang, fail := s.negotiate(r)
	if fail != nil {
		return *fail
	}
	b, fail := s.readBody(r)
	if fail != nil {
		return *fail
	}
	c, err := montage.ParseComposite(b)
	if err != nil {
		return failf(http.StatusBadRequest, "server: not a composite: %v", err)
	}
	m, err := montage.Judge(ctx, s.archive, c, montage.Options{Classifier: s.classifier})
	if err != nil {
		return failure(ctx, err)
	}
	m = s.files.montage(m)
	return s.render(f, lang, View{Montage: m}, func() any { return report.Montage(m) })
}

// abuse answers POST /v1/abuse.
func (s *Server) abuse(ctx context.Context, r *http.Request) response {
	if fail := jsonOnly(r); fail != nil {
		return *fail
	}
	id, text, _, fail := s.readText(r, "1")
	if fail != nil {
		return *fail
	}
	res, err := s.classifier.Classify(ctx, text)
	if err != nil {
		return failure(ctx, err)
	}
	return jsonLine(http.StatusOK, report.Abuse(id, res))
}

// thread answers GET /v1/posts/{platform}/{id}/thread.
func (s *Server) thread(ctx context.Context, r *http.Request) response {
	if fail := jsonOnly(r); fail != nil {
		return *fail
	}
	k := provenance.Key{Platform: r.PathValue("platform"), ID: r.PathValue("id")}
	p, ok, err := s.archive.Post(ctx, k)
	switch {
	case err != nil:
		return failure(ctx, err)
	case !ok:
		return failf(http.StatusNotFound, "server: no post %s in the archive", k)
	}
	t, err := provenance.ThreadOf(ctx, s.archive, p, threadReplies)
	if err != nil {
		return failure(ctx, err)
	}
	return jsonLine(http.StatusOK, report.PostThread(s.files.thread(p, t)))
}

// health is the body of GET /healthz.
type health struct {
	Status string `json:"status"`
	Posts  int    `json:"posts"`
}

// health answers GET /healthz: the archive answers, and how many posts
// it holds.
func (s *Server) health(ctx context.Context, r *http.Request) response {
	n, err := s.archive.Len(ctx)
	if err != nil {
		return failure(ctx, err)
	}
	return jsonLine(http.StatusOK, health{Status: "ok", Posts: n})
}

// jsonOnly refuses, with 406, another format than JSON on a route that
// answers JSON only.
func jsonOnly(r *http.Request) *response {
	if v := r.URL.Query().Get("format"); v != "" && v != "json" {
		fail := failf(http.StatusNotAcceptable, "server: %s answers JSON only, not %q", r.URL.Path, v)
		return &fail
	}
	return nil
}
