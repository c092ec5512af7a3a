package provenance

import (
	"context"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadFS loads paths of fsys and returns the rejections and skips.
func loadFS(t *testing.T, fsys fs.FS, paths ...string) (rej, skip []string, st LoadStats, posts []Post, err error) {
	t.Helper()
	var c collect
	st, err = (&Loader{
		Reject: func(r Rejection) { rej = append(rej, r.Error()) },
		Skip:   func(r Rejection) { skip = append(skip, r.Error()) },
	}).LoadFS(context.Background(), &c, fsys, paths...)
	return rej, skip, st, c.posts, err
}

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

// A folder of an fs.FS is read by the rules of a folder on disk.
func TestLoadFSFolder(t *testing.T) {
	rej, skip, st, posts, err := loadFS(t, mapFS(folderFiles))
	require.NoError(t, err)
	require.Equal(t, folderRejected, rej)
	require.Equal(t, folderSkipped, skip)
	require.Equal(t, folderStats, st)
	require.Len(t, posts, 2)

	// A subfolder, named as fs.FS names it.
	rej, skip, st, posts, err = loadFS(t, mapFS(folderFiles), "sub")
	require.NoError(t, err)
	require.Equal(t, []string{"sub/statuses.json.gz: not an archive format: gzip-compressed data: decompress it to read the posts it may hold"}, rej)
	require.Equal(t, []string{"sub/.cache: hidden folder"}, skip)
	require.Equal(t, LoadStats{Files: 2, Skipped: 1, Loaded: 1, Rejected: 1}, st)
	require.Len(t, posts, 1)
}

// The test archives load the same from the disk and from os.DirFS, the X
// archive's account.js included.
func TestLoadFSAgreesWithLoad(t *testing.T) {
	var disk collect
	var diskRej []string
	diskSt, err := (&Loader{Reject: func(r Rejection) { diskRej = append(diskRej, r.Error()) }}).Load(context.Background(), &disk, "../testdata/provenance")
	require.NoError(t, err)
	rej, skip, st, posts, err := loadFS(t, os.DirFS("../testdata"), "provenance")
	require.NoError(t, err)
	require.Equal(t, diskSt, st)
	require.Equal(t, len(diskRej), len(rej))
	for i := range rej {
		require.Equal(t, strings.TrimPrefix(diskRej[i], "../testdata/"), rej[i])
	}
	require.NotEmpty(t, skip)
	// The same posts, read from the same files, named from fsys's root.
	for i := range disk.posts {
		for j := range disk.posts[i].From {
			disk.posts[i].From[j].File = strings.TrimPrefix(disk.posts[i].From[j].File, "../testdata/")
		}
	}
	require.Equal(t, disk.posts, posts)
	// The X archive alone: its tweets.js needs account.js, read from fsys.
	rej, _, st, posts, err = loadFS(t, os.DirFS("../testdata/provenance/x-archive"))
	require.NoError(t, err)
	require.Empty(t, rej)
	require.Positive(t, st.Loaded)
	require.NotEmpty(t, posts[0].Author)
}

func TestLoadFSFailures(t *testing.T) {
	fsys := mapFS(map[string]string{
		"posts.jsonl":    okLine + "\n",
		"photos/a.jpg":   "\xff\xd8\xff\xe0\x00\x10JFIF\x00",
		"tweets/x.jsonl": okLine2 + "\n",
	})
	fsys["lien.jsonl"] = &fstest.MapFile{Data: []byte("posts.jsonl"), Mode: fs.ModeSymlink}

	_, _, _, _, err := loadFS(t, fsys, "absent.jsonl")
	require.EqualError(t, err, "archive absent.jsonl: file does not exist")
	_, _, _, _, err = loadFS(t, fsys, "photos")
	require.EqualError(t, err, "archive photos: the folder holds no file of posts")
	_, skip, st, posts, err := loadFS(t, fsys, ".")
	require.NoError(t, err)
	require.Equal(t, []string{"lien.jsonl: a link: links are not followed in an fs.FS", "photos/a.jpg: a JPEG image, not an archive format"}, skip)
	require.Equal(t, LoadStats{Files: 2, Skipped: 2, Loaded: 2}, st)
	require.Len(t, posts, 2)

	_, err = (&Loader{}).LoadFS(context.Background(), NewMemory(), nil)
	require.EqualError(t, err, "provenance: LoadFS needs a file system")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = (&Loader{}).LoadFS(ctx, NewMemory(), fsys, "posts.jsonl")
	require.ErrorIs(t, err, context.Canceled)
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	_, _, err := Open(ctx, OpenOptions{})
	require.EqualError(t, err, "provenance: Open needs Paths, or an FS")

	// With an FS and no path, the whole of it; Reject and Skip are told.
	var rej, skip []string
	mem, st, err := Open(ctx, OpenOptions{FS: mapFS(folderFiles),
		Reject: func(r Rejection) { rej = append(rej, r.Error()) },
		Skip:   func(r Rejection) { skip = append(skip, r.Error()) }})
	require.NoError(t, err)
	require.Equal(t, folderStats, st)
	require.Equal(t, folderRejected, rej)
	require.Equal(t, folderSkipped, skip)
	require.Equal(t, 2, postCount(t, mem))
	assert.Equal(t, Limits{}, mem.limits, "no Limits: the defaults")

	mem, _, err = Open(ctx, OpenOptions{FS: mapFS(folderFiles), Limits: Limits{Budget: 5000}})
	require.NoError(t, err)
	assert.Equal(t, Limits{Budget: 5000}, mem.limits, "the Limits given reach the archive")

	_, st, err = Open(ctx, OpenOptions{FS: mapFS(map[string]string{"a.jsonl": "{\"id\":\"1\"}\n", "b/c.jsonl": "{\"id\":\"2\"}\n"})})
	require.ErrorIs(t, err, ErrNoPost)
	require.EqualError(t, err, "provenance: no post could be loaded from the file system")
	require.Equal(t, LoadStats{Files: 2, Rejected: 2}, st)

	// Load's errors come first, with what was read before them.
	_, st, err = Open(ctx, OpenOptions{FS: mapFS(folderFiles), Paths: []string{"posts.jsonl", "absent"}, Strict: true})
	require.EqualError(t, err, "archive absent: file does not exist")
	require.Equal(t, LoadStats{Files: 1, Loaded: 1}, st)
}
