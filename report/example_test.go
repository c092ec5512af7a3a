package report_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
	"github.com/guillemet/guillemet/report"
)

// An archive of two posts in canonical JSON Lines: a post and a reply.
const archive = `{"platform":"x","id":"101","author":"KBelhadj_Avignon","author_name":"Karim Belhadj","created_at":"2016-01-22T22:14:05Z","text":"Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.","url":"https://x.com/KBelhadj_Avignon/status/101"}
{"platform":"x","id":"102","author":"lucie_r","created_at":"2016-01-22T22:45:02Z","text":"@KBelhadj_Avignon Tout mon soutien","reply_to":"101"}
`

// link loads the archive and links one quote, as guillemet verify does.
func link(text string) *provenance.Result {
	ctx := context.Background()
	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive)); err != nil {
		panic(err)
	}
	r, err := provenance.Link(ctx, mem, text, nil)
	if err != nil {
		panic(err)
	}
	return r
}

// The JSON line of guillemet verify --json, from a Link result.
func ExampleVerify() {
	r := link("« Le debat merite mieux que ca »")
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(report.Verify(r, report.Quote{ID: "q1"}))
	// Output:
	// {"id":"q1","quote":"« Le debat merite mieux que ca »","verdict":"excerpt","score":0.96,"source":{"platform":"x","id":"101","author":"KBelhadj_Avignon","created_at":"2016-01-22T22:14:05Z","url":"https://x.com/KBelhadj_Avignon/status/101","from":["archive.jsonl:1"]},"quote_span":[3,31],"source_span":[39,71],"differences":[{"kind":"truncated_start","quote":"","source":"Affligé par ce que j’ai vu ce soir","quote_span":[3,3],"source_span":[0,37]},{"kind":"accent","quote":"debat merite","source":"débat mérite","quote_span":[6,18],"source_span":[42,56]},{"kind":"accent","quote":"ca","source":"ça","quote_span":[29,31],"source_span":[67,70]},{"kind":"typography","quote":"","source":".","quote_span":[31,31],"source_span":[70,71]}],"thread":{"root":"101","ancestors":[],"replies":["102"]},"context":[],"candidates":[{"platform":"x","id":"101","score":0.96,"verdict":"excerpt"}],"also_posted":[],"posts":[{"platform":"x","id":"101","author":"KBelhadj_Avignon","created_at":"2016-01-22T22:14:05Z","url":"https://x.com/KBelhadj_Avignon/status/101","from":["archive.jsonl:1"],"author_name":"Karim Belhadj","text":"Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça."},{"platform":"x","id":"102","author":"lucie_r","created_at":"2016-01-22T22:45:02Z","url":"https://x.com/lucie_r/status/102","from":["archive.jsonl:2"],"text":"@KBelhadj_Avignon Tout mon soutien","reply_to":"101"}]}
}

// The readable report of guillemet verify, in French, the default.
func ExampleText_Verify() {
	r := link("« Le debat merite mieux que ca »")
	t := report.NewText(os.Stdout, language.French)
	t.Verify(r, report.Quote{ID: "q1"})
	// Output:
	// Citation q1 :
	//   │ « Le debat merite mieux que ca »
	//   → verdict : excerpt — extrait fidèle (score 0.96)
	//   Source : @KBelhadj_Avignon (Karim Belhadj), 22 janv. 2016 à 22:14 UTC — https://x.com/KBelhadj_Avignon/status/101
	//   │ Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.
	//   Lu dans : archive.jsonl:1
	//   passage cité, octets [39,71) :
	//   │ Le débat mérite mieux que ça.
	//     · début omis         citation —  source «Affligé par ce que j’ai vu ce soir»
	//     · accents            citation «debat merite»  source «débat mérite»
	//     · accents            citation «ca»  source «ça»
	//     · typographie        citation —  source «.»
	//   Fil : message d'ouverture de sa conversation
	//   Réponses (1) :
	//     ↳ @lucie_r, 22 janv. 2016 à 22:45 UTC : @KBelhadj_Avignon Tout mon soutien
}

// The same report in English.
func ExampleText_Verify_english() {
	r := link("« Le debat merite mieux que ca »")
	t := report.NewText(os.Stdout, language.English)
	t.Verify(r, report.Quote{ID: "q1", Speaker: "Karim Belhadj"})
	// Output:
	// Quote q1 (attributed to Karim Belhadj):
	//   │ « Le debat merite mieux que ca »
	//   → verdict: excerpt — a faithful excerpt (score 0.96)
	//   Source: @KBelhadj_Avignon (Karim Belhadj), 22 Jan 2016 at 22:14 UTC — https://x.com/KBelhadj_Avignon/status/101
	//   │ Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.
	//   Read from: archive.jsonl:1
	//   quoted passage, bytes [39,71):
	//   │ Le débat mérite mieux que ça.
	//     · start left out     quote —  source “Affligé par ce que j’ai vu ce soir”
	//     · accents            quote “debat merite”  source “débat mérite”
	//     · accents            quote “ca”  source “ça”
	//     · typography         quote —  source “.”
	//   Thread: the opening post of its conversation
	//   Replies (1):
	//     ↳ @lucie_r, 22 Jan 2016 at 22:45 UTC: @KBelhadj_Avignon Tout mon soutien
}

// A quote that cannot be judged keeps its place in the report.
func ExampleQuoteReason() {
	_, err := provenance.Link(context.Background(), provenance.NewMemory(), "« … »", nil)
	reason, _ := report.QuoteReason(err, language.French)
	t := report.NewText(os.Stdout, language.French)
	t.Rejected(report.Quote{ID: "7", Line: 3}, "« … »", reason)
	// Output:
	// Citation 7 (ligne 3) :
	//   │ « … »
	//   → rejetée : la citation ne contient aucun mot.
}

// The JSON line and the report of guillemet abuse.
func ExampleAbuse() {
	text := "@MinistreDurand connard va"
	r, _ := abuse.Default.Classify(context.Background(), text)
	b, _ := json.Marshal(report.Abuse("m1", r))
	os.Stdout.Write(append(b, '\n'))
	report.NewText(os.Stdout, language.English).Abuse("m1", text, r)
	// Output:
	// {"id":"m1","abusive":true,"score":0.94,"categories":["insult"],"spans":[{"start":16,"end":23,"category":"insult","severity":"insulting"}],"severity":"insulting"}
	// [m1] abusive — score 0.94 — insult — severity: insulting
	//     “@MinistreDurand connard va”
	//     · insult: “connard” [16,23) — severity: insulting
}

// The explanation guillemet abuse --explain adds: which reading decided
// and the features that carried the learned score, as JSON and in
// words. (The explanation is made by hand here; abuse.Model.Explain
// gives it.)
func ExampleAbuseExplain() {
	e := abuse.Explanation{
		Result:   abuse.Result{Abusive: true, Score: 0.64, Categories: []abuse.Category{abuse.Insult}, Severity: abuse.Insulting},
		Decision: abuse.ByModel, Probability: 0.58, Threshold: 0.42, Logit: 0.31, Bias: -0.58,
		Up: []abuse.Contribution{
			{Feature: abuse.Feature{Kind: abuse.WordFeature, Text: "conne"}, Value: 0.25, Weight: 2.4, Contribution: 0.6},
			{Feature: abuse.Feature{Kind: abuse.LexiconFeature, Text: "any", Context: "negated"}, Value: 1, Weight: 0.1, Contribution: 0.1},
		},
		Down: []abuse.Contribution{
			{Feature: abuse.Feature{Kind: abuse.BandFeature, Text: "none"}, Value: 1, Weight: -0.58, Contribution: -0.58},
			{Feature: abuse.Feature{Kind: abuse.CharFeature, Text: " ou"}, Value: 0.02, Weight: -1, Contribution: -0.02},
		},
	}
	b, _ := json.Marshal(report.AbuseExplain(e))
	os.Stdout.Write(append(b, '\n'))
	b, _ = json.Marshal(report.AbuseNotLearned())
	os.Stdout.Write(append(b, '\n'))
	for _, tag := range []language.Tag{language.French, language.English} {
		t := report.NewText(os.Stdout, tag)
		t.Abuse("e1", "@ValentinRoux t conne ou quoi", e.Result)
		t.AbuseExplain(e)
	}
	report.NewText(os.Stdout, language.English).AbuseNotLearned()
	// Output:
	// {"learned":true,"decided_by":"model","probability":0.58,"threshold":0.42,"logit":0.31,"bias":-0.58,"up":[{"feature":"word \"conne\"","kind":"word","value":0.25,"weight":2.4,"contribution":0.6},{"feature":"lexicon any/negated","kind":"lexicon","value":1,"weight":0.1,"contribution":0.1}],"down":[{"feature":"lexicon score band none","kind":"band","value":1,"weight":-0.58,"contribution":-0.58},{"feature":"char \" ou\"","kind":"char","value":0.02,"weight":-1,"contribution":-0.02}]}
	// {"learned":false}
	// [e1] injurieux — score 0.64 — injure — gravité : injure
	//     « @ValentinRoux t conne ou quoi »
	//     ▸ décision : le score appris — probabilité du modèle 0.58, seuil 0.42 (logit 0.31, biais -0.58)
	//     ▸ vers « injurieux » :
	//         +0.600  mot « conne » (0.25 × 2.400)
	//         +0.100  lexique : toute catégorie niée (1 × 0.100)
	//     ▸ vers « non injurieux » :
	//         -0.580  score du lexique : nul (1 × -0.580)
	//         -0.020  caractères « _ou » (0.02 × -1.000)
	// [e1] abusive — score 0.64 — insult — severity: insulting
	//     “@ValentinRoux t conne ou quoi”
	//     ▸ decision: the learned score — model probability 0.58, threshold 0.42 (logit 0.31, bias -0.58)
	//     ▸ toward “abusive”:
	//         +0.600  word “conne” (0.25 × 2.400)
	//         +0.100  lexicon: any category, negated (1 × 0.100)
	//     ▸ toward “not abusive”:
	//         -0.580  lexicon score: none (1 × -0.580)
	//         -0.020  characters “_ou” (0.02 × -1.000)
	//     ▸ no learned score to explain: the classifier in use is not the learned model; what it found are its spans (above, if any)
}

// The JSON lines and the report of guillemet extract.
func ExampleExtract() {
	qs := quote.Extract("« Nous ne céderons pas », a déclaré Marie Lenoir.")
	for _, q := range qs {
		b, _ := json.Marshal(report.Extract(q))
		os.Stdout.Write(append(b, '\n'))
	}
	report.NewText(os.Stdout, language.French).Extract(qs)
	// Output:
	// {"text":"Nous ne céderons pas","start":3,"end":24,"speaker":"Marie Lenoir","attribution":"a déclaré Marie Lenoir","speaker_basis":"named","kind":"guillemets"}
	// 1. [3,24) Marie Lenoir — nommé à côté de la citation : « a déclaré Marie Lenoir »
	//    « Nous ne céderons pas »
}

// The JSON line of guillemet normalize --json.
func ExampleNormalize() {
	b, _ := json.Marshal(report.Normalize(normalize.Match, 1, "L’ÉTAT"))
	os.Stdout.Write(append(b, '\n'))
	// Output:
	// {"line":1,"profile":"match","text":"L’ÉTAT","normalized":"l'etat","changes":[{"kinds":["case"],"original":"L","normalized":"l","span":[0,1],"original_span":[0,1]},{"kinds":["typography"],"original":"’","normalized":"'","span":[1,2],"original_span":[1,4]},{"kinds":["case","accent"],"original":"É","normalized":"e","span":[2,3],"original_span":[4,6]},{"kinds":["case"],"original":"T","normalized":"t","span":[3,4],"original_span":[6,7]},{"kinds":["case"],"original":"A","normalized":"a","span":[4,5],"original_span":[7,8]},{"kinds":["case"],"original":"T","normalized":"t","span":[5,6],"original_span":[8,9]}],"tokens":[{"text":"l","kind":"word","span":[0,1],"original_span":[0,1],"elided":true},{"text":"etat","kind":"word","span":[2,6],"original_span":[4,9]}],"kinds":["typography","case","accent"]}
}

// The JSON line of guillemet montage --json, from a montage judgment.
func ExampleMontage() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	posts := `{"platform":"x","id":"201","author":"JulienMarcy","created_at":"2012-06-14T20:12:45Z","text":"Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !"}
{"platform":"x","id":"301","author":"lolo_del","created_at":"2013-01-05T23:41:02Z","text":"une bonne tournante et elle changera d’avis la Durand"}
`
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(posts)); err != nil {
		panic(err)
	}
	c := montage.Composite{Items: []montage.Item{
		{Text: "Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !", Author: "@JulienMarcy"},
		{Text: "une bonne tournante et elle changera d'avis la Durand", Author: "@lolo_del"},
	}}
	m, err := montage.Judge(ctx, mem, c, montage.Options{})
	if err != nil {
		panic(err)
	}
	j := report.Montage(m)
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(j.Items[1])
	for _, f := range j.Flags {
		fmt.Println(f.Code, f.Items)
	}
	// Output:
	// {"index":1,"verdict":"equivalent","source":{"platform":"x","id":"301","author":"lolo_del","created_at":"2013-01-05T23:41:02Z","url":"https://x.com/lolo_del/status/301","from":["archive.jsonl:2"]},"abuse":{"abusive":true,"categories":["sexual","threat"],"score":1,"severity":"violent"},"same_context_as_previous":false,"score":0.99,"text":"une bonne tournante et elle changera d'avis la Durand","source_text":"une bonne tournante et elle changera d’avis la Durand","differences":[{"kind":"typography","quote":"'","source":"’","quote_span":[38,39],"source_span":[38,41]}],"gap_hours":4923.47,"shown_author":"@lolo_del","author_matches":true,"author":"lolo_del","also_posted":[]}
	// spliced_abuse [0 1]
	// mixed_authors [0 1]
	// unrelated_contexts [0 1]
	// time_gap [0 1]
}

// Many quotes verified in one call, each answer printed as guillemet
// verify --quotes --json prints it: a quote without words keeps its place.
func ExampleLinked() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive)); err != nil {
		panic(err)
	}
	quotes := []provenance.Quote{
		{ID: "a", Line: 1, Text: "« … »"},
		{ID: "b", Line: 2, Text: "Tout mon soutien"},
	}
	err := provenance.LinkAll(ctx, mem, slices.Values(quotes), nil, 0, func(l provenance.Linked) error {
		if l.Err != nil {
			return report.WriteLine(os.Stdout, report.Linked(l))
		}
		fmt.Println(l.Quote.ID, l.Result.Verdict, l.Result.Source.Author) // the whole line is report.Linked(l)
		return nil
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// {"id":"a","line":1,"error":"quote: the quote holds no word"}
	// b equivalent lucie_r
}

// The readable answers of the same run, in English.
func ExampleText_Linked() {
	t := report.NewText(os.Stdout, language.English)
	t.Linked(provenance.Linked{Quote: provenance.Quote{ID: "a", Line: 1, Text: "« … »"}, Err: quote.ErrNoWords})
	// Output:
	// Quote a (line 1):
	//   │ « … »
	//   → rejected: the quote holds no word.
}
