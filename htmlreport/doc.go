// Package htmlreport writes the report page a committee reads and
// prints: one self-contained HTML document (inline CSS, no script, no
// external resource) of verified quotes or of judged screenshots,
// rendered on the server with html/template.
//
// Two functions, one Options:
//
//	Verify(w io.Writer, items []VerifyItem, opts Options) error
//	Montage(w io.Writer, ms []*montage.Montage, opts Options) error
//
// The zero Options writes French with a default title; Lang:
// language.English writes English. Every sentence comes from
// internal/wording, the catalogue of the text reports, so that the page
// and guillemet's readable report say the same thing in the same words.
//
// A verify page shows, for each quote, the verdict in words, the quote
// and the original post side by side with every difference marked by
// kind and numbered, the passage quoted highlighted in the post, the
// thread as an indented tree with the source highlighted, the posts
// that quote or reshare it, the author's posts just before and after
// it, and the other posts with the same words.
//
// A montage page shows, for each screenshot, the verdict first (the
// text report's first line: which items were brought together and who
// wrote them, or what was changed), then the items in the order they
// circulated, each beside what the archive holds of it (who wrote it,
// when, in which conversation, its abuse categories and severity), with
// a marked cut between two items that were never together; then the
// findings, and the disputed item's real context with the words shown
// highlighted in the original.
//
// Every piece of post text, handle and name is untrusted: it goes
// through html/template's escaping, whitespace is kept (pre-wrap), long
// lines wrap anywhere, and each text-direction control character
// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) is kept in
// the text but isolated in its own <bdi>, with its code point shown
// beside it, so that it cannot reorder what follows. A text's content
// in the page is the text as given.
//
// The page prints: items are not cut across pages, each screenshot
// starts a new page, links are printed as their addresses. It reads on
// a phone: the two columns fold into one.
package htmlreport
