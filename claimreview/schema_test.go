package claimreview_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

// google is the property list of Google Search Central's fact-check
// documentation, "Fact check (ClaimReview) structured data",
// https://developers.google.com/search/docs/appearance/structured-data/factcheck
// (its "Structured data type definitions"; the same table is summed up in
// Full Fact's notes, https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/):
// for each type, its required and recommended properties.
var google = map[string]struct{ required, recommended []string }{
	"ClaimReview": {
		required:    []string{"claimReviewed", "reviewRating", "url"},
		recommended: []string{"author", "datePublished", "itemReviewed"},
	},
	"Claim": {
		recommended: []string{"appearance", "author", "datePublished", "firstAppearance"},
	},
	"Rating": {
		required:    []string{"alternateName"},
		recommended: []string{"bestRating", "name", "ratingValue", "worstRating"},
	},
}

// absent lists, per review, the recommended properties the package
// leaves out on purpose (see the package documentation): without a post
// carrying the words, the claim has no author, date or first appearance;
// and a verdict of not_found or unverifiable has no value on the scale,
// since an incomplete archive proves nothing either way.
var absent = map[string][]string{
	"verify-not_found": {"Claim.author", "Claim.datePublished", "Claim.firstAppearance", "Rating.ratingValue"},
	"montage-absent":   {"Rating.ratingValue"},
	"montage-hostile":  {"Claim.author", "Claim.datePublished", "Claim.firstAppearance", "Rating.ratingValue"},
}

// schemaOrg lists, for each schema.org type the output uses, the
// properties it may hold (its own and those it inherits, as the type's
// page on https://schema.org gives them: ClaimReview < Review <
// CreativeWork < Thing; Claim < CreativeWork; Rating < Intangible <
// Thing; MediaReview < Review; MediaReviewItem < CreativeWork;
// SocialMediaPosting < Article < CreativeWork; ImageObject < MediaObject
// < CreativeWork; Organization, Person < Thing).
var schemaOrg = map[string][]string{
	"ClaimReview":        {"url", "datePublished", "inLanguage", "author", "claimReviewed", "itemReviewed", "reviewRating", "reviewBody", "associatedMediaReview"},
	"Organization":       {"name", "url"},
	"Person":             {"name", "alternateName", "url"},
	"Claim":              {"author", "datePublished", "appearance", "firstAppearance"},
	"CreativeWork":       {"url", "text"},
	"SocialMediaPosting": {"url", "identifier", "author", "datePublished", "text"},
	"Rating":             {"ratingValue", "bestRating", "worstRating", "alternateName", "name"},
	"MediaReview":        {"url", "datePublished", "inLanguage", "author", "mediaAuthenticityCategory", "originalMediaContextDescription", "originalMediaLink", "itemReviewed"},
	"MediaReviewItem":    {"mediaItemAppearance"},
	"ImageObject":        {"url", "embeddedTextCaption"},
}

// expected gives the types a property's object may have, by
// "Type.property" (schema.org's expected types, narrowed to what a fact
// check means: a Claim's author is a Person, a review's an
// Organization).
var expected = map[string][]string{
	"ClaimReview.author":                  {"Organization"},
	"ClaimReview.itemReviewed":            {"Claim"},
	"ClaimReview.reviewRating":            {"Rating"},
	"ClaimReview.associatedMediaReview":   {"MediaReview"},
	"Claim.author":                        {"Person"},
	"Claim.appearance":                    {"CreativeWork", "SocialMediaPosting"},
	"Claim.firstAppearance":               {"CreativeWork", "SocialMediaPosting"},
	"SocialMediaPosting.author":           {"Person"},
	"MediaReview.author":                  {"Organization"},
	"MediaReview.itemReviewed":            {"MediaReviewItem"},
	"MediaReviewItem.mediaItemAppearance": {"ImageObject"},
}

// The members of schema.org's MediaManipulationRatingEnumeration
// (https://schema.org/MediaManipulationRatingEnumeration).
var mediaCategories = []string{"DecontextualizedContent", "EditedOrCroppedContent", "OriginalMediaContent",
	"SatireOrParodyContent", "StagedContent", "TransformedContent"}

// TestGoogleProperties: every review holds the properties Google's
// documentation requires, and the ones it recommends but where the
// package documents their absence.
func TestGoogleProperties(t *testing.T) {
	for _, r := range allReviews(t) {
		var doc map[string]any
		require.NoError(t, json.Unmarshal(encode(t, r.cr), &doc))
		walk(doc, "ClaimReview", func(typ string, obj map[string]any) {
			props, ok := google[typ]
			if !ok {
				return
			}
			for _, p := range props.required {
				assert.Contains(t, obj, p, "%s: %s.%s is required", r.name, typ, p)
				assert.NotEmpty(t, obj[p], "%s: %s.%s is required", r.name, typ, p)
			}
			for _, p := range props.recommended {
				if slices.Contains(absent[r.name], typ+"."+p) {
					assert.NotContains(t, obj, p, "%s: %s.%s", r.name, typ, p)
					continue
				}
				assert.Contains(t, obj, p, "%s: %s.%s is recommended", r.name, typ, p)
			}
		})
	}
}

// TestNoURL: without Options.URL, the one required property missing is
// url.
func TestNoURL(t *testing.T) {
	opts := options("x", "fr", "")
	opts.URL = ""
	res := linkQuote(t, archive(t), "Votre loi va précariser des milliers de travailleuses.")
	cr, err := claimreview.Verify(res, "", opts)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(encode(t, cr), &doc))
	var missing []string
	for _, p := range google["ClaimReview"].required {
		if _, ok := doc[p]; !ok {
			missing = append(missing, p)
		}
	}
	assert.Equal(t, []string{"url"}, missing)
}

// TestSchemaOrg: every output is valid JSON; its top object alone holds
// the @context; every object has a schema.org @type, only the
// properties of its type, objects of the expected types, and values of
// the right shape (absolute http(s) URLs, RFC 3339 dates, numbers on the
// scale, an enumeration member).
func TestSchemaOrg(t *testing.T) {
	for _, r := range allReviews(t) {
		out := encode(t, r.cr)
		require.True(t, json.Valid(out), r.name)
		var doc map[string]any
		require.NoError(t, json.Unmarshal(out, &doc))
		assert.Equal(t, claimreview.Context, doc["@context"], r.name)
		assert.Equal(t, "ClaimReview", doc["@type"], r.name)
		check(t, r.name, doc, true)
	}
}

// check checks obj and the objects inside it.
func check(t *testing.T, name string, obj map[string]any, top bool) {
	typ, _ := obj["@type"].(string)
	props, ok := schemaOrg[typ]
	if !assert.True(t, ok, "%s: @type %q", name, obj["@type"]) {
		return
	}
	if !top {
		assert.NotContains(t, obj, "@context", "%s: @context inside %s", name, typ)
	}
	for key, v := range obj {
		if key == "@context" || key == "@type" {
			continue
		}
		assert.True(t, slices.Contains(props, key), "%s: %s has no property %s", name, typ, key)
		for _, item := range list(v) {
			switch item := item.(type) {
			case map[string]any:
				want, ok := expected[typ+"."+key]
				assert.True(t, ok, "%s: %s.%s holds an object", name, typ, key)
				assert.Contains(t, want, item["@type"], "%s: %s.%s", name, typ, key)
				check(t, name, item, false)
			case string:
				value(t, name, typ, key, item)
			case float64:
				assert.True(t, item >= claimreview.WorstRating && item <= claimreview.BestRating, "%s: %s.%s = %v", name, typ, key, item)
			default:
				t.Errorf("%s: %s.%s = %v", name, typ, key, item)
			}
		}
	}
}

// value checks the shape of a string value.
func value(t *testing.T, name, typ, key, v string) {
	assert.NotEmpty(t, v, "%s: %s.%s", name, typ, key)
	switch key {
	case "url", "originalMediaLink":
		u, err := url.Parse(v)
		assert.NoError(t, err, name)
		assert.Contains(t, []string{"http", "https"}, u.Scheme, "%s: %s.%s = %s", name, typ, key, v)
		assert.NotEmpty(t, u.Host, "%s: %s.%s = %s", name, typ, key, v)
	case "datePublished":
		_, err := time.Parse(time.RFC3339, v)
		assert.NoError(t, err, "%s: %s.%s", name, typ, key)
	case "mediaAuthenticityCategory":
		member, ok := strings.CutPrefix(v, "https://schema.org/")
		assert.True(t, ok && slices.Contains(mediaCategories, member), "%s: %s", name, v)
	case "inLanguage":
		assert.Contains(t, []string{"fr", "en"}, v, name)
	}
}

// walk calls f on obj, of type typ, and on every object inside it.
func walk(obj map[string]any, typ string, f func(typ string, obj map[string]any)) {
	f(typ, obj)
	for _, v := range obj {
		for _, item := range list(v) {
			if o, ok := item.(map[string]any); ok {
				t, _ := o["@type"].(string)
				walk(o, t, f)
			}
		}
	}
}

// list returns v's items when it is an array, else v alone.
func list(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	return []any{v}
}

// TestProperties: over quotes and screenshots built from every post of
// the archive — a post whole, its first half, a word changed, words no
// post holds, hostile text; every pair of posts as a two-item
// screenshot, under its author or another's — every review, in both
// languages, is valid JSON of the right schema.org types, holds Google's
// required properties but url when no URL is given, and rates on the
// scale.
func TestProperties(t *testing.T) {
	mem := archive(t)
	ctx := context.Background()
	data, err := os.ReadFile("../testdata/montage/archive.jsonl")
	require.NoError(t, err)
	var posts []provenance.Post
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var p struct{ ID, Author, Text string }
		require.NoError(t, json.Unmarshal([]byte(line), &p))
		posts = append(posts, provenance.Post{ID: p.ID, Author: p.Author, Text: p.Text})
	}
	require.Len(t, posts, 16)
	var quotes []string
	for _, p := range posts {
		words := strings.Fields(p.Text)
		quotes = append(quotes, p.Text, strings.Join(words[:(len(words)+1)/2], " "))
		if len(words) > 3 {
			changed := slices.Clone(words)
			changed[len(words)/2] = "bicyclette"
			quotes = append(quotes, strings.Join(changed, " "))
		}
	}
	quotes = append(quotes, "Les girafes du conseil municipal votent en silence.", "</script><!-- \u202e & \"quoi\" -->")
	checkReview := func(name string, cr *claimreview.ClaimReview, withURL bool) {
		var doc map[string]any
		require.NoError(t, json.Unmarshal(encode(t, cr), &doc), name)
		check(t, name, doc, true)
		for _, p := range google["ClaimReview"].required {
			if p == "url" && !withURL {
				assert.NotContains(t, doc, p, name)
				continue
			}
			assert.NotEmpty(t, doc[p], "%s: %s", name, p)
		}
		assert.NotEmpty(t, cr.ReviewRating.AlternateName, name)
		assert.NotEmpty(t, cr.ReviewBody, name)
	}
	seen := map[string]bool{}
	for i, q := range quotes {
		for _, lang := range []string{"fr", "en"} {
			res := linkQuote(t, mem, q)
			seen[res.Verdict.String()] = true
			opts := options("q", lang, "")
			opts.URL = ""
			cr, err := claimreview.Verify(res, "", opts)
			require.NoError(t, err)
			checkReview(fmt.Sprintf("quote %d %s", i, lang), cr, false)
		}
	}
	for i, p := range posts {
		for j, q := range posts {
			shownAs := q.Author
			if (i+j)%3 == 0 {
				shownAs = posts[(j+1)%len(posts)].Author // another's handle
			}
			c := montage.Composite{Disputed: (i + j) % 2, Items: []montage.Item{
				{Text: p.Text, Author: "@" + p.Author},
				{Text: q.Text, Author: "@" + shownAs, Date: "22 janv. 2016"},
			}}
			m, err := montage.Judge(ctx, mem, c, montage.Options{})
			require.NoError(t, err)
			seen[m.Verdict.String()] = true
			cr, err := claimreview.Montage(m, options("m", "fr", "https://exemple.fr/capture.png"))
			require.NoError(t, err)
			name := fmt.Sprintf("montage %s+%s", p.ID, q.ID)
			checkReview(name, cr, true)
			assert.Equal(t, m.Verdict == montage.Unverifiable, cr.AssociatedMediaReview == nil, name)
			assert.Equal(t, m.Items[m.Disputed].Found(), cr.ItemReviewed.Author != nil, name)
		}
	}
	// The inputs reach the verdicts, not one path only.
	for _, v := range []string{"verbatim", "excerpt", "altered", "not_found", "spliced", "doctored", "genuine"} {
		assert.True(t, seen[v], "no input reached %s", v)
	}
}
