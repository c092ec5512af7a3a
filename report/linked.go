package report

import (
	"encoding/json"
	"io"

	"github.com/guillemet/guillemet/provenance"
)

// WriteLine writes v as one line of the command's JSON: encoding/json
// with <, > and & left as they are (the contract's bytes, not HTML
// escapes), then a newline.
func WriteLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Linked returns the JSON line `guillemet verify --json` prints for one
// answer of provenance.LinkAll: a VerifyJSON, or a RejectedJSON (the
// quote's id and line, the error in English) when the quote has no
// result. Write it with WriteLine.
func Linked(l provenance.Linked) any {
	if l.Err != nil {
		return RejectedJSON{ID: l.Quote.ID, Line: l.Quote.Line, Error: l.Err.Error()}
	}
	return Verify(l.Result, Quote{ID: l.Quote.ID, Line: l.Quote.Line})
}

// Linked writes the readable report of one answer of
// provenance.LinkAll: Verify, or Rejected with the reason in the Text's
// language (QuoteReason; the error's own words for a quote the caller
// could not read).
func (t *Text) Linked(l provenance.Linked) {
	q := Quote{ID: l.Quote.ID, Line: l.Quote.Line}
	if l.Err == nil {
		t.Verify(l.Result, q)
		return
	}
	reason, ok := QuoteReason(l.Err, t.tag)
	if !ok {
		reason = l.Err.Error()
	}
	t.Rejected(q, l.Quote.Text, reason)
}
