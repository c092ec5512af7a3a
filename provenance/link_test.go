package provenance

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
	"github.com/stretchr/testify/require"
)

func loadConversation(t testing.TB) *Memory {
	t.Helper()
	m := NewMemory()
	var rej []Rejection
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r) }}).Load(context.Background(), m, "../testdata/provenance/jsonl/conversation.jsonl")
	require.NoError(t, err)
	require.Empty(t, rej)
	require.Equal(t, 10, st.Loaded)
	return m
}

func TestLinkConversation(t *testing.T) {
	ctx := context.Background()
	m := loadConversation(t)
	for _, tc := range []struct {
		quote, id string
		verdict   quote.Verdict
	}{
		{"« Affligé par ce que j'ai vu ce soir sur le plateau de Face aux électeurs »", "1853908668245475329", quote.Excerpt},
		{"AFFLIGE PAR CE QUE J'AI VU CE SOIR SUR LE PLATEAU DE « FACE AUX ELECTEURS ». LE DEBAT MERITE MIEUX QUE CA. #AVIGNON", "1853908668245475329", quote.Equivalent},
		{"Je précise : je parle du ton (...) On peut débattre sans s'insulter", "1853911460200710149", quote.Elided},
		{"Je précise : je parle du ton, pas des élus. On peut débattre sans s’insulter, même à la télévision.", "1853911460200710149", quote.Altered},
		{"Le conseil municipal a voté la fermeture des écoles ce matin", "", quote.NotFound},
	} {
		res, err := Link(ctx, m, tc.quote, nil)
		require.NoError(t, err, tc.quote)
		require.Equal(t, tc.verdict, res.Verdict, tc.quote)
		if tc.id == "" {
			require.Nil(t, res.Source)
			continue
		}
		require.NotNil(t, res.Source, tc.quote)
		require.Equal(t, tc.id, res.Source.ID, tc.quote)
	}
	res, err := Link(ctx, m, "Le débat mérite mieux que ça", nil)
	require.NoError(t, err)
	require.Equal(t, "KBelhadj_Avignon", res.Source.Author, "the original, not the retweet")
	require.Equal(t, "1853908668245475329", res.Thread.Root)
	require.Len(t, res.Thread.Replies, 5)
	require.Len(t, res.Shares, 2)
	require.Len(t, res.Before, 1)
	require.Len(t, res.After, 2)
}

func TestLinkMergedPosts(t *testing.T) {
	ctx := context.Background()
	m := loadConversation(t)
	res, err := Link(ctx, m, "Le débat mérite mieux que ça. Je précise : je parle du ton, pas des personnes. On peut débattre sans s'insulter", nil)
	require.NoError(t, err)
	require.Equal(t, quote.Altered, res.Verdict)
	require.NotNil(t, res.Source)
	require.Equal(t, "1853911460200710149", res.Source.ID, "the post that supports most of the quote")
	require.NotNil(t, res.Also)
	require.Equal(t, "1853908668245475329", res.Also.Post.ID)
	require.Contains(t, ids(candidatePosts(res)), "1853908668245475329")
}

func candidatePosts(r *Result) []Post {
	var out []Post
	for _, c := range r.Candidates {
		out = append(out, c.Post)
	}
	return out
}

// FuzzLink links arbitrary quotes against the conversation: never a
// panic, and every span the result gives lies inside its text.
func FuzzLink(f *testing.F) {
	m := loadConversation(f)
	for _, s := range []string{
		"Le débat mérite mieux que ça", "« Je précise : je parle du ton (...) On peut débattre »",
		"Le débat mérite mieux que ça. Je précise : je parle du ton, pas des personnes. On peut débattre sans s'insulter",
		"t'es qu'un c0llab0", "", "…", "RT @KBelhadj_Avignon: Affligé",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		res, err := Link(context.Background(), m, q, nil)
		if err != nil {
			require.Nil(t, res)
			return
		}
		inside := func(s normalize.Span, text string) {
			require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "%v in %d bytes", s, len(text))
		}
		if res.Source == nil {
			require.Equal(t, quote.NotFound, res.Verdict)
			return
		}
		inside(res.Alignment.Quote, q)
		inside(res.Alignment.Source, res.Source.Text)
		for _, d := range res.Alignment.Differences {
			inside(d.Quote, q)
			inside(d.Source, res.Source.Text)
		}
		if res.Also != nil {
			inside(res.Also.Alignment.Quote, q)
			for _, d := range res.Also.Alignment.Differences {
				inside(d.Quote, q)
				require.Equal(t, q[d.Quote.Start:d.Quote.End], d.QuoteText)
			}
		}
	})
}

// TestLinkHiddenNegation links a quote whose elision mark hides the pas
// of ne … pas (issue 11): Link must still find the post, and say that
// the quote is altered by a cut negation, naming the pas.
func TestLinkHiddenNegation(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	day := time.Date(2026, 3, 12, 8, 0, 0, 0, time.UTC)
	posts := []Post{
		{Platform: "x", ID: "100", Author: "AmandineRoussel_dep", CreatedAt: day,
			Text: "Je ne suis pas favorable à la réforme des retraites, et je le dirai jeudi."},
		{Platform: "x", ID: "101", Author: "AmandineRoussel_dep", CreatedAt: day.Add(time.Hour),
			Text: "Réunion publique sur la réforme des retraites jeudi à 19 h, salle des fêtes."},
		{Platform: "x", ID: "102", Author: "collectif_retraites", CreatedAt: day.Add(2 * time.Hour),
			Text: "Nous sommes favorables à une autre réforme des retraites."},
	}
	for _, p := range posts {
		require.NoError(t, m.Put(ctx, p))
	}
	for _, tc := range []struct {
		quote   string
		verdict quote.Verdict
		kinds   []string
		named   string // the source words the negation difference names
	}{
		{"Je ne suis (...) favorable à la réforme des retraites", quote.Altered, []string{"negation", "truncated_end"}, "pas"},
		{"Je (…) favorable à la réforme des retraites", quote.Altered, []string{"negation", "truncated_end"}, "ne suis pas"},
		{"Je suis favorable à la réforme des retraites", quote.Altered, []string{"negation", "truncated_end"}, "ne"},
		{"Je ne suis pas favorable à la réforme des retraites (...)", quote.Elided, []string{"elision"}, ""},
	} {
		res, err := Link(ctx, m, tc.quote, nil)
		require.NoError(t, err, tc.quote)
		require.NotNil(t, res.Source, tc.quote)
		require.Equal(t, "100", res.Source.ID, tc.quote)
		require.Equal(t, tc.verdict, res.Verdict, "%s\n%s", tc.quote, res.Alignment)
		require.Equal(t, tc.kinds, res.Alignment.Kinds(), tc.quote)
		if tc.named != "" {
			i := slices.IndexFunc(res.Alignment.Differences, func(d quote.Difference) bool { return d.Kind == quote.Negation })
			require.GreaterOrEqual(t, i, 0, tc.quote)
			require.Equal(t, tc.named, res.Alignment.Differences[i].SourceText, tc.quote)
		}
	}
}

// timelineTimeout is an archive whose Timeline runs out of time, after
// Link has found its source.
type timelineTimeout struct{ *Memory }

func (timelineTimeout) Timeline(context.Context, string, string, time.Time, int, int) ([]Post, error) {
	return nil, context.DeadlineExceeded
}

// TestLinkError checks that Link returns no result beside an error: a
// caller reading the verdict first never takes a timeout for not_found.
func TestLinkError(t *testing.T) {
	m := loadConversation(t)
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name string
		ctx  context.Context
		a    Archive
		text string
		want error
	}{
		{"no word", context.Background(), m, "« … »", quote.ErrNoWords},
		{"too long", context.Background(), m, strings.Repeat("débat ", quote.MaxQuoteWords+1), quote.ErrQuoteTooLong},
		{"canceled before the search", canceled, m, "Le débat mérite mieux que ça", context.Canceled},
		{"timeout once the source is found", context.Background(), timelineTimeout{m}, "Le débat mérite mieux que ça", context.DeadlineExceeded},
	} {
		res, err := Link(tc.ctx, tc.a, tc.text, nil)
		require.ErrorIs(t, err, tc.want, tc.name)
		require.Nil(t, res, tc.name)
	}
}
