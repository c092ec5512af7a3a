package eval_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/abuse/internal/dataset"
	"github.com/guillemet/guillemet/abuse/internal/eval"
)

// fake scores a text by the words it holds: a tiny classifier for the
// examples and tests.
type fake struct{}

func (fake) Classify(_ context.Context, text string) (abuse.Result, error) {
	var r abuse.Result
	switch {
	case strings.Contains(text, "tuer"):
		r = abuse.Result{Score: 0.9, Categories: []abuse.Category{abuse.Threat}}
	case strings.Contains(text, "idiot"):
		r = abuse.Result{Score: 0.6, Categories: []abuse.Category{abuse.Insult}}
	case strings.Contains(text, "voir"):
		r = abuse.Result{Score: 0.3}
	default:
		r = abuse.Result{Score: 0.1}
	}
	r.Abusive = r.Score >= abuse.Threshold
	return r, nil
}

var examples = []dataset.Example{
	{ID: "x1", Text: "je vais te tuer", Abusive: true, Functionality: "threat_dir"},
	{ID: "x2", Text: "tu vas voir", Abusive: true, Functionality: "threat_implicit"},
	{ID: "x3", Text: "quel idiot", Abusive: true, Functionality: "insult"},
	{ID: "x4", Text: "tu vas voir, le film est génial", Functionality: "film"},
	{ID: "x5", Text: "idiot, ce film", Functionality: "film"},
	{ID: "x6", Text: "bonne journée", Functionality: "greeting"},
}

// Measure a classifier on a few examples and print the tables of
// QUALITY.md.
func Example() {
	scored, err := eval.Classify(context.Background(), fake{}, examples)
	if err != nil {
		panic(err)
	}
	f := eval.Measure(scored)
	eval.WriteFigures(os.Stdout, []eval.Named{{Name: "tiny", Figures: f}})
	eval.WriteFunctionalities(os.Stdout, eval.ByFunctionality(scored))
	t := eval.ThreatRecall(scored)
	fp, ids := eval.FalsePositives(scored)
	eval.WriteRates(os.Stdout, []eval.NamedRate{
		{Name: "threats found", Rate: t.Found},
		{Name: "threats found as threat", Rate: t.AsThreat},
		{Name: "false positives", Rate: fp},
	})
	fmt.Println(ids)
	// Output:
	// | set | n | abusive | precision | recall | F1 | accuracy | all-abusive F1 | ROC AUC | recall at P ≥ 0.85 (threshold) |
	// |---|---|---|---|---|---|---|---|---|---|
	// | tiny | 6 | 3 | 0.667 | 0.667 | 0.667 | 0.667 | 0.667 | 0.778 | 0.333 (0.90) |
	// | functionality | example | gold label | n | accuracy |
	// |---|---|---|---|---|
	// | `film` | tu vas voir, le film est génial | non-hateful | 2 | 0.500 |
	// | `greeting` | bonne journée | non-hateful | 1 | 1.000 |
	// | `insult` | quel idiot | hateful | 1 | 1.000 |
	// | `threat_dir` | je vais te tuer | hateful | 1 | 1.000 |
	// | `threat_implicit` | tu vas voir | hateful | 1 | 0.000 |
	// | figure | hits | n | rate |
	// |---|---|---|---|
	// | threats found | 1 | 2 | 0.500 |
	// | threats found as threat | 1 | 2 | 0.500 |
	// | false positives | 1 | 3 | 0.333 |
	// [x5]
}

// The precision–recall curve, read every 0.05 of score.
func ExampleWriteCurve() {
	scored, err := eval.Classify(context.Background(), fake{}, examples)
	if err != nil {
		panic(err)
	}
	eval.WriteCurve(os.Stdout, eval.Measure(scored))
	// Output:
	// | score ≥ | precision | recall |
	// |---|---|---|
	// | 0.90 | 1.000 | 0.333 |
	// | 0.85 | 1.000 | 0.333 |
	// | 0.80 | 1.000 | 0.333 |
	// | 0.75 | 1.000 | 0.333 |
	// | 0.70 | 1.000 | 0.333 |
	// | 0.65 | 1.000 | 0.333 |
	// | 0.60 | 0.667 | 0.667 |
	// | 0.55 | 0.667 | 0.667 |
	// | 0.50 | 0.667 | 0.667 |
	// | 0.45 | 0.667 | 0.667 |
	// | 0.40 | 0.667 | 0.667 |
	// | 0.35 | 0.667 | 0.667 |
	// | 0.30 | 0.600 | 1.000 |
	// | 0.25 | 0.600 | 1.000 |
	// | 0.20 | 0.600 | 1.000 |
	// | 0.15 | 0.600 | 1.000 |
	// | 0.10 | 0.500 | 1.000 |
	// | 0.05 | 0.500 | 1.000 |

}
