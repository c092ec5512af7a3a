package report

import (
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
)

// ExtractJSON is one line of "guillemet extract --json": one quotation
// of the article (CONTRACT §4 extract). The first five fields are the
// contract's and always present; speaker_basis and kind are added and
// always present; the others are added and left out when they say
// nothing.
type ExtractJSON struct {
	// Text is the quotation's words, without its quotation marks.
	Text string `json:"text"`
	// Start and End are byte offsets into the article, half-open; the
	// quotation's text is article[start:end] unless it has parts.
	Start int `json:"start"`
	End   int `json:"end"`
	// Speaker is who the article says spoke, in its words (a name, a
	// description, a handle); "" when the article does not say.
	Speaker string `json:"speaker"`
	// Attribution is the phrase that names the speaker ("a déclaré
	// Marie Lenoir", "a-t-elle ajouté"); "" when none. It may be set
	// while speaker is empty, when it does not say who speaks.
	Attribution string `json:"attribution"`
	// SpeakerBasis is how the speaker was found: "named" beside the
	// quotation, "pronoun" resolved, "continued" from the quotation
	// before in the same sentence, or "unknown" (speaker empty).
	SpeakerBasis string `json:"speaker_basis"`
	// Kind is the quotation's marks: "guillemets", "curly", "straight",
	// or "embedded" for an embedded post.
	Kind string `json:"kind"`
	// Short is true for a quotation of a few words (a scare quote, a
	// single term); left out when false.
	Short bool `json:"short,omitempty"`
	// Parts are the spans of a quotation interrupted by an incise
	// (« Nous ne céderons pas, a-t-elle dit, jamais »), each
	// [start,end) in the article; left out for a quotation in one part.
	Parts []normalize.Span `json:"parts,omitempty"`
	// Handle and Date are the author's handle and the date an embedded
	// post shows; left out for other quotations.
	Handle string `json:"handle,omitempty"`
	Date   string `json:"date,omitempty"`
}

// Extract returns the JSON line of one quotation of an article.
func Extract(q quote.Quotation) ExtractJSON {
	o := ExtractJSON{Text: q.Text, Start: q.Span.Start, End: q.Span.End, Speaker: q.Speaker, Attribution: q.Attribution,
		SpeakerBasis: q.Basis.String(), Kind: q.Kind.String(), Short: q.Short, Handle: q.Handle, Date: q.Date}
	if len(q.Parts) > 1 {
		o.Parts = q.Parts
	}
	return o
}
