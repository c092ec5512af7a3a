package provenance_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/provenance/archivetest"
	"github.com/guillemet/guillemet/report"
)

// save writes m to a file of t's temporary folder and opens it.
func save(t testing.TB, m *provenance.Memory) (*provenance.Saved, string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "archive.gidx")
	f, err := os.Create(file)
	require.NoError(t, err)
	require.NoError(t, m.Save(f))
	require.NoError(t, f.Close())
	s, err := provenance.OpenSaved(file, provenance.SavedOptions{})
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s, file
}

// savedStore is the conformance suite's store for a saved archive: Put
// goes to a Memory (Saved is read-only), which is then saved and opened
// again; every read goes to the file.
type savedStore struct {
	*provenance.Saved
	t   *testing.T
	mem *provenance.Memory
}

func (s *savedStore) Put(ctx context.Context, posts ...provenance.Post) error {
	err := s.mem.Put(ctx, posts...)
	s.Saved.Close()
	s.Saved, _ = save(s.t, s.mem)
	return err
}

// TestSavedConformance runs the archive conformance suite on saved
// archives: after each batch, the Memory that stored it is saved and the
// file opened again.
func TestSavedConformance(t *testing.T) {
	archivetest.Run(t, func(t *testing.T) archivetest.Store {
		mem := provenance.NewMemory()
		s, _ := save(t, mem)
		return &savedStore{Saved: s, t: t, mem: mem}
	})
}

// collector keeps the posts a loader reads, and stores them in a Memory.
type collector struct {
	mem   *provenance.Memory
	posts []provenance.Post
}

func (c *collector) Put(ctx context.Context, posts ...provenance.Post) error {
	c.posts = append(c.posts, posts...)
	return c.mem.Put(ctx, posts...)
}

// sameAnswers links quotes made from the posts on both archives and
// requires byte-identical JSON.
func sameAnswers(t *testing.T, mem *provenance.Memory, saved provenance.Archive, posts []provenance.Post) {
	t.Helper()
	ctx := context.Background()
	n := 0
	for i, p := range posts {
		words := strings.Fields(p.Text)
		if len(words) == 0 {
			continue
		}
		quotes := []string{p.Text, strings.Join(words[:max(1, len(words)*2/3)], " "), strings.Join(words[len(words)/3:], " ")}
		for j, q := range quotes {
			o := &provenance.Options{}
			if j == 1 {
				o.Author = p.Author
			}
			want, errM := provenance.Link(ctx, mem, q, o)
			got, errS := provenance.Link(ctx, saved, q, o)
			if errM != nil || errS != nil {
				require.Equal(t, errM, errS, "post %d, quote %q", i, q)
				continue
			}
			wj, err := json.Marshal(report.Verify(want, report.Quote{ID: "q"}))
			require.NoError(t, err)
			gj, err := json.Marshal(report.Verify(got, report.Quote{ID: "q"}))
			require.NoError(t, err)
			if !bytes.Equal(wj, gj) {
				t.Fatalf("post %d, quote %q:\nmemory %s\nsaved  %s", i, q, wj, gj)
			}
			n++
		}
	}
	require.Positive(t, n)
}

// TestSavedSameAnswers checks that a saved archive answers Link as the
// Memory it was saved from, on the test archives of every format and on
// a generated corpus of 20 000 posts; and that reading it back into a
// Memory and saving that gives the same bytes.
func TestSavedSameAnswers(t *testing.T) {
	ctx := context.Background()
	for _, dir := range []string{"../testdata/provenance", "../testdata/montage/archive.jsonl", "../cmd/guillemet/testdata/crosspost.jsonl"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			c := &collector{mem: provenance.NewMemory()}
			_, err := (&provenance.Loader{}).Load(ctx, c, dir)
			require.NoError(t, err)
			s, file := save(t, c.mem)
			sameAnswers(t, c.mem, s, c.posts)
			back, err := s.Memory()
			require.NoError(t, err)
			var buf bytes.Buffer
			require.NoError(t, back.Save(&buf))
			orig, err := os.ReadFile(file)
			require.NoError(t, err)
			require.True(t, bytes.Equal(orig, buf.Bytes()), "saving the Memory read back gives other bytes")
		})
	}
	t.Run("corpus", func(t *testing.T) {
		if testing.Short() {
			t.Skip("20 000 posts")
		}
		m, _, _ := buildArchive(t, 20000, 7)
		s, _ := save(t, m)
		var posts []provenance.Post
		for _, q := range corpus.Queries(corpus.Generate(corpus.Config{Posts: 20000, Seed: 7}), 300, 11) {
			posts = append(posts, provenance.Post{Text: q.Text})
		}
		sameAnswers(t, m, s, posts)
	})
}

// TestSavedAppend adds a batch to a saved archive read back into a
// Memory: duplicates, merges and placeholders follow Memory's rules, as
// if the batch had been put into the Memory that was saved.
func TestSavedAppend(t *testing.T) {
	ctx := context.Background()
	b := archivetest.Batches()
	whole := provenance.NewMemory()
	part := provenance.NewMemory()
	for i, batch := range b {
		errWhole := whole.Put(ctx, batch...)
		if i < 3 {
			part.Put(ctx, batch...)
			continue
		}
		s, _ := save(t, part)
		back, err := s.Memory()
		require.NoError(t, err)
		require.Equal(t, errWhole, back.Put(ctx, batch...), "batch %d", i+1)
		part = back
	}
	var want, got bytes.Buffer
	require.NoError(t, whole.Save(&want))
	require.NoError(t, part.Save(&got))
	require.True(t, bytes.Equal(want.Bytes(), got.Bytes()), "appending to a saved archive differs from storing every batch in one Memory")
}

// TestSavedRefused opens files that are not good saved archives.
func TestSavedRefused(t *testing.T) {
	m := provenance.NewMemory()
	require.NoError(t, m.Put(context.Background(), archivetest.Batches()[0]...))
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	good := buf.Bytes()
	// withSum returns data with its checksum made right again.
	withSum := func(data []byte) []byte {
		binary.LittleEndian.PutUint32(data[len(data)-4:], crc32.Checksum(data[:len(data)-4], crc32.MakeTable(crc32.Castagnoli)))
		return data
	}
	edit := func(at int, b ...byte) []byte {
		data := bytes.Clone(good)
		copy(data[at:], b)
		return data
	}
	png, err := os.ReadFile("../docs/montage-report.png")
	require.NoError(t, err)
	export, err := os.ReadFile("../testdata/provenance/jsonl/conversation.jsonl")
	require.NoError(t, err)
	for _, c := range []struct {
		name string
		data []byte
		kind error
		msg  string
	}{
		{"empty", nil, provenance.ErrNotSaved, "empty file"},
		{"jsonl", export, provenance.ErrNotSaved, "it holds JSON (an export? give it to --archive"},
		{"png", png, provenance.ErrNotSaved, "it is a PNG image"},
		{"text", []byte("bonjour\n"), provenance.ErrNotSaved, `it starts with "bonjour\n"`},
		{"header cut", good[:40], provenance.ErrTruncated, "truncated: 40 bytes, shorter than a saved archive's header"},
		{"truncated", good[:len(good)-100], provenance.ErrTruncated, "of the " + itoa(len(good)) + " its header records"},
		{"version 1", edit(8, 1), provenance.ErrSavedVersion, "format version 1; this guillemet reads version 3: build it again with guillemet index"},
		{"version 2", edit(8, 2), provenance.ErrSavedVersion, "format version 2; this guillemet reads version 3: build it again with guillemet index"},
		{"version 4", edit(8, 4), provenance.ErrSavedVersion, "format version 4; this guillemet reads version 3"},
		{"checksum", edit(len(good)-50, good[len(good)-50]^1), provenance.ErrChecksum, "damaged: its bytes give the checksum"},
		{"keys", withSum(edit(16, good[16]^0xff)), provenance.ErrOtherKeys, "other search keys"},
		{"section", withSum(edit(72, 0xff, 0xff, 0xff)), provenance.ErrCorrupt, "section strings"},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), c.name+".gidx")
			require.NoError(t, os.WriteFile(file, c.data, 0o600))
			s, err := provenance.OpenSaved(file, provenance.SavedOptions{})
			require.Nil(t, s)
			require.ErrorIs(t, err, c.kind)
			var se *provenance.SavedError
			require.ErrorAs(t, err, &se)
			require.Equal(t, file, se.File)
			require.Contains(t, err.Error(), "provenance: "+file+": ")
			require.Contains(t, err.Error(), c.msg)
		})
	}
	_, err = provenance.OpenSaved(filepath.Join(t.TempDir(), "none.gidx"), provenance.SavedOptions{})
	require.ErrorIs(t, err, os.ErrNotExist)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestSavedConcurrentClose reads a saved archive from several goroutines
// while it is closed: each call answers in full or returns ErrClosed.
func TestSavedConcurrentClose(t *testing.T) {
	m := provenance.NewMemory()
	for _, b := range archivetest.Batches() {
		m.Put(context.Background(), b...)
	}
	s, _ := save(t, m)
	ctx := context.Background()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 200 {
				res, err := provenance.Link(ctx, s, "la réforme des retraites sera votée", nil)
				if err != nil {
					if !errors.Is(err, provenance.ErrClosed) {
						t.Error(err)
					}
					return
				}
				if res.Source == nil || res.Source.ID != "100" {
					t.Errorf("source %+v, want x:100", res.Source)
				}
			}
		})
	}
	require.NoError(t, s.Close())
	wg.Wait()
	_, err := s.Len(ctx)
	require.ErrorIs(t, err, provenance.ErrClosed)
	require.NoError(t, s.Close(), "a second Close")
}
