//go:build unix

package provenance

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// heapSink counts the posts it is given, keeps none, and samples the
// heap in use every 4 096 posts.
type heapSink struct {
	mu   sync.Mutex
	n    int
	peak uint64
}

func (s *heapSink) Put(_ context.Context, posts ...Post) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range posts {
		s.n++
		if s.n%4096 == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			s.peak = max(s.peak, ms.HeapInuse)
		}
	}
	return nil
}

// fifoArchive makes an X archive folder whose tweets.js is a named pipe
// that write fills, so that a file of any size is read without being
// on the disk. It returns the pipe's path and a wait for the writer.
func fifoArchive(t *testing.T, write func(w io.Writer) error) (string, func()) {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "account.js"), []byte(xAccountJS), 0o644))
	name := filepath.Join(dir, "tweets.js")
	require.NoError(t, syscall.Mkfifo(name, 0o600))
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		done <- err
	}()
	return name, func() {
		// A reader that stops early leaves the writer with a broken pipe.
		if err := <-done; err != nil && !strings.Contains(err.Error(), "broken pipe") {
			t.Error(err)
		}
	}
}

// TestXArchiveTwoGigabyteTweet reads a tweets.js of 2 GB whose second
// tweet is one text of 2 GB: it is rejected for its size, naming its
// place, without being held, and the tweets around it load.
func TestXArchiveTwoGigabyteTweet(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 2 GB")
	}
	name, wait := fifoArchive(t, func(w io.Writer) error {
		if _, err := io.WriteString(w, "window.YTD.tweets.part0 = [\n"+xArchiveTweet("1853908668245475329", `"Le débat mérite mieux que ça."`, "")+`,
{"tweet":{"id_str":"1853911460200710149","full_text":"`); err != nil {
			return err
		}
		chunk := []byte(strings.Repeat("Je précise : je parle du ton. ", 1<<14))
		for n := 0; n < 2<<30; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return err
			}
		}
		_, err := io.WriteString(w, `"}},
`+xArchiveTweet("1854067493812437001", `"Marché de Noël : les inscriptions ouvrent lundi."`, "")+"\n];\n")
		return err
	})
	defer wait()
	s := &heapSink{}
	var rej []string
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r.Error()) }}).Load(context.Background(), s, name)
	require.NoError(t, err)
	require.Len(t, rej, 1)
	require.Contains(t, rej[0], name+"#[1]")
	require.Contains(t, rej[0], "over the 1 MiB limit")
	require.Equal(t, 2, st.Loaded, "the tweets around the huge one load")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	require.Less(t, ms.HeapInuse, uint64(64<<20), "the huge tweet is not held")
}

// TestXArchiveManyTweetsStreamed reads a tweets.js of 200 000 tweets
// (about 100 MB; 20 000 under the race detector, which is ten times
// slower) and checks that the heap the reader holds stays bounded
// whatever the file's length: a 2 GB tweets.js is read in the same
// memory.
func TestXArchiveManyTweetsStreamed(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 100 MB of tweets")
	}
	n := 200_000
	if raceEnabled {
		n = 20_000
	}
	name, wait := fifoArchive(t, func(w io.Writer) error {
		if _, err := io.WriteString(w, "window.YTD.tweets.part0 = [\n"); err != nil {
			return err
		}
		for i := range n {
			sep := ",\n"
			if i == n-1 {
				sep = "\n];\n"
			}
			id := fmt.Sprint(1853908668245475329 + int64(i)<<22)
			if _, err := io.WriteString(w, xArchiveTweet(id, fmt.Sprintf(`"Conseil municipal n°%d : le budget des écoles est voté. Merci aux agents qui l’ont préparé, et aux parents venus nombreux."`, i), `"entities":{"hashtags":[],"urls":[],"user_mentions":[]},"retweet_count":"0","favorite_count":"3"`)+sep); err != nil {
				return err
			}
		}
		return nil
	})
	defer wait()
	s := &heapSink{}
	st, err := (&Loader{}).Load(context.Background(), s, name)
	require.NoError(t, err)
	require.Equal(t, n, st.Loaded)
	require.Equal(t, n, s.n)
	t.Logf("%d tweets streamed; peak heap in use %.1f MB", n, float64(s.peak)/(1<<20))
	require.Less(t, s.peak, uint64(48<<20), "the reader holds a bounded number of tweets")
}
