package htmlreport

import (
	"strings"

	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// maxIndent bounds the indentation of a thread: a deeper post is drawn
// at this depth, so that a long chain stays readable on a phone.
const maxIndent = 8

// postView is one post as the page shows it.
type postView struct {
	Author, Name, Date string
	// Addr is where a reader finds the post (its URL, else
	// platform:id); URL is its link, "" when the archive gives none.
	Addr, URL string
	Text      []seg
	// Indent is its depth in a thread (0 at the top), at most
	// maxIndent; Source marks the post a thread is drawn around.
	Indent int
	Source bool
	// Note says what the post is to the one judged (before it, after
	// it, quoting it…); "" when the place says it.
	Note string
	// Deleted says that its author deleted it, "" when not; From where
	// the archive read it, "" when it does not say; Seen who could read
	// it, "" when the archive does not say, and Hidden that it was not
	// public (its author's followers, or the accounts it mentions, only).
	Deleted, From, Seen string
	Hidden              bool
}

// postOf is p as the page shows it, its text t.
func postOf(w *wording.Words, p provenance.Post, text []seg) postView {
	v := postView{Author: p.Author, Name: p.AuthorName, Date: w.Date(p.CreatedAt),
		Addr: wording.Address(p.URL, p.Platform, p.ID), URL: p.URL, Text: text}
	if p.Deleted {
		v.Deleted = trim(w.S(wording.ItemDeleted))
	}
	if len(p.From) > 0 {
		v.From = trim(w.F(wording.ItemReadFrom, w.Places(p.Places(), p.MoreFrom)))
	}
	if p.Visibility != "" {
		v.Seen = trim(w.F(wording.ItemSeen, w.Visibility(p.Visibility)))
		v.Hidden = p.Visibility == provenance.VisibilityPrivate || p.Visibility == provenance.VisibilityDirect
	}
	return v
}

// contextView is a source's real context: its thread drawn as a tree
// with the source in it, the posts that share it, and its author's
// posts around it.
type contextView struct {
	Conversation string
	Thread       []postView
	Shares       []postView
	AroundTitle  string
	Around       []postView
}

// diffMarks are the marks of an alignment's differences on one side:
// the quote's (source false) or the source's.
func diffMarks(w *wording.Words, a quote.Alignment, source bool) []mark {
	ms := make([]mark, len(a.Differences))
	for i, d := range a.Differences {
		sp := d.Quote
		if source {
			sp = d.Source
		}
		ms[i] = mark{Span: sp, N: i + 1, Kind: d.Kind.String(), Title: w.Difference(d.Kind.String(), d.Source.Len() == 0)}
	}
	return ms
}

// sourceText is the source of r with the passage quoted highlighted and
// its differences with the quote marked.
func sourceText(w *wording.Words, r *provenance.Result) []seg {
	passage := r.Alignment.Source
	var p *normalize.Span
	if passage.Len() > 0 {
		p = &passage
	}
	return marked(r.Source.Text, diffMarks(w, r.Alignment, true), p)
}

// conversation says where the source of r stands in its conversation.
func conversation(w *wording.Words, r *provenance.Result) string {
	th, src := r.Thread, r.Source
	if th.BrokenAt != "" && len(th.Ancestors) > 0 {
		return trim(w.F(wording.ThreadBroken, th.BrokenAt, len(th.Ancestors)))
	}
	if th.BrokenAt != "" {
		return trim(w.F(wording.ThreadOrphan, th.BrokenAt))
	}
	if len(th.Ancestors) > 0 {
		return w.F(wording.PageConversationReply, th.Ancestors[0].Author, len(th.Ancestors))
	}
	if src.ReplyTo != "" && !th.Cycle {
		return trim(w.F(wording.ThreadOrphan, src.ReplyTo))
	}
	return w.S(wording.PageConversationOpens)
}

// contextOf is the real context of r's source, found.
func contextOf(w *wording.Words, r *provenance.Result) *contextView {
	c := &contextView{Conversation: conversation(w, r)}
	if r.Thread.Cycle {
		c.Conversation += " " + trim(w.S(wording.Cycle))
	}
	depth := map[string]int{}
	for i, p := range r.Thread.Ancestors {
		c.Thread = append(c.Thread, indented(postOf(w, p, plain(p.Text)), i))
	}
	top := len(r.Thread.Ancestors)
	src := indented(postOf(w, *r.Source, sourceText(w, r)), top)
	src.Source = true
	c.Thread = append(c.Thread, src)
	depth[r.Source.ID] = top
	for _, p := range r.Thread.Replies {
		d, ok := depth[p.ReplyTo]
		if !ok {
			d = top
		}
		depth[p.ID] = d + 1
		c.Thread = append(c.Thread, indented(postOf(w, p, plain(p.Text)), d+1))
	}
	for _, p := range r.Shares {
		v := postOf(w, p, plain(p.Text))
		v.Note = w.S(wording.QuotedBy)
		if p.RepostOf != "" {
			v.Note = w.S(wording.RepostedBy)
		}
		c.Shares = append(c.Shares, v)
	}
	if len(r.Before)+len(r.After) > 0 {
		c.AroundTitle = trim(w.F(wording.Around, r.Source.Author))
	}
	for _, p := range r.Before {
		c.Around = append(c.Around, around(w, p, wording.Before))
	}
	for _, p := range r.After {
		c.Around = append(c.Around, around(w, p, wording.After))
	}
	return c
}

// indented is v at depth d of a thread.
func indented(v postView, d int) postView {
	v.Indent = min(d, maxIndent)
	return v
}

// around is one of the author's posts around the source, noted before
// or after it (the first word of the text report's line).
func around(w *wording.Words, p provenance.Post, m wording.Msg) postView {
	v := postOf(w, p, plain(p.Text))
	v.Note = strings.Fields(w.F(m, "", ""))[0]
	return v
}
