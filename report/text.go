package report

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// Text writes the readable reports of the guillemet command to a
// writer, in one language: French, the default, or English. It keeps
// the first error of the writer; Err returns it. A Text is not safe for
// use by several goroutines at once.
type Text struct {
	w     wording.Writer
	tag   language.Tag
	words *wording.Words
}

// NewText returns a Text writing to w in the language of tag: English
// for language.English (or any English tag), French for anything else
// (language.French, language.Und).
func NewText(w io.Writer, tag language.Tag) *Text {
	words := wording.For(tag)
	return &Text{w: wording.Writer{W: w}, tag: words.Tag, words: words}
}

// Err returns the first error the writer returned, or nil.
func (t *Text) Err() error { return t.w.Err }

// Blank writes an empty line, between two parts of a document.
func (t *Text) Blank() { t.w.Line("") }

// write lets f write to the writer, unless it failed already.
func (t *Text) write(f func(io.Writer, language.Tag) error) {
	if t.w.Err == nil {
		t.w.Err = f(t.w.W, t.tag)
	}
}

// head writes the heading of a quote: its id, its input line when the
// id is not that line's number, the speaker an article names.
func (t *Text) head(q Quote) {
	head := t.words.F(wording.QuoteHead, q.ID)
	if q.Line > 0 && q.ID != strconv.Itoa(q.Line) {
		head += t.words.F(wording.QuoteLine, q.Line)
	}
	if q.Speaker != "" {
		head += t.words.F(wording.QuoteSpeaker, q.Speaker)
	}
	t.w.Line(head + t.words.S(wording.HeadEnd))
}

// Verify writes the report of one quote: its heading, then the result's
// own report (provenance.Result.WriteReport).
func (t *Text) Verify(r *provenance.Result, q Quote) {
	t.head(q)
	t.write(r.WriteReport)
}

// Rejected writes the report of a quote that was not judged: its
// heading, its text when it has one, and why (reason, in the Text's
// language; see QuoteReason).
func (t *Text) Rejected(q Quote, text, reason string) {
	t.head(q)
	if text != "" {
		t.w.Wrap(text, "  │ ")
	}
	t.w.Line(t.words.F(wording.Rejected, reason))
}

// QuoteReason says in the language of tag why Link could not judge a
// quote (quote.ErrNoWords, quote.ErrQuoteTooLong: see
// provenance.IsQuoteError); ok is false for any other error.
func QuoteReason(err error, tag language.Tag) (reason string, ok bool) {
	w := wording.For(tag)
	switch {
	case errors.Is(err, quote.ErrNoWords):
		return w.S(wording.NoWords), true
	case errors.Is(err, quote.ErrQuoteTooLong):
		return w.F(wording.TooLong, quote.MaxQuoteWords), true
	}
	return "", false
}

// DemoHeader writes the first line of the demo.
func (t *Text) DemoHeader() { t.w.Line(t.words.S(wording.DemoHeader)) }

// Story writes the heading of the demo's story n: its title, what
// happened (context, wrapped), and how many posts its archive holds.
func (t *Text) Story(n int, title, context string, posts int) {
	t.w.Line(t.words.F(wording.StoryTitle, n, title))
	t.w.Wrap(context, "")
	t.w.Line(t.words.F(wording.StoryArchive, posts))
}

// StoryCapture introduces the montage of a demo story.
func (t *Text) StoryCapture() { t.w.Line(t.words.S(wording.StoryCapture)) }

// Replies writes the replies other accounts wrote to r's source, each
// read through the de-obfuscation fold (normalize.Deobfuscate), so that
// masked insults show for what they are, with each disguise named.
func (t *Text) Replies(r *provenance.Result) {
	t.w.Line("")
	t.w.Line(t.words.S(wording.RepliesOthers))
	for _, p := range r.Thread.Replies {
		if p.Author == r.Source.Author {
			continue
		}
		d := normalize.Deobfuscate(p.Text)
		t.w.Line(t.words.F(wording.AbusiveLine, "@"+p.Author, t.words.OneLine(p.Text)))
		if d.String() != p.Text {
			t.w.Line(t.words.F(wording.Deobfuscated, d.String()))
		}
		for _, c := range d.Changes() {
			if c.Kind&(normalize.Obfuscation|normalize.Homoglyph) != 0 {
				t.w.Line(t.words.F(wording.DisguiseChange, c.Original, c.OrigStart, c.OrigEnd, c.Normalized, t.words.Kinds(c.Kind.Names())))
			}
		}
	}
}

// Montage writes the report of a montage judgment
// (montage.Montage.WriteReport).
func (t *Text) Montage(m *montage.Montage) { t.write(m.WriteReport) }

// categories names abuse categories, joined with commas.
func (t *Text) categories(cs []abuse.Category) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = t.words.Category(string(c))
	}
	return strings.Join(names, ", ")
}

// Abuse writes the report of one text the abuse classifier judged:
// its verdict, score, categories and severity, the text, then each span
// with its offsets. Scores are printed with a point (0.80). A
// classifier that does not grade severity gets no severity.
func (t *Text) Abuse(id, text string, r abuse.Result) {
	w := t.words
	verdict := w.S(wording.NotAbusive)
	if r.Abusive {
		verdict = w.S(wording.Abusive)
	}
	head := w.F(wording.AbuseHead, id, verdict, r.Score)
	if len(r.Categories) > 0 {
		head += " — " + t.categories(r.Categories)
	}
	if r.Severity != abuse.NoSeverity {
		head += w.F(wording.AbuseSeverity, w.Severity(r.Severity.String()))
	}
	if r.Reported && !r.Abusive {
		head += w.S(wording.AbuseReported)
	}
	t.w.Line(head)
	t.w.Line(w.F(wording.AbuseText, abuseLine(text)))
	for _, s := range r.Spans {
		note := ""
		if s.Reported {
			note = w.S(wording.AbuseSpanReported)
		}
		sev := ""
		if s.Severity != abuse.NoSeverity {
			sev = w.F(wording.AbuseSpanSeverity, w.Severity(s.Severity.String()))
		}
		t.w.Line(w.F(wording.AbuseSpan, w.Category(string(s.Category)), note, abuseLine(text[s.Span.Start:s.Span.End]), s.Span.Start, s.Span.End, sev))
	}
}

// AbuseRejected writes the report of an input line that could not be
// read: its id, its line, and why (in the Text's language).
func (t *Text) AbuseRejected(id string, line int, reason string) {
	t.w.Line(t.words.F(wording.AbuseRejected, id, line, reason))
}

// abuseLine puts a text on one line for the report, cut at 200
// characters.
func abuseLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		return string(r[:199]) + "…"
	}
	return s
}

// Extract writes the report of an article's quotations: each with its
// offsets, who speaks and how the article tells it, and its text; or
// that none was found.
func (t *Text) Extract(qs []quote.Quotation) {
	w := t.words
	if len(qs) == 0 {
		t.w.Line(w.S(wording.NoQuotation))
		return
	}
	for i, q := range qs {
		var notes []string
		if q.Short {
			notes = append(notes, w.S(wording.QuotationShort))
		}
		if len(q.Parts) > 1 {
			notes = append(notes, w.F(wording.QuotationParts, len(q.Parts)))
		}
		note := ""
		if len(notes) > 0 {
			note = " (" + strings.Join(notes, ", ") + ")"
		}
		t.w.Line(w.F(wording.Quotation, i+1, q.Span.Start, q.Span.End, t.speaker(q, i), note, strings.ReplaceAll(q.Text, "\n", w.S(wording.QuotationContinue))))
	}
}

// speaker says who speaks quotation i and how the article tells it:
// named beside the quotation, the author of an embedded post, a pronoun
// resolved, the same sentence as the quotation before, or unknown.
func (t *Text) speaker(q quote.Quotation, i int) string {
	w := t.words
	switch q.Basis {
	case quote.SpeakerNamed:
		if q.Kind == quote.Embedded {
			return w.F(wording.SpeakerEmbedded, q.Speaker, q.Handle, q.Date)
		}
		return w.F(wording.SpeakerNamed, q.Speaker, q.Attribution)
	case quote.SpeakerPronoun:
		return w.F(wording.SpeakerPronoun, q.Speaker, q.Attribution)
	case quote.SpeakerContinued:
		return w.F(wording.SpeakerContinued, q.Speaker, i)
	}
	if q.Attribution != "" {
		return w.F(wording.SpeakerUnknownBy, q.Attribution)
	}
	return w.S(wording.SpeakerUnknown)
}
