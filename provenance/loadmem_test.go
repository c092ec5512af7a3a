package provenance

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The worst inputs of the loader: records past their limits, a first
// line of 50 MB, documents of 200 MB. They are generated on the fly, a
// chunk at a time, so that the test binary never holds them.

// repeatWriter writes s n times.
func repeatWriter(w io.Writer, s string, n int) {
	for range n {
		io.WriteString(w, s)
	}
}

// worstInput writes one file of the worst inputs into dir.
type worstInput struct {
	name  string
	write func(w *bufio.Writer, size int) // size: the bytes of its bulk
}

// mastoStatusJSON is a Mastodon status of a fictional account with the
// metadata a real one carries (account, media, card, emojis), about
// 2 KB, its content given.
func mastoStatusJSON(id int, content string) string {
	return fmt.Sprintf(`{"id":"%d","created_at":"2024-11-05T21:14:05.000Z","in_reply_to_id":null,"in_reply_to_account_id":null,`+
		`"sensitive":false,"spoiler_text":"","visibility":"public","language":"fr","uri":"https://piaille.example/users/lucie_r/statuses/%d",`+
		`"url":"https://piaille.example/@lucie_r/%d","replies_count":2,"reblogs_count":5,"favourites_count":12,"content":%q,`+
		`"reblog":null,"account":{"id":"1090","username":"lucie_r","acct":"lucie_r","display_name":"Lucie R.","locked":false,"bot":false,`+
		`"note":"<p>Conseillère municipale (fictive). Avignon.</p>","url":"https://piaille.example/@lucie_r","avatar":"https://piaille.example/a.png",`+
		`"followers_count":1520,"following_count":310,"statuses_count":4200,"fields":[{"name":"Site","value":"exemple.fr"}]},`+
		`"media_attachments":[{"id":"77","type":"image","url":"https://piaille.example/m/77.jpg","preview_url":"https://piaille.example/m/77s.jpg",`+
		`"description":"Photo de la salle du conseil municipal, vue depuis la tribune du public, un soir de séance.","meta":{"original":{"width":1600,"height":1200}}}],`+
		`"mentions":[],"tags":[{"name":"avignon","url":"https://piaille.example/tags/avignon"}],"emojis":[],`+
		`"card":{"url":"https://exemple.fr/conseil","title":"Le conseil municipal de ce soir","description":"Ordre du jour, délibérations et votes.","type":"link"},"poll":null}`,
		id, id, id, content)
}

// xTweetWithAnnotations is an X API tweet whose context_annotations
// (which the loader passes over) make it about 80 KB: few tweets, so
// that the posts waiting for includes.users stay small beside the
// loader's own memory.
func xTweetWithAnnotations(id int64) string {
	var ann strings.Builder
	for i := range 500 {
		if i > 0 {
			ann.WriteByte(',')
		}
		fmt.Fprintf(&ann, `{"domain":{"id":"%d","name":"Politique locale","description":"Élus, conseils et débats municipaux"},"entity":{"id":"%d","name":"Conseil municipal d'Avignon"}}`, 10+i, 1000+i)
	}
	return fmt.Sprintf(`{"id":"%d","text":"Le débat mérite mieux que ça.","author_id":"98765432","created_at":"2024-11-05T21:18:02.000Z",`+
		`"conversation_id":"%d","lang":"fr","public_metrics":{"retweet_count":3,"reply_count":1,"like_count":9,"quote_count":0},"context_annotations":[%s]}`,
		id, id, ann.String())
}

const xUsersJSON = `"includes":{"users":[{"id":"98765432","name":"Lucie R.","username":"lucie_r"}]}`

// goodLines writes n canonical posts of a fictional account.
func goodLines(w io.Writer, n int) {
	for i := range n {
		fmt.Fprintf(w, `{"platform":"x","id":"%d","author":"lucie_r","created_at":"2024-11-05T21:18:02Z","text":"Message %d du fil."}`+"\n", 1853909665550303235+int64(i), i)
	}
}

var worstInputs = []worstInput{
	{"jsonl-first-line-{size}", func(w *bufio.Writer, size int) {
		io.WriteString(w, `{"platform":"x","id":"1","author":"lucie_r","created_at":"2024-11-05T21:18:02Z","text":"`)
		repeatWriter(w, "x", size)
		io.WriteString(w, "\"}\n")
		goodLines(w, 1000)
	}},
	{"jsonl-stray-first-line-{size}", func(w *bufio.Writer, size int) {
		repeatWriter(w, "# export ", size/9)
		io.WriteString(w, "\n")
		goodLines(w, 1000)
	}},
	{"mastodon-array-{size}", func(w *bufio.Writer, size int) {
		w.WriteString("[")
		for i, n := 0, 0; n < size; i++ {
			if i > 0 {
				w.WriteString(",\n")
			}
			s := mastoStatusJSON(i, "<p>Le débat mérite mieux que ça. Message numéro "+fmt.Sprint(i)+".</p>")
			w.WriteString(s)
			n += len(s)
		}
		w.WriteString("]")
	}},
	{"mastodon-context-{size}", func(w *bufio.Writer, size int) {
		w.WriteString(`{"ancestors":[],"descendants":[`)
		for i, n := 0, 0; n < size; i++ {
			if i > 0 {
				w.WriteString(",")
			}
			s := mastoStatusJSON(i, "<p>Réponse numéro "+fmt.Sprint(i)+".</p>")
			w.WriteString(s)
			n += len(s)
		}
		w.WriteString("]}")
	}},
	{"mastodon-status-content-{size}", func(w *bufio.Writer, size int) {
		s := mastoStatusJSON(1, "CONTENT")
		head, tail, _ := strings.Cut(s, "CONTENT")
		w.WriteString(head)
		repeatWriter(w, "<p>Le débat.</p>", size/17)
		w.WriteString(tail)
	}},
	{"mastodon-records-at-limit-{size}", func(w *bufio.Writer, size int) {
		// Statuses just under MaxRecordBytes: the most a record holds.
		w.WriteString("[")
		const unit = "<p>Le débat mérite mieux que ça.</p>"
		body := strings.Repeat(unit, (MaxRecordBytes-4096)/len(unit))
		for i, n := 0, 0; n < size; i++ {
			if i > 0 {
				w.WriteString(",")
			}
			s := mastoStatusJSON(i, body)
			w.WriteString(s)
			n += len(s)
		}
		w.WriteString("]")
	}},
	{"xapi-response-{size}", func(w *bufio.Writer, size int) {
		w.WriteString(`{"data":[`)
		for i, n := 0, 0; n < size; i++ {
			if i > 0 {
				w.WriteString(",")
			}
			s := xTweetWithAnnotations(1853909665550303235 + int64(i))
			w.WriteString(s)
			n += len(s)
		}
		w.WriteString("]," + xUsersJSON + `,"meta":{"result_count":1}}`)
	}},
	{"xapi-tweet-text-{size}", func(w *bufio.Writer, size int) {
		w.WriteString(`{"data":{"id":"1853909665550303235","author_id":"98765432","text":"`)
		repeatWriter(w, "Le débat. ", size/11)
		w.WriteString(`"},` + xUsersJSON + `}`)
	}},
}

// writeWorst writes input i with a bulk of size bytes into dir.
func writeWorst(t testing.TB, dir string, in worstInput, size int) string {
	name := filepath.Join(dir, strings.ReplaceAll(in.name, "{size}", fmt.Sprintf("%dMB", size>>20)))
	f, err := os.Create(name)
	require.NoError(t, err)
	w := bufio.NewWriterSize(f, 1<<20)
	in.write(w, size)
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
	return name
}

// dropSink counts the posts and keeps none: the memory measured is the
// loader's own, not the archive's.
type dropSink struct{ n atomic.Int64 }

func (d *dropSink) Put(_ context.Context, posts ...Post) error {
	d.n.Add(int64(len(posts)))
	return nil
}

// peakHeap runs load and samples, every 100 µs, the heap in use (live and
// not yet swept objects) and the live heap of the last collection. It
// returns both peaks above what they were before, in bytes.
func peakHeap(load func()) (heap, live float64) {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	runtime.GC()
	runtime.GC()
	metrics.Read(samples)
	base := [2]uint64{samples[0].Value.Uint64(), samples[1].Value.Uint64()}
	var peak [2]uint64
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: samples[0].Name}, {Name: samples[1].Name}}
		for {
			metrics.Read(s)
			for i := range s {
				peak[i] = max(peak[i], s[i].Value.Uint64())
			}
			select {
			case <-done:
				return
			case <-time.After(100 * time.Microsecond):
			}
		}
	}()
	load()
	close(done)
	<-stopped
	above := func(i int) float64 {
		if peak[i] < base[i] {
			return 0
		}
		return float64(peak[i] - base[i])
	}
	return above(0), above(1)
}

// BenchmarkLoadWorst loads each worst input (a first line of 50 MB, then
// documents of 200 MB) into a sink that keeps nothing, and reports the
// peak heap above the heap before the load: the heap in use
// (peak-heap-MB, which includes garbage not yet collected and so never
// goes below the collector's 4 MB minimum heap) and the live heap
// (peak-live-MB), each also as a ratio to MaxRecordBytes, the largest
// record the loader holds. Run it with -benchtime 1x: README,
// "Performance".
func BenchmarkLoadWorst(b *testing.B) {
	dir := b.TempDir()
	for _, in := range worstInputs {
		size := 200 << 20
		if strings.HasPrefix(in.name, "jsonl") {
			size = 50 << 20
		}
		name := writeWorst(b, dir, in, size)
		b.Run(strings.ReplaceAll(in.name, "{size}", fmt.Sprintf("%dMB", size>>20)), func(b *testing.B) {
			var heap, live float64
			var st LoadStats
			for range b.N {
				h, l := peakHeap(func() {
					var err error
					st, err = (&Loader{}).Load(context.Background(), &dropSink{}, name)
					if err != nil {
						b.Fatal(err)
					}
				})
				heap, live = max(heap, h), max(live, l)
			}
			fi, _ := os.Stat(name)
			b.SetBytes(fi.Size())
			b.ReportMetric(heap/(1<<20), "peak-heap-MB")
			b.ReportMetric(live/(1<<20), "peak-live-MB")
			b.ReportMetric(heap/MaxRecordBytes, "heap/record")
			b.ReportMetric(live/MaxRecordBytes, "live/record")
			b.ReportMetric(float64(st.Loaded), "posts")
			b.ReportMetric(float64(st.Rejected), "rejected")
		})
	}
}

// TestLoadWorstSmall reads scaled-down worst inputs (records of a few
// MiB, first lines of 2 MB) and checks what comes out: each record past
// its limit is rejected, named, with its size, and what follows it
// loads.
func TestLoadWorstSmall(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		input  string
		size   int
		loaded int
		rej    []string // FILE-relative rejections: "where: reason prefix"
	}{
		{"jsonl-first-line-{size}", 2 << 20, 1000, []string{":1: a line of 2097242 bytes (2.0 MiB), over the 1 MiB limit for one post: skipped without being read"}},
		{"jsonl-stray-first-line-{size}", 2 << 20, 1000, []string{`:1: not JSON: "# export # export # export # export # export # export # expo…" (a line of 2097144 bytes (2.0 MiB))`}},
		{"mastodon-status-content-{size}", 2 << 20, 0, []string{"#$: a record of 2098436 bytes (2.0 MiB), over the 1 MiB limit for one post: skipped without being read"}},
		{"xapi-tweet-text-{size}", 2 << 20, 0, []string{"#data: a record of 2097"}},
		{"mastodon-records-at-limit-{size}", 3 << 20, 4, nil},
		{"mastodon-context-{size}", 1 << 20, 787, nil},
		{"xapi-response-{size}", 1 << 20, 13, nil},
	} {
		in := worstInputs[0]
		for _, w := range worstInputs {
			if w.name == tc.input {
				in = w
			}
		}
		name := writeWorst(t, dir, in, tc.size)
		t.Run(filepath.Base(name), func(t *testing.T) {
			var rej []string
			st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r.Error()) }}).Load(context.Background(), &dropSink{}, name)
			require.NoError(t, err)
			require.Len(t, rej, len(tc.rej), "%q", rej)
			for i, r := range rej {
				require.True(t, strings.HasPrefix(r, name+tc.rej[i]), "got %q, want prefix %q", r, name+tc.rej[i])
			}
			require.Equal(t, tc.loaded, st.Loaded)
		})
	}
}
