// Package provenance finds the original post behind a quote.
//
// It ingests platform exports — canonical JSON Lines, X API v2 responses,
// the X personal archive (tweets.js and its parts, deleted-tweets.js,
// note-tweet.js, account.js), Mastodon Statuses and Contexts, the
// Mastodon account archive (outbox.json, actor.json), Bluesky threads
// and feeds, Bluesky repositories (a CAR of DAG-CBOR records), Telegram
// Desktop chat exports, Facebook's and Instagram's "Download your
// information", and the ZIP archives these exports come in — detecting each file's format from
// its content (Loader, on the operating system's files or an fs.FS; Open
// reads an archive in one call, and fails when no post loads). Every
// rejected record is reported with its file and line, JSON path, record
// key or byte offset; the rest loads. Posts live in an Archive:
// Memory, the in-memory default, holds them compactly with a search index
// and answers the questions the rest of the code asks (a post, its
// ancestors and replies, the posts sharing it, the author's timeline,
// candidates for a quote). A database-backed archive can implement the
// same interface: the search keys, the ranking and the rules for posts
// seen twice and reply cycles are exported (SearchKeys, Query.Terms,
// Score, Merge, ClosesCycle), and package provenance/archivetest checks
// an implementation against the contract.
//
// A Memory saves to one file (Memory.Save) that OpenSaved opens again in
// milliseconds, by mapping it into memory, without reading any export or
// building any index: a Saved archive answers as the Memory it was
// saved from, read-only; Saved.Memory reads it back to add posts. The
// format (a grammar with a worked example) is documented in saved.go;
// a file that is not a saved archive, truncated, of another version,
// damaged (CRC-32C) or built with other search keys is refused with a
// *SavedError naming it.
//
// Link finds the post a quote comes from: the archive proposes
// candidates, package quote aligns each, and the source is the earliest
// post, not a repost, that supports the quote's words, with its thread
// (ThreadOf), the posts quoting or reposting it, and the author's own
// posts just before and after. A quote that no post supports is
// quote.NotFound, however many words it shares with the archive.
//
// The package builds on packages quote and normalize, and nothing in it
// imports the command.
package provenance
