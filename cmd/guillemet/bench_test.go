package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkVerifyQuotes runs "guillemet verify --quotes - --json" end to
// end (loading, reading, linking, printing in order) on 2 000 quotes
// against the repository's test archives (some 110 posts of every
// format), with 1 and 2 workers, and reports quotes per second. The
// archives are small, so this measures the pipeline around Link; see
// provenance's BenchmarkLinkWorkers for Link itself on a large archive.
func BenchmarkVerifyQuotes(b *testing.B) {
	archives := []string{"../../testdata/provenance", "testdata/crosspost.jsonl", "demodata"}
	var texts []string
	for _, f := range []string{convArchive, crossArchive, "demodata/marceau.jsonl", "demodata/marcy.jsonl", "demodata/belhadj.jsonl"} {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var p struct{ Text string }
			if err := json.Unmarshal([]byte(l), &p); err != nil {
				b.Fatal(err)
			}
			texts = append(texts, p.Text)
		}
	}
	var in bytes.Buffer
	const n = 2000
	for i := range n {
		words := strings.Fields(texts[i%len(texts)])
		from := i % max(1, len(words)-6)
		fmt.Fprintf(&in, "{\"id\":\"q%d\",\"text\":%q}\n", i, strings.Join(words[from:min(len(words), from+6+i%9)], " "))
	}
	args := []string{"verify", "--quotes", "-", "--json"}
	for _, a := range archives {
		args = append(args, "--archive", a)
	}
	for _, w := range []int{1, 2} {
		b.Run("workers="+strconv.Itoa(w), func(b *testing.B) {
			defer func(old int) { workers = old }(workers)
			workers = w
			for range b.N {
				if code := run(args, bytes.NewReader(in.Bytes()), io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "quotes/s")
		})
	}
}
