package provenance

import (
	"fmt"
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

// TestIndexKeys checks the index's dictionary, short keys packed and
// long ones in a map, against a map of strings, across the growth of
// the short keys' table.
func TestIndexKeys(t *testing.T) {
	x := newIndex()
	want := map[string]int32{}
	for i := range 5000 {
		k := fmt.Sprintf("%017x", i*i)[:1+i%17] // keys of 1 to 17 bytes, some repeated
		keys := []string{k}
		if _, ok := want[k]; !ok {
			want[k] = int32(len(want))
		}
		x.add(int32(i), keys)
	}
	if x.size() != len(want) {
		t.Fatalf("%d keys, want %d", x.size(), len(want))
	}
	seen := 0
	x.keys(func(k string, id int32) {
		seen++
		if want[k] != id {
			t.Errorf("keys gives %q → %d, want %d", k, id, want[k])
		}
	})
	if seen != len(want) {
		t.Errorf("keys gave %d keys, want %d", seen, len(want))
	}
	for k, id := range want {
		if got, ok := x.id(k); !ok || got != id {
			t.Errorf("id(%q) = %d, %v; want %d", k, got, ok, id)
		}
	}
	for _, k := range []string{"", "zz", "zzzzzzz", "zzzzzzzz", "zzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzz"} {
		if _, ok := x.id(k); ok || x.df(k) != 0 {
			t.Errorf("%q found, never added", k)
		}
	}
}
