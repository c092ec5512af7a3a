package wording_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/quote"
)

// TestReviewComplete: every sentence of a fact check and every rating
// has its words in both languages, with the same arguments; every
// verdict of a quote and of a montage has a rating.
func TestReviewComplete(t *testing.T) {
	for m := wording.ReviewMsg(0); m < wording.NumReviewMsgs; m++ {
		fr, en := wording.French.Review(m), wording.English.Review(m)
		assert.NotEmpty(t, fr, "message %d", m)
		assert.NotEmpty(t, en, "message %d", m)
		assert.Equal(t, strings.Count(fr, "%"), strings.Count(en, "%"), "message %d", m)
	}
	for _, code := range wording.RatingCodes() {
		for _, w := range both {
			assert.NotEmpty(t, w.Rating(code), "%v %s", w.Tag, code)
		}
	}
	for _, name := range []string{"not_found", "altered", "elided", "excerpt", "equivalent", "verbatim"} {
		_, ok := quote.ParseVerdict(name)
		assert.True(t, ok, name)
		assert.Contains(t, wording.RatingCodes(), name)
	}
	for _, name := range []string{"spliced", "doctored", "unverifiable", "genuine", "misattributed", "wrong_date"} {
		_, verdict := montage.ParseVerdict(name)
		_, flag := montage.ParseFlag(name)
		assert.True(t, verdict || flag, name)
		assert.Contains(t, wording.RatingCodes(), name)
	}
	assert.Empty(t, wording.French.Rating("nonsense"))
}
