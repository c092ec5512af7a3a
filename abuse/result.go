package abuse

import (
	"fmt"
	"strings"
)

// String returns the canonical one-line form of r, the one tests and
// golden files read: the verdict, the score, the categories and the
// spans as byte ranges; a reported span is marked "reported".
//
//	abusive 0.90 [insult] insult[0,6)
func (r Result) String() string {
	var b strings.Builder
	if r.Abusive {
		b.WriteString("abusive")
	} else {
		b.WriteString("not abusive")
	}
	fmt.Fprintf(&b, " %.2f [", r.Score)
	for i, c := range r.Categories {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(c))
	}
	b.WriteByte(']')
	for _, s := range r.Spans {
		fmt.Fprintf(&b, " %s[%d,%d)", s.Category, s.Start, s.End)
		if s.Reported {
			b.WriteString(" reported")
		}
	}
	return b.String()
}
