package htmlreport

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
)

// run is a piece of untrusted text: plain text, or one text-direction
// control character (Ctl names its code point), which the page isolates
// and shows.
type run struct {
	Text string
	Ctl  string
}

// isBidiControl reports whether r changes the direction of the text
// around it.
func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return r == 0x200E || r == 0x200F || r == 0x061C
}

// runs cuts s into runs: its text-direction control characters, each
// alone, and the text between them. The runs' texts joined are s.
func runs(s string) []run {
	var out []run
	start := 0
	for i, r := range s {
		if !isBidiControl(r) {
			continue
		}
		if i > start {
			out = append(out, run{Text: s[start:i]})
		}
		size := utf8.RuneLen(r)
		out = append(out, run{Text: s[i : i+size], Ctl: fmt.Sprintf("U+%04X", r)})
		start = i + size
	}
	if start < len(s) {
		out = append(out, run{Text: s[start:]})
	}
	return out
}

// mark is a span of a text to mark: a difference (N its number from 1,
// Kind its contract code, Title its words) or, with N 0, the passage
// quoted.
type mark struct {
	Span  normalize.Span
	N     int
	Kind  string
	Title string
}

// seg is a piece of a marked text: its runs, and the difference and
// passage it lies in. A difference with an empty span (words the other
// side lacks) is an empty seg at its place.
type seg struct {
	Runs   []run
	Kind   string // the difference's kind; "" outside differences
	Title  string
	N      int  // the difference's number, on its first piece only
	Quoted bool // inside the passage quoted
}

// valid reports whether sp lies in text on rune boundaries.
func valid(sp normalize.Span, text string) bool {
	return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(text) &&
		(sp.Start == len(text) || utf8.RuneStart(text[sp.Start])) && (sp.End == len(text) || utf8.RuneStart(text[sp.End]))
}

// marked cuts text into segs by the differences diffs and the passage
// quoted (nil: none). Spans that do not lie in the text on rune
// boundaries are ignored, and so is a difference that overlaps one
// before it (on the same words, its kind is added to that one's title). The segs' texts joined are text.
func marked(text string, diffs []mark, passage *normalize.Span) []seg {
	var ds []mark
	end := 0
	sorted := append([]mark(nil), diffs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Span.Start < sorted[j].Span.Start })
	for _, d := range sorted {
		switch {
		case !valid(d.Span, text):
		case len(ds) > 0 && ds[len(ds)-1].Span == d.Span:
			// Two kinds of difference on the same words (case and
			// accents): one mark that names both.
			ds[len(ds)-1].Title += ", " + d.Title
		case d.Span.Start >= end:
			ds = append(ds, d)
			end = d.Span.End
		}
	}
	cuts := map[int]bool{0: true, len(text): true}
	for _, d := range ds {
		cuts[d.Span.Start], cuts[d.Span.End] = true, true
	}
	if passage != nil && !valid(*passage, text) {
		passage = nil
	}
	if passage != nil {
		cuts[passage.Start], cuts[passage.End] = true, true
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		points = append(points, p)
	}
	sort.Ints(points)
	inPassage := func(a, b int) bool { return passage != nil && a >= passage.Start && b <= passage.End }
	empty := map[int][]mark{}
	var full []mark
	for _, d := range ds {
		if d.Span.Len() == 0 {
			empty[d.Span.Start] = append(empty[d.Span.Start], d)
		} else {
			full = append(full, d)
		}
	}
	var out []seg
	fi := 0
	for i, a := range points {
		for _, d := range empty[a] {
			out = append(out, seg{Kind: d.Kind, Title: d.Title, N: d.N, Quoted: inPassage(a, a)})
		}
		if i+1 == len(points) {
			break
		}
		b := points[i+1]
		for fi < len(full) && full[fi].Span.End <= a {
			fi++
		}
		s := seg{Runs: runs(text[a:b]), Quoted: inPassage(a, b)}
		if fi < len(full) && full[fi].Span.Start <= a {
			s.Kind, s.Title = full[fi].Kind, full[fi].Title
			if full[fi].Span.Start == a {
				s.N = full[fi].N
			}
		}
		out = append(out, s)
	}
	return out
}

// plain is text without marks.
func plain(text string) []seg { return []seg{{Runs: runs(text)}} }
