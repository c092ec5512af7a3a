package provenance

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/guillemet/guillemet/quote"
	"github.com/stretchr/testify/require"
)

// Shapes an archive built by others has and the generated corpus had
// not, each met on a million posts cut from Debian's French manual pages
// (README, "A corpus nobody here generated"): a screenshot's slip that is
// a real word of other posts, boilerplate that hundreds of posts share,
// two posts one letter apart.

// putAll stores posts, failing the test on an error.
func putAll(t *testing.T, m *Memory, posts []Post) {
	t.Helper()
	for _, p := range posts {
		require.NoError(t, m.Put(context.Background(), p))
	}
}

// family returns n posts of the same text by as many accounts, an hour
// apart from start, their ids from first on.
func family(n, first int, start time.Time, text string) []Post {
	out := make([]Post, n)
	for i := range out {
		out[i] = Post{Platform: "x", ID: fmt.Sprint(first + i), Author: fmt.Sprintf("compte%03d", i),
			CreatedAt: start.Add(time.Duration(i) * time.Hour), Text: text}
	}
	return out
}

// numbered returns n posts by author, a minute apart from start, their
// ids from first on, each text format filled with its number.
func numbered(n, first int, author string, start time.Time, format string) []Post {
	out := make([]Post, n)
	for i := range out {
		out[i] = Post{Platform: "x", ID: fmt.Sprint(first + i), Author: author,
			CreatedAt: start.Add(time.Duration(i) * time.Minute), Text: fmt.Sprintf(format, i)}
	}
	return out
}

func TestLinkStrangersShapes(t *testing.T) {
	ctx := context.Background()
	day := time.Date(2025, 4, 2, 9, 0, 0, 0, time.UTC)
	t.Run("a short word's slip that other posts hold as a word", func(t *testing.T) {
		// « Ia » for « la »: 120 posts speak of l'IA. Searched as a key,
		// « ia » outweighs the quote's other words, which 400 copies of
		// a boilerplate share, and fills the widest budget (8 × 12).
		m := NewMemory()
		const text = "Si vous découvrez un bogue dans la traduction de cette page de manuel, veuillez envoyer un message à la liste."
		putAll(t, m, family(400, 1000, day, text))
		putAll(t, m, numbered(120, 5000, "veille_ia", day, "L'IA traduit la page %d du manuel."))
		require.NotContains(t, NewQuery("Ia traduction de cette page").Keys(), "ia")
		require.Contains(t, SearchKeys("Ia traduction de cette page"), "ia", "posts are indexed under what they say")
		res, err := Link(ctx, m, "Ia traduction de cette page de manuel, veuillez envoyer un message à la liste.", nil)
		require.NoError(t, err)
		require.NotNil(t, res.Source)
		require.Equal(t, "1000", res.Source.ID, "the earliest of the copies")
		require.Equal(t, quote.Excerpt, res.Verdict, "%v", res.Alignment.Differences)
		require.Equal(t, []string{"spelling", "truncated_start"}, res.Alignment.Kinds())
	})
	t.Run("a slip that is a word, found by half the quote", func(t *testing.T) {
		// « dolt » for « doit » is no short word: it stays a key, the
		// 110 posts that hold it fill the budget, and only the search
		// by halves meets the copies. A post that holds the whole quote
		// is its source, however it was found.
		m := NewMemory()
		const text = "Le maire doit démissionner avant la fin du mois, disent les habitants."
		putAll(t, m, family(460, 1000, day, text))
		putAll(t, m, numbered(110, 5000, "reader_en", day, "What a dolt, said the maire, story %d."))
		res, err := Link(ctx, m, "Le maire dolt démissionner avant la fin du mois, disent les habitants.", nil)
		require.NoError(t, err)
		require.NotNil(t, res.Source)
		require.Equal(t, "1000", res.Source.ID)
		require.Equal(t, quote.Equivalent, res.Verdict)
		require.Equal(t, []string{"spelling"}, res.Alignment.Kinds())
	})
	t.Run("two posts a letter apart", func(t *testing.T) {
		// getresuid is not setresuid: the post that holds the quote's
		// words as written is the source, not an earlier one that holds
		// one of them with a slip; nor is that one posting the same
		// words.
		m := NewMemory()
		putAll(t, m, []Post{
			{Platform: "x", ID: "1", Author: "club_montbrin", CreatedAt: day,
				Text: "Le conseil de Montbrin a voté la subvention du club de rugby hier soir."},
			{Platform: "x", ID: "2", Author: "club_montbrun", CreatedAt: day.Add(time.Hour),
				Text: "Le conseil de Montbrun a voté la subvention du club de rugby hier soir."},
		})
		for _, tc := range []struct{ quote, id string }{
			{"Le conseil de Montbrun a voté la subvention du club de rugby", "2"},
			{"Le conseil de Montbrin a voté la subvention du club de rugby", "1"},
		} {
			res, err := Link(ctx, m, tc.quote, nil)
			require.NoError(t, err, tc.quote)
			require.NotNil(t, res.Source, tc.quote)
			require.Equal(t, tc.id, res.Source.ID, tc.quote)
			require.Equal(t, quote.Excerpt, res.Verdict, tc.quote)
			require.Empty(t, res.AlsoPosted, tc.quote)
			require.True(t, slices.ContainsFunc(res.Candidates, func(c Match) bool { return c.Post.ID != tc.id && c.Supported }),
				"%s: the other post is a candidate that supports the quote, with a slip", tc.quote)
		}
	})
}
