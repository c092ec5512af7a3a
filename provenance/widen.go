package provenance

import (
	"context"
	"slices"
)

// Widening the candidate search. When the candidates a search returns
// tie to the end of the budget (posts that share every search key of
// the quote: copies, reposts, boilerplate), the true post may lie past
// it, and Link asks for more (widen). Memory and Saved rank a query's
// posts once and select the wider budgets from the same scores
// (ranker); another archive is asked again for each budget. A window
// search (Link's search by halves) keeps only the posts that score
// near the best (windowCandidates); Memory and Saved are told, and
// Memory's scoring skips the posts that cannot get there.

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

// ranker is an archive that widens a search itself: its
// rankedCandidates returns what Candidates returns for the last budget
// that widen, starting from limit, leads to, and when share > 0 only
// those of them that score at least share times the best.
type ranker interface {
	rankedCandidates(ctx context.Context, q Query, limit, most int, share float64) ([]Candidate, error)
}

// candidates returns a's candidates for q, the search widened (widen)
// from limit up to most.
func candidates(ctx context.Context, a Archive, q Query, limit, most int) ([]Candidate, error) {
	if r, ok := a.(ranker); ok {
		return r.rankedCandidates(ctx, q, limit, most, 0)
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

// windowCandidates returns those of a's candidates for q (at most
// limit) that score at least share times the best.
func windowCandidates(ctx context.Context, a Archive, q Query, limit int, share float64) ([]Candidate, error) {
	if r, ok := a.(ranker); ok {
		return r.rankedCandidates(ctx, q, limit, limit, share)
	}
	cands, err := a.Candidates(ctx, q, limit)
	if err != nil || len(cands) == 0 {
		return nil, err
	}
	best := cands[0].Score
	return slices.DeleteFunc(cands, func(c Candidate) bool { return c.Score < share*best }), nil
}
