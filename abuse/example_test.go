package abuse_test

import (
	"context"
	"fmt"
	"math"

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
	fmt.Println(r.Abusive, r.Score, r.Categories, r.Severity)
	for _, s := range r.Spans {
		fmt.Printf("%s %s %q\n", s.Category, s.Severity, s.Span.In(text))
	}
	// Output:
	// true 1 [insult] harsh
	// insult harsh "c0llab0"
	// insult harsh "tr@ître"
}

// The seed-002 montage: the activist's real tweet is political
// name-calling (Harsh); the tweets other accounts wrote and that were
// set beside it carry a sexist slur, insults, a call to shave and a call
// to gang-rape. Categories and severity tell them apart.
func ExampleSeverity() {
	lex := abuse.New()
	for _, text := range []string{
		"Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle !",
		"c'est une salope, qu'elle dégage",
		"cette connasse de ministre, quelle grosse conne",
		"faudrait la tondre",
		"une bonne tournante",
	} {
		r := lex.Analyze(text)
		fmt.Printf("%s %v (%s)\n", r.Severity, r.Categories, r.Severity.French())
	}
	// Output:
	// harsh [insult] (propos durs)
	// degrading [insult sexual] (injure dégradante)
	// insulting [insult] (injure)
	// violent [threat] (violence)
	// violent [sexual threat] (violence)
}

// Severity is ordered, and reads and writes its name as text (JSON).
func ExampleSeverity_MarshalText() {
	var s abuse.Severity
	if err := s.UnmarshalText([]byte("degrading")); err != nil {
		panic(err)
	}
	b, _ := s.MarshalText()
	fmt.Println(string(b), s > abuse.Insulting, s < abuse.Violent)
	fmt.Println(s.UnmarshalText([]byte("grave")))
	// Output:
	// degrading true true
	// abuse: unknown severity "grave" (want none, harsh, insulting, degrading or violent)
}

// An article that lists the insults a councillor received reports abuse:
// it is not abusive, and its spans are marked Reported.
func ExampleLexicon_Analyze_reported() {
	text := "Se faisant traiter « d’Arabe de service », de « collabo », l'élu a reçu de nombreux soutiens."
	r := abuse.New().Analyze(text)
	fmt.Println(r.Abusive, r.Reported)
	for _, s := range r.Spans {
		fmt.Printf("%s %q reported=%v\n", s.Category, s.Span.In(text), s.Reported)
	}
	// Output:
	// false true
	// hate "Arabe de service" reported=true
	// insult "collabo" reported=true
}

// Threats, sexual abuse and hate are told apart; a span may carry two
// categories. A call to shave someone is a threat, and Violent; a wish
// that someone be raped and a slur are Degrading.
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
	// abusive 0.80 violent [threat] threat[10,28)
	// abusive 0.99 violent [sexual threat] sexual[0,23) threat[0,23)
	// abusive 0.90 degrading [hate] hate[0,22)
	// not abusive 0.00 []
	// not abusive 0.00 []
}

// The learned scorer (abuse.Default) scores what the lexicon (abuse.New)
// reads, and keeps the lexicon's reading where it has one: the sms
// insult is abusive for both, reported abuse stays not abusive whatever
// the model's probability, harsh criticism too; a message the lexicon
// does not read gets the model's score, below the threshold here.
func ExampleNewModel() {
	m := abuse.NewModel()
	for _, text := range []string{
		"t conne",
		"J'ai reçu ce message : « sale attardé »",
		"@MinistreDurand Démissionne, menteuse !",
		"va te cacher gros lard",
	} {
		lex, _ := abuse.New().Classify(context.Background(), text)
		r, err := m.Classify(context.Background(), text)
		if err != nil {
			panic(err)
		}
		fmt.Printf("lexicon %v %.2f, model %v %.2f %s %v reported %v\n", lex.Abusive, lex.Score, r.Abusive, r.Score, r.Severity, r.Categories, r.Reported)
	}
	// Output:
	// lexicon true 0.75, model true 0.96 insulting [insult] reported false
	// lexicon false 0.08, model false 0.08 none [] reported true
	// lexicon false 0.00, model false 0.14 none [] reported false
	// lexicon false 0.00, model false 0.39 none [] reported false
}

// Model.Explain says which features carried the learned score, and which
// reading decided: here the lexicon finds an insult the author utters,
// and its high score band is among what raised the abusive head's
// logit. The bias and the contributions add up to the logit.
func ExampleModel_Explain() {
	text := "@ValentinRoux t'es qu'une grosse conasse"
	e, err := abuse.NewModel().Explain(context.Background(), text, 0)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Result.Abusive, e.Result.Categories, e.Decision)
	sum, raised := e.Bias, map[string]bool{}
	for _, c := range e.Up {
		sum += c.Contribution
		raised[c.Feature.String()] = true
	}
	for _, c := range e.Down {
		sum += c.Contribution
	}
	fmt.Println(raised["lexicon score band high"])
	fmt.Printf("%.4f\n", math.Abs(sum-e.Logit))
	// Output:
	// true [insult] lexicon
	// true
	// 0.0000
}
