package corpus

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// words hashes the words of s as keyWords does.
func words(s string) []uint64 {
	var out []uint64
	for _, w := range keyWords(nil, s) {
		out = append(out, w.h)
	}
	return out
}

func TestNearCopyMeasures(t *testing.T) {
	for _, c := range []struct {
		a, b           string
		common, end    int
		withInsertions bool
	}{
		{"Les restaurateurs de Grébois ne sont pas dupes.", "« Les restaurateurs ne sont pas dupes » ? Sérieusement ?", 6, 4, true},
		{"« Pitoyable » : c'est le mot employé par Pierre Dubert.", "“Pitoyable” : c’est le mot employé par Pierre Carrez.", 8, 8, true},
		{"Il faut rouvrir la gare sans attendre. La hausse du prix est courageuse.", "À lire 👇 La hausse du prix est courageuse, et il faudra aller plus loin.", 6, 6, false},
		{"La fermeture du cimetière, c’est une honte pour les agriculteurs de Chalac.", "La fermeture de la rocade, c’est une honte pour les agriculteurs de Boisecourt.", 10, 2, false},
		{"un deux trois", "quatre cinq six", 0, 0, false},
		{"un deux trois quatre cinq", "un deux trois quatre cinq", 5, 5, true},
		{"un deux x trois y quatre z cinq", "un deux trois quatre cinq", 5, 2, false},
	} {
		a, b := words(c.a), words(c.b)
		require.Equal(t, c.common, commonInOrder(a, b), c.a)
		require.Equal(t, c.end, endRun(a, b), c.a)
		require.Equal(t, c.withInsertions, heldWithInsertions(a, b), c.a)
	}
}

// TestHardNoSourceNoNearCopy checks the hard set's sentences without a
// source against every post that shares two in five of their words, by
// brute force rather than through the 5-gram lists nearCopies reads:
// none is a post with a word or two changed or inserted, nor a post's
// run glued at one end.
func TestHardNoSourceNoNearCopy(t *testing.T) {
	set := Hard(HardConfig{Config: Config{Posts: 5000, Seed: 3}, Queries: 600, QuerySeed: 4})
	type post struct {
		ws []uint64
		in map[uint64]bool
	}
	posts := make([]post, len(set.Posts))
	for i, p := range set.Posts {
		posts[i].ws = words(p.Text)
		posts[i].in = map[uint64]bool{}
		for _, w := range posts[i].ws {
			posts[i].in[w] = true
		}
	}
	checked := 0
	for _, q := range set.Queries {
		if !noSource(q.Kind) {
			continue
		}
		checked++
		a := words(q.Text)
		n := float64(len(a))
		for i, p := range posts {
			shared := 0
			for _, w := range a {
				if p.in[w] {
					shared++
				}
			}
			if float64(shared) < 0.4*n {
				continue
			}
			msg := q.ID + " " + q.Text + " | " + set.Posts[i].Text
			require.Less(t, float64(commonInOrder(a, p.ws)), nearCopyShare*n, msg)
			require.False(t, endGlued(a, p.ws), msg)
			require.False(t, heldWithInsertions(a, p.ws), msg)
		}
	}
	require.Greater(t, checked, 100)
}
