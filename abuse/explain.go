package abuse

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/guillemet/guillemet/abuse/internal/linear"
)

// Decision names the reading that decided a Model's verdict on a text.
type Decision string

// The readings that decide.
const (
	// ByModel: the model's probability decided, against its threshold:
	// the text is abusive when the probability reaches it.
	ByModel Decision = "model"
	// ByLexicon: the lexicon found abuse the author utters; the text is
	// abusive whatever the model's probability.
	ByLexicon Decision = "lexicon"
	// ReportedVeto: the lexicon found only abuse the text reports or
	// quotes; the text is not abusive whatever the model's probability,
	// and the lexicon's result stands.
	ReportedVeto Decision = "reported"
	// QuotedVeto: the model's probability reaches the threshold, but
	// not once the quotations a reporting word introduces are blanked:
	// the abuse is in what the text quotes, and the text is not abusive.
	// Its score is that of the text outside the quotations, which the
	// contributions do not explain.
	QuotedVeto Decision = "quoted"
)

// FeatureKind is the kind of a feature of the Model.
type FeatureKind string

// The kinds of features.
const (
	CharFeature    FeatureKind = "char"    // a character n-gram (2 to 5 bytes) of a word of the deobfuscated text, padded with a space on each side
	WordFeature    FeatureKind = "word"    // a word of the deobfuscated text (normalize.Deobfuscate)
	PairFeature    FeatureKind = "pair"    // two consecutive words of the deobfuscated text
	MatchFeature   FeatureKind = "match"   // a word of the normalize.Match key, where it differs from the deobfuscated text
	BandFeature    FeatureKind = "band"    // the band of the Lexicon's score: none, low (below 0.5), abusive (from 0.5) or high (from 0.8)
	LexiconFeature FeatureKind = "lexicon" // the Lexicon's hits of a category, in a context, of a severity
	// KindnessFeature: a word of kindness, praise or care (« admirés »,
	// « respect », « j'adore »), one class whatever the word; Text is
	// "plain", or "negated" when one of the four words before it
	// negates it (« je n'aime pas »).
	KindnessFeature FeatureKind = "kindness"
)

// featureKinds are the kinds, by linear.Kind.
var featureKinds = [...]FeatureKind{
	linear.Char: CharFeature, linear.Word: WordFeature, linear.Pair: PairFeature,
	linear.MatchWord: MatchFeature, linear.Band: BandFeature, linear.LexiconHit: LexiconFeature,
	linear.Kindness: KindnessFeature,
}

// Feature is what one of the Model's features stands for.
type Feature struct {
	Kind FeatureKind
	// Text is the n-gram, the word, the pair (two words and a space) or
	// the band; for a LexiconFeature, the hits' Category, or "any" for
	// hits of every category.
	Text string
	// Context is a LexiconFeature's context: "uttered", "reported",
	// "negated" (« tu n'es pas un connard ») or "self" (« je suis
	// con »).
	Context string
	// Severity is a LexiconFeature's severity; NoSeverity for the
	// feature that counts hits of every severity.
	Severity Severity
}

// String names the feature as the model's documentation does: char
// "tte ", word "salope", pair "sale pute", match "conard", lexicon
// insult/uttered/3 (category, context and severity's level), lexicon
// any/reported, lexicon score band high, kindness plain.
func (f Feature) String() string {
	n := linear.Name{Kind: linear.Kind(slices.Index(featureKinds[:], f.Kind)), Text: f.Text, Context: f.Context}
	if f.Severity != NoSeverity {
		n.Severity = string(rune('0' + f.Severity))
	}
	return n.String()
}

// feature is the Feature of a linear name.
func feature(n linear.Name) Feature {
	f := Feature{Kind: featureKinds[n.Kind], Text: n.Text, Context: n.Context}
	if n.Severity != "" {
		f.Severity = Severity(n.Severity[0] - '0')
	}
	return f
}

// Contribution is what one feature adds to the logit of the Model's
// abusive head.
//
// A feature is a name, not a bucket: a word that occurs twice is one
// Contribution, its Value the sum of its occurrences'. Several names can
// share a bucket of the hashed weights (a collision); each is then its
// own Contribution, with the bucket's Weight.
type Contribution struct {
	Feature Feature
	// Value is the feature's value in the text: 1/n for each of the n
	// character n-grams, and each of the n words, pairs and match words;
	// 1 for each lexicon feature.
	Value float64
	// Weight is the head's weight of the feature.
	Weight float64
	// Contribution is Value × Weight: what the feature adds to the logit.
	Contribution float64
}

// Explanation says why the Model judged a text as it did.
//
// Bias plus the Contribution of every feature is Logit (up to rounding);
// Up and Down hold the features that pushed it most up and most down.
type Explanation struct {
	// Result is the Model's result, as Classify gives it.
	Result Result
	// Decision is the reading that decided Result.Abusive.
	Decision Decision
	// Probability is the abusive head's probability, σ(Logit); the text
	// is abusive on the model's word when it reaches Threshold (a
	// probability, not Result.Score's scale).
	Probability, Threshold float64
	// Logit is the head's log-odds; Bias its bias.
	Logit, Bias float64
	// Up lists the features that raised the logit, the strongest
	// first; Down those that lowered it, the strongest first. A feature
	// whose weight is 0 is in neither.
	Up, Down []Contribution
}

// Explain classifies text as Classify does, and says which features
// carried the score: the n that pushed the abusive head's logit most up
// and the n that pushed it most down (every feature that moved it when
// n ≤ 0), and which reading decided. Features of equal contribution are
// ordered by their String. The errors are Classify's.
func (m *Model) Explain(ctx context.Context, text string, n int) (Explanation, error) {
	if err := ctx.Err(); err != nil {
		return Explanation{}, err
	}
	w, err := loadModel()
	if err != nil {
		return Explanation{}, err
	}
	return m.explain(w, text, n), nil
}

// explain is Explain with the weights w.
func (m *Model) explain(w *linear.Model, text string, n int) Explanation {
	var names []linear.Name
	sc := &featScratch{name: func(n linear.Name) { names = append(names, n) }}
	lr, rd := m.read(text, sc)
	r, by := decide(w, lr, &rd)
	head := &w.Heads[0]
	e := Explanation{Result: r, Decision: by, Threshold: w.Threshold, Bias: float64(head.Bias), Logit: head.Logit(rd.Features)}
	e.Probability = linear.Sigmoid(e.Logit)

	byName := map[linear.Name]int{}
	var all []Contribution
	for i, f := range rd.Features {
		k, seen := byName[names[i]]
		if !seen {
			k = len(all)
			byName[names[i]] = k
			all = append(all, Contribution{Feature: feature(names[i]), Weight: float64(head.W[f.Index])})
		}
		c := &all[k]
		c.Value += float64(f.Value)
		c.Contribution += float64(f.Value) * c.Weight
	}
	for _, c := range all {
		switch {
		case c.Contribution > 0:
			e.Up = append(e.Up, c)
		case c.Contribution < 0:
			e.Down = append(e.Down, c)
		}
	}
	e.Up = strongest(e.Up, n, -1)
	e.Down = strongest(e.Down, n, 1)
	return e
}

// strongest sorts cs by contribution, descending when sign is -1,
// ascending when it is 1, then by name, and keeps the first n (all
// when n ≤ 0).
func strongest(cs []Contribution, n, sign int) []Contribution {
	slices.SortFunc(cs, func(a, b Contribution) int {
		if c := cmp.Compare(a.Contribution, b.Contribution); c != 0 {
			return sign * c
		}
		return strings.Compare(a.Feature.String(), b.Feature.String())
	})
	if n > 0 && len(cs) > n {
		cs = cs[:n]
	}
	return cs
}
