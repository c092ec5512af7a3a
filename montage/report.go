package montage

import (
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/quote"
)

// String returns the readable report of the judgment in French: first
// what a committee must not miss (for a montage, which items were
// brought together and who really wrote them; for a doctored
// screenshot, which items were changed), then each item as shown and as
// found, the findings, and the disputed item's real context. It is
// WriteReport in language.French.
func (m *Montage) String() string {
	return wording.French.Render(m.WriteReport)
}

// WriteReport writes the readable report of the judgment to w in the
// language of tag: French (the default, for any tag but English) or
// English. The findings' details and the links between items are the
// judge's French sentences; the English report names each finding in
// English instead. It returns the first error of w.
func (m *Montage) WriteReport(w io.Writer, tag language.Tag) error {
	out := &wording.Writer{W: w}
	t := wording.For(tag)
	title := t.S(wording.CaptureTitle)
	if m.ID != "" {
		title += " " + m.ID
	}
	out.Line(m.headline(t))
	if len(m.Items) == 1 {
		out.Line(t.F(wording.CaptureOne, title))
	} else {
		out.Line(t.F(wording.CaptureMany, title, len(m.Items), m.Disputed+1))
	}
	out.Line(t.F(wording.MontageVerdict, m.Verdict, t.MontageVerdict(m.Verdict.String())))
	for i := range m.Items {
		out.Line("")
		m.Items[i].report(out, t, i == m.Disputed)
	}
	out.Line("")
	for _, f := range m.Flags {
		out.Line(t.F(wording.FlagLine, f.Flag, t.Finding(f.Flag.String(), f.Detail, f.Items)))
	}
	if d := &m.Items[m.Disputed]; d.Found() {
		out.Line("")
		out.Line(t.F(wording.ContextTitle, m.Disputed+1))
		if out.Err == nil {
			out.Err = d.Link.WriteContext(w, tag)
		}
	}
	return out.Err
}

// report writes one item: as shown, then as found.
func (it *ItemJudgment) report(w *wording.Writer, t *wording.Words, disputed bool) {
	mark := " "
	if disputed {
		mark = "▶"
	}
	var shownParts []string
	for _, s := range []string{it.Shown.Author, it.Shown.Date} {
		if s = strings.TrimSpace(s); s != "" {
			shownParts = append(shownParts, s)
		}
	}
	shown := ""
	if len(shownParts) > 0 {
		shown = t.F(wording.ItemShown, strings.Join(shownParts, " · "))
	}
	w.Line(t.F(wording.ItemHead, mark, it.Index+1, shown))
	w.Wrap(it.Shown.Text, "   │ ")
	if !it.Found() {
		w.Line(t.S(wording.ItemNotFound))
	} else {
		src := it.Link.Source
		w.Line(t.F(wording.ItemWrittenBy, src.Author, wording.Name(src.AuthorName), t.Date(src.CreatedAt), it.Link.Verdict, t.Verdict(it.Link.Verdict.String())))
		if src.Deleted {
			w.Line(t.S(wording.ItemDeleted))
		}
		if len(src.From) > 0 {
			w.Line(t.F(wording.ItemReadFrom, t.Places(src.Places(), src.MoreFrom)))
		}
		if src.Visibility != "" {
			w.Line(t.F(wording.ItemSeen, t.Visibility(src.Visibility)))
		}
		if it.Author != "" && !strings.EqualFold(it.Author, src.Author) {
			w.Line(t.F(wording.ItemRepost, it.Author))
		}
		if it.AuthorMatches != nil && !*it.AuthorMatches {
			w.Line(t.F(wording.ItemAuthorShown, it.ShownAuthor, it.writer()))
		}
		if it.DateMatches != nil && !*it.DateMatches {
			w.Line(t.F(wording.ItemDateShown, it.ShownDate.Text, t.Date(src.CreatedAt)))
		}
		for _, a := range it.Link.AlsoPosted {
			w.Line(t.F(wording.ItemAlsoPosted, a.Post.Author, a.Post.Platform, t.Date(a.Post.CreatedAt), wording.Address(a.Post.URL, a.Post.Platform, a.Post.ID)))
		}
	}
	if it.DateNote != "" {
		w.Line(t.F(wording.ItemDateNote, strings.TrimSpace(it.Shown.Date)))
	}
	if s := it.abuseLine(t); s != "" {
		w.Line(s)
	}
	if s := it.SameContextAsPrevious; s != nil {
		if *s {
			w.Line(t.F(wording.ItemWithPrevious, t.ContextReason(it.ContextReason), t.Gap(it.Gap)))
		} else {
			w.Line(t.F(wording.ItemNoLink, t.Gap(it.Gap)))
		}
	}
}

// Headline returns the report's first line in the language of tag
// (French by default, English for an English tag): what a committee
// must not miss. For a spliced montage, which items were brought
// together and who really wrote each; for a doctored screenshot, which
// items were changed and how; else the verdict in words.
func (m *Montage) Headline(tag language.Tag) string { return m.headline(wording.For(tag)) }

// AbuseLine says in the language of tag (French by default, English
// for an English tag) what the classifier found in the item, as its
// report's line does: the abuse categories and severity of an abusive
// item, or that it reports abuse without uttering it; "" for an item
// that is neither. The line is indented for the text report.
func (it *ItemJudgment) AbuseLine(tag language.Tag) string { return it.abuseLine(wording.For(tag)) }

// abuseLine is AbuseLine with the words t.
func (it *ItemJudgment) abuseLine(t *wording.Words) string {
	switch {
	case it.Abuse.Abusive:
		sev := ""
		if it.Abuse.Severity != abuse.NoSeverity {
			sev = t.F(wording.ItemSeverity, t.Severity(it.Abuse.Severity.String()))
		}
		names := make([]string, len(it.Abuse.Categories))
		for i, c := range it.Abuse.Categories {
			names[i] = t.Category(string(c))
		}
		return t.F(wording.ItemAbusive, strings.Join(names, ", "), sev)
	case it.Abuse.Reported:
		return t.S(wording.ItemReports)
	}
	return ""
}

// headline is the report's first line: what a committee must not miss
// (CONTRACT §4 montage). For a montage, which items were brought
// together and who really wrote each; for a doctored screenshot, which
// items were changed and how; else the verdict in words.
func (m *Montage) headline(t *wording.Words) string {
	switch m.Verdict {
	case Spliced:
		var groups []string
		cur := ""
		for i := range m.Items {
			it := &m.Items[i]
			who := t.S(wording.HeadNotFound)
			if it.Found() {
				who = "@" + it.writer()
			}
			if s := it.SameContextAsPrevious; i > 0 && (s == nil || !*s) {
				groups = append(groups, cur)
				cur = ""
			}
			if cur != "" {
				cur += ", "
			}
			cur += t.F(wording.HeadItem, i+1, who)
		}
		groups = append(groups, cur)
		d := &m.Items[m.Disputed]
		if !d.Found() {
			return t.F(wording.HeadSpliced, strings.Join(groups, " | "), t.F(wording.HeadDisputedMissing, m.Disputed+1))
		}
		return t.F(wording.HeadSpliced, strings.Join(groups, " | "), t.F(wording.HeadDisputed, m.Disputed+1, d.writer()))
	case Doctored:
		var parts []string
		for i := range m.Items {
			it := &m.Items[i]
			if !it.Found() {
				continue
			}
			if it.AuthorMatches != nil && !*it.AuthorMatches {
				parts = append(parts, t.F(wording.HeadMisattributed, i+1, it.ShownAuthor, it.writer()))
			}
			if it.Link.Verdict == quote.Altered {
				parts = append(parts, t.F(wording.HeadAltered, i+1, it.writer()))
			}
			if it.DateMatches != nil && !*it.DateMatches {
				parts = append(parts, t.F(wording.HeadWrongDate, i+1, it.ShownDate.Text, t.Date(it.Link.Source.CreatedAt)))
			}
		}
		return t.F(wording.HeadDoctored, strings.Join(parts, t.S(wording.HeadJoin)))
	}
	return t.MontageVerdict(m.Verdict.String()) + "."
}

// writer is who wrote a found item's words.
func (it *ItemJudgment) writer() string {
	if it.Author != "" {
		return it.Author
	}
	return it.Link.Source.Author
}
