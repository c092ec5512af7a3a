package montage_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

// A judgment prints as its readable report: in French with String (or
// fmt), in English with WriteReport. Its first line says what a
// committee must not miss.
func ExampleMontage_String() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	posts := `{"platform":"x","id":"201","author":"JulienMarcy","created_at":"2012-06-14T20:12:45Z","text":"Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !"}
{"platform":"x","id":"301","author":"lolo_del","created_at":"2013-01-05T23:41:02Z","text":"une bonne tournante et elle changera d’avis la Durand"}
`
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(posts)); err != nil {
		panic(err)
	}
	c := montage.Composite{ID: "capture-1", Items: []montage.Item{
		{Text: "Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !", Author: "@JulienMarcy", Date: "14 juin 2012"},
		{Text: "une bonne tournante et elle changera d'avis la Durand", Author: "@lolo_del"},
	}}
	m, err := montage.Judge(ctx, mem, c, montage.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Print(m)
	fmt.Println()
	_ = m.WriteReport(os.Stdout, language.English)
	// Output:
	// MONTAGE : jamais ensemble — n°1 (@JulienMarcy) | n°2 (@lolo_del) ; l'élément contesté est le n°1, de @JulienMarcy.
	// Capture capture-1 : 2 éléments, élément contesté n°1
	// → verdict : spliced — MONTAGE — des éléments qui n'ont jamais été ensemble ont été rapprochés
	//
	// ▶ n°1 (affiché : @JulienMarcy · 14 juin 2012)
	//    │ Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !
	//    écrit par @JulienMarcy, 14 juin 2012 à 20:12 UTC — verbatim (mot pour mot)
	//    lu dans : archive.jsonl:1
	//
	//   n°2 (affiché : @lolo_del)
	//    │ une bonne tournante et elle changera d'avis la Durand
	//    écrit par @lolo_del, 5 janv. 2013 à 23:41 UTC — equivalent (équivalente (mêmes mots, autre typographie))
	//    lu dans : archive.jsonl:2
	//    contenu injurieux : injure sexuelle, menace (gravité : violence)
	//    avec le précédent : aucun lien, 205 jours d'écart
	//
	// • spliced_abuse : Des messages injurieux (injure sexuelle, menace ; gravité : violence) écrits par d'autres comptes (@lolo_del), hors du contexte de l'élément n°1, ont été placés à côté de lui, alors qu'il n'est lui-même pas injurieux.
	// • mixed_authors : Les éléments retrouvés ont 2 auteurs différents : @JulienMarcy, @lolo_del.
	// • unrelated_contexts : Des éléments voisins sur la capture n'ont jamais été ensemble : ni même conversation, ni citation ou repartage, ni messages consécutifs d'un auteur.
	// • time_gap : Plus de 24 heures séparent des éléments voisins (les éléments 1 et 2).
	//
	// Le vrai contexte de l'élément contesté (n°1) :
	//
	// MONTAGE: never together — #1 (@JulienMarcy) | #2 (@lolo_del); the disputed item is #1, by @JulienMarcy.
	// Screenshot capture-1: 2 items, disputed item #1
	// → verdict: spliced — MONTAGE — items that were never together were put side by side
	//
	// ▶ #1 (shown: @JulienMarcy · 14 juin 2012)
	//    │ Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !
	//    written by @JulienMarcy, 14 Jun 2012 at 20:12 UTC — verbatim (word for word)
	//    read from: archive.jsonl:1
	//
	//   #2 (shown: @lolo_del)
	//    │ une bonne tournante et elle changera d'avis la Durand
	//    written by @lolo_del, 5 Jan 2013 at 23:41 UTC — equivalent (equivalent (the same words, other typography))
	//    read from: archive.jsonl:2
	//    abusive content: sexual insult, threat (severity: violent)
	//    with the previous item: no link, 205 days apart
	//
	// • spliced_abuse: abusive posts by other accounts, from outside the disputed item's context, were set beside it (items 1 and 2)
	// • mixed_authors: the items found have several authors (items 1 and 2)
	// • unrelated_contexts: neighbouring items were never together: not one conversation, no quote or reshare, not consecutive posts of one author (items 1 and 2)
	// • time_gap: more than 24 hours separate neighbouring items (items 1 and 2)
	//
	// The real context of the disputed item (#1):
}
