package provenance

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestParseAuthor(t *testing.T) {
	for _, tc := range []struct{ in, handle, name string }{
		{"@SoleneRavenaud", "SoleneRavenaud", ""},
		{"SoleneRavenaud", "SoleneRavenaud", ""},
		{"Solène Ravenaud (@SoleneRavenaud)", "SoleneRavenaud", ""},
		{"Solène Ravenaud @SoleneRavenaud · 2 h", "SoleneRavenaud", ""},
		{"@cvidal@piaille.fr", "cvidal@piaille.fr", ""},
		{"Solène Ravenaud", "", "Solène Ravenaud"},
		{"", "", ""},
	} {
		a := ParseAuthor(tc.in)
		require.Equal(t, Author{Handle: tc.handle, Name: tc.name}, a, tc.in)
	}
}

func TestAuthorIs(t *testing.T) {
	x := Post{Platform: X, Author: "ClaireVidal", AuthorID: "1234", AuthorName: "Claire Vidal 🌹 députée"}
	masto := Post{Platform: Mastodon, Author: "cvidal@piaille.fr"}
	local := Post{Platform: Mastodon, Author: "cvidal", URL: "https://piaille.fr/@cvidal/1"}
	bare := Post{Platform: X, Author: "ClaireVidal"}
	for _, tc := range []struct {
		shown        Author
		p            Post
		match, known bool
	}{
		{Author{Handle: "clairevidal"}, x, true, true},
		{Author{Handle: "1234"}, x, true, true},
		{Author{Handle: "patriote_1789"}, x, false, true},
		{Author{Handle: "cvidal"}, masto, true, true},
		{Author{Handle: "cvidal@piaille.fr"}, masto, true, true},
		{Author{Handle: "cvidal@mamot.fr"}, masto, false, true},
		{Author{Handle: "cvidal@piaille.fr"}, local, true, true},
		{Author{Handle: "cvidal@mamot.fr"}, local, false, true},
		{Author{Handle: "cvidal"}, Post{Platform: X, Author: "cvidal_"}, false, true},
		{Author{Name: "Claire Vidal"}, x, true, true},
		{Author{Name: "CLAIRE VIDAL"}, x, true, true},
		{Author{Name: "Patriote 1789"}, x, false, true},
		{Author{Name: "Claire V."}, x, true, true},
		{Author{Name: "C. Vidal"}, x, true, true},
		{Author{Name: "Claire W."}, x, false, false},
		{Author{Name: "Claire Vidal, ministre"}, x, false, false},
		{Author{Name: "Marc Durieux"}, x, false, true},
		{Author{Name: "Claire Vidal"}, bare, false, false},
		{Author{Name: "Claire Vidal"}, Post{Platform: X, Author: "Claire_Vidal"}, true, true},
	} {
		m, k := tc.shown.Is(tc.p)
		require.Equal(t, tc.match, m, "%+v against %+v", tc.shown, tc.p)
		require.Equal(t, tc.known, k, "%+v against %+v", tc.shown, tc.p)
	}
}

// TestLinkPrefersAuthor: the same words cross-posted a minute earlier on
// Mastodon, and copied later by a troll. Without an author the source is
// the earliest post; naming the X author picks hers; the others are
// AlsoPosted, earliest first; Prefer moves the source among them.
func TestLinkPrefersAuthor(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	at := time.Date(2025, 3, 11, 8, 2, 0, 0, time.UTC)
	text := "La réforme des retraites passera sans vote : c’est un déni de démocratie et nous le dirons dans la rue."
	for _, p := range []Post{
		{Platform: X, ID: "1899370252654819175", Author: "ClaireVidal", CreatedAt: at, Text: text},
		{Platform: Mastodon, ID: "113800000000000001", Author: "cvidal@piaille.fr", CreatedAt: at.Add(-time.Minute), Text: text + " #retraites"},
		{Platform: X, ID: "1899370252654819999", Author: "copieur_75", CreatedAt: at.Add(time.Hour), Text: text},
		{Platform: X, ID: "1899370252654810000", Author: "ClaireVidal", CreatedAt: at.Add(2 * time.Minute), Text: "Rendez-vous jeudi à 14 h place de la République."},
	} {
		require.NoError(t, m.Put(ctx, p))
	}
	res, err := Link(ctx, m, text, nil)
	require.NoError(t, err)
	require.Equal(t, "cvidal@piaille.fr", res.Source.Author, "no author named: the earliest")
	require.Len(t, res.AlsoPosted, 2)

	res, err = Link(ctx, m, text, &Options{Author: "@ClaireVidal"})
	require.NoError(t, err)
	require.Equal(t, "1899370252654819175", res.Source.ID)
	require.Equal(t, []string{"113800000000000001", "1899370252654819999"}, []string{res.AlsoPosted[0].Post.ID, res.AlsoPosted[1].Post.ID})
	require.Len(t, res.After, 1, "her own next post")
	require.Len(t, res.Tied(), 3)

	ok, err := res.Prefer(ctx, m, Key{X, "1899370252654819999"})
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, "copieur_75", res.Source.Author)
	require.Empty(t, res.After)
	require.Len(t, res.AlsoPosted, 2)
	ok, err = res.Prefer(ctx, m, Key{X, "nope"})
	require.NoError(t, err)
	require.False(t, ok)
}

// TestLinkAuthorRetweet: the author named only retweeted the words; the
// source is the post of the one who wrote them.
func TestLinkAuthorRetweet(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	at := time.Date(2024, 6, 12, 15, 0, 0, 0, time.UTC)
	text := "Les chômeurs ne sont pas des variables d’ajustement. Grève le 20 juin !"
	require.NoError(t, m.Put(ctx, Post{Platform: X, ID: "1", Author: "militant_nord", CreatedAt: at, Text: text}))
	require.NoError(t, m.Put(ctx, Post{Platform: X, ID: "2", Author: "ClaireVidal_AN", CreatedAt: at.Add(20 * time.Minute), Text: "RT @militant_nord: " + text}))
	res, err := Link(ctx, m, text, &Options{Author: "@ClaireVidal_AN"})
	require.NoError(t, err)
	require.Equal(t, "militant_nord", res.Source.Author)
	require.Len(t, res.AlsoPosted, 1)
}
