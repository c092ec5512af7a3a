package provenance

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestPostKeysBatch checks that keying a batch on every core gives each
// post the keys SearchKeys gives its text, in the order of posts.
func TestPostKeysBatch(t *testing.T) {
	var posts []Post
	for i := range 500 {
		posts = append(posts, Post{Text: fmt.Sprintf("Message numéro %d : la réforme n°%d des écoles, vue par l'œil du Conseil", i, i%7)})
	}
	got := PostKeys(posts)
	require.Len(t, got, len(posts))
	for i, p := range posts {
		require.Equal(t, SearchKeys(p.Text), got[i], "post %d", i)
	}
	require.Equal(t, []string{"reforme", "ecoles", "vue", "oeil", "conseil"}, SearchKeys("La réforme des écoles, vue par l'œil du Conseil"))
	require.Empty(t, SearchKeys("de la et le"))
}

// TestTermsLimits checks the reading rule of Query.Terms: keys from the
// rarest, common keys skipped only past MinKeys, the budget.
func TestTermsLimits(t *testing.T) {
	q := NewQuery("alpha beta gamma delta epsilon zeta")
	df := map[string]int{"alpha": 5000, "beta": 1, "gamma": 10, "delta": 100, "epsilon": 1000, "zeta": 3000}
	keys := func(terms []Term) []string {
		var out []string
		for _, t := range terms {
			out = append(out, t.Key)
		}
		return out
	}
	get := func(k string) int { return df[k] }
	// 10 000 posts: keys held by more than 2 000 are common past the
	// fourth key.
	require.Equal(t, []string{"beta", "gamma", "delta", "epsilon"}, keys(q.Terms(10_000, get, Limits{})))
	require.Equal(t, []string{"beta", "gamma", "delta", "epsilon", "zeta"}, keys(q.Terms(10_000, get, Limits{MinKeys: 5})))
	require.Equal(t, []string{"beta", "gamma", "delta", "epsilon", "zeta", "alpha"}, keys(q.Terms(10_000, get, Limits{CommonShare: 1})))
	require.Equal(t, []string{"beta", "gamma"}, keys(q.Terms(10_000, get, Limits{MinKeys: 2, Budget: 50})))
	terms := q.Terms(10_000, get, Limits{})
	require.InDelta(t, 9.21, terms[0].Weight, 0.01) // log(10001/1)
	require.Equal(t, terms[0].Weight+terms[2].Weight, Score(terms, []string{"delta", "beta", "omega"}))
}

// TestPutErrors checks the positioned errors of a batch.
func TestPutErrors(t *testing.T) {
	ctx := context.Background()
	var m Memory
	at := time.Date(2025, 3, 11, 8, 0, 0, 0, time.UTC)
	p := Post{Platform: X, ID: "1", Author: "a", CreatedAt: at, Text: "un texte"}
	err := m.Put(ctx, p, p, Post{ID: "2"}, Post{Platform: X, ID: "3", Author: "a", CreatedAt: at, Text: "autre"})
	var errs PutErrors
	require.True(t, errors.As(err, &errs))
	require.Len(t, errs, 2)
	require.ErrorIs(t, errs.At(1), ErrDuplicate)
	require.EqualError(t, errs.At(2), "missing field author")
	require.NoError(t, errs.At(0))
	require.NoError(t, errs.At(3))
	require.ErrorIs(t, err, ErrDuplicate)
	require.EqualError(t, err, "provenance: 2 posts of the batch not stored as given; post 1 (x:1): post already stored: x:1; post 2 (generic:2): missing field author")
	require.EqualError(t, errs[0], "provenance: post 1 of the batch (x:1): post already stored: x:1")
	require.Equal(t, 2, postCount(t, &m))
}
