// Package corpus generates deterministic French social-media archives and
// labelled quotes, for the quality tests and benchmarks of package
// provenance (a root internal package: any package of guillemet may use it).
//
// [Generate] writes posts that read like the accounts of a French
// département: local newspapers, town halls, councillors, collectives
// and residents arguing about a swimming pool's closure or a tax rise.
//
//	Le conseil municipal de Valbrune a voté hier soir la fermeture de la
//	piscine municipale. Une décision totalement incompréhensible pour les
//	familles.
//
// The text comes from about 170 sentence templates filled from hand-written
// word lists (vocab.go, names.go) with French agreement, conjugation,
// elision and contraction (l’hôpital, du projet, qu’il). The vocabulary
// is multiplied by inflection and derivation (plurals, feminines,
// inclusive plurals such as habitant·e·s, some 36 forms a verb, -ment
// adverbs, demonyms such as Valbrunois·es), and drawn with Zipf
// frequencies, so that 100 000 posts hold more than 20 000 word forms: a
// few very common, a long tail of rare ones. Many posts share their
// phrasing, which makes retrieval hard: a quote shares most of its words
// with hundreds of posts that are not its source.
//
// Authors keep their typing habits: curly or straight apostrophes, narrow
// no-break spaces before ; : ! ? or plain spaces or none, « » or " "
// quotation marks, … or ..., accented capitals or not, inclusive writing
// with ·, • or a full stop, emoji, hashtags and links. Replies start with
// the parent's @handle and run several levels deep; quote posts, reposts
// ("RT @author: …") and word-for-word copies by other accounts link the
// posts together. Ids are X snowflakes derived from the creation time.
//
// [Queries] draws labelled quotes from a corpus: whole posts retyped
// (variant), excerpts, excerpts of 6 or 7 words (short), OCR readings,
// elided quotes, quotes built from two posts (merged) and sentences no
// post holds (fabricated), each with the post it comes from and the
// verdict of CONTRACT §3 a verifier should reach.
//
// [Hard] makes the measurement as hard as an archive built by others:
// it adds families of 8 to 98 copies to a corpus (word-for-word copies,
// retweets, shares with a comment before or after, the post after a
// sentence of another as boilerplate, near-copies with a word dropped),
// then draws queries of every kind above and of six hard families:
// copied (a post with a family, or a share quoted across its own
// words), short_quote (8 to 15 words of those), short_ocr (OCR slips in
// de, le, la, il: dc, cle, lc, 1e, Ia, Il, 11), unseen (sentences the
// generator writes but never posts, no run of more than half of them in
// any post), paraphrase (a posted run with one word in four replaced)
// and splice (two posts by different authors). Each query carries its
// slip counts, its length class ([Query.LengthClass]) and a dev or test
// split ([Query.Split]): tune on dev, judge on test. [Config.Wide] makes
// a corpus of a wide vocabulary.
//
// Everything is deterministic: the same [Config] or seed gives the same
// bytes on every machine. The package draws from math/rand/v2's PCG and
// turns its output into choices with integer arithmetic only (its Zipf
// tables are integers, computed once with correctly rounded operations),
// and never ranges over a map.
//
// The package must not import provenance (provenance's tests import it);
// [Post] mirrors the canonical JSON Lines format instead, and
// [WriteJSONL] writes it.
package corpus
