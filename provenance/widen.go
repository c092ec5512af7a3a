package provenance

import "context"

// Widening the candidate search. When the candidates a search returns
// tie to the end of the budget (posts that share every search key of
// the quote: copies, reposts, boilerplate), the true post may lie past
// it, and Link asks for more (widen). Memory and Saved rank a query's
// posts once and select the wider budgets from the same scores
// (widener); another archive is asked again for each budget.

// widen returns the budget to try after limit, when the search for
// limit found found candidates, the first and the last scoring first
// and last: four times limit, up to most, when the candidates fill the
// budget and the last ties with the first; 0 when the search is done.
func widen(limit, most, found int, first, last float64) int {
	if found == limit && limit < most && last >= first {
		return min(4*limit, most)
	}
	return 0
}

// widener is an archive that widens a search itself: its
// widenedCandidates returns what Candidates returns for the last budget
// that widen, starting from limit, leads to.
type widener interface {
	widenedCandidates(ctx context.Context, q Query, limit, most int) ([]Candidate, error)
}

// candidates returns a's candidates for q, the search widened (widen)
// from limit up to most.
func candidates(ctx context.Context, a Archive, q Query, limit, most int) ([]Candidate, error) {
	if w, ok := a.(widener); ok {
		return w.widenedCandidates(ctx, q, limit, most)
	}
	cands, err := a.Candidates(ctx, q, limit)
	for err == nil && len(cands) > 0 {
		if limit = widen(limit, most, len(cands), cands[0].Score, cands[len(cands)-1].Score); limit == 0 {
			break
		}
		cands, err = a.Candidates(ctx, q, limit)
	}
	if err != nil {
		return nil, err
	}
	return cands, nil
}
