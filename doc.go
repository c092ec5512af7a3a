// Package guillemet verifies quotes without losing their context.
//
// In French public life a short post is screenshotted, cut, retyped and
// passed around. guillemet takes the disputed text and answers, with
// evidence a committee can check, whether someone really said it: which
// post it comes from, how the circulated text differs from it, and what
// stood around it.
//
// The work flows one way, each package importing only the ones to its
// left (flow_test.go reads every import and fails on one against it):
//
//	normalize ← quote ← provenance ← montage ← report ← htmlreport ← server ← cmd/guillemet ← examples
//	montage ← claimreview ← server
//	normalize ← abuse ← montage
//	provenance ← provenance/archivetest
//	provenance ← pgarchive ← cmd/guillemet
//	provenance ← internal/strangers (a measurement program, README "A corpus nobody here generated")
//	internal/jsonrec, internal/ordered, internal/wording, internal/corpus, internal/browsertest, internal/pgtest: below all
//
// [normalize] makes French text comparable — apostrophes and guillemets,
// no-break spaces, case and accents, ligatures, inclusive writing,
// elongations, mojibake, invisible and look-alike characters, platform
// artefacts — and keeps a source map, so that every span found in
// normalized text (a normalize.Span) points back to the bytes the reader
// saw.
//
// [quote] pulls quotations out of articles and aligns a quote against a
// candidate source, naming every difference: verbatim, equivalent,
// excerpt, elided, altered or not found. A quote prepared once
// (quote.Prepare) aligns against many sources.
//
// [abuse] tells abusive French text (insult, sexual, threat, hate, with a
// severity from harsh political words to calls to violence) from the
// abuse a text only reports or quotes: a learned scorer over a French
// lexicon, which explains where it fires.
//
// [provenance] ingests platform exports (X, Mastodon, Bluesky, JSON
// Lines; API responses, account archives, repositories, their ZIPs), finds the original post behind a quote (among the same words
// cross-posted or copied, the author's own), and rebuilds its thread and
// the author's surrounding posts; LinkAll does it for many quotes. Its
// Archive can be implemented by a database: package
// provenance/archivetest is the conformance suite. An archive saved to
// one file (Memory.Save, guillemet index) opens again in milliseconds
// (OpenSaved, --index), memory-mapped, answering as it did.
//
// [pgarchive] keeps the archive in PostgreSQL: persistent and shared by
// every process that reads it, filled by guillemet ingest and read with
// --db, answering as the in-memory archive does (it passes
// provenance/archivetest, and the labelled set gives the same answers on
// both); schema migrations embedded, errors that never show the password.
//
// [montage] judges screenshots of posts: spliced, doctored, unverifiable
// or genuine, with the flags that say why, and reads the dates
// screenshots show.
//
// [report] gives the command's output to any Go program: the contract's
// JSON of every subcommand as documented types, and the readable reports
// in French (the default) or English. provenance.Result and
// montage.Montage print as their French report; every sentence of the
// reports, in both languages, is kept in one catalogue (internal/wording).
//
// [htmlreport] writes the report page a committee reads and prints: the
// verdict first, the montage beside the real context, every difference
// marked, in one self-contained HTML document, inert to hostile posts.
//
// [claimreview] writes a verdict as a fact check a newsroom's CMS can
// publish as is: schema.org ClaimReview JSON-LD of a verified quote or a
// judged screenshot (with a MediaReview of the screenshot), the rating
// in French words from the same catalogue.
//
// [server] is guillemet serve: the contract's JSON over HTTP for a CMS
// plugin (verify, montage, abuse, a post's thread, health), byte for
// byte the command's, with bounded bodies, per-request deadlines, JSON
// errors and structured logs; the report page and ClaimReview JSON-LD
// are renderers it is given (Config.HTML, Config.ClaimReview).
//
// The guillemet command (cmd/guillemet) is a thin layer over these
// packages — flags and input and output; its command line and JSON are
// fixed by the project's public contract, CONTRACT.md. The programs in
// examples/ are what importers write: a fact-checking tool, a
// committee's script, a CMS plugin calling guillemet serve. In internal/: jsonrec reads JSON
// records with positioned errors, ordered answers a stream on every core
// in input order, wording holds the reports' sentences, corpus generates
// the labelled corpora of the benchmarks, pgtest gives each database test
// a PostgreSQL schema of its own. ARCHITECTURE.md says more.
//
// A first taste: a newspaper retyped a post; quote says how.
//
//	post := "Chers ami•e•s, je m’en vais pour un temps. https://t.co/x1"
//	a, err := quote.Align("Chers ami.e.s, je m'en vais", post)
//	fmt.Println(a.Verdict, a.Kinds()) // excerpt [inclusive truncated_end typography]
//	fmt.Print(a)                      // both texts with the differences marked
package guillemet
