package provenance

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/fxamacker/cbor/v2"
	"github.com/stretchr/testify/require"
)

// carFixtures are the Bluesky repository fixtures: one folder an account
// (repo.car and did.json), written by gen_bluesky_repo.go.
var carFixtures = filepath.Join(socialFixtures, "bluesky-repo")

func TestBlueskyCARFixtures(t *testing.T) {
	c, rej, st := socialLoad(t, carFixtures)
	require.Empty(t, rej)
	require.Equal(t, LoadStats{Files: 6, Loaded: 10, Skipped: 6}, st, "six repositories; their did.json skipped")

	want := socialConversation(t)
	pair := socialSameConversation(t, want, c.posts, Bluesky, bskyText, func(a string) string { return bskyHandles[a] })
	// The same ids, threads, quotes and texts as the XRPC fixtures give.
	x, xrej, _ := socialLoad(t, filepath.Join(socialFixtures, "bluesky", "getPostThread.json"), filepath.Join(socialFixtures, "bluesky", "getAuthorFeed.json"))
	require.Empty(t, xrej)
	xpair := socialSameConversation(t, want, x.posts, Bluesky, bskyText, func(a string) string { return bskyHandles[a] })
	for _, w := range want {
		g, xg := pair[w.ID], xpair[w.ID]
		if w.RepostOf != "" {
			require.True(t, strings.HasPrefix(g.ID, "at://"+g.AuthorID+"/app.bsky.feed.repost/"), g.ID)
			require.Equal(t, xg.RepostOf, g.RepostOf)
			continue
		}
		xg.CreatedAt, g.CreatedAt = xg.CreatedAt.UTC(), g.CreatedAt.UTC()
		// Each was read from its own file.
		require.True(t, strings.HasSuffix(g.From[0].File, "repo.car") && strings.HasPrefix(g.From[0].Path, "app.bsky.feed.post/"), "%v", g.From)
		require.True(t, strings.HasSuffix(xg.From[0].File, ".json"), "%v", xg.From)
		xg.From, g.From = nil, nil
		require.Equal(t, xg, g, w.ID)
	}
}

// carCopy copies the repository of an account fixture into a new folder,
// without its did.json, and returns the CAR's path there.
func carCopy(t *testing.T, account string, edit func([]byte) []byte) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(carFixtures, account, "repo.car"))
	require.NoError(t, err)
	if edit != nil {
		b = edit(b)
	}
	p := filepath.Join(t.TempDir(), "repo.car")
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

func TestBlueskyCARWithoutDIDDocument(t *testing.T) {
	c, rej, _ := socialLoad(t, carCopy(t, "kbelhadj", nil))
	require.Empty(t, rej)
	require.Len(t, c.posts, 4)
	for _, p := range c.posts {
		require.Equal(t, "did:plc:n5wbvslmtjbrcnggyt5mxkra", p.Author, "without did.json the author is the DID")
		require.Equal(t, "Karim Belhadj", p.AuthorName, "the name is the profile record's")
		require.True(t, strings.HasPrefix(p.URL, "https://bsky.app/profile/did:plc:n5wbvslmtjbrcnggyt5mxkra/post/"), p.URL)
	}
}

func TestBlueskyCARDIDDocumentOfAnother(t *testing.T) {
	p := carCopy(t, "kbelhadj", nil)
	doc, err := os.ReadFile(filepath.Join(carFixtures, "lucie-r", "did.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(filepath.Dir(p), "did.json"), doc, 0o644))
	c, rej, _ := socialLoad(t, p)
	require.Equal(t, []string{p + ": did.json beside it is the document of did:plc:7cat4o5pzv65ievmp4fgzsaj, not of did:plc:n5wbvslmtjbrcnggyt5mxkra: the author is the DID"}, rej)
	require.Len(t, c.posts, 4)
}

// carBlocks lists the offsets of a CAR's blocks (after their length).
func carBlocks(t *testing.T, b []byte) []int {
	n, k := binary.Uvarint(b)
	off := k + int(n)
	var offs []int
	for off < len(b) {
		n, k := binary.Uvarint(b[off:])
		require.Positive(t, k)
		offs = append(offs, off)
		off += k + int(n)
	}
	return offs
}

func TestBlueskyCARDamaged(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(carFixtures, "kbelhadj", "repo.car"))
	require.NoError(t, err)
	offs := carBlocks(t, b)
	for _, tc := range []struct {
		name  string
		data  []byte
		rej   []string
		posts int
	}{
		{"cut short", b[:len(b)-20], []string{"repo.car: cut short at byte 2507: the block at byte"}, -1},
		{"cut in a length", append(append([]byte{}, b...), 0x80), []string{"repo.car: cut short or damaged at byte 2527: a block's length cannot be read"}, 4},
		{"a byte changed", func() []byte {
			d := append([]byte{}, b...)
			d[offs[3]+50] ^= 1
			return d
		}(), []string{"repo.car: a block at byte " + strconv.Itoa(offs[3]) + ": its data does not match its CID (damaged); it is passed over"}, -1},
		{"not a CAR header", append([]byte{0x0a, 0xa2, 'e', 'r', 'o', 'o', 't', 's', 0x80, 0xf6}, 0), []string{"repo.car: not a CAR v1 repository: the header at byte 1 is not {roots: [one CID], version: 1}"}, 0},
		{"huge block", append(append([]byte{}, b[:offs[0]]...), 0xff, 0xff, 0xff, 0xff, 0x0f), []string{"repo.car: a block of 4294967295 bytes (4096.0 MiB) at byte " + strconv.Itoa(offs[0]) + ", over the 1 MiB limit"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := carCopy(t, "kbelhadj", func([]byte) []byte { return tc.data })
			c, rej, _ := socialLoad(t, p)
			require.GreaterOrEqual(t, len(rej), len(tc.rej), "%q", rej)
			for i, w := range tc.rej {
				require.True(t, strings.HasPrefix(rej[i], filepath.Dir(p)+"/"+w), "got %q, want prefix %q", rej[i], w)
			}
			if tc.posts >= 0 {
				require.Len(t, c.posts, tc.posts)
			}
			for _, p := range c.posts {
				require.NoError(t, p.Validate())
			}
		})
	}
}

// carTest builds CAR files for the tests: blocks of DAG-CBOR.
type carTest struct {
	blocks [][2][]byte // CID, data
}

var carTestEnc, _ = cbor.EncOptions{Sort: cbor.SortLengthFirst}.EncMode()

// add encodes v as a block under cid (nil: its SHA-256 CID) and returns
// the CID.
func (c *carTest) add(t *testing.T, cid []byte, v any) []byte {
	data, err := carTestEnc.Marshal(v)
	require.NoError(t, err)
	if cid == nil {
		sum := sha256.Sum256(data)
		cid = append([]byte{1, 0x71, 0x12, 0x20}, sum[:]...)
	}
	c.blocks = append(c.blocks, [2][]byte{cid, data})
	return cid
}

func carLink(cid []byte) any {
	if cid == nil {
		return nil
	}
	return cbor.Tag{Number: 42, Content: append([]byte{0}, cid...)}
}

// bytes writes the CAR whose root is root.
func (c *carTest) bytes(t *testing.T, root []byte) []byte {
	h, err := carTestEnc.Marshal(map[string]any{"roots": []any{carLink(root)}, "version": 1})
	require.NoError(t, err)
	out := binary.AppendUvarint(nil, uint64(len(h)))
	out = append(out, h...)
	for _, b := range c.blocks {
		out = binary.AppendUvarint(out, uint64(len(b[0])+len(b[1])))
		out = append(out, b[0]...)
		out = append(out, b[1]...)
	}
	return out
}

// carUnchecked is a CID of a hash the reader does not check (SHA-512),
// so that a test can make a cycle.
func carUnchecked(n byte) []byte {
	return append([]byte{1, 0x71, 0x13, 0x40}, bytes.Repeat([]byte{n}, 64)...)
}

func carCommitOf(c *carTest, t *testing.T, data []byte) []byte {
	return c.add(t, nil, map[string]any{"did": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", "version": 3, "data": carLink(data), "rev": "3lab6b7sxjs2c", "prev": nil, "sig": []byte{1}})
}

func TestBlueskyCARTree(t *testing.T) {
	post := func(c *carTest, text string) []byte {
		return c.add(t, nil, map[string]any{"$type": bskyPostType, "text": text, "createdAt": "2024-11-05T21:14:05.123Z"})
	}
	entry := func(p int, k string, v, tree []byte) map[string]any {
		return map[string]any{"p": p, "k": []byte(k), "v": carLink(v), "t": carLink(tree)}
	}
	for _, tc := range []struct {
		name  string
		build func(c *carTest) []byte // returns the root
		rej   []string
		posts []string
	}{
		{"cycle", func(c *carTest) []byte {
			a, b := carUnchecked(1), carUnchecked(2)
			c.add(t, a, map[string]any{"l": carLink(b), "e": []any{entry(0, "app.bsky.feed.post/3kaaaaaaaaaa2", post(c, "deux"), nil)}})
			c.add(t, b, map[string]any{"l": carLink(a), "e": []any{entry(0, "app.bsky.feed.post/3kaaaaaaaaaa1", post(c, "un"), nil)}})
			return carCommitOf(c, t, a)
		}, []string{"the tree of records loops (node "}, []string{"un", "deux"}},
		{"missing node", func(c *carTest) []byte {
			return carCommitOf(c, t, c.add(t, nil, map[string]any{"l": carLink(carUnchecked(3)), "e": []any{entry(0, "app.bsky.feed.post/3kaaaaaaaaaa1", post(c, "un"), nil)}}))
		}, []string{"the tree of records names a node the file does not hold ("}, []string{"un"}},
		{"bad prefix", func(c *carTest) []byte {
			return carCommitOf(c, t, c.add(t, nil, map[string]any{"l": nil, "e": []any{
				entry(0, "app.bsky.feed.post/3kaaaaaaaaaa1", post(c, "un"), nil), entry(99, "x", post(c, "deux"), nil)}}))
		}, []string{"a node of the tree ("}, []string{"un"}},
		{"missing record, bad record, other collections", func(c *carTest) []byte {
			like := c.add(t, nil, map[string]any{"$type": "app.bsky.feed.like", "createdAt": "2024-11-05T21:14:05Z"})
			bad := c.add(t, nil, map[string]any{"$type": bskyPostType, "text": "sans date"})
			return carCommitOf(c, t, c.add(t, nil, map[string]any{"l": nil, "e": []any{
				entry(0, "app.bsky.feed.like/3kaaaaaaaaaa1", like, nil),
				entry(14, "post/3kaaaaaaaaaa1", carUnchecked(4), nil),
				entry(31, "2", bad, nil),
				entry(31, "3", post(c, "trois"), nil),
				entry(14, "repost/3kaaaaaaaaaa1", c.add(t, nil, map[string]any{"$type": bskyRepostType, "subject": map[string]any{"uri": "https://x"}, "createdAt": "2024-11-05T21:14:05Z"}), nil),
			}}))
		}, []string{
			"#app.bsky.feed.post/3kaaaaaaaaaa1: the record's block (",
			"#app.bsky.feed.post/3kaaaaaaaaaa2: missing field record.createdAt",
			`#app.bsky.feed.repost/3kaaaaaaaaaa1.record.subject.uri: want the at:// URI of a post, got "https://x"`,
		}, []string{"trois"}},
		{"no commit", func(c *carTest) []byte {
			post(c, "un")
			return carUnchecked(5)
		}, []string{"a Bluesky repository without its commit"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &carTest{}
			data := c.bytes(t, tc.build(c))
			p := filepath.Join(t.TempDir(), "repo.car")
			require.NoError(t, os.WriteFile(p, data, 0o644))
			col, rej, _ := socialLoad(t, p)
			require.Len(t, rej, len(tc.rej), "%q", rej)
			for i, w := range tc.rej {
				require.True(t, strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(rej[i], p), ": "), w), "got %q, want prefix %q", rej[i], w)
			}
			var texts []string
			for _, p := range col.posts {
				require.NoError(t, p.Validate())
				texts = append(texts, p.Text)
			}
			require.Equal(t, tc.posts, texts)
		})
	}
}

func TestBlueskyCARStream(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(carFixtures, "kbelhadj", "repo.car"))
	require.NoError(t, err)
	posts, rej, _ := loadString(t, "repo.car", string(b))
	require.Empty(t, posts)
	require.Equal(t, []string{"repo.car: a Bluesky repository (CAR) read from a stream: save it to a file to read it"}, rej)
}

// TestBlueskyCARInZip reads a repository as a ZIP holds it, beside its
// did.json: the posts of the file, named FILE.zip/repo.car#…; a damaged
// one is named by its byte offset, and one over MaxZipCARBytes is
// rejected before it is read.
func TestBlueskyCARInZip(t *testing.T) {
	dir := filepath.Join(carFixtures, "kbelhadj")
	want, rej, _ := socialLoad(t, dir)
	require.Empty(t, rej)
	zipPath := filepath.Join(t.TempDir(), "bluesky-export.zip")
	writeZip(t, zipPath, dir)
	got, rej, st := socialLoad(t, zipPath)
	require.Empty(t, rej)
	require.Equal(t, LoadStats{Files: 2, Loaded: len(want.posts), Skipped: 1}, st, "the ZIP and repo.car read, did.json skipped")
	require.Len(t, got.posts, len(want.posts))
	for i, p := range got.posts {
		w := want.posts[i]
		require.Equal(t, []Origin{{File: zipPath + "/repo.car", Path: w.From[0].Path}}, p.From)
		require.NotEqual(t, p.AuthorID, p.Author, "did.json is read inside the ZIP: the handle, not the DID")
		p.From, w.From = nil, nil
		require.Equal(t, w, p)
	}

	b, err := os.ReadFile(filepath.Join(dir, "repo.car"))
	require.NoError(t, err)
	_, rej, _ = loadZip(t, "a.zip", zipBytes(t, map[string][]byte{"repo.car": b[:len(b)-20]}))
	require.NotEmpty(t, rej)
	require.True(t, strings.HasPrefix(rej[0], "a.zip/repo.car: cut short at byte 2507: the block at byte"), rej[0])

	_, rej, _ = loadZip(t, "a.zip", zipCARDeclaring(t, b, MaxZipCARBytes+1))
	require.Len(t, rej, 1)
	require.Equal(t, "a.zip/repo.car: a Bluesky repository (CAR) of 1073741825 bytes (1024.0 MiB) inside a ZIP archive, over the 1024 MiB read into memory: unzip it to read it", rej[0])
}

// zipCARDeclaring is a ZIP of one entry, repo.car, that starts with car
// and declares size bytes: its compressed data (car, then random bytes
// that do not compress) is large enough to pass MaxZipRatio.
func zipCARDeclaring(t *testing.T, car []byte, size uint64) []byte {
	var comp bytes.Buffer
	fw, err := flate.NewWriter(&comp, flate.BestSpeed)
	require.NoError(t, err)
	fw.Write(car)
	noise := make([]byte, size/(MaxZipRatio-20))
	rand.NewChaCha8([32]byte{1}).Read(noise)
	fw.Write(noise)
	require.NoError(t, fw.Close())
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "repo.car", Method: zip.Deflate, CompressedSize64: uint64(comp.Len()), UncompressedSize64: size})
	require.NoError(t, err)
	_, err = w.Write(comp.Bytes())
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

func FuzzBlueskyCAR(f *testing.F) {
	for _, a := range []string{"kbelhadj", "marion-dlc", "vivreensemble84"} {
		b, err := os.ReadFile(filepath.Join(carFixtures, a, "repo.car"))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "repo.car")
		require.NoError(t, os.WriteFile(p, data, 0o644))
		c := &collect{}
		l := &Loader{Reject: func(r Rejection) {
			if goTypeName.MatchString(r.Msg) {
				t.Fatalf("rejection that speaks of Go types: %+v", r)
			}
		}}
		_, err := l.Load(t.Context(), c, p)
		require.NoError(t, err)
		for _, p := range c.posts {
			require.NoError(t, p.Validate())
		}
	})
}
