package htmlreport_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/htmlreport"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

var update = flag.Bool("update", false, "rewrite the golden pages under testdata/")

// The fixtures: the repository's fictional archives and composites.
const (
	montageDir = "../testdata/montage"
	hostileDir = "testdata/hostile"
)

// verifyArchives are those of guillemet verify's golden
// (cmd/guillemet/testdata/verify.golden); verifyQuotes are its quotes
// but the lines it cannot read (cmd/guillemet's TestHTMLPage writes
// this golden page with guillemet verify --html).
var (
	verifyArchives = []string{"../testdata/provenance/jsonl/conversation.jsonl", "../cmd/guillemet/testdata/crosspost.jsonl", "../cmd/guillemet/testdata/golden/extra.jsonl"}
	verifyQuotes   = "testdata/quotes.jsonl"
)

// judge judges every composite of the file against the archive.
func judge(t testing.TB, archive, composites string) []*montage.Montage {
	t.Helper()
	ctx := context.Background()
	a, _, err := provenance.Open(ctx, provenance.OpenOptions{Paths: []string{archive}})
	require.NoError(t, err)
	f, err := os.Open(composites)
	require.NoError(t, err)
	defer f.Close()
	cs, rej, err := montage.ReadComposites(f, composites)
	require.NoError(t, err)
	require.Empty(t, rej)
	var ms []*montage.Montage
	for _, c := range cs {
		m, err := montage.Judge(ctx, a, c, montage.Options{})
		require.NoError(t, err)
		ms = append(ms, m)
	}
	return ms
}

// verifyItems links every quote of a --quotes file against the archives.
func verifyItems(t testing.TB, archives []string, quotes string) []htmlreport.VerifyItem {
	t.Helper()
	ctx := context.Background()
	a, _, err := provenance.Open(ctx, provenance.OpenOptions{Paths: archives})
	require.NoError(t, err)
	b, err := os.ReadFile(quotes)
	require.NoError(t, err)
	var qs []provenance.Quote
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var rec struct {
			ID           json.RawMessage
			Text, Author string
		}
		q := provenance.Quote{ID: strconv.Itoa(i + 1), Line: i + 1}
		if err := jsonUnmarshal(line, &rec); err != nil {
			q.Err = err
		} else {
			if id := strings.Trim(string(rec.ID), `"`); id != "" && id != "null" {
				q.ID = id
			}
			q.Text, q.Author = rec.Text, rec.Author
		}
		qs = append(qs, q)
	}
	var items []htmlreport.VerifyItem
	err = provenance.LinkAll(ctx, a, func(yield func(provenance.Quote) bool) {
		for _, q := range qs {
			if !yield(q) {
				return
			}
		}
	}, nil, 1, func(l provenance.Linked) error {
		items = append(items, htmlreport.VerifyItem{Result: l.Result, Quote: report.Quote{ID: l.Quote.ID, Line: l.Quote.Line}, Text: l.Quote.Text, Err: l.Err})
		return nil
	})
	require.NoError(t, err)
	return items
}

// checkGolden compares got with the file, or rewrites it under -update.
func checkGolden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(file, got, 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "%s differs (go test ./htmlreport -update rewrites it)", file)
}

var langs = []struct {
	name string
	tag  language.Tag
}{{"fr", language.Und}, {"en", language.English}}

// TestGoldenMontage: the page of the montage fixtures (seed 002's
// splice first, under fictional accounts), in French and in English.
func TestGoldenMontage(t *testing.T) {
	ms := judge(t, montageDir+"/archive.jsonl", montageDir+"/composites.jsonl")
	for _, l := range langs {
		var b bytes.Buffer
		require.NoError(t, htmlreport.Montage(&b, ms, htmlreport.Options{Lang: l.tag}))
		checkGolden(t, filepath.Join("testdata", "montage."+l.name+".html"), b.Bytes())
	}
}

// TestGoldenVerify: the page of guillemet verify's golden quotes.
func TestGoldenVerify(t *testing.T) {
	items := verifyItems(t, verifyArchives, verifyQuotes)
	for _, l := range langs {
		var b bytes.Buffer
		require.NoError(t, htmlreport.Verify(&b, items, htmlreport.Options{Lang: l.tag}))
		checkGolden(t, filepath.Join("testdata", "verify."+l.name+".html"), b.Bytes())
	}
}

// TestMontageWords: the seed-002 page says the verdict first, in words
// a committee cannot misread, and cuts the items apart.
func TestMontageWords(t *testing.T) {
	ms := judge(t, montageDir+"/archive.jsonl", montageDir+"/composites.jsonl")
	var fr, en bytes.Buffer
	require.NoError(t, htmlreport.Montage(&fr, ms[:1], htmlreport.Options{}))
	require.NoError(t, htmlreport.Montage(&en, ms[:1], htmlreport.Options{Lang: language.English, Title: "Committee"}))
	doc := parse(t, fr.Bytes())
	text := textOf(doc)
	assert.Equal(t, "fr", attr(find(doc, "html")[0], "lang"))
	first := strings.Index(text, "MONTAGE — des éléments qui n'ont jamais été ensemble ont été rapprochés")
	assert.GreaterOrEqual(t, first, 0)
	assert.Less(t, first, strings.Index(text, "Tel qu'il a circulé"), "the verdict before the items")
	assert.Contains(t, text, ms[0].Headline(language.French))
	assert.Equal(t, 3, strings.Count(fr.String(), `class="cut"`), "three pairs never together")
	for _, who := range []string{"vrai_francais75", "JulienMarcy", "justice_pr_tous", "lolo_del"} {
		assert.Contains(t, text, "écrit par @"+who)
	}
	assert.Contains(t, text, "injure sexuelle")
	assert.Contains(t, text, "Le vrai contexte de l'élément contesté (n°2)")
	assert.Contains(t, en.String(), "<title>Committee</title>")
	assert.Contains(t, textOf(parse(t, en.Bytes())), "MONTAGE: never together")
	assert.Contains(t, en.String(), "the judge&#39;s words (in French):")
}

// parse parses a page, failing the test on a parse error.
func parse(t *testing.T, page []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	return doc
}

// find returns the elements named tag under n, in document order.
func find(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
	}
	return out
}

// attr returns the attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf is the text content of n (as the DOM's textContent).
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
