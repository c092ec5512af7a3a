package provenance_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

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

// How an archive outside the package ranks candidates as Memory does:
// keys stored per post, weights from the document frequencies, scores
// summed by Score.
func ExampleScore() {
	posts := map[string]string{
		"1": "Le débat mérite mieux que ça.",
		"2": "Un débat sans fin sur le budget.",
		"3": "Le budget des écoles mérite un débat.",
	}
	keys, df := map[string][]string{}, map[string]int{}
	for id, text := range posts {
		keys[id] = provenance.SearchKeys(text) // stored with the post
		for _, k := range keys[id] {
			df[k]++
		}
	}
	q := provenance.NewQuery("« le debat merite mieux »")
	fmt.Println(q.Keys())
	terms := q.Terms(len(posts), func(k string) int { return df[k] }, provenance.Limits{})
	for _, t := range terms {
		fmt.Printf("%s in %d posts: %.3f\n", t.Key, t.Posts, t.Weight)
	}
	for _, id := range []string{"1", "2", "3"} {
		fmt.Printf("post %s: %.3f\n", id, provenance.Score(terms, keys[id]))
	}
	// Output:
	// [debat merite mieux]
	// mieux in 1 posts: 1.386
	// merite in 2 posts: 0.693
	// debat in 3 posts: 0.288
	// post 1: 2.367
	// post 2: 0.288
	// post 3: 0.981
}

// A post seen twice: the copy fills what the first lacked; another text
// is a conflict and the first is kept.
func ExampleMerge() {
	at := time.Date(2016, 1, 22, 22, 14, 5, 0, time.UTC)
	stored := provenance.Post{Platform: provenance.X, ID: "101", Author: "KBelhadj_Avignon", CreatedAt: at, Text: "Le débat mérite mieux que ça."}
	again := stored
	again.URL = "https://x.com/KBelhadj_Avignon/status/101"
	merged, err := provenance.Merge(stored, again)
	fmt.Println(merged.URL, errors.Is(err, provenance.ErrDuplicate))

	again.Text = "Le débat ne mérite pas mieux."
	merged, err = provenance.Merge(stored, again)
	var conflict *provenance.ConflictError
	fmt.Println(merged.Text, errors.As(err, &conflict))
	// Output:
	// https://x.com/KBelhadj_Avignon/status/101 true
	// Le débat mérite mieux que ça. true
}

// The cycle rule on an archive's own post ids: 3 replies to 2, which
// replies to 1; 1 may not reply to 3.
func ExampleClosesCycle() {
	parent := map[int]int{3: 2, 2: 1}
	up := func(id int) (int, bool) { p, ok := parent[id]; return p, ok }
	fmt.Println(provenance.ClosesCycle(1, 3, up))
	fmt.Println(provenance.ClosesCycle(4, 3, up))
	// Output:
	// true
	// false
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
