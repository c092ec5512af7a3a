package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/abuse/internal/dataset"
	"github.com/guillemet/guillemet/abuse/internal/linear"
)

const data = "../../../testdata/abuse"

// TestDeterministic: training twice on the same examples gives the same
// bytes; another seed gives other weights.
func TestDeterministic(t *testing.T) {
	c, err := load(data)
	require.NoError(t, err)
	exs := c.train[:400]
	feats := features(exs)
	cfg := config{epochs: 2, rate: defaults.rate, l2: defaults.l2, seed: defaults.seed}
	encode := func(cfg config) []byte {
		m := fit(exs, feats, cfg)
		m.DataHash, m.Threshold = hash(exs), 0.5
		var b bytes.Buffer
		require.NoError(t, m.Encode(&b))
		return b.Bytes()
	}
	one := encode(cfg)
	assert.True(t, bytes.Equal(one, encode(cfg)), "retraining changed the weights")
	cfg.seed++
	assert.False(t, bytes.Equal(one, encode(cfg)), "the seed is not used")
	m, err := linear.Decode(one)
	require.NoError(t, err)
	assert.Equal(t, hash(exs), m.DataHash)
}

// TestData: the training examples come from the train splits and the
// labelled set only, labelled as data.go says.
func TestData(t *testing.T) {
	c, err := load(data)
	require.NoError(t, err)
	bySource := map[string]int{}
	for _, e := range c.train {
		bySource[e.source]++
		assert.Greater(t, e.weight, 0.0)
		if e.y[0] == 0 {
			assert.Equal(t, [5]int8{}, e.y, e.text)
		}
	}
	assert.Equal(t, len(c.labelled), bySource["labelled"])
	assert.Less(t, bySource["mlma"], 2006*7/10)
	assert.Less(t, bySource["hatecheck"], 3718*7/10)
	for _, h := range c.heldout {
		for _, e := range c.train {
			if e.source == "labelled" {
				assert.NotEqual(t, h.text, e.text)
			}
		}
	}
}

// TestJudge: the verdicts at a threshold are the scorer's, and every
// functionality counts the same in the mean accuracy.
func TestJudge(t *testing.T) {
	m := &linear.Model{Heads: []linear.Head{{Name: "abusive", W: make([]float32, linear.Size)}}}
	rs := []reading{
		{Example: dataset.Example{Abusive: true, Functionality: "a"}, p: 0.9},
		{Example: dataset.Example{Abusive: false, Functionality: "a"}, p: 0.6},
		{Example: dataset.Example{Abusive: false, Functionality: "b"}, p: 0.2},
		{Example: dataset.Example{Abusive: false, Functionality: "b"}, p: 0.9, rd: linear.Reading{ReportedOnly: true}},
	}
	js := judge(m, rs, 0.5)
	var got []bool
	for _, j := range js {
		got = append(got, j.Result.Abusive)
	}
	assert.Equal(t, []bool{true, true, false, false}, got)
	assert.InDelta(t, (0.5+1.0)/2, meanAccuracy(js), 1e-9)
}

// TestPick: the threshold is the best of the safe region, the
// thresholds from the top down to the first that some group stops; a
// lucky step below a stopped one is never taken, and no safe step gives
// 1 (the model never decides alone).
func TestPick(t *testing.T) {
	steps := func(vs ...any) []step {
		var out []step
		for i := 0; i < len(vs); i += 2 {
			out = append(out, step{th: 0.9 - float64(i)/20, value: vs[i].(float64), stop: vs[i+1].(string)})
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		steps []step
		want  float64
		ok    bool
	}{
		{"best of the safe region", steps(0.5, "", 0.7, "", 0.6, "", 0.9, "tweets 5/68"), 0.8, true},
		{"a lucky step below a stopped one", steps(0.5, "", 0.6, "prose 9/769", 0.9, ""), 0.9, true},
		{"the highest threshold on a tie", steps(0.5, "", 0.5, ""), 0.9, true},
		{"stopped from the top", steps(0.9, "hatecheck/ident_pos_nh 6/55", 0.9, ""), 1, false},
		{"no step", nil, 1, false},
	} {
		got, ok := pick(tc.steps)
		assert.Equal(t, tc.ok, ok, tc.name)
		assert.InDelta(t, tc.want, got, 1e-9, tc.name)
	}
}
