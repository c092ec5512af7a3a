package provenance_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/guillemet/guillemet/provenance"
)

// An archive saved to a file once, then opened in milliseconds, as
// "guillemet index" and "--index" do: the saved archive answers as the
// Memory it was saved from. A file that is not a saved archive is
// refused with an error that names it.
func ExampleOpenSaved() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "guillemet")
	defer os.RemoveAll(dir)

	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive)); err != nil {
		panic(err)
	}
	file := filepath.Join(dir, "archive.gidx")
	f, _ := os.Create(file)
	if err := mem.Save(f); err != nil {
		panic(err)
	}
	f.Close()

	saved, err := provenance.OpenSaved(file, provenance.SavedOptions{})
	if err != nil {
		panic(err)
	}
	defer saved.Close()
	n, _ := saved.Len(ctx)
	res, _ := provenance.Link(ctx, saved, "« Le debat merite mieux que ca »", nil)
	fmt.Println(n, "posts;", res.Verdict, res.Source.Author, res.Source.ID, "reposted by", res.Shares[0].Author)

	// Adding posts: read the saved archive back into a Memory, put the
	// new posts (Memory's rules apply), save it again.
	more, _ := saved.Memory()
	err = more.Put(ctx, provenance.Post{Platform: provenance.X, ID: "104", Author: "lucie_r", Text: "Tout à fait d'accord",
		CreatedAt: res.Source.CreatedAt.Add(3600e9), ReplyTo: "101"})
	n, _ = more.Len(ctx)
	fmt.Println(n, "posts after adding one;", err)

	export := filepath.Join(dir, "archive.jsonl")
	os.WriteFile(export, []byte(archive), 0o600)
	_, err = provenance.OpenSaved(export, provenance.SavedOptions{})
	fmt.Println(errors.Is(err, provenance.ErrNotSaved), strings.TrimPrefix(err.Error(), "provenance: "+export+": "))
	// Output:
	// 3 posts; excerpt KBelhadj_Avignon 101 reposted by asso84
	// 4 posts after adding one; <nil>
	// true not a saved archive: it holds JSON (an export? give it to --archive, or save it with guillemet index)
}
