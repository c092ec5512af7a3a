// Package guillemet verifies quotes without losing their context.
//
// In French public life a short post is screenshotted, cut, retyped and
// passed around. guillemet takes the disputed text and answers, with
// evidence a committee can check, whether someone really said it: which
// post it comes from, how the circulated text differs from it, and what
// stood around it.
//
// The work flows one way through five packages, each importing only the
// ones to its left:
//
//	normalize ← quote ← provenance ← montage ← cmd/guillemet
//	normalize ← abuse ← montage
//
// [normalize] makes French text comparable — apostrophes and guillemets,
// no-break spaces, case and accents, ligatures, inclusive writing,
// elongations, mojibake, invisible and look-alike characters, platform
// artefacts — and keeps a source map, so that every span found in
// normalized text points back to the bytes the reader saw.
//
// [quote] pulls quotations out of articles and aligns a quote against a
// candidate source, naming every difference: verbatim, equivalent,
// excerpt, elided, altered or not found.
//
// [abuse] tells abusive French text (insult, sexual, threat, hate, with a
// severity from harsh political words to calls to violence) from the
// abuse a text only reports or quotes.
//
// [provenance] ingests platform exports (X, Mastodon, Bluesky, JSON
// Lines), finds the original post behind a quote (among the same words
// cross-posted or copied, the author's own), and rebuilds its thread and
// the author's surrounding posts.
//
// [montage] judges screenshots of posts: spliced, doctored, unverifiable
// or genuine, with the flags that say why, and reads the dates
// screenshots show.
//
// The guillemet command (cmd/guillemet) is a thin layer over these
// packages; its command line and JSON are fixed by the project's public
// contract.
//
// A first taste: a newspaper retyped a post; quote says how.
//
//	post := "Chers ami•e•s, je m’en vais pour un temps. https://t.co/x1"
//	a, err := quote.Align("Chers ami.e.s, je m'en vais", post)
//	fmt.Println(a.Verdict, a.Kinds()) // excerpt [inclusive truncated_end typography]
//	fmt.Print(a)                      // both texts with the differences marked
package guillemet
