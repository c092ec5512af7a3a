//go:build unix

package provenance

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A named pipe in a folder is named and skipped: opening it would wait
// for a writer for ever.
func TestFolderNamedPipe(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.jsonl": okLine + "\n"})
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "tube"), 0o644))
	done := make(chan struct{})
	var skip []string
	var posts int
	go func() {
		defer close(done)
		_, skip, _, posts = loadTree(t, dir)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the load waits on the named pipe")
	}
	require.Equal(t, []string{"tube: not a regular file (a named pipe)"}, skip)
	require.Equal(t, 1, posts)
}
