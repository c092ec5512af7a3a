package montage_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/montage"
)

// TestVerdictWords: each verdict and flag is the contract's word, both
// ways, and JSON carries it; the zero verdict is no word at all.
func TestVerdictWords(t *testing.T) {
	for v, word := range map[montage.Verdict]string{
		montage.Spliced: "spliced", montage.Doctored: "doctored",
		montage.Unverifiable: "unverifiable", montage.Genuine: "genuine",
	} {
		assert.Equal(t, word, v.String())
		b, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, `"`+word+`"`, string(b))
		var back montage.Verdict
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, v, back)
		p, ok := montage.ParseVerdict(word)
		assert.True(t, ok)
		assert.Equal(t, v, p)
	}
	assert.True(t, montage.Spliced < montage.Doctored && montage.Doctored < montage.Unverifiable && montage.Unverifiable < montage.Genuine,
		"precedence: spliced > doctored > unverifiable > genuine")

	var zero montage.Verdict
	assert.Equal(t, "Verdict(0)", zero.String(), "an unjudged montage neither accuses nor clears")
	_, err := json.Marshal(zero)
	assert.Error(t, err, "the zero verdict never reaches a report")
	for _, bad := range []string{"", "Spliced", "fake", "Verdict(0)"} {
		_, ok := montage.ParseVerdict(bad)
		assert.False(t, ok, "%q", bad)
		assert.Error(t, new(montage.Verdict).UnmarshalText([]byte(bad)), "%q", bad)
	}
	_, err = json.Marshal(montage.Verdict(9))
	assert.EqualError(t, err, "json: error calling MarshalText for type montage.Verdict: montage: invalid verdict 9")

	words := []string{"spliced_abuse", "mixed_authors", "unrelated_contexts", "misattributed", "altered", "wrong_date", "not_found", "time_gap"}
	for _, w := range words {
		f, ok := montage.ParseFlag(w)
		require.True(t, ok, w)
		assert.Equal(t, w, f.String())
		b, err := f.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, w, string(b))
	}
	assert.Equal(t, "spliced_abuse", montage.FlagSplicedAbuse.String())
	assert.Equal(t, "wrong_date", montage.FlagWrongDate.String())
	_, ok := montage.ParseFlag("doctored")
	assert.False(t, ok, "doctored is a verdict, not a flag")
}
