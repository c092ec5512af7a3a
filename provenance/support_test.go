package provenance

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
	"github.com/stretchr/testify/require"
)

// supportPosts is a small archive of posts written on a few templates,
// as a city's accounts write them: the same boilerplate sentences with
// another subject, another place, another date.
var supportPosts = []string{
	"Ce soir, conseil municipal à 19h30 : au menu, la hausse des impôts locaux et la fermeture des fontaines de Mauval-des-Bois.",
	"Ce soir, conseil municipal à 18h30 : au menu, l’appel à projets pour l’emploi et la mise sous cloche du sentier.",
	"Ce soir, conseil municipal à 20h : au menu, la rénovation du gymnase et le projet de jumelage avec Alans.",
	"Selon nos informations, le conseil municipal de Sainte-Foy prévoirait d’approuver la diminution des retards de trains. https://www.lecourrier.fr/actualite/806192",
	"La préfecture parle de scandale. La diminution des retards de trains ? Calamiteux.",
	"“Pitoyable” : c’est le mot employé par Pierre Carrez pour qualifier le projet de nouvelle école. Le projet de nouvelle école, c’est une erreur.",
	"Merci aux familles de Tauignon-les-Vignes pour leur soutien ce jeudi !",
	"Merci aux élus de Boisville pour leur soutien ce lundi !",
	"La mise aux normes du collège public, c’est un succès pour les élus du quartier. Nous tiendrons une réunion publique à la salle des fêtes.",
	"Les travaux du pont de la Sorne commencent lundi et dureront jusqu’à la fin du mois de mars, la circulation sera alternée.",
	"La fermeture partielle de la rocade, c’est une honte pour les agriculteurs de Boisecourt. Le conseil de quartier informe les riverains.",
	"Le gel des loyers est définitif pour une durée indéterminée. Un choix carrément scandaleux pour les parents de Valbrune.",
}

// TestSupportRule is the adversarial set of the rule that pins an
// altered quote on a post (supports): sentences in no post that share
// a boilerplate phrase or a template with many posts must come back
// not_found; a post with a word changed, a post changed at one end, and the halves of a splice long
// enough to stand, must keep their source.
func TestSupportRule(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	t0 := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)
	for i, text := range supportPosts {
		require.NoError(t, m.Put(ctx, Post{Platform: X, ID: fmt.Sprint(1000 + i), Author: fmt.Sprintf("ville%d", i),
			CreatedAt: t0.Add(time.Duration(i) * time.Hour), Text: text}))
	}
	for _, tc := range []struct {
		quote string
		want  int // index in supportPosts, -1 for not_found
		also  int // the other half of a splice, listed in Candidates; -1 for none
	}{
		// A boilerplate phrase, then words no post holds.
		{"La municipalité de Belneuve vient de réviser l’appel à projets pour l’emploi.", -1, -1},
		{"La métropole a validé en séance la diminution des retards de trains.", -1, -1},
		{"Ce soir, conseil municipal à 19h30 : au menu, la fermeture de la bibliothèque et le projet de médiathèque.", -1, -1},
		// A template with other words in its slots.
		{"Merci aux agriculteurs de Rosbois pour leur appui ce mardi !", -1, -1},
		// The same template, its slots filled otherwise on both sides of
		// the phrase it shares: more than half of the quote in one run,
		// but in the middle of it.
		{"La fermeture partielle du cimetière Laura-Fonerot, c’est une honte pour les agriculteurs de Chalac.", -1, -1},
		// A post with a word changed at one end: the post, altered.
		{"Le gel des loyers est définitif pour une durée indéterminée. Un choix vraiment honteux pour les familles de Clairval.", 11, -1},
		// A post with its name changed: the post, altered.
		{"\"Pitoyable\" : c’est le mot employé par Pierre Dubert pour qualifier le projet de nouvelle école.", 5, -1},
		// A splice of two posts, halves of eight words and more.
		{"La mise aux normes du collège public, c’est un succès pour les élus. Les travaux du pont de la Sorne commencent lundi", 8, 9},
		{"la circulation sera alternée. Merci aux familles de Tauignon-les-Vignes pour leur soutien ce jeudi !", 6, 9},
	} {
		res, err := Link(ctx, m, tc.quote, nil)
		require.NoError(t, err, tc.quote)
		if tc.want < 0 {
			require.Nil(t, res.Source, "%s: given %v", tc.quote, res.Source)
			require.Equal(t, quote.NotFound, res.Verdict, tc.quote)
			continue
		}
		require.NotNil(t, res.Source, tc.quote)
		require.Equal(t, fmt.Sprint(1000+tc.want), res.Source.ID, tc.quote)
		require.Equal(t, quote.Altered, res.Verdict, tc.quote)
		if tc.also >= 0 {
			listed := false
			for _, c := range res.Candidates {
				listed = listed || c.Post.ID == fmt.Sprint(1000+tc.also)
			}
			require.True(t, listed, "%s: the other half is not among the candidates", tc.quote)
		}
	}
}

func TestGaps(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"xxxx", 0}, {"....", 1}, {"..xx", 1}, {"xx..", 1}, {"x..x", 1}, {".xx.", 2}, {"x.x.x", 2}, {".x.x.", 3},
	} {
		b := make([]bool, len(tc.s))
		for i, c := range tc.s {
			b[i] = c == 'x'
		}
		require.Equal(t, tc.want, gaps(b), tc.s)
	}
}

func TestHalves(t *testing.T) {
	words := func(text string) []normalize.Span {
		q, err := quote.Prepare(text)
		require.NoError(t, err)
		return q.Words()
	}
	require.Nil(t, halves(words("La mise aux normes du collège public, un succès.")))
	text := "La mise aux normes  du collège public, c’est\nun succès. Les travaux du pont de la Sorne"
	hs := halves(words(text))
	require.Len(t, hs, 2)
	require.Equal(t, "La mise aux normes  du collège public, c", text[hs[0].span.Start:hs[0].span.End])
	require.Equal(t, "succès. Les travaux du pont de la Sorne", text[hs[1].span.Start:hs[1].span.End])
	require.Equal(t, [2]int{0, 8}, [2]int{hs[0].lo, hs[0].hi})
	require.Equal(t, [2]int{10, 18}, [2]int{hs[1].lo, hs[1].hi})
}
