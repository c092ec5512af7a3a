package claimreview

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes v (a *ClaimReview, or any value of this package) as
// indented JSON-LD and a new line: the same bytes for the same value,
// fields in the order of their types, two spaces a level. The
// characters <, > and & are escaped (\u003c, \u003e, \u0026), as
// encoding/json does by default, so that a post's text can never close
// the <script type="application/ld+json"> element that holds the
// output.
func WriteJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("claimreview: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}
