package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/examples/internal/clitest"
)

var archive = []string{clitest.Root + "/testdata/montage/archive.jsonl"}

// TestSameAsCommand: the example's report and its page are the bytes
// guillemet montage --html prints and writes for the same composite
// (seed 002's splice, under fictional accounts).
func TestSameAsCommand(t *testing.T) {
	dir := t.TempDir()
	var got bytes.Buffer
	require.NoError(t, run(context.Background(), "testdata/composite.json", archive, &got, filepath.Join(dir, "example.html")))
	want := clitest.Run(t, "montage", "--archive", archive[0], "--composite", "testdata/composite.json", "--html", filepath.Join(dir, "command.html"))
	assert.Equal(t, string(want), got.String())
	assert.True(t, strings.HasPrefix(got.String(), "MONTAGE"), "the headline first: %.80s", got.String())
	page, err := os.ReadFile(filepath.Join(dir, "example.html"))
	require.NoError(t, err)
	commandPage, err := os.ReadFile(filepath.Join(dir, "command.html"))
	require.NoError(t, err)
	assert.Equal(t, string(commandPage), string(page))
	assert.Contains(t, string(page), "MONTAGE : jamais ensemble")
	assert.Equal(t, 3, strings.Count(string(page), `class="cut"`), "three pairs never together, cut apart")
}

// TestBadComposite: a composite the contract refuses is named with its
// file; nothing is judged, no page is written.
func TestBadComposite(t *testing.T) {
	var got bytes.Buffer
	page := filepath.Join(t.TempDir(), "report.html")
	err := run(context.Background(), "testdata/../main.go", archive, &got, page)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "testdata/../main.go: ")
	assert.Empty(t, got.String())
	_, err = os.Stat(page)
	assert.True(t, os.IsNotExist(err))
}
