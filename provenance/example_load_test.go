package provenance_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

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
