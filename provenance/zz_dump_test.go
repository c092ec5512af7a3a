package provenance_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

func runOf(s []bool) int {
	r, best := 0, 0
	for _, ok := range s {
		if ok { r++; best = max(best, r) } else { r = 0 }
	}
	return best
}
func cnt(s []bool) int { n := 0; for _, ok := range s { if ok { n++ } }; return n }

func TestZZDump(t *testing.T) {
	n := 100_000
	if os.Getenv("ZZ1M") != "" { n = 1_000_000 }
	set := corpus.Hard(corpus.HardConfig{Config: corpus.Config{Posts: n, Seed: 15}, Queries: 4000, QuerySeed: 16})
	m := hardLoad(t, set.Posts)
	for _, q := range set.Queries {
		if q.Split() != "dev" { continue }
		res, _ := provenance.Link(context.Background(), m, q.Text, nil)
		if q.Kind == corpus.Splice && (res.Source == nil || res.Source.ID != q.Want && res.Source.ID != q.Also) {
			fmt.Printf("SPL %s\n  Q: %s\n", res.Verdict, q.Text)
			for i, c := range res.Candidates {
				if i > 5 { break }
				tag := ""
				if c.Post.ID == q.Want { tag = "WANT" } else if c.Post.ID == q.Also { tag = "ALSO" }
				fmt.Printf("  C%d %s %v sup=%v n=%d run=%d q=%d rep=%d ins=%d del=%d: %s\n", i, tag, c.Alignment.Verdict, c.Supported, cnt(c.Alignment.Supported), c.Alignment.LongestRun, c.Alignment.Words.Quote, c.Alignment.Words.Replaced, c.Alignment.Words.Inserted, c.Alignment.Words.Deleted, c.Post.Text)
			}
			for _, p := range set.Posts { if p.ID == q.Want || p.ID == q.Also { fmt.Printf("  TRUE %s: %s\n", p.ID, p.Text) } }
		}
		if res.Source == nil || res.Verdict != quote.Altered { continue }
		label := "RIGHT"
		if q.Want == "" { label = "FALSE" } else if res.Source.ID != q.Want && res.Source.ID != q.Also { label = "WRONG" }
		var B provenance.Match
		for _, c := range res.Candidates { if c.Post.ID == res.Source.ID { B = c } }
		sb := B.Alignment.Supported
		// union of supports of non-near-copies
		other := make([]bool, len(sb))
		bestOther, bestOtherRun, gen := 0, 0, 0
		for _, c := range res.Candidates {
			if c.Post.Text == B.Post.Text { continue }
			sc := c.Alignment.Supported
			inter := 0
			for i := range sb { if sb[i] && i < len(sc) && sc[i] { inter++ } }
			if related(B.Post.Text, c.Post.Text) { continue }
			gen = max(gen, inter)
			for i := range sb { if i < len(sc) && sc[i] { other[i] = true } }
			if cnt(sc) > bestOther { bestOther = cnt(sc) }
			bestOtherRun = max(bestOtherRun, runOf(sc))
		}
		priv := make([]bool, len(sb))
		for i := range sb { priv[i] = sb[i] && !other[i] }
		if label == "FALSE" { fmt.Printf("QQ %s\n   %s\n", q.Text, B.Post.Text) }
		w := B.Alignment.Words
		fmt.Printf("ROW %s %s q=%d n=%d run=%d rep=%d ins=%d del=%d privN=%d privRun=%d otherN=%d otherRun=%d dist=%d gaps=%d spell=%d\n", label, q.Kind, w.Quote, cnt(sb), B.Alignment.LongestRun, w.Replaced, w.Inserted, w.Deleted, cnt(priv), runOf(priv), bestOther, bestOtherRun, cnt(sb)-gen, gaps(sb), w.Spelling)
	}
}

func bag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(s)) { m[strings.Trim(w, ".,;:!?«»\"'()")]++ }
	return m
}
func contain(a, b map[string]int) float64 {
	n, t := 0, 0
	for w, k := range a { t += k; n += min(k, b[w]) }
	if t == 0 { return 0 }
	return float64(n)/float64(t)
}
func related(x, y string) bool {
	a, b := bag(x), bag(y)
	return contain(a, b) >= 0.8 || contain(b, a) >= 0.8
}

func gaps(s []bool) int {
	first, last := -1, -1
	for i, ok := range s { if ok { if first < 0 { first = i }; last = i } }
	g := 0
	for i := first; i >= 0 && i <= last; i++ { if !s[i] && s[i-1] { g++ } }
	if first > 0 { g++ }
	if last >= 0 && last < len(s)-1 { g++ }
	return g
}
