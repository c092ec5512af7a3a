package provenance_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
)

// readAt is a Sink that notes how many bytes the loader had said it
// read when the first posts arrived. Loader.Read is called on the
// goroutine that reads, not on Put's: the count is atomic.
type readAt struct {
	read  *atomic.Int64
	first int64
}

func (r *readAt) Put(_ context.Context, _ ...provenance.Post) error {
	if r.first == 0 {
		r.first = r.read.Load()
	}
	return nil
}

// TestLoaderRead: Loader.Read is told the bytes read as they are read,
// and in all the sizes of the files once loaded: a large JSON Lines
// file's bytes before its last post, a ZIP archive's (read by its
// directory) and a skipped image's when each is done.
func TestLoaderRead(t *testing.T) {
	dir := t.TempDir()
	var lines bytes.Buffer
	require.NoError(t, corpus.WriteJSONL(&lines, corpus.Generate(corpus.Config{Posts: 2000, Seed: 5})))
	var zipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	w, err := zw.Create("posts.jsonl")
	require.NoError(t, err)
	_, err = w.Write([]byte(`{"platform":"x","id":"z1","author":"ada_vance","created_at":"2024-03-01T10:00:00Z","text":"Inside a ZIP."}` + "\n"))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	files := map[string][]byte{
		"a.jsonl": lines.Bytes(),
		"b.zip":   zipped.Bytes(),
		"c.png":   append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 1000)...),
	}
	var total int64
	for name, b := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
		total += int64(len(b))
	}
	var read, calls atomic.Int64
	sink := &readAt{read: &read}
	l := &provenance.Loader{Read: func(n int64) { read.Add(n); calls.Add(1) }}
	st, err := l.Load(context.Background(), sink, dir)
	require.NoError(t, err)
	assert.Equal(t, 2001, st.Loaded)
	assert.Equal(t, total, read.Load(), "the files' sizes")
	assert.Greater(t, sink.first, int64(0))
	assert.Less(t, sink.first, int64(lines.Len()), "read as the records are read, not at the end")
	assert.Greater(t, calls.Load(), int64(3))
}
