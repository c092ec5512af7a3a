package provenance

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// writeZip writes the files of the folder src (not its subfolders) into
// a new ZIP at dst, as an export's ZIP holds them.
func writeZip(t *testing.T, dst, src string) {
	t.Helper()
	des, err := os.ReadDir(src)
	require.NoError(t, err)
	files := map[string][]byte{}
	for _, de := range des {
		if de.Type().IsRegular() {
			b, err := os.ReadFile(filepath.Join(src, de.Name()))
			require.NoError(t, err)
			files[de.Name()] = b
		}
	}
	require.NoError(t, os.WriteFile(dst, zipBytes(t, files), 0o644))
}

// zipBytes makes a ZIP of files (name → content), deflated, in the
// order of the names.
func zipBytes(t testing.TB, files map[string][]byte) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write(files[name])
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// loadZip writes data as NAME in a temporary folder and loads it.
func loadZip(t *testing.T, name string, data []byte) (*collect, []string, LoadStats) {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	c, rej, st := socialLoad(t, p)
	for i := range rej {
		rej[i] = strings.TrimPrefix(rej[i], filepath.Dir(p)+string(filepath.Separator))
	}
	return c, rej, st
}

// TestZipXArchive reads an X archive as X hands it over: a ZIP whose
// data folder holds tweets.js beside account.js.
func TestZipXArchive(t *testing.T) {
	dir := filepath.Join(socialFixtures, "x-archive", "data")
	files := map[string][]byte{"Your archive.html": []byte("<html></html>")}
	for _, n := range []string{"tweets.js", "account.js", "like.js"} {
		b, err := os.ReadFile(filepath.Join(dir, n))
		require.NoError(t, err)
		files["data/"+n] = b
	}
	c, rej, st := loadZip(t, "twitter-2024-11-06-abc.zip", zipBytes(t, files))
	require.Empty(t, rej)
	require.Equal(t, 3, st.Skipped, "the page, account.js and like.js")
	require.NotEmpty(t, c.posts)
	for _, p := range c.posts {
		require.Equal(t, "KBelhadj_Avignon", p.Author)
	}
}

func TestZipBad(t *testing.T) {
	good := zipBytes(t, map[string][]byte{"outbox.json": []byte(mastoOutbox(mastoActivity(mastoNoteOK)))})
	for _, tc := range []struct {
		name string
		data []byte
		rej  []string
	}{
		{"cut short", good[:len(good)/2], []string{"a.zip: a ZIP archive cut short or damaged (zip: not a valid zip file): its directory, at its end, cannot be read"}},
		{"cut in an entry", zipCutEntry(t), []string{"a.zip/outbox.json: zip: checksum error: the entry breaks off there; the rest of the ZIP archive is not read"}},
		{"bomb", zipBytes(t, map[string][]byte{"outbox.json": bytes.Repeat([]byte(" "), 64<<20)}),
			[]string{"a.zip/outbox.json: cannot be read: an entry of 67108864 bytes (64.0 MiB) compressed into "}},
		{"zip in a zip", zipBytes(t, map[string][]byte{"inner.zip": good}),
			[]string{"a.zip/inner.zip: not an archive format: a ZIP archive read from a stream: unzip it"}},
		{"no posts", zipBytes(t, map[string][]byte{"photo.jpg": []byte("\xff\xd8\xff\xe0")}), []string{"a.zip: a ZIP archive that holds no file of posts"}},
		{"too many entries", zipManyEntries(t), []string{"a.zip: a ZIP archive of 300000 entries, over the limit of 200000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, rej, _ := loadZip(t, "a.zip", tc.data)
			require.Len(t, rej, len(tc.rej), "%q", rej)
			for i, w := range tc.rej {
				require.True(t, strings.HasPrefix(rej[i], w), "got %q, want prefix %q", rej[i], w)
			}
		})
	}
}

// zipCutEntry is a ZIP whose outbox.json is damaged: bytes of its data
// overwritten, so that its CRC-32 no longer matches.
func zipCutEntry(t *testing.T) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "outbox.json", Method: zip.Store})
	require.NoError(t, err)
	_, err = io.WriteString(w, mastoOutbox(mastoActivity(mastoNoteOK), mastoActivity(mastoNoteOK)))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	data := b.Bytes()
	i := bytes.Index(data, []byte(`"orderedItems":[`)) + 40
	copy(data[i:], bytes.Repeat([]byte{'x'}, 10))
	return data
}

// zipManyEntries is an empty ZIP whose end record claims 300 000
// entries.
func zipManyEntries(t *testing.T) []byte {
	data := zipBytes(t, map[string][]byte{"a.json": []byte("[]")})
	end := bytes.LastIndex(data, []byte("PK\x05\x06"))
	data[end+10], data[end+11] = 0xff, 0xff // the count is in the ZIP64 record
	loc := make([]byte, 20)
	copy(loc, "PK\x06\x07")
	rec := make([]byte, 56)
	copy(rec, "PK\x06\x06")
	rec[32], rec[33], rec[34] = 0xe0, 0x93, 0x04 // 300000
	out := append([]byte{}, data[:end]...)
	recOff := len(out)
	out = append(out, rec...)
	binary.LittleEndian.PutUint64(loc[8:], uint64(recOff))
	out = append(out, loc...)
	return append(out, data[end:]...)
}

func FuzzZip(f *testing.F) {
	f.Add(zipBytes(f, map[string][]byte{"outbox.json": []byte(mastoOutbox(mastoActivity(mastoNoteOK)))}))
	f.Add(zipBytes(f, map[string][]byte{"data/tweets.js": []byte(`window.YTD.tweets.part0 = []`), "data/account.js": []byte(`window.YTD.account.part0 = [{"account":{"username":"a"}}]`)}))
	car, err := os.ReadFile(filepath.Join(carFixtures, "marion-dlc", "repo.car"))
	require.NoError(f, err)
	f.Add(zipBytes(f, map[string][]byte{"repo.car": car}))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "a.zip")
		require.NoError(t, os.WriteFile(p, data, 0o644))
		c := &collect{}
		_, err := (&Loader{}).Load(t.Context(), c, p)
		require.NoError(t, err)
		for _, p := range c.posts {
			require.NoError(t, p.Validate())
		}
	})
}
