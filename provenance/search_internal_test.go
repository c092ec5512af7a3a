package provenance

import (
	"testing"

	"github.com/guillemet/guillemet/normalize"
)

// TestStopKeys checks the stop words' table against the list: every
// stop word is found, and no other word of a French text is.
func TestStopKeys(t *testing.T) {
	for w := range stopwords {
		if _, ok := indexable(w); ok {
			t.Errorf("%q is a stop word, indexable says it is a key", w)
		}
	}
	text := "Les élus du conseil municipal ont voté hier soir la fin des travaux, " +
		"mais la ville attendra encore deux ans avant que le pont rouvre : elle, lui, nous, vous, eux, leur, y, a"
	for _, w := range normalize.Match.Normalize(text).AppendWords(nil) {
		k := normalize.OCRKey(w)
		_, ok := indexable(w)
		if want := len(k) >= 2 && !stopwords[k]; ok != want {
			t.Errorf("indexable(%q) = %v, want %v", w, ok, want)
		}
	}
}
