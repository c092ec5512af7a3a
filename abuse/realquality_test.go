package abuse_test

import (
	"context"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/abuse/internal/dataset"
	"github.com/guillemet/guillemet/abuse/internal/eval"
)

// realTolerance is how far a figure may fall below (or, for a rate of
// false alarms, rise above) the value recorded in realRecorded before
// TestRealQuality fails.
const realTolerance = 0.02

// realRecorded holds the figures of abuse.Default, the learned scorer,
// on the test splits as last measured (go test ./abuse -run RealQuality
// -v prints them in this form); a figure whose name starts with "fp " is
// a rate of false alarms, lower is better. Whoever retrains the model
// (go generate ./abuse) or changes the lexicon records the new figures
// here and in QUALITY.md.
var realRecorded = map[string]float64{
	"fp political":                 0.000,
	"fp prose":                     0.000,
	"fp threats look-alikes":       0.075,
	"hatecheck accuracy":           0.538,
	"hatecheck counter_quote_nh":   1.000,
	"hatecheck counter_ref_nh":     1.000,
	"hatecheck derog_dehum_h":      1.000,
	"hatecheck derog_impl_h":       0.000,
	"hatecheck derog_neg_attrib_h": 0.333,
	"hatecheck derog_neg_emote_h":  0.250,
	"hatecheck ident_neutral_nh":   1.000,
	"hatecheck ident_pos_nh":       1.000,
	"hatecheck negate_neg_nh":      1.000,
	"hatecheck negate_pos_h":       0.857,
	"hatecheck phrase_opinion_h":   0.333,
	"hatecheck phrase_question_h":  0.400,
	"hatecheck profanity_h":        0.500,
	"hatecheck profanity_nh":       0.750,
	"hatecheck ref_subs_clause_h":  0.286,
	"hatecheck ref_subs_sent_h":    0.171,
	"hatecheck slur_h":             0.729,
	"hatecheck spell_char_del_h":   0.029,
	"hatecheck spell_char_swap_h":  0.250,
	"hatecheck spell_leet_h":       0.667,
	"hatecheck spell_space_add_h":  0.667,
	"hatecheck spell_space_del_h":  0.250,
	"hatecheck target_group_nh":    1.000,
	"hatecheck target_indiv_nh":    0.750,
	"hatecheck target_obj_nh":      1.000,
	"hatecheck threat_dir_h":       0.000,
	"hatecheck threat_norm_h":      0.143,
	"hatecheck threats as threat":  0.100,
	"hatecheck threats found":      0.100,
	"political abuse_mixed":        1.000,
	"political criticism":          1.000,
	"political criticism_sms":      1.000,
	"political pressure":           1.000,
	"political recall":             1.000,
	"political reported_abuse":     1.000,
	"threats as threat":            0.432,
	"threats found":                0.494,
	"threats not_everyday":         0.824,
	"threats not_fiction":          1.000,
	"threats not_politics":         1.000,
	"threats not_reported":         1.000,
	"threats not_sms":              0.857,
	"threats not_sport":            1.000,
	"threats threat_call":          0.143,
	"threats threat_direct":        0.852,
	"threats threat_implicit":      0.292,
	"threats threat_sms":           0.391,
	"tweets F1":                    0.397,
	"tweets ROC AUC":               0.664,
	"tweets precision":             0.727,
	"tweets recall":                0.273,
	"tweets recall at P 0.85":      0.000,
}

// lexiconRecorded holds the figures of the lexicon alone (abuse.New(),
// the --lexicon option) on the test splits as last measured, in the form
// of realRecorded.
var lexiconRecorded = map[string]float64{
	"fp political":                 0.000,
	"fp prose":                     0.000,
	"fp threats look-alikes":       0.075,
	"hatecheck accuracy":           0.538,
	"hatecheck counter_quote_nh":   1.000,
	"hatecheck counter_ref_nh":     1.000,
	"hatecheck derog_dehum_h":      1.000,
	"hatecheck derog_impl_h":       0.000,
	"hatecheck derog_neg_attrib_h": 0.333,
	"hatecheck derog_neg_emote_h":  0.250,
	"hatecheck ident_neutral_nh":   1.000,
	"hatecheck ident_pos_nh":       1.000,
	"hatecheck negate_neg_nh":      1.000,
	"hatecheck negate_pos_h":       0.857,
	"hatecheck phrase_opinion_h":   0.333,
	"hatecheck phrase_question_h":  0.400,
	"hatecheck profanity_h":        0.500,
	"hatecheck profanity_nh":       0.750,
	"hatecheck ref_subs_clause_h":  0.286,
	"hatecheck ref_subs_sent_h":    0.171,
	"hatecheck slur_h":             0.729,
	"hatecheck spell_char_del_h":   0.029,
	"hatecheck spell_char_swap_h":  0.250,
	"hatecheck spell_leet_h":       0.667,
	"hatecheck spell_space_add_h":  0.667,
	"hatecheck spell_space_del_h":  0.250,
	"hatecheck target_group_nh":    1.000,
	"hatecheck target_indiv_nh":    0.750,
	"hatecheck target_obj_nh":      1.000,
	"hatecheck threat_dir_h":       0.000,
	"hatecheck threat_norm_h":      0.143,
	"hatecheck threats as threat":  0.100,
	"hatecheck threats found":      0.100,
	"political abuse_mixed":        1.000,
	"political criticism":          1.000,
	"political criticism_sms":      1.000,
	"political pressure":           1.000,
	"political recall":             1.000,
	"political reported_abuse":     1.000,
	"threats as threat":            0.432,
	"threats found":                0.494,
	"threats not_everyday":         0.824,
	"threats not_fiction":          1.000,
	"threats not_politics":         1.000,
	"threats not_reported":         1.000,
	"threats not_sms":              0.857,
	"threats not_sport":            1.000,
	"threats threat_call":          0.143,
	"threats threat_direct":        0.852,
	"threats threat_implicit":      0.292,
	"threats threat_sms":           0.391,
	"tweets F1":                    0.370,
	"tweets ROC AUC":               0.574,
	"tweets precision":             0.710,
	"tweets recall":                0.250,
	"tweets recall at P 0.85":      0.000,
}

// realSet is one test set of TestRealQuality.
type realSet struct {
	name string
	exs  []dataset.Example
}

// realSets reads the test splits: the MLMA tweets (balanced), the
// HateCheck cases, and the project's threats, political and prose sets.
func realSets(t *testing.T) []realSet {
	t.Helper()
	dir := filepath.Join("..", "testdata", "abuse")
	tweets, err := dataset.MLMA(filepath.Join(dir, "real"))
	if err != nil {
		t.Fatal(err)
	}
	hc, err := dataset.HateCheck(filepath.Join(dir, "real"))
	if err != nil {
		t.Fatal(err)
	}
	sets := []realSet{
		{"tweets", dataset.Balanced(tweets, dataset.Test)},
		{"hatecheck", eval.InSplit(hc, dataset.Test)},
	}
	for _, name := range []string{"threats", "political", "prose"} {
		exs, err := eval.ReadSet(filepath.Join(dir, name+".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, realSet{name, eval.InSplit(exs, dataset.Test)})
	}
	return sets
}

// TestRealQuality measures abuse.Default (the learned scorer) and the
// lexicon alone on data nobody tuned them on, and fails when a figure
// moves the wrong way by more than realTolerance from realRecorded or
// lexiconRecorded. With -v it prints every figure and the Markdown tables
// of QUALITY.md's "Real data".
func TestRealQuality(t *testing.T) {
	t.Run("default", func(t *testing.T) { measureReal(t, abuse.Default, realRecorded, "realRecorded") })
	t.Run("lexicon", func(t *testing.T) { measureReal(t, abuse.New(), lexiconRecorded, "lexiconRecorded") })
}

// measureReal measures clf on the test splits and compares its figures
// with recorded (named name).
func measureReal(t *testing.T, clf abuse.Classifier, recorded map[string]float64, name string) {
	ctx := context.Background()
	got := map[string]float64{}
	var md strings.Builder
	var rows []eval.Named
	var rates []eval.NamedRate
	for _, s := range realSets(t) {
		scored, err := eval.Classify(ctx, clf, s.exs)
		if err != nil {
			t.Fatal(err)
		}
		f := eval.Measure(scored)
		fns := eval.ByFunctionality(scored)
		switch s.name {
		case "tweets":
			rows = append(rows, eval.Named{Name: "MLMA tweets, test, balanced", Figures: f})
			got["tweets precision"] = f.Verdict.Precision()
			got["tweets recall"] = f.Verdict.Recall()
			got["tweets F1"] = f.Verdict.F1()
			got["tweets ROC AUC"] = f.AUC
			rec, _, _ := f.RecallAtPrecision(eval.TargetPrecision)
			got["tweets recall at P 0.85"] = rec
			fmt.Fprintf(&md, "\nPrecision–recall curve of the score, MLMA tweets (test, balanced):\n\n")
			eval.WriteCurve(&md, f)
		case "hatecheck":
			rows = append(rows, eval.Named{Name: "HateCheck French, test", Figures: f})
			got["hatecheck accuracy"] = f.Verdict.Accuracy()
			for _, fn := range fns {
				got["hatecheck "+fn.Name] = fn.Correct.Value()
			}
			th := eval.ThreatRecall(scored)
			rates = append(rates, eval.NamedRate{Name: "HateCheck threats (threat_dir_h, threat_norm_h) found abusive", Rate: th.Found},
				eval.NamedRate{Name: "HateCheck threats found as threat", Rate: th.AsThreat})
			got["hatecheck threats found"] = th.Found.Value()
			got["hatecheck threats as threat"] = th.AsThreat.Value()
			fmt.Fprintf(&md, "\nHateCheck French (test split), per functionality:\n\n")
			eval.WriteFunctionalities(&md, fns)
		case "threats":
			rows = append(rows, eval.Named{Name: "threats.tsv, test", Figures: f})
			th := eval.ThreatRecall(scored)
			fp, ids := eval.FalsePositives(scored)
			logFlagged(t, s.name, ids)
			rates = append(rates, eval.NamedRate{Name: "threats.tsv threats found abusive", Rate: th.Found},
				eval.NamedRate{Name: "threats.tsv threats found as threat", Rate: th.AsThreat},
				eval.NamedRate{Name: "threats.tsv look-alikes flagged (false positives)", Rate: fp})
			got["threats found"] = th.Found.Value()
			got["threats as threat"] = th.AsThreat.Value()
			got["fp threats look-alikes"] = fp.Value()
			kindFigures(got, "threats", fns)
			fmt.Fprintf(&md, "\nthreats.tsv (test split), per kind:\n\n")
			eval.WriteFunctionalities(&md, fns)
		case "political":
			rows = append(rows, eval.Named{Name: "political.tsv, test", Figures: f})
			fp, ids := eval.FalsePositives(scored)
			logFlagged(t, s.name, ids)
			rates = append(rates, eval.NamedRate{Name: "political.tsv criticism flagged (false positives)", Rate: fp})
			got["fp political"] = fp.Value()
			got["political recall"] = f.Verdict.Recall()
			kindFigures(got, "political", fns)
			fmt.Fprintf(&md, "\npolitical.tsv (test split), per kind:\n\n")
			eval.WriteFunctionalities(&md, fns)
		case "prose":
			fp, ids := eval.FalsePositives(scored)
			rates = append(rates, eval.NamedRate{Name: "prose.tsv sentences flagged (false positives)", Rate: fp})
			got["fp prose"] = fp.Value()
			logFlagged(t, s.name, ids)
		}
	}
	var head strings.Builder
	eval.WriteFigures(&head, rows)
	head.WriteString("\n")
	eval.WriteRates(&head, rates)
	t.Log("\n" + head.String() + md.String())
	checkRecorded(t, got, recorded, name)
}

// logFlagged lists the false alarms of a set, if any.
func logFlagged(t *testing.T, set string, ids []string) {
	if len(ids) > 0 {
		t.Logf("%s: flagged abusive but not: %s", set, strings.Join(ids, " "))
	}
}

// kindFigures records the accuracy of each kind of a project set.
func kindFigures(got map[string]float64, set string, fns []eval.Functionality) {
	for _, fn := range fns {
		got[set+" "+fn.Name] = fn.Correct.Value()
	}
}

// checkRecorded compares the figures measured with recorded (the map
// named name), and prints them in its form.
func checkRecorded(t *testing.T, got, recorded map[string]float64, name string) {
	t.Helper()
	names := slices.Sorted(maps.Keys(got))
	var table strings.Builder
	for _, n := range names {
		fmt.Fprintf(&table, "\t%q: %.3f,\n", n, got[n])
	}
	t.Logf("figures, as %s holds them:\n%s", name, table.String())
	for _, n := range names {
		want, ok := recorded[n]
		switch {
		case !ok:
			t.Errorf("%s = %.3f has no recorded value in %s", n, got[n], name)
		case strings.HasPrefix(n, "fp ") && got[n] > want+realTolerance:
			t.Errorf("%s = %.3f, recorded %.3f: more than %.2f worse", n, got[n], want, realTolerance)
		case !strings.HasPrefix(n, "fp ") && got[n] < want-realTolerance:
			t.Errorf("%s = %.3f, recorded %.3f: more than %.2f worse", n, got[n], want, realTolerance)
		case math.Abs(got[n]-want) > 0.0005:
			t.Logf("%s = %.3f moved from the recorded %.3f: record it", n, got[n], want)
		}
	}
	for n := range recorded {
		if _, ok := got[n]; !ok {
			t.Errorf("%s is recorded but no longer measured", n)
		}
	}
}
