package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/examples/internal/clitest"
)

var archive = []string{clitest.Root + "/testdata/montage/archive.jsonl"}

// TestSameAsCommand: the example's report is the bytes guillemet montage
// prints for the same composite (seed 002's splice, under fictional
// accounts).
func TestSameAsCommand(t *testing.T) {
	var got bytes.Buffer
	require.NoError(t, run(context.Background(), "testdata/composite.json", archive, &got))
	want := clitest.Run(t, "montage", "--archive", archive[0], "--composite", "testdata/composite.json")
	assert.Equal(t, string(want), got.String())
	assert.True(t, strings.HasPrefix(got.String(), "MONTAGE"), "the headline first: %.80s", got.String())
}

// TestBadComposite: a composite the contract refuses is named with its
// file; nothing is judged.
func TestBadComposite(t *testing.T) {
	var got bytes.Buffer
	err := run(context.Background(), "testdata/../main.go", archive, &got)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "testdata/../main.go: ")
	assert.Empty(t, got.String())
}
