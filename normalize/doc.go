// Package normalize makes French text comparable without losing track of
// where each byte came from.
//
// A short post is screenshotted, retyped, pasted into an article: its
// apostrophes become straight, its narrow no-break spaces become plain or
// vanish, "cher•e•s" becomes "cher.e.s", its accents get lost, a mail
// client turns "é" into "Ã©". normalize answers two questions about such
// text: what should a reader see ([Display]), and which texts say the same
// words ([Match]).
//
// Both profiles return a [Text]: the original, the normalized string, and
// a source map from every byte range of the normalized string to the
// range of the original that produced it. A quote found in a normalized
// source can always be shown as the bytes the reader saw:
//
//	src := normalize.Match.Normalize(post)
//	i := strings.Index(src.String(), normalize.Match.String(quote))
//	start, end := src.OriginalSpan(i, i+len(key))
//	fmt.Println(post[start:end]) // the quote as the post wrote it
//
// Every change is recorded with its [Kind] (typography, case, accent,
// inclusive, mojibake…), so that callers can report how two texts differ
// instead of hiding it. [Text.Tokens] splits a normalized text into words
// with offsets in both strings; an elided article is its own token
// ("l'État" → "l" + "etat").
//
// The profiles are chains of passes, each a small loop that writes its
// output and its edits: the mojibake repair; for Match, the Match pass
// (letters, typography, white space, inclusive writing, platform
// artefacts, hidden characters, most elongations) and the elongation pass
// for what it could not collapse; for Display, the Display pass and NFC
// composition. Their edit lists compose. The Match pass notes where its
// output could read differently a second time (a separator dropped
// between two marks it reads in context, a run brought together across a
// hidden character) and only then runs again, so that Match is idempotent
// at the cost of one pass on ordinary text. Text that is already normal
// goes through without allocating.
//
// Helpers for the packages above this one: [OCRKey] and [EditDistance]
// compare single words tolerantly (OCR slips, typos), and [Deobfuscate]
// reads abusive words spelled to dodge filters ("s@lope", "c0nnard",
// "s.a.l.o.p.e").
//
// Word lists in this package (compound heads, inclusive endings,
// look-alike letters, leet characters) were written by the guillemet
// authors; each says where it comes from.
package normalize
