//go:build unix

package main

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInputSizePipe: a named pipe's size is not known: no estimate.
func TestInputSizePipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "posts.jsonl")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	assert.Equal(t, int64(0), inputSize([]string{fifo}))
}
