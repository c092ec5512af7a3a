// Package quote pulls quotations out of French articles and aligns a
// quote against a candidate source.
//
// An alignment says exactly how a quote differs from its source, with a
// verdict from the public contract — verbatim, equivalent, excerpt,
// elided, altered or not found — and every difference pointing at both
// texts. It builds on the tokens and source maps of package normalize;
// nothing here imports provenance or the command.
//
// The package holds only this documentation for now: extraction and
// alignment are the next piece of work (see the project README).
package quote
