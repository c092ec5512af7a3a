// Command strangers measures Link on a corpus nobody here generated: a
// million posts cut from Debian's French manual pages (the Debian
// packages manpages-fr and manpages-fr-dev), with quotes cut from them
// and damaged, and sentences held out of every post. gen.py builds the
// corpus; the README ("A corpus nobody here generated") gives the steps
// and the figures. It is a measurement, not a test: the corpus comes from
// packages outside the repository.
//
//	go run ./internal/strangers -dir /tmp/deb
//
// reads DIR/posts.jsonl and DIR/queries.jsonl, prints recall@1 by class
// (a post holding the quote's undamaged words first, and that very post),
// the sentences without a source given one, each class's verdicts and
// Link's latency, and writes DIR/results.jsonl, one line per query.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/guillemet/guillemet/provenance"
)

// query is a line of queries.jsonl (gen.py).
type query struct {
	Kind  string // verbatim, typo, case, accent, elision, ocr1-3, short_ocr, mixed; unseen, paraphrase
	Want  string // the post it was cut from; "" for a sentence no post holds
	Orig  string // the words cut, before the damage
	Text  string // the quote
	Words int
}

// tally counts a class's queries and hits.
type tally struct{ hit, exact, n int }

func main() {
	dir := flag.String("dir", ".", "the `DIR` of posts.jsonl and queries.jsonl (gen.py)")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "strangers:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	ctx := context.Background()
	m := provenance.NewMemory()
	postsPath := filepath.Join(dir, "posts.jsonl")
	f, err := os.Open(postsPath)
	if err != nil {
		return err
	}
	defer f.Close()
	t0 := time.Now()
	st, err := (&provenance.Loader{}).ReadFrom(ctx, m, postsPath, bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return err
	}
	fmt.Printf("loaded %d posts (%d rejected) in %v\n", st.Loaded, st.Rejected, time.Since(t0).Round(time.Millisecond))
	runtime.GC()

	qs, err := readQueries(filepath.Join(dir, "queries.jsonl"))
	if err != nil {
		return err
	}
	out, err := os.Create(filepath.Join(dir, "results.jsonl"))
	if err != nil {
		return err
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	rows := map[string]*tally{}
	add := func(name string, hit, exact bool) {
		t := rows[name]
		if t == nil {
			t = &tally{}
			rows[name] = t
		}
		t.n++
		if hit {
			t.hit++
		}
		if exact {
			t.exact++
		}
	}
	verdicts := map[string]map[string]int{}
	var times []time.Duration
	for _, q := range qs {
		t1 := time.Now()
		res, err := provenance.Link(ctx, m, q.Text, nil)
		times = append(times, time.Since(t1))
		if err != nil {
			return fmt.Errorf("%q: %w", q.Text, err)
		}
		got, text := "", ""
		if res.Source != nil {
			got, text = res.Source.ID, res.Source.Text
		}
		v := res.Verdict.String()
		if verdicts[q.Kind] == nil {
			verdicts[q.Kind] = map[string]int{}
		}
		verdicts[q.Kind][v]++
		hit := got != "" && q.Want != "" && strings.Contains(text, q.Orig)
		if err := enc.Encode(map[string]any{"kind": q.Kind, "text": q.Text, "orig": q.Orig, "verdict": v, "source": text, "hit": hit}); err != nil {
			return err
		}
		if q.Want == "" {
			add("no source given a source, "+q.Kind, got != "", got != "")
			add("no source given a source, all", got != "", got != "")
			continue
		}
		class := "8-15"
		if q.Words > 25 {
			class = "26-40"
		} else if q.Words > 15 {
			class = "16-25"
		}
		for _, name := range []string{"all", class + " words", q.Kind} {
			add("recall@1, "+name, hit, got == q.Want)
		}
	}
	fmt.Println("| figure | rate | that very post |\n|---|---|---|")
	for _, k := range slices.Sorted(maps.Keys(rows)) {
		t := rows[k]
		fmt.Printf("| %s | %.3f (%d of %d) | %.3f |\n", k, float64(t.hit)/float64(t.n), t.hit, t.n, float64(t.exact)/float64(t.n))
	}
	for _, k := range slices.Sorted(maps.Keys(verdicts)) {
		fmt.Println(k, verdicts[k])
	}
	slices.Sort(times)
	fmt.Printf("Link p50 %v, p99 %v, max %v\n", times[len(times)/2], times[len(times)*99/100], times[len(times)-1])
	return nil
}

// readQueries reads queries.jsonl.
func readQueries(path string) ([]query, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []query
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var q query
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}
