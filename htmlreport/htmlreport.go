package htmlreport

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

// Options tune a page. The zero value writes French with the default
// title.
type Options struct {
	// Lang is the page's language: English for language.English (or any
	// English tag), French for anything else, language.Und included.
	Lang language.Tag
	// Title is the page's title, as given; "" gives the default title
	// of the page's kind ("guillemet — vérification de citations").
	Title string
}

// VerifyItem is one quote of a verify page: what Link found, or why the
// quote was not judged.
type VerifyItem struct {
	// Result is what provenance.Link found; nil when Err is set.
	Result *provenance.Result
	// Quote is how the caller names the quote (its id, input line and
	// speaker), as for report.Verify.
	Quote report.Quote
	// Text is the quote as given; the page shows it for a rejected
	// quote (Result carries it otherwise).
	Text string
	// Err is why the quote was rejected or failed: report.QuoteReason
	// says a quote Link cannot judge in the page's language; any other
	// error is shown in its own words.
	Err error
}

//go:embed page.html.tmpl
var files embed.FS

// page is the template of both pages.
var page = template.Must(template.New("page.html.tmpl").Funcs(template.FuncMap{"runs": runs, "pair": pair}).ParseFS(files, "page.html.tmpl"))

// pageView is what the template renders: a page of quotes or of
// screenshots.
type pageView struct {
	Lang, Title string
	L           labels
	Quotes      []verifyView
	Montages    []montageView
	Empty       bool
}

// labels are the fixed words of the page, in its language.
type labels struct {
	Nothing, Footer, Quote, Source, Differences, DiffKind, DiffNone, Thread, Shares,
	AlsoPosted, Closest, Passage, Bidi, Circulated, Found, Disputed, Findings, JudgeWords,
	OriginalWords, Colon string
}

// newPage starts the page of the language of opts, with title (or the
// default title def).
func newPage(opts Options, def wording.Msg) (*pageView, *wording.Words) {
	t := wording.For(opts.Lang)
	p := &pageView{Lang: t.Tag.String(), Title: opts.Title, L: labels{
		Nothing: t.S(wording.PageNothing), Footer: t.S(wording.PageFooter), Quote: t.S(wording.PageQuote),
		Source: t.S(wording.PageSource), Differences: t.S(wording.PageDifferences), DiffKind: t.S(wording.PageDiffKind),
		DiffNone: t.S(wording.PageDiffNone), Thread: t.S(wording.PageThread), Shares: t.S(wording.PageShares),
		AlsoPosted: t.S(wording.PageAlsoPosted), Closest: t.S(wording.PageClosest), Passage: t.S(wording.PagePassage),
		Bidi: t.S(wording.PageBidi), Circulated: t.S(wording.PageCirculated), Found: t.S(wording.PageFound),
		Disputed: t.S(wording.PageDisputed), Findings: t.S(wording.PageFindings), JudgeWords: t.S(wording.PageJudgeWords),
		OriginalWords: t.S(wording.PageOriginalWords), Colon: t.S(wording.PageColon),
	}}
	if p.Title == "" {
		p.Title = t.S(def)
	}
	return p, t
}

// Verify writes the page of verified quotes, in order, to w: for each,
// its heading, the verdict in words, the quote and the original post
// with their differences marked, the thread, the posts that share it,
// the author's posts around it and the other posts with the same
// words; or why it was rejected. It returns the first error of w.
func Verify(w io.Writer, items []VerifyItem, opts Options) error {
	p, t := newPage(opts, wording.PageVerifyTitle)
	for _, it := range items {
		p.Quotes = append(p.Quotes, verifyOf(t, it))
	}
	p.Empty = len(items) == 0
	return render(w, p)
}

// Montage writes the page of judged screenshots, in order, to w: for
// each, the verdict first, the items as they circulated beside what the
// archive holds of them, the findings and the disputed item's real
// context. A nil judgment is skipped. It returns the first error of w.
func Montage(w io.Writer, ms []*montage.Montage, opts Options) error {
	p, t := newPage(opts, wording.PageMontageTitle)
	for _, m := range ms {
		if m != nil {
			p.Montages = append(p.Montages, montageOf(t, opts.Lang, m))
		}
	}
	p.Empty = len(p.Montages) == 0
	return render(w, p)
}

// withLabels gives a part of the page its view and the page's labels.
type withLabels struct {
	V any
	L labels
}

// pair is the template's way to pass a view and the labels together.
func pair(v any, l labels) withLabels { return withLabels{v, l} }

// render executes the template to w.
func render(w io.Writer, p *pageView) error {
	if err := page.Execute(w, p); err != nil {
		return fmt.Errorf("htmlreport: %w", err)
	}
	return nil
}

// trim is a sentence of the text reports without the indentation and
// the closing colon that lay it out there.
func trim(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, " :")
	return strings.TrimSuffix(s, ":")
}
