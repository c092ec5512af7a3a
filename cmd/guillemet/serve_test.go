package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/server"
)

// The archives and the composite of the serve tests.
var (
	serveArchives  = []string{"testdata/crosspost.jsonl", "../../testdata/montage/archive.jsonl"}
	serveComposite = "../../examples/committee/testdata/composite.json"
)

const serveQuote = "Le projet de loi sur les retraites passe en commission mardi"

// post sends body to url and returns the status and the answer.
func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// archiveArgs is --archive A --archive B….
func archiveArgs() []string {
	var args []string
	for _, a := range serveArchives {
		args = append(args, "--archive", a)
	}
	return args
}

// cli runs the command and returns its standard output.
func cli(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, stdin, args...)
	require.Equal(t, 0, code, errOut)
	return out
}

// served is what the service answers for the command's output out: the
// same bytes, but that each file a post was read from is named without
// the folders above the archive given (server.Config.Roots), here the
// file itself.
func served(out string) string {
	for _, a := range serveArchives {
		out = strings.ReplaceAll(out, `"`+a+`:`, `"`+filepath.Base(a)+`:`)
	}
	return out
}

// checkSameAsCommand: the service at url answers verify, montage and
// abuse with the bytes the command prints with --json, but for the
// folders of the files posts were read from (served).
func checkSameAsCommand(t *testing.T, url string) {
	t.Helper()
	verify := append([]string{"verify", "--json", "--quote", serveQuote}, archiveArgs()...)
	code, got := post(t, url+"/v1/verify", `{"text":"`+serveQuote+`"}`)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, served(cli(t, "", verify...)), got)
	assert.NotContains(t, got, "testdata/", "no folder of the server")
	code, got = post(t, url+"/v1/verify", `{"text":"`+serveQuote+`","author":"MaelleCorbiere"}`)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, served(cli(t, "", append(verify, "--author", "MaelleCorbiere")...)), got)
	assert.Contains(t, got, `"source":{"platform":"x"`, "her post on X, the author named")

	code, got = post(t, url+"/v1/verify", `{"text":"« … »"}`)
	assert.Equal(t, http.StatusUnprocessableEntity, code)
	assert.Equal(t, cli(t, "", append([]string{"verify", "--json", "--quote", "« … »"}, archiveArgs()...)...), got)

	comp, err := os.ReadFile(serveComposite)
	require.NoError(t, err)
	code, got = post(t, url+"/v1/montage", string(comp))
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, served(cli(t, "", append([]string{"montage", "--json", "--composite", serveComposite}, archiveArgs()...)...)), got)
	assert.NotContains(t, got, "testdata/", "no folder of the server")

	const insult = "Durand c’est une salope, qu’elle dégage"
	code, got = post(t, url+"/v1/abuse", `{"text":"`+insult+`"}`)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, cli(t, "", "abuse", "--json", "--text", insult), got)
	code, got = post(t, url+"/v1/abuse", `{"id":"m1","text":"`+insult+`"}`)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, cli(t, `{"id":"m1","text":"`+insult+`"}`, "abuse", "--json", "--in", "-"), got)
}

// TestServeSameAsCommand: package server, in process, answers what the
// command prints, byte for byte.
func TestServeSameAsCommand(t *testing.T) {
	mem, _, err := provenance.Open(context.Background(), provenance.OpenOptions{Paths: serveArchives})
	require.NoError(t, err)
	s, err := server.New(server.Config{Archive: mem, Logger: slog.New(slog.DiscardHandler)})
	require.NoError(t, err)
	srv := httptest.NewServer(s)
	defer srv.Close()
	checkSameAsCommand(t, srv.URL)
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve"},
		{"serve", "--archive", "testdata/crosspost.jsonl", "--log", "xml"},
		{"serve", "--archive", "testdata/crosspost.jsonl", "--max-body", "0"},
		{"serve", "--archive", "testdata/crosspost.jsonl", "--timeout", "-1s"},
		{"serve", "--archive", "testdata/crosspost.jsonl", "extra"},
		{"serve", "--archive", "testdata/crosspost.jsonl", "--org-url", "https://verif.example"},
	} {
		code, out, errOut := runCLI(t, "", args...)
		assert.Equal(t, exitUsage, code, "args %q", args)
		assert.Empty(t, out)
		assert.NotEmpty(t, errOut)
	}
	code, _, errOut := runCLI(t, "", "serve", "--archive", "testdata/crosspost.jsonl", "--addr", "127.0.0.1:notaport")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "guillemet serve: loaded 5 posts")
	assert.Contains(t, errOut, "guillemet serve: listen tcp: ")
	code, _, errOut = runCLI(t, "", "serve", "--archive", "nosuchfile")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "guillemet serve: ")
}
