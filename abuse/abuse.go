// Package abuse detects abusive French text: insults, sexual abuse,
// threats and hate.
//
// Classifier is the interface the rest of guillemet uses, so that users
// can plug their own model or service. Default is the built-in one, the
// learned Model (NewModel): a linear scorer trained on real French tweets,
// HateCheck and the project's labelled set, over the text and the
// readings of Lexicon, a French lexicon-and-rules classifier curated for
// this project, which explains where it fires (spans, categories,
// severity) and vetoes what a text only reports. New returns the lexicon
// alone, the option (guillemet's --lexicon) that keeps the behaviour of
// before the model; Model.Explain says which features carried a score.
// QUALITY.md, "The learned scorer", gives the figures of both and how the
// model's threshold was chosen.
//
// Lexicon reads the text through normalize.Deobfuscate, so that masked
// spellings count ("s@lope", "c.o.n.n.a.r.d"), and tells the abuse a text
// utters from the abuse it quotes, reports, negates or turns on its own
// author: an article listing the insults a councillor received is not
// abusive, and its spans are marked Reported. Its word lists and how
// they were made are documented in lists.go; its measured quality and
// speed in QUALITY.md.
//
// Besides its categories, uttered abuse has a Severity, from the
// name-calling of harsh political talk (« sale putophobe », « traître »:
// Harsh) through insults (« connasse »: Insulting) and sexual insults,
// slurs and wishes of harm (« salope », « sale arabe », « crève »:
// Degrading) to threats and calls to violence (« faudrait la tondre »,
// « une bonne tournante »: Violent). A montage judge compares both: a
// sexual insult or a threat set beside a political insult is new abuse,
// even when both are insults.
package abuse

import (
	"context"
	"fmt"
	"strings"

	"github.com/guillemet/guillemet/normalize"
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

// Severity grades uttered abuse, from political name-calling to calls to violence.
//
// The levels are ordered: a higher level is more severe, so severities
// compare with < and the severity of a text is the maximum of its spans'.
// The zero value, NoSeverity, is "nothing uttered" for the built-in
// Lexicon, and "not graded" for a Classifier that does not grade (see
// Result.Severity). How the lexicon's rules map to the levels, with
// examples, is written in lists.go and QUALITY.md.
type Severity uint8

const (
	NoSeverity Severity = iota // nothing uttered
	Harsh                      // name-calling that is also the currency of harsh political talk: « traître », « carpette », « vendu », « sale putophobe », « sale facho »
	Insulting                  // insults aimed at a person: « connard », « connasse », « abruti », « grosse conne »
	Degrading                  // sexual insults and sexist slurs (« salope », « pute », « traînée »), slurs of origin, religion, disability or sexuality, wishes of harm
	Violent                    // threats and calls to violence, rape or death; calls to shave or to gang-rape someone
)

// severityNames are the String forms, by level.
var severityNames = [...]string{"none", "harsh", "insulting", "degrading", "violent"}

// String returns the severity's name: "none", "harsh", "insulting",
// "degrading" or "violent"; "severity(N)" for a value out of range.
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("severity(%d)", uint8(s))
}

// French returns a short French label for reports: « aucune », « propos
// durs », « injure », « injure dégradante », « violence ».
func (s Severity) French() string {
	switch s {
	case NoSeverity:
		return "aucune"
	case Harsh:
		return "propos durs"
	case Insulting:
		return "injure"
	case Degrading:
		return "injure dégradante"
	case Violent:
		return "violence"
	}
	return s.String()
}

// MarshalText implements encoding.TextMarshaler: the severity's String.
// A value out of range is an error.
func (s Severity) MarshalText() ([]byte, error) {
	if int(s) >= len(severityNames) {
		return nil, fmt.Errorf("abuse: invalid severity %d", uint8(s))
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads the
// names String writes, and rejects any other text.
func (s *Severity) UnmarshalText(text []byte) error {
	for i, name := range severityNames {
		if string(text) == name {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("abuse: unknown severity %q (want none, harsh, insulting, degrading or violent)", text)
}

// Span is a stretch of the text that carries abuse.
//
// It holds its byte range as a normalize.Span (field Span) rather than
// embedding one: an embedded normalize.Span would lend its String and
// JSON methods to the whole struct, and a Span printed or encoded would
// then lose its category and severity.
type Span struct {
	// Span is the byte range of the original text, half-open.
	Span     normalize.Span
	Category Category
	// Severity is the severity of the abuse in the span. A reported span
	// keeps the severity of what it reports (« ils me traitent de
	// collabo » reports Harsh abuse), but never counts for
	// Result.Severity.
	Severity Severity
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
	// Severity is the highest severity of the uttered spans; NoSeverity
	// when the text is not abusive. A Classifier that does not grade
	// severity leaves it NoSeverity on an abusive result too: a caller
	// must read NoSeverity with Abusive true as "unknown" and decide by
	// the categories alone.
	Severity Severity
	// Spans lists every abusive stretch, uttered or reported, in text
	// order.
	Spans []Span
	// Reported is true when the text reports or quotes abuse.
	Reported bool
}

// Classifier classifies texts. Implementations must be safe for
// concurrent use. Grading severity is optional: an implementation that
// does not grade leaves Result.Severity and Span.Severity zero
// (NoSeverity), and callers then judge by the categories alone.
type Classifier interface {
	Classify(ctx context.Context, text string) (Result, error)
}
