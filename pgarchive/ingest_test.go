package pgarchive_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/internal/pgtest"
	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
)

// dump returns everything an archive's schema holds, in a stable order:
// two archives that answer alike dump alike. Search keys are compared by
// their text (their numbers are a sequence's, which a rolled-back batch
// advances).
func dump(t *testing.T, url string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var b strings.Builder
	for _, q := range []string{
		"SELECT posts, next_post, next_seq, next_author FROM archive",
		"SELECT * FROM authors ORDER BY n",
		"SELECT n, platform, id, absent, seq, author, text, url, lang, created_ns, utc_offset, reply, conv, quote, repost FROM posts ORDER BY n",
		"SELECT key, posts FROM search_keys ORDER BY key",
	} {
		rows, err := conn.Query(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			v, err := rows.Values()
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, v...)
		}
		if rows.Err() != nil {
			t.Fatal(rows.Err())
		}
	}
	var pairs []string
	rows, err := conn.Query(ctx, "SELECT s.key, p.posts FROM postings p JOIN search_keys s ON s.n = p.key")
	if err != nil {
		t.Fatal(err)
	}
	var key string
	var posts []byte
	if _, err := pgx.ForEachRow(rows, []any{&key, &posts}, func() error {
		return pgarchive.ReadPostings(posts, func(p int64) { pairs = append(pairs, fmt.Sprintf("%s %d", key, p)) })
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(pairs)
	b.WriteString(strings.Join(pairs, "\n"))
	return b.String()
}

// ingest loads JSON Lines into a with the loader, as guillemet ingest
// does.
func ingest(ctx context.Context, a provenance.Sink, jsonl []byte) (provenance.LoadStats, error) {
	return (&provenance.Loader{}).ReadFrom(ctx, a, "corpus.jsonl", bytes.NewReader(jsonl))
}

// TestIngestResume cuts an ingest by killing its connection while a
// batch waits for the archive's lock, then runs it again through a
// Writer (transactions of many batches): the database ends exactly as
// after one clean ingest, and a third run changes nothing.
func TestIngestResume(t *testing.T) {
	ctx := context.Background()
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, corpus.Generate(corpus.Config{Posts: 3000, Seed: 3})); err != nil {
		t.Fatal(err)
	}
	clean, cleanURL := openEmpty(t)
	if st, err := ingest(ctx, clean, buf.Bytes()); err != nil || st.Loaded != 3000 {
		t.Fatalf("clean ingest: %v, %v", st, err)
	}

	_, url := openEmpty(t)
	cutURL, err := pgtest.WithParam(url, "application_name", "guillemet-cut")
	if err != nil {
		t.Fatal(err)
	}
	cut, err := pgarchive.Open(ctx, cutURL, pgarchive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer cut.Close()
	killer := &killFourth{Archive: cut, t: t, url: url}
	st, err := ingest(ctx, killer, buf.Bytes())
	if err == nil {
		t.Fatalf("the ingest went through its lost connection: %v", st)
	}
	t.Logf("cut: %v (%v)", err, st)
	if n, err := cut.Len(ctx); err != nil || n != 3*256 {
		t.Errorf("after the cut, Len = %d, %v; want the 3 batches committed before it, %d posts", n, err, 3*256)
	}
	w := cut.Writer(1000) // as guillemet ingest resumes: transactions of many batches
	st, err = ingest(ctx, w, buf.Bytes())
	if err == nil {
		err = w.Flush(ctx)
	}
	if err != nil || st.Loaded != 3000-3*256 || st.Duplicates != 3*256 {
		t.Errorf("resumed: %v, %v; want the posts the cut lost loaded, the others known", st, err)
	}
	want := dump(t, cleanURL)
	if got := dump(t, url); got != want {
		t.Errorf("after the resume the database differs from a clean ingest")
	}
	st, err = ingest(ctx, cut, buf.Bytes())
	if err != nil || st.Loaded != 0 || st.Duplicates != 3000 {
		t.Errorf("again: %v, %v; want every post known", st, err)
	}
	if got := dump(t, url); got != want {
		t.Errorf("ingesting again changed the database")
	}
}

// killFourth is a Sink whose fourth batch loses its connection: another
// session holds the archive's lock, and terminates the batch's backend
// once it waits for it.
type killFourth struct {
	*pgarchive.Archive
	t    *testing.T
	url  string
	puts int
}

func (k *killFourth) Put(ctx context.Context, posts ...provenance.Post) error {
	k.puts++
	if k.puts != 4 {
		return k.Archive.Put(ctx, posts...)
	}
	admin, err := pgx.Connect(ctx, k.url)
	if err != nil {
		return err
	}
	defer admin.Close(ctx)
	tx, err := admin.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "LOCK TABLE archive IN ACCESS EXCLUSIVE MODE"); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- k.Archive.Put(ctx, posts...) }()
	for killed := false; !killed; {
		time.Sleep(10 * time.Millisecond)
		if err := admin.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) > 0 FROM pg_stat_activity
			WHERE application_name = 'guillemet-cut' AND wait_event_type = 'Lock'`).Scan(&killed); err != nil {
			return err
		}
	}
	return <-done
}

// TestMatchesMemory loads every export of testdata/provenance (each
// format) into Memory and the database, and requires the same answers
// for every post read: Post, Ancestors, Descendants, Shares and the
// author's Timeline around it.
func TestMatchesMemory(t *testing.T) {
	ctx := context.Background()
	db, _ := openEmpty(t)
	mem := provenance.NewMemory()
	var keys []provenance.Key
	for _, s := range []provenance.Sink{mem, &recorder{Sink: db, keys: &keys}} {
		if _, err := (&provenance.Loader{}).Load(ctx, s, "../testdata/provenance"); err != nil {
			t.Fatal(err)
		}
	}
	if len(keys) < 30 {
		t.Fatalf("only %d posts read from testdata/provenance", len(keys))
	}
	for _, k := range keys {
		if w, g := describeAt(ctx, t, mem, k), describeAt(ctx, t, db, k); w != g {
			t.Errorf("%s:\nmemory:\n%s\ndatabase:\n%s", k, w, g)
		}
	}
}

// recorder is a Sink that records the keys of the posts it stores.
type recorder struct {
	provenance.Sink
	keys *[]provenance.Key
}

func (r *recorder) Put(ctx context.Context, posts ...provenance.Post) error {
	for _, p := range posts {
		*r.keys = append(*r.keys, p.Key())
	}
	return r.Sink.Put(ctx, posts...)
}

// describeAt writes what a gives for the post k and around it.
func describeAt(ctx context.Context, t *testing.T, a provenance.Archive, k provenance.Key) string {
	t.Helper()
	p, ok, err := a.Post(ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return "absent"
	}
	anc, err1 := a.Ancestors(ctx, k)
	desc, err2 := a.Descendants(ctx, k, 0)
	sh, err3 := a.Shares(ctx, k)
	tl, err4 := a.Timeline(ctx, p.Platform, strings.ToUpper(p.Author), p.CreatedAt, 3, 3)
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%s\nancestors %v broken %q cycle %v\nreplies %v\nshares %v\ntimeline %v\n",
		postString(p), keysOf(anc.Posts), anc.BrokenAt, anc.Cycle, keysOf(desc), keysOf(sh), keysOf(tl))
}

func postString(p provenance.Post) string {
	_, off := p.CreatedAt.Zone()
	return fmt.Sprintf("%+v (offset %d)", p, off)
}

func keysOf(posts []provenance.Post) []string {
	var out []string
	for _, p := range posts {
		out = append(out, p.Key().String())
	}
	return out
}

// TestHostileText stores posts whose every field looks like SQL, quotes
// or escapes, and reads them back intact, found by their words.
func TestHostileText(t *testing.T) {
	ctx := context.Background()
	a, url := openEmpty(t)
	at := time.Date(2025, 3, 11, 8, 0, 0, 123456789, time.FixedZone("", 5*3600+30*60))
	hostile := []provenance.Post{
		{Platform: provenance.X, ID: "1'; DROP TABLE posts;--", Author: "robert'); DROP TABLE authors;--", AuthorID: `\x00\\`,
			AuthorName: `Robert "Tables" O'Brien $1 %s`, CreatedAt: at, Text: "'); DROP TABLE posts;-- la motion est rejetée",
			URL: "https://exemple.fr/?q=';--&x=$$", Lang: "fr'"},
		{Platform: "x'); DELETE FROM archive;--", ID: `E'\\'`, Author: "a", CreatedAt: at, Text: `$$ SELECT pg_sleep(10) $$ \\N \N \. COPY`,
			ReplyTo: "1'; DROP TABLE posts;--", QuoteOf: `"; TRUNCATE postings`},
	}
	if err := a.Put(ctx, hostile...); err != nil {
		t.Fatal(err)
	}
	for _, want := range hostile {
		got, ok, err := a.Post(ctx, want.Key())
		if err != nil || !ok || postString(got) != postString(want) {
			t.Errorf("Post(%s) = %s, %v, %v; want %s", want.Key(), postString(got), ok, err, postString(want))
		}
	}
	cands, err := a.Candidates(ctx, provenance.NewQuery("DROP TABLE posts; la motion est rejetée"), 3)
	if err != nil || len(cands) == 0 || cands[0].Post.Text != hostile[0].Text {
		t.Errorf("Candidates = %v, %v", cands, err)
	}
	if n, err := a.Len(ctx); err != nil || n != 2 {
		t.Errorf("Len = %d, %v; want 2", n, err)
	}
	if d := dump(t, url); !strings.Contains(d, "motion") {
		t.Errorf("the tables lost their rows:\n%s", d)
	}
}

// TestNUL: PostgreSQL's text cannot hold a NUL character; a post with
// one is refused by itself (a PutError naming the field), the rest of
// its batch stored.
func TestNUL(t *testing.T) {
	ctx := context.Background()
	a, _ := openEmpty(t)
	at := time.Date(2025, 3, 11, 8, 0, 0, 0, time.UTC)
	err := a.Put(ctx,
		provenance.Post{Platform: provenance.X, ID: "1", Author: "nadia_b", CreatedAt: at, Text: "avant\x00après"},
		provenance.Post{Platform: provenance.X, ID: "2", Author: "nadia_b", CreatedAt: at, Text: "Un message sans rien."})
	var errs provenance.PutErrors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Index != 0 || !strings.Contains(errs[0].Error(), "NUL") {
		t.Fatalf("Put = %v, want the first post refused for its NUL", err)
	}
	if n, err := a.Len(ctx); err != nil || n != 1 {
		t.Errorf("Len = %d, %v; want 1", n, err)
	}
	if _, ok, _ := a.Post(ctx, provenance.Key{Platform: provenance.X, ID: "2"}); !ok {
		t.Error("the second post of the batch is not stored")
	}
}

// TestDeepThread: a reply chain longer than provenance.MaxDepth, walked
// up and down, gives Memory's answers in bounded time.
func TestDeepThread(t *testing.T) {
	ctx := context.Background()
	db, _ := openEmpty(t)
	mem := provenance.NewMemory()
	n := provenance.MaxDepth + 50
	chain := make([]provenance.Post, n)
	at := time.Date(2025, 3, 11, 8, 0, 0, 0, time.UTC)
	for i := range chain {
		chain[i] = provenance.Post{Platform: provenance.X, ID: fmt.Sprint(i), Author: "nadia_b", CreatedAt: at.Add(time.Duration(i) * time.Second),
			Text: fmt.Sprintf("Réponse numéro %d du fil.", i)}
		if i > 0 {
			chain[i].ReplyTo = fmt.Sprint(i - 1)
		}
	}
	for _, s := range []provenance.Sink{mem, db} {
		if err := s.Put(ctx, chain...); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []provenance.Key{{Platform: provenance.X, ID: "0"}, {Platform: provenance.X, ID: fmt.Sprint(n - 1)}, {Platform: provenance.X, ID: "20"}} {
		if w, g := describeAt(ctx, t, mem, k), describeAt(ctx, t, db, k); w != g {
			t.Errorf("%s: the answers differ (memory %d bytes, database %d)", k, len(w), len(g))
		}
	}
	start := time.Now()
	desc, err := db.Descendants(ctx, provenance.Key{Platform: provenance.X, ID: "0"}, 100)
	if err != nil || len(desc) != 100 || desc[99].ID != "100" {
		t.Errorf("Descendants(x:0, 100) = %d posts, %v", len(desc), err)
	}
	t.Logf("Descendants of a %d-post chain, limit 100: %v", n, time.Since(start))
}
