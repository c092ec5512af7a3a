package eval_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/abuse/internal/dataset"
	"github.com/guillemet/guillemet/abuse/internal/eval"
)

// byScore gives every text the score it names.
type byScore map[string]float64

func (b byScore) Classify(ctx context.Context, text string) (abuse.Result, error) {
	s, ok := b[text]
	if !ok {
		return abuse.Result{}, fmt.Errorf("no score for %q", text)
	}
	return abuse.Result{Score: s, Abusive: s >= abuse.Threshold}, ctx.Err()
}

func scoredOf(t *testing.T, gold map[string]bool, scores byScore) []eval.Scored {
	t.Helper()
	var exs []dataset.Example
	for _, text := range []string{"a", "b", "c", "d", "e", "f"} {
		if _, ok := scores[text]; ok {
			exs = append(exs, dataset.Example{ID: text, Text: text, Abusive: gold[text]})
		}
	}
	s, err := eval.Classify(context.Background(), scores, exs)
	require.NoError(t, err)
	return s
}

func TestMeasure(t *testing.T) {
	s := scoredOf(t, map[string]bool{"a": true, "b": true}, byScore{"a": 0.9, "b": 0.5, "c": 0.5, "d": 0.1})
	f := eval.Measure(s)
	assert.Equal(t, eval.Binary{TP: 2, FP: 1, TN: 1}, f.Verdict)
	assert.Equal(t, eval.Binary{TP: 2, FP: 2}, f.Baseline)
	assert.InDelta(t, 2.0/3, f.Baseline.F1(), 1e-9)
	assert.InDelta(t, 0.875, f.AUC, 1e-9) // the tie at 0.5 counts one half
	assert.Equal(t, []eval.Point{{0.9, 1, 0.5}, {0.5, 2.0 / 3, 1}, {0.1, 0.5, 1}}, f.Curve)
	assert.InDelta(t, 0.5, f.Verdict.FalsePositiveRate(), 1e-9)
	assert.InDelta(t, 0.75, f.Verdict.Accuracy(), 1e-9)
	r, th, ok := f.RecallAtPrecision(0.6)
	assert.True(t, ok)
	assert.Equal(t, [2]float64{1, 0.5}, [2]float64{r, th})
}

func TestMeasureEdges(t *testing.T) {
	// Every score tied: the score tells nothing, AUC one half.
	f := eval.Measure(scoredOf(t, map[string]bool{"a": true, "c": true}, byScore{"a": 0.4, "b": 0.4, "c": 0.4, "d": 0.4}))
	assert.InDelta(t, 0.5, f.AUC, 1e-9)
	assert.Len(t, f.Curve, 1)
	// A perfect ranking, and one upside down.
	assert.InDelta(t, 1, eval.Measure(scoredOf(t, map[string]bool{"a": true}, byScore{"a": 0.2, "b": 0.1, "c": 0})).AUC, 1e-9)
	assert.InDelta(t, 0, eval.Measure(scoredOf(t, map[string]bool{"c": true}, byScore{"a": 0.2, "b": 0.1, "c": 0})).AUC, 1e-9)
	// One class only: no AUC; nothing flagged: precision 0.
	f = eval.Measure(scoredOf(t, nil, byScore{"a": 0.2, "b": 0.1}))
	assert.Zero(t, f.AUC)
	assert.Zero(t, f.Verdict.Precision())
	assert.Zero(t, f.Verdict.F1())
	_, _, ok := f.RecallAtPrecision(0.5)
	assert.False(t, ok)
	assert.Equal(t, eval.Figures{}, eval.Measure(nil))
}

func TestClassifyOrderAndError(t *testing.T) {
	scores := byScore{}
	var exs []dataset.Example
	for i := range 1000 {
		text := fmt.Sprint(i)
		scores[text] = float64(i%100) / 100
		exs = append(exs, dataset.Example{ID: text, Text: text})
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	s, err := eval.Classify(context.Background(), scores, exs)
	require.NoError(t, err)
	for i, x := range s {
		require.Equal(t, exs[i], x.Example)
		require.Equal(t, float64(i%100)/100, x.Result.Score)
	}
	exs[7].Text, exs[900].Text = "unknown 7", "unknown 900"
	_, err = eval.Classify(context.Background(), scores, exs)
	assert.EqualError(t, err, `no score for "unknown 7"`)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = eval.Classify(ctx, scores, exs[:3])
	assert.True(t, errors.Is(err, context.Canceled))
}

func TestByFunctionalityMixed(t *testing.T) {
	s := []eval.Scored{
		{Example: dataset.Example{ID: "b", Text: "second", Functionality: "f", Abusive: true}},
		{Example: dataset.Example{ID: "a", Text: "first", Functionality: "f"}},
		{Example: dataset.Example{ID: "c", Text: "none"}},
	}
	assert.Equal(t, []eval.Functionality{{Name: "f", Gold: "mixed", Example: "first", Correct: eval.Rate{Hits: 1, N: 2}}}, eval.ByFunctionality(s))
}

func TestInSplit(t *testing.T) {
	exs := []dataset.Example{{ID: "a", Split: dataset.Dev}, {ID: "b", Split: dataset.Test}, {ID: "c", Split: dataset.Dev}}
	assert.Equal(t, []dataset.Example{exs[0], exs[2]}, eval.InSplit(exs, dataset.Dev))
}

func TestReadSet(t *testing.T) {
	dir := t.TempDir()
	write := func(body string) string {
		name := filepath.Join(dir, "mini.tsv")
		require.NoError(t, os.WriteFile(name, []byte(body), 0o644))
		return name
	}
	const head = "# a comment\nid\tsplit\tabusive\tkind\ttext\n"
	exs, err := eval.ReadSet(write(head + "t1\tdev\t1\tthreat_direct\tje vais te tuer\n\nt2\ttest\t0\tfilm\tligne\\nsuivante\n"))
	require.NoError(t, err)
	assert.Equal(t, []dataset.Example{
		{ID: "mini:t1", Text: "je vais te tuer", Abusive: true, Functionality: "threat_direct", Split: dataset.Dev},
		{ID: "mini:t2", Text: "ligne\nsuivante", Functionality: "film", Split: dataset.Test},
	}, exs)
	assert.True(t, eval.IsThreat(exs[0]))
	assert.False(t, eval.IsThreat(exs[1]))
	for body, want := range map[string]string{
		"t1\tdev\t1\tk\tx\n":                          "header",
		head + "t1\ttrain\t1\tk\tx\n":                 "split \"train\"",
		head + "t1\tdev\tyes\tk\tx\n":                 "abusive \"yes\"",
		head + "t1\tdev\t1\tk\n":                      "4 columns",
		head + "t1\tdev\t1\t\tx\n":                    "empty id, kind or text",
		head + "t1\tdev\t1\tk\tx\nt1\tdev\t0\tk\ty\n": "id t1 twice",
		"# only a comment\n":                          "no header",
	} {
		_, err := eval.ReadSet(write(body))
		assert.ErrorContains(t, err, want)
		assert.ErrorContains(t, err, "eval: ")
	}
	_, err = eval.ReadSet(filepath.Join(dir, "missing.tsv"))
	assert.ErrorContains(t, err, "eval: ")
}
