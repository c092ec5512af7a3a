// Package provenance finds the original post behind a quote.
//
// It ingests platform exports (X API v2, the X personal archive,
// Mastodon, Bluesky, canonical JSON Lines), stores each post once, rebuilds
// threads from reply links, and links a quote to the earliest post whose
// words they are, with the thread and the author's surrounding posts. It
// also judges montages: were these posts ever together, who wrote each,
// and was someone else's abuse spliced in beside the quote? It builds on
// packages quote and normalize.
//
// The package holds only this documentation for now (see the project
// README for the plan).
package provenance
