package provenance

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestOrigins reads one post from a file of JSON Lines, a document, an
// entry of a ZIP archive and a second file of JSON Lines: it keeps the
// four places, in reading order, each named as the loader's messages
// name a record.
func TestOrigins(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
		return p
	}
	a := write("a.jsonl", okLine2+"\n"+okLine+"\n")
	doc := write("b.json", "["+okLine+"]")
	zipped := write("c.zip", string(zipBytes(t, map[string][]byte{"export/posts.jsonl": []byte(okLine + "\n")})))
	d := write("d.jsonl", okLine+"\n")
	m := NewMemory()
	st, err := (&Loader{}).Load(context.Background(), m, a, doc, zipped, d)
	require.NoError(t, err)
	require.Equal(t, 3, st.Duplicates)
	p, ok, err := m.Post(context.Background(), Key{X, "1"})
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, []Origin{{File: a, Line: 2}, {File: doc, Path: "[0]"}, {File: zipped + "/export/posts.jsonl", Line: 1}, {File: d, Line: 1}}, p.From)
	require.Zero(t, p.MoreFrom)
	var names []string
	for _, o := range p.From {
		names = append(names, strings.TrimPrefix(o.String(), dir+string(filepath.Separator)))
	}
	require.Equal(t, []string{"a.jsonl:2", "b.json#[0]", "c.zip/export/posts.jsonl:1", "d.jsonl:1"}, names)

	// The same files again add no origin: each is listed once.
	_, err = (&Loader{}).Load(context.Background(), m, d, a)
	require.NoError(t, err)
	p2, _, _ := m.Post(context.Background(), Key{X, "1"})
	require.Equal(t, p.From, p2.From)
}

// TestOriginsBounded reads one post from twelve files: the first
// MaxFrom are kept, the others counted; the count, the origins and the
// deletion one copy gave survive a save and a read back.
func TestOriginsBounded(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	base := Post{Platform: X, ID: "7", Author: "ana", CreatedAt: time.Unix(1700000000, 0).UTC(), Text: "Bonjour."}
	var want []Origin
	for i := range 12 {
		p := base
		o := Origin{File: fmt.Sprintf("export-%02d.jsonl", i), Line: i + 1}
		if i%2 == 1 {
			o = Origin{File: fmt.Sprintf("export-%02d.json", i), Path: fmt.Sprintf("data[%d]", i)}
		}
		p.From, p.Deleted = []Origin{o}, i == 3
		if i < MaxFrom {
			want = append(want, o)
		}
		m.Put(ctx, p)
	}
	check := func(a Archive, what string) {
		t.Helper()
		p, ok, err := a.Post(ctx, base.Key())
		require.NoError(t, err)
		require.True(t, ok)
		require.Equal(t, want, p.From, what)
		require.Equal(t, 4, p.MoreFrom, what)
		require.True(t, p.Deleted, what)
	}
	check(m, "memory")
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	s, err := newSaved("f.gidx", buf.Bytes(), SavedOptions{})
	require.NoError(t, err)
	check(s, "saved")
	back, err := s.Memory()
	require.NoError(t, err)
	check(back, "read back")
	// A post given through the API without a file has no origin.
	require.NoError(t, back.Put(ctx, Post{ID: "8", Author: "ana", CreatedAt: base.CreatedAt, Text: "Sans fichier."}))
	p, _, _ := back.Post(ctx, Key{Generic, "8"})
	require.Nil(t, p.From)
	require.Zero(t, p.MoreFrom)
	require.False(t, p.Deleted)
}

// TestMergeOrigins: Merge lists the new copy's origins after the
// stored ones, each once, and keeps a deletion whichever copy says it.
func TestMergeOrigins(t *testing.T) {
	stored := Post{ID: "1", Text: "a", From: []Origin{{File: "a", Line: 1}}}
	p := Post{ID: "1", Text: "a", From: []Origin{{File: "a", Line: 1}, {File: "b", Path: "[2]"}}, Deleted: true}
	got, err := Merge(stored, p)
	require.ErrorIs(t, err, ErrDuplicate)
	require.Equal(t, []Origin{{File: "a", Line: 1}, {File: "b", Path: "[2]"}}, got.From)
	require.True(t, got.Deleted)
	require.Equal(t, []Origin{{File: "a", Line: 1}}, stored.From, "the stored post's array is not written to")
	got, _ = Merge(p, Post{ID: "1", Text: "a"})
	require.True(t, got.Deleted, "a copy not deleted does not undo a deletion")
	got, err = Merge(stored, Post{ID: "1", Text: "b", From: []Origin{{File: "c", Line: 3}}})
	var conflict *ConflictError
	require.ErrorAs(t, err, &conflict)
	require.Equal(t, stored.From, got.From, "a conflicting copy adds no origin")
}

// TestMergeVisibility: a copy that knows the visibility fills it in, a
// visibility stored is never replaced, and Validate refuses a value that
// is not one of the four.
func TestMergeVisibility(t *testing.T) {
	stored := Post{ID: "1", Text: "a"}
	got, _ := Merge(stored, Post{ID: "1", Text: "a", Visibility: VisibilityPrivate})
	require.Equal(t, VisibilityPrivate, got.Visibility)
	got, _ = Merge(got, Post{ID: "1", Text: "a", Visibility: VisibilityPublic})
	require.Equal(t, VisibilityPrivate, got.Visibility)
	p := Post{ID: "1", Author: "a", CreatedAt: fuzzT0, Visibility: "followers"}
	require.EqualError(t, p.Validate(), `field visibility "followers": want public, unlisted, private or direct`)
	for _, v := range visibilities {
		p.Visibility = v
		require.NoError(t, p.Validate())
		require.Equal(t, v, visibilityOf(visibilityCode(v)))
	}
}
