package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/examples/internal/clitest"
	"github.com/guillemet/guillemet/provenance"
)

const archive = clitest.Root + "/cmd/guillemet/testdata/crosspost.jsonl"

func post(t *testing.T, srv *httptest.Server, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(srv.URL+"/verify", "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// TestSameAsCommand: the service answers a quote with the bytes guillemet
// verify --quote … --json prints, with and without a named author.
func TestSameAsCommand(t *testing.T) {
	arch, _, err := provenance.Open(context.Background(), provenance.OpenOptions{Paths: []string{archive}})
	require.NoError(t, err)
	srv := httptest.NewServer(handler(arch))
	defer srv.Close()

	const q = "Le projet de loi sur les retraites passe en commission mardi"
	code, got := post(t, srv, `{"quote":"`+q+`","author":"MaelleCorbiere"}`)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, string(clitest.Run(t, "verify", "--json", "--archive", archive, "--author", "MaelleCorbiere", "--quote", q)), got)

	assert.Contains(t, got, `"source":{"platform":"x"`, "her post on X, the author named")

	code, got = post(t, srv, `{"quote":"`+q+`"}`)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, string(clitest.Run(t, "verify", "--json", "--archive", archive, "--quote", q)), got)
	assert.Contains(t, got, `"source":{"platform":"mastodon"`, "no author named: the earliest post")
}

// TestBadRequests: a body that is not the request's JSON, a quote without
// words, a GET.
func TestBadRequests(t *testing.T) {
	srv := httptest.NewServer(handler(provenance.NewMemory()))
	defer srv.Close()
	code, body := post(t, srv, `{"quote":`)
	assert.Equal(t, http.StatusBadRequest, code)
	assert.Contains(t, body, "bad request: unexpected EOF")
	code, body = post(t, srv, `{"quote":"« … »"}`)
	assert.Equal(t, http.StatusUnprocessableEntity, code)
	assert.Equal(t, "quote: the quote holds no word\n", body)
	resp, err := http.Get(srv.URL + "/verify")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}
