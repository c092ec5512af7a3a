// Package quote pulls quotations out of French articles and aligns a
// quote against a candidate source.
//
// # Extraction
//
// [Extract] finds the quotations of an article — « … » with any inner
// space, “ … ”, "…", quotations over several paragraphs, incises, and
// embedded posts as news sites print them (text — Name (@handle) date) —
// each with its byte span in the article, its speaker and the phrase that
// names the speaker. Short scare quotes are returned too, marked Short.
//
// A speaker is the article's words, never a guess and never inherited
// from an earlier paragraph: named beside the quotation in its sentence
// ("selon X", "X a répondu", "la rectrice, elle, a répondu"), resolved
// from a pronoun ("a-t-elle ajouté") only when the article leaves no
// doubt, kept from the quotation before in the same sentence, or else
// unknown (empty). [Quotation.Basis] says which. An unknown speaker is
// honest; a wrong one puts words in someone's mouth.
//
// # Alignment
//
// [Align] compares a quote with one candidate source and returns an
// [Alignment]: a [Verdict] from the public contract (not_found, altered,
// elided, excerpt, equivalent, verbatim, by precedence), a score, the
// aligned spans of both original texts, and every [Difference] with its
// [Kind], pointing at both texts. Differences that normalization absorbs
// (typography, case, accents, inclusive writing, links, emoji…) never
// change the verdict beyond equivalent, but they are always reported.
//
// The alignment also says which of the quote's words the source supports
// (Alignment.Supported) and the longest run of them standing in the
// source as written (Alignment.LongestRun): package provenance ranks the
// posts of an archive by them. [Prepare] normalizes a quote once, to be
// aligned with many sources ([Prepared.Align] gives what Align gives).
//
// A cut or a change that reverses or shifts the meaning makes a quote
// altered whatever marks it shows (CONTRACT §3): an elision mark, or an
// excerpt's edge, that hides a negation is a Negation difference naming
// the negation words cut; a negation dropped or added without a mark is
// a Negation difference too; a sentence mark that changes the mood ("?"
// for ".", "!" for ".") is a Punctuation difference; number words never
// pass for slips of one another (sixième, dixième). A cut that removes a
// whole clause with its own negation ("Je pense (...) qu'il faut voter"
// for "Je pense, même si je ne l'ai pas toujours dit, qu'il faut
// voter") stays an elision: the rules lean towards altered only where
// the negation could bear on the quoted words.
//
// The alignment is built on the tokens of package normalize (Match
// profile), whose source maps give the original byte spans, and on a
// word-level shortest edit script from github.com/sergi/go-diff, kept
// behind an unexported adapter and run without a deadline, so that the
// same inputs always give the same alignment.
//
// Invariants, tested and fuzzed: every span lies inside its text; every
// Difference's QuoteText and SourceText are the original bytes its spans
// cover; Extract's spans lie inside the article, in order, and a
// single-part quotation's Text is exactly article[Start:End].
//
// The rules both functions follow are spelled out, by example, in the
// repository's testdata/quote/RULES.md and EXTRACT_RULES.md, next to the
// labelled cases that measure them.
package quote
