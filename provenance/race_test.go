//go:build race

package provenance

// raceEnabled reports a test binary built with the race detector.
const raceEnabled = true
