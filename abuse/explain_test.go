package abuse

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/abuse/internal/linear"
	"github.com/guillemet/guillemet/normalize"
)

// TestExplain: on the labelled set and on a few messages, an
// explanation gives Classify's result; the bias and every contribution
// add up to the logit the abusive head computes on what the scorer
// reads; every name is of the text; the decision is the one the verdict
// follows; and the same text gives the same explanation.
func TestExplain(t *testing.T) {
	m := NewModel()
	ctx := context.Background()
	w, err := loadModel()
	require.NoError(t, err)
	texts := []string{
		"connard",
		"J'ai reçu ce message : « crève salope »",
		"bonjour à tous, belle journée",
		"@ValentinRoux t conne ou quoi",
		"tu é mongol toi, tu é mongol",
		"je vais te demonte ta gueule",
		"",
	}
	for _, msg := range loadLabelled(t, "labelled.tsv") {
		texts = append(texts, msg.text)
	}
	for _, text := range texts {
		e, err := m.Explain(ctx, text, 0)
		require.NoError(t, err)
		r, err := m.Classify(ctx, text)
		require.NoError(t, err)
		assert.Equal(t, r, e.Result, text)

		logit := w.Heads[0].Logit(linear.Read(text).Features)
		assert.InDelta(t, logit, e.Logit, 1e-9, text)
		assert.InDelta(t, linear.Sigmoid(logit), e.Probability, 1e-9, text)
		sum := e.Bias
		for i, c := range append(append([]Contribution{}, e.Up...), e.Down...) {
			sum += c.Contribution
			assert.InDelta(t, c.Value*c.Weight, c.Contribution, 1e-6, "%s: %s", text, c.Feature)
			if i < len(e.Up) {
				assert.Positive(t, c.Contribution, text)
			} else {
				assert.Negative(t, c.Contribution, text)
			}
			assertOfText(t, text, c.Feature)
		}
		assert.InDelta(t, e.Logit, sum, 1e-4, text)

		lex := New().Analyze(text)
		switch e.Decision {
		case ByLexicon:
			assert.True(t, lex.Abusive && e.Result.Abusive, text)
		case ReportedVeto:
			assert.Equal(t, lex, e.Result, text)
			assert.False(t, e.Result.Abusive, text)
		case QuotedVeto:
			assert.False(t, e.Result.Abusive, text)
			assert.True(t, e.Result.Reported, text)
			assert.GreaterOrEqual(t, e.Probability, e.Threshold, text)
		case ByModel:
			assert.False(t, lex.Abusive || lex.Reported, text)
			assert.Equal(t, e.Probability >= e.Threshold, e.Result.Abusive, text)
		default:
			t.Errorf("%s: decision %q", text, e.Decision)
		}

		again, err := m.Explain(ctx, text, 0)
		require.NoError(t, err)
		assert.Equal(t, e, again, "the same explanation, %s", text)
		top, err := m.Explain(ctx, text, 3)
		require.NoError(t, err)
		assert.Equal(t, e.Up[:min(3, len(e.Up))], top.Up, text)
		assert.Equal(t, e.Down[:min(3, len(e.Down))], top.Down, text)
	}
	_, err = m.Explain(canceled(), "connard", 10)
	assert.ErrorIs(t, err, context.Canceled)
}

// TestExplainDecision: each reading decides where it should, on
// weights made for the test (the word « vilain » weighs 40 on the
// abusive head, the threshold is 0.5).
func TestExplainDecision(t *testing.T) {
	w := &linear.Model{Threshold: 0.5}
	for _, name := range []string{"abusive", "insult", "sexual", "threat", "hate"} {
		w.Heads = append(w.Heads, linear.Head{Name: name, Bias: -2, W: make([]float32, linear.Size)})
	}
	var vilain uint32
	var names []linear.Name
	fs := linear.ExtractNamed("vilain", "vilain", linear.Lexicon{}, nil, func(n linear.Name) { names = append(names, n) })
	for i, n := range names {
		if n == (linear.Name{Kind: linear.Word, Text: "vilain"}) {
			vilain = fs[i].Index
		}
	}
	w.Heads[0].W[vilain] = 40
	m := NewModel()
	for _, c := range []struct {
		text    string
		want    Decision
		abusive bool
	}{
		{"vilain", ByModel, true},
		{"tout va bien", ByModel, false},
		{"connard", ByLexicon, true},
		{"J'ai reçu ce message : « crève salope »", ReportedVeto, false},
		{"Il a tweeté « oh vilain vilain ! »", QuotedVeto, false},
	} {
		e := m.explain(w, c.text, 3)
		assert.Equal(t, c.want, e.Decision, c.text)
		assert.Equal(t, c.abusive, e.Result.Abusive, c.text)
		switch c.want {
		case ByModel:
			assert.Equal(t, c.abusive, e.Probability >= e.Threshold, c.text)
		case QuotedVeto:
			assert.GreaterOrEqual(t, e.Probability, e.Threshold, c.text)
			assert.True(t, e.Result.Reported, c.text)
		}
	}
	e := m.explain(w, "vilain", 3)
	require.Len(t, e.Up, 1)
	assert.Equal(t, Contribution{Feature: Feature{Kind: WordFeature, Text: "vilain"}, Value: 1, Weight: 40, Contribution: 40}, e.Up[0])
	assert.Empty(t, e.Down)
	assert.InDelta(t, 38, e.Logit, 1e-9)
}

// assertOfText checks that a feature's name is of the text: its
// n-grams, words and pairs are of the deobfuscated text, its match words
// of the match key, a lexicon feature's parts are the lexicon's.
func assertOfText(t *testing.T, text string, f Feature) {
	t.Helper()
	deob := " " + strings.Join(strings.FieldsFunc(normalize.Deobfuscate(text).String(), notWord), " ") + " "
	switch f.Kind {
	case CharFeature, WordFeature, PairFeature:
		text := f.Text
		if f.Kind != CharFeature {
			text = " " + text + " "
		}
		assert.Contains(t, deob, text, f.String())
	case MatchFeature:
		assert.Contains(t, " "+strings.Join(strings.FieldsFunc(normalize.Match.String(text), notWord), " ")+" ", " "+f.Text+" ")
	case BandFeature:
		assert.Contains(t, []string{"none", "low", "abusive", "high"}, f.Text)
	case LexiconFeature:
		assert.Contains(t, []string{"any", "insult", "sexual", "threat", "hate"}, f.Text)
		assert.Contains(t, []string{"uttered", "reported", "negated", "self"}, f.Context)
		assert.LessOrEqual(t, f.Severity, Violent)
	case KindnessFeature:
		assert.Contains(t, []string{"plain", "negated"}, f.Text)
	default:
		t.Errorf("%s: kind %q", f, f.Kind)
	}
}

// notWord: the bytes that are not of a word, for the features (a
// letter, a digit, a non-ASCII letter, or *).
func notWord(r rune) bool {
	return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z' || r >= 0x80 || r == '*')
}

// TestFeatureString: a feature is named as linear names it, and its
// kind and parts come back from the name's.
func TestFeatureString(t *testing.T) {
	for _, c := range []struct {
		n    linear.Name
		want string
	}{
		{linear.Name{Kind: linear.Char, Text: " t "}, `char " t "`},
		{linear.Name{Kind: linear.Word, Text: "salope"}, `word "salope"`},
		{linear.Name{Kind: linear.Pair, Text: "sale pute"}, `pair "sale pute"`},
		{linear.Name{Kind: linear.MatchWord, Text: "conard"}, `match "conard"`},
		{linear.Name{Kind: linear.Band, Text: "high"}, "lexicon score band high"},
		{linear.Name{Kind: linear.LexiconHit, Text: "insult", Context: "uttered", Severity: "3"}, "lexicon insult/uttered/3"},
		{linear.Name{Kind: linear.LexiconHit, Text: "any", Context: "self"}, "lexicon any/self"},
		{linear.Name{Kind: linear.Kindness, Text: "negated"}, "kindness negated"},
	} {
		f := feature(c.n)
		assert.Equal(t, c.want, c.n.String())
		assert.Equal(t, c.want, f.String())
	}
	assert.Equal(t, Feature{Kind: LexiconFeature, Text: "threat", Context: "negated", Severity: Violent},
		feature(linear.Name{Kind: linear.LexiconHit, Text: "threat", Context: "negated", Severity: "4"}))
}

// FuzzExplain checks, on arbitrary input, that an explanation gives
// Classify's result and that the bias and every contribution add up to
// the logit.
func FuzzExplain(f *testing.F) {
	for _, s := range []string{
		"t conne", "Il a tweeté « oh vilain vilain ! »", "\xff« sale attardé »\xc3", "é", "conne conne conne", "",
	} {
		f.Add(s)
	}
	m := NewModel()
	f.Fuzz(func(t *testing.T, text string) {
		e, err := m.Explain(t.Context(), text, 0)
		if err != nil {
			t.Fatal(err)
		}
		r, err := m.Classify(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r, e.Result) {
			t.Fatalf("%q: explained %s, classified %s", text, e.Result, r)
		}
		sum := e.Bias
		for _, c := range append(e.Up, e.Down...) {
			sum += c.Contribution
		}
		if math.Abs(sum-e.Logit) > 1e-4 {
			t.Fatalf("%q: bias and contributions %v, logit %v", text, sum, e.Logit)
		}
	})
}
