package main

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/examples/internal/clitest"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/server"
)

const archive = clitest.Root + "/cmd/guillemet/testdata/crosspost.jsonl"

// serve starts guillemet serve's handler on loopback, over archive.
func serve(t *testing.T) *httptest.Server {
	t.Helper()
	arch, _, err := provenance.Open(context.Background(), provenance.OpenOptions{Paths: []string{archive}})
	require.NoError(t, err)
	s, err := server.New(server.Config{Archive: arch, Logger: slog.New(slog.DiscardHandler)})
	require.NoError(t, err)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv
}

// TestSameAsCommand: the plugin prints, for each quote, the bytes
// guillemet verify --quote … --json prints (but that the server names
// the file each post was read from without its folders), and warns the
// editor of a quote the archive does not support as written.
func TestSameAsCommand(t *testing.T) {
	srv := serve(t)
	quotes := []string{
		"Le projet de loi sur les retraites passe en commission mardi",
		"Le projet de loi sur les retraites ne passe pas en commission mardi",
		"« … »",
	}
	var stdout, stderr bytes.Buffer
	require.NoError(t, run(context.Background(), http.DefaultClient, srv.URL, "MaelleCorbiere", quotes, &stdout, &stderr))
	var want []byte
	for _, q := range quotes {
		want = append(want, clitest.Run(t, "verify", "--json", "--archive", archive, "--author", "MaelleCorbiere", "--quote", q)...)
	}
	served := strings.ReplaceAll(string(want), `"`+archive+`:`, `"`+filepath.Base(archive)+`:`)
	assert.Equal(t, served, stdout.String())
	assert.Contains(t, stdout.String(), `"source":{"platform":"x"`, "her post on X, the author named")
	assert.Equal(t, `cmsbackend: "Le projet de loi sur les retraites ne passe pas en commission mardi" is altered: an editor should look again before publishing`+"\n"+
		`cmsbackend: "« … »" cannot be checked: quote: the quote holds no word`+"\n", stderr.String())
}

// TestServerRefuses: an error of the server stops the plugin with the
// server's message.
func TestServerRefuses(t *testing.T) {
	srv := serve(t)
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), http.DefaultClient, srv.URL+"/nowhere", "", []string{"x"}, &stdout, &stderr)
	assert.EqualError(t, err, "404 Not Found: server: no route POST /nowhere/v1/verify: see CONTRACT.md §4 serve")
	assert.Empty(t, stdout.String())
	err = run(context.Background(), http.DefaultClient, srv.URL, "@", []string{"x"}, &stdout, &stderr)
	assert.EqualError(t, err, `400 Bad Request: server: field author "@" names nobody: give a handle (@name) or "Name (@handle)"`)
}
