package htmlreport_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/htmlreport"
)

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

// hostilePosts are the texts of the hostile archive's posts.
func hostilePosts(t *testing.T) []string {
	b, err := os.ReadFile(hostileDir + "/archive.jsonl")
	require.NoError(t, err)
	var texts []string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var p struct{ Text string }
		require.NoError(t, jsonUnmarshal(line, &p))
		texts = append(texts, p.Text)
	}
	return texts
}

// hostilePages are the pages of the hostile fixture: the montage page
// and a verify page of each post's text, in both languages.
func hostilePages(t *testing.T) map[string][]byte {
	ms := judge(t, hostileDir+"/archive.jsonl", hostileDir+"/composite.json")
	items := verifyItems(t, []string{hostileDir + "/archive.jsonl"}, hostileDir+"/quotes.jsonl")
	pages := map[string][]byte{}
	for _, l := range langs {
		var m, v bytes.Buffer
		require.NoError(t, htmlreport.Montage(&m, ms, htmlreport.Options{Lang: l.tag, Title: `<script>window.__pwned=1</script>`}))
		require.NoError(t, htmlreport.Verify(&v, items, htmlreport.Options{Lang: l.tag}))
		pages["montage."+l.name], pages["verify."+l.name] = m.Bytes(), v.Bytes()
	}
	return pages
}

// TestHostileInert: posts, handles, names, dates and ids that hold
// <script>, "><img onerror=…>, javascript: links and bidi overrides
// render inert: the page has no script element, no on* attribute, no
// javascript: link, and each bidi control sits isolated in its own bdi.
func TestHostileInert(t *testing.T) {
	for name, page := range hostilePages(t) {
		doc := parse(t, page)
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			assert.NotContains(t, []string{"script", "img", "svg", "iframe", "object", "embed"}, n.Data, "%s: element %s", name, n.Data)
			for _, a := range n.Attr {
				assert.False(t, strings.HasPrefix(strings.ToLower(a.Key), "on"), "%s: attribute %s on %s", name, a.Key, n.Data)
				if a.Key == "href" || a.Key == "src" {
					assert.False(t, strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:"), "%s: %s=%q", name, a.Key, a.Val)
				}
			}
			if n.Type == html.ElementNode && n.Data == "link" {
				t.Errorf("%s: an external resource: %v", name, n.Attr)
			}
		}
		for n := range doc.Descendants() {
			if n.Type != html.TextNode {
				continue
			}
			for _, r := range n.Data {
				if r == '\u202e' || r == '\u202c' || r == '\u2067' || r == '\u2069' || r == '\u200f' {
					p := n.Parent
					assert.True(t, p.Data == "bdi" && attr(p, "class") == "ctl" && textOf(p) == string(r), "%s: %U not isolated alone in <bdi class=ctl>", name, r)
				}
			}
		}
	}
}

// TestHostileIntact: every hostile post's text is, whole, the text
// content of an element of the page (the 5 000-character line too):
// nothing cut, nothing added, nothing lost to escaping.
func TestHostileIntact(t *testing.T) {
	texts := hostilePosts(t)
	assert.Len(t, texts[3], 5000, "the long line")
	for name, page := range hostilePages(t) {
		doc := parse(t, page)
		shown := map[string]bool{}
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && strings.Contains(" "+attr(n, "class")+" ", " t ") {
				shown[textOf(n)] = true
			}
		}
		for i, text := range texts {
			assert.True(t, shown[text], "%s: post %d not shown whole", name, i+1)
		}
		if strings.HasPrefix(name, "montage") {
			assert.Contains(t, textOf(doc), "hostile<script>window.__pwned=1</script>", "%s: the composite's id, as text", name)
		}
	}
}

// TestHostileTitle: a title given is text, as given.
func TestHostileTitle(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, htmlreport.Verify(&b, nil, htmlreport.Options{Lang: language.English, Title: `</title><script>x()</script>`}))
	doc := parse(t, b.Bytes())
	assert.Equal(t, `</title><script>x()</script>`, textOf(find(doc, "title")[0]))
	assert.Empty(t, find(doc, "script"))
	assert.Contains(t, textOf(doc), "Nothing was judged.")
}
