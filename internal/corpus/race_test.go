//go:build race

package corpus_test

// raceEnabled: the race detector slows generation tenfold; tests use
// smaller corpora then.
const raceEnabled = true
