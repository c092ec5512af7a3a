package report

import "github.com/guillemet/guillemet/abuse"

// AbuseJSON is one line of "guillemet abuse --json" (CONTRACT §4
// abuse). The contract's fields come first and are always present;
// severity is added and always present, reported is added and left out
// when false, explain is added with --explain only.
type AbuseJSON struct {
	// ID is the text's id: the input line's "id" (its line number when
	// it has none), "1" for --text.
	ID string `json:"id"`
	// Abusive is true when the text's author utters abuse; abuse the
	// text only quotes or reports does not count.
	Abusive bool `json:"abusive"`
	// Score is the classifier's confidence that the text is abusive,
	// from 0 to 1.
	Score float64 `json:"score"`
	// Categories lists the categories of the abuse uttered, each once
	// (insult, sexual, threat, hate); [] when none.
	Categories []abuse.Category `json:"categories"`
	// Spans lists every abusive span, uttered or reported, in text
	// order; [] when none.
	Spans []AbuseSpanJSON `json:"spans"`
	// Severity is the highest severity of the abuse uttered: "none" when
	// the text is not abusive, else "harsh", "insulting", "degrading" or
	// "violent".
	Severity abuse.Severity `json:"severity"`
	// Reported is true when the text quotes or reports abuse instead of
	// uttering it (a news report, a victim telling what they received);
	// left out when false.
	Reported bool `json:"reported,omitempty"`
	// Explain says which features carried the score (--explain); left
	// out without --explain.
	Explain *AbuseExplainJSON `json:"explain,omitempty"`
}

// AbuseSpanJSON is one abusive span of a text.
type AbuseSpanJSON struct {
	// Start and End are byte offsets into the text, half-open.
	Start int `json:"start"`
	End   int `json:"end"`
	// Category is the span's category: insult, sexual, threat or hate.
	Category abuse.Category `json:"category"`
	// Severity is the span's severity; a reported span keeps the
	// severity of what it reports.
	Severity abuse.Severity `json:"severity"`
	// Reported is true when the span is quoted or reported, not uttered;
	// left out when false.
	Reported bool `json:"reported,omitempty"`
}

// Abuse returns the JSON line of a text the classifier judged, id being
// the text's id.
func Abuse(id string, r abuse.Result) AbuseJSON {
	o := AbuseJSON{ID: id, Abusive: r.Abusive, Score: r.Score, Categories: r.Categories,
		Spans: []AbuseSpanJSON{}, Severity: r.Severity, Reported: r.Reported}
	if o.Categories == nil {
		o.Categories = []abuse.Category{}
	}
	for _, s := range r.Spans {
		o.Spans = append(o.Spans, AbuseSpanJSON{Start: s.Span.Start, End: s.Span.End, Category: s.Category, Severity: s.Severity, Reported: s.Reported})
	}
	return o
}
