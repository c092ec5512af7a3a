package quote_test

import (
	"fmt"
	"strings"

	"github.com/guillemet/guillemet/quote"
)

// An article retypes a post: straight apostrophes, cher.e.s for cher•e•s,
// and the trailing link dropped. The quote is the whole post, differing
// only by normalization: equivalent, with each difference named.
func ExampleAlign() {
	post := "Chers ami•e•s, je m’en vais pour un temps. https://t.co/x1"
	q := "Chers ami.e.s, je m'en vais pour un temps."
	a, err := quote.Align(q, post)
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Verdict, a.Kinds())
	for _, d := range a.Differences {
		fmt.Printf("%s: %q for %q\n", d.Kind, d.QuoteText, d.SourceText)
	}
	// Output:
	// equivalent [inclusive link typography]
	// inclusive: "ami.e.s" for "ami•e•s"
	// typography: "'" for "’"
	// link: "" for "https://t.co/x1"
}

// A dropped negation is not a detail: the quote is altered, and the
// dropped words are shown in the source.
func ExampleAlign_altered() {
	a, _ := quote.Align("Il faut minimiser ces messages", "Il ne faut pas minimiser ces messages.")
	fmt.Println(a.Verdict)
	fmt.Print(a)
	// Output:
	// altered
	// verdict: altered  score: 0.707  words: 5 in quote, 5 matched
	// quote  [0,30): Il ⟦1⟧faut ⟦2⟧minimiser ces messages⟦3⟧
	// source [0,38): Il ⟦1 ne⟧ faut ⟦2 pas⟧ minimiser ces messages⟦3 .⟧
	//   1. negation        quote —  source "ne"
	//   2. negation        quote —  source "pas"
	//   3. typography      quote —  source "."
}

// An elision mark does not excuse a reversal: a mark that hides the pas
// of ne … pas is a negation difference, and the quote is altered; so is
// a statement turned into a question. Each difference names the source
// words or marks it concerns.
func ExampleAlign_meaning() {
	for _, p := range [][2]string{
		{"Je ne suis (...) favorable à la réforme des retraites.", "Je ne suis pas favorable à la réforme des retraites."},
		{"Ce gouvernement est une honte ?", "Ce gouvernement est une honte."},
		{"Je pense (...) qu'il faut voter.", "Je pense, même si je ne l'ai pas toujours dit, qu'il faut voter."},
	} {
		a, _ := quote.Align(p[0], p[1])
		fmt.Println(a.Verdict, a.Score)
		for _, d := range a.Differences {
			fmt.Printf("  %s: %q for %q\n", d.Kind, d.QuoteText, d.SourceText)
		}
	}
	// Output:
	// altered 0.9
	//   negation: "(...)" for "pas"
	// altered 0.833
	//   punctuation: "?" for "."
	// elided 1
	//   elision: "(...)" for "même si je ne l'ai pas toujours dit"
}

// Elision marks in the quote may skip source words; the skipped words are
// listed so that a reader can judge what was left out.
func ExampleAlign_elided() {
	src := "Je voulais seulement vous parler. Je ne vous veux aucun mal, croyez-moi. Répondez-moi."
	a, _ := quote.Align("Je voulais seulement vous parler (...) Répondez-moi.", src)
	fmt.Println(a.Verdict)
	for _, d := range a.Differences {
		fmt.Printf("%s: %q stands for %q\n", d.Kind, d.QuoteText, d.SourceText)
	}
	// Output:
	// elided
	// elision: "(...)" stands for "Je ne vous veux aucun mal, croyez-moi"
}

// A quote prepared once is aligned with several posts without being
// normalized again; each alignment gives the same result as Align.
func ExamplePrepare() {
	p, err := quote.Prepare("« Je ne suis pas favorable à la réforme des retraites »")
	if err != nil {
		panic(err)
	}
	for _, post := range []string{
		"Je ne suis pas favorable à la réforme des retraites, et je le dirai jeudi.",
		"Je suis favorable à la réforme des retraites.",
		"Réunion publique sur la réforme des retraites jeudi à 19 h.",
	} {
		a := p.Align(post)
		fmt.Printf("%s %v %v, longest run %d of %d words\n", a.Verdict, a.Score, a.Kinds(), a.LongestRun, a.Words.Quote)
	}
	// Output:
	// excerpt 1 [truncated_end], longest run 10 of 10 words
	// altered 0.792 [negation typography], longest run 6 of 10 words
	// not_found 0.4 [], longest run 0 of 10 words
}

// Supported says which of the quote's words the source supports, and
// LongestRun the longest run of them standing in the source as written:
// a replaced word is not supported, and it stops the run.
func ExampleAlignment_supported() {
	p, _ := quote.Prepare("Il faut voter contre la réforme des retraites")
	a := p.Align("Il faut voter pour la réforme des retraites.")
	words := p.Words()
	var kept, left []string
	for i, ok := range a.Supported {
		w := words[i].In(p.Text())
		if ok {
			kept = append(kept, w)
		} else {
			left = append(left, w)
		}
	}
	fmt.Println(a.Verdict)
	fmt.Println("supported:", strings.Join(kept, " "))
	fmt.Println("not supported:", strings.Join(left, " "))
	fmt.Println("longest run:", a.LongestRun)
	// Output:
	// altered
	// supported: Il faut voter la réforme des retraites
	// not supported: contre
	// longest run: 4
}

// Extract finds the quotations of an article with their speakers, and
// says how it found each: named beside the quotation, resolved from a
// pronoun, or unknown when the article does not say.
func ExampleExtract() {
	article := "« Nous ne céderons pas », a déclaré Marie Lenoir lundi. " +
		"Le maire, Paul Hamon, a réagi\u202f: «\u202fC’est de la com\u202f». « Nous verrons », a-t-elle ajouté.\n\n" +
		"« Rien n’est joué. »"
	for _, q := range quote.Extract(article) {
		fmt.Printf("%q — %q, %s (%s)\n", q.Text, q.Speaker, q.Basis, q.Attribution)
	}
	// Output:
	// "Nous ne céderons pas" — "Marie Lenoir", named (a déclaré Marie Lenoir)
	// "C’est de la com" — "Paul Hamon", named (Le maire, Paul Hamon, a réagi)
	// "Nous verrons" — "Marie Lenoir", pronoun (a-t-elle ajouté)
	// "Rien n’est joué." — "", unknown ()
}

// An embedded post, as news sites print it, gives the post's text, the
// author's handle and the date.
func ExampleExtract_embedded() {
	article := "Vous êtes tou•te•s invité•e•s ce soir pic.twitter.com/Ab12 — Hélène Marceau (@HeleneMarceau) 1er décembre 2020"
	q := quote.Extract(article)[0]
	fmt.Println(q.Kind, q.Speaker, q.Handle, q.Date)
	fmt.Println(q.Text)
	// Output:
	// embedded Hélène Marceau HeleneMarceau 2020-12-01
	// Vous êtes tou•te•s invité•e•s ce soir pic.twitter.com/Ab12
}
