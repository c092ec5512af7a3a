package report

import (
	"time"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// Quote is what the caller knows of a quote beyond what Link found.
type Quote struct {
	// ID is the caller's name for the quote: a --quotes line's "id" (its
	// line number when it has none), "q1" for --quote, "qN" for the Nth
	// quotation of an article.
	ID string
	// Line is the input line the quote was read from, from 1; 0 when it
	// was not read from a file of quotes.
	Line int
	// Speaker is who the article says spoke the quote (verify
	// --article); "" otherwise.
	Speaker string
}

// PostRef names a post (CONTRACT §4 verify, "source"; also each entry of
// "also_posted"). Every field is always present but author_id and the
// fields beyond the contract (from, more_from, deleted, visibility).
type PostRef struct {
	// Platform is "x", "mastodon", "bluesky" or "generic".
	Platform string `json:"platform"`
	// ID is the post's id on its platform (a Bluesky at:// URI).
	ID string `json:"id"`
	// Author is the handle as the platform shows it, without "@": X
	// username, Mastodon acct (user, or user@domain for a remote
	// account), Bluesky handle.
	Author string `json:"author"`
	// AuthorID is the platform's account id (X author_id, Bluesky DID);
	// left out when the archive does not give it.
	AuthorID string `json:"author_id,omitempty"`
	// CreatedAt is the post's date, RFC 3339 in UTC with the fraction
	// the archive gave (2025-03-11T08:02:11.482Z).
	CreatedAt string `json:"created_at"`
	// URL is the post's address; "" when the archive gives none.
	URL string `json:"url"`
	// From lists where the archive read the post, in reading order:
	// FILE:LINE for a line of JSON Lines, FILE#json-path for a record of
	// a document, FILE.zip/ENTRY… inside a ZIP (provenance.Post.From;
	// provenance.MaxFrom at most). Left out for a post given without a
	// file (an archive filled through its API). EXTENSIONS.md.
	From []string `json:"from,omitempty"`
	// MoreFrom counts the places beyond From; left out when none.
	MoreFrom int `json:"more_from,omitempty"`
	// Deleted is true for a post its author deleted (the X archive's
	// deleted-tweets.js): it was posted; left out otherwise.
	Deleted bool `json:"deleted,omitempty"`
	// Visibility is who could read the post when it was posted, as
	// Mastodon names it: "public", "unlisted", "private" (the author's
	// followers) or "direct" (the accounts it mentions)
	// (provenance.Post.Visibility); left out when the archive does not
	// say. EXTENSIONS.md.
	Visibility string `json:"visibility,omitempty"`
}

// PostJSON is a post with its text, in the "posts" list of a verify
// line and in a montage's "context": every post the line names by id,
// so that a reader needs nothing else to show them.
type PostJSON struct {
	PostRef
	// AuthorName is the author's display name; left out when unknown.
	AuthorName string `json:"author_name,omitempty"`
	// Text is the post's text as a reader saw it ("" for a repost).
	Text string `json:"text"`
	// ReplyTo is the id of the post it answers; left out for a post that
	// answers none.
	ReplyTo string `json:"reply_to,omitempty"`
	// QuoteOf is the id of the post it quotes; left out when none.
	QuoteOf string `json:"quote_of,omitempty"`
	// RepostOf is the id of the post it reposts; left out when none.
	RepostOf string `json:"repost_of,omitempty"`
}

// ThreadJSON is the source's conversation (CONTRACT §4 verify,
// "thread"). Posts are named by id; their text is in the line's "posts".
type ThreadJSON struct {
	// Root is the id of the conversation's root: the source's own id when
	// it replies to nothing, else the highest post of its reply chain the
	// archive holds.
	Root string `json:"root"`
	// Ancestors are the posts above the source, root first, ending with
	// its direct parent; [] for a root post.
	Ancestors []string `json:"ancestors"`
	// Replies are the replies below the source, in thread order (100 at
	// most); [] when none.
	Replies []string `json:"replies"`
	// BrokenAt is the id of a parent the archive references but lacks:
	// the conversation goes on above root, out of the archive's reach.
	// Left out when the chain is whole.
	BrokenAt string `json:"broken_at,omitempty"`
	// Cycle is true when the archive's reply links loop: the chain
	// above was stopped where it would have come back on itself, so
	// Ancestors is what was read before the loop. Left out (false) for a
	// chain without a loop, which is every chain of an archive read by
	// guillemet's loader (it refuses the link that closes a loop).
	Cycle bool `json:"cycle,omitempty"`
}

// CandidateJSON is a post aligned with the quote (CONTRACT §4 verify,
// "candidates"), best first, five at most.
type CandidateJSON struct {
	// Platform and ID name the post, as in PostRef.
	Platform string `json:"platform"`
	ID       string `json:"id"`
	// Score is the alignment's score, from 0 to 1.
	Score float64 `json:"score"`
	// Verdict is the quote's verdict against this post alone.
	Verdict quote.Verdict `json:"verdict"`
}

// DifferenceJSON is one difference between the quote and a post
// (CONTRACT §3 difference kinds), with its spans in both texts.
type DifferenceJSON struct {
	// Kind is the contract's difference kind: typography, spacing, case,
	// accent, inclusive, ligature, emoji, link, mention, mojibake,
	// spelling, word_replaced, word_inserted, word_deleted, elision,
	// negation, punctuation, truncated_start or truncated_end.
	Kind quote.Kind `json:"kind"`
	// Quote and Source are the texts that differ, "" for a side that
	// holds nothing (words added, a start left out).
	Quote  string `json:"quote"`
	Source string `json:"source"`
	// QuoteSpan and SourceSpan are half-open [start,end) byte offsets
	// into the original quote and the original post text.
	QuoteSpan  normalize.Span `json:"quote_span"`
	SourceSpan normalize.Span `json:"source_span"`
}

// AlsoJSON is the second post of a quote built from two posts (CONTRACT
// §4 verify: half of one, half of another): the one that supports most
// of the words the source does not.
type AlsoJSON struct {
	// Source names the second post.
	Source PostRef `json:"source"`
	// Verdict and Score are the alignment, against that post, of the
	// part of the quote the source does not support (its longest run of
	// words the source lacks, five words at least): the verdict of that
	// part alone (an excerpt of the second post, say), and its score
	// from 0 to 1. They say how well the second post supports the rest
	// of the quote, not the quote as a whole (its verdict is altered).
	Verdict quote.Verdict `json:"verdict"`
	Score   float64       `json:"score"`
	// QuoteSpan is that part's span in the whole quote, SourceSpan the
	// span it aligns with in the second post, and Differences the
	// differences of that alignment, their quote spans in the whole
	// quote.
	QuoteSpan   normalize.Span   `json:"quote_span"`
	SourceSpan  normalize.Span   `json:"source_span"`
	Differences []DifferenceJSON `json:"differences"`
}

// VerifyJSON is one line of "guillemet verify --json" (CONTRACT §4
// verify). The contract's fields come first and are always present
// (null or [] when there is nothing); the others are added and left out
// when they say nothing.
type VerifyJSON struct {
	// ID is the quote's id (Quote.ID).
	ID string `json:"id"`
	// Quote is the quote's text, as given.
	Quote string `json:"quote"`
	// Verdict is verbatim, equivalent, excerpt, elided, altered or
	// not_found (CONTRACT §3). not_found never means "fake": the archive
	// may be incomplete.
	Verdict quote.Verdict `json:"verdict"`
	// Score is the alignment's score against the source, from 0 to 1;
	// 0 when not found.
	Score float64 `json:"score"`
	// Source is the original post; null when not_found. Among posts that
	// support the quote equally it is the earliest by the author named,
	// else the earliest.
	Source *PostRef `json:"source"`
	// QuoteSpan and SourceSpan are the half-open [start,end) byte spans
	// of the quote and of the source text that align; null when
	// not_found.
	QuoteSpan  *normalize.Span `json:"quote_span"`
	SourceSpan *normalize.Span `json:"source_span"`
	// differences lists every difference between quote and source, in
	// quote order; [] when none or not_found.
	Differences []DifferenceJSON `json:"differences"`
	// Thread is the source's conversation; null when not_found.
	Thread *ThreadJSON `json:"thread"`
	// Context lists the ids of the author's own posts just before, then
	// just after, the source (two each side at most); [] when none.
	Context []string `json:"context"`
	// Candidates holds the best posts aligned, best first (five at
	// most), the source among them; [] when the archive proposed none.
	Candidates []CandidateJSON `json:"candidates"`
	// AlsoPosted lists every other post that supports the quote as well
	// as the source and says the same words (cross-posted, posted again,
	// copied, reposted), earliest first; [] when none.
	AlsoPosted []PostRef `json:"also_posted"`
	// Line is the input line of a --quotes answer, from 1; left out
	// otherwise.
	Line int `json:"line,omitempty"`
	// NamedAuthor is the author the caller named (--author, or the
	// line's "author"), as given; left out when none.
	NamedAuthor string `json:"named_author,omitempty"`
	// AuthorMatches says whether the source is by the author named; left
	// out when no author is named, nothing was found, or the archive
	// cannot tell (a display name named, none in the archive).
	AuthorMatches *bool `json:"author_matches,omitempty"`
	// Speaker is who the article says spoke the quote (--article); left
	// out otherwise.
	Speaker string `json:"speaker,omitempty"`
	// Also is the second post of a quote built from two posts; left out
	// otherwise.
	Also *AlsoJSON `json:"also,omitempty"`
	// Shares lists the ids of the posts that quote or repost the source;
	// left out when none.
	Shares []string `json:"shares,omitempty"`
	// Posts holds every post the line names by id — the source first,
	// then its thread, context, shares, also_posted and also — with its
	// text, each once; left out when not_found.
	Posts []PostJSON `json:"posts,omitempty"`
}

// RejectedJSON is the line of an input that could not be answered
// (CONTRACT §4 verify; also abuse and montage): it keeps the input's
// place, so that a script pairs every answer with its input.
type RejectedJSON struct {
	// ID is the input's id, or its line number when the id could not be
	// read either.
	ID string `json:"id"`
	// Line is the input line, from 1; left out for an input not read
	// from a file (--quote).
	Line int `json:"line,omitempty"`
	// Error says why, in English.
	Error string `json:"error"`
}

// ref names p as the JSON does.
func ref(p provenance.Post) PostRef {
	return PostRef{Platform: p.Platform, ID: p.ID, Author: p.Author, AuthorID: p.AuthorID,
		CreatedAt: p.CreatedAt.Format(time.RFC3339Nano), URL: p.URL, From: p.Places(), MoreFrom: p.MoreFrom, Deleted: p.Deleted,
		Visibility: p.Visibility}
}

// fullPost is p with its text, as the JSON gives it.
func fullPost(p provenance.Post) PostJSON {
	return PostJSON{PostRef: ref(p), AuthorName: p.AuthorName, Text: p.Text, ReplyTo: p.ReplyTo, QuoteOf: p.QuoteOf, RepostOf: p.RepostOf}
}

// differences lists the differences of an alignment; [] when none.
func differences(a quote.Alignment) []DifferenceJSON {
	out := []DifferenceJSON{}
	for _, d := range a.Differences {
		out = append(out, DifferenceJSON{Kind: d.Kind, Quote: d.QuoteText, Source: d.SourceText, QuoteSpan: d.Quote, SourceSpan: d.Source})
	}
	return out
}

// alsoPosted lists the other posts with the same words as r's source,
// earliest first; [] when none.
func alsoPosted(r *provenance.Result) []PostRef {
	out := []PostRef{}
	for _, m := range r.AlsoPosted {
		out = append(out, ref(m.Post))
	}
	return out
}

// Verify returns the JSON line of a Link result (CONTRACT §4 verify), q
// saying how the caller names the quote.
func Verify(r *provenance.Result, q Quote) VerifyJSON {
	o := VerifyJSON{ID: q.ID, Quote: r.Quote, Verdict: r.Verdict, Score: r.Score, Speaker: q.Speaker,
		Line: q.Line, NamedAuthor: r.NamedAuthor(),
		Differences: []DifferenceJSON{}, Context: []string{}, Candidates: []CandidateJSON{}, AlsoPosted: []PostRef{}}
	for _, c := range r.Candidates {
		if len(o.Candidates) == 5 {
			break
		}
		o.Candidates = append(o.Candidates, CandidateJSON{Platform: c.Post.Platform, ID: c.Post.ID, Score: c.Alignment.Score, Verdict: c.Alignment.Verdict})
	}
	if r.Source == nil {
		return o
	}
	src := ref(*r.Source)
	o.Source = &src
	if m, known := r.NamedAuthorIs(*r.Source); known {
		o.AuthorMatches = &m
	}
	qs, ss := r.Alignment.Quote, r.Alignment.Source
	o.QuoteSpan, o.SourceSpan = &qs, &ss
	o.Differences = differences(r.Alignment)
	seen := map[string]bool{r.Source.ID: true}
	o.Posts = append(o.Posts, fullPost(*r.Source))
	add := func(p provenance.Post) string {
		if !seen[p.ID] {
			seen[p.ID] = true
			o.Posts = append(o.Posts, fullPost(p))
		}
		return p.ID
	}
	o.Thread = thread(r.Thread, add)
	for _, p := range r.Before {
		o.Context = append(o.Context, add(p))
	}
	for _, p := range r.After {
		o.Context = append(o.Context, add(p))
	}
	for _, p := range r.Shares {
		o.Shares = append(o.Shares, add(p))
	}
	o.AlsoPosted = alsoPosted(r)
	for _, m := range r.AlsoPosted {
		add(m.Post)
	}
	if r.Also != nil {
		o.Also = &AlsoJSON{Source: ref(r.Also.Post), Verdict: r.Also.Alignment.Verdict, Score: r.Also.Alignment.Score,
			QuoteSpan: r.Also.Alignment.Quote, SourceSpan: r.Also.Alignment.Source, Differences: differences(r.Also.Alignment)}
		add(r.Also.Post)
	}
	return o
}
