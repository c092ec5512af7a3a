package wording

import "fmt"

// ReviewMsg names one sentence of a published fact check (package
// claimreview's reviewBody and MediaReview context); Words.Review formats
// it. Each format takes its arguments in the order its comment lists.
// They are kept apart from Msg, the reports' sentences, because a fact
// check is published prose, not a report line.
type ReviewMsg uint8

// The sentences of a published fact check.
const (
	ReviewFound       ReviewMsg = iota // @author, " (name)" (Name), date, platform (Platform), verdict words (Verdict)
	ReviewDifferences                  // the kinds of difference (Difference), joined
	ReviewNotFound                     // no post carries the words
	ReviewNotProof                     // why not found is not "fake"
	ReviewNotTheirs                    // the author named, @author found
	ReviewScore                        // the score, from 0 to 1
	numReviewMsgs
)

// reviewMessages holds the sentences of a published fact check in
// French, then in English.
var reviewMessages = [numReviewMsgs][2]string{
	ReviewFound:       {"Source : message de @%s%s publié le %s%s. Verdict : %s.", "Source: a post by @%s%s published on %s%s. Verdict: %s."},
	ReviewDifferences: {" Différences : %s.", " Differences: %s."},
	ReviewNotFound:    {"Aucun message de l'archive consultée ne porte ces mots.", "No post in the archive consulted carries these words."},
	ReviewNotProof:    {" L'archive peut être incomplète : ce n'est pas la preuve d'un faux.", " The archive may be incomplete: this is no proof of a fake."},
	ReviewNotTheirs:   {" Citation attribuée à %s, mais les mots retrouvés sont de @%s.", " Quote attributed to %s, but the words found are @%s's."},
	ReviewScore:       {" Score de l'alignement : %.2f sur 1.", " Alignment score: %.2f out of 1."},
}

// Review formats the fact check's sentence m with args.
func (w *Words) Review(m ReviewMsg, args ...any) string {
	return fmt.Sprintf(reviewMessages[m][w.i], args...)
}

// Rating says a verdict as a fact check's rating, in a few words that a
// search result or a CMS shows (schema.org Rating's alternateName), by
// the verdict's code: a quote's (verbatim, equivalent, excerpt, elided,
// altered, not_found), a montage's (spliced, doctored, unverifiable,
// genuine), or, for a doctored screenshot, what was changed in the
// disputed item (misattributed, wrong_date; altered as for a quote).
// Unknown codes give "".
func (w *Words) Rating(code string) string { return ratings[code][w.i] }

// ratings are the fact check ratings, by verdict code, in French and in
// English.
var ratings = map[string][2]string{
	"verbatim":      {"Exact", "Accurate"},
	"equivalent":    {"Exact", "Accurate"},
	"excerpt":       {"Extrait fidèle", "Faithful excerpt"},
	"elided":        {"Coupes signalées", "Cuts marked"},
	"altered":       {"Citation modifiée", "Altered quote"},
	"not_found":     {"Introuvable", "Not found"},
	"spliced":       {"Montage", "Spliced"},
	"doctored":      {"Trafiqué", "Doctored"},
	"misattributed": {"Fausse attribution", "Misattributed"},
	"wrong_date":    {"Date erronée", "Wrong date"},
	"unverifiable":  {"Invérifiable", "Unverifiable"},
	"genuine":       {"Authentique", "Genuine"},
}

// RatingCodes lists the codes Rating knows, for the tests and the
// documentation, in the order of the claimreview package's table.
func RatingCodes() []string {
	return []string{"verbatim", "equivalent", "excerpt", "elided", "altered", "not_found",
		"spliced", "doctored", "misattributed", "wrong_date", "unverifiable", "genuine"}
}
