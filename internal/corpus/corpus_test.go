package corpus_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/guillemet/guillemet/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenSHA is the SHA-256 of WriteJSONL(Generate(Config{Posts: 2000,
// Seed: 1})). It changes only when the generator changes on purpose:
// then run the tests with -update and commit the new value with the
// regenerated testdata/sample.jsonl, whose diff shows what changed.
const goldenSHA = "5920a17bec59059645cfa33d2f32dd2d49fc6e2bae191ba11302fa5f8725f2ba"

const testPosts = 20000

// corpus20k is the corpus most tests read (generated once).
var corpus20k = sync.OnceValue(func() []corpus.Post {
	return corpus.Generate(corpus.Config{Posts: testPosts, Seed: 1})
})

func jsonl(t testing.TB, posts []corpus.Post) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := corpus.WriteJSONL(&b, posts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterminism(t *testing.T) {
	a := corpus.Generate(corpus.Config{Posts: 2000, Seed: 1})
	b := corpus.Generate(corpus.Config{Posts: 2000, Seed: 1})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with the same config differ")
	}
	out := jsonl(t, a)
	sum := sha256.Sum256(out)
	got := hex.EncodeToString(sum[:])
	golden := filepath.Join("testdata", "sample.jsonl")
	head := out[:nthLine(out, 25)]
	if *update {
		if err := os.WriteFile(golden, head, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("goldenSHA = %q", got)
	} else {
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(head, want) {
			t.Errorf("the first posts differ from %s (run with -update to accept)", golden)
		}
	}
	if got != goldenSHA {
		t.Errorf("SHA-256 of the 2000-post corpus = %s, want %s", got, goldenSHA)
	}
	if c := corpus.Generate(corpus.Config{Posts: 2000, Seed: 2}); reflect.DeepEqual(a, c) {
		t.Error("seeds 1 and 2 give the same corpus")
	}
	// A prefix of a larger corpus is not required to match, but a corpus
	// is independent of how many times the generator ran before.
	if d := corpus.Generate(corpus.Config{Posts: 2000, Seed: 1}); !reflect.DeepEqual(a, d) {
		t.Error("a third run differs")
	}
}

func nthLine(b []byte, n int) int {
	off := 0
	for range n {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return len(b)
		}
		off += i + 1
	}
	return off
}

func TestConfigDefaults(t *testing.T) {
	posts := corpus.Generate(corpus.Config{Posts: 300, Seed: 9})
	if len(posts) != 300 {
		t.Fatalf("got %d posts", len(posts))
	}
	if !posts[0].CreatedAt.After(corpus.DefaultStart) || posts[0].CreatedAt.Sub(corpus.DefaultStart) > 10*24*time.Hour {
		t.Errorf("first post at %v, want shortly after %v", posts[0].CreatedAt, corpus.DefaultStart)
	}
	authors := map[string]bool{}
	for _, p := range posts {
		authors[p.Author] = true
		if p.Platform != "x" || p.Lang != "fr" {
			t.Fatalf("platform %q lang %q", p.Platform, p.Lang)
		}
	}
	if len(authors) > 50 {
		t.Errorf("%d authors, want at most the default 50", len(authors))
	}
	start := time.Date(2019, 5, 1, 12, 0, 0, 0, time.FixedZone("CEST", 7200))
	posts = corpus.Generate(corpus.Config{Posts: 100, Seed: 9, Start: start, Platform: "mastodon", Authors: 7})
	authors = map[string]bool{}
	for _, p := range posts {
		authors[p.Author] = true
		if p.Platform != "mastodon" || p.CreatedAt.Before(start) || p.CreatedAt.Location() != time.UTC {
			t.Fatalf("post %+v", p)
		}
	}
	if len(authors) > 7 {
		t.Errorf("%d authors, want at most 7", len(authors))
	}
	if corpus.Generate(corpus.Config{}) != nil {
		t.Error("zero posts: want nil")
	}
}

// TestStructure checks ids, times, references and the shares of replies,
// quotes and reposts.
func TestStructure(t *testing.T) {
	posts := corpus20k()
	byID := make(map[string]int, len(posts))
	var replies, quotes, reposts, maxDepth int
	depth := make([]int, len(posts))
	perAuthor := map[string]int{}
	for i, p := range posts {
		perAuthor[p.Author]++
		id, err := strconv.ParseUint(p.ID, 10, 64)
		if err != nil {
			t.Fatalf("post %d: id %q", i, p.ID)
		}
		if ms := int64(id>>22) + 1288834974657; ms != p.CreatedAt.UnixMilli() {
			t.Fatalf("post %d: id %s encodes %d ms, created at %d", i, p.ID, ms, p.CreatedAt.UnixMilli())
		}
		if i > 0 {
			prev, _ := strconv.ParseUint(posts[i-1].ID, 10, 64)
			if id <= prev || p.CreatedAt.Before(posts[i-1].CreatedAt) {
				t.Fatalf("post %d: ids or times not increasing", i)
			}
		}
		if _, dup := byID[p.ID]; dup {
			t.Fatalf("duplicate id %s", p.ID)
		}
		if want := "https://x.com/" + p.Author + "/status/" + p.ID; p.URL != want {
			t.Fatalf("url %q, want %q", p.URL, want)
		}
		if p.AuthorName == "" || strings.HasPrefix(p.Author, "@") || len(p.Author) > 15 {
			t.Fatalf("author %q name %q", p.Author, p.AuthorName)
		}
		for _, ref := range []string{p.ReplyTo, p.QuoteOf, p.RepostOf, p.Conversation} {
			if ref == "" || ref == p.ID {
				continue
			}
			if _, ok := byID[ref]; !ok {
				t.Fatalf("post %d refers to %s, not an earlier post", i, ref)
			}
		}
		switch {
		case p.ReplyTo != "":
			replies++
			parent := posts[byID[p.ReplyTo]]
			if parent.RepostOf != "" {
				t.Errorf("post %d replies to a repost", i)
			}
			if !strings.HasPrefix(p.Text, "@"+parent.Author+" ") {
				t.Errorf("reply %d does not start with @%s: %q", i, parent.Author, p.Text)
			}
			if parent.Author == p.Author {
				t.Errorf("post %d replies to its own author", i)
			}
			if p.Conversation != parent.Conversation {
				t.Errorf("reply %d: conversation %s, parent's %s", i, p.Conversation, parent.Conversation)
			}
			depth[i] = depth[byID[p.ReplyTo]] + 1
			maxDepth = max(maxDepth, depth[i])
		case p.Conversation != p.ID:
			t.Errorf("post %d replies to nothing but its conversation is %s", i, p.Conversation)
		}
		if p.QuoteOf != "" {
			quotes++
		}
		if p.RepostOf != "" {
			reposts++
			orig := posts[byID[p.RepostOf]]
			if orig.RepostOf != "" {
				t.Errorf("post %d reposts a repost", i)
			}
			prefix := "RT @" + orig.Author + ": "
			body, ok := strings.CutPrefix(p.Text, prefix)
			switch {
			case !ok:
				t.Errorf("repost %d: %q does not start with %q", i, p.Text, prefix)
			case strings.HasSuffix(body, "…") && body != orig.Text:
				if !strings.HasPrefix(orig.Text, strings.TrimSuffix(body, "…")) || utf8.RuneCountInString(p.Text) > 140 {
					t.Errorf("repost %d is not a cut of its original: %q", i, p.Text)
				}
			case body != orig.Text:
				t.Errorf("repost %d: %q, original %q", i, body, orig.Text)
			}
		}
		byID[p.ID] = i
	}
	n := float64(len(posts))
	if s := float64(replies) / n; s < 0.30 || s > 0.40 {
		t.Errorf("reply share %.3f, want 0.30–0.40", s)
	}
	if s := float64(quotes) / n; s < 0.03 || s > 0.07 {
		t.Errorf("quote share %.3f", s)
	}
	if s := float64(reposts) / n; s < 0.03 || s > 0.07 {
		t.Errorf("repost share %.3f", s)
	}
	if maxDepth < 4 {
		t.Errorf("deepest reply chain %d, want several levels", maxDepth)
	}
	span := posts[len(posts)-1].CreatedAt.Sub(posts[0].CreatedAt)
	if span < 355*24*time.Hour || span > 366*24*time.Hour {
		t.Errorf("posts span %v, want about a year", span)
	}
	counts := make([]int, 0, len(perAuthor))
	for _, c := range perAuthor {
		counts = append(counts, c)
	}
	slices.Sort(counts)
	top := counts[len(counts)-1]
	if float64(top)/n < 0.01 {
		t.Errorf("top author has %d posts, want ≥ 1%%", top)
	}
	if perDay := float64(top) / 365; perDay < 2 {
		t.Errorf("top author posts %.1f a day, want several", perDay)
	}
	if median := counts[len(counts)/2]; median > 10 {
		t.Errorf("median author has %d posts: the tail is too short", median)
	}
	t.Logf("%d posts, %d authors (top %d, median %d), replies %.1f%%, quotes %.1f%%, reposts %.1f%%, deepest chain %d",
		len(posts), len(counts), top, counts[len(counts)/2], 100*float64(replies)/n, 100*float64(quotes)/n, 100*float64(reposts)/n, maxDepth)
}

// TestTexts checks lengths and the typographic variety of the texts.
func TestTexts(t *testing.T) {
	posts := corpus20k()
	var lens []int
	features := map[string]int{}
	copies := 0
	firstBy := map[string]string{}
	for _, p := range posts {
		n := utf8.RuneCountInString(p.Text)
		lens = append(lens, n)
		if n < 40 || n > 280 {
			t.Errorf("post %s has %d characters: %q", p.ID, n, p.Text)
		}
		if !utf8.ValidString(p.Text) || strings.ContainsAny(p.Text, "\n\t{}") || strings.Contains(p.Text, "  ") {
			t.Errorf("post %s: %q", p.ID, p.Text)
		}
		for name, s := range map[string]string{
			"curly apostrophe": "’", "straight apostrophe": "'", "narrow no-break space": "\u202f",
			"guillemets": "«", "link": "https://", "hashtag": "#", "inclusive": "·", "ellipsis": "…",
		} {
			if strings.Contains(p.Text, s) {
				features[name]++
			}
		}
		if strings.ContainsAny(p.Text, "😡👏🙏👉🔴📢✊🤔") {
			features["emoji"]++
		}
		if strings.Contains(p.Text, " :") || strings.Contains(p.Text, " !") {
			features["plain space before : !"]++
		}
		if p.RepostOf == "" {
			if a, ok := firstBy[p.Text]; ok && a != p.Author {
				copies++
			} else if !ok {
				firstBy[p.Text] = p.Author
			}
		}
	}
	slices.Sort(lens)
	if med := lens[len(lens)/2]; med < 120 || med > 160 {
		t.Errorf("median length %d, want about 140", med)
	}
	for _, f := range []string{"curly apostrophe", "straight apostrophe", "narrow no-break space", "guillemets",
		"link", "hashtag", "inclusive", "ellipsis", "emoji", "plain space before : !"} {
		if features[f] < len(posts)/200 {
			t.Errorf("only %d posts with %s", features[f], f)
		}
	}
	if features["curly apostrophe"] < 2*features["straight apostrophe"] {
		t.Errorf("curly apostrophes in %d posts, straight in %d: want curly in most", features["curly apostrophe"], features["straight apostrophe"])
	}
	if copies < 5 {
		t.Errorf("%d copies of another author's post, want a few", copies)
	}
	t.Logf("lengths: min %d, median %d, max %d; copies %d; %v", lens[0], lens[len(lens)/2], lens[len(lens)-1], copies, features)
}

// TestFrench spot-checks spelling across word boundaries: no "de le",
// no "le hôpital", no space before a comma.
func TestFrench(t *testing.T) {
	elides := map[string]bool{"le": true, "la": true, "de": true, "que": true, "ne": true, "je": true, "se": true, "me": true, "te": true}
	for _, p := range corpus20k()[:5000] {
		for _, bad := range []string{" de le ", " à le ", " de les ", " à les ", " de des ", " ,", " ."} {
			if strings.Contains(p.Text, bad) {
				t.Errorf("%q in %q", bad, p.Text)
			}
		}
		f := strings.Fields(p.Text)
		for i := 0; i+1 < len(f); i++ {
			if !elides[strings.ToLower(f[i])] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(f[i+1])
			if strings.ContainsRune("aeiouéèêâîôûAEIOUÉÈÊÂÎÔÛYŒœ", r) {
				t.Errorf("missing elision %q %q in %q", f[i], f[i+1], p.Text)
			}
		}
	}
}

// wordForms splits a text into lower-case word forms: letters joined by
// inner hyphens or inclusive dots (saint-aubinois, habitant·e·s); an
// apostrophe ends a word (l’, qu’); mentions, links and numbers are not
// words; a hashtag is the word after #.
func wordForms(text string, f func(string)) {
	var cur []rune
	flush := func() {
		for len(cur) > 0 && !unicode.IsLetter(cur[len(cur)-1]) {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			f(strings.ToLower(string(cur)))
		}
		cur = cur[:0]
	}
	for _, field := range strings.Fields(text) {
		if strings.HasPrefix(field, "@") || strings.Contains(field, "://") {
			continue
		}
		for _, r := range field {
			switch {
			case unicode.IsLetter(r):
				cur = append(cur, r)
			case (r == '-' || r == '·' || r == '•') && len(cur) > 0:
				cur = append(cur, r)
			default:
				flush()
			}
		}
		flush()
	}
}

// vocabulary counts the word forms of posts, most frequent first.
func vocabulary(posts []corpus.Post) (forms []string, counts []int, tokens int) {
	freq := map[string]int{}
	for _, p := range posts {
		if p.RepostOf != "" {
			continue
		}
		wordForms(p.Text, func(w string) { freq[w]++; tokens++ })
	}
	for w := range freq {
		forms = append(forms, w)
	}
	slices.SortFunc(forms, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	for _, w := range forms {
		counts = append(counts, freq[w])
	}
	return forms, counts, tokens
}

// TestVocabulary checks the number of word forms and their Zipf-like
// frequencies.
func TestVocabulary(t *testing.T) {
	posts, minForms := corpus20k(), 9000
	if !testing.Short() && !raceEnabled {
		posts, minForms = corpus.Generate(corpus.Config{Posts: 100000, Seed: 1}), 20000
	}
	forms, counts, tokens := vocabulary(posts)
	if len(forms) < minForms {
		t.Errorf("%d word forms in %d posts, want ≥ %d", len(forms), len(posts), minForms)
	}
	// Zipf: frequency falls about tenfold for each tenfold rank.
	for _, r := range [][2]int{{10, 100}, {100, 1000}} {
		ratio := float64(counts[r[0]-1]) / float64(counts[r[1]-1])
		if ratio < 4 || ratio > 40 {
			t.Errorf("frequency ratio of ranks %d and %d = %.1f, want about 10", r[0], r[1], ratio)
		}
	}
	top10 := 0
	for _, c := range counts[:10] {
		top10 += c
	}
	if s := float64(top10) / float64(tokens); s < 0.15 || s > 0.45 {
		t.Errorf("the 10 commonest words are %.0f%% of tokens", 100*s)
	}
	rare := 0
	for _, c := range counts {
		if c <= 2 {
			rare++
		}
	}
	if float64(rare) < 0.2*float64(len(forms)) {
		t.Errorf("%d of %d forms seen at most twice: the tail is too thin", rare, len(forms))
	}
	t.Logf("%d posts: %d tokens, %d forms (%d seen at most twice); top: %v; ranks 10/100/1000/10000: %d/%d/%d/%d",
		len(posts), tokens, len(forms), rare, forms[:12], counts[9], counts[99], counts[999], counts[min(9999, len(counts)-1)])
}

var createdAtRe = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`)

type jsonPost struct {
	Platform     string  `json:"platform"`
	ID           string  `json:"id"`
	Author       string  `json:"author"`
	AuthorName   string  `json:"author_name"`
	CreatedAt    string  `json:"created_at"`
	Text         *string `json:"text"`
	ReplyTo      string  `json:"reply_to"`
	Conversation string  `json:"conversation"`
	QuoteOf      string  `json:"quote_of"`
	RepostOf     string  `json:"repost_of"`
	URL          string  `json:"url"`
	Lang         string  `json:"lang"`
}

func TestWriteJSONL(t *testing.T) {
	posts := corpus20k()[:3000]
	tricky := corpus.Post{Platform: "x", ID: "1", Author: "a", CreatedAt: time.Date(2024, 3, 1, 8, 2, 11, 482_999_999, time.FixedZone("", 3600)),
		Text: "« guillemets » \"quotes\" back\\slash \x01\x1f\n\t\r <b>&amp;</b> \u2028\u2029 émoji 👍 \xff end"}
	posts = append(slices.Clip(posts), tricky, corpus.Post{ID: "2", Author: "b", CreatedAt: time.Unix(0, 0)})
	out := jsonl(t, posts)
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	i := 0
	for ; sc.Scan(); i++ {
		line := sc.Bytes()
		var jp jsonPost
		if err := json.Unmarshal(line, &jp); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		p := posts[i]
		text := strings.ToValidUTF8(p.Text, "\ufffd")
		if jp.Text == nil || *jp.Text != text || jp.ID != p.ID || jp.Author != p.Author || jp.AuthorName != p.AuthorName ||
			jp.Platform != p.Platform || jp.ReplyTo != p.ReplyTo || jp.Conversation != p.Conversation ||
			jp.QuoteOf != p.QuoteOf || jp.RepostOf != p.RepostOf || jp.URL != p.URL || jp.Lang != p.Lang {
			t.Fatalf("line %d does not round-trip: %s", i+1, line)
		}
		if !createdAtRe.MatchString(jp.CreatedAt) {
			t.Fatalf("line %d: created_at %q", i+1, jp.CreatedAt)
		}
		if ts, err := time.Parse(time.RFC3339Nano, jp.CreatedAt); err != nil || !ts.Equal(p.CreatedAt.Truncate(time.Millisecond)) {
			t.Fatalf("line %d: created_at %q for %v", i+1, jp.CreatedAt, p.CreatedAt)
		}
		if !bytes.HasPrefix(line, []byte(`{"platform":`)) || bytes.Contains(line, []byte(`:""`)) && p.Text != "" {
			t.Fatalf("line %d: field order or empty fields: %s", i+1, line)
		}
	}
	if i != len(posts) {
		t.Fatalf("%d lines for %d posts", i, len(posts))
	}
	if !bytes.Contains(out, []byte(`"created_at":"2024-03-01T07:02:11.482Z"`)) {
		t.Error("created_at not in UTC with milliseconds")
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, os.ErrClosed
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteJSONLError(t *testing.T) {
	if err := corpus.WriteJSONL(&failWriter{n: 10}, corpus20k()[:1000]); err == nil {
		t.Fatal("no error from a failing writer")
	}
}
