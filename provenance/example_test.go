package provenance_test

import (
	"context"
	"fmt"
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
