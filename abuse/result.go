package abuse

import (
	"fmt"
	"strings"
)

// String returns the canonical one-line form of r, the one tests and
// golden files read: the verdict, the score, the severity (when it is
// not NoSeverity), the categories and the spans as byte ranges; a
// reported span is marked "reported".
//
//	abusive 0.99 degrading [insult sexual] insult[0,6) sexual[0,6)
//	not abusive 0.09 [] insult[22,29) reported
func (r Result) String() string {
	var b strings.Builder
	if r.Abusive {
		b.WriteString("abusive")
	} else {
		b.WriteString("not abusive")
	}
	fmt.Fprintf(&b, " %.2f ", r.Score)
	if r.Severity != NoSeverity {
		b.WriteString(r.Severity.String())
		b.WriteByte(' ')
	}
	b.WriteByte('[')
	for i, c := range r.Categories {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(c))
	}
	b.WriteByte(']')
	for _, s := range r.Spans {
		fmt.Fprintf(&b, " %s%s", s.Category, s.Span)
		if s.Reported {
			b.WriteString(" reported")
		}
	}
	return b.String()
}
