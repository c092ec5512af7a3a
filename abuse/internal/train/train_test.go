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
