package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/guillemet/guillemet/provenance"
)

// multiFlag is a repeatable string flag (--archive A --archive B).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

// Set adds one value. Commas do not separate paths: a path may hold one.
func (m *multiFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty path")
	}
	*m = append(*m, v)
	return nil
}

// errStrict reports rejections under --strict.
var errStrict = errors.New("--strict: some records were rejected (listed above)")

// loadArchives reads the archives into memory, reporting on stderr each
// rejected record, file or link, each file or link skipped (with the
// reason), then the summary line (CONTRACT §6). Under strict, any
// rejection fails the load; a file skipped because it holds no posts (an
// image, like.js, a hidden entry) does not.
func loadArchives(ctx context.Context, cmd string, paths []string, strict bool, stderr io.Writer) (*provenance.Memory, provenance.LoadStats, time.Duration, error) {
	start := time.Now()
	mem, st, err := provenance.Open(ctx, provenance.OpenOptions{
		Paths:  paths,
		Strict: strict,
		Reject: func(r provenance.Rejection) {
			fmt.Fprintf(stderr, "guillemet %s: %s\n", cmd, r)
		},
		Skip: func(r provenance.Rejection) {
			fmt.Fprintf(stderr, "guillemet %s: %s: skipped: %s\n", cmd, r.File, r.Msg)
		},
	})
	elapsed := time.Since(start)
	fmt.Fprintf(stderr, "guillemet %s: %s\n", cmd, st)
	switch {
	case errors.Is(err, provenance.ErrRejected):
		err = errStrict
	case errors.Is(err, provenance.ErrNoPost):
		err = fmt.Errorf("no post could be loaded from %s", strings.Join(paths, ", "))
	}
	return mem, st, elapsed, err
}

// runStats collects the --stats figures (CONTRACT §5).
type runStats struct {
	Posts    int     `json:"posts"`
	LoadMS   float64 `json:"load_ms"`
	IndexMS  float64 `json:"index_ms"`
	Queries  int     `json:"queries"`
	QueryP50 float64 `json:"query_ms_p50"`
	QueryP99 float64 `json:"query_ms_p99"`
	HeapMB   float64 `json:"heap_mb"`

	times []time.Duration
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func (s *runStats) query(d time.Duration) { s.times = append(s.times, d) }

// write prints the stats line on w.
func (s *runStats) write(w io.Writer) {
	s.Queries = len(s.times)
	if len(s.times) > 0 {
		slices.Sort(s.times)
		s.QueryP50 = ms(percentile(s.times, 50))
		s.QueryP99 = ms(percentile(s.times, 99))
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	s.HeapMB = float64(m.HeapAlloc*10/(1<<20)) / 10
	b, _ := json.Marshal(s)
	fmt.Fprintln(w, string(b))
}

// percentile returns the p-th percentile of sorted durations (nearest
// rank).
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(len(sorted)-1, i-1))]
}
