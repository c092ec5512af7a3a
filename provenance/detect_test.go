package provenance

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// okLine2 and okLine3 are two more canonical posts.
var (
	okLine2 = strings.Replace(okLine, `"1"`, `"2"`, 1)
	okLine3 = strings.Replace(okLine, `"1"`, `"3"`, 1)
)

func TestDetectStrayLines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		posts int
		rej   []string // whole rejections, file f.jsonl
	}{
		{"comment first", "# export du 12/09\n" + okLine + "\n" + okLine2 + "\n", 2,
			[]string{`f.jsonl:1: not JSON: "# export du 12/09"`}},
		{"header, blank lines, CRLF", "id;author;text\r\n\r\n\n" + okLine + "\r\n" + okLine2 + "\r\n", 2,
			[]string{`f.jsonl:1: not JSON: "id;author;text"`}},
		{"markdown link, a template, a footnote", "[export](https://exemple.fr)\n{{ modèle }}\n[1] note\n" + okLine + "\n", 1,
			[]string{`f.jsonl:1: not JSON: "[export](https://exemple.fr)"`, `f.jsonl:2: not JSON: "{{ modèle }}"`, `f.jsonl:3: not JSON: "[1] note"`}},
		{"a broken first record is the reader's", `{"id":"2",` + "\n" + okLine + "\n" + okLine3 + "\n", 2,
			[]string{"f.jsonl:1: invalid JSON: unexpected end of JSON input (at byte 10)"}},
		{"a broken first record of unknown keys", `{"a":1,,"b":2}` + "\n" + okLine + "\n", 1,
			[]string{"f.jsonl:1: invalid JSON: invalid character ',' looking for beginning of object key string (at byte 8)"}},
		{"lines are numbered on after stray lines", "# a\n# b\n\n" + okLine + "\nxx\n" + okLine2 + "\n", 2,
			[]string{`f.jsonl:1: not JSON: "# a"`, `f.jsonl:2: not JSON: "# b"`, `f.jsonl:5: not JSON: "xx"`}},
		{"a comment later is the reader's", okLine + "\n# fin\n" + okLine2 + "\n", 2,
			[]string{`f.jsonl:2: not JSON: "# fin"`}},
		{"a value that is not an object", okLine + "\n[1,2]\n\"x\"\n", 1,
			[]string{"f.jsonl:2: want a JSON object, got [1,2]", `f.jsonl:3: want a JSON object, got "x"`}},
		{"one-line objects of unknown keys make JSON Lines", `{"a":1}` + "\n" + `{"b":2}` + "\n" + okLine + "\n", 1,
			[]string{"f.jsonl:1: missing field text", "f.jsonl:2: missing field text"}},
		{"canonical records with extra fields of other formats", `{"id":"1","author":"a","created_at":"2025-03-11T08:02:11Z","text":"x","data":{"uri":"y"}}` + "\n" + okLine2 + "\n", 2, nil},
		{"a line of canonical fields only", `{"text":"sans auteur","created_at":"2025-03-11T08:02:11Z"}` + "\n" + okLine + "\n", 1,
			[]string{"f.jsonl:1: missing field id"}},
		{"stray line before a pretty document", "Export Mastodon\n{\n  \"ancestors\": [],\n  \"descendants\": [" + mastoOK + "]\n}\n", 1,
			[]string{`f.jsonl:1: not JSON: "Export Mastodon"`}},
		{"responses one a line are documents", `{"data":[` + xTweetJSON(`"ok"`, "") + `],` + xUsers + "}\n" + `{"data":[],"meta":{"result_count":0}}` + "\n", 1, nil},
		{"a lone object on one line is a document", `{"title":"Unauthorized","status":401,"detail":"Unauthorized"}`, 0,
			[]string{`f.jsonl#$: the export holds an API error, not posts: "Unauthorized"`}},
		{"first line longer than the window", `{"platform":"x","id":"9","author":"a","created_at":"2025-03-11T08:02:11Z","text":"` + strings.Repeat("é", 40000) + "\"}\n" + okLine + "\n", 2, nil},
		{"stray line longer than the window", strings.Repeat("#", 100000) + "\n" + okLine + "\n", 1,
			[]string{`f.jsonl:1: not JSON: "############################################################…" (a line of 100000 bytes)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			posts, rej, st := loadString(t, "f.jsonl", tc.in)
			require.Equal(t, tc.rej, rej)
			require.Len(t, posts, tc.posts)
			require.Equal(t, len(tc.rej), st.Rejected)
		})
	}
}

func TestDetectGivesUp(t *testing.T) {
	// No JSON within the lines detection passes over.
	notes := strings.Repeat("Une ligne de notes.\n", detectLines+1) + okLine + "\n"
	_, rej, st := loadString(t, "notes.txt", notes)
	require.Equal(t, []string{"notes.txt: " + unknownFormat + ": no JSON value begins in its first 64 lines"}, rej)
	require.Equal(t, LoadStats{Files: 1, Rejected: 1}, st)
	// One line fewer, and the posts load.
	posts, rej, _ := loadString(t, "notes.txt", strings.Repeat("Une ligne de notes.\n", detectLines)+okLine+"\n")
	require.Len(t, posts, 1)
	require.Len(t, rej, detectLines)
}

// writeTree writes files (name → content) under a new folder.
func writeTree(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
	return dir
}

// loadTree loads dir and returns the rejections and skips, relative to dir.
func loadTree(t *testing.T, dir string) (rej, skip []string, st LoadStats, posts int) {
	t.Helper()
	rel := func(r Rejection) string {
		r.File, _ = filepath.Rel(dir, r.File)
		return r.Error()
	}
	m := NewMemory()
	st, err := (&Loader{
		Reject: func(r Rejection) { rej = append(rej, rel(r)) },
		Skip:   func(r Rejection) { skip = append(skip, rel(r)) },
	}).Load(context.Background(), m, dir)
	require.NoError(t, err)
	return rej, skip, st, postCount(t, m)
}

// folderFiles is a folder of posts among files that hold none, or that
// the loader cannot read; folderRejected and folderSkipped are what a
// load of it says, folderStats what it counts.
var (
	folderFiles = map[string]string{
		"posts.jsonl":          okLine + "\n",
		"media/photo.jpg":      "\xff\xd8\xff\xe0\x00\x10JFIF\x00",
		"media/image.png":      "\x89PNG\r\n\x1a\n\x00\x00",
		"media/clip.mp4":       "\x00\x00\x00\x20ftypisom\x00\x00",
		"Your archive.html":    "<!DOCTYPE html>\n<html><body>Archive</body></html>\n",
		"notes.md":             "# Notes\n\n[lien](https://exemple.fr)\n",
		"vide.jsonl":           "",
		"data/manifest.js":     "window.__THAR_CONFIG = {\"userInfo\":{}}",
		"data/like.js":         `window.YTD.like.part0 = [{"like":{"tweetId":"1"}}]`,
		"export.zip":           "PK\x03\x04\x14\x00",
		"windows.json":         "\xff\xfe{\x00\"\x00i\x00d\x00\"\x00",
		"pas-du-json.json":     "Bonjour\n",
		"sub/.cache/x.jsonl":   "garbage\n",
		".DS_Store":            "\x00\x00\x00\x01Bud1",
		"sub/ok.jsonl":         okLine2 + "\n",
		"sub/statuses.json.gz": "\x1f\x8b\x08\x00",
	}
	folderRejected = []string{
		"export.zip: a ZIP archive cut short or damaged (zip: not a valid zip file): its directory, at its end, cannot be read",
		"pas-du-json.json: " + unknownFormat + ": no line of it begins a JSON value",
		"sub/statuses.json.gz: not an archive format: gzip-compressed data: decompress it to read the posts it may hold",
		"windows.json: not an archive format: UTF-16 text; the loader reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)",
	}
	folderSkipped = []string{
		".DS_Store: hidden file",
		"Your archive.html: no line of it begins a JSON value: not an archive format",
		"data/like.js: an X archive part without posts (like)",
		"data/manifest.js: the X archive's manifest, which holds no posts",
		"media/clip.mp4: an MP4 or QuickTime video, not an archive format",
		"media/image.png: a PNG image, not an archive format",
		"media/photo.jpg: a JPEG image, not an archive format",
		"notes.md: no line of it begins a JSON value: not an archive format",
		"sub/.cache: hidden folder",
		"vide.jsonl: empty file",
	}
	// A file rejected whole was read: it counts among the files.
	folderStats = LoadStats{Files: 6, Skipped: 10, Loaded: 2, Rejected: 4}
)

func TestFolderFilesSkippedAndRejected(t *testing.T) {
	dir := writeTree(t, folderFiles)
	rej, skip, st, posts := loadTree(t, dir)
	require.Equal(t, folderRejected, rej)
	require.Equal(t, folderSkipped, skip)
	require.Equal(t, folderStats, st)
	require.Equal(t, 2, posts)
}

func TestFolderLinks(t *testing.T) {
	outside := writeTree(t, map[string]string{
		"a.jsonl":      okLine + "\n",
		"dir/b.jsonl":  okLine2 + "\n",
		"dir/c.jsonl":  okLine3 + "\n",
		"self/d.jsonl": strings.Replace(okLine, `"1"`, `"4"`, 1) + "\n",
	})
	dir := writeTree(t, map[string]string{"own.jsonl": strings.Replace(okLine, `"1"`, `"5"`, 1) + "\n"})
	link := func(target, name string) {
		require.NoError(t, os.Symlink(target, filepath.Join(dir, name)))
	}
	link(filepath.Join(outside, "a.jsonl"), "lien-a.jsonl")                                                  // a file elsewhere
	link(filepath.Join(outside, "dir"), "lien-dir")                                                          // a folder elsewhere
	link(filepath.Join(outside, "dir", "b.jsonl"), "lien-b.jsonl")                                           // a file also reached through lien-dir
	link("own.jsonl", "doublon.jsonl")                                                                       // a file of the folder itself
	link(dir, "boucle")                                                                                      // the folder itself
	link("..", "parent")                                                                                     // the folder holding it
	link(filepath.Join(outside, "absent.jsonl"), "casse.jsonl")                                              // broken
	link("chaine-b", "chaine-a")                                                                             // a loop of links
	link("chaine-a", "chaine-b")                                                                             //
	require.NoError(t, os.Symlink(filepath.Join(outside, "self"), filepath.Join(outside, "self", "encore"))) // a loop below a link
	link(filepath.Join(outside, "self"), "lien-self")

	rej, skip, st, posts := loadTree(t, dir)
	require.Equal(t, []string{
		"casse.jsonl: broken link to " + filepath.Join(outside, "absent.jsonl") + ": no such file or directory",
		"chaine-a: broken link to chaine-b: the links loop",
		"chaine-b: broken link to chaine-a: the links loop",
	}, rej)
	require.Equal(t, []string{
		"boucle: a link loop: " + dir + " leads back to a folder that holds it",
		"doublon.jsonl: a link to a file already read as " + filepath.Join(dir, "own.jsonl"),
		// lien-b.jsonl and lien-dir/b.jsonl are the same file: the
		// link followed first reads it, the other is named.
		"lien-dir/b.jsonl: a file already read as " + filepath.Join(dir, "lien-b.jsonl"),
		"lien-self/encore: a link loop: " + filepath.Join(outside, "self") + " leads back to a folder that holds it",
		"parent: a link loop: .. leads back to a folder that holds it",
	}, skip)
	require.Equal(t, 5, posts, "own, a, b, c and d, each read once")
	require.Equal(t, LoadStats{Files: 5, Skipped: 5, Loaded: 5, Rejected: 3}, st)
}

func TestFolderUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := writeTree(t, map[string]string{"a.jsonl": okLine + "\n", "b.jsonl": okLine2 + "\n"})
	require.NoError(t, os.Chmod(filepath.Join(dir, "b.jsonl"), 0))
	rej, _, st, posts := loadTree(t, dir)
	require.Equal(t, []string{"b.jsonl: cannot be read: permission denied"}, rej)
	require.Equal(t, 1, posts)
	require.Equal(t, 1, st.Rejected)
}

func TestNamedFileFormats(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\x89PNG\r\n\x1a\n", "f: not an archive format: a PNG image"},
		{"\x00\x01\x02binaire", "f: not an archive format: binary data, not text"},
		{"\xfe\xff\x00{\x00\"", "f: not an archive format: UTF-16 text; the loader reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)"},
		{"\xff\xfeB\x00o\x00n\x00", "f: not an archive format: UTF-16 text without JSON"},
		{" \n\t\n", "f: empty file"},
		{"\n\n   ", "f: empty file"},
	} {
		_, rej, st := loadString(t, "f", tc.in)
		require.Equal(t, []string{tc.want}, rej, "%q", tc.in)
		require.Equal(t, LoadStats{Files: 1, Rejected: 1}, st)
	}
	// A known part without posts is skipped, even when named.
	var skip []string
	st, err := (&Loader{Skip: func(r Rejection) { skip = append(skip, r.Error()) }}).ReadFrom(context.Background(), &collect{}, "manifest.js", strings.NewReader("window.__THAR_CONFIG = {}"))
	require.NoError(t, err)
	require.Equal(t, []string{"manifest.js: the X archive's manifest, which holds no posts"}, skip)
	require.Equal(t, LoadStats{Skipped: 1}, st)
}

// goTypeName matches what encoding/json says of Go types ("json: cannot
// unmarshal number into Go struct field jsonlPost.author of type
// string", "want provenance.jsonlPost"): no message may speak of them.
var goTypeName = regexp.MustCompile(`json: |Go (struct|value)|of type |provenance\.[a-z]+[A-Z]|json\.[A-Z]|\[\](string|json|uint8|interface)|map\[string\]`)

// TestRejectionMessages checks the words of the messages: the fields of
// the contract and the kinds of JSON values, never a Go type.
func TestRejectionMessages(t *testing.T) {
	for _, tc := range []struct{ name, file, in, want string }{
		{"author a number", "f.jsonl", `{"id":"1","author":5,"created_at":"2025-03-11T08:02:11Z","text":"x"}`, "f.jsonl:1: field author: want a string, got a number"},
		{"text an object (slow path)", "f.jsonl", `{"id":"1","author":"a","created_at":"2025-03-11T08:02:11Z","text":{"fr":"x"}}`, "f.jsonl:1: field text: want a string, got an object"},
		{"lang a boolean", "f.jsonl", `{"id":"1","author":"a","created_at":"2025-03-11T08:02:11Z","text":"x","lang":true}`, "f.jsonl:1: field lang: want a string, got a boolean"},
		{"url an array", "f.jsonl", `{"id":"1","author":"a","created_at":"2025-03-11T08:02:11Z","text":"x","url":[]}`, "f.jsonl:1: field url: want a string, got an array"},
		{"id a fraction", "f.jsonl", `{"id":1.5,"author":"a","created_at":"2025-03-11T08:02:11Z","text":"x"}`, "f.jsonl:1: field id: want a string or an integer id, got 1.5"},
		{"line an array", "f.jsonl", okLine + "\n" + `[{"id":"1"}]`, `f.jsonl:2: want a JSON object, got [{"id":"1"}]`},
		{"syntax", "f.jsonl", okLine + "\n" + `{"id":"1" "author":"a"}`, "f.jsonl:2: invalid JSON: invalid character '\"' after object key:value pair (at byte 11)"},
		{"array element a string", "f.json", `["x"]`, `f.json#[0]: want a JSON object, got "x"`},
		{"canonical in an array", "f.json", `[{"id":"1","author":["a"],"created_at":"2025-03-11T08:02:11Z","text":"x"}]`, "f.json#[0]: field author: want a string, got an array"},
		{"mastodon account a string", "f.json", `[{"id":"1","created_at":"2024-11-05T21:18:02Z","content":"x","account":"lucie_r"}]`, "f.json#[0].account: want an object, got a string"},
		{"mastodon content a number", "f.json", `{"id":"1","created_at":"2024-11-05T21:18:02Z","content":5,"account":{"acct":"a"}}`, "f.json#content: want a string, got a number"},
		{"bluesky feed not a list", "f.json", `{"feed":{"post":1}}`, `f.json#feed: want an array of feed item objects, got {"post":1}`},
		{"bluesky record a string", "f.json", `{"feed":[{"post":{"uri":"at://did:plc:a/app.bsky.feed.post/1","author":{"did":"did:plc:a","handle":"a.bsky.social"},"record":"x"}}]}`, "f.json#feed[0].post.record: want an object, got a string"},
		{"x data a number", "f.json", `{"data":5}`, "f.json#data: want a tweet or an array of tweets, got 5"},
		{"structure", "f.json", `{"descendants":[` + mastoOK + ` ` + mastoOK + `]}`, "f.json#descendants: invalid JSON at byte"},
		{"a record past the limit", "f.json", `[{"id":"1","text":"` + strings.Repeat("a", MaxRecordBytes) + `"}, ` + mastoOK + `]`, "f.json#[0]: a record of 1048596 bytes (1.0 MiB), over the 1 MiB limit for one post: skipped without being read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, rej, _ := loadString(t, tc.file, tc.in)
			require.NotEmpty(t, rej)
			require.True(t, strings.HasPrefix(rej[0], tc.want), "got %q, want prefix %q", rej[0], tc.want)
			for _, r := range rej {
				require.NotRegexp(t, goTypeName, r)
			}
		})
	}
}

// FuzzStrayLines puts any lines that do not begin JSON before canonical
// JSON Lines: the posts load, and each of those lines that is not blank
// is rejected, named by its line.
func FuzzStrayLines(f *testing.F) {
	for _, s := range []string{"# export du 12/09", "id;author;text\n\n", "[lien](x)\n{{ y }}", "\xef\xbb\xbfExport\r", "\x00", " \t", "window.open", strings.Repeat("x", 70000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, stray string) {
		lines := strings.Split(stray, "\n")
		n := 0
		for i, l := range lines {
			tl := strings.TrimLeft(l, " \t\r\f\v")
			if i == 0 {
				tl = strings.TrimLeft(strings.TrimPrefix(l, "\xef\xbb\xbf"), " \t\r\f\v")
			}
			if strings.HasPrefix(tl, "{") || strings.HasPrefix(tl, "[") || strings.HasPrefix(tl, "window.") {
				t.Skip("a line that may begin JSON")
			}
			if strings.TrimRight(tl, " \t\r\f\v") != "" {
				n++
			}
		}
		if n > detectLines || n == 0 {
			t.Skip()
		}
		if _, _, ok := binaryKind([]byte(stray)); ok {
			t.Skip("binary")
		}
		data := stray + "\n" + okLine + "\n" + okLine2 + "\n"
		c := &collect{}
		var rej []Rejection
		st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r) }}).ReadFrom(context.Background(), c, "f.jsonl", bytes.NewReader([]byte(data)))
		require.NoError(t, err)
		require.Len(t, c.posts, 2, "%q", rej)
		require.Len(t, rej, n)
		require.Equal(t, n, st.Rejected)
		for _, r := range rej {
			require.True(t, r.Line >= 1 && r.Line <= len(lines), "%v", r)
			require.NotRegexp(t, goTypeName, r.Msg)
		}
	})
}
