package corpus_test

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/guillemet/guillemet/internal/corpus"
)

const testQueries = 1000

var queries20k = sync.OnceValue(func() []corpus.Query {
	return corpus.Queries(corpus20k(), testQueries, 7)
})

var accents = strings.NewReplacer("à", "a", "â", "a", "ä", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "î", "i", "ï", "i",
	"ô", "o", "ö", "o", "ù", "u", "û", "u", "ü", "u", "ç", "c", "œ", "oe", "æ", "ae", "ÿ", "y")

// keyWords is the test's own reading of a text: lower case, no accents,
// words of letters and digits; links and mentions skipped.
func keyWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if strings.Contains(f, "://") || strings.HasPrefix(f, "@") {
			continue
		}
		f = accents.Replace(strings.ToLower(f))
		out = append(out, strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })...)
	}
	return out
}

func grams5(words []string, f func(string)) {
	for i := 0; i+5 <= len(words); i++ {
		f(strings.Join(words[i:i+5], " "))
	}
}

// typoFold undoes the typographic changes an excerpt may carry.
var typoFold = strings.NewReplacer("’", "'", "«", "\"", "»", "\"", "“", "\"", "”", "\"", "\u202f", "", "\u00a0", "", " ", "", "…", "...")

// equivalenceKey folds everything a variant may change: leading
// mentions, links, emoji, case, accents, typography, inclusive marks and
// white space.
func equivalenceKey(s string) string {
	var kept []string
	leading := true
	for _, f := range strings.Fields(s) {
		if leading && strings.HasPrefix(f, "@") {
			continue
		}
		leading = false
		r, _ := utf8.DecodeRuneInString(f)
		if strings.Contains(f, "://") || r > 0x2000 && !unicode.IsLetter(r) && !unicode.IsPunct(r) {
			continue
		}
		kept = append(kept, f)
	}
	s = accents.Replace(strings.ToLower(strings.Join(kept, " ")))
	s = strings.NewReplacer("·", ".", "•", ".").Replace(s)
	return typoFold.Replace(s)
}

func spaceless(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// ocrTokens reads a text as the OCR check compares it: typography and
// case folded, punctuation around words dropped.
func ocrTokens(s string) []string {
	s = strings.NewReplacer("’", "'", "«", " ", "»", " ", "“", " ", "”", " ", "\"", " ", "\u202f", " ", "\u00a0", " ").Replace(s)
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// slips counts the words of q that differ from the best-aligned run of
// source words.
func slips(q, source []string) int {
	best := -1
	for off := 0; off+len(q) <= len(source); off++ {
		d := 0
		for i := range q {
			if q[i] != source[off+i] {
				d++
			}
		}
		if best < 0 || d < best {
			best = d
		}
	}
	return best
}

var elisionSplit = regexp.MustCompile(`\s*(?:\(\.\.\.\)|\(…\)|\[…\]|\[\.\.\.\]|…|\.\.\.)\s*`)

func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

func TestQueriesDeterministic(t *testing.T) {
	posts := corpus20k()[:5000]
	a := corpus.Queries(posts, 200, 3)
	b := corpus.Queries(posts, 200, 3)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two calls with the same seed differ")
	}
	if c := corpus.Queries(posts, 200, 4); reflect.DeepEqual(a, c) {
		t.Fatal("seeds 3 and 4 give the same queries")
	}
	if corpus.Queries(posts, 0, 1) != nil {
		t.Error("n = 0: want nil")
	}
	if q := corpus.Queries(nil, 10, 1); len(q) != 2 {
		// With no posts only fabricated queries can be made: 20% of 10.
		t.Errorf("empty corpus: %d queries, want the 2 fabricated ones", len(q))
	}
	if q := corpus.Queries(posts, 7, 1); len(q) != 7 {
		t.Errorf("7 queries asked, %d made", len(q))
	} else {
		kinds := map[corpus.QueryKind]bool{}
		for _, x := range q {
			kinds[x.Kind] = true
		}
		if len(kinds) != 7 {
			t.Errorf("7 queries of %d kinds, want one of each", len(kinds))
		}
	}
}

// TestQueryLabels checks every query against its label.
func TestQueryLabels(t *testing.T) {
	checkLabels(t, corpus20k(), queries20k())
}

// TestQueryLabelsMoreSeeds checks other seeds and another corpus.
func TestQueryLabelsMoreSeeds(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("slow")
	}
	other := corpus.Generate(corpus.Config{Posts: 30000, Seed: 5, Authors: 600})
	for _, seed := range []uint64{1, 2} {
		checkLabels(t, corpus20k(), corpus.Queries(corpus20k(), testQueries, seed))
		checkLabels(t, other, corpus.Queries(other, testQueries, seed))
	}
}

func checkLabels(t *testing.T, posts []corpus.Post, qs []corpus.Query) {
	t.Helper()
	if len(qs) != testQueries {
		t.Fatalf("%d queries, want %d", len(qs), testQueries)
	}
	byID := make(map[string]*corpus.Post, len(posts))
	firstWithText := map[string]string{}
	for i := range posts {
		p := &posts[i]
		byID[p.ID] = p
		if p.RepostOf == "" {
			if _, ok := firstWithText[p.Text]; !ok {
				firstWithText[p.Text] = p.ID
			}
		}
	}
	// The 5-grams of the corpus, for the fabricated queries.
	corpusGrams := map[string]bool{}
	for _, p := range posts {
		grams5(keyWords(p.Text), func(g string) { corpusGrams[g] = true })
	}
	wantShare := map[corpus.QueryKind]int{corpus.Variant: 200, corpus.Excerpt: 200, corpus.OCR: 150, corpus.Elided: 150,
		corpus.Fabricated: 200, corpus.Merged: 50, corpus.Short: 50}
	verdicts := map[corpus.QueryKind]string{corpus.Variant: "equivalent", corpus.Excerpt: "excerpt", corpus.Short: "excerpt",
		corpus.Elided: "elided", corpus.Fabricated: "not_found", corpus.Merged: "altered"}
	count := map[corpus.QueryKind]int{}
	ids := map[string]bool{}
	var ocrSlips, ocrRunes int
	uniquenessChecked := 0
	for _, q := range qs {
		count[q.Kind]++
		if ids[q.ID] {
			t.Errorf("duplicate query id %s", q.ID)
		}
		ids[q.ID] = true
		if v, ok := verdicts[q.Kind]; ok && q.Verdict != v {
			t.Errorf("%s: %s query with verdict %s", q.ID, q.Kind, q.Verdict)
		}
		if q.Kind == corpus.Fabricated {
			if q.Want != "" || q.Also != "" {
				t.Errorf("%s: fabricated query with a source", q.ID)
			}
			grams5(keyWords(q.Text), func(g string) {
				if corpusGrams[g] {
					t.Errorf("%s: fabricated %q shares %q with a post", q.ID, q.Text, g)
				}
			})
			if countWords(q.Text) < 8 {
				t.Errorf("%s: fabricated %q is too short", q.ID, q.Text)
			}
			continue
		}
		src := byID[q.Want]
		if src == nil {
			t.Fatalf("%s: source %s not in the corpus", q.ID, q.Want)
		}
		if src.RepostOf != "" || firstWithText[src.Text] != src.ID {
			t.Errorf("%s: source %s is a repost or a later copy", q.ID, q.Want)
		}
		if q.Kind != corpus.Merged && q.Also != "" {
			t.Errorf("%s: Also set on a %s query", q.ID, q.Kind)
		}
		switch q.Kind {
		case corpus.Variant:
			if spaceless(q.Text) == spaceless(src.Text) {
				t.Errorf("%s: variant differs from its source by white space only (verbatim): %q", q.ID, q.Text)
			}
			if equivalenceKey(q.Text) != equivalenceKey(src.Text) {
				t.Errorf("%s: variant not equivalent:\n%q\n%q", q.ID, q.Text, src.Text)
			}
		case corpus.Excerpt, corpus.Short:
			n := countWords(q.Text)
			if q.Kind == corpus.Short && n != 6 && n != 7 || q.Kind == corpus.Excerpt && n < 8 {
				t.Errorf("%s: %s of %d words: %q", q.ID, q.Kind, n, q.Text)
			}
			if countWords(src.Text)-n < 2 {
				t.Errorf("%s: excerpt %q is nearly all of %q", q.ID, q.Text, src.Text)
			}
			if !strings.Contains(typoFold.Replace(src.Text), typoFold.Replace(q.Text)) {
				t.Errorf("%s: excerpt %q not in %q", q.ID, q.Text, src.Text)
			}
			if q.Kind == corpus.Short && !strings.Contains(src.Text, q.Text) {
				t.Errorf("%s: short excerpt %q is not a substring of %q", q.ID, q.Text, src.Text)
			}
			// No other text of the corpus holds the excerpt.
			if uniquenessChecked < 80 && strings.Contains(src.Text, q.Text) {
				uniquenessChecked++
				for i := range posts {
					p := &posts[i]
					if p.Text == src.Text || p.RepostOf != "" && byID[p.RepostOf].Text == src.Text {
						continue
					}
					if strings.Contains(p.Text, q.Text) {
						t.Errorf("%s: excerpt %q is also in post %s: %q", q.ID, q.Text, p.ID, p.Text)
					}
				}
			}
		case corpus.OCR:
			qt, st := ocrTokens(q.Text), ocrTokens(src.Text)
			n := slips(qt, st)
			switch q.Verdict {
			case "equivalent":
				if len(qt) != len(st) {
					t.Errorf("%s: whole-post OCR of %d words for %d", q.ID, len(qt), len(st))
				}
				if spaceless(strings.ToLower(q.Text)) == spaceless(strings.ToLower(src.Text)) {
					t.Errorf("%s: whole-post OCR without a normalization change", q.ID)
				}
			case "excerpt":
				if len(qt) >= len(st) {
					t.Errorf("%s: OCR excerpt as long as its source", q.ID)
				}
			default:
				t.Errorf("%s: OCR verdict %s", q.ID, q.Verdict)
			}
			rate := 100 * float64(n) / float64(utf8.RuneCountInString(q.Text))
			if n < 1 || rate < 1.5 || rate > 3.5 {
				t.Errorf("%s: %d slips, %.2f per 100 characters: %q / %q", q.ID, n, rate, q.Text, src.Text)
			}
			ocrSlips += n
			ocrRunes += utf8.RuneCountInString(q.Text)
		case corpus.Elided:
			pieces := elisionSplit.Split(q.Text, -1)
			if len(pieces) < 2 || len(pieces) > 3 {
				t.Errorf("%s: elided quote of %d pieces: %q", q.ID, len(pieces), q.Text)
			}
			at := 0
			for _, piece := range pieces {
				if countWords(piece) < 3 {
					t.Errorf("%s: piece %q of fewer than 3 words", q.ID, piece)
				}
				// The piece's first occurrence after the previous one
				// that leaves a word out before it (a phrase may repeat).
				i, from := -1, 0
				for {
					j := strings.Index(src.Text[at+from:], piece)
					if j < 0 {
						break
					}
					i = from + j
					if at == 0 || countWords(src.Text[at:at+i]) >= 1 {
						break
					}
					from = i + 1
				}
				if i < 0 {
					t.Errorf("%s: piece %q not in order in %q", q.ID, piece, src.Text)
					break
				}
				if at > 0 && countWords(src.Text[at:at+i]) < 1 {
					t.Errorf("%s: nothing elided before %q", q.ID, piece)
				}
				at += i + len(piece)
			}
		case corpus.Merged:
			also := byID[q.Also]
			if also == nil || also.Author != src.Author || also.ID == src.ID {
				t.Fatalf("%s: merged query from %s and %v", q.ID, q.Want, also)
			}
			if strings.Contains(src.Text, q.Text) || strings.Contains(also.Text, q.Text) {
				t.Errorf("%s: merged query is in one post", q.ID)
			}
			// Split it into a piece of each post, the larger from Want.
			found := false
			for i := 0; i < len(q.Text) && !found; i++ {
				if q.Text[i] != ' ' {
					continue
				}
				left, right := q.Text[:i], q.Text[i+1:]
				for _, pair := range [][2]*corpus.Post{{src, also}, {also, src}} {
					if strings.Contains(pair[0].Text, left) && strings.Contains(pair[1].Text, right) &&
						countWords(left) >= 6 && countWords(right) >= 6 {
						wantWords, alsoWords := countWords(left), countWords(right)
						if pair[0] == also {
							wantWords, alsoWords = alsoWords, wantWords
						}
						if wantWords <= alsoWords {
							t.Errorf("%s: Want supports %d words, Also %d", q.ID, wantWords, alsoWords)
						}
						found = true
					}
				}
			}
			if !found {
				t.Errorf("%s: %q is not the end of one post and the start of the other:\n%q\n%q", q.ID, q.Text, src.Text, also.Text)
			}
		}
	}
	for k, pm := range wantShare {
		if want := testQueries * pm / 1000; count[k] != want {
			t.Errorf("%d %s queries, want %d", count[k], k, want)
		}
	}
	t.Logf("kinds %v; OCR: %.2f slips per 100 characters; %d excerpts checked unique", count,
		100*float64(ocrSlips)/float64(ocrRunes), uniquenessChecked)
}
