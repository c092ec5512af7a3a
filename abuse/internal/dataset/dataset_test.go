package dataset

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const dir = "../../../testdata/abuse/real"

// TestRead: every row is read, labelled and split as the README says,
// and the split is stable.
func TestRead(t *testing.T) {
	tw, err := MLMA(dir)
	require.NoError(t, err)
	require.Len(t, tw, 2006)
	hc, err := HateCheck(dir)
	require.NoError(t, err)
	require.Len(t, hc, 3718)

	count := func(exs []Example, f func(Example) bool) (n int) {
		for _, e := range exs {
			if f(e) {
				n++
			}
		}
		return n
	}
	abusive := count(tw, func(e Example) bool { return e.Abusive })
	normal := count(tw, func(e Example) bool { return len(e.Labels) == 1 && e.Labels[0] == "normal" })
	ambiguous := count(tw, Example.Ambiguous)
	assert.Equal(t, 393, normal)
	assert.Equal(t, len(tw), abusive+normal+ambiguous, "every tweet is abusive, normal or ambiguous")
	assert.Equal(t, 2600, count(hc, func(e Example) bool { return e.Abusive }))
	t.Logf("tweets: %d abusive, %d normal, %d ambiguous", abusive, normal, ambiguous)

	for _, s := range []Split{Train, Dev, Test} {
		n := count(tw, func(e Example) bool { return e.Split == s })
		m := count(hc, func(e Example) bool { return e.Split == s })
		t.Logf("%s: %d tweets, %d HateCheck cases, %d balanced tweets", s, n, m, len(Balanced(tw, s)))
		assert.Greater(t, n, len(tw)/8, s)
		assert.Greater(t, m, len(hc)/8, s)
	}
	b := Balanced(tw, Test)
	assert.Equal(t, len(b)/2, count(b, func(e Example) bool { return e.Abusive }), "balanced")
	assert.Equal(t, b, Balanced(tw, Test), "the same sample every run")
	assert.Equal(t, "dev", Dev.String())
}

// TestBadFile: a missing file or column is named.
func TestBadFile(t *testing.T) {
	_, err := MLMA(t.TempDir())
	assert.ErrorContains(t, err, "mlma_fr_train.csv")
	_, err = readCSV(dir+"/mhc_fr.csv", "nope")
	assert.ErrorContains(t, err, `no column "nope"`)
}
