package claimreview

// Context is the JSON-LD @context of every document: schema.org, the
// only context Google reads.
const Context = "https://schema.org"

// The rating scale of reviewRating (see the package documentation):
// how close the circulated words, or the circulated screenshot, are to
// what was really posted.
const (
	WorstRating = 1 // the words or the screenshot were changed, cut without a mark, or put together
	BestRating  = 4 // the words as posted; the screenshot as it was
)

// ClaimReview is a fact check of one quote or one screenshot: schema.org
// ClaimReview as JSON-LD, to be published as is in a
// <script type="application/ld+json"> element (WriteJSON).
type ClaimReview struct {
	// Context is always Context.
	Context string `json:"@context"`
	// Type is always "ClaimReview".
	Type string `json:"@type"`
	// URL is the fact check's own page (Options.URL); left out when not
	// given. Google requires it: a CMS that learns the page's URL at
	// publication adds it then.
	URL string `json:"url,omitempty"`
	// DatePublished is Options.Published, in RFC 3339, UTC.
	DatePublished string `json:"datePublished"`
	// InLanguage is the language of the rating and of the review's
	// body: "fr" or "en".
	InLanguage string `json:"inLanguage"`
	// Author is the organisation that publishes the fact check
	// (Options.Author).
	Author Organization `json:"author"`
	// ClaimReviewed is the claim as it circulated: the quote, or the
	// disputed item's text as the screenshot shows it.
	ClaimReviewed string `json:"claimReviewed"`
	// ItemReviewed is the claim: who really wrote the words, where they
	// circulated, where they first appeared.
	ItemReviewed Claim `json:"itemReviewed"`
	// ReviewRating is the verdict.
	ReviewRating Rating `json:"reviewRating"`
	// ReviewBody says what was found, in a few sentences: the source
	// post and the differences, or for a screenshot what a committee
	// must not miss (which items were put together or changed and who
	// really wrote them).
	ReviewBody string `json:"reviewBody"`
	// AssociatedMediaReview rates a screenshot as a piece of media
	// (Montage only); nil for a quote, and for a screenshot whose items
	// are not all in the archive.
	AssociatedMediaReview *MediaReview `json:"associatedMediaReview,omitempty"`
}

// Organization is a schema.org Organization: the publisher of a fact
// check.
type Organization struct {
	// Type is "Organization"; Verify and Montage set it, whatever
	// Options.Author holds.
	Type string `json:"@type"`
	// Name is the organisation's name; required.
	Name string `json:"name"`
	// URL is its home page; left out when empty.
	URL string `json:"url,omitempty"`
}

// Person is a schema.org Person: who wrote the words reviewed.
type Person struct {
	// Type is always "Person".
	Type string `json:"@type"`
	// Name is the display name the archive holds, else the handle.
	Name string `json:"name"`
	// AlternateName is the handle, with its "@" ("@KBelhadj_Avignon").
	AlternateName string `json:"alternateName"`
	// URL is the account's page when the platform gives it one
	// (https://x.com/handle, https://instance/@user,
	// https://bsky.app/profile/handle); left out otherwise.
	URL string `json:"url,omitempty"`
}

// Claim is a schema.org Claim: the words reviewed, as someone wrote
// them.
type Claim struct {
	// Type is always "Claim".
	Type string `json:"@type"`
	// Author is who really wrote the words; nil when no post of the
	// archive carries them.
	Author *Person `json:"author,omitempty"`
	// DatePublished is when they were posted (RFC 3339, UTC); left out
	// when not found.
	DatePublished string `json:"datePublished,omitempty"`
	// Appearance is where the claim circulated: the page given as
	// Options.Appearance, else a CreativeWork holding the text as it
	// circulated.
	Appearance []CreativeWork `json:"appearance"`
	// FirstAppearance is the original post, from the archive; nil when
	// not found.
	FirstAppearance *CreativeWork `json:"firstAppearance,omitempty"`
}

// CreativeWork is a schema.org CreativeWork, or one of its subtypes
// (SocialMediaPosting for a post): where a claim appears.
type CreativeWork struct {
	// Type is "CreativeWork" or "SocialMediaPosting".
	Type string `json:"@type"`
	// URL is the page; left out when unknown.
	URL string `json:"url,omitempty"`
	// Identifier is a post's "platform:id" (x:690658719160467463);
	// left out for other works.
	Identifier string `json:"identifier,omitempty"`
	// Author is a post's author; nil for other works.
	Author *Person `json:"author,omitempty"`
	// DatePublished is when a post was posted (RFC 3339, UTC).
	DatePublished string `json:"datePublished,omitempty"`
	// Text is the text: a post's, or the claim as it circulated.
	Text string `json:"text,omitempty"`
}

// Rating is a schema.org Rating: the verdict, as words (AlternateName,
// what a search result shows) and on the scale WorstRating–BestRating.
type Rating struct {
	// Type is always "Rating".
	Type string `json:"@type"`
	// RatingValue is the verdict on the scale; left out (0) when the
	// words were not found or the screenshot cannot be verified: an
	// incomplete archive proves nothing either way.
	RatingValue int `json:"ratingValue,omitempty"`
	// BestRating and WorstRating are the scale's ends.
	BestRating  int `json:"bestRating"`
	WorstRating int `json:"worstRating"`
	// AlternateName is the verdict in a few words, in the review's
	// language (« Extrait fidèle »): see the package's table.
	AlternateName string `json:"alternateName"`
	// Name repeats AlternateName, for readers of schema.org that show
	// a Rating's name.
	Name string `json:"name"`
}

// MediaReview is a schema.org MediaReview: a screenshot rated as a piece
// of media, with a MediaManipulationRatingEnumeration value.
type MediaReview struct {
	// Type is always "MediaReview".
	Type string `json:"@type"`
	// URL, DatePublished, InLanguage and Author are the ClaimReview's.
	URL           string       `json:"url,omitempty"`
	DatePublished string       `json:"datePublished"`
	InLanguage    string       `json:"inLanguage"`
	Author        Organization `json:"author"`
	// MediaAuthenticityCategory is the rating, a schema.org enumeration
	// member's URL (https://schema.org/DecontextualizedContent; see the
	// package's table).
	MediaAuthenticityCategory string `json:"mediaAuthenticityCategory"`
	// OriginalMediaContextDescription says, for DecontextualizedContent,
	// what the items' real contexts were; left out otherwise.
	OriginalMediaContextDescription string `json:"originalMediaContextDescription,omitempty"`
	// OriginalMediaLink is the disputed item's original post; left out
	// when it has no URL.
	OriginalMediaLink string `json:"originalMediaLink,omitempty"`
	// ItemReviewed is the screenshot.
	ItemReviewed MediaReviewItem `json:"itemReviewed"`
}

// MediaReviewItem is a schema.org MediaReviewItem: the media reviewed,
// as it appeared.
type MediaReviewItem struct {
	// Type is always "MediaReviewItem".
	Type string `json:"@type"`
	// MediaItemAppearance holds the screenshot.
	MediaItemAppearance []ImageObject `json:"mediaItemAppearance"`
}

// ImageObject is a schema.org ImageObject: a screenshot of posts, an
// image with embedded text.
type ImageObject struct {
	// Type is always "ImageObject".
	Type string `json:"@type"`
	// URL is where it circulated (Options.Appearance); left out when
	// not given.
	URL string `json:"url,omitempty"`
	// EmbeddedTextCaption is the text the screenshot shows: each item's
	// author and date as shown, and its text, one item a paragraph.
	EmbeddedTextCaption string `json:"embeddedTextCaption"`
}
