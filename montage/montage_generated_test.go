package montage_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/stretchr/testify/require"
)

// trollTemplates are abusive posts by fictional troll accounts, written
// for the generated montage set: sexual insults, threats, insults and
// hate aimed at the author of a post (%s: the author's name).
var trollTemplates = []string{
	"%s c'est une salope, qu'elle dégage du conseil",
	"une bonne tournante et elle fermera sa gueule, %s",
	"%s, faudrait la tondre comme à la Libération",
	"On va te retrouver %s et tu vas le regretter",
	"je vais te crever sale traître de %s, on sait où tu habites",
	"ferme ta gueule %s, pauvre connard",
	"%s espèce de grosse pute, dégage",
	"%s arabe de service, retourne dans ton pays",
	"sale race, %s et les siens ont tout pourri",
	"j'espère que %s se fera violer, ça lui apprendra",
	"pauvre connasse de %s, personne ne t'écoute",
	"fdp de %s va",
}

// montageCase is a generated composite and what it must get.
type montageCase struct {
	comp          montage.Composite
	kind          string
	splicedAbuse  bool            // spliced_abuse must be raised
	verdict       montage.Verdict // the verdict it must get
	misattributed []int
}

// TestMontageGenerated judges 320 composites built from a generated
// archive with troll posts added, and prints spliced_abuse precision and
// recall, genuine accuracy and misattribution recall (targets 0.95).
func TestMontageGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20 000-post archive")
	}
	ctx := context.Background()
	mem, posts := loadCorpus(t, 20000, 3)
	r := rand.New(rand.NewPCG(3, 7))
	trollAt := time.Date(2023, 3, 1, 12, 0, 0, 0, time.UTC)
	nextTroll := 0
	// troll adds an abusive post aimed at target's author: a reply to
	// target, or a post of its own at another time.
	troll := func(target corpus.Post, reply bool) provenance.Post {
		nextTroll++
		// The target's longest word as a hashtag, as trolls tag the
		// subject: it keeps each troll post's text its own, so that Link
		// finds that very post.
		text := fmt.Sprintf(trollTemplates[r.IntN(len(trollTemplates))], target.AuthorName) + " #" + longestWord(target.Text)
		p := provenance.Post{Platform: provenance.X, ID: fmt.Sprintf("troll%d", nextTroll), Author: fmt.Sprintf("troll_%d", nextTroll%17),
			CreatedAt: trollAt.Add(time.Duration(nextTroll) * 37 * time.Hour), Text: text}
		if reply {
			p.ReplyTo, p.Conversation = target.ID, target.Conversation
			if p.Conversation == "" {
				p.Conversation = target.ID
			}
			p.Text = "@" + target.Author + " " + text
			p.CreatedAt = target.CreatedAt.Add(time.Duration(3+nextTroll%50) * time.Minute)
		}
		require.NoError(t, mem.Put(ctx, p))
		return p
	}
	// Originals of at least ten words, not replies, not copies.
	var originals []corpus.Post
	for _, p := range posts {
		if p.ReplyTo == "" && p.RepostOf == "" && p.QuoteOf == "" && len(strings.Fields(p.Text)) >= 10 {
			originals = append(originals, p)
		}
	}
	item := func(text, author string) montage.Item { return montage.Item{Text: text, Author: "@" + author} }
	var cases []montageCase
	// Each composite gets posts of its own: a post drawn twice would give
	// two troll posts the same text.
	r.Shuffle(len(originals), func(i, j int) { originals[i], originals[j] = originals[j], originals[i] })
	next := 0
	draw := func() corpus.Post { next++; return originals[next-1] }
	for k := 0; len(cases) < 320; k++ {
		d := draw()
		switch k % 4 {
		case 0: // the seed-002 montage: others' abuse set beside the disputed post
			n := 1 + r.IntN(3)
			items := []montage.Item{item(d.Text, d.Author)}
			for range n {
				tp := troll(d, false)
				items = append(items, item(tp.Text, tp.Author))
			}
			at := r.IntN(len(items))
			items[0], items[at] = items[at], items[0]
			cases = append(cases, montageCase{comp: montage.Composite{Items: items, Disputed: at}, kind: "spliced_abuse", splicedAbuse: true, verdict: montage.Spliced})
		case 1: // a real thread screenshot: the post and abusive replies by others
			items := []montage.Item{item(d.Text, d.Author)}
			for range 1 + r.IntN(3) {
				tp := troll(d, true)
				items = append(items, item(tp.Text, tp.Author))
			}
			cases = append(cases, montageCase{comp: montage.Composite{Items: items, Disputed: 0}, kind: "thread", verdict: montage.Genuine})
		case 2: // a troll's insult shown under the disputed author's name
			tp := troll(d, true)
			items := []montage.Item{item(d.Text, d.Author), item(tp.Text, d.Author)}
			cases = append(cases, montageCase{comp: montage.Composite{Items: items, Disputed: 0}, kind: "misattributed", verdict: montage.Doctored, misattributed: []int{1}})
		case 3: // two unrelated posts, no abuse: spliced, but not spliced_abuse
			e := draw()
			if e.Author == d.Author {
				continue
			}
			items := []montage.Item{item(d.Text, d.Author), item(e.Text, e.Author)}
			cases = append(cases, montageCase{comp: montage.Composite{Items: items, Disputed: 0}, kind: "unrelated", verdict: montage.Spliced})
		}
	}
	opts := montage.Options{Classifier: abuse.Default}
	var tp, fp, fn, verdictRight, genuineRight, genuineAll, misFound, misAll, accused, forgeriesPassed int
	var misses []string
	for i, c := range cases {
		c.comp.ID = fmt.Sprint("g", i)
		m, err := montage.Judge(ctx, mem, c.comp, opts)
		require.NoError(t, err)
		raised := slices.Contains(flagCodes(m), montage.FlagSplicedAbuse.String())
		switch {
		case raised && c.splicedAbuse:
			tp++
		case raised:
			fp++
		case c.splicedAbuse:
			fn++
		}
		if m.Verdict == c.verdict {
			verdictRight++
		}
		if c.verdict == montage.Genuine {
			genuineAll++
			if m.Verdict == montage.Genuine {
				genuineRight++
			}
			if m.Verdict == montage.Spliced || m.Verdict == montage.Doctored {
				accused++
			}
		} else if m.Verdict == montage.Genuine {
			forgeriesPassed++
		}
		for _, want := range c.misattributed {
			misAll++
			for _, f := range m.Flags {
				if f.Flag == montage.FlagMisattributed && slices.Contains(f.Items, want) {
					misFound++
				}
			}
		}
		if raised != c.splicedAbuse || m.Verdict != c.verdict {
			if len(misses) < 20 {
				misses = append(misses, fmt.Sprintf("%s %s: %s %v", c.comp.ID, c.kind, m.Verdict, m.Flags))
			}
		}
	}
	precision := ratio(tp, tp+fp)
	recall := ratio(tp, tp+fn)
	t.Logf("\n| generated montages | value |\n|---|---|\n| composites | %d |\n| verdict accuracy | %.3f (%d/%d) |\n| spliced_abuse precision | %.3f (%d/%d) |\n| spliced_abuse recall | %.3f (%d/%d) |\n| genuine accuracy | %.3f (%d/%d) |\n| genuine accused (spliced or doctored) | %d |\n| forgeries called genuine | %d |\n| misattribution recall | %.3f (%d/%d) |",
		len(cases), ratio(verdictRight, len(cases)), verdictRight, len(cases), precision, tp, tp+fp, recall, tp, tp+fn,
		ratio(genuineRight, genuineAll), genuineRight, genuineAll, accused, forgeriesPassed, ratio(misFound, misAll), misFound, misAll)
	for _, m := range misses {
		t.Log("miss: " + m)
	}
	require.GreaterOrEqual(t, len(cases), 300)
	require.GreaterOrEqual(t, precision, 0.95, "spliced_abuse precision")
	require.GreaterOrEqual(t, recall, 0.95, "spliced_abuse recall")
	require.GreaterOrEqual(t, ratio(genuineRight, genuineAll), 0.95, "genuine accuracy")
	require.GreaterOrEqual(t, ratio(verdictRight, len(cases)), 0.95, "verdict accuracy")
	require.Zero(t, accused, "genuine composites called spliced or doctored")
	require.Zero(t, forgeriesPassed, "forged composites called genuine")
	require.GreaterOrEqual(t, ratio(misFound, misAll), 0.95, "misattribution recall")
}

// longestWord returns the longest run of letters in s.
func longestWord(s string) string {
	best := ""
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(f) > len(best) {
			best = f
		}
	}
	return best
}

// BenchmarkMontage1M judges 6-item composites (texts of the labelled
// queries, screen order as drawn) against 1 000 000 posts, abuse
// classification included. Target on one core: p50 ≤ 15 ms.
func BenchmarkMontage1M(b *testing.B) {
	m, qs := loadBig(b)
	opts := montage.Options{Classifier: abuse.Default}
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		var c montage.Composite
		for k := range 6 {
			q := qs[(i*6+k)%len(qs)]
			c.Items = append(c.Items, montage.Item{Text: q.Text})
		}
		t0 := time.Now()
		if _, err := montage.Judge(ctx, m, c, opts); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
}

// loadCorpus generates n posts (seed) and loads them through the
// canonical JSON Lines reader, as the command line would.
func loadCorpus(tb testing.TB, n int, seed uint64) (*provenance.Memory, []corpus.Post) {
	tb.Helper()
	posts := corpus.Generate(corpus.Config{Posts: n, Seed: seed})
	var buf bytes.Buffer
	require.NoError(tb, corpus.WriteJSONL(&buf, posts))
	m := provenance.NewMemory()
	var rej []string
	_, err := (&provenance.Loader{Reject: func(r provenance.Rejection) { rej = append(rej, r.Error()) }}).
		ReadFrom(context.Background(), m, "corpus.jsonl", &buf)
	require.NoError(tb, err)
	require.Empty(tb, rej)
	return m, posts
}

var (
	bigOnce    sync.Once
	bigArchive *provenance.Memory
	bigQueries []corpus.Query
)

// loadBig builds, once per test binary, the archive of 1 000 000
// generated posts (seed 1) and 2 000 labelled queries of every kind, as
// provenance's BenchmarkLink1M does.
func loadBig(b *testing.B) (*provenance.Memory, []corpus.Query) {
	if testing.Short() {
		b.Skip("1M posts")
	}
	bigOnce.Do(func() {
		var posts []corpus.Post
		bigArchive, posts = loadCorpus(b, 1_000_000, 1)
		bigQueries = corpus.Queries(posts, 2000, 5)
	})
	if bigArchive == nil {
		b.Fatal("the 1M archive could not be built")
	}
	return bigArchive, bigQueries
}
