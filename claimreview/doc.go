// Package claimreview writes guillemet's verdicts as fact checks a
// newsroom's CMS can publish as is: schema.org ClaimReview JSON-LD, with
// a MediaReview for a screenshot, to be placed in the page's
// <script type="application/ld+json"> element.
//
// Verify reviews a quote (a provenance.Result), Montage a judged
// screenshot (a montage.Montage); WriteJSON writes either as indented
// JSON-LD, the same bytes for the same review. Options name the
// publishing organisation and the publication time (both required: the
// output never reads the clock), the review's own URL, its language
// (French by default, or English) and the page where the claim
// circulated.
//
//	cr, err := claimreview.Verify(res, quoteText, claimreview.Options{
//		Author:    claimreview.Organization{Name: "Vérif'Express", URL: "https://verif.exemple.fr"},
//		URL:       "https://verif.exemple.fr/2016/01/afflige",
//		Published: time.Now(), // the caller's clock, not the package's
//	})
//	err = claimreview.WriteJSON(w, cr)
//
// # The documents read
//
//   - Google Search Central, "Fact check (ClaimReview) structured data",
//     https://developers.google.com/search/docs/appearance/structured-data/factcheck:
//     ClaimReview requires claimReviewed, reviewRating and url, and
//     recommends author, datePublished and itemReviewed; the Claim
//     reviewed recommends author, datePublished, appearance and
//     firstAppearance; the Rating requires alternateName (the words a
//     search result shows) and recommends ratingValue, bestRating,
//     worstRating and name. claimReviewed should stay short; the rating
//     never goes into it. The page now says Google Search is phasing
//     out the rich result, the markup staying read by the Fact Check
//     Explorer. (Full Fact's notes sum up the same table:
//     https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/.)
//   - schema.org: https://schema.org/ClaimReview,
//     https://schema.org/Claim (appearance, firstAppearance),
//     https://schema.org/Rating, https://schema.org/MediaReview
//     (mediaAuthenticityCategory, originalMediaContextDescription,
//     originalMediaLink), https://schema.org/MediaReviewItem and
//     https://schema.org/MediaManipulationRatingEnumeration, whose
//     members are defined for an image with embedded text — a
//     screenshot of posts — at https://schema.org/DecontextualizedContent
//     ("an unaltered image presented in an inaccurate manner"),
//     https://schema.org/EditedOrCroppedContent ("presenting a part of
//     an image from a larger whole to mislead"),
//     https://schema.org/TransformedContent ("adding or deleting visual
//     elements to give the image a different meaning") and
//     https://schema.org/OriginalMediaContent ("no evidence the image
//     has been misleadingly altered or manipulated").
//   - The ClaimReview Project's MediaReview guide,
//     https://claimreviewproject.com/mediareview/user-guide: a
//     MediaReview comes beside a ClaimReview, with the original media's
//     link and its original context.
//
// The tests hold Google's list as data and check every output against
// it and against the schema.org types (schema_test.go).
//
// # What goes where
//
// claimReviewed is the quote as it circulated, or the disputed item's
// text as the screenshot shows it, whole: the claim is those words.
// itemReviewed is a Claim whose author is the Person who really wrote
// the words (display name, @handle, account page), datePublished when
// they were posted, appearance where they circulated (Options.Appearance,
// else a CreativeWork holding the circulated text) and firstAppearance
// the original post from the archive (a SocialMediaPosting with its URL,
// "platform:id", author, date and text). For a misattributed item the
// author is the real one, and reviewBody says whom the screenshot showed.
// When no post carries the words, the Claim has no author, date or first
// appearance: guillemet does not guess who said what it cannot find.
// reviewBody is the finding in a few sentences: the source post, the
// verdict and the differences that touch words; for a screenshot, the
// first line of the committee's report (which items were brought
// together or changed, and who really wrote them).
//
// # Ratings
//
// alternateName (and name) say the verdict in the review's language;
// ratingValue places it on a scale from WorstRating (1) to BestRating
// (4): how close the circulated words, or screenshot, are to what was
// posted. A verdict that finds nothing has no value: an incomplete
// archive proves nothing either way, so not_found is never rated as
// false. The words are kept in internal/wording (Words.Rating).
//
//	verdict                   alternateName (fr / en)                 ratingValue
//	verbatim, equivalent      Exact / Accurate                        4
//	excerpt                   Extrait fidèle / Faithful excerpt       3
//	elided                    Coupes signalées / Cuts marked          2
//	altered                   Citation modifiée / Altered quote       1
//	not_found                 Introuvable / Not found                 —
//	montage spliced           Montage / Spliced                       1
//	montage doctored          Trafiqué / Doctored                     1
//	  disputed misattributed  Fausse attribution / Misattributed      1
//	  disputed altered        Citation modifiée / Altered quote       1
//	  disputed wrong date     Date erronée / Wrong date               1
//	montage unverifiable      Invérifiable / Unverifiable             —
//	montage genuine           Authentique / Genuine                   4
//
// A doctored screenshot is rated by what was changed in its disputed
// item (misattributed, then altered, then wrong date), « Trafiqué » when
// the disputed item is as posted and another item was changed.
//
// # MediaReview
//
// A screenshot's ClaimReview carries, as associatedMediaReview, a
// MediaReview of the screenshot (an ImageObject whose
// embeddedTextCaption is what it shows), with the same publisher, date
// and URL, the disputed item's original post as originalMediaLink, and
// the MediaManipulationRatingEnumeration member that fits (MediaCategory):
//
//	montage verdict   mediaAuthenticityCategory
//	spliced           DecontextualizedContent (each post as posted, shown as if together;
//	                  originalMediaContextDescription says which were never together)
//	doctored          EditedOrCroppedContent when the only changes are words cut from posts;
//	                  TransformedContent when words were replaced or added, or an author or a date changed
//	genuine           OriginalMediaContent
//	unverifiable      no MediaReview: items are missing from the archive, and no member
//	                  says "could not be verified" (OriginalMediaContent would clear it)
//
// A quote alone gets no MediaReview: it is text, not media.
//
// # Publishing
//
// Google requires url: without Options.URL it is left out, for the CMS
// to add once the page has one. The characters <, > and & are escaped in
// the JSON, so that a post's text cannot close the script element.
package claimreview
