package provenance_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing/fstest"

	"github.com/guillemet/guillemet/provenance"
)

// A folder as an export tool leaves it: posts whose first line is a
// comment, a note, a picture, and a link to a file that was moved.
// Nothing is left out without a word: the comment line is rejected and
// the posts after it load, the files without posts are named as skipped,
// and the broken link is rejected (what it pointed to may have held
// posts).
func ExampleLoader_Load() {
	dir, err := os.MkdirTemp("", "export")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			panic(err)
		}
	}
	write("posts.jsonl", `# export du 12/09
{"platform":"x","id":"1853909665550303235","author":"lucie_r","created_at":"2024-11-05T21:18:02Z","text":"Le débat mérite mieux que ça."}
`)
	write("LISEZMOI.md", "Export de @lucie_r, 12/09.\n")
	write("photo.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF")
	if err := os.Symlink(filepath.Join("ancien", "posts.jsonl"), filepath.Join(dir, "ancien.jsonl")); err != nil {
		panic(err)
	}

	rel := func(r provenance.Rejection) provenance.Rejection {
		r.File, _ = filepath.Rel(dir, r.File)
		return r
	}
	l := &provenance.Loader{
		Reject: func(r provenance.Rejection) { fmt.Println("rejected:", rel(r)) },
		Skip:   func(r provenance.Rejection) { fmt.Println("skipped: ", rel(r)) },
	}
	mem := provenance.NewMemory()
	stats, err := l.Load(context.Background(), mem, dir)
	if err != nil {
		panic(err)
	}
	fmt.Println(stats)
	p, _, _ := mem.Post(context.Background(), provenance.Key{Platform: provenance.X, ID: "1853909665550303235"})
	fmt.Println(p.URL)
	// Output:
	// skipped:  LISEZMOI.md: no line of it begins a JSON value: not an archive format
	// rejected: ancien.jsonl: broken link to ancien/posts.jsonl: no such file or directory
	// skipped:  photo.jpg: a JPEG image, not an archive format
	// rejected: posts.jsonl:1: not JSON: "# export du 12/09"
	// loaded 1 post from 1 file (2 rejected, 2 files skipped)
	// https://x.com/lucie_r/status/1853909665550303235
}

// exportFS is an export as a file system (an embed.FS, a zip.Reader or,
// here, an fstest.MapFS): a fictional councillor's posts, a deputy's
// toot, a note, and a bad line.
var exportFS = fstest.MapFS{
	"export/lucie_r.jsonl": {Data: []byte(`{"platform":"x","id":"1853909665550303235","author":"lucie_r","created_at":"2024-11-05T21:18:02Z","text":"Le débat mérite mieux que ça."}
{"platform":"x","id":"1853909665550303236","author":"lucie_r","text":"sans date"}
`)},
	"export/mastodon/status.json": {Data: []byte(`{"id":"114142617508212345","created_at":"2025-03-11T08:01:10.000Z","url":"https://piaille.fr/@mcorbiere/114142617508212345",
"account":{"username":"mcorbiere","acct":"mcorbiere@piaille.fr","display_name":"Maëlle Corbière"},"content":"<p>Je défendrai nos amendements sur la pénibilité.</p>"}`)},
	"export/LISEZMOI.md": {Data: []byte("Export du 12/09.\n")},
	"notes/vide.txt":     {Data: []byte("rien\n")},
}

// LoadFS reads an fs.FS by Load's rules: every file's format detected
// from its content, every file without posts and every bad record named.
func ExampleLoader_LoadFS() {
	l := &provenance.Loader{
		Reject: func(r provenance.Rejection) { fmt.Println("rejected:", r) },
		Skip:   func(r provenance.Rejection) { fmt.Println("skipped: ", r) },
	}
	mem := provenance.NewMemory()
	stats, err := l.LoadFS(context.Background(), mem, exportFS, "export")
	if err != nil {
		panic(err)
	}
	fmt.Println(stats)
	p, _, _ := mem.Post(context.Background(), provenance.Key{Platform: provenance.Mastodon, ID: "114142617508212345"})
	fmt.Println(p.Author, p.Text)
	// Output:
	// skipped:  export/LISEZMOI.md: no line of it begins a JSON value: not an archive format
	// rejected: export/lucie_r.jsonl:2: missing field created_at
	// loaded 2 posts from 2 files (1 rejected, 1 file skipped)
	// mcorbiere@piaille.fr Je défendrai nos amendements sur la pénibilité.
}

// Open reads an archive in one call and fails where Load would leave a
// caller with an empty or incomplete archive.
func ExampleOpen() {
	ctx := context.Background()
	mem, stats, err := provenance.Open(ctx, provenance.OpenOptions{FS: exportFS, Paths: []string{"export"}})
	n, _ := mem.Len(ctx)
	fmt.Println(n, stats, err)

	_, _, err = provenance.Open(ctx, provenance.OpenOptions{FS: exportFS, Paths: []string{"export"}, Strict: true})
	fmt.Println(errors.Is(err, provenance.ErrRejected), err)

	dir, err := os.MkdirTemp("", "export")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	empty := filepath.Join(dir, "posts.jsonl")
	if err := os.WriteFile(empty, []byte(`{"platform":"x","id":"1","author":"lucie_r","text":"sans date"}`+"\n"), 0o644); err != nil {
		panic(err)
	}
	_, stats, err = provenance.Open(ctx, provenance.OpenOptions{Paths: []string{empty}})
	fmt.Println(stats)
	fmt.Println(errors.Is(err, provenance.ErrNoPost))
	// Output:
	// 2 loaded 2 posts from 2 files (1 rejected, 1 file skipped) <nil>
	// true provenance: the archive is incomplete: 1 rejected, the first: export/lucie_r.jsonl:2: missing field created_at
	// loaded 0 posts from 1 file (1 rejected)
	// true
}

// The same post in two exports, a file of JSON Lines and an X API
// response: the archive holds it once and says where it read it, in
// reading order.
func ExamplePost_Places() {
	post := `{"platform":"x","id":"1899370252654819175","author":"MaelleCorbiere","created_at":"2025-03-11T08:02:11.482Z","text":"La commission siège mardi."}`
	fsys := fstest.MapFS{
		"export/posts.jsonl": {Data: []byte(`{"platform":"x","id":"1","author":"MaelleCorbiere","created_at":"2025-03-10T08:00:00Z","text":"Bonjour."}` + "\n" + post + "\n")},
		"api/tweet.json": {Data: []byte(`{"data":{"id":"1899370252654819175","text":"La commission siège mardi.","author_id":"42","created_at":"2025-03-11T08:02:11.482Z"},
			"includes":{"users":[{"id":"42","username":"MaelleCorbiere","name":"Maëlle Corbière"}]}}`)},
	}
	arch, _, err := provenance.Open(context.Background(), provenance.OpenOptions{FS: fsys, Paths: []string{"export", "api"}})
	if err != nil {
		panic(err)
	}
	p, _, _ := arch.Post(context.Background(), provenance.Key{Platform: provenance.X, ID: "1899370252654819175"})
	fmt.Println(p.Places())
	// Output:
	// [export/posts.jsonl:2 api/tweet.json#data]
}
