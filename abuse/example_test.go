package abuse_test

import (
	"context"
	"fmt"

	"github.com/guillemet/guillemet/abuse"
)

// A reply from seed 000: the masked words are read, the spans point at
// the bytes the reader saw.
func Example() {
	text := "@KBelhadj_Avignon t’es qu’un c0llab0 et un tr@ître"
	r, err := abuse.Default.Classify(context.Background(), text)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Abusive, r.Score, r.Categories)
	for _, s := range r.Spans {
		fmt.Printf("%s %q\n", s.Category, text[s.Start:s.End])
	}
	// Output:
	// true 0.97 [insult]
	// insult "c0llab0"
	// insult "tr@ître"
}

// An article that lists the insults a councillor received reports abuse:
// it is not abusive, and its spans are marked Reported.
func ExampleLexicon_Analyze_reported() {
	text := "Se faisant traiter « d’Arabe de service », de « collabo », l'élu a reçu de nombreux soutiens."
	r := abuse.New().Analyze(text)
	fmt.Println(r.Abusive, r.Reported)
	for _, s := range r.Spans {
		fmt.Printf("%s %q reported=%v\n", s.Category, text[s.Start:s.End], s.Reported)
	}
	// Output:
	// false true
	// hate "Arabe de service" reported=true
	// insult "collabo" reported=true
}

// Threats, sexual abuse and hate are told apart; a span may carry two
// categories.
func ExampleLexicon_Analyze_categories() {
	lex := abuse.New()
	for _, text := range []string{
		"celle-là faudrait la tondre",
		"qu'elle se fasse violer",
		"retourne dans ton pays",
		"Démission ! Incompétente !",
		"tu n'es pas un connard",
	} {
		fmt.Println(lex.Analyze(text))
	}
	// Output:
	// abusive 0.80 [threat] threat[10,28)
	// abusive 0.99 [sexual threat] sexual[0,23) threat[0,23)
	// abusive 0.90 [hate] hate[0,22)
	// not abusive 0.00 []
	// not abusive 0.00 []
}
