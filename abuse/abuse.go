// Package abuse detects abusive French text: insults, sexual abuse,
// threats and hate.
//
// Classifier is the interface the rest of guillemet uses, so that users
// can plug their own model or service; Lexicon is the built-in one, a
// French lexicon-and-rules classifier curated for this project.
//
// Lexicon reads the text through normalize.Deobfuscate, so that masked
// spellings count ("s@lope", "c.o.n.n.a.r.d"), and tells the abuse a text
// utters from the abuse it quotes, reports, negates or turns on its own
// author: an article listing the insults a councillor received is not
// abusive, and its spans are marked Reported. Its word lists and how
// they were made are documented in lists.go; its measured quality and
// speed in QUALITY.md.
package abuse

import (
	"context"
	"strings"
)

// Category is a kind of abuse (CONTRACT §4 abuse).
type Category string

// The contract's categories.
const (
	Insult Category = "insult"
	Sexual Category = "sexual"
	Threat Category = "threat"
	Hate   Category = "hate"
)

// French names the category in French, for reports: injure, injure
// sexuelle, menace, haine.
func (c Category) French() string {
	switch c {
	case Insult:
		return "injure"
	case Sexual:
		return "injure sexuelle"
	case Threat:
		return "menace"
	case Hate:
		return "haine"
	}
	return string(c)
}

// FrenchList names categories in French, joined with commas.
func FrenchList(cs []Category) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.French()
	}
	return strings.Join(names, ", ")
}

// Span is a stretch of the text that carries abuse: byte offsets into
// the original text, half-open.
type Span struct {
	Start, End int
	Category   Category
	// Reported is true when the abuse is quoted or reported ("ils me
	// traitent de « collabo »", an article listing insults) rather than
	// uttered by the text's author.
	Reported bool
}

// Result is what a classifier says of one text.
type Result struct {
	// Abusive is true when the text's author utters abuse. Reported
	// abuse alone does not make a text abusive.
	Abusive bool
	// Score in [0, 1] is the confidence that the text is abusive.
	Score float64
	// Categories lists the distinct categories of uttered abuse, sorted.
	Categories []Category
	// Spans lists every abusive stretch, uttered or reported, in text
	// order.
	Spans []Span
	// Reported is true when the text reports or quotes abuse.
	Reported bool
}

// Classifier classifies texts. Implementations must be safe for
// concurrent use.
type Classifier interface {
	Classify(ctx context.Context, text string) (Result, error)
}
