package eval

import (
	"fmt"
	"io"
	"strings"
)

// Named is a set's figures under the set's name.
type Named struct {
	Name string
	Figures
}

// TargetPrecision is the precision at which issue 13 reads the recall of
// the score on real tweets (WriteFigures' last column).
const TargetPrecision = 0.85

// WriteFigures writes a Markdown table of figures, one set a row: size,
// abusive examples, precision, recall, F1 and accuracy of the verdict,
// the all-abusive baseline's F1, ROC AUC, and the best recall of the score
// at a precision of at least TargetPrecision with its threshold.
func WriteFigures(w io.Writer, rows []Named) error {
	var b strings.Builder
	b.WriteString("| set | n | abusive | precision | recall | F1 | accuracy | all-abusive F1 | ROC AUC | recall at P ≥ 0.85 (threshold) |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		v := r.Verdict
		at := "–"
		if rec, th, ok := r.RecallAtPrecision(TargetPrecision); ok {
			at = fmt.Sprintf("%.3f (%.2f)", rec, th)
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |\n",
			r.Name, v.TP+v.FP+v.FN+v.TN, v.TP+v.FN, v.Precision(), v.Recall(), v.F1(), v.Accuracy(), r.Baseline.F1(), r.AUC, at)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCurve writes the precision–recall curve of f as a Markdown table
// read at the thresholds 0.95, 0.90, … 0.05: each row gives the figures
// when every example scoring the threshold or more is flagged (the curve
// point with the lowest score at or above it); a threshold above every
// score has no row.
func WriteCurve(w io.Writer, f Figures) error {
	var b strings.Builder
	b.WriteString("| score ≥ | precision | recall |\n|---|---|---|\n")
	for k := 19; k >= 1; k-- {
		t := float64(k) / 20
		var pt *Point
		for i := range f.Curve {
			if f.Curve[i].Threshold >= t {
				pt = &f.Curve[i]
			}
		}
		if pt != nil {
			fmt.Fprintf(&b, "| %.2f | %.3f | %.3f |\n", t, pt.Precision, pt.Recall)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteFunctionalities writes the accuracy per functionality as a
// Markdown table in the form of the HateCheck paper: functionality, an
// example test case, gold label, n, accuracy.
func WriteFunctionalities(w io.Writer, fns []Functionality) error {
	var b strings.Builder
	b.WriteString("| functionality | example | gold label | n | accuracy |\n|---|---|---|---|---|\n")
	for _, f := range fns {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %d | %.3f |\n", f.Name, cell(f.Example), f.Gold, f.Correct.N, f.Correct.Value())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// NamedRate is a rate under its name.
type NamedRate struct {
	Name string
	Rate
}

// WriteRates writes named rates (threat recall, false-positive rates) as
// a Markdown table: name, hits, n, rate.
func WriteRates(w io.Writer, rows []NamedRate) error {
	var b strings.Builder
	b.WriteString("| figure | hits | n | rate |\n|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %d | %d | %.3f |\n", r.Name, r.Hits, r.N, r.Value())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cell makes a text fit a Markdown table cell: line breaks become
// spaces and pipes are escaped.
func cell(s string) string {
	return strings.NewReplacer("\n", " ", "|", `\|`).Replace(s)
}
