package abuse

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"sync"

	"github.com/guillemet/guillemet/abuse/internal/linear"
	"github.com/guillemet/guillemet/normalize"
)

//go:generate go run ./internal/train -out model.bin

// modelFile holds the learned weights: abuse/internal/train writes it
// (go generate ./abuse), from the train splits of the vendored real
// data and testdata/abuse/labelled.tsv; QUALITY.md, "The learned
// scorer", says how and what it scores.
//
//go:embed model.bin
var modelFile []byte

// loadModel decodes the embedded weights, once.
var loadModel = sync.OnceValues(func() (*linear.Model, error) {
	m, err := linear.Decode(modelFile)
	if err != nil {
		return nil, fmt.Errorf("abuse: the embedded model: %w", err)
	}
	return m, nil
})

func init() { linear.Read = readText }

// headCategories are the categories of the model's heads after the
// first (which decides abuse), in the order the training program writes
// them.
var headCategories = [...]struct {
	bit catSet
	cat Category
}{{catInsult, Insult}, {catSexual, Sexual}, {catThreat, Threat}, {catHate, Hate}}

// Model is the learned French classifier: a logistic regression over
// hashed character n-grams and words of the text's normalize.Match and
// normalize.Deobfuscate keys and over the Lexicon's hits and their
// contexts, trained on real French tweets, the French Multilingual
// HateCheck and the project's labelled set (QUALITY.md).
//
// The model decides Abusive and Score; the Lexicon explains. A text is
// abusive when the model's probability reaches the threshold chosen on
// the development split (the lowest from which the model flags no group
// of innocent dev messages more than the lexicon alone does, give or
// take 2 % of the group: QUALITY.md, "Threshold"), or when the lexicon
// finds uttered abuse; text
// that only quotes or reports abuse is never abusive (the lexicon's
// reading is a veto). Where the lexicon fires, the spans, categories and
// severity are its own; where it is silent, the model's category heads
// name the categories: those whose head reaches 0.5, else insult or hate,
// whichever head is stronger (a threat or sexual abuse is named only on
// its head's evidence, as it raises the severity); the spans are empty
// and the severity follows the strongest category: Violent for a threat,
// Degrading for hate or sexual abuse, Insulting for an insult.
//
// The score maps the model's probability so that the chosen threshold
// reads Threshold (0.5), and is never below the lexicon's score: a text
// is abusive exactly when its score, rounded to two decimals, reaches
// Threshold.
//
// A Model is safe for concurrent use. The weights are embedded in the
// binary and decoded on first use.
type Model struct{ lex Lexicon }

// Default is the classifier guillemet uses: the learned Model, the
// lexicon explaining where it fires. New returns the lexicon alone.
var Default Classifier = NewModel()

// NewModel returns the learned classifier.
func NewModel() *Model { return &Model{} }

// Classify implements Classifier. The error is ctx's, when it is done
// before the text is read, or the embedded model's, if it cannot be
// decoded (a build defect the tests catch).
func (m *Model) Classify(ctx context.Context, text string) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	w, err := loadModel()
	if err != nil {
		return Result{}, err
	}
	return m.classify(w, text), nil
}

// featScratch is the per-call storage of the model, pooled.
type featScratch struct {
	lex     linear.Lexicon
	fs, out []linear.Feature
	blank   []byte
	// name, when not nil, is called with the name of each feature of
	// fs (Model.Explain).
	name func(linear.Name)
}

var featPool = sync.Pool{New: func() any { return new(featScratch) }}

// read returns the lexicon's result and what the model reads of text
// (its features in sc.fs, those outside its reported quotations in
// sc.out).
func (m *Model) read(text string, sc *featScratch) (Result, linear.Reading) {
	sc.lex = linear.Lexicon{Hits: sc.lex.Hits[:0], Quoted: sc.lex.Quoted[:0]}
	r, deob := m.lex.analyze(text, &sc.lex)
	sc.fs = linear.ExtractNamed(deob, normalize.Match.String(text), sc.lex, sc.fs[:0], sc.name)
	rd := linear.Reading{Features: sc.fs, Uttered: r.Abusive, ReportedOnly: r.Reported && !r.Abusive}
	if len(sc.lex.Quoted) > 0 {
		// The text with its reported quotations blanked, read again.
		sc.blank = append(sc.blank[:0], text...)
		for _, q := range sc.lex.Quoted {
			for i := q[0]; i < q[1]; i++ {
				sc.blank[i] = ' '
			}
		}
		outside := string(sc.blank)
		var lex linear.Lexicon
		_, deob := m.lex.analyze(outside, &lex)
		sc.out = linear.Extract(deob, normalize.Match.String(outside), lex, sc.out[:0])
		rd.Outside = sc.out
	}
	return r, rd
}

// readText is linear.Read.
func readText(text string) linear.Reading {
	var sc featScratch
	_, rd := new(Model).read(text, &sc)
	return rd
}

func (m *Model) classify(w *linear.Model, text string) Result {
	sc := featPool.Get().(*featScratch)
	defer featPool.Put(sc)
	lr, rd := m.read(text, sc)
	r, _ := decide(w, lr, &rd)
	return r
}

// decide returns the model's result for a text, lr being the lexicon's
// result and rd what the model reads of it, and which reading decided.
func decide(w *linear.Model, lr Result, rd *linear.Reading) (Result, Decision) {
	p := w.Heads[0].Prob(rd.Features)
	abusive, quoted := w.Verdict(rd, p, w.Threshold)
	r := lr
	switch {
	case rd.ReportedOnly:
		// Reported or quoted abuse, nothing uttered: the lexicon's
		// reading stands.
		return r, ReportedVeto
	case quoted:
		// The abuse is in a quotation a reporting word introduces: the
		// text reports it, and scores what its author says.
		r.Reported = true
		r.Score = math.Min(score(w.Heads[0].Prob(rd.Outside), w.Threshold), Threshold-0.01)
		return r, QuotedVeto
	}
	by := ByModel
	if rd.Uttered {
		by = ByLexicon
	}
	r.Score = math.Max(lr.Score, score(p, w.Threshold))
	r.Abusive = abusive
	if !abusive {
		r.Score = math.Min(r.Score, Threshold-0.01)
	}
	if !r.Abusive || lr.Abusive {
		return r, by
	}
	var set catSet
	best, bestP := 0, -1.0
	for i, c := range headCategories {
		q := w.Heads[1+i].Prob(rd.Features)
		if q >= 0.5 {
			set |= c.bit
		}
		if (c.cat == Insult || c.cat == Hate) && q > bestP {
			best, bestP = i, q
		}
	}
	if set == 0 {
		set = headCategories[best].bit
	}
	for _, c := range allCats {
		if set&c.bit != 0 {
			r.Categories = append(r.Categories, c.cat)
			r.Severity = max(r.Severity, categorySeverity(c.cat))
		}
	}
	return r, by
}

// score is the probability p as Result.Score reads it: mapped so that
// the threshold th reads Threshold, rounded to two decimals.
func score(p, th float64) float64 { return math.Round(rescale(p, th)*100) / 100 }

// rescale maps a probability p so that the threshold th reads
// Threshold: [0, th] onto [0, 0.5] and [th, 1] onto [0.5, 1].
func rescale(p, th float64) float64 {
	if p < th {
		return p / th * Threshold
	}
	return Threshold + (p-th)/(1-th)*(1-Threshold)
}

// categorySeverity is the severity the model gives a category the
// lexicon did not see.
func categorySeverity(c Category) Severity {
	switch c {
	case Threat:
		return Violent
	case Insult:
		return Insulting
	}
	return Degrading
}
