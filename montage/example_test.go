package montage_test

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

// An archive of three posts in canonical JSON Lines: an original, a
// reply, and a later retweet of the original.
const archive = `{"platform":"x","id":"101","author":"KBelhadj_Avignon","created_at":"2016-01-22T22:14:05Z","text":"Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça."}
{"platform":"x","id":"102","author":"lucie_r","created_at":"2016-01-22T22:45:02Z","text":"@KBelhadj_Avignon Tout mon soutien","reply_to":"101"}
{"platform":"x","id":"103","author":"asso84","created_at":"2016-01-23T08:00:00Z","text":"RT @KBelhadj_Avignon: Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.","repost_of":"101"}
`

// A screenshot of a councillor's tweet with another account's abuse set
// under it: the two posts were never together.
func ExampleJudge() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	posts := `{"platform":"x","id":"201","author":"JulienMarcy","created_at":"2012-06-14T20:12:45Z","text":"Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !"}
{"platform":"x","id":"202","author":"JulienMarcy","created_at":"2012-06-14T20:31:07Z","text":"Pénaliser les clients, c’est exposer les travailleuses aux violences."}
{"platform":"x","id":"301","author":"lolo_del","created_at":"2013-01-05T23:41:02Z","text":"une bonne tournante et elle changera d’avis la Durand"}
`
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(posts)); err != nil {
		panic(err)
	}
	// The screenshot: his tweet, and another account's abuse under it.
	c := montage.Composite{Disputed: 0, Items: []montage.Item{
		{Text: "Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !", Author: "@JulienMarcy"},
		{Text: "une bonne tournante et elle changera d'avis la Durand", Author: "@lolo_del"},
	}}
	m, err := montage.Judge(ctx, mem, c, montage.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Verdict)
	for _, f := range m.Flags {
		fmt.Println(f.Flag, f.Items)
	}
	fmt.Println(m.Items[0].Link.After[0].ID, "came next")
	// Output:
	// spliced
	// spliced_abuse [0 1]
	// mixed_authors [0 1]
	// unrelated_contexts [0 1]
	// time_gap [0 1]
	// 202 came next
}

// A troll's reply shown under the councillor's own handle: the two posts
// were together (a thread), but the second is not his.
func ExampleJudge_doctored() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive+
		`{"platform":"x","id":"104","author":"patriote_1789","created_at":"2016-01-22T22:16:40Z","text":"@KBelhadj_Avignon t’es qu’un collabo","reply_to":"101"}
`)); err != nil {
		panic(err)
	}
	c := montage.Composite{Items: []montage.Item{
		{Text: "Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.", Author: "@KBelhadj_Avignon", Date: "22 janv. 2016"},
		{Text: "@KBelhadj_Avignon t’es qu’un collabo", Author: "@KBelhadj_Avignon", Date: "22 janv. 2016"},
	}}
	m, err := montage.Judge(ctx, mem, c, montage.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Verdict)
	for _, f := range m.Flags {
		fmt.Println(f.Flag, f.Items)
	}
	fmt.Println("n°2 is by", m.Items[1].Author)
	// Output:
	// doctored
	// mixed_authors [0 1]
	// misattributed [1]
	// n°2 is by patriote_1789
}

// Composites read one at a time, a rejected one in its place.
func ExampleScanner() {
	in := `{"id":"c1","items":[{"text":"Affligé.","author":"@KBelhadj_Avignon"}]}
{"id":"c2","items":[]}
`
	sc := montage.NewScanner(strings.NewReader(in), "captures.jsonl")
	for {
		c, err := sc.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println(c.ID, len(c.Items), "item")
	}
	// Output:
	// c1 1 item
	// rejected: captures.jsonl:2: composite has no items
}

// Dates as screenshots show them, read with their precision.
func ExampleParseDate() {
	captured := time.Date(2024, 11, 5, 10, 0, 0, 0, time.UTC)
	for _, s := range []string{"12 juin 2012", "9:41 PM · 1 déc. 2020", "il y a 3 h", "12/06"} {
		d, err := montage.ParseDate(s, captured)
		if err != nil {
			panic(err)
		}
		// The instants the date allows, in UTC: a day in Paris or in
		// UTC, an age counted back from the capture.
		fmt.Println(s, "→", d.From.Format(time.RFC3339), d.To.Format(time.RFC3339))
	}
	d, _ := montage.ParseDate("12 juin 2012", time.Time{})
	fmt.Println(d.Contains(time.Date(2012, 6, 12, 23, 30, 0, 0, time.UTC))) // 13 June in Paris, 12 June in UTC
	_, err := montage.ParseDate("le jour des morts", captured)
	fmt.Println(err)
	// Output:
	// 12 juin 2012 → 2012-06-11T22:00:00Z 2012-06-13T00:00:00Z
	// 9:41 PM · 1 déc. 2020 → 2020-12-01T20:41:00Z 2020-12-01T21:42:00Z
	// il y a 3 h → 2024-11-05T06:00:00Z 2024-11-05T07:30:00Z
	// 12/06 → 2024-06-11T22:00:00Z 2024-06-13T00:00:00Z
	// true
	// montage: date "le jour des morts": unknown word "jour"
}
