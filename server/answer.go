package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/report"
)

// Content types of the answers.
const (
	contentJSON   = "application/json"
	contentHTML   = "text/html; charset=utf-8"
	contentJSONLD = "application/ld+json"
)

// response is an answer, whole before anything is sent: a handler that
// fails (or panics) has written nothing.
type response struct {
	code  int
	ctype string
	body  []byte
}

// errorJSON is the body of every error: {"error":"…"}.
type errorJSON struct {
	Error string `json:"error"`
}

// jsonLine answers v as the command's JSON line, with code.
func jsonLine(code int, v any) response {
	var b bytes.Buffer
	if err := report.WriteLine(&b, v); err != nil {
		return failf(http.StatusInternalServerError, "server: encoding the answer: %v", err)
	}
	return response{code: code, ctype: contentJSON, body: b.Bytes()}
}

// failf answers the error {"error": message} with code.
func failf(code int, format string, args ...any) response {
	return jsonLine(code, errorJSON{fmt.Sprintf(format, args...)})
}

// failure answers an error of the library: 503 when the request's
// deadline passed or its client went away, 500 otherwise.
func failure(ctx context.Context, err error) response {
	switch {
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil:
		return failf(http.StatusServiceUnavailable, "server: the request's deadline passed before its answer was ready")
	case errors.Is(err, context.Canceled) && ctx.Err() != nil:
		return failf(http.StatusServiceUnavailable, "server: the request was cancelled")
	}
	return failf(http.StatusInternalServerError, "server: %v", err)
}

// write sends a response.
func (s *Server) write(w http.ResponseWriter, r response) {
	h := w.Header()
	h.Set("Content-Type", r.ctype)
	h.Set("Content-Length", strconv.Itoa(len(r.body)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(r.code)
	if _, err := w.Write(r.body); err != nil {
		s.log.Debug("writing the answer", "err", err) // the client went away
	}
}

// format is the form of a verify's or a montage's answer.
type format uint8

const (
	formatJSON format = iota
	formatHTML
	formatClaimReview
)

// negotiate reads the form a request asks for (?format=, else Accept)
// and the language of the page (?lang=), and refuses a form without
// renderer with 406.
func (s *Server) negotiate(r *http.Request) (format, language.Tag, *response) {
	q := r.URL.Query()
	lang := language.French
	switch l := q.Get("lang"); l {
	case "", "fr":
	case "en":
		lang = language.English
	default:
		fail := failf(http.StatusBadRequest, "server: lang %q: want fr (the default) or en", l)
		return 0, lang, &fail
	}
	f := formatJSON
	switch v := q.Get("format"); v {
	case "":
		if prefersHTML(r.Header.Values("Accept")) {
			f = formatHTML
		}
	case "json":
	case "html":
		f = formatHTML
	case "claimreview":
		f = formatClaimReview
	default:
		fail := failf(http.StatusBadRequest, "server: format %q: want json (the default), html or claimreview", v)
		return 0, lang, &fail
	}
	switch {
	case f == formatClaimReview && s.claim == nil:
		fail := failf(http.StatusNotAcceptable, "server: no ClaimReview without a publisher (guillemet serve --org NAME; Config.Publisher): ask for JSON (?format=json)")
		return 0, lang, &fail
	}
	return f, lang, nil
}

// prefersHTML reads Accept headers: true when text/html (or text/*) has
// a higher quality than application/json (or application/*, */*). A
// browser's Accept prefers HTML; a client that names JSON, names
// nothing, or accepts */* alone gets JSON.
func prefersHTML(accept []string) bool {
	html, json := -1.0, -1.0
	for _, h := range accept {
		for _, part := range strings.Split(h, ",") {
			mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
			if err != nil {
				continue
			}
			qv := 1.0
			if s, ok := params["q"]; ok {
				if v, err := strconv.ParseFloat(s, 64); err == nil {
					qv = v
				}
			}
			switch mt {
			case "text/html", "text/*":
				html = max(html, qv)
			case "application/json", "application/*", "*/*":
				json = max(json, qv)
			}
		}
	}
	return html > 0 && html > json
}

// render answers a verify's or a montage's result in the form asked
// for: its JSON line (line), or the page or JSON-LD of the renderer.
func (s *Server) render(f format, lang language.Tag, v View, line func() any) response {
	var b bytes.Buffer
	var err error
	var ctype, what string
	switch f {
	case formatHTML:
		ctype, what, err = contentHTML, "HTML report", s.html(&b, v, lang)
	case formatClaimReview:
		ctype, what, err = contentJSONLD, "ClaimReview", s.claim(&b, v, lang)
	default:
		return jsonLine(http.StatusOK, line())
	}
	if err != nil {
		s.log.Error("rendering", "format", what, "err", err)
		return failf(http.StatusInternalServerError, "server: rendering the %s: %v", what, err)
	}
	return response{code: http.StatusOK, ctype: ctype, body: b.Bytes()}
}
