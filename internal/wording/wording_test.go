package wording_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
)

var both = []*wording.Words{wording.French, wording.English}

// TestComplete: every sentence, verdict, difference kind,
// normalization kind and abuse word has its words in both languages.
func TestComplete(t *testing.T) {
	for _, w := range both {
		for m := wording.Msg(0); m < wording.NumMsgs; m++ {
			assert.NotEmpty(t, w.S(m), "%v message %d", w.Tag, m)
		}
		for _, name := range []string{"not_found", "altered", "elided", "excerpt", "equivalent", "verbatim"} {
			_, ok := quote.ParseVerdict(name)
			assert.True(t, ok, name)
			assert.NotEmpty(t, w.Verdict(name), "%v %s", w.Tag, name)
		}
		for _, name := range []string{"typography", "spacing", "case", "accent", "inclusive", "ligature", "emoji",
			"link", "mention", "mojibake", "spelling", "word_replaced", "word_inserted", "word_deleted",
			"elision", "negation", "punctuation", "truncated_start", "truncated_end"} {
			_, ok := quote.ParseKind(name)
			assert.True(t, ok, name)
			assert.NotEmpty(t, w.Difference(name, false), "%v %s", w.Tag, name)
		}
		for k := normalize.Kind(1); k != 0; k <<= 1 {
			if _, ok := normalize.ParseKind(k.String()); ok {
				assert.NotEmpty(t, w.Kinds(k.Names()), "%v %v", w.Tag, k)
			}
		}
		for _, s := range []abuse.Severity{abuse.NoSeverity, abuse.Harsh, abuse.Insulting, abuse.Degrading, abuse.Violent} {
			assert.NotEmpty(t, w.Severity(s.String()), "%v %v", w.Tag, s)
		}
		for _, c := range []abuse.Category{abuse.Insult, abuse.Sexual, abuse.Threat, abuse.Hate} {
			assert.NotEmpty(t, w.Category(string(c)), "%v %v", w.Tag, c)
		}
		for _, d := range []abuse.Decision{abuse.ByModel, abuse.ByLexicon, abuse.ReportedVeto, abuse.QuotedVeto} {
			assert.NotEmpty(t, w.Decision(string(d)), "%v %v", w.Tag, d)
		}
		for _, c := range []string{"uttered", "reported", "negated", "self"} {
			assert.NotEmpty(t, w.HitContext(c), "%v %v", w.Tag, c)
		}
		for _, b := range []string{"none", "low", "abusive", "high"} {
			assert.NotEmpty(t, w.ScoreBand(b), "%v %v", w.Tag, b)
		}
	}
}

// TestFrenchAbuseWords: the French words of abuse categories and
// severities are abuse's own (Category.French, Severity.French).
func TestFrenchAbuseWords(t *testing.T) {
	for _, s := range []abuse.Severity{abuse.NoSeverity, abuse.Harsh, abuse.Insulting, abuse.Degrading, abuse.Violent} {
		assert.Equal(t, s.French(), wording.French.Severity(s.String()))
	}
	for _, c := range []abuse.Category{abuse.Insult, abuse.Sexual, abuse.Threat, abuse.Hate} {
		assert.Equal(t, c.French(), wording.French.Category(string(c)))
	}
}

func TestFor(t *testing.T) {
	for tag, want := range map[language.Tag]*wording.Words{
		language.French: wording.French, language.Und: wording.French, language.German: wording.French,
		language.English: wording.English, language.BritishEnglish: wording.English, language.MustParse("en-CA"): wording.English,
	} {
		assert.Same(t, want, wording.For(tag), tag.String())
	}
}

func TestHelpers(t *testing.T) {
	at := time.Date(2016, 1, 22, 23, 14, 0, 0, time.FixedZone("CET", 3600))
	assert.Equal(t, "22 janv. 2016 à 22:14 UTC", wording.French.Date(at))
	assert.Equal(t, "22 Jan 2016 at 22:14 UTC", wording.English.Date(at))
	assert.Equal(t, "—", wording.French.Quoted(""))
	assert.Equal(t, "«a⏎b»", wording.French.Quoted("a\nb"))
	long := "Le projet de loi sur les retraites passe en commission mardi : je défendrai"
	assert.Equal(t, "“Le projet de loi sur les retraites passe en commission ma…”", wording.English.Quoted(long))
	assert.Equal(t, "(sans texte)", wording.French.OneLine(" \n "))
	assert.Equal(t, "a b", wording.English.OneLine("a\n  b"))
	assert.Equal(t, "casse, accents", wording.French.Kinds((normalize.Case | normalize.Accent).Names()))
	assert.Equal(t, "négation ajoutée", wording.French.Difference("negation", true))
	assert.Equal(t, "negation cut", wording.English.Difference("negation", false))
	assert.Equal(t, " (Mastodon)", wording.Platform("mastodon"))
	assert.Equal(t, "", wording.Platform("generic"))
	assert.Equal(t, "generic:g1", wording.Address("", "generic", "g1"))
	assert.Equal(t, " (Nadia Fontaine)", wording.Name("Nadia Fontaine"))
}

func TestMontageWords(t *testing.T) {
	fr, en := wording.French, wording.English
	assert.Equal(t, "l'élément n°2", fr.Items([]int{1}))
	assert.Equal(t, "les éléments 1 et 2", fr.Items([]int{0, 1}))
	assert.Equal(t, "des éléments 1, 2 et 4", fr.OfItems([]int{0, 1, 3}))
	assert.Equal(t, "of item 3", en.OfItems([]int{2}))
	assert.Equal(t, "items 1 and 3", en.Items([]int{0, 2}))
	assert.Equal(t, "12 min", fr.Gap(12*time.Minute))
	assert.Equal(t, "30 h", fr.Gap(30*time.Hour))
	assert.Equal(t, "3 jours", fr.Gap(72*time.Hour))
	assert.Equal(t, "3 days", en.Gap(72*time.Hour))
	assert.Equal(t, "2.0 years", en.Gap(2*365*24*time.Hour+12*time.Hour))
	assert.Equal(t, "la même conversation", fr.ContextReason("la même conversation"))
	assert.Equal(t, "the same conversation", en.ContextReason("la même conversation"))
	assert.Equal(t, "Détail.", fr.Finding("not_found", "Détail.", []int{0, 1}))
	assert.Equal(t, "no post in the archive carries the words of items 1 and 2; the archive may be incomplete, this is no proof of a fake",
		en.Finding("not_found", "Détail.", []int{0, 1}))
	assert.Equal(t, "the items found have several authors (items 1 and 2)", en.Finding("mixed_authors", "Détail.", []int{0, 1}))
	for _, code := range []string{"spliced", "doctored", "unverifiable", "genuine"} {
		assert.NotEmpty(t, fr.MontageVerdict(code))
		assert.NotEmpty(t, en.MontageVerdict(code))
	}
}
