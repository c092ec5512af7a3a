package provenance

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// loadString reads data as a file named name and returns the posts, the
// rejections as strings and the stats.
func loadString(t *testing.T, name, data string) ([]Post, []string, LoadStats) {
	t.Helper()
	var rej []string
	c := &collect{}
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r.Error()) }}).
		ReadFrom(context.Background(), c, name, strings.NewReader(data))
	require.NoError(t, err)
	return c.posts, rej, st
}

const okLine = `{"platform":"x","id":"1","author":"a","created_at":"2025-03-11T08:02:11.482Z","text":"bonjour"}`

func TestJSONLBadRecords(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"not json", `{"id":"2",`, "f.jsonl:2: invalid JSON"},
		{"no id", `{"author":"a","created_at":"2025-03-11T08:02:11Z","text":"x"}`, "f.jsonl:2: missing field id"},
		{"no author", `{"id":"2","created_at":"2025-03-11T08:02:11Z","text":"x","platform":"x"}`, "f.jsonl:2: missing field author"},
		{"no text", `{"id":"2","author":"a","created_at":"2025-03-11T08:02:11Z"}`, "f.jsonl:2: missing field text"},
		{"no date", `{"id":"2","author":"a","text":"x"}`, "f.jsonl:2: missing field created_at"},
		{"bad date", `{"id":"2","author":"a","created_at":"11/03/2025","text":"x"}`, `f.jsonl:2: field created_at: unparsable date "11/03/2025"`},
		{"bad utf8", "{\"id\":\"2\",\"author\":\"a\",\"created_at\":\"2025-03-11T08:02:11Z\",\"text\":\"\xff\"}", "f.jsonl:2: invalid UTF-8"},
		{"id object", `{"id":{"x":1},"author":"a","created_at":"2025-03-11T08:02:11Z","text":"x"}`, "f.jsonl:2: field id: want a string or an integer id"},
		{"author with @", `{"id":"2","author":"@a","created_at":"2025-03-11T08:02:11Z","text":"x"}`, ""},
		{"conflict", `{"platform":"x","id":"1","author":"a","created_at":"2025-03-11T08:02:11.482Z","text":"autre"}`, "f.jsonl:2: duplicate id x:1 with different text"},
		{"duplicate", okLine, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			posts, rej, st := loadString(t, "f.jsonl", okLine+"\n"+tc.line+"\n"+strings.Replace(okLine, `"1"`, `"3"`, 1)+"\n")
			if tc.want == "" {
				require.Empty(t, rej)
				require.Equal(t, 0, st.Rejected)
				return
			}
			require.Len(t, rej, 1)
			require.True(t, strings.HasPrefix(rej[0], tc.want), "got %q, want prefix %q", rej[0], tc.want)
			require.Equal(t, 1, st.Rejected)
			require.Len(t, posts, 2, "the other lines load")
		})
	}
}

func TestJSONLNumbersDatesAndBOM(t *testing.T) {
	posts, rej, _ := loadString(t, "f.jsonl", "\xef\xbb\xbf"+
		`{"platform":"x","id":1853908668240646151,"author":"a","created_at":"2024-11-05T21:14:05Z","text":"x","reply_to":1853908668240646150}`+"\r\n"+
		`{"platform":"bluesky","id":"at://did:plc:abc/app.bsky.feed.post/1","author":"b","created_at":"2024-11-05T22:14:05.123456+01:00","text":""}`+"\n")
	require.Empty(t, rej)
	require.Len(t, posts, 2)
	require.Equal(t, "1853908668240646151", posts[0].ID)
	require.Equal(t, "1853908668240646150", posts[0].ReplyTo)
	// The snowflake carries the milliseconds the date lacks.
	require.Equal(t, 123, posts[0].CreatedAt.Nanosecond()/1e6)
	require.Equal(t, time.Date(2024, 11, 5, 21, 14, 5, 123456000, time.UTC), posts[1].CreatedAt.UTC())
	require.Equal(t, "", posts[1].Text, "a repost may have no text")
}

func TestDetectFormats(t *testing.T) {
	_, rej, _ := loadString(t, "notes.txt", "Ceci n'est pas une archive.\n")
	require.Equal(t, []string{"notes.txt: not a recognised archive format (want JSON Lines, an export of X, Mastodon, Bluesky, Telegram, Facebook or Instagram, or an X archive tweets.js): no line of it begins a JSON value"}, rej)
	_, rej, _ = loadString(t, "empty.jsonl", "\n \n")
	require.Equal(t, []string{"empty.jsonl: empty file"}, rej)
	_, rej, _ = loadString(t, "err.json", `{"errors":[{"message":"Rate limit exceeded"}]}`)
	require.Equal(t, []string{"err.json#errors[0]: the API reported an error instead of data: Rate limit exceeded"}, rej)
	_, rej, _ = loadString(t, "err.json", `{"error":"InvalidToken","message":"Bad token"}`)
	require.Equal(t, []string{`err.json#$: the export holds an API error, not posts: "InvalidToken"`}, rej)
	// A pretty-printed canonical post, and an array of them.
	posts, rej, _ := loadString(t, "one.json", "{\n  \"id\": \"9\",\n  \"author\": \"a\",\n  \"created_at\": \"2025-03-11T08:02:11Z\",\n  \"text\": \"x\"\n}\n")
	require.Empty(t, rej)
	require.Len(t, posts, 1)
	posts, rej, _ = loadString(t, "arr.json", "["+okLine+",\n"+`{"id":"2","author":"a","created_at":"bad","text":"x"}`+",\n42]")
	require.Len(t, posts, 1)
	require.Equal(t, []string{`arr.json#[1]: field created_at: unparsable date "bad" (want RFC 3339)`, "arr.json#[2]: want a JSON object, got 42"}, rej)
	// Truncated document.
	_, rej, _ = loadString(t, "cut.json", "["+okLine+",\n"+`{"id":"2","author":"a","crea`)
	require.Len(t, rej, 1)
	require.Equal(t, "cut.json#[1]: truncated JSON: the file ends inside a value", rej[0])
}

func TestJSONLTruncatedLastLine(t *testing.T) {
	posts, rej, st := loadString(t, "f.jsonl", okLine+"\n"+`{"id":"2","author":"a","created_at":"2025-03`)
	require.Len(t, posts, 1)
	require.Len(t, rej, 1)
	require.True(t, strings.HasPrefix(rej[0], "f.jsonl:2: invalid JSON"), rej[0])
	require.Equal(t, LoadStats{Files: 1, Loaded: 1, Rejected: 1}, st)
}

// hugeLine is a reader of n bytes of one line without end, then a
// newline and a good record: it is produced on the fly, never held.
type hugeLine struct {
	n    int64
	tail *strings.Reader
}

func (h *hugeLine) Read(p []byte) (int, error) {
	if h.n > 0 {
		k := min(int64(len(p)), h.n)
		for i := range p[:k] {
			p[i] = 'x'
		}
		h.n -= k
		return int(k), nil
	}
	return h.tail.Read(p)
}

func TestJSONLTwoGigabyteLineIsStreamed(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 2 GB")
	}
	var rej []string
	c := &collect{}
	r := &hugeLine{n: 2 << 30, tail: strings.NewReader("\n" + strings.Replace(okLine, `"1"`, `"2"`, 1) + "\n")}
	head := io.MultiReader(strings.NewReader(okLine+"\n"), r)
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r.Error()) }}).ReadFrom(context.Background(), c, "big.jsonl", head)
	require.NoError(t, err)
	require.Equal(t, []string{"big.jsonl:2: a line of 2147483648 bytes (2048.0 MiB), over the 1 MiB limit for one post: skipped without being read"}, rej)
	require.Equal(t, 2, st.Loaded, "the records around the huge line load")
}

func TestLoadFolders(t *testing.T) {
	ctx := context.Background()
	empty := t.TempDir()
	_, err := (&Loader{}).Load(ctx, NewMemory(), empty)
	require.ErrorContains(t, err, "the folder holds no file of posts")

	_, err = (&Loader{}).Load(ctx, NewMemory(), filepath.Join(empty, "absent.jsonl"))
	require.ErrorContains(t, err, "absent.jsonl: no such file or directory")

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(okLine+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# notes\n"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, ".git"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".git", "x.jsonl"), []byte("garbage\n"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "b.jsonl"), []byte(okLine+"\n"), 0o644))
	var rej, skip []string
	m := NewMemory()
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r.Error()) }, Skip: func(r Rejection) { skip = append(skip, r.Error()) }}).Load(ctx, m, dir)
	require.NoError(t, err)
	require.Empty(t, rej)
	require.Equal(t, []string{
		filepath.Join(dir, ".git") + ": hidden folder",
		filepath.Join(dir, "notes.md") + ": no line of it begins a JSON value: not an archive format",
	}, skip, "every file left unread is named")
	require.Equal(t, LoadStats{Files: 2, Skipped: 2, Loaded: 1, Duplicates: 1}, st, "the same post in two files is stored once")
	require.Equal(t, 1, postCount(t, m))
	require.Equal(t, "loaded 1 post from 2 files (1 already known, 0 rejected, 2 files skipped)", st.String())
}

func TestReplyCycle(t *testing.T) {
	ctx := context.Background()
	data := `{"id":"1","author":"a","created_at":"2025-03-11T08:00:00Z","text":"un","reply_to":"3"}
{"id":"2","author":"b","created_at":"2025-03-11T08:01:00Z","text":"deux","reply_to":"1"}
{"id":"3","author":"c","created_at":"2025-03-11T08:02:00Z","text":"trois","reply_to":"2"}
{"id":"4","author":"d","created_at":"2025-03-11T08:03:00Z","text":"quatre","reply_to":"4"}
`
	m := NewMemory()
	var rej []string
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r.Error()) }}).ReadFrom(ctx, m, "c.jsonl", strings.NewReader(data))
	require.NoError(t, err)
	require.Equal(t, []string{
		"c.jsonl:3: reply_to 2 would close a reply cycle through 3: post kept without that link",
		"c.jsonl:4: reply_to 4 would close a reply cycle through 4: post kept without that link",
	}, rej)
	require.Equal(t, 4, st.Loaded)
	anc, err := m.Ancestors(ctx, Key{Generic, "2"})
	require.NoError(t, err)
	require.Equal(t, []string{"3", "1"}, ids(anc.Posts))
	d, err := m.Descendants(ctx, Key{Generic, "3"}, 0)
	require.NoError(t, err)
	require.Equal(t, []string{"1", "2"}, ids(d))
}

func TestMissingParent(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	data := `{"id":"2","author":"b","created_at":"2025-03-11T08:01:00Z","text":"deux","reply_to":"1"}
{"id":"3","author":"c","created_at":"2025-03-11T08:02:00Z","text":"trois","reply_to":"2"}
`
	_, err := (&Loader{}).ReadFrom(ctx, m, "m.jsonl", strings.NewReader(data))
	require.NoError(t, err)
	p, ok, err := m.Post(ctx, Key{Generic, "3"})
	require.NoError(t, err)
	require.True(t, ok)
	th, err := ThreadOf(ctx, m, p, 0)
	require.NoError(t, err)
	require.Equal(t, "2", th.Root, "the highest post known")
	require.Equal(t, "1", th.BrokenAt)
	_, ok, _ = m.Post(ctx, Key{Generic, "1"})
	require.False(t, ok, "a referenced post is not a post")
	require.Equal(t, 2, postCount(t, m))
}

func ids(ps []Post) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func FuzzJSONL(f *testing.F) {
	b, err := os.ReadFile("../testdata/provenance/jsonl/conversation.jsonl")
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(okLine + "\n" + `{"id":"2",`))
	f.Add([]byte("[" + okLine + "]"))
	f.Add([]byte(`{"id":"1","author":"a","created_at":"2025-03-11T08:00:00Z","text":"un","reply_to":"1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m := NewMemory()
		var rej []Rejection
		st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r) }}).ReadFrom(context.Background(), m, "f.jsonl", bytes.NewReader(data))
		require.NoError(t, err)
		require.Equal(t, st.Rejected, len(rej))
		for _, r := range rej {
			require.True(t, strings.HasPrefix(r.Error(), "f.jsonl"), r.Error())
			require.NotRegexp(t, goTypeName, r.Msg)
		}
		require.Equal(t, st.Loaded, postCount(t, m))
	})
}
