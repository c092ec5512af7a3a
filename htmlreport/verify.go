package htmlreport

import (
	"strconv"

	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
	"github.com/guillemet/guillemet/report"
)

// verifyView is one quote of a verify page.
type verifyView struct {
	Head string
	// Rejected says why the quote was not judged; Given is its text.
	Rejected string
	Given    []seg
	// Verdict is the contract's code (the CSS class), VerdictLine the
	// verdict in words.
	Verdict     string
	VerdictLine string
	NotProof    string
	Quote       []seg
	Source      *postView
	AuthorNote  string
	Diffs       []diffView
	AlsoPosted  []postView
	Also        *postView
	Context     *contextView
	Closest     []postView
}

// diffView is one difference, numbered as its marks in the texts.
type diffView struct {
	N             int
	Kind, Words   string
	Quote, Source []seg
}

// diffsOf lists the differences of an alignment, numbered from 1 as
// their marks.
func diffsOf(w *wording.Words, a quote.Alignment) []diffView {
	var out []diffView
	for i, d := range a.Differences {
		out = append(out, diffView{N: i + 1, Kind: d.Kind.String(), Words: w.Difference(d.Kind.String(), d.Source.Len() == 0),
			Quote: plain(d.QuoteText), Source: plain(d.SourceText)})
	}
	return out
}

// verifyOf is the view of one quote.
func verifyOf(w *wording.Words, it VerifyItem) verifyView {
	q := it.Quote
	v := verifyView{Head: w.F(wording.QuoteHead, q.ID)}
	if q.Line > 0 && q.ID != strconv.Itoa(q.Line) {
		v.Head += w.F(wording.QuoteLine, q.Line)
	}
	if q.Speaker != "" {
		v.Head += w.F(wording.QuoteSpeaker, q.Speaker)
	}
	r := it.Result
	if it.Err != nil || r == nil {
		reason := ""
		if it.Err != nil {
			var ok bool
			if reason, ok = report.QuoteReason(it.Err, w.Tag); !ok {
				reason = it.Err.Error()
			}
		}
		v.Verdict, v.Rejected, v.Given = "rejected", trim(w.F(wording.Rejected, reason)), plain(it.Text)
		return v
	}
	v.Verdict = r.Verdict.String()
	if r.Source == nil {
		v.VerdictLine, v.NotProof, v.Quote = trim(w.S(wording.NotFound)), trim(w.S(wording.NotProof)), plain(r.Quote)
		for i, c := range r.Candidates {
			if i == 3 {
				break
			}
			p := postOf(w, c.Post, plain(c.Post.Text))
			p.Note = w.F(wording.PageVerdict, c.Alignment.Verdict, w.F(wording.PageScore, c.Alignment.Score))
			v.Closest = append(v.Closest, p)
		}
		return v
	}
	v.VerdictLine = trim(w.F(wording.Verdict, r.Verdict, w.Verdict(v.Verdict), r.Score))
	v.Quote = marked(r.Quote, diffMarks(w, r.Alignment, false), nil)
	src := postOf(w, *r.Source, sourceText(w, r))
	v.Source = &src
	if r.NamedAuthor() != "" {
		named := provenance.ParseAuthor(r.NamedAuthor()).String()
		switch m, known := r.NamedAuthorIs(*r.Source); {
		case !known:
			v.AuthorNote = trim(w.F(wording.AuthorUnknown, named))
		case !m:
			v.AuthorNote = trim(w.F(wording.AuthorNone, named))
		}
	}
	v.Diffs = diffsOf(w, r.Alignment)
	for _, m := range r.AlsoPosted {
		p := postOf(w, m.Post, plain(m.Post.Text))
		p.Note = w.F(wording.PageVerdict, m.Alignment.Verdict, w.Verdict(m.Alignment.Verdict.String()))
		v.AlsoPosted = append(v.AlsoPosted, p)
	}
	if r.Also != nil {
		also := postOf(w, r.Also.Post, plain(r.Also.Post.Text))
		also.Note = trim(w.F(wording.Also, r.Also.Post.Author, w.Date(r.Also.Post.CreatedAt), also.Addr))
		v.Also = &also
	}
	v.Context = contextOf(w, r)
	return v
}
