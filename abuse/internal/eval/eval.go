// Package eval measures an abuse.Classifier on labelled examples: the
// verdict's precision, recall and F1 beside the all-abusive baseline, the
// precision–recall curve and ROC AUC of the score, accuracy per HateCheck
// functionality, threat recall and false-positive rates. The quality test
// of package abuse reports these figures on the test splits, and the
// training program reads them on the dev split; abuse itself never
// imports eval.
//
// Every figure is deterministic: examples are classified in parallel, but
// results are kept in input order and every table is sorted.
package eval

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/abuse/internal/dataset"
)

// Scored is one example with what the classifier said of it.
type Scored struct {
	dataset.Example
	Result abuse.Result
}

// Classify runs c on the text of every example, spreading the work over
// GOMAXPROCS goroutines, and returns the results in the order of exs.
// The error is the first one, in that order, that c returned.
func Classify(ctx context.Context, c abuse.Classifier, exs []dataset.Example) ([]Scored, error) {
	out := make([]Scored, len(exs))
	errs := make([]error, len(exs))
	workers := min(runtime.GOMAXPROCS(0), len(exs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(exs); i += workers {
				out[i].Example = exs[i]
				out[i].Result, errs[i] = c.Classify(ctx, exs[i].Text)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// InSplit returns the examples of exs that belong to split s, in order.
func InSplit(exs []dataset.Example, s dataset.Split) []dataset.Example {
	var out []dataset.Example
	for _, e := range exs {
		if e.Split == s {
			out = append(out, e)
		}
	}
	return out
}

// Rate is a count of hits among n.
type Rate struct {
	Hits, N int
}

// Value is Hits / N; 0 when N is 0.
func (r Rate) Value() float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.Hits) / float64(r.N)
}

// Binary counts a yes-or-no decision against the gold labels.
type Binary struct {
	TP, FP, FN, TN int
}

// Precision is TP / (TP + FP); 0 when nothing was flagged.
func (b Binary) Precision() float64 { return Rate{b.TP, b.TP + b.FP}.Value() }

// Recall is TP / (TP + FN); 0 when there is nothing to find.
func (b Binary) Recall() float64 { return Rate{b.TP, b.TP + b.FN}.Value() }

// F1 is the harmonic mean of precision and recall; 0 when both are 0.
func (b Binary) F1() float64 {
	p, r := b.Precision(), b.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy is the share of right decisions.
func (b Binary) Accuracy() float64 { return Rate{b.TP + b.TN, b.TP + b.FP + b.FN + b.TN}.Value() }

// FalsePositiveRate is FP / (FP + TN): the share of the non-abusive
// examples flagged.
func (b Binary) FalsePositiveRate() float64 { return Rate{b.FP, b.FP + b.TN}.Value() }

// Add counts one decision: its gold label and whether it was flagged.
func (b *Binary) Add(gold, flagged bool) {
	switch {
	case gold && flagged:
		b.TP++
	case gold:
		b.FN++
	case flagged:
		b.FP++
	default:
		b.TN++
	}
}

// Point is one point of a precision–recall curve: the figures when every
// example scoring Threshold or more is flagged.
type Point struct {
	Threshold, Precision, Recall float64
}

// Figures are the binary figures of a classifier on a set of examples.
type Figures struct {
	// Verdict counts Result.Abusive (the score reaching abuse.Threshold,
	// as the classifier decides it) against the gold label.
	Verdict Binary
	// Baseline is the all-abusive classifier: every example flagged. Its
	// F1 is what a verdict must beat to mean anything.
	Baseline Binary
	// Curve is the precision–recall curve of Result.Score: one point for
	// each distinct score, from the highest threshold to the lowest.
	Curve []Point
	// AUC is the area under the ROC curve of Result.Score: the chance
	// that an abusive example scores above a non-abusive one, ties
	// counting one half. It is 0 when either class is empty.
	AUC float64
}

// Measure computes the figures of scored examples.
func Measure(scored []Scored) Figures {
	var f Figures
	for _, s := range scored {
		f.Verdict.Add(s.Abusive, s.Result.Abusive)
		f.Baseline.Add(s.Abusive, true)
	}
	bySc := slices.Clone(scored)
	slices.SortStableFunc(bySc, func(a, b Scored) int { return cmp.Compare(b.Result.Score, a.Result.Score) })
	pos := f.Verdict.TP + f.Verdict.FN
	neg := len(scored) - pos
	var at Binary
	rankSum := 0.0 // ranks of the abusive examples, 1 for the lowest score, ties averaged
	for i := 0; i < len(bySc); {
		j, p := i, 0
		for ; j < len(bySc) && bySc[j].Result.Score == bySc[i].Result.Score; j++ {
			at.Add(bySc[j].Abusive, true)
			if bySc[j].Abusive {
				p++
			}
		}
		at.FN = pos - at.TP
		f.Curve = append(f.Curve, Point{Threshold: bySc[i].Result.Score, Precision: at.Precision(), Recall: at.Recall()})
		// The group bySc[i:j] takes ranks len−j+1 … len−i; each of its
		// members the average.
		rankSum += float64(p) * (float64(2*len(bySc)-i-j+1) / 2)
		i = j
	}
	if pos > 0 && neg > 0 {
		f.AUC = (rankSum - float64(pos*(pos+1))/2) / float64(pos*neg)
	}
	return f
}

// RecallAtPrecision returns the highest recall of a point of the curve
// whose precision is at least p, and that point's threshold; ok is false
// when no point reaches p.
func (f Figures) RecallAtPrecision(p float64) (recall, threshold float64, ok bool) {
	for _, pt := range f.Curve {
		if pt.Precision >= p && (!ok || pt.Recall > recall) {
			recall, threshold, ok = pt.Recall, pt.Threshold, true
		}
	}
	return recall, threshold, ok
}

// Functionality is the accuracy on the examples of one functionality, as
// the HateCheck paper reports it: functionality, gold label, n, accuracy.
type Functionality struct {
	// Name is the functionality (Example.Functionality).
	Name string
	// Gold is the gold label of its examples: "hateful" or
	// "non-hateful", or "mixed" when they disagree.
	Gold string
	// Example is the text of its first example, by ID.
	Example string
	// Correct counts the examples whose verdict is the gold label.
	Correct Rate
}

// ByFunctionality returns the accuracy of every functionality of scored
// (examples without one are left out), sorted by name.
func ByFunctionality(scored []Scored) []Functionality {
	idx := map[string]int{}
	var out []Functionality
	first := map[string]string{}
	for _, s := range scored {
		if s.Functionality == "" {
			continue
		}
		i, ok := idx[s.Functionality]
		if !ok {
			i = len(out)
			idx[s.Functionality] = i
			out = append(out, Functionality{Name: s.Functionality, Gold: goldName(s.Abusive), Example: s.Text})
			first[s.Functionality] = s.ID
		}
		fn := &out[i]
		if fn.Gold != goldName(s.Abusive) {
			fn.Gold = "mixed"
		}
		if s.ID < first[s.Functionality] {
			first[s.Functionality], fn.Example = s.ID, s.Text
		}
		fn.Correct.N++
		if s.Abusive == s.Result.Abusive {
			fn.Correct.Hits++
		}
	}
	slices.SortFunc(out, func(a, b Functionality) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// goldName names a gold label as HateCheck does.
func goldName(abusive bool) string {
	if abusive {
		return "hateful"
	}
	return "non-hateful"
}

// IsThreat reports a threat case: an abusive example whose functionality
// starts with "threat_" (HateCheck's threat_dir_h and threat_norm_h, the
// threat_* kinds of testdata/abuse/threats.tsv).
func IsThreat(e dataset.Example) bool {
	return e.Abusive && strings.HasPrefix(e.Functionality, "threat_")
}

// Threats is how a classifier does on threat cases.
type Threats struct {
	// Found counts the threat cases flagged abusive.
	Found Rate
	// AsThreat counts those flagged abusive with abuse.Threat among
	// their categories.
	AsThreat Rate
}

// ThreatRecall measures the threat cases (IsThreat) among scored.
func ThreatRecall(scored []Scored) Threats {
	var t Threats
	for _, s := range scored {
		if !IsThreat(s.Example) {
			continue
		}
		t.Found.N++
		t.AsThreat.N++
		if s.Result.Abusive {
			t.Found.Hits++
			if slices.Contains(s.Result.Categories, abuse.Threat) {
				t.AsThreat.Hits++
			}
		}
	}
	return t
}

// FalsePositives counts the examples of scored flagged abusive among
// those that are not, and returns their IDs in order.
func FalsePositives(scored []Scored) (Rate, []string) {
	var r Rate
	var ids []string
	for _, s := range scored {
		if s.Abusive {
			continue
		}
		r.N++
		if s.Result.Abusive {
			r.Hits++
			ids = append(ids, s.ID)
		}
	}
	return r, ids
}
