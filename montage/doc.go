// Package montage judges screenshots of posts: whether the posts a
// composite shows side by side were ever together, and whether their
// words, authors or dates were changed (CONTRACT §4 montage).
//
// A Composite is what a screenshot shows: Items in screen order (the
// text, the author and the date as shown), the disputed one, and when
// the capture was taken. ReadComposites, Scanner and ParseComposite read
// the contract's JSON; a composite they cannot take is a
// provenance.Rejection naming its place (FILE:LINE or FILE#json-path).
//
// Judge links each item to an archive (provenance.Link), classifies its
// abuse (abuse.Classifier), reads the date it shows (ParseDate, a Date
// with its precision and the zones a viewer is taken to be in), and
// says whether neighbouring items share a context (the same
// conversation, as provenance.Thread's Conversation gives it; one
// quoting or reposting the other; consecutive posts of one author). The
// Montage it returns holds a Verdict (Spliced, Doctored, Unverifiable,
// Genuine), Findings each with a Flag (spliced_abuse, misattributed,
// altered, wrong_date, …), and an ItemJudgment per item, with the item
// as shown, so that it reads on its own.
//
// Verdict and Flag encode as the contract's words (String,
// MarshalText), as quote.Verdict does: a Montage's JSON speaks the
// contract's vocabulary.
package montage
