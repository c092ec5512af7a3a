package report

import (
	"math"
	"strings"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/wording"
)

// AbuseExplainJSON is the "explain" object that "guillemet abuse --json
// --explain" adds to each line: which features carried the learned
// model's score (abuse.Model.Explain). Numbers are rounded to four
// decimals.
type AbuseExplainJSON struct {
	// Learned is false when the classifier in use has no learned score
	// to explain (it is not the learned model): the object then holds
	// nothing else, the spans being what the classifier found.
	Learned bool `json:"learned"`
	// AbuseLearnedJSON holds the explanation of a learned score; nil
	// when Learned is false.
	*AbuseLearnedJSON
}

// AbuseLearnedJSON explains the learned model's score of a text.
type AbuseLearnedJSON struct {
	// DecidedBy is the reading that decided the verdict: "model" (the
	// learned probability against the threshold), "lexicon" (uttered
	// abuse the lexicon found), "reported" (the lexicon found only
	// reported or quoted abuse: not abusive), "quoted" (the learned
	// probability reaches the threshold only with the quotations the
	// text reports: not abusive).
	DecidedBy abuse.Decision `json:"decided_by"`
	// Probability is the abusive head's probability, Threshold the one
	// it is compared with (a probability, not the score's scale).
	Probability float64 `json:"probability"`
	Threshold   float64 `json:"threshold"`
	// Logit is the head's log-odds: Bias plus every feature's
	// contribution.
	Logit float64 `json:"logit"`
	Bias  float64 `json:"bias"`
	// Up lists the features that raised the logit most, the strongest
	// first; Down those that lowered it most. [] when none.
	Up   []AbuseFeatureJSON `json:"up"`
	Down []AbuseFeatureJSON `json:"down"`
}

// AbuseFeatureJSON is one feature of an explanation.
type AbuseFeatureJSON struct {
	// Feature names the feature (abuse.Feature's String: word "salope",
	// char " sal", lexicon insult/uttered/3).
	Feature string `json:"feature"`
	// Kind is its kind: char, word, pair, match, band or lexicon.
	Kind abuse.FeatureKind `json:"kind"`
	// Value, Weight and Contribution (Value × Weight) are the
	// feature's, summed over its occurrences in the text.
	Value        float64 `json:"value"`
	Weight       float64 `json:"weight"`
	Contribution float64 `json:"contribution"`
}

// AbuseExplain returns the "explain" object of an explanation.
func AbuseExplain(e abuse.Explanation) *AbuseExplainJSON {
	l := &AbuseLearnedJSON{DecidedBy: e.Decision, Probability: round4(e.Probability), Threshold: round4(e.Threshold),
		Logit: round4(e.Logit), Bias: round4(e.Bias), Up: features(e.Up), Down: features(e.Down)}
	return &AbuseExplainJSON{Learned: true, AbuseLearnedJSON: l}
}

// AbuseNotLearned is the "explain" object of a text the classifier
// judged without a learned score.
func AbuseNotLearned() *AbuseExplainJSON { return &AbuseExplainJSON{} }

func features(cs []abuse.Contribution) []AbuseFeatureJSON {
	out := make([]AbuseFeatureJSON, len(cs))
	for i, c := range cs {
		out[i] = AbuseFeatureJSON{Feature: c.Feature.String(), Kind: c.Feature.Kind,
			Value: round4(c.Value), Weight: round4(c.Weight), Contribution: round4(c.Contribution)}
	}
	return out
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// AbuseExplain writes, after a text's report (Abuse), which reading
// decided the learned model's verdict, with its probability, threshold,
// logit and bias, then the features that pushed the logit toward
// abusive and those that pushed it toward not abusive, each with its
// contribution (value × weight). In a character n-gram, _ marks a
// word's edge.
func (t *Text) AbuseExplain(e abuse.Explanation) {
	w := t.words
	t.w.Line(w.F(wording.ExplainDecision, w.Decision(string(e.Decision)), e.Probability, e.Threshold, e.Logit, e.Bias))
	for _, side := range []struct {
		verdict wording.Msg
		cs      []abuse.Contribution
	}{{wording.Abusive, e.Up}, {wording.NotAbusive, e.Down}} {
		t.w.Line(w.F(wording.ExplainToward, w.S(side.verdict)))
		if len(side.cs) == 0 {
			t.w.Line(w.S(wording.ExplainNone))
		}
		for _, c := range side.cs {
			t.w.Line(w.F(wording.ExplainFeature, c.Contribution, t.feature(c.Feature), c.Value, c.Weight))
		}
	}
}

// AbuseNotLearned writes, after a text's report, that the classifier
// in use has no learned score to explain.
func (t *Text) AbuseNotLearned() { t.w.Line(t.words.S(wording.ExplainNotLearned)) }

// feature names a feature in the Text's language.
func (t *Text) feature(f abuse.Feature) string {
	w := t.words
	switch f.Kind {
	case abuse.CharFeature:
		return w.F(wording.FeatureChar, strings.ReplaceAll(strings.ToValidUTF8(f.Text, "�"), " ", "_"))
	case abuse.WordFeature:
		return w.F(wording.FeatureWord, f.Text)
	case abuse.PairFeature:
		return w.F(wording.FeaturePair, f.Text)
	case abuse.MatchFeature:
		return w.F(wording.FeatureMatch, f.Text)
	case abuse.BandFeature:
		return w.F(wording.FeatureBand, w.ScoreBand(f.Text))
	case abuse.KindnessFeature:
		if f.Text == "negated" {
			return w.S(wording.FeatureKindNegated)
		}
		return w.S(wording.FeatureKindPlain)
	}
	category := w.S(wording.FeatureAnyCategory)
	if f.Text != "any" {
		category = w.Category(f.Text)
	}
	severity := ""
	if f.Severity != abuse.NoSeverity {
		severity = w.F(wording.FeatureHitSeverity, w.Severity(f.Severity.String()))
	}
	return w.F(wording.FeatureHit, category, w.HitContext(f.Context), severity)
}
