package provenance

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// socialFixtures holds the fixtures of the platform readers.
const socialFixtures = "../testdata/provenance"

// socialLoad loads files with a Loader that keeps the rejections.
func socialLoad(t *testing.T, paths ...string) (*collect, []string, LoadStats) {
	t.Helper()
	var rej []string
	c := &collect{}
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r.Error()) }}).Load(context.Background(), c, paths...)
	require.NoError(t, err)
	return c, rej, st
}

// socialRead reads data as a file named bad.json.
func socialRead(t *testing.T, data string) ([]Post, []string, LoadStats) {
	t.Helper()
	return loadString(t, "bad.json", data)
}

// socialCase reads data as bad.json and checks its rejections: one for
// each prefix of want, in order. It returns the posts read.
func socialCase(t *testing.T, data string, want []string) []Post {
	t.Helper()
	posts, rej, st := socialRead(t, data)
	require.Len(t, rej, len(want), "rejections: %q", rej)
	for i, w := range want {
		require.True(t, strings.HasPrefix(rej[i], w), "got %q, want prefix %q", rej[i], w)
	}
	require.Equal(t, len(want), st.Rejected)
	return posts
}

// socialConversation is the canonical conversation every platform's
// fixtures render.
func socialConversation(t *testing.T) []Post {
	t.Helper()
	c, rej, _ := socialLoad(t, filepath.Join(socialFixtures, "jsonl", "conversation.jsonl"))
	require.Empty(t, rej)
	require.Len(t, c.posts, 10)
	return c.posts
}

// socialSameConversation checks that got renders want post for post: posts
// are paired by text (textOf maps a canonical text to the platform's),
// reposts by the post they repost; references are compared through the
// pairing.
func socialSameConversation(t *testing.T, want, got []Post, platform string, textOf, authorOf func(string) string) map[string]Post {
	t.Helper()
	byText := map[string]Post{}
	var reposts []Post
	for _, p := range got {
		require.Equal(t, platform, p.Platform)
		require.NoError(t, p.Validate())
		if p.RepostOf != "" {
			require.Empty(t, p.Text, "a repost has no text of its own")
			reposts = append(reposts, p)
			continue
		}
		_, dup := byText[p.Text]
		require.False(t, dup, "text stored twice: %q", p.Text)
		byText[p.Text] = p
	}
	// canonical id -> platform post
	pair := map[string]Post{}
	for _, w := range want {
		if w.RepostOf != "" {
			continue
		}
		g, ok := byText[textOf(w.Text)]
		require.True(t, ok, "no post with the text of %s: %q", w.ID, textOf(w.Text))
		pair[w.ID] = g
	}
	for _, w := range want {
		if w.RepostOf == "" {
			continue
		}
		require.Len(t, reposts, 1)
		require.Equal(t, pair[w.RepostOf].ID, reposts[0].RepostOf)
		pair[w.ID] = reposts[0]
	}
	require.Len(t, pair, len(want))
	require.Len(t, got, len(want), "one post per post of the conversation")
	for _, w := range want {
		g := pair[w.ID]
		require.Equal(t, authorOf(w.Author), g.Author, w.ID)
		require.NotEmpty(t, g.AuthorID, w.ID)
		require.Equal(t, w.AuthorName, g.AuthorName, w.ID)
		require.True(t, w.CreatedAt.Equal(g.CreatedAt), "%s: %v, want %v", w.ID, g.CreatedAt, w.CreatedAt)
		for _, ref := range [...]struct{ name, want, got string }{
			{"reply_to", w.ReplyTo, g.ReplyTo}, {"quote_of", w.QuoteOf, g.QuoteOf}, {"repost_of", w.RepostOf, g.RepostOf},
		} {
			if ref.want == "" {
				require.Empty(t, ref.got, "%s %s", w.ID, ref.name)
			} else {
				require.Equal(t, pair[ref.want].ID, ref.got, "%s %s", w.ID, ref.name)
			}
		}
		if w.RepostOf == "" {
			require.Equal(t, w.Lang, g.Lang, w.ID)
			require.NotEmpty(t, g.URL, w.ID)
		}
	}
	return pair
}

// mastodonAcct is the acct the fixtures give each canonical author.
func mastodonAcct(author string) string {
	if author == "patriote_1789" {
		return "patriote_1789@autre.example"
	}
	return author
}

func TestMastodonFixtures(t *testing.T) {
	dir := filepath.Join(socialFixtures, "mastodon")
	c, rej, st := socialLoad(t, filepath.Join(dir, "status.json"), filepath.Join(dir, "context.json"), filepath.Join(dir, "account_statuses.json"))
	require.Empty(t, rej)
	// The root comes again as the boosted and as the quoted status, the
	// self-reply in the context and in the timeline: stored once each.
	require.Equal(t, LoadStats{Files: 3, Loaded: 10, Duplicates: 3}, st)

	want := socialConversation(t)
	pair := socialSameConversation(t, want, c.posts, Mastodon, func(s string) string { return s }, mastodonAcct)
	for _, w := range want {
		require.Empty(t, pair[w.ID].Conversation, "a Status carries no root id")
	}

	// The tree uses API ids, not the ids in remote URLs.
	root := pair["1853908668245475329"]
	remote := pair["1853909318891077634"]
	require.Equal(t, "patriote_1789@autre.example", remote.Author)
	require.Equal(t, "https://autre.example/@patriote_1789/112233", remote.URL)
	require.NotEqual(t, "112233", remote.ID)
	require.Equal(t, root.ID, remote.ReplyTo)
	selfReply := pair["1853911460200710149"]
	second := pair["1853912151145185286"]
	require.Equal(t, selfReply.ID, second.ReplyTo)
	require.Equal(t, "https://autre.example/@patriote_1789/112240", second.URL)
	for _, p := range c.posts {
		require.True(t, p.ID != "" && strings.Trim(p.ID, "0123456789") == "", "API ids are numbers: %q", p.ID)
	}
	require.Equal(t, "109318745215543296", root.AuthorID)
}

// TestMastodonStoredOnce reads the root in status.json and again inside
// the timeline (boosted and quoted): one post, two duplicates.
func TestMastodonStoredOnce(t *testing.T) {
	dir := filepath.Join(socialFixtures, "mastodon")
	c, rej, st := socialLoad(t, filepath.Join(dir, "status.json"), filepath.Join(dir, "account_statuses.json"), filepath.Join(dir, "context.json"))
	require.Empty(t, rej)
	require.Equal(t, 10, st.Loaded)
	require.Equal(t, 3, st.Duplicates)
	n := 0
	for _, p := range c.posts {
		if strings.HasPrefix(p.Text, "Affligé") {
			n++
		}
	}
	require.Equal(t, 1, n)
}

// mastoJSON is a minimal Status; extra fields are appended as given.
func mastoJSON(id, created, content, extra string) string {
	s := `{"id":"` + id + `","created_at":"` + created + `","content":` + jsonQuote(content) +
		`,"account":{"id":"7","username":"lucie_r","acct":"lucie_r","display_name":"Lucie R."}`
	if extra != "" {
		s += "," + extra
	}
	return s + "}"
}

func jsonQuote(s string) string {
	var b bytes.Buffer
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

var mastoOK = mastoJSON("100", "2024-11-05T21:18:02.900Z", "<p>ok</p>", "")

// mastodonCases are hand-made documents: want lists the expected
// rejections (exact prefixes, in order) and posts the expected stored
// posts (ID:ReplyTo:QuoteOf:RepostOf:Text).
var mastodonCases = []struct {
	name  string
	in    string
	rej   []string
	posts []string
}{
	{"status without account", `{"id":"1","created_at":"2024-11-05T21:18:02.900Z","content":"<p>x</p>"}`,
		[]string{"bad.json#$: missing field account"}, nil},
	{"array: one bad status", "[" + mastoOK + `,{"id":"2","created_at":"2024-11-05T21:18:02.900Z","content":"<p>x</p>","account":null}]`,
		[]string{"bad.json#[1]: missing field account"}, []string{"100:::::ok"}},
	{"account without acct", `[{"id":"2","created_at":"2024-11-05T21:18:02.900Z","content":"x","account":{"id":"3","username":"u"}}]`,
		[]string{"bad.json#[0].account: missing field acct"}, nil},
	{"bad created_at", `{"ancestors":[],"descendants":[` + mastoOK + `,` + mastoJSON("101", "5 nov. 2024", "x", "") + `]}`,
		[]string{`bad.json#descendants[1].created_at: unparsable date "5 nov. 2024"`}, []string{"100:::::ok"}},
	{"created_at empty", `{"ancestors":[` + mastoJSON("101", "", "x", "") + `],"descendants":[]}`,
		[]string{"bad.json#ancestors[0]: missing field created_at"}, nil},
	{"created_at not a string", `[{"id":"1","created_at":12,"content":"x","account":{"acct":"a"}}]`,
		[]string{"bad.json#[0].created_at: want a string, got a number"}, nil},
	{"id an object", `[{"id":{"a":1},"created_at":"2024-11-05T21:18:02Z","content":"x","account":{"acct":"a"}}]`,
		[]string{"bad.json#[0].id: want a string or an integer id"}, nil},
	{"numeric ids", `[{"id":12,"in_reply_to_id":11,"created_at":"2024-11-05T21:18:02Z","content":"x","account":{"id":5,"acct":"a"}}]`,
		nil, []string{"12:11::::x"}},
	{"truncated array", "[" + mastoOK + `,{"id":"2","created_at":"2024-11-05T21:18`,
		[]string{"bad.json#[1]: truncated JSON"}, []string{"100:::::ok"}},
	{"truncated context", `{"ancestors":[],"descendants":[` + mastoOK,
		[]string{"bad.json#descendants: truncated JSON"}, []string{"100:::::ok"}},
	{"descendants not an array", `{"ancestors":[],"descendants":{"id":"1"}}`,
		[]string{"bad.json#descendants: want an array of status objects"}, nil},
	{"descendant not an object", `{"ancestors":[],"descendants":[` + mastoOK + `,"x"]}`,
		[]string{`bad.json#descendants[1]: want a status object, got "x"`}, []string{"100:::::ok"}},
	{"reply cycle", `{"ancestors":[` + mastoJSON("1", "2024-11-05T21:18:02Z", "a", `"in_reply_to_id":"2"`) + `],"descendants":[` +
		mastoJSON("2", "2024-11-05T21:19:02Z", "b", `"in_reply_to_id":"1"`) + `,` + mastoJSON("3", "2024-11-05T21:20:02Z", "c", `"in_reply_to_id":"3"`) + `]}`,
		nil, []string{"1:2::::a", "2:1::::b", "3:3::::c"}},
	{"content warning", mastoJSON("5", "2024-11-05T21:18:02Z", "<p>le corps</p>", `"spoiler_text":"Politique"`),
		nil, []string{"5:::::Politique\n\nle corps"}},
	{"content warning, no body", mastoJSON("5", "2024-11-05T21:18:02Z", "", `"spoiler_text":"Politique"`),
		nil, []string{"5:::::Politique"}},
	{"boost of a broken status", mastoJSON("6", "2024-11-05T21:18:02Z", "", `"reblog":{"id":"5","created_at":"2024-11-05T21:10:02Z","content":"x"}`),
		[]string{"bad.json#reblog: missing field account"}, []string{"6:::5::"}},
	{"boost of a status without id", `[` + mastoJSON("6", "2024-11-05T21:18:02Z", "", `"reblog":{"content":"x"}`) + `]`,
		[]string{"bad.json#[0].reblog: boost of a status without id", "bad.json#[0].reblog: missing field id"}, nil},
	{"shallow quote", mastoJSON("7", "2024-11-05T21:18:02Z", "<p>vu</p>", `"quote":{"state":"accepted","quoted_status_id":"3"}`),
		nil, []string{"7::3:::vu"}},
	{"quote of the first 4.4 docs", mastoJSON("7", "2024-11-05T21:18:02Z", "<p>vu</p>", `"quote":{"state":"accepted","status":`+mastoJSON("3", "2024-11-05T21:10:02Z", "<p>source</p>", "")+`}`),
		nil, []string{"7::3:::vu", "3:::::source"}},
	{"rejected quote", mastoJSON("7", "2024-11-05T21:18:02Z", "<p>vu</p>", `"quote":{"state":"rejected","quoted_status":null}`),
		nil, []string{"7:::::vu"}},
	{"nested quotes", mastoNestedQuotes(40), []string{"bad.json#" + strings.Repeat("quote.quoted_status.", 32) + "quote.quoted_status: boosts and quotes nested deeper than 32 levels"}, nil},
	{"search results", `{"accounts":[],"hashtags":[],"statuses":[` + mastoOK + `]}`, nil, []string{"100:::::ok"}},
	{"acct with @", mastoJSON("8", "2024-11-05T21:18:02Z", "x", `"account":{"acct":"@lucie_r"}`), nil, []string{"8:::::x"}},
}

// mastoNestedQuotes is a quote of a quote of … n levels.
func mastoNestedQuotes(n int) string {
	s := mastoJSON("0", "2024-11-05T21:18:02Z", "fin", "")
	for i := 1; i <= n; i++ {
		s = mastoJSON(strings.Repeat("1", i), "2024-11-05T21:18:02Z", "q", `"quote":{"state":"accepted","quoted_status":`+s+`}`)
	}
	return s
}

func TestMastodonCases(t *testing.T) {
	for _, tc := range mastodonCases {
		t.Run(tc.name, func(t *testing.T) {
			posts := socialCase(t, tc.in, tc.rej)
			if tc.name == "nested quotes" {
				require.Len(t, posts, 33)
				return
			}
			var got []string
			for _, p := range posts {
				require.NoError(t, p.Validate())
				require.Equal(t, Mastodon, p.Platform)
				got = append(got, strings.Join([]string{p.ID, p.ReplyTo, p.QuoteOf, p.RepostOf, p.Conversation, p.Text}, ":"))
			}
			require.Equal(t, tc.posts, got)
		})
	}
}

func TestMastodonPostFields(t *testing.T) {
	posts, rej, _ := socialRead(t, `{"id":"9","created_at":"2024-11-05T22:18:02.123456+01:00","content":"<p>a &amp; b</p>",
		"url":"https://piaille.example/@u/9","language":"fr","in_reply_to_id":null,
		"account":{"id":"42","username":"u","acct":"u@autre.example","display_name":"U :emoji:"}}`)
	require.Empty(t, rej)
	require.Equal(t, []Post{{Platform: Mastodon, ID: "9", Author: "u@autre.example", AuthorID: "42", AuthorName: "U :emoji:",
		CreatedAt: posts[0].CreatedAt, Text: "a & b", URL: "https://piaille.example/@u/9", Lang: "fr",
		From: []Origin{{File: "bad.json", Path: "$"}}}}, posts)
	require.Equal(t, "2024-11-05T21:18:02.123456Z", posts[0].CreatedAt.UTC().Format("2006-01-02T15:04:05.999999Z07:00"))
}

// TestMastodonVisibility: a status's visibility is kept when it is one
// of Mastodon's four, a boost's its own; another server's value is not
// known.
func TestMastodonVisibility(t *testing.T) {
	status := func(id, vis string, rest string) string {
		return `{"id":"` + id + `","created_at":"2024-11-05T21:18:02Z","content":"<p>x` + id + `</p>","visibility":"` + vis + `",
			"account":{"id":"42","acct":"u"}` + rest + `}`
	}
	posts, rej, _ := socialRead(t, `[`+status("1", "private", "")+`,`+status("2", "direct", "")+`,`+status("3", "local", "")+`,`+
		status("4", "unlisted", `,"reblog":`+status("5", "public", ""))+`]`)
	require.Empty(t, rej)
	got := map[string]string{}
	for _, p := range posts {
		require.NoError(t, p.Validate())
		got[p.ID] = p.Visibility
	}
	require.Equal(t, map[string]string{"1": VisibilityPrivate, "2": VisibilityDirect, "3": "", "4": VisibilityUnlisted, "5": VisibilityPublic}, got)
}

// socialFuzzLoad feeds data to the loader as a file and checks what it stores.
func socialFuzzLoad(t *testing.T, data []byte) {
	c := &collect{}
	l := &Loader{Reject: func(r Rejection) {
		if goTypeName.MatchString(r.Msg) {
			t.Fatalf("rejection that speaks of Go types: %+v", r)
		}
	}}
	_, _ = l.ReadFrom(context.Background(), c, "f.json", bytes.NewReader(data))
	for _, p := range c.posts {
		if err := p.Validate(); err != nil {
			t.Fatalf("stored post %s does not validate: %v", p.ID, err)
		}
		if !utf8.ValidString(p.Text) {
			t.Fatalf("text of %s is not UTF-8: %q", p.ID, p.Text)
		}
	}
}

func FuzzMastodon(f *testing.F) {
	for _, name := range []string{"status.json", "context.json", "account_statuses.json"} {
		data, err := os.ReadFile(filepath.Join(socialFixtures, "mastodon", name))
		require.NoError(f, err)
		f.Add(data)
	}
	for _, tc := range mastodonCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(socialFuzzLoad)
}
