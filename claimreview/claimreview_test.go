package claimreview_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The fictional publisher and date of every review of the tests.
var (
	published = time.Date(2026, 12, 7, 9, 30, 0, 0, time.UTC)
	publisher = claimreview.Organization{Name: "Vérif'Express (fictif)", URL: "https://verif.exemple.fr"}
)

// options are the Options of a case: the publisher, the review's URL
// named after the case, the language and the appearance it gives.
func options(id, lang, appearance string) claimreview.Options {
	return claimreview.Options{
		Author: publisher, URL: "https://verif.exemple.fr/verifications/" + id, Published: published,
		Lang: language.Make(lang), Appearance: appearance,
	}
}

// A review built for a test: its case, the verdict it reviews and the
// review.
type review struct {
	name    string // verify-ID or montage-ID: the golden file's name
	verdict string // the verdict of the result reviewed
	cr      *claimreview.ClaimReview
}

// archive opens the seed-model archive of the montage tests (fictional
// accounts).
func archive(t testing.TB) *provenance.Memory {
	t.Helper()
	mem := provenance.NewMemory()
	_, err := (&provenance.Loader{}).Load(context.Background(), mem, "../testdata/montage/archive.jsonl")
	require.NoError(t, err)
	return mem
}

// verifyReviews reviews every quote of testdata/quotes.jsonl.
func verifyReviews(t testing.TB, mem *provenance.Memory) []review {
	t.Helper()
	f, err := os.Open("testdata/quotes.jsonl")
	require.NoError(t, err)
	defer f.Close()
	var out []review
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var q struct{ ID, Text, Author, Expect, Lang, Appearance string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &q))
		r := linkQuote(t, mem, q.Text, q.Author)
		require.Equal(t, q.Expect, r.Verdict.String(), q.ID)
		cr, err := claimreview.Verify(r, q.Text, options(q.ID, q.Lang, q.Appearance))
		require.NoError(t, err, q.ID)
		out = append(out, review{"verify-" + q.ID, r.Verdict.String(), cr})
	}
	require.NoError(t, sc.Err())
	return out
}

// linkQuote links text, said to be by author (may be none), in mem.
func linkQuote(t testing.TB, mem *provenance.Memory, text string, author ...string) *provenance.Result {
	t.Helper()
	opts := &provenance.Options{}
	if len(author) > 0 {
		opts.Author = author[0]
	}
	r, err := provenance.Link(context.Background(), mem, text, opts)
	require.NoError(t, err)
	return r
}

// montageReviews reviews every composite of the montage tests and of
// testdata/composites.jsonl.
func montageReviews(t testing.TB, mem *provenance.Memory) []review {
	t.Helper()
	var out []review
	for _, path := range []string{"../testdata/montage/composites.jsonl", "testdata/composites.jsonl"} {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		comps, rejected, err := montage.ReadComposites(bytes.NewReader(data), path)
		require.NoError(t, err)
		require.Empty(t, rejected)
		expect := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var c struct {
				ID     string
				Expect struct{ Verdict string }
			}
			require.NoError(t, json.Unmarshal([]byte(line), &c))
			expect[c.ID] = c.Expect.Verdict
		}
		for _, c := range comps {
			m, err := montage.Judge(context.Background(), mem, c, montage.Options{})
			require.NoError(t, err)
			require.Equal(t, expect[c.ID], m.Verdict.String(), c.ID)
			cr, err := claimreview.Montage(m, options(c.ID, "fr", ""))
			require.NoError(t, err, c.ID)
			out = append(out, review{"montage-" + c.ID, m.Verdict.String(), cr})
		}
	}
	return out
}

// allReviews is every review of the tests.
func allReviews(t testing.TB) []review {
	mem := archive(t)
	return append(verifyReviews(t, mem), montageReviews(t, mem)...)
}

// encode returns WriteJSON's bytes.
func encode(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, claimreview.WriteJSON(&b, v))
	return b.Bytes()
}

// TestGolden: every review, byte for byte, against its golden file
// (go test ./claimreview -update rewrites them).
func TestGolden(t *testing.T) {
	for _, r := range allReviews(t) {
		got := encode(t, r.cr)
		path := filepath.Join("testdata", r.name+".golden.json")
		if *update {
			require.NoError(t, os.WriteFile(path, got, 0o644))
			continue
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "run go test ./claimreview -update")
		assert.Equal(t, string(want), string(got), r.name)
	}
}

// TestVerdicts: the rating and the MediaReview of every verdict, as the
// package's tables give them.
func TestVerdicts(t *testing.T) {
	want := map[string]struct {
		value       int
		fr          string
		category    string // the MediaReview's, "" for none
		claimAuthor string // the Claim's author's handle, "" for none
	}{
		"verify-verbatim":                {4, "Exact", "", "@JulienMarcy"},
		"verify-equivalent":              {4, "Exact", "", "@JulienMarcy"},
		"verify-excerpt":                 {3, "Extrait fidèle", "", "@JulienMarcy"},
		"verify-elided":                  {2, "Coupes signalées", "", "@JulienMarcy"},
		"verify-altered":                 {1, "Citation modifiée", "", "@JulienMarcy"},
		"verify-not_found":               {0, "Introuvable", "", ""},
		"verify-not_theirs":              {3, "Extrait fidèle", "", "@JulienMarcy"},
		"verify-english":                 {3, "Faithful excerpt", "", "@JulienMarcy"},
		"montage-seed002-montage":        {1, "Montage", claimreview.Decontextualized, "@JulienMarcy"},
		"montage-seed000-thread":         {4, "Authentique", claimreview.Original, "@KBelhadj_Avignon"},
		"montage-misattributed":          {1, "Trafiqué", claimreview.Transformed, "@KBelhadj_Avignon"},
		"montage-altered":                {1, "Citation modifiée", claimreview.Transformed, "@JulienMarcy"},
		"montage-absent":                 {0, "Invérifiable", "", "@JulienMarcy"},
		"montage-evening":                {4, "Authentique", claimreview.Original, "@JulienMarcy"},
		"montage-eight":                  {1, "Montage", claimreview.Decontextualized, "@JulienMarcy"},
		"montage-two-relative":           {4, "Authentique", claimreview.Original, "@JulienMarcy"},
		"montage-spliced-no-abuse":       {1, "Montage", claimreview.Decontextualized, "@JulienMarcy"},
		"montage-misattributed-disputed": {1, "Fausse attribution", claimreview.Transformed, "@patriote_1789"},
		"montage-wrong-date":             {1, "Date erronée", claimreview.Transformed, "@KBelhadj_Avignon"},
		"montage-cut":                    {1, "Citation modifiée", claimreview.EditedOrCropped, "@JulienMarcy"},
		"montage-hostile":                {0, "Invérifiable", "", ""},
	}
	reviews := allReviews(t)
	assert.Len(t, reviews, len(want))
	verdicts := map[string]bool{}
	for _, r := range reviews {
		w, ok := want[r.name]
		if !assert.True(t, ok, "no expectation for %s", r.name) {
			continue
		}
		verdicts[r.verdict] = true
		rating := r.cr.ReviewRating
		assert.Equal(t, w.value, rating.RatingValue, r.name)
		assert.Equal(t, w.fr, rating.AlternateName, r.name)
		assert.Equal(t, rating.AlternateName, rating.Name, r.name)
		if mr := r.cr.AssociatedMediaReview; w.category == "" {
			assert.Nil(t, mr, r.name)
		} else if assert.NotNil(t, mr, r.name) {
			assert.Equal(t, w.category, mr.MediaAuthenticityCategory, r.name)
		}
		if a := r.cr.ItemReviewed.Author; w.claimAuthor == "" {
			assert.Nil(t, a, r.name)
			assert.Nil(t, r.cr.ItemReviewed.FirstAppearance, r.name)
		} else if assert.NotNil(t, a, r.name) {
			assert.Equal(t, w.claimAuthor, a.AlternateName, r.name)
			assert.Equal(t, w.claimAuthor, r.cr.ItemReviewed.FirstAppearance.Author.AlternateName, r.name)
		}
	}
	// Every verdict of a quote and of a montage is reviewed.
	for _, v := range []string{"verbatim", "equivalent", "excerpt", "elided", "altered", "not_found",
		"spliced", "doctored", "unverifiable", "genuine"} {
		assert.True(t, verdicts[v], "no case of %s", v)
	}
}

// TestReviewBody: what the body must say a committee cannot miss.
func TestReviewBody(t *testing.T) {
	bodies := map[string]string{}
	for _, r := range allReviews(t) {
		bodies[r.name] = r.cr.ReviewBody
	}
	assert.Contains(t, bodies["verify-not_found"], "ce n'est pas la preuve d'un faux")
	assert.Contains(t, bodies["verify-altered"], "mot remplacé")
	assert.Contains(t, bodies["verify-not_theirs"], "Citation attribuée à @MinistreDurand, mais les mots retrouvés sont de @JulienMarcy")
	assert.Contains(t, bodies["verify-english"], "Source: a post by @JulienMarcy (Julien Marcy)")
	// The misattributed item: the real author, and whom it was shown as.
	assert.Contains(t, bodies["montage-misattributed-disputed"], "n°2 montré sous « @KBelhadj_Avignon » est de @patriote_1789")
	assert.Contains(t, bodies["montage-seed002-montage"], "l'élément contesté est le n°2, de @JulienMarcy")
}

// TestHostile: a post's text never closes the script element that holds
// the output, and comes back intact.
func TestHostile(t *testing.T) {
	for _, r := range allReviews(t) {
		if r.name != "montage-hostile" {
			continue
		}
		out := encode(t, r.cr)
		assert.NotContains(t, string(out), "<")
		assert.NotContains(t, string(out), ">")
		var back claimreview.ClaimReview
		require.NoError(t, json.Unmarshal(out, &back))
		assert.Equal(t, "</script><script>alert(1)</script> \u202eLe débat\u202c", back.ClaimReviewed)
		return
	}
	t.Fatal("no hostile case")
}

func TestErrors(t *testing.T) {
	mem := archive(t)
	r := linkQuote(t, mem, "Votre loi va précariser des milliers de travailleuses.")
	for name, opts := range map[string]claimreview.Options{
		"no publisher": {Published: published},
		"no date":      {Author: publisher},
	} {
		_, err := claimreview.Verify(r, "", opts)
		assert.ErrorContains(t, err, "claimreview: ", name)
	}
	_, err := claimreview.Verify(nil, "", options("x", "fr", ""))
	assert.ErrorContains(t, err, "claimreview: ")
	_, err = claimreview.Montage(nil, options("x", "fr", ""))
	assert.ErrorContains(t, err, "claimreview: ")
	_, err = claimreview.Montage(&montage.Montage{}, options("x", "fr", ""))
	assert.ErrorContains(t, err, "claimreview: the montage has no verdict")
	_, err = claimreview.Montage(&montage.Montage{Verdict: montage.Genuine, Disputed: 1, Items: make([]montage.ItemJudgment, 1)}, options("x", "fr", ""))
	assert.ErrorContains(t, err, "claimreview: ")
	// Without a quote text, the result's quote is the claim.
	cr, err := claimreview.Verify(r, "", options("x", "fr", ""))
	require.NoError(t, err)
	assert.Equal(t, r.Quote, cr.ClaimReviewed)
}
