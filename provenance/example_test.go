package provenance_test

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/provenance"
)

// An archive of three posts in canonical JSON Lines: an original, a
// reply, and a later retweet of the original.
const archive = `{"platform":"x","id":"101","author":"KBelhadj_Avignon","created_at":"2016-01-22T22:14:05Z","text":"Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça."}
{"platform":"x","id":"102","author":"lucie_r","created_at":"2016-01-22T22:45:02Z","text":"@KBelhadj_Avignon Tout mon soutien","reply_to":"101"}
{"platform":"x","id":"103","author":"asso84","created_at":"2016-01-23T08:00:00Z","text":"RT @KBelhadj_Avignon: Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.","repost_of":"101"}
`

func ExampleLink() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	stats, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive))
	if err != nil {
		panic(err)
	}
	fmt.Println(stats)

	res, err := provenance.Link(ctx, mem, "« Le debat merite mieux que ca »", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Verdict, res.Source.Author, res.Source.ID)
	for _, r := range res.Thread.Replies {
		fmt.Println("reply by", r.Author)
	}
	for _, s := range res.Shares {
		fmt.Println("reposted by", s.Author)
	}

	res, _ = provenance.Link(ctx, mem, "Le débat ne mérite pas mieux que ça", nil)
	fmt.Println(res.Verdict, res.Source.ID)
	// Output:
	// loaded 3 posts from 1 file (0 rejected)
	// excerpt KBelhadj_Avignon 101
	// reply by lucie_r
	// reposted by asso84
	// altered 101
}

func ExampleLoader() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	l := &provenance.Loader{Reject: func(r provenance.Rejection) { fmt.Println("rejected:", r) }}
	data := `{"id":"1","author":"a","created_at":"2025-03-11T08:02:11Z","text":"bonjour"}
{"id":"2","author":"a","created_at":"hier","text":"au revoir"}
`
	stats, _ := l.ReadFrom(ctx, mem, "posts.jsonl", strings.NewReader(data))
	fmt.Println(stats)
	// Output:
	// rejected: posts.jsonl:2: field created_at: unparsable date "hier" (want RFC 3339)
	// loaded 1 post from 1 file (1 rejected)
}

func ExampleJudgeMontage() {
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
	c := provenance.Composite{Disputed: 0, Items: []provenance.Item{
		{Text: "Démission ! Votre loi va précariser des milliers de travailleuses. Irresponsable !", Author: "@JulienMarcy"},
		{Text: "une bonne tournante et elle changera d'avis la Durand", Author: "@lolo_del"},
	}}
	m, err := provenance.JudgeMontage(ctx, mem, c, provenance.MontageOptions{Classifier: abuse.New()})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Verdict)
	for _, f := range m.Flags {
		fmt.Println(f.Code, f.Items)
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

// A deputy's words posted on Mastodon a minute before her X post: naming
// the author the quote is attributed to picks her X post, and the other
// posts with the same words are listed.
func ExampleLink_author() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	posts := `{"platform":"mastodon","id":"112600000000000001","author":"cvidal@piaille.fr","created_at":"2024-06-10T07:57:02Z","text":"Le décret passera en force : nous le combattrons à l’Assemblée. #AssuranceChomage"}
{"platform":"x","id":"1800000000000000001","author":"ClaireVidal_AN","created_at":"2024-06-10T07:58:10Z","text":"Le décret passera en force : nous le combattrons à l’Assemblée."}
{"platform":"x","id":"1800000000000000002","author":"copieur_75","created_at":"2024-06-10T10:30:00Z","text":"Le décret passera en force : nous le combattrons à l’Assemblée."}
`
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "posts.jsonl", strings.NewReader(posts)); err != nil {
		panic(err)
	}
	quote := "« Le décret passera en force : nous le combattrons à l'Assemblée »"
	res, _ := provenance.Link(ctx, mem, quote, nil)
	fmt.Println("earliest:", res.Source.Platform, res.Source.Author)
	res, _ = provenance.Link(ctx, mem, quote, &provenance.Options{Author: "@ClaireVidal_AN"})
	fmt.Println("hers:", res.Source.Platform, res.Source.Author, res.Verdict)
	for _, m := range res.AlsoPosted {
		fmt.Println("also posted by", m.Post.Author)
	}
	// Output:
	// earliest: mastodon cvidal@piaille.fr
	// hers: x ClaireVidal_AN equivalent
	// also posted by cvidal@piaille.fr
	// also posted by copieur_75
}

func ExampleAuthor_Is() {
	post := provenance.Post{Platform: provenance.Mastodon, Author: "cvidal@piaille.fr", AuthorName: "Claire Vidal 🌹"}
	for _, shown := range []string{"@cvidal", "@cvidal@mamot.fr", "Claire Vidal", "C. Vidal", "Ordre moral"} {
		match, known := provenance.ParseAuthor(shown).Is(post)
		fmt.Println(shown, match, known)
	}
	// Output:
	// @cvidal true true
	// @cvidal@mamot.fr false true
	// Claire Vidal true true
	// C. Vidal true true
	// Ordre moral false true
}

// Composites read one at a time, a rejected one in its place.
func ExampleCompositeScanner() {
	in := `{"id":"c1","items":[{"text":"Affligé.","author":"@KBelhadj_Avignon"}]}
{"id":"c2","items":[]}
`
	sc := provenance.NewCompositeScanner(strings.NewReader(in), "captures.jsonl")
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

// A troll's reply shown under the councillor's own handle: the two posts
// were together (a thread), but the second is not his.
func ExampleJudgeMontage_doctored() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive+
		`{"platform":"x","id":"104","author":"patriote_1789","created_at":"2016-01-22T22:16:40Z","text":"@KBelhadj_Avignon t’es qu’un collabo","reply_to":"101"}
`)); err != nil {
		panic(err)
	}
	c := provenance.Composite{Items: []provenance.Item{
		{Text: "Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.", Author: "@KBelhadj_Avignon", Date: "22 janv. 2016"},
		{Text: "@KBelhadj_Avignon t’es qu’un collabo", Author: "@KBelhadj_Avignon", Date: "22 janv. 2016"},
	}}
	m, err := provenance.JudgeMontage(ctx, mem, c, provenance.MontageOptions{Classifier: abuse.New()})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Verdict)
	for _, f := range m.Flags {
		fmt.Println(f.Code, f.Items)
	}
	fmt.Println("n°2 is by", m.Items[1].Author)
	// Output:
	// doctored
	// mixed_authors [0 1]
	// misattributed [1]
	// n°2 is by patriote_1789
}

// Verify many quotes in one call: in parallel, answered in input order,
// each error kept in its place.
func ExampleLinkAll() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive)); err != nil {
		panic(err)
	}
	quotes := []provenance.Quote{
		{ID: "a", Text: "Le débat mérite mieux que ça"},
		{ID: "b", Text: "« … »"},
		{ID: "c", Text: "Affligé par ce que j'ai vu ce matin"},
	}
	err := provenance.LinkAll(ctx, mem, slices.Values(quotes), nil, 0, func(l provenance.Linked) error {
		if l.Err != nil {
			fmt.Println(l.Quote.ID, "error:", l.Err)
			return nil
		}
		fmt.Println(l.Quote.ID, l.Result.Verdict, l.Result.Source.ID)
		return nil
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// a excerpt 101
	// b error: quote: the quote holds no word
	// c altered 101
}
