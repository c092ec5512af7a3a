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
			v, ok := quote.ParseVerdict(name)
			assert.True(t, ok, name)
			assert.NotEmpty(t, w.Verdict(v), "%v %s", w.Tag, name)
		}
		for _, name := range []string{"typography", "spacing", "case", "accent", "inclusive", "ligature", "emoji",
			"link", "mention", "mojibake", "spelling", "word_replaced", "word_inserted", "word_deleted",
			"elision", "negation", "punctuation", "truncated_start", "truncated_end"} {
			k, ok := quote.ParseKind(name)
			assert.True(t, ok, name)
			assert.NotEmpty(t, w.DifferenceLabel(quote.Difference{Kind: k, Source: quote.Span{End: 1}}), "%v %s", w.Tag, name)
		}
		for k := normalize.Kind(1); k != 0; k <<= 1 {
			if _, ok := normalize.ParseKind(k.String()); ok {
				assert.NotEmpty(t, w.Kinds(k), "%v %v", w.Tag, k)
			}
		}
		for _, s := range []abuse.Severity{abuse.NoSeverity, abuse.Harsh, abuse.Insulting, abuse.Degrading, abuse.Violent} {
			assert.NotEmpty(t, w.Severity(s.String()), "%v %v", w.Tag, s)
		}
		for _, c := range []abuse.Category{abuse.Insult, abuse.Sexual, abuse.Threat, abuse.Hate} {
			assert.NotEmpty(t, w.Category(string(c)), "%v %v", w.Tag, c)
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
	assert.Equal(t, "casse, accents", wording.French.Kinds(normalize.Case|normalize.Accent))
	assert.Equal(t, " (Mastodon)", wording.Platform("mastodon"))
	assert.Equal(t, "", wording.Platform("generic"))
	assert.Equal(t, "generic:g1", wording.Address("", "generic", "g1"))
	assert.Equal(t, " (Nadia Fontaine)", wording.Name("Nadia Fontaine"))
}
