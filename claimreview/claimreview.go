package claimreview

import (
	"errors"
	"net/url"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// Options say who publishes a fact check, where and when. Author.Name and
// Published are required: a fact check says who stands behind it and
// when, and the output never depends on the clock.
type Options struct {
	// Author is the organisation that publishes the fact check (its
	// Type is set by Verify and Montage). Name is required.
	Author Organization
	// URL is the fact check's own page, when known. Google requires it:
	// when empty, "url" is left out and the publisher adds it.
	URL string
	// Published is the fact check's publication time (datePublished);
	// required. The time of the result is not used: a quote verified
	// today may be published tomorrow.
	Published time.Time
	// Lang is the language of the rating's words and of the review's
	// body: French (the default: language.Und and any tag but English)
	// or English.
	Lang language.Tag
	// Appearance is the page where the claim circulated (an article, a
	// post showing the screenshot), when known: the Claim's appearance.
	// Without it, the appearance is a CreativeWork holding the text as
	// it circulated.
	Appearance string
}

// Verify returns the fact check of a verified quote: r is what
// provenance.Link found for it, quoteText the quote as it circulated
// (claimReviewed; "" means r.Quote). The claim's author is who wrote the
// source post, its first appearance that post; the rating is the
// verdict's (see the package's table). No MediaReview: a quote is text,
// not media.
func Verify(r *provenance.Result, quoteText string, opts Options) (*ClaimReview, error) {
	if r == nil {
		return nil, errors.New("claimreview: no result to review")
	}
	if quoteText == "" {
		quoteText = r.Quote
	}
	code := r.Verdict.String()
	cr, w, err := newReview(quoteText, code, opts)
	if err != nil {
		return nil, err
	}
	if r.Source == nil || r.Verdict == quote.NotFound {
		cr.ReviewBody = w.Review(wording.ReviewNotFound) + w.Review(wording.ReviewNotProof)
		return cr, nil
	}
	src := *r.Source
	cr.ItemReviewed.Author = person(src, src.Author)
	cr.ItemReviewed.DatePublished = date(src.CreatedAt)
	cr.ItemReviewed.FirstAppearance = posting(src, src.Author)
	body := w.Review(wording.ReviewFound, src.Author, wording.Name(src.AuthorName), w.Date(src.CreatedAt),
		wording.Platform(src.Platform), w.Verdict(code))
	if kinds := differences(w, r.Alignment.Differences); kinds != "" {
		body += w.Review(wording.ReviewDifferences, kinds)
	}
	body += w.Review(wording.ReviewScore, r.Score)
	if named := r.NamedAuthor(); named != "" {
		if match, known := r.NamedAuthorIs(src); known && !match {
			body += w.Review(wording.ReviewNotTheirs, named, src.Author)
		}
	}
	cr.ReviewBody = body
	return cr, nil
}

// Montage returns the fact check of a judged screenshot. The claim is
// the disputed item's text as the screenshot shows it; its author is who
// really wrote those words (for a misattributed item, the real author:
// the review's body says whom the screenshot showed instead), its first
// appearance the original post. The rating is the montage's verdict, a
// doctored screenshot's refined by what was changed in the disputed
// item; the associated MediaReview rates the screenshot (see the
// package's tables; none for an unverifiable one).
func Montage(m *montage.Montage, opts Options) (*ClaimReview, error) {
	if m == nil {
		return nil, errors.New("claimreview: no montage to review")
	}
	if _, err := m.Verdict.MarshalText(); err != nil {
		return nil, errors.New("claimreview: the montage has no verdict")
	}
	if m.Disputed < 0 || m.Disputed >= len(m.Items) {
		return nil, errors.New("claimreview: the montage's disputed item is not one of its items")
	}
	d := &m.Items[m.Disputed]
	cr, w, err := newReview(d.Shown.Text, montageRating(m), opts)
	if err != nil {
		return nil, err
	}
	if d.Found() {
		src := *d.Link.Source
		writer := d.Author
		if writer == "" {
			writer = src.Author
		}
		cr.ItemReviewed.Author = person(src, writer)
		cr.ItemReviewed.DatePublished = date(src.CreatedAt)
		cr.ItemReviewed.FirstAppearance = posting(src, writer)
	}
	// The report's first line: what a committee must not miss.
	cr.ReviewBody, _, _ = strings.Cut(w.Render(m.WriteReport), "\n")
	cr.AssociatedMediaReview = mediaReview(m, cr, w)
	return cr, nil
}

// newReview checks opts and returns the review of claim with the
// rating of code, in the language of opts.
func newReview(claim, code string, opts Options) (*ClaimReview, *wording.Words, error) {
	if strings.TrimSpace(opts.Author.Name) == "" {
		return nil, nil, errors.New("claimreview: Options.Author.Name is empty: a fact check names its publisher")
	}
	if opts.Published.IsZero() {
		return nil, nil, errors.New("claimreview: Options.Published is zero: a fact check has a publication date")
	}
	w := wording.For(opts.Lang)
	appearance := CreativeWork{Type: "CreativeWork", URL: opts.Appearance}
	if opts.Appearance == "" {
		appearance.Text = claim
	}
	cr := &ClaimReview{
		Context:       Context,
		Type:          "ClaimReview",
		URL:           opts.URL,
		DatePublished: date(opts.Published),
		InLanguage:    w.Tag.String(),
		Author:        Organization{Type: "Organization", Name: opts.Author.Name, URL: opts.Author.URL},
		ClaimReviewed: claim,
		ItemReviewed:  Claim{Type: "Claim", Appearance: []CreativeWork{appearance}},
		ReviewRating: Rating{Type: "Rating", RatingValue: ratingValues[code], BestRating: BestRating, WorstRating: WorstRating,
			AlternateName: w.Rating(code), Name: w.Rating(code)},
	}
	return cr, w, nil
}

// ratingValues places each verdict on the scale; a verdict absent (not
// found, unverifiable) has no value.
var ratingValues = map[string]int{
	"verbatim": 4, "equivalent": 4, "genuine": 4,
	"excerpt": 3,
	"elided":  2,
	"altered": 1, "spliced": 1, "doctored": 1, "misattributed": 1, "wrong_date": 1,
}

// montageRating is the rating code of a montage: its verdict, or for a
// doctored screenshot what was changed in the disputed item
// (misattributed, altered, wrong_date, by that precedence), "doctored"
// when the disputed item is as posted and another item was changed.
func montageRating(m *montage.Montage) string {
	if m.Verdict != montage.Doctored {
		return m.Verdict.String()
	}
	d := &m.Items[m.Disputed]
	switch {
	case !d.Found():
	case d.AuthorMatches != nil && !*d.AuthorMatches:
		return "misattributed"
	case d.Link.Verdict == quote.Altered:
		return "altered"
	case d.DateMatches != nil && !*d.DateMatches:
		return "wrong_date"
	}
	return "doctored"
}

// The schema.org MediaManipulationRatingEnumeration members a screenshot
// gets.
const (
	Decontextualized = "https://schema.org/DecontextualizedContent"
	EditedOrCropped  = "https://schema.org/EditedOrCroppedContent"
	Transformed      = "https://schema.org/TransformedContent"
	Original         = "https://schema.org/OriginalMediaContent"
)

// MediaCategory returns the MediaManipulationRatingEnumeration member
// that fits a judged screenshot, or "" for an unverifiable one:
// spliced is Decontextualized (each post as posted, shown as if
// together); doctored is EditedOrCropped when the only changes are
// words cut from posts (no author or date changed, no word replaced or
// added), else Transformed; genuine is Original.
func MediaCategory(m *montage.Montage) string {
	switch m.Verdict {
	case montage.Spliced:
		return Decontextualized
	case montage.Doctored:
		if cutsOnly(m) {
			return EditedOrCropped
		}
		return Transformed
	case montage.Genuine:
		return Original
	}
	return ""
}

// cutsOnly reports a doctored screenshot whose only changes are words
// cut from the posts.
func cutsOnly(m *montage.Montage) bool {
	for _, f := range m.Flags {
		if f.Flag == montage.FlagMisattributed || f.Flag == montage.FlagWrongDate {
			return false
		}
	}
	for i := range m.Items {
		it := &m.Items[i]
		if !it.Found() || it.Link.Verdict != quote.Altered {
			continue
		}
		for _, d := range it.Link.Alignment.Differences {
			switch d.Kind {
			case quote.WordReplaced, quote.WordInserted, quote.Punctuation:
				return false
			case quote.Negation:
				if d.SourceText == "" {
					return false // a negation added
				}
			}
		}
	}
	return true
}

// mediaReview is the MediaReview of a screenshot, nil for an
// unverifiable one.
func mediaReview(m *montage.Montage, cr *ClaimReview, w *wording.Words) *MediaReview {
	category := MediaCategory(m)
	if category == "" {
		return nil
	}
	shown := make([]string, len(m.Items))
	for i, it := range m.Items {
		var head []string
		for _, s := range []string{it.Shown.Author, it.Shown.Date} {
			if s = strings.TrimSpace(s); s != "" {
				head = append(head, s)
			}
		}
		shown[i] = it.Shown.Text
		if len(head) > 0 {
			shown[i] = strings.Join(head, " · ") + "\n" + it.Shown.Text
		}
	}
	mr := &MediaReview{
		Type: "MediaReview", URL: cr.URL, DatePublished: cr.DatePublished, InLanguage: cr.InLanguage, Author: cr.Author,
		MediaAuthenticityCategory: category,
		ItemReviewed: MediaReviewItem{Type: "MediaReviewItem", MediaItemAppearance: []ImageObject{{
			Type: "ImageObject", URL: cr.ItemReviewed.Appearance[0].URL, EmbeddedTextCaption: strings.Join(shown, "\n\n"),
		}}},
	}
	if d := &m.Items[m.Disputed]; d.Found() {
		mr.OriginalMediaLink = d.Link.Source.URL
	}
	if category == Decontextualized {
		var context []string
		for _, f := range m.Flags {
			if f.Flag == montage.FlagUnrelatedContexts || f.Flag == montage.FlagSplicedAbuse {
				context = append(context, w.Finding(f.Flag.String(), f.Detail, f.Items))
			}
		}
		mr.OriginalMediaContextDescription = strings.Join(context, " ")
	}
	return mr
}

// person is the schema.org Person of handle, the author of p's words;
// p's display name is used only when handle is p's author.
func person(p provenance.Post, handle string) *Person {
	name := handle
	if handle == p.Author && p.AuthorName != "" {
		name = p.AuthorName
	}
	return &Person{Type: "Person", Name: name, AlternateName: "@" + handle, URL: profile(p.Platform, handle, p.URL)}
}

// posting is the SocialMediaPosting of p, whose words writer wrote.
func posting(p provenance.Post, writer string) *CreativeWork {
	return &CreativeWork{Type: "SocialMediaPosting", URL: p.URL, Identifier: p.Key().String(),
		Author: person(p, writer), DatePublished: date(p.CreatedAt), Text: p.Text}
}

// profile returns the page of the account handle on platform, or "":
// X and Bluesky from the handle, Mastodon from user@instance or, for a
// local account, from the host of one of its posts (postURL).
func profile(platform, handle, postURL string) string {
	switch platform {
	case provenance.X:
		return "https://x.com/" + url.PathEscape(handle)
	case provenance.Bluesky:
		return "https://bsky.app/profile/" + url.PathEscape(handle)
	case provenance.Mastodon:
		user, host, remote := strings.Cut(handle, "@")
		if !remote {
			u, err := url.Parse(postURL)
			if err != nil || u.Host == "" {
				return ""
			}
			host = u.Host
		}
		return "https://" + host + "/@" + url.PathEscape(user)
	}
	return ""
}

// differences names the kinds of the differences that touch words —
// words replaced, added or removed, negations, sentence marks, marked
// cuts — (not typography, case, accents, spelling slips or an
// excerpt's ends), joined with commas.
func differences(w *wording.Words, ds []quote.Difference) string {
	var names []string
	seen := map[string]bool{}
	for _, d := range ds {
		switch d.Kind {
		case quote.WordReplaced, quote.WordInserted, quote.WordDeleted, quote.Negation, quote.Punctuation, quote.Elision:
		default:
			continue
		}
		name := w.Difference(d.Kind.String(), d.SourceText == "")
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return strings.Join(names, ", ")
}

// date writes t in RFC 3339, UTC, to the second.
func date(t time.Time) string { return t.UTC().Format(time.RFC3339) }
