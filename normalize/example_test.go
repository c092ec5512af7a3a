package normalize_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

func ExampleProfile_String() {
	fmt.Println(normalize.Match.String("L’ÉTAT, c’est moi !"))
	fmt.Println(normalize.Match.String("L'Etat , c'est   moi!"))
	fmt.Println(normalize.Display.String("  DÃ©missionne\u200b ! "))
	// Output:
	// l'etat, c'est moi!
	// l'etat, c'est moi!
	// Démissionne !
}

func ExampleProfile_Equal() {
	tweet := "Chers gens que j’aime bien sur Twitter et cher•e•s inconnu•e•s qui m’aimez bien pic.twitter.com/D6VCmJFxVF"
	article := "Chers gens que j'aime bien sur Twitter et cher.e.s inconnu.e.s qui m'aimez bien"
	fmt.Println(normalize.Match.Equal(tweet, article))
	fmt.Println(normalize.Match.Equal("Il faut le dire", "Il ne faut pas le dire"))
	// Output:
	// true
	// false
}

func ExampleText_OriginalSpan() {
	post := "Il y a eu 3 procès, il est allé en prison. Il vient de rerererecommencer 😡"
	src := normalize.Match.Normalize(post)
	key := normalize.Match.String("il vient de recommencer")
	i := strings.Index(src.String(), key)
	start, end := src.OriginalSpan(i, i+len(key))
	fmt.Printf("[%d,%d) %s\n", start, end, post[start:end])
	// Output:
	// [45,74) Il vient de rerererecommencer
}

func ExampleText_Tokens() {
	t := normalize.Match.Normalize("l’ÉTAT, c’est moi")
	for _, tok := range t.Tokens() {
		fmt.Printf("%s %q elided=%v original=%q\n", tok.Kind, tok.Text, tok.Elided, t.Original()[tok.OrigStart:tok.OrigEnd])
	}
	// Output:
	// word "l" elided=true original="l"
	// word "etat" elided=false original="ÉTAT"
	// punct "," elided=false original=","
	// word "c" elided=true original="c"
	// word "est" elided=false original="est"
	// word "moi" elided=false original="moi"
}

func ExampleText_AppendWords() {
	t := normalize.Match.Normalize("L’ÉTAT, c’est moi : 2 fois !")
	fmt.Printf("%q\n", t.AppendWords(nil))
	// Output:
	// ["l" "etat" "c" "est" "moi" "2" "fois"]
}

func ExampleText_Changes() {
	t := normalize.Match.Normalize("Â«Â cher•e•s Â»")
	for _, c := range t.Changes() {
		fmt.Printf("%-20s %q → %q\n", c.Kind, c.Original, c.Normalized)
	}
	// Output:
	// mojibake             "Â«" → "«"
	// spacing+mojibake     "Â " → ""
	// inclusive            "•e•s" → "·es"
	// spacing              " " → ""
	// mojibake             "Â»" → "»"
}

// A Buffer saves the allocations of a loop that normalizes many texts;
// each Text is valid until the next call with the same Buffer.
func ExampleProfile_NormalizeBuffer() {
	var buf normalize.Buffer
	for _, post := range []string{"L’ÉLUE a répondu « NON ».", "Élu·e·s, merci !"} {
		t := normalize.Match.NormalizeBuffer(post, &buf)
		fmt.Println(t.String())
	}
	// Output:
	// l'elue a repondu «non».
	// elu·es, merci!
}

func ExampleRepairMojibake() {
	s, changed := normalize.RepairMojibake("jusquâ€™Ã  ce que tu dÃ©missionnes")
	fmt.Println(s, changed)
	// Output:
	// jusqu’à ce que tu démissionnes true
}

func ExampleOCREqual() {
	fmt.Println(normalize.OCREqual("gouvernement", "gouvemement"))
	fmt.Println(normalize.OCREqual("Ie", "le"))
	fmt.Println(normalize.SpellingDistance("harcèle", "harcelle", 2))
	// Output:
	// true
	// true
	// 1
}

func ExampleDeobfuscate() {
	for _, s := range []string{"s@lope", "c0nnard", "s.a.l.o.p.e", "p*te"} {
		fmt.Println(normalize.Deobfuscate(s))
	}
	// Output:
	// salope
	// connard
	// salope
	// p*te
}

func ExampleNew() {
	keepEmoji := normalize.New(normalize.Without(normalize.Emoji))
	fmt.Println(keepEmoji.String("Bravo 👏"))
	fmt.Println(normalize.Match.String("Bravo 👏"))
	// Output:
	// bravo 👏
	// bravo
}

func ExampleSpan() {
	post := "Je ne céderai rien. Nous ne céderons pas."
	s := normalize.Span{Start: 21, End: 42}
	fmt.Println(s, s.Len(), s.In(post))
	fmt.Println(s.Contains(normalize.Span{Start: 26, End: 28}), s.Overlaps(normalize.Span{Start: 0, End: 20}))
	b, _ := json.Marshal(s)
	fmt.Println(string(b))
	// Output:
	// [21,42) 21 Nous ne céderons pas
	// true false
	// [21,42]
}

func ExampleRetweetOf() {
	fmt.Printf("%q\n", normalize.RetweetOf("RT @KBelhadj_Avignon: Affligé par ce que j’ai vu ce soir."))
	fmt.Printf("%q\n", normalize.RetweetOf("RT @mcorbiere@piaille.fr: je défendrai nos amendements"))
	fmt.Printf("%q\n", normalize.RetweetOf("Affligé par ce que j’ai vu ce soir."))
	// Output:
	// "KBelhadj_Avignon"
	// "mcorbiere@piaille.fr"
	// ""
}

func ExampleShortMisreading() {
	// A screenshot read by OCR: « Ia » is « la », « dc » is « de »; « IA »
	// typed as such folds to the same Match key, which the caller decides
	// about (the search leaves it out of a query, the alignment reads it as
	// a slip only where the source has « la »).
	for _, w := range []string{"Ia", "dc", "11", "maire"} {
		fmt.Printf("%s → %q\n", w, normalize.ShortMisreading(normalize.Match.String(w)))
	}
	// Output:
	// Ia → "la"
	// dc → "de"
	// 11 → "il"
	// maire → ""
}
