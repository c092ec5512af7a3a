package report

import (
	"encoding/json"
	"runtime"
	"slices"
	"time"
)

// Stats is the line "--stats" prints on standard error after a verify
// or montage run (CONTRACT §5). Every field is always present; times
// are in milliseconds, to the microsecond.
type Stats struct {
	// Posts is how many posts the archive holds.
	Posts int `json:"posts"`
	// LoadMS is the time spent loading the archive, IndexMS the part of
	// it spent adding posts to the search index.
	LoadMS  float64 `json:"load_ms"`
	IndexMS float64 `json:"index_ms"`
	// Queries is how many inputs were answered (rejected ones are not
	// counted); QueryP50 and QueryP99 are the median and 99th
	// percentile (nearest rank) of their times, 0 without queries.
	Queries  int     `json:"queries"`
	QueryP50 float64 `json:"query_ms_p50"`
	QueryP99 float64 `json:"query_ms_p99"`
	// HeapMB is the Go heap in use when the line is made, in MiB to a
	// tenth.
	HeapMB float64 `json:"heap_mb"`

	times []time.Duration
}

// Millis returns d in milliseconds, to the microsecond, as Stats gives
// its times.
func Millis(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Query records the time one answered input took.
func (s *Stats) Query(d time.Duration) { s.times = append(s.times, d) }

// Line sets the figures taken from the queries recorded and the heap in
// use now, and returns the JSON line, without its line end.
func (s *Stats) Line() []byte {
	s.Queries = len(s.times)
	if len(s.times) > 0 {
		slices.Sort(s.times)
		s.QueryP50 = Millis(percentile(s.times, 50))
		s.QueryP99 = Millis(percentile(s.times, 99))
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	s.HeapMB = float64(m.HeapAlloc*10/(1<<20)) / 10
	b, _ := json.Marshal(s) // numbers and ints: cannot fail
	return b
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
