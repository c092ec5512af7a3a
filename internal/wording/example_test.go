package wording_test

import (
	"fmt"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/internal/wording"
)

// The same sentence of a report in both languages.
func ExampleFor() {
	at := time.Date(2016, 1, 22, 22, 14, 5, 0, time.UTC)
	for _, tag := range []language.Tag{language.French, language.English} {
		w := wording.For(tag)
		fmt.Println(w.F(wording.Verdict, "excerpt", w.Verdict("excerpt"), 0.96))
		fmt.Println(w.F(wording.Source, "KBelhadj_Avignon", wording.Name("Karim Belhadj"), w.Date(at), wording.Address("", "x", "101")))
	}
	// Output:
	//   → verdict : excerpt — extrait fidèle (score 0.96)
	//   Source : @KBelhadj_Avignon (Karim Belhadj), 22 janv. 2016 à 22:14 UTC — x:101
	//   → verdict: excerpt — a faithful excerpt (score 0.96)
	//   Source: @KBelhadj_Avignon (Karim Belhadj), 22 Jan 2016 at 22:14 UTC — x:101
}

// A Writer wraps a paragraph at 100 characters and keeps the first
// error.
func ExampleWriter() {
	w := &wording.Writer{W: os.Stdout}
	w.Wrap("Un mot, « affligé », et des centaines d’insultes depuis hier soir.", "  │ ")
	w.Line(wording.French.F(wording.StoryArchive, 3))
	fmt.Println(w.Err)
	// Output:
	//   │ Un mot, « affligé », et des centaines d’insultes depuis hier soir.
	// (archive : 3 messages)
	// <nil>
}
