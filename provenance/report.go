package provenance

import (
	"io"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/normalize"
)

// NamedAuthor returns the author the caller named for this quote
// (Options.Author, as given), or "".
func (r *Result) NamedAuthor() string { return r.opts.Author }

// NamedAuthorIs reports whether p is by the author the caller named
// (see Author.Is); known is false when no author is named or the archive
// cannot tell.
func (r *Result) NamedAuthorIs(p Post) (match, known bool) {
	a := ParseAuthor(r.opts.Author)
	if a.IsZero() {
		return false, false
	}
	return a.Is(p)
}

// String returns the readable report of the result in French: the
// quote, the verdict and its differences, the source and who else
// posted the same words, its thread, the posts that share it and the
// author's posts around it. It is WriteReport in language.French.
func (r *Result) String() string {
	return wording.French.Render(r.WriteReport)
}

// WriteReport writes the readable report of the result to w in the
// language of tag: French (the default, for any tag but English) or
// English. It returns the first error of w.
func (r *Result) WriteReport(w io.Writer, tag language.Tag) error {
	out := &wording.Writer{W: w}
	r.report(out, wording.For(tag))
	return out.Err
}

// report writes the report of the result with the words t.
func (r *Result) report(w *wording.Writer, t *wording.Words) {
	if r.Quote != "" {
		w.Wrap(r.Quote, "  │ ")
	}
	if r.Source == nil {
		w.Line(t.S(wording.NotFound))
		w.Line(t.S(wording.NotProof))
		for i, c := range r.Candidates {
			if i == 3 {
				break
			}
			w.Line(t.F(wording.Closest, c.Post.Author, t.Date(c.Post.CreatedAt), c.Alignment.Verdict, c.Alignment.Score))
		}
		return
	}
	src := r.Source
	w.Line(t.F(wording.Verdict, r.Verdict, t.Verdict(r.Verdict.String()), r.Score))
	w.Line(t.F(wording.Source, src.Author, wording.Name(src.AuthorName), t.Date(src.CreatedAt), wording.Address(src.URL, src.Platform, src.ID)))
	if src.Deleted {
		w.Line(t.S(wording.Deleted))
	}
	w.Wrap(src.Text, "  │ ")
	if len(src.From) > 0 {
		w.Line(t.F(wording.ReadFrom, t.Places(src.Places(), src.MoreFrom)))
	}
	if src.Visibility != "" {
		w.Line(t.F(wording.Seen, t.Visibility(src.Visibility)))
	}
	if by := normalize.RetweetOf(src.Text); by != "" || src.RepostOf != "" {
		if by == "" {
			by = t.S(wording.AnotherAccount)
		} else {
			by = "@" + by
		}
		w.Line(t.F(wording.Repost, by))
	}
	if r.opts.Author != "" {
		named := ParseAuthor(r.opts.Author).String()
		switch m, known := r.NamedAuthorIs(*src); {
		case !known:
			w.Line(t.F(wording.AuthorUnknown, named))
		case !m:
			w.Line(t.F(wording.AuthorNone, named))
		}
	}
	a := r.Alignment
	if a.Source.End > a.Source.Start && (a.Source.Start > 0 || a.Source.End < len(src.Text)) {
		w.Line(t.F(wording.Passage, a.Source.Start, a.Source.End))
		w.Wrap(a.Source.In(src.Text), "  │ ")
	}
	for _, d := range a.Differences {
		w.Line(t.F(wording.Difference, t.Difference(d.Kind.String(), d.Source.Len() == 0), t.Quoted(d.QuoteText), t.Quoted(d.SourceText)))
	}
	if len(r.AlsoPosted) > 0 {
		w.Line(t.S(wording.AlsoPosted))
		for _, m := range r.AlsoPosted {
			p := m.Post
			when := ""
			if p.CreatedAt.Before(src.CreatedAt) {
				when = t.S(wording.BeforeSource)
			}
			w.Line(t.F(wording.AlsoPostedLine, p.Author, wording.Platform(p.Platform), t.Date(p.CreatedAt), when, m.Alignment.Verdict, wording.Address(p.URL, p.Platform, p.ID)))
		}
	}
	if r.Also != nil {
		w.Line(t.F(wording.Also, r.Also.Post.Author, t.Date(r.Also.Post.CreatedAt), wording.Address(r.Also.Post.URL, r.Also.Post.Platform, r.Also.Post.ID)))
		w.Wrap(r.Also.Post.Text, "  │ ")
	}
	r.Thread.report(w, t, *src)
	for _, p := range r.Shares {
		kind := t.S(wording.QuotedBy)
		if p.RepostOf != "" {
			kind = t.S(wording.RepostedBy)
		}
		w.Line(t.F(wording.Share, kind, p.Author, t.Date(p.CreatedAt), t.OneLine(p.Text)))
	}
	if len(r.Before)+len(r.After) > 0 {
		w.Line(t.F(wording.Around, src.Author))
		r.reportAround(w, t)
	}
}

// WriteContext writes the source's real context to w in the language
// of tag, one line a post and no heading: the posts above it in its
// thread, the replies below it, then its author's posts just before and
// after it. A montage's report shows it for the disputed item. It
// writes nothing when the quote was not found, and returns the first
// error of w.
func (r *Result) WriteContext(w io.Writer, tag language.Tag) error {
	out := &wording.Writer{W: w}
	if r.Source != nil {
		t := wording.For(tag)
		r.Thread.reportAncestors(out, t)
		r.Thread.reportReplies(out, t)
		r.reportAround(out, t)
	}
	return out.Err
}

// reportAround writes the author's posts before and after the source.
func (r *Result) reportAround(w *wording.Writer, t *wording.Words) {
	for _, p := range r.Before {
		w.Line(t.F(wording.Before, t.Date(p.CreatedAt), t.OneLine(p.Text)))
	}
	for _, p := range r.After {
		w.Line(t.F(wording.After, t.Date(p.CreatedAt), t.OneLine(p.Text)))
	}
}

// report writes the conversation of the source src. A post is the
// opening of its conversation only when it replies to nothing; a reply
// whose parent the archive lacks says which post is missing.
func (th Thread) report(w *wording.Writer, t *wording.Words, src Post) {
	switch {
	case len(th.Ancestors) > 0 && th.BrokenAt == "":
		w.Line(t.F(wording.ThreadOpenedBy, th.Ancestors[0].Author, len(th.Ancestors)))
	case len(th.Ancestors) > 0:
		w.Line(t.F(wording.ThreadBroken, th.BrokenAt, len(th.Ancestors)))
	case th.BrokenAt != "":
		w.Line(t.F(wording.ThreadOrphan, th.BrokenAt))
	case src.ReplyTo != "" && !th.Cycle:
		w.Line(t.F(wording.ThreadOrphan, src.ReplyTo))
	case src.ReplyTo == "":
		w.Line(t.S(wording.ThreadOpening))
	}
	th.reportAncestors(w, t)
	if th.Cycle {
		w.Line(t.S(wording.Cycle))
	}
	if len(th.Replies) > 0 {
		w.Line(t.F(wording.Replies, len(th.Replies)))
	}
	th.reportReplies(w, t)
}

// reportAncestors writes the posts above, one line each.
func (th Thread) reportAncestors(w *wording.Writer, t *wording.Words) {
	for _, p := range th.Ancestors {
		w.Line(t.F(wording.Ancestor, p.Author, t.Date(p.CreatedAt), t.OneLine(p.Text)))
	}
}

// reportReplies writes the replies below, one line each.
func (th Thread) reportReplies(w *wording.Writer, t *wording.Words) {
	for _, p := range th.Replies {
		w.Line(t.F(wording.Reply, p.Author, t.Date(p.CreatedAt), t.OneLine(p.Text)))
	}
}
