package htmlreport

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/montage"
)

// montageView is one screenshot of a montage page.
type montageView struct {
	// Verdict is the contract's code (the CSS class); VerdictWords says
	// it; Headline is the text report's first line, for a spliced or
	// doctored screenshot (else it says VerdictWords again).
	Verdict, VerdictWords, Headline string
	Caption                         string
	Rows                            []rowView
	Findings                        []findingView
	ContextTitle                    string
	Context                         *contextView
}

// rowView is one item: as it circulated, and what the archive holds.
type rowView struct {
	// Link says how the item joins the one before ("" for the first);
	// Cut marks two items that were never together.
	Link     string
	Cut      bool
	Num      string
	Disputed bool
	Shown    string
	Text     []seg
	// What the archive holds: NotFound when nothing, else who wrote it
	// and when, the verdict, its conversation and address.
	NotFound     string
	WrittenBy    string
	Verdict      string
	Conversation string
	Addr, URL    string
	Abuse        string
	Abusive      bool
	Warnings     []string
	Notes        []string
	// Original is the words posted, when they differ from the words
	// shown, and Diffs how.
	Original []seg
	Diffs    []diffView
}

// findingView is one finding: its code, and what it found in the
// page's language; French is the judge's own detail on an English page.
type findingView struct {
	Code, Text, French string
}

// montageOf is the view of one judgment.
func montageOf(w *wording.Words, tag language.Tag, m *montage.Montage) montageView {
	title := w.S(wording.CaptureTitle)
	if m.ID != "" {
		title += " " + m.ID
	}
	v := montageView{Verdict: m.Verdict.String(), VerdictWords: w.MontageVerdict(m.Verdict.String()),
		Caption: w.F(wording.CaptureMany, title, len(m.Items), m.Disputed+1)}
	if m.Verdict == montage.Spliced || m.Verdict == montage.Doctored {
		v.Headline = m.Headline(tag)
	}
	if len(m.Items) == 1 {
		v.Caption = w.F(wording.CaptureOne, title)
	}
	for i := range m.Items {
		v.Rows = append(v.Rows, rowOf(w, tag, &m.Items[i], i == m.Disputed))
	}
	for _, f := range m.Flags {
		fv := findingView{Code: f.Flag.String(), Text: w.Finding(f.Flag.String(), f.Detail, f.Items)}
		if fv.Text != f.Detail {
			fv.French = f.Detail
		}
		v.Findings = append(v.Findings, fv)
	}
	if d := &m.Items[m.Disputed]; d.Found() {
		v.ContextTitle = trim(w.F(wording.ContextTitle, m.Disputed+1))
		v.Context = contextOf(w, d.Link)
	}
	return v
}

// rowOf is the view of one item.
func rowOf(w *wording.Words, tag language.Tag, it *montage.ItemJudgment, disputed bool) rowView {
	r := rowView{Num: trim(w.F(wording.ItemHead, "", it.Index+1, "")), Disputed: disputed, Text: plain(it.Shown.Text)}
	var shown []string
	for _, s := range []string{it.Shown.Author, it.Shown.Date} {
		if s = strings.TrimSpace(s); s != "" {
			shown = append(shown, s)
		}
	}
	if len(shown) > 0 {
		r.Shown = strings.Trim(trim(w.F(wording.ItemShown, strings.Join(shown, " · "))), "()")
	}
	switch s := it.SameContextAsPrevious; {
	case it.Index == 0:
	case s == nil:
		r.Link = w.S(wording.PageLinkUnknown)
	case *s:
		r.Link = trim(w.F(wording.ItemWithPrevious, w.ContextReason(it.ContextReason), w.Gap(it.Gap)))
	default:
		r.Link, r.Cut = w.F(wording.PageCut, w.Gap(it.Gap)), true
	}
	r.Abusive, r.Abuse = it.Abuse.Abusive, trim(it.AbuseLine(tag))
	if r.Abuse == "" {
		r.Abuse = w.S(wording.PageNotAbusive)
	}
	if it.DateNote != "" {
		r.Warnings = append(r.Warnings, trim(w.F(wording.ItemDateNote, strings.TrimSpace(it.Shown.Date))))
	}
	if !it.Found() {
		r.NotFound = trim(w.S(wording.ItemNotFound))
		return r
	}
	src := it.Link.Source
	writer := it.Author
	if writer == "" {
		writer = src.Author
	}
	r.Text = marked(it.Shown.Text, diffMarks(w, it.Link.Alignment, false), nil)
	r.WrittenBy = w.F(wording.PageWrittenBy, src.Author, wording.Name(src.AuthorName), w.Date(src.CreatedAt))
	r.Verdict = w.F(wording.PageVerdict, it.Link.Verdict, w.Verdict(it.Link.Verdict.String()))
	r.Conversation = conversation(w, it.Link)
	r.Addr, r.URL = wording.Address(src.URL, src.Platform, src.ID), src.URL
	if !strings.EqualFold(writer, src.Author) {
		r.Notes = append(r.Notes, trim(w.F(wording.ItemRepost, writer)))
	}
	if it.AuthorMatches != nil && !*it.AuthorMatches {
		r.Warnings = append(r.Warnings, trim(w.F(wording.ItemAuthorShown, it.ShownAuthor, writer)))
	}
	if it.DateMatches != nil && !*it.DateMatches {
		r.Warnings = append(r.Warnings, trim(w.F(wording.ItemDateShown, it.ShownDate.Text, w.Date(src.CreatedAt))))
	}
	if src.Deleted {
		r.Notes = append(r.Notes, trim(w.S(wording.ItemDeleted)))
	}
	if len(src.From) > 0 {
		r.Notes = append(r.Notes, trim(w.F(wording.ItemReadFrom, w.Places(src.Places(), src.MoreFrom))))
	}
	if src.Visibility != "" {
		r.Notes = append(r.Notes, trim(w.F(wording.ItemSeen, w.Visibility(src.Visibility))))
	}
	for _, a := range it.Link.AlsoPosted {
		r.Notes = append(r.Notes, trim(w.F(wording.ItemAlsoPosted, a.Post.Author, a.Post.Platform, w.Date(a.Post.CreatedAt), wording.Address(a.Post.URL, a.Post.Platform, a.Post.ID))))
	}
	if len(it.Link.Alignment.Differences) > 0 {
		r.Original, r.Diffs = sourceText(w, it.Link), diffsOf(w, it.Link.Alignment)
	}
	return r
}
