package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRetweetOf(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"RT @lucie_r: Tout mon soutien.", "lucie_r"},
		{" \n RT @lucie_r: Tout mon soutien.", "lucie_r"},
		{"RT @lucie_r:", "lucie_r"},
		{"RT @mcorbiere@piaille.fr: texte", "mcorbiere@piaille.fr"},
		{"RT @lucie_r Tout mon soutien.", ""}, // no colon: Match drops the prefix, but it is not a retweet's copy
		{"RT @: texte", ""},
		{"RT @lucie r: texte", ""},
		{"rt @lucie_r: texte", ""},
		{"@asso84 RT @lucie_r: texte", ""}, // a reply quoting a retweet, not a retweet
		{"Je cite RT @lucie_r: texte", ""},
		{"", ""},
	} {
		assert.Equal(t, tc.want, RetweetOf(tc.text), "%q", tc.text)
	}
	// Match drops what RetweetOf reads, colon or not.
	assert.Equal(t, "tout mon soutien.", Match.String("RT @lucie_r: Tout mon soutien."))
	assert.Equal(t, "tout mon soutien.", Match.String("RT @lucie_r Tout mon soutien."))
}
