package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
	"github.com/guillemet/guillemet/server"
)

// The archives of the tests: a conversation (threads), a cross-posted
// quote (authors named) and the seed-002 montage's posts.
var archives = []string{
	"../testdata/provenance/jsonl/conversation.jsonl",
	"../cmd/guillemet/testdata/crosspost.jsonl",
	"../testdata/montage/archive.jsonl",
}

const (
	crossQuote = "Le projet de loi sur les retraites passe en commission mardi"
	rootID     = "1853908668245475329" // a root with replies, in conversation.jsonl
)

func openArchive(t testing.TB) *provenance.Memory {
	t.Helper()
	mem, _, err := provenance.Open(context.Background(), provenance.OpenOptions{Paths: archives})
	require.NoError(t, err)
	return mem
}

// quiet is a logger that writes nowhere.
var quiet = slog.New(slog.DiscardHandler)

func newServer(t testing.TB, c server.Config) *server.Server {
	t.Helper()
	if c.Archive == nil {
		c.Archive = openArchive(t)
	}
	if c.Logger == nil {
		c.Logger = quiet
	}
	s, err := server.New(c)
	require.NoError(t, err)
	return s
}

// do sends one request to h and returns the answer.
func do(h http.Handler, method, target, body string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func line(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, report.WriteLine(&b, v))
	return b.String()
}

// served is the line the server answers for the library's line: the
// same bytes, but that each file a post was read from is named by its
// last element (the server names no folder of its disk; with no
// Config.Roots, the file alone).
func served(line string) string {
	for _, a := range archives {
		line = strings.ReplaceAll(line, `"`+a+`:`, `"`+filepath.Base(a)+`:`)
	}
	return line
}

func composite(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../examples/committee/testdata/composite.json")
	require.NoError(t, err)
	return string(b)
}

// TestAnswers: each route answers the line report writes for the
// library's result (cmd/guillemet's serve test compares them with the
// command's own output).
func TestAnswers(t *testing.T) {
	mem := openArchive(t)
	s := newServer(t, server.Config{Archive: mem})
	ctx := context.Background()

	res, err := provenance.Link(ctx, mem, crossQuote, &provenance.Options{Author: "MaelleCorbiere"})
	require.NoError(t, err)
	w := do(s, "POST", "/v1/verify", `{"text":"`+crossQuote+`","author":"MaelleCorbiere"}`)
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, "application/json", w.Header().Get("Content-Type"))
	assert.Equal(t, served(line(t, report.Verify(res, report.Quote{ID: "q1"}))), w.Body.String())

	w = do(s, "POST", "/v1/verify", `{"id":7,"text":"`+crossQuote+`","author":""}`)
	res, err = provenance.Link(ctx, mem, crossQuote, nil)
	require.NoError(t, err)
	assert.Equal(t, served(line(t, report.Verify(res, report.Quote{ID: "7"}))), w.Body.String(), "a number id kept as written, an empty author none")

	c, err := montage.ParseComposite([]byte(composite(t)))
	require.NoError(t, err)
	m, err := montage.Judge(ctx, mem, c, montage.Options{Classifier: abuse.Default})
	require.NoError(t, err)
	w = do(s, "POST", "/v1/montage", composite(t))
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, served(line(t, report.Montage(m))), w.Body.String())
	assert.Contains(t, w.Body.String(), `"verdict":"spliced"`)

	const insult = "Durand c’est une salope, qu’elle dégage"
	r, err := abuse.Default.Classify(ctx, insult)
	require.NoError(t, err)
	w = do(s, "POST", "/v1/abuse", `{"text":"`+insult+`"}`)
	assert.Equal(t, line(t, report.Abuse("1", r)), w.Body.String())
	assert.Contains(t, w.Body.String(), `"abusive":true`)

	p, ok, err := mem.Post(ctx, provenance.Key{Platform: "x", ID: rootID})
	require.NoError(t, err)
	require.True(t, ok)
	th, err := provenance.ThreadOf(ctx, mem, p, 100)
	require.NoError(t, err)
	w = do(s, "GET", "/v1/posts/x/"+rootID+"/thread", "")
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, served(line(t, report.PostThread(p, th))), w.Body.String())
	var pt report.PostThreadJSON
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &pt))
	assert.Equal(t, rootID, pt.Thread.Root)
	assert.NotEmpty(t, pt.Thread.Replies)
	assert.Len(t, pt.Posts, len(pt.Thread.Replies))

	n, err := mem.Len(ctx)
	require.NoError(t, err)
	w = do(s, "GET", "/healthz", "")
	assert.Equal(t, `{"status":"ok","posts":`+itoa(n)+"}\n", w.Body.String())
	w = do(s, "HEAD", "/healthz", "")
	assert.Equal(t, http.StatusOK, w.Code)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestBlueskyThread: a Bluesky id is an at:// URI; its slashes travel
// escaped in the path.
func TestBlueskyThread(t *testing.T) {
	mem := provenance.NewMemory()
	at := "at://did:plc:abc/app.bsky.feed.post/3k1"
	require.NoError(t, mem.Put(context.Background(), provenance.Post{Platform: "bluesky", ID: at, Author: "lefort.bsky.social",
		CreatedAt: time.Date(2024, 11, 5, 8, 0, 0, 0, time.UTC), Text: "Bonjour"}))
	s := newServer(t, server.Config{Archive: mem})
	w := do(s, "GET", "/v1/posts/bluesky/"+strings.ReplaceAll(at, "/", "%2F")+"/thread", "")
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Contains(t, w.Body.String(), `"id":"`+at+`"`)
	assert.Contains(t, w.Body.String(), `"posts":[]`)
}

// TestErrors: every error is {"error":"…"} in JSON with its code.
func TestErrors(t *testing.T) {
	s := newServer(t, server.Config{MaxBodyBytes: 256})
	long := `{"text":"` + strings.Repeat("a", 300) + `"}`
	for _, tc := range []struct {
		method, target, body string
		header               []string
		code                 int
		want, allow          string
	}{
		{"GET", "/nowhere", "", nil, 404, "server: no route GET /nowhere", ""},
		{"POST", "/v1/verify/", "", nil, 404, "no route", ""},
		{"GET", "/v1/verify", "", nil, 405, "server: /v1/verify takes POST, not GET", "POST"},
		{"DELETE", "/v1/posts/x/1/thread", "", nil, 405, "takes GET", "GET, HEAD"},
		{"POST", "/healthz", "", nil, 405, "takes GET", "GET, HEAD"},
		{"POST", "/v1/verify", "", nil, 400, `server: empty body: want a JSON object {"text":"…"}`, ""},
		{"POST", "/v1/verify", `{"text":`, nil, 400, "server: invalid JSON: unexpected end of JSON input (at byte 8)", ""},
		{"POST", "/v1/verify", `{"text" "a"}`, nil, 400, "server: invalid JSON: invalid character '\"' after object key (at byte 9)", ""},
		{"POST", "/v1/verify", `{"text":1}`, nil, 400, "server: field text: want a string, got a number", ""},
		{"POST", "/v1/verify", `["a"]`, nil, 400, "server: want an object, got an array", ""},
		{"POST", "/v1/verify", `{"text":"a"} {}`, nil, 400, "server: invalid JSON: invalid character '{' after top-level value (at byte 14)", ""},
		{"POST", "/v1/verify", `{"quote":"a"}`, nil, 400, `server: field text is missing`, ""},
		{"POST", "/v1/verify", `{"text":"a","id":[1]}`, nil, 400, "server: field id: want a string or a number, got an array", ""},
		{"POST", "/v1/verify", `{"text":"a","author":"@"}`, nil, 400, `server: field author "@" names nobody`, ""},
		{"POST", "/v1/verify", "{\"text\":\"\xff\"}", nil, 400, "server: the body is not valid UTF-8", ""},
		{"POST", "/v1/verify", long, nil, 413, "server: request body over 256 bytes", ""},
		{"POST", "/v1/abuse", long, nil, 413, "server: request body over 256 bytes", ""},
		{"POST", "/v1/montage", long, nil, 413, "server: request body over 256 bytes", ""},
		{"POST", "/v1/montage", `{"items":[]}`, nil, 400, "server: not a composite: composite has no items", ""},
		{"POST", "/v1/montage", `{"items":[{"text":2}]}`, nil, 400, "server: not a composite: items[0].text: ", ""},
		{"POST", "/v1/montage", `nope`, nil, 400, "server: not a composite: invalid JSON", ""},
		{"POST", "/v1/verify?format=claimreview", `{"text":"a"}`, nil, 406, "server: no ClaimReview without a publisher (guillemet serve --org NAME; Config.Publisher)", ""},
		{"POST", "/v1/verify?format=pdf", `{"text":"a"}`, nil, 400, `server: format "pdf": want json (the default), html or claimreview`, ""},
		{"POST", "/v1/verify?lang=de", `{"text":"a"}`, nil, 400, `server: lang "de": want fr (the default) or en`, ""},
		{"POST", "/v1/abuse?format=html", `{"text":"a"}`, nil, 406, `server: /v1/abuse answers JSON only, not "html"`, ""},
		{"GET", "/v1/posts/x/404/thread", "", nil, 404, "server: no post x:404 in the archive", ""},
	} {
		w := do(s, tc.method, tc.target, tc.body, tc.header...)
		name := tc.method + " " + tc.target + " " + tc.body
		assert.Equal(t, tc.code, w.Code, name)
		assert.Equal(t, "application/json", w.Header().Get("Content-Type"), name)
		assert.Equal(t, tc.allow, w.Header().Get("Allow"), name)
		var e map[string]string
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e), name)
		assert.Len(t, e, 1, name)
		assert.Contains(t, e["error"], tc.want, name)
		assert.True(t, strings.HasPrefix(e["error"], "server: "), name)
	}
}

// TestQuoteRejected: a quote the library cannot judge is answered 422
// with the command's line for it.
func TestQuoteRejected(t *testing.T) {
	s := newServer(t, server.Config{})
	w := do(s, "POST", "/v1/verify", `{"id":"a","text":"« … »"}`)
	assert.Equal(t, http.StatusUnprocessableEntity, w.Code)
	assert.Equal(t, `{"id":"a","error":"quote: the quote holds no word"}`+"\n", w.Body.String())
	w = do(s, "POST", "/v1/verify", `{"text":""}`)
	assert.Equal(t, http.StatusUnprocessableEntity, w.Code)
	assert.Equal(t, `{"id":"q1","error":"quote: the quote holds no word"}`+"\n", w.Body.String())
}

// TestDeadline: the request's deadline reaches the library, which stops.
func TestDeadline(t *testing.T) {
	s := newServer(t, server.Config{Timeout: time.Nanosecond})
	for _, tc := range []struct{ target, body string }{
		{"/v1/verify", `{"text":"` + crossQuote + `"}`},
		{"/v1/montage", composite(t)},
		{"/v1/abuse", `{"text":"bonjour"}`},
	} {
		w := do(s, "POST", tc.target, tc.body)
		assert.Equal(t, http.StatusServiceUnavailable, w.Code, tc.target)
		assert.JSONEq(t, `{"error":"server: the request's deadline passed before its answer was ready"}`, w.Body.String())
	}
}

// TestRenderers: the hooks get the result and the language; their page
// is sent with its type; a failing or panicking hook is a 500 JSON
// error, logged.
func TestRenderers(t *testing.T) {
	var logs bytes.Buffer
	var got []server.View
	var langs []language.Tag
	s := newServer(t, server.Config{
		Logger: slog.New(slog.NewJSONHandler(&logs, nil)),
		HTML: func(w io.Writer, v server.View, lang language.Tag) error {
			got, langs = append(got, v), append(langs, lang)
			if v.Quote.ID == "boom" {
				panic("the page fell")
			}
			if v.Quote.ID == "fail" {
				return errors.New("no template")
			}
			_, err := io.WriteString(w, "<p>page</p>")
			return err
		},
		ClaimReview: func(w io.Writer, v server.View, _ language.Tag) error {
			got = append(got, v)
			_, err := io.WriteString(w, `{"@type":"ClaimReview"}`)
			return err
		},
	})
	w := do(s, "POST", "/v1/verify?format=html&lang=en", `{"text":"`+crossQuote+`"}`)
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, "text/html; charset=utf-8", w.Header().Get("Content-Type"))
	assert.Equal(t, "<p>page</p>", w.Body.String())
	require.Len(t, got, 1)
	assert.Equal(t, "q1", got[0].Quote.ID)
	require.NotNil(t, got[0].Result)
	assert.Equal(t, crossQuote, got[0].Result.Quote)
	assert.Nil(t, got[0].Montage)
	assert.Equal(t, language.English, langs[0])

	w = do(s, "POST", "/v1/montage", composite(t), "Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	assert.Equal(t, "<p>page</p>", w.Body.String())
	require.Len(t, got, 2)
	require.NotNil(t, got[1].Montage)
	assert.Nil(t, got[1].Result)
	assert.Equal(t, language.French, langs[1])

	w = do(s, "POST", "/v1/montage?format=claimreview", composite(t))
	assert.Equal(t, "application/ld+json", w.Header().Get("Content-Type"))
	assert.Equal(t, `{"@type":"ClaimReview"}`, w.Body.String())

	for _, accept := range []string{"", "*/*", "application/json", "application/json, text/html", "text/html;q=0.5, application/json"} {
		w = do(s, "POST", "/v1/verify", `{"text":"`+crossQuote+`"}`, "Accept", accept)
		assert.Equal(t, "application/json", w.Header().Get("Content-Type"), "Accept: %s", accept)
	}
	w = do(s, "POST", "/v1/verify?format=json", `{"text":"`+crossQuote+`"}`, "Accept", "text/html")
	assert.Equal(t, "application/json", w.Header().Get("Content-Type"), "?format wins over Accept")

	w = do(s, "POST", "/v1/verify?format=html", `{"id":"fail","text":"`+crossQuote+`"}`)
	assert.Equal(t, http.StatusInternalServerError, w.Code)
	assert.JSONEq(t, `{"error":"server: rendering the HTML report: no template"}`, w.Body.String())

	w = do(s, "POST", "/v1/verify?format=html", `{"id":"boom","text":"`+crossQuote+`"}`)
	assert.Equal(t, http.StatusInternalServerError, w.Code)
	assert.Equal(t, "application/json", w.Header().Get("Content-Type"))
	assert.JSONEq(t, `{"error":"server: internal error (logged)"}`, w.Body.String())
	assert.Contains(t, logs.String(), `"msg":"panic"`)
	assert.Contains(t, logs.String(), `"panic":"the page fell"`)
	assert.Contains(t, logs.String(), `"status":500`)
}

// TestLogs: one record a request, with its method, path, status,
// duration and size, never the text of its body.
func TestLogs(t *testing.T) {
	var logs bytes.Buffer
	s := newServer(t, server.Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	w := do(s, "POST", "/v1/abuse", `{"text":"un secret bien gardé"}`)
	require.Equal(t, http.StatusOK, w.Code)
	var rec map[string]any
	require.NoError(t, json.Unmarshal(logs.Bytes(), &rec), logs.String())
	assert.Equal(t, "request", rec["msg"])
	assert.Equal(t, "POST", rec["method"])
	assert.Equal(t, "/v1/abuse", rec["path"])
	assert.EqualValues(t, 200, rec["status"])
	assert.EqualValues(t, w.Body.Len(), rec["bytes"])
	assert.Contains(t, rec, "duration")
	assert.NotContains(t, logs.String(), "secret")
}

// TestNew: a Config without archive or with a negative limit is refused.
func TestNew(t *testing.T) {
	_, err := server.New(server.Config{})
	assert.EqualError(t, err, "server: no archive")
	_, err = server.New(server.Config{Archive: provenance.NewMemory(), MaxBodyBytes: -1})
	assert.EqualError(t, err, "server: negative body limit -1")
	_, err = server.New(server.Config{Archive: provenance.NewMemory(), Timeout: -time.Second})
	assert.EqualError(t, err, "server: negative timeout -1s")
	s := newServer(t, server.Config{Timeout: time.Second})
	hs := s.HTTPServer()
	assert.Equal(t, server.ReadHeaderTimeout, hs.ReadHeaderTimeout)
	assert.Equal(t, server.ReadTimeout, hs.ReadTimeout)
	assert.Equal(t, time.Second+server.WriteMargin, hs.WriteTimeout)
	assert.Equal(t, server.IdleTimeout, hs.IdleTimeout)
}

// TestServe: Serve answers on its listener and returns nil once its
// context ends, after the request in flight.
func TestServe(t *testing.T) {
	logs := &syncBuffer{}
	s := newServer(t, server.Config{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Contains(t, string(b), `"status":"ok"`)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(server.ShutdownGrace + time.Second):
		t.Fatal("Serve did not return")
	}
	_, err = http.Get("http://" + ln.Addr().String() + "/healthz")
	assert.Error(t, err, "the listener is closed")
	assert.Contains(t, logs.String(), "msg=listening addr="+ln.Addr().String())
	assert.Contains(t, logs.String(), "msg=stopped")
}

// syncBuffer is a buffer safe for a logger's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeGraceful: a request in flight when Serve is told to stop is
// answered before Serve returns.
func TestServeGraceful(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	s := newServer(t, server.Config{HTML: func(w io.Writer, _ server.View, _ language.Tag) error {
		close(entered)
		<-release
		_, err := io.WriteString(w, "<p>fini</p>")
		return err
	}})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	answer := make(chan string, 1)
	go func() {
		resp, err := http.Post("http://"+ln.Addr().String()+"/v1/verify?format=html", "application/json", strings.NewReader(`{"text":"`+crossQuote+`"}`))
		if err != nil {
			answer <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer <- string(b)
	}()
	<-entered
	cancel()
	select {
	case <-done:
		t.Fatal("Serve returned with a request in flight")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	assert.Equal(t, "<p>fini</p>", <-answer)
	assert.NoError(t, <-done)
}

// TestClaimReviewPublisher: with a publisher and no ClaimReview hook,
// the server writes package claimreview's JSON-LD, published by it, in
// the request's language.
func TestClaimReviewPublisher(t *testing.T) {
	s := newServer(t, server.Config{Publisher: claimreview.Organization{Name: "Le Vérificateur", URL: "https://verif.example"}})
	for _, tc := range []struct{ path, body, rating string }{
		{"/v1/verify?format=claimreview", `{"text":"` + crossQuote + `"}`, `"alternateName": "Extrait fidèle"`},
		{"/v1/verify?format=claimreview&lang=en", `{"text":"` + crossQuote + `"}`, `"alternateName": "Faithful excerpt"`},
		{"/v1/montage?format=claimreview", composite(t), `"@type": "MediaReview"`},
	} {
		w := do(s, "POST", tc.path, tc.body)
		require.Equal(t, http.StatusOK, w.Code, w.Body.String())
		assert.Equal(t, "application/ld+json", w.Header().Get("Content-Type"))
		var v map[string]any
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &v), tc.path)
		assert.Equal(t, "ClaimReview", v["@type"], tc.path)
		assert.Equal(t, "Le Vérificateur", v["author"].(map[string]any)["name"], tc.path)
		assert.Contains(t, w.Body.String(), tc.rating, tc.path)
	}
}

// TestHTMLDefault: without an HTML hook the server answers package
// htmlreport's page, in French or, with ?lang=en, English.
func TestHTMLDefault(t *testing.T) {
	s := newServer(t, server.Config{})
	w := do(s, "POST", "/v1/montage", composite(t), "Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Equal(t, "text/html; charset=utf-8", w.Header().Get("Content-Type"))
	assert.True(t, strings.HasPrefix(w.Body.String(), "<!DOCTYPE html>"), w.Body.String()[:min(80, w.Body.Len())])
	assert.Contains(t, w.Body.String(), `lang="fr"`)
	w = do(s, "POST", "/v1/verify?format=html&lang=en", `{"text":"`+crossQuote+`"}`)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Contains(t, w.Body.String(), `lang="en"`)
	assert.Contains(t, w.Body.String(), "piaille.fr/@mcorbiere")
}

// TestFromNamesNoServerFolder: loaded from absolute paths, the server
// names each file a post was read from below the path it was given
// (Config.Roots), in the JSON of every route and on the page: never the
// folders above it.
func TestFromNamesNoServerFolder(t *testing.T) {
	roots := make([]string, len(archives))
	for i, a := range archives {
		abs, err := filepath.Abs(filepath.Dir(a))
		require.NoError(t, err)
		roots[i] = abs
	}
	mem, _, err := provenance.Open(context.Background(), provenance.OpenOptions{Paths: roots})
	require.NoError(t, err)
	s := newServer(t, server.Config{Archive: mem, Roots: roots})
	above := filepath.Dir(filepath.Dir(roots[0]))
	for _, w := range []*httptest.ResponseRecorder{
		do(s, "POST", "/v1/verify", `{"text":"`+crossQuote+`"}`),
		do(s, "POST", "/v1/verify?format=html", `{"text":"Le débat mérite mieux que ça."}`),
		do(s, "POST", "/v1/montage", composite(t)),
		do(s, "POST", "/v1/montage?format=html", composite(t)),
		do(s, "GET", "/v1/posts/x/"+rootID+"/thread", ""),
	} {
		assert.Equal(t, http.StatusOK, w.Code)
		assert.NotContains(t, w.Body.String(), above, "no folder above the archive given")
	}
	w := do(s, "GET", "/v1/posts/x/"+rootID+"/thread", "")
	assert.Contains(t, w.Body.String(), `"from":["jsonl/conversation.jsonl:2"]`)
	w = do(s, "POST", "/v1/verify?format=html", `{"text":"Le débat mérite mieux que ça."}`)
	assert.Contains(t, w.Body.String(), "jsonl/conversation.jsonl:2")
}
