package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"testing"
)

// BenchmarkVerifyQuotes runs "guillemet verify --quotes - --json" end to
// end (loading, reading, linking, printing in order) on 2 000 quotes
// against the repository's test archives (some 110 posts of every
// format), with 1 and 2 workers, and reports quotes per second. The
// archives are small, so this measures the pipeline around Link; see
// provenance's BenchmarkLinkWorkers for Link itself on a large archive.
// cpu-µs/quote is the process's CPU time (user and system, GC included)
// per quote: equal for 1 and 2 workers when running in parallel costs no
// extra work, whatever else the machine runs.
func BenchmarkVerifyQuotes(b *testing.B) {
	archives := []string{"../../testdata/provenance", "testdata/crosspost.jsonl", "demodata"}
	texts := postTexts(b, convArchive, crossArchive, "demodata/marceau.jsonl", "demodata/marcy.jsonl", "demodata/belhadj.jsonl")
	var in bytes.Buffer
	const n = 2000
	for i := range n {
		fmt.Fprintf(&in, "{\"id\":\"q%d\",\"text\":%q}\n", i, excerptOf(texts, i))
	}
	args := []string{"verify", "--quotes", "-", "--json"}
	for _, a := range archives {
		args = append(args, "--archive", a)
	}
	for _, w := range []int{1, 2} {
		b.Run("workers="+strconv.Itoa(w), func(b *testing.B) {
			defer func(old int) { workers = old }(workers)
			workers = w
			cpu0, cpuOK := processCPU()
			for range b.N {
				if code := run(args, bytes.NewReader(in.Bytes()), io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "quotes/s")
			if cpu1, ok := processCPU(); ok && cpuOK {
				b.ReportMetric(float64((cpu1-cpu0).Microseconds())/float64(n*b.N), "cpu-µs/quote")
			}
		})
	}
}
