package claimreview_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

// A fictional councillor's post and a troll's reply under it.
const posts = `{"platform":"x","id":"101","author":"KBelhadj_Avignon","author_name":"Karim Belhadj","created_at":"2016-01-22T22:14:05Z","text":"Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.","url":"https://x.com/KBelhadj_Avignon/status/101"}
{"platform":"x","id":"102","author":"patriote_1789","created_at":"2016-01-22T22:16:40Z","text":"@KBelhadj_Avignon t’es qu’un collabo, rentre chez toi","reply_to":"101","url":"https://x.com/patriote_1789/status/102"}
`

// exampleArchive loads posts.
func exampleArchive() *provenance.Memory {
	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(context.Background(), mem, "archive.jsonl", strings.NewReader(posts)); err != nil {
		panic(err)
	}
	return mem
}

// A newspaper quoted the first sentence of the councillor's post: the
// fact check, ready for the page's <script type="application/ld+json">.
func ExampleVerify() {
	r, err := provenance.Link(context.Background(), exampleArchive(), "Affligé par ce que j'ai vu ce soir.", nil)
	if err != nil {
		panic(err)
	}
	cr, err := claimreview.Verify(r, "", claimreview.Options{
		Author:     claimreview.Organization{Name: "Vérif'Express", URL: "https://verif.exemple.fr"},
		URL:        "https://verif.exemple.fr/2016/01/afflige",
		Published:  time.Date(2016, 1, 24, 8, 0, 0, 0, time.UTC),
		Appearance: "https://journal.exemple.fr/2016/01/23/conseil",
	})
	if err != nil {
		panic(err)
	}
	if err := claimreview.WriteJSON(os.Stdout, cr); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "ClaimReview",
	//   "url": "https://verif.exemple.fr/2016/01/afflige",
	//   "datePublished": "2016-01-24T08:00:00Z",
	//   "inLanguage": "fr",
	//   "author": {
	//     "@type": "Organization",
	//     "name": "Vérif'Express",
	//     "url": "https://verif.exemple.fr"
	//   },
	//   "claimReviewed": "Affligé par ce que j'ai vu ce soir.",
	//   "itemReviewed": {
	//     "@type": "Claim",
	//     "author": {
	//       "@type": "Person",
	//       "name": "Karim Belhadj",
	//       "alternateName": "@KBelhadj_Avignon",
	//       "url": "https://x.com/KBelhadj_Avignon"
	//     },
	//     "datePublished": "2016-01-22T22:14:05Z",
	//     "appearance": [
	//       {
	//         "@type": "CreativeWork",
	//         "url": "https://journal.exemple.fr/2016/01/23/conseil"
	//       }
	//     ],
	//     "firstAppearance": {
	//       "@type": "SocialMediaPosting",
	//       "url": "https://x.com/KBelhadj_Avignon/status/101",
	//       "identifier": "x:101",
	//       "author": {
	//         "@type": "Person",
	//         "name": "Karim Belhadj",
	//         "alternateName": "@KBelhadj_Avignon",
	//         "url": "https://x.com/KBelhadj_Avignon"
	//       },
	//       "datePublished": "2016-01-22T22:14:05Z",
	//       "text": "Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça."
	//     }
	//   },
	//   "reviewRating": {
	//     "@type": "Rating",
	//     "ratingValue": 3,
	//     "bestRating": 4,
	//     "worstRating": 1,
	//     "alternateName": "Extrait fidèle",
	//     "name": "Extrait fidèle"
	//   },
	//   "reviewBody": "Source : message de @KBelhadj_Avignon (Karim Belhadj) publié le 22 janv. 2016 à 22:14 UTC (X). Verdict : extrait fidèle. Score de l'alignement : 0.99 sur 1."
	// }
}

// The troll's reply shown under the councillor's handle: the claim's
// author is who really wrote it, the review says whom the screenshot
// showed, and the screenshot is rated as media.
func ExampleMontage() {
	c := montage.Composite{Disputed: 1, Items: []montage.Item{
		{Text: "Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.", Author: "@KBelhadj_Avignon"},
		{Text: "@KBelhadj_Avignon t’es qu’un collabo, rentre chez toi", Author: "@KBelhadj_Avignon"},
	}}
	m, err := montage.Judge(context.Background(), exampleArchive(), c, montage.Options{})
	if err != nil {
		panic(err)
	}
	cr, err := claimreview.Montage(m, claimreview.Options{
		Author:    claimreview.Organization{Name: "Vérif'Express"},
		Published: time.Date(2016, 1, 24, 8, 0, 0, 0, time.UTC),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Verdict, "→", cr.ReviewRating.AlternateName, cr.ReviewRating.RatingValue)
	fmt.Println(cr.ItemReviewed.Author.AlternateName)
	fmt.Println(cr.ReviewBody)
	fmt.Println(cr.AssociatedMediaReview.MediaAuthenticityCategory)
	// Output:
	// doctored → Fausse attribution 1
	// @patriote_1789
	// RETOUCHÉ : n°2 montré sous « @KBelhadj_Avignon » est de @patriote_1789.
	// https://schema.org/TransformedContent
}
