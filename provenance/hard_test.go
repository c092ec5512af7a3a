package provenance_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
)

// The hard labelled set (issue 15): the families that made an archive
// built by others hard (internal/corpus.Hard), measured on the dev and
// test splits apart. The lead tunes on dev; the test split judges.

// hardBaseline holds the figures of TestLinkHard as last recorded
// (2026-12-07, after the widened search, the short-word OCR slips,
// the second rule of an altered quote's support, supports in link.go,
// the search by halves, the run at one end, and the families without a
// source made to leave out what CONTRACT §3 calls altered, nearcopy.go;
// the figures of before are in the README): the test fails when one moves the wrong way by
// more than hardSlack (a recall down, a false-source rate up). A change
// that improves a figure records the new one here and in the README.
var hardBaseline = map[string]float64{
	"dev: no source given a source, all":             0.0000,
	"dev: no source given a source, fabricated":      0.0000,
	"dev: no source given a source, paraphrase":      0.0000,
	"dev: no source given a source, unseen":          0.0000,
	"dev: no source given altered, all":              0.0000,
	"dev: no source given altered, fabricated":       0.0000,
	"dev: no source given altered, paraphrase":       0.0000,
	"dev: no source given altered, unseen":           0.0000,
	"dev: recall@1, 1-7 words":                       1.0000,
	"dev: recall@1, 16-25 words":                     0.9962,
	"dev: recall@1, 26+ words":                       1.0000,
	"dev: recall@1, 8-15 words":                      0.9934,
	"dev: recall@1, OCR slips 1":                     1.0000,
	"dev: recall@1, OCR slips 2":                     0.9833,
	"dev: recall@1, OCR slips 3":                     0.9759,
	"dev: recall@1, OCR slips 4+":                    0.9907,
	"dev: recall@1, all":                             0.9953,
	"dev: recall@1, copied":                          0.9967,
	"dev: recall@1, elided":                          1.0000,
	"dev: recall@1, excerpt":                         1.0000,
	"dev: recall@1, merged":                          1.0000,
	"dev: recall@1, ocr":                             1.0000,
	"dev: recall@1, short":                           1.0000,
	"dev: recall@1, short-word slips 1":              0.9789,
	"dev: recall@1, short-word slips 2":              0.9802,
	"dev: recall@1, short-word slips 3":              1.0000,
	"dev: recall@1, short_ocr":                       0.9823,
	"dev: recall@1, short_quote":                     0.9967,
	"dev: recall@1, splice":                          1.0000,
	"dev: recall@1, variant":                         1.0000,
	"dev: splice altered, other post in candidates":  1.0000,
	"dev: splice not_found":                          0.0000,
	"dev: verdict right, all with a source":          0.9905,
	"test: no source given a source, all":            0.0000,
	"test: no source given a source, fabricated":     0.0000,
	"test: no source given a source, paraphrase":     0.0000,
	"test: no source given a source, unseen":         0.0000,
	"test: no source given altered, all":             0.0000,
	"test: no source given altered, fabricated":      0.0000,
	"test: no source given altered, paraphrase":      0.0000,
	"test: no source given altered, unseen":          0.0000,
	"test: recall@1, 1-7 words":                      0.9851,
	"test: recall@1, 16-25 words":                    0.9983,
	"test: recall@1, 26+ words":                      1.0000,
	"test: recall@1, 8-15 words":                     0.9932,
	"test: recall@1, OCR slips 1":                    1.0000,
	"test: recall@1, OCR slips 2":                    0.9691,
	"test: recall@1, OCR slips 3":                    1.0000,
	"test: recall@1, OCR slips 4+":                   0.9846,
	"test: recall@1, all":                            0.9955,
	"test: recall@1, copied":                         1.0000,
	"test: recall@1, elided":                         1.0000,
	"test: recall@1, excerpt":                        1.0000,
	"test: recall@1, merged":                         1.0000,
	"test: recall@1, ocr":                            0.9897,
	"test: recall@1, short":                          0.9851,
	"test: recall@1, short-word slips 1":             0.9934,
	"test: recall@1, short-word slips 2":             0.9703,
	"test: recall@1, short-word slips 3":             1.0000,
	"test: recall@1, short_ocr":                      0.9874,
	"test: recall@1, short_quote":                    1.0000,
	"test: recall@1, splice":                         0.9909,
	"test: recall@1, variant":                        1.0000,
	"test: splice altered, other post in candidates": 0.9909,
	"test: splice not_found":                         0.0091,
	"test: verdict right, all with a source":         0.9917,
}

// hardSlack is how far a recorded figure may move the wrong way.
const hardSlack = 0.005

// hardLoad loads posts through the canonical JSON Lines reader, as the
// command line would.
func hardLoad(tb testing.TB, posts []corpus.Post) *provenance.Memory {
	tb.Helper()
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, posts); err != nil {
		tb.Fatal(err)
	}
	m := provenance.NewMemory()
	st, err := (&provenance.Loader{}).ReadFrom(context.Background(), m, "hard.jsonl", &buf)
	if err != nil {
		tb.Fatal(err)
	}
	if st.Loaded+st.Duplicates != len(posts) {
		tb.Fatalf("loaded %d of %d posts", st.Loaded+st.Duplicates, len(posts))
	}
	return m
}

// tally counts hits among queries.
type tally struct{ hit, n int }

func (t *tally) add(hit bool) {
	t.n++
	if hit {
		t.hit++
	}
}

func (t tally) rate() float64 { return ratio(t.hit, t.n) }

// hardFigure is one row of the table: its name, whether lower is better,
// and a tally for each split.
type hardFigure struct {
	name  string
	lower bool
	split map[string]*tally
}

// hardTable gathers the figures in the order they were first met.
type hardTable struct {
	rows  []*hardFigure
	index map[string]*hardFigure
	times []time.Duration
}

// row returns the figure called name, adding it to the table's end the
// first time.
func (h *hardTable) row(name string, lower bool) *hardFigure {
	if h.index == nil {
		h.index = map[string]*hardFigure{}
	}
	f := h.index[name]
	if f == nil {
		f = &hardFigure{name: name, lower: lower, split: map[string]*tally{"dev": {}, "test": {}}}
		h.index[name] = f
		h.rows = append(h.rows, f)
	}
	return f
}

func (h *hardTable) add(name string, lower bool, split string, hit bool) {
	h.row(name, lower).split[split].add(hit)
}

// slipClass names a count of OCR slips.
func slipClass(n int) string {
	if n >= 4 {
		return "4+"
	}
	return fmt.Sprint(n)
}

// measureHard links every query and tallies the figures.
func measureHard(tb testing.TB, m *provenance.Memory, qs []corpus.Query) *hardTable {
	ctx := context.Background()
	h := &hardTable{}
	// The rows in the order the table shows them.
	for _, name := range []string{"recall@1, all", "recall@1, 1-7 words", "recall@1, 8-15 words", "recall@1, 16-25 words", "recall@1, 26+ words"} {
		h.row(name, false)
	}
	for _, q := range qs {
		t0 := time.Now()
		res, err := provenance.Link(ctx, m, q.Text, nil)
		h.times = append(h.times, time.Since(t0))
		if err != nil {
			tb.Fatal(q.ID, err)
		}
		got := ""
		if res.Source != nil {
			got = res.Source.ID
		}
		sp := q.Split()
		if q.Want == "" {
			given, altered := got != "", got != "" && res.Verdict.String() == "altered"
			h.add("no source given a source, all", true, sp, given)
			h.add("no source given a source, "+string(q.Kind), true, sp, given)
			h.add("no source given altered, all", true, sp, altered)
			h.add("no source given altered, "+string(q.Kind), true, sp, altered)
			continue
		}
		found := got == q.Want || q.Also != "" && got == q.Also
		h.add("recall@1, all", false, sp, found)
		h.add("recall@1, "+q.LengthClass()+" words", false, sp, found)
		h.add("recall@1, "+string(q.Kind), false, sp, found)
		if q.Slips > 0 {
			h.add("recall@1, OCR slips "+slipClass(q.Slips), false, sp, found)
		}
		if q.ShortSlips > 0 {
			h.add("recall@1, short-word slips "+slipClass(q.ShortSlips), false, sp, found)
		}
		h.add("verdict right, all with a source", false, sp, found && res.Verdict.String() == q.Verdict)
		if q.Kind == corpus.Splice {
			other := q.Also
			if got == q.Also {
				other = q.Want
			}
			listed := res.Also != nil && res.Also.Post.ID == other
			for _, c := range res.Candidates {
				listed = listed || c.Post.ID == other
			}
			h.add("splice altered, other post in candidates", false, sp, found && res.Verdict.String() == "altered" && listed)
			h.add("splice not_found", true, sp, got == "")
		}
	}
	return h
}

// String prints the table in Markdown, dev and test apart, with the
// latency of Link over all queries.
func (h *hardTable) String() string {
	rows := slices.Clone(h.rows)
	slices.SortStableFunc(rows, func(a, b *hardFigure) int {
		if c := section(a.name) - section(b.name); c != 0 || section(a.name) == 1 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	var b strings.Builder
	b.WriteString("\n| figure | dev | test |\n|---|---|---|\n")
	for _, f := range rows {
		d, t := f.split["dev"], f.split["test"]
		if d.n+t.n == 0 {
			continue
		}
		fmt.Fprintf(&b, "| %s | %.3f (%d) | %.3f (%d) |\n", f.name, d.rate(), d.n, t.rate(), t.n)
	}
	ts := slices.Clone(h.times)
	slices.Sort(ts)
	if len(ts) > 0 {
		fmt.Fprintf(&b, "| Link p50 / p99, all queries | %.2f ms / %.2f ms | |\n",
			float64(ts[len(ts)/2].Microseconds())/1000, float64(ts[len(ts)*99/100].Microseconds())/1000)
	}
	return b.String()
}

// section orders the table: recall overall, by length (in the order
// met), by kind, by OCR slips, by short-word slips, verdicts, sentences
// without a source, splices.
func section(name string) int {
	for i, prefix := range []string{"recall@1, all", "", "recall@1, OCR", "recall@1, short-word", "recall@1, ", "verdict", "no source given a source", "no source given altered", "splice"} {
		if i == 1 && strings.HasSuffix(name, " words") || i != 1 && strings.HasPrefix(name, prefix) {
			return i
		}
	}
	return 9
}

// figures returns every figure by "split: name", and which are better
// lower.
func (h *hardTable) figures() (map[string]float64, map[string]bool) {
	out, lower := map[string]float64{}, map[string]bool{}
	for _, f := range h.rows {
		for _, sp := range []string{"dev", "test"} {
			if t := f.split[sp]; t.n > 0 {
				k := sp + ": " + f.name
				out[k], lower[k] = t.rate(), f.lower
			}
		}
	}
	return out, lower
}

// TestLinkHard measures Link on the hard labelled set: 100 000
// generated posts with families of copies, 4 000 queries of every kind
// and of the hard families. It prints the table the README records and
// fails when a figure moves the wrong way from hardBaseline by more than
// hardSlack.
//
//	go test ./provenance -run TestLinkHard -v
func TestLinkHard(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100 000-post archive")
	}
	set := corpus.Hard(corpus.HardConfig{Config: corpus.Config{Posts: 100_000, Seed: 15}, Queries: 4000, QuerySeed: 16})
	m := hardLoad(t, set.Posts)
	h := measureHard(t, m, set.Queries)
	t.Logf("%d posts, %d queries%s", len(set.Posts), len(set.Queries), h)
	got, lower := h.figures()
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var lit strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&lit, "\t%q: %.4f,\n", k, got[k])
	}
	t.Log("as a baseline:\n" + lit.String())
	for _, k := range keys {
		want, ok := hardBaseline[k]
		switch {
		case !ok:
			t.Errorf("%s: %.4f is not recorded in hardBaseline", k, got[k])
		case lower[k] && got[k] > want+hardSlack:
			t.Errorf("%s: %.4f, up from %.4f", k, got[k], want)
		case !lower[k] && got[k] < want-hardSlack:
			t.Errorf("%s: %.4f, down from %.4f", k, got[k], want)
		}
	}
}

// BenchmarkLinkHard1M measures the hard labelled set at 1 000 000
// posts (with their families of copies) and prints the same table as
// TestLinkHard; it reports the latency and the main figures. Run it
// with -cpu 1 -benchtime 1x: each iteration links the 4 000 queries.
func BenchmarkLinkHard1M(b *testing.B) {
	if testing.Short() {
		b.Skip("1M posts")
	}
	set := corpus.Hard(corpus.HardConfig{Config: corpus.Config{Posts: 1_000_000, Seed: 15}, Queries: 4000, QuerySeed: 16})
	m := hardLoad(b, set.Posts)
	// The generated posts are dropped before the queries: a process that
	// answers holds its archive, not a second copy of the posts, whose
	// 400 MB the collector would mark again on every cycle (measured: p50
	// 1.6-1.9 ms and p99 6.6-7.8 ms with them held, 1.2 and 4.1 without).
	posts := len(set.Posts)
	set.Posts = nil
	runtime.GC()
	b.ResetTimer()
	var h *hardTable
	for range b.N {
		h = measureHard(b, m, set.Queries)
	}
	b.StopTimer()
	// Printed, not logged: a benchmark's log keeps ten lines.
	fmt.Printf("%d posts, %d queries%s", posts, len(set.Queries), h)
	got, _ := h.figures()
	b.ReportMetric(got["test: recall@1, all"], "recall@1-test")
	b.ReportMetric(got["test: no source given a source, all"], "false-source-test")
	ts := slices.Clone(h.times)
	slices.Sort(ts)
	b.ReportMetric(float64(ts[len(ts)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(ts[len(ts)*99/100].Microseconds())/1000, "p99-ms")
}
