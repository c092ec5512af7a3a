// Package report turns guillemet's results into what the guillemet
// command prints: the JSON of the public contract (CONTRACT.md §4, §5)
// and the readable reports, in French or in English. A Go program that
// imports guillemet — a fact-checking tool, a CMS backend, a server —
// gets the command's exact output from here without rebuilding it.
//
// # JSON
//
// Each subcommand's line is an exported type, built from a library
// result by a function of the same name:
//
//	Verify(r *provenance.Result, q Quote) VerifyJSON   // guillemet verify --json
//	Montage(m *montage.Montage) MontageJSON            // guillemet montage --json
//	Abuse(id string, r abuse.Result) AbuseJSON          // guillemet abuse --json
//	Extract(q quote.Quotation) ExtractJSON              // guillemet extract --json
//	Normalize(p *normalize.Profile, line int, text string) NormalizeJSON
//
// RejectedJSON is the line of an input that could not be answered, and
// Stats the line --stats prints. Every field is documented on its type:
// what it means, and when it is null, [] or left out. WriteLine writes a
// value as the command writes its lines (encoding/json, HTML characters
// left as they are). Linked gives the line of one answer of
// provenance.LinkAll (Text.Linked its readable report), so that a program
// verifying many quotes prints what guillemet verify --quotes prints.
//
// # Readable reports
//
// A Text writes the command's readable documents to an io.Writer in
// the language of a golang.org/x/text/language Tag: language.French, the
// default (any tag but English reads French), or language.English.
//
// The rendering is split in two, so that no import goes against the
// flow normalize ← quote ← provenance ← montage ← report ← cmd. The
// report of one result is a method of the result's own type:
// provenance.Result.String is the canonical French report of a quote
// (WriteReport writes it in a language), montage.Montage.String that of
// a montage judgment. The words of every report — both languages, every
// sentence a committee reads — live in one catalogue, the root package
// internal/wording, which sits below provenance and is imported by
// provenance, montage and this package alike. This package composes
// those reports into the command's documents: the heading of each quote
// (its id, input line and speaker), the rejection of an input, the
// demo's stories, and the reports of abuse and extract (abuse and quote,
// below provenance, stay free of the reports' wording).
//
// One kind of sentence is not the catalogue's: a montage finding's
// detail, the link between two items and the note on a date not
// understood are written in French by the montage judge, since the JSON
// carries them (flags[].detail, context_reason, date_note). The French
// report prints them as they are; the English report says each finding
// and link in English from the catalogue.
package report
