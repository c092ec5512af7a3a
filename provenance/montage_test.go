package provenance_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
	"github.com/stretchr/testify/require"
)

func flagCodes(m *provenance.Montage) []string {
	var out []string
	for _, f := range m.Flags {
		out = append(out, f.Code)
	}
	slices.Sort(out)
	return out
}

// TestMontageTestdata judges the composites of testdata/montage, each
// carrying the verdict and flags it must get ("expect").
func TestMontageTestdata(t *testing.T) {
	ctx := context.Background()
	mem := provenance.NewMemory()
	_, err := (&provenance.Loader{}).Load(ctx, mem, "../testdata/montage/archive.jsonl")
	require.NoError(t, err)
	f, err := os.Open("../testdata/montage/composites.jsonl")
	require.NoError(t, err)
	defer f.Close()
	comps, rejected, err := provenance.ReadComposites(f, "composites.jsonl")
	require.NoError(t, err)
	require.Empty(t, rejected)

	expect := map[string]struct {
		Verdict string   `json:"verdict"`
		Flags   []string `json:"flags"`
	}{}
	g, err := os.Open("../testdata/montage/composites.jsonl")
	require.NoError(t, err)
	defer g.Close()
	sc := bufio.NewScanner(g)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			ID     string `json:"id"`
			Expect struct {
				Verdict string   `json:"verdict"`
				Flags   []string `json:"flags"`
			} `json:"expect"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line))
		expect[line.ID] = line.Expect
	}
	require.Len(t, comps, len(expect))
	for _, c := range comps {
		t.Run(c.ID, func(t *testing.T) {
			m, err := provenance.JudgeMontage(ctx, mem, c, provenance.MontageOptions{Classifier: abuse.New()})
			require.NoError(t, err)
			want := expect[c.ID]
			require.Equal(t, want.Verdict, m.Verdict)
			wantFlags := slices.Clone(want.Flags)
			slices.Sort(wantFlags)
			if wantFlags == nil {
				wantFlags = []string{}
			}
			got := flagCodes(m)
			if got == nil {
				got = []string{}
			}
			require.Equal(t, wantFlags, got, "%+v", m.Flags)
			for _, f := range m.Flags {
				require.NotEmpty(t, f.Detail)
				require.True(t, strings.HasSuffix(f.Detail, "."), f.Detail)
			}
		})
	}
}

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
	comp                 provenance.Composite
	kind                 string
	splicedAbuse         bool   // spliced_abuse must be raised
	verdict              string // the verdict it must get
	misattributed        []int
	trollItems, disputed int
}

// TestMontageGenerated judges 320 composites built from a generated
// archive with troll posts added, and prints spliced_abuse precision and
// recall, genuine accuracy and misattribution recall (targets 0.95).
func TestMontageGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20 000-post archive")
	}
	ctx := context.Background()
	mem, posts, _ := buildArchive(t, 20000, 3)
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
	item := func(text, author string) provenance.Item { return provenance.Item{Text: text, Author: "@" + author} }
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
			items := []provenance.Item{item(d.Text, d.Author)}
			for range n {
				tp := troll(d, false)
				items = append(items, item(tp.Text, tp.Author))
			}
			at := r.IntN(len(items))
			items[0], items[at] = items[at], items[0]
			cases = append(cases, montageCase{comp: provenance.Composite{Items: items, Disputed: at}, kind: "spliced_abuse", splicedAbuse: true, verdict: provenance.Spliced})
		case 1: // a real thread screenshot: the post and abusive replies by others
			items := []provenance.Item{item(d.Text, d.Author)}
			for range 1 + r.IntN(3) {
				tp := troll(d, true)
				items = append(items, item(tp.Text, tp.Author))
			}
			cases = append(cases, montageCase{comp: provenance.Composite{Items: items, Disputed: 0}, kind: "thread", verdict: provenance.Genuine})
		case 2: // a troll's insult shown under the disputed author's name
			tp := troll(d, true)
			items := []provenance.Item{item(d.Text, d.Author), item(tp.Text, d.Author)}
			cases = append(cases, montageCase{comp: provenance.Composite{Items: items, Disputed: 0}, kind: "misattributed", verdict: provenance.Doctored, misattributed: []int{1}})
		case 3: // two unrelated posts, no abuse: spliced, but not spliced_abuse
			e := draw()
			if e.Author == d.Author {
				continue
			}
			items := []provenance.Item{item(d.Text, d.Author), item(e.Text, e.Author)}
			cases = append(cases, montageCase{comp: provenance.Composite{Items: items, Disputed: 0}, kind: "unrelated", verdict: provenance.Spliced})
		}
	}
	opts := provenance.MontageOptions{Classifier: abuse.New()}
	var tp, fp, fn, verdictRight, genuineRight, genuineAll, misFound, misAll, accused, forgeriesPassed int
	var misses []string
	for i, c := range cases {
		c.comp.ID = fmt.Sprint("g", i)
		m, err := provenance.JudgeMontage(ctx, mem, c.comp, opts)
		require.NoError(t, err)
		raised := slices.Contains(flagCodes(m), provenance.FlagSplicedAbuse)
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
		if c.verdict == provenance.Genuine {
			genuineAll++
			if m.Verdict == provenance.Genuine {
				genuineRight++
			}
			if m.Verdict == provenance.Spliced || m.Verdict == provenance.Doctored {
				accused++
			}
		} else if m.Verdict == provenance.Genuine {
			forgeriesPassed++
		}
		for _, want := range c.misattributed {
			misAll++
			for _, f := range m.Flags {
				if f.Code == provenance.FlagMisattributed && slices.Contains(f.Items, want) {
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

func TestMontageEdgeCases(t *testing.T) {
	ctx := context.Background()
	mem := provenance.NewMemory()
	_, err := (&provenance.Loader{}).Load(ctx, mem, "../testdata/montage/archive.jsonl")
	require.NoError(t, err)
	opts := provenance.MontageOptions{Classifier: abuse.New()}

	// An item of only emoji holds no word: it is kept, not found, and says why.
	m, err := provenance.JudgeMontage(ctx, mem, provenance.Composite{Items: []provenance.Item{{Text: "Affligé."}, {Text: "😡😡😡"}}}, opts)
	require.NoError(t, err)
	require.Equal(t, provenance.Unverifiable, m.Verdict)
	require.ErrorIs(t, m.Items[1].Err, quote.ErrNoWords)
	require.Equal(t, []string{provenance.FlagNotFound}, flagCodes(m))

	// One item found is genuine: there is no pair to break.
	m, err = provenance.JudgeMontage(ctx, mem, provenance.Composite{Items: []provenance.Item{{Text: "Affligé.", Author: "@KBelhadj_Avignon", Date: "22 janv. 2016"}}}, opts)
	require.NoError(t, err)
	require.Equal(t, provenance.Genuine, m.Verdict)
	require.Empty(t, m.Flags)
	require.True(t, *m.Items[0].AuthorMatches)
	require.True(t, *m.Items[0].DateMatches)

	// A wrong date shown is said on the item.
	m, err = provenance.JudgeMontage(ctx, mem, provenance.Composite{Items: []provenance.Item{{Text: "Affligé.", Date: "3 mars 2019"}}}, opts)
	require.NoError(t, err)
	require.False(t, *m.Items[0].DateMatches)

	_, err = provenance.JudgeMontage(ctx, mem, provenance.Composite{}, opts)
	require.ErrorContains(t, err, "no items")
	_, err = provenance.JudgeMontage(ctx, mem, provenance.Composite{Items: []provenance.Item{{Text: "a"}}, Disputed: 3}, opts)
	require.ErrorContains(t, err, "out of range")
	_, err = provenance.JudgeMontage(ctx, mem, provenance.Composite{Items: []provenance.Item{{Text: "a"}}}, provenance.MontageOptions{})
	require.ErrorIs(t, err, provenance.ErrNoClassifier)
}
