package provenance

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/stretchr/testify/require"
)

func TestMemoryQueries(t *testing.T) {
	ctx := context.Background()
	m := loadConversation(t)
	root := Key{X, "1853908668245475329"}
	d, err := m.Descendants(ctx, root, 0)
	require.NoError(t, err)
	// Thread order: each reply followed by its own replies, siblings by time.
	require.Equal(t, []string{"1853909318891077634", "1853909665550303235", "1853910295249551364", "1853911460200710149", "1853912151145185286"}, ids(d))
	d, err = m.Descendants(ctx, root, 2)
	require.NoError(t, err)
	require.Len(t, d, 2)

	sh, err := m.Shares(ctx, root)
	require.NoError(t, err)
	require.Equal(t, []string{"1853915189884878855", "1853916530619318280"}, ids(sh))

	at := time.Date(2024, 11, 5, 21, 14, 5, 123e6, time.UTC)
	tl, err := m.Timeline(ctx, X, "kbelhadj_avignon", at, 5, 1)
	require.NoError(t, err)
	require.Equal(t, []string{"1853716381611720704", "1853911460200710149"}, ids(tl), "handles match without case; the post at t is left out")
	tl, err = m.Timeline(ctx, Mastodon, "kbelhadj_avignon", at, 5, 5)
	require.NoError(t, err)
	require.Empty(t, tl)

	p, ok, err := m.Post(ctx, root)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, "Karim Belhadj", p.AuthorName)
	require.Equal(t, "1402938475610293847", p.AuthorID)
	require.Equal(t, "fr", p.Lang)
	require.Equal(t, at, p.CreatedAt)

	c, err := m.Candidates(ctx, NewQuery("le débat mérite mieux"), 3)
	require.NoError(t, err)
	require.Equal(t, "1853908668245475329", c[0].Post.ID)

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, _, err = m.Post(cctx, root)
	require.ErrorIs(t, err, context.Canceled)
}

func TestMemoryKeepsOffsetsAndFillsPlaceholders(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	paris := time.FixedZone("", 3600)
	child := Post{Platform: Bluesky, ID: "at://c", Author: "b", CreatedAt: time.Date(2024, 11, 5, 22, 14, 5, 123456000, paris), Text: "réponse", ReplyTo: "at://p"}
	require.NoError(t, m.Put(ctx, child))
	require.Equal(t, 1, postCount(t, m))
	anc, err := m.Ancestors(ctx, child.Key())
	require.NoError(t, err)
	require.Equal(t, "at://p", anc.BrokenAt)
	parent := Post{Platform: Bluesky, ID: "at://p", Author: "a", CreatedAt: child.CreatedAt.Add(-time.Minute), Text: "question"}
	require.NoError(t, m.Put(ctx, parent))
	anc, err = m.Ancestors(ctx, child.Key())
	require.NoError(t, err)
	require.Equal(t, "", anc.BrokenAt)
	require.Equal(t, []string{"at://p"}, ids(anc.Posts))
	got, _, _ := m.Post(ctx, child.Key())
	require.True(t, got.CreatedAt.Equal(child.CreatedAt))
	_, off := got.CreatedAt.Zone()
	require.Equal(t, 3600, off, "the date keeps its offset")
	// Merging a duplicate fills what the first copy lacked.
	parent.URL = "https://bsky.app/profile/a/post/p"
	require.ErrorIs(t, m.Put(ctx, parent), ErrDuplicate)
	got, _, _ = m.Post(ctx, parent.Key())
	require.Equal(t, parent.URL, got.URL)
}

// TestMemoryConcurrentReaders queries the archive while posts are being
// added (run with -race).
func TestMemoryConcurrentReaders(t *testing.T) {
	ctx := context.Background()
	m := loadConversation(t)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 400 {
			p := Post{Platform: X, ID: fmt.Sprint(i), Author: fmt.Sprint("auteur", i%7), CreatedAt: time.Unix(int64(1e9+i), 0),
				Text: fmt.Sprintf("message numéro %d sur le budget des écoles de la ville", i)}
			if i > 0 {
				p.ReplyTo = fmt.Sprint(i - 1)
			}
			require.NoError(t, m.Put(ctx, p))
		}
	}()
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				res, err := Link(ctx, m, "Le débat mérite mieux que ça", nil)
				require.NoError(t, err)
				require.NotNil(t, res.Source)
				_, err = m.Timeline(ctx, X, "auteur3", time.Unix(1e9+200, 0), 3, 3)
				require.NoError(t, err)
				_, err = m.Ancestors(ctx, Key{X, "399"})
				require.NoError(t, err)
			}
		}()
	}
	wg.Wait()
	require.Equal(t, 410, postCount(t, m))
}

func TestTimelineOutOfOrder(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	base := time.Date(2012, 6, 14, 20, 0, 0, 0, time.UTC)
	// An X API timeline comes newest first.
	for i := 9; i >= 0; i-- {
		require.NoError(t, m.Put(ctx, Post{Platform: X, ID: fmt.Sprint(i), Author: "JulienMarcy", CreatedAt: base.Add(time.Duration(i) * time.Minute), Text: fmt.Sprint("message ", i)}))
	}
	tl, err := m.Timeline(ctx, X, "JulienMarcy", base.Add(5*time.Minute), 2, 3)
	require.NoError(t, err)
	require.Equal(t, []string{"3", "4", "6", "7", "8"}, ids(tl))
	tl, err = m.Timeline(ctx, X, "JulienMarcy", base.Add(5*time.Minute+time.Second), 1, 1)
	require.NoError(t, err)
	require.Equal(t, []string{"5", "6"}, ids(tl))
	tl, err = m.Timeline(ctx, X, "JulienMarcy", base.Add(-time.Hour), 4, 1)
	require.NoError(t, err)
	require.Equal(t, []string{"0"}, ids(tl))
}

// TestMemoryURLs checks that every address reads back as it was given,
// whether Memory holds it or builds it again from the handle and the id
// (setURL), and that a saved archive holds the same addresses.
func TestMemoryURLs(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2025, 3, 11, 8, 2, 11, 0, time.UTC)
	posts := []Post{
		{Platform: X, ID: "1", Author: "Lea_Martin", CreatedAt: at, Text: "a", URL: "https://x.com/Lea_Martin/status/1"},
		{Platform: X, ID: "2", Author: "lea_martin", CreatedAt: at, Text: "b", URL: "https://x.com/lea_martin/status/2"},
		{Platform: X, ID: "3", Author: "Lea_Martin", CreatedAt: at, Text: "c", URL: "https://x.com/Lea_Martin/status/3?s=20"},
		{Platform: X, ID: "4", Author: "Lea_Martin", CreatedAt: at, Text: "d", URL: "https://x.com/Lea_Martin/status/"},
		{Platform: X, ID: "5", Author: "Lea_Martin", CreatedAt: at, Text: "e"},
		{Platform: Mastodon, ID: "6", Author: "Lea_Martin", CreatedAt: at, Text: "f", URL: "https://x.com/Lea_Martin/status/6"},
		{Platform: X, ID: "7", Author: "Lea_Martin", CreatedAt: at, Text: "g", URL: "https://twitter.com/Lea_Martin/status/7"},
	}
	m := NewMemory()
	require.NoError(t, m.Put(ctx, posts...))
	// A merge gives post 5 the address it lacked.
	err := m.Put(ctx, Post{Platform: X, ID: "5", Author: "Lea_Martin", CreatedAt: at, Text: "e", URL: "https://x.com/Lea_Martin/status/5"})
	require.ErrorIs(t, err, ErrDuplicate)
	posts[4].URL = "https://x.com/Lea_Martin/status/5"
	require.True(t, m.recs[0].xurl && m.recs[0].url == "", "the address of post 1 is built again")
	require.False(t, m.recs[1].xurl, "post 2's handle differs in case from the author's first one")
	path := t.TempDir() + "/a.gidx"
	f, err := os.Create(path)
	require.True(t, m.recs[4].xurl, "post 5's address, merged, is built again")
	require.NoError(t, err)
	require.NoError(t, m.Save(f))
	require.NoError(t, f.Close())
	s, err := OpenSaved(path, SavedOptions{})
	require.NoError(t, err)
	defer s.Close()
	for _, want := range posts {
		for _, a := range []Archive{m, s} {
			got, ok, err := a.Post(ctx, want.Key())
			require.NoError(t, err)
			require.True(t, ok)
			require.Equal(t, want.URL, got.URL, want.ID)
		}
	}
}

// TestLoaderKeysAsPut checks that the loader's way of storing canonical
// JSON Lines (keys computed on its workers into shared buffers, posts
// made ready once, putKeyed) builds the archive Put builds from the same
// posts: the same records, the same keys and postings.
func TestLoaderKeysAsPut(t *testing.T) {
	ctx := context.Background()
	var buf bytes.Buffer
	require.NoError(t, corpus.WriteJSONL(&buf, corpus.Generate(corpus.Config{Posts: 3000, Seed: 3, Wide: true})))
	loaded := NewMemory()
	st, err := (&Loader{}).ReadFrom(ctx, loaded, "c.jsonl", &buf)
	require.NoError(t, err)
	require.Equal(t, 3000, st.Loaded)
	put := NewMemory()
	for n := range loaded.recs {
		if !loaded.recs[n].absent {
			require.NoError(t, put.Put(ctx, loaded.post(int32(n))))
		}
	}
	require.Equal(t, loaded.idx.size(), put.idx.size())
	loaded.idx.keys(func(k string, id int32) {
		pid, ok := put.idx.id(k)
		require.True(t, ok, k)
		require.Equal(t, loaded.idx.postings[id], put.idx.postings[pid], k)
	})
	for n := range loaded.recs {
		if !loaded.recs[n].absent {
			require.Equal(t, loaded.post(int32(n)), put.post(put.find(Key{X, loaded.recs[n].id})))
		}
	}
}
