package abuse

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/abuse/internal/linear"
)

// TestModelFile: the embedded weights decode, in the layout the scorer
// reads, with the five heads package abuse expects.
func TestModelFile(t *testing.T) {
	m, err := linear.Decode(modelFile)
	require.NoError(t, err)
	var names []string
	for _, h := range m.Heads {
		names = append(names, h.Name)
	}
	assert.Equal(t, []string{"abusive", "insult", "sexual", "threat", "hate"}, names)
	for i, c := range headCategories {
		assert.Equal(t, string(c.cat), names[1+i])
	}
	assert.Greater(t, m.Threshold, 0.0)
	assert.Less(t, m.Threshold, 1.0)
}

// TestModel: what the model adds to the lexicon and what it keeps.
func TestModel(t *testing.T) {
	m := NewModel()
	ctx := context.Background()
	classify := func(text string) Result {
		r, err := m.Classify(ctx, text)
		require.NoError(t, err)
		return r
	}
	for _, text := range []string{
		// the lexicon's own verdicts stand: spans, categories, severity
		"connard", "salope", "@X fais gaffe à toi, sale collabo",
	} {
		lex := New().Analyze(text)
		r := classify(text)
		assert.True(t, r.Abusive, text)
		assert.Equal(t, lex.Spans, r.Spans, text)
		assert.Equal(t, lex.Categories, r.Categories, text)
		assert.Equal(t, lex.Severity, r.Severity, text)
		assert.GreaterOrEqual(t, r.Score, lex.Score, text)
	}
	// reported abuse alone stays not abusive: the lexicon's veto
	for _, text := range []string{
		"ils me traitent de « collabo »",
		"J'ai reçu ce message : « crève salope »",
	} {
		assert.Equal(t, New().Analyze(text), classify(text), text)
	}
	assert.False(t, classify("bonjour à tous, belle journée").Abusive)
	_, err := m.Classify(canceled(), "connard")
	assert.ErrorIs(t, err, context.Canceled)
}

func canceled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

// TestModelCategories: every text the model finds abusive names a
// category and a severity, its score reaches Threshold, and a text it
// does not find abusive scores below it.
func TestModelCategories(t *testing.T) {
	m := NewModel()
	for _, msg := range append(loadLabelled(t, "labelled.tsv"), loadLabelled(t, "heldout.tsv")...) {
		for _, text := range []string{msg.text, strings.ToLower(msg.text)} {
			r, err := m.Classify(context.Background(), text)
			require.NoError(t, err)
			if r.Abusive {
				assert.NotEmpty(t, r.Categories, text)
				assert.NotEqual(t, NoSeverity, r.Severity, text)
				assert.GreaterOrEqual(t, r.Score, Threshold, text)
			} else {
				assert.Less(t, r.Score, Threshold, text)
			}
		}
	}
}

// TestModelRead: the text outside its reported quotations is read when
// a reporting word introduces one, and only then.
func TestModelRead(t *testing.T) {
	var sc featScratch
	_, rd := NewModel().read("Il m'a écrit « que mongol », c'est inadmissible", &sc)
	require.NotNil(t, rd.Outside)
	assert.NotEqual(t, rd.Features, rd.Outside)
	_, rd = NewModel().read("« que mongol »", &sc)
	assert.Nil(t, rd.Outside, "scare quotes")
	_, rd = NewModel().read("que mongol", &sc)
	assert.Nil(t, rd.Outside)
	assert.Equal(t, linear.Read("que mongol").Features, rd.Features)
}
