package provenance

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// bskyHandles maps the canonical authors to the fixtures' handles.
var bskyHandles = map[string]string{
	"KBelhadj_Avignon":   "kbelhadj.bsky.social",
	"patriote_1789":      "patriote-1789.bsky.social",
	"lucie_r":            "lucie-r.bsky.social",
	"Rem_Vx":             "remvx.bsky.social",
	"marion_dlc":         "marion-dlc.bsky.social",
	"asso_vivreensemble": "vivreensemble84.bsky.social",
}

// bskyText is a canonical text as the Bluesky fixtures write it: replies
// mention handles.
func bskyText(s string) string {
	return strings.NewReplacer("@KBelhadj_Avignon", "@kbelhadj.bsky.social", "@lucie_r", "@lucie-r.bsky.social").Replace(s)
}

func TestBlueskyFixtures(t *testing.T) {
	dir := filepath.Join(socialFixtures, "bluesky")
	c, rej, st := socialLoad(t, filepath.Join(dir, "getPostThread.json"), filepath.Join(dir, "getAuthorFeed.json"))
	require.Empty(t, rej)
	// The root comes again as the reposted post, the quoted post and the
	// self-reply's root and parent; the self-reply in the thread and the
	// feed.
	require.Equal(t, LoadStats{Files: 2, Loaded: 10, Duplicates: 5}, st)

	want := socialConversation(t)
	pair := socialSameConversation(t, want, c.posts, Bluesky, bskyText, func(a string) string { return bskyHandles[a] })
	for _, w := range want {
		g := pair[w.ID]
		switch {
		case w.RepostOf != "":
			require.Empty(t, g.Conversation)
			require.True(t, strings.HasPrefix(g.ID, "repost:did:plc:"), g.ID)
			require.Equal(t, "repost:"+g.AuthorID+":"+g.RepostOf, g.ID)
		case w.Conversation != "":
			require.Equal(t, pair[w.Conversation].ID, g.Conversation, w.ID)
		default:
			require.Equal(t, g.ID, g.Conversation, "a root post is its own conversation")
		}
		if w.RepostOf == "" {
			require.True(t, isBskyPostURI(g.ID), g.ID)
			rkey := g.ID[strings.LastIndexByte(g.ID, '/')+1:]
			require.Equal(t, "https://bsky.app/profile/"+g.Author+"/post/"+rkey, g.URL)
			require.True(t, strings.HasPrefix(g.AuthorID, "did:plc:") && len(g.AuthorID) == len("did:plc:")+24, g.AuthorID)
			require.True(t, strings.HasPrefix(g.ID, "at://"+g.AuthorID+"/"), g.ID)
			_, off := g.CreatedAt.Zone()
			require.Equal(t, 3600, off, "the record's offset is kept")
		}
	}
	// The quote's shortened link is the full target again.
	require.Equal(t, want[7].Text, pair[want[7].ID].Text)
}

// TestBlueskyFixtureFacets checks the fixtures' facets: UTF-8 byte
// offsets, which differ from code point offsets in these French texts.
func TestBlueskyFixtureFacets(t *testing.T) {
	for _, name := range []string{"getPostThread.json", "getAuthorFeed.json"} {
		data, err := os.ReadFile(filepath.Join(socialFixtures, "bluesky", name))
		require.NoError(t, err)
		var doc any
		require.NoError(t, json.Unmarshal(data, &doc))
		n, differ := 0, 0
		var walk func(v any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				if text, ok := v["text"].(string); ok {
					fs, _ := v["facets"].([]any)
					for _, f := range fs {
						idx := f.(map[string]any)["index"].(map[string]any)
						s, e := int(idx["byteStart"].(float64)), int(idx["byteEnd"].(float64))
						shown := text[s:e]
						require.Regexp(t, `^(@[a-z0-9.-]+|#Avignon|www\.exemple-tv\.fr/face-aux-ele\.\.\.)$`, shown)
						if len([]rune(text[:s])) != s {
							differ++
						}
						n++
					}
				}
				for _, x := range v {
					walk(x)
				}
			case []any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		walk(doc)
		require.NotZero(t, n, name)
		require.NotZero(t, differ, "%s: some facets sit after accented letters", name)
	}
}

// bskyFacetsJSON writes a facet list.
func bskyFacetsJSON(fs ...string) json.RawMessage {
	return json.RawMessage("[" + strings.Join(fs, ",") + "]")
}

func bskyLinkFacet(start, end int, uri string) string {
	return fmt.Sprintf(`{"index":{"byteStart":%d,"byteEnd":%d},"features":[{"$type":"app.bsky.richtext.facet#link","uri":%q}]}`, start, end, uri)
}

func TestBlueskyExpandLinkFacets(t *testing.T) {
	const long = "https://www.exemple.fr/long/path"
	text := "Voilà 🎉 www.exemple.fr/long/pa... à lire"
	start := strings.Index(text, "www.")
	end := strings.Index(text, "...") + 3
	runeStart := len([]rune(text[:start]))
	runeEnd := runeStart + len([]rune(text[start:end]))
	require.NotEqual(t, start, runeStart, "the test needs bytes ≠ code points")
	for _, tc := range []struct {
		name   string
		text   string
		facets json.RawMessage
		want   string
	}{
		{"byte offsets", text, bskyFacetsJSON(bskyLinkFacet(start, end, long)), "Voilà 🎉 " + long + " à lire"},
		{"code point offsets are not bytes", text, bskyFacetsJSON(bskyLinkFacet(runeStart, runeEnd, long)), text},
		{"end past the text", text, bskyFacetsJSON(bskyLinkFacet(start, len(text)+1, long)), text},
		{"huge end", text, bskyFacetsJSON(bskyLinkFacet(start, 1<<40, long)), text},
		{"negative start", text, bskyFacetsJSON(bskyLinkFacet(-3, end, long)), text},
		{"empty range", text, bskyFacetsJSON(bskyLinkFacet(start, start, long)), text},
		{"reversed range", text, bskyFacetsJSON(bskyLinkFacet(end, start, long)), text},
		{"inside the emoji", text, bskyFacetsJSON(bskyLinkFacet(len("Voilà ")+1, end, long)), text},
		{"end inside à", text, bskyFacetsJSON(bskyLinkFacet(start, end+2, long)), text},
		{"number too big", text, json.RawMessage(`[{"index":{"byteStart":1e30,"byteEnd":2},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"` + long + `"}]}]`), text},
		{"not numbers", text, json.RawMessage(`[{"index":{"byteStart":"a","byteEnd":null},"features":[]}]`), text},
		{"facets not an array", text, json.RawMessage(`{"x":1}`), text},
		{"broken facet beside a good one", text, json.RawMessage(`[7,` + bskyLinkFacet(start, end, long) + `]`), "Voilà 🎉 " + long + " à lire"},
		{"link with words", "Lire l’article", bskyFacetsJSON(bskyLinkFacet(len("Lire "), len("Lire l’article"), long)), "Lire l’article"},
		{"short display without ellipsis", "Voir exemple.fr/x", bskyFacetsJSON(bskyLinkFacet(5, 17, "https://exemple.fr/x")), "Voir https://exemple.fr/x"},
		{"host with a slash", "Voir exemple.fr", bskyFacetsJSON(bskyLinkFacet(5, 15, "https://exemple.fr/")), "Voir https://exemple.fr/"},
		{"unicode ellipsis", "à exemple.fr/lo…", bskyFacetsJSON(bskyLinkFacet(3, len("à exemple.fr/lo…"), "https://exemple.fr/long")), "à https://exemple.fr/long"},
		{"full URL already", "Voir https://exemple.fr/x", bskyFacetsJSON(bskyLinkFacet(5, 25, "https://exemple.fr/x")), "Voir https://exemple.fr/x"},
		{"two facets out of order", "a.fr/x b.fr/y",
			bskyFacetsJSON(bskyLinkFacet(7, 13, "https://b.fr/y"), bskyLinkFacet(0, 6, "https://a.fr/x")), "https://a.fr/x https://b.fr/y"},
		{"overlapping facets", "a.fr/x", bskyFacetsJSON(bskyLinkFacet(0, 6, "https://a.fr/x"), bskyLinkFacet(2, 6, "https://a.fr/x")), "https://a.fr/x"},
		{"mention facet", "@lucie-r.bsky.social merci",
			json.RawMessage(`[{"index":{"byteStart":0,"byteEnd":20},"features":[{"$type":"app.bsky.richtext.facet#mention","did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"}]}]`),
			"@lucie-r.bsky.social merci"},
		{"not a web link", "voir ftp.fr/x", bskyFacetsJSON(bskyLinkFacet(5, 13, "ftp://ftp.fr/x")), "voir ftp.fr/x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, expandLinkFacets(tc.text, tc.facets))
		})
	}
}

const (
	bskyDIDA = "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"
	bskyDIDB = "did:plc:bbbbbbbbbbbbbbbbbbbbbbbb"
)

func bskyURI(did, rkey string) string { return "at://" + did + "/app.bsky.feed.post/" + rkey }

// bskyPostJSON is a PostView; record holds the record's extra fields.
func bskyPostJSON(did, handle, rkey, text, createdAt, record string) string {
	rec := `{"$type":"app.bsky.feed.post","text":` + jsonQuote(text) + `,"createdAt":"` + createdAt + `"`
	if record != "" {
		rec += "," + record
	}
	rec += "}"
	return `{"uri":"` + bskyURI(did, rkey) + `","cid":"bafyreiaaaa","author":{"did":"` + did + `","handle":"` + handle +
		`","displayName":"X"},"record":` + rec + `,"indexedAt":"2024-11-05T21:14:06.000Z"}`
}

func bskyReplyTo(root, parent string) string {
	return `"reply":{"root":{"uri":"` + root + `","cid":"c"},"parent":{"uri":"` + parent + `","cid":"c"}}`
}

var (
	bskyA       = bskyPostJSON(bskyDIDA, "a.bsky.social", "3kaaaaaaaaaa1", "racine", "2024-11-05T22:14:05.123456+01:00", "")
	bskyB       = bskyPostJSON(bskyDIDB, "b.bsky.social", "3kbbbbbbbbbb1", "réponse", "2024-11-05T22:15:05Z", bskyReplyTo(bskyURI(bskyDIDA, "3kaaaaaaaaaa1"), bskyURI(bskyDIDA, "3kaaaaaaaaaa1")))
	bskyC       = bskyPostJSON(bskyDIDA, "a.bsky.social", "3kaaaaaaaaaa2", "réponse à la réponse", "2024-11-05T22:16:05Z", bskyReplyTo(bskyURI(bskyDIDA, "3kaaaaaaaaaa1"), bskyURI(bskyDIDB, "3kbbbbbbbbbb1")))
	bskyTVPOpen = `{"$type":"app.bsky.feed.defs#threadViewPost","post":`
)

// bskyDeepThread is a thread whose post has n ancestors.
func bskyDeepThread(n int) string {
	var b strings.Builder
	b.WriteString(`{"thread":`)
	for i := n; i >= 0; i-- {
		rk := fmt.Sprintf("3k%011d", i)
		parent := ""
		if i > 0 {
			parent = bskyReplyTo(bskyURI(bskyDIDA, "3k00000000000"), bskyURI(bskyDIDA, fmt.Sprintf("3k%011d", i-1)))
		}
		b.WriteString(bskyTVPOpen + bskyPostJSON(bskyDIDA, "a.bsky.social", rk, "p", "2024-11-05T22:14:05Z", parent))
		if i > 0 {
			b.WriteString(`,"parent":`)
		}
	}
	b.WriteString(strings.Repeat("}", n+1) + "}")
	return b.String()
}

// blueskyCases are hand-made responses: rej lists the expected
// rejections (prefixes, in order), posts the stored posts as
// "ID ReplyTo Conversation QuoteOf RepostOf Author|Text" with ids
// shortened to their rkey.
var blueskyCases = []struct {
	name  string
	in    string
	rej   []string
	posts []string
}{
	{"thread with replies", `{"thread":` + bskyTVPOpen + bskyA + `,"replies":[` + bskyTVPOpen + bskyB + `,"replies":[` + bskyTVPOpen + bskyC + `}]}]}}`,
		nil, []string{"a1 - a1 - - a.bsky.social|racine", "b1 a1 a1 - - b.bsky.social|réponse", "a2 b1 a1 - - a.bsky.social|réponse à la réponse"}},
	{"parent chain", `{"thread":` + bskyTVPOpen + bskyC + `,"parent":` + bskyTVPOpen + bskyB + `,"parent":` + bskyTVPOpen + bskyA + `}}}}`,
		nil, []string{"a2 b1 a1 - - a.bsky.social|réponse à la réponse", "b1 a1 a1 - - b.bsky.social|réponse", "a1 - a1 - - a.bsky.social|racine"}},
	{"notFoundPost parent", `{"thread":` + bskyTVPOpen + bskyC + `,"parent":{"$type":"app.bsky.feed.defs#notFoundPost","uri":"` + bskyURI(bskyDIDB, "3kbbbbbbbbbb1") + `","notFound":true}}}`,
		nil, []string{"a2 b1 a1 - - a.bsky.social|réponse à la réponse"}},
	{"blockedPost parent", `{"thread":` + bskyTVPOpen + bskyC + `,"parent":{"$type":"app.bsky.feed.defs#blockedPost","uri":"` + bskyURI(bskyDIDB, "3kbbbbbbbbbb1") + `","blocked":true,"author":{"did":"` + bskyDIDB + `"}}}}`,
		nil, []string{"a2 b1 a1 - - a.bsky.social|réponse à la réponse"}},
	{"unknown thread item", `{"thread":` + bskyTVPOpen + bskyA + `,"replies":[{"$type":"app.bsky.feed.defs#somethingNew","uri":"at://x"}]}}`,
		[]string{`bad.json#thread.replies[0]: unknown thread item type "app.bsky.feed.defs#somethingNew"`}, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"replies not an array", `{"thread":` + bskyTVPOpen + bskyA + `,"replies":"none"}}`,
		[]string{`bad.json#thread.replies: want an array, got "none"`}, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"bad createdAt", `{"thread":` + bskyTVPOpen + bskyA + `,"replies":[` + bskyTVPOpen + strings.Replace(bskyB, "2024-11-05T22:15:05Z", "hier", 1) + `}]}}`,
		[]string{`bad.json#thread.replies[0].post.record.createdAt: unparsable date "hier"`}, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"createdAt a number", `{"feed":[{"post":` + strings.Replace(bskyA, `"2024-11-05T22:14:05.123456+01:00"`, "12", 1) + `}]}`,
		[]string{"bad.json#feed[0].post.record.createdAt: want a string, got a number"}, nil},
	{"missing author", `{"thread":` + bskyTVPOpen + strings.Replace(bskyA, `"author"`, `"autor"`, 1) + `}}`,
		[]string{"bad.json#thread.post: missing field author"}, nil},
	{"not a post record", `{"thread":` + bskyTVPOpen + strings.Replace(bskyA, `"$type":"app.bsky.feed.post"`, `"$type":"app.bsky.feed.like"`, 1) + `}}`,
		[]string{"bad.json#thread.post.record.$type: the record is a app.bsky.feed.like, not a post"}, nil},
	{"uri not at://", `{"thread":` + bskyTVPOpen + strings.Replace(bskyA, `"at://`, `"https://`, 1) + `}}`,
		[]string{"bad.json#thread.post.uri: want an at:// URI"}, nil},
	{"handle.invalid", `{"thread":` + bskyTVPOpen + strings.Replace(bskyA, `a.bsky.social`, `handle.invalid`, 1) + `}}`,
		nil, []string{"a1 - a1 - - " + bskyDIDA + "|racine"}},
	{"facets out of range", `{"thread":` + bskyTVPOpen + bskyPostJSON(bskyDIDA, "a.bsky.social", "3kaaaaaaaaaa1", "voir e.fr/x...", "2024-11-05T22:14:05Z",
		`"facets":[`+bskyLinkFacet(5, 99, "https://e.fr/xyz")+`,`+bskyLinkFacet(-1, 3, "https://e.fr/xyz")+`]`) + `}}`,
		nil, []string{"a1 - a1 - - a.bsky.social|voir e.fr/x..."}},
	{"quote and quoted view", `{"feed":[{"post":` + strings.Replace(
		bskyPostJSON(bskyDIDB, "b.bsky.social", "3kbbbbbbbbbb2", "cité", "2024-11-05T22:20:05Z",
			`"embed":{"$type":"app.bsky.embed.recordWithMedia","record":{"record":{"uri":"`+bskyURI(bskyDIDA, "3kaaaaaaaaaa1")+`","cid":"c"}},"media":{}}`),
		`,"indexedAt"`, `,"embed":{"$type":"app.bsky.embed.recordWithMedia#view","record":{"record":{"$type":"app.bsky.embed.record#viewRecord","uri":"`+
			bskyURI(bskyDIDA, "3kaaaaaaaaaa1")+`","cid":"c","author":{"did":"`+bskyDIDA+`","handle":"a.bsky.social"},"value":{"$type":"app.bsky.feed.post","text":"racine","createdAt":"2024-11-05T22:14:05.123456+01:00"},"indexedAt":"2024-11-05T21:14:06Z"}},"media":{}},"indexedAt"`, 1) + `}]}`,
		nil, []string{"b2 - b2 a1 - b.bsky.social|cité", "a1 - a1 - - a.bsky.social|racine"}},
	{"quote of a feed generator", `{"feed":[{"post":` + bskyPostJSON(bskyDIDB, "b.bsky.social", "3kbbbbbbbbbb2", "abonnez-vous", "2024-11-05T22:20:05Z",
		`"embed":{"$type":"app.bsky.embed.record","record":{"uri":"at://`+bskyDIDA+`/app.bsky.feed.generator/x","cid":"c"}}`) + `}]}`,
		nil, []string{"b2 - b2 - - b.bsky.social|abonnez-vous"}},
	{"repost with its URI", `{"feed":[{"post":` + bskyA + `,"reason":{"$type":"app.bsky.feed.defs#reasonRepost","by":{"did":"` + bskyDIDB +
		`","handle":"b.bsky.social"},"uri":"at://` + bskyDIDB + `/app.bsky.feed.repost/3krrrrrrrrrr1","cid":"c","indexedAt":"2024-11-05T21:30:00.000Z"}}]}`,
		nil, []string{"a1 - a1 - - a.bsky.social|racine", "at://" + bskyDIDB + "/app.bsky.feed.repost/3krrrrrrrrrr1 - - - a1 b.bsky.social|"}},
	{"repost without by", `{"feed":[{"post":` + bskyA + `,"reason":{"$type":"app.bsky.feed.defs#reasonRepost","indexedAt":"2024-11-05T21:30:00.000Z"}}]}`,
		[]string{"bad.json#feed[0].reason: missing field by.did"}, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"repost with a bad date", `{"feed":[{"post":` + bskyA + `,"reason":{"$type":"app.bsky.feed.defs#reasonRepost","by":{"did":"` + bskyDIDB + `","handle":"b.bsky.social"},"indexedAt":"x"}}]}`,
		[]string{`bad.json#feed[0].reason.indexedAt: unparsable date "x"`}, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"pinned post", `{"feed":[{"post":` + bskyA + `,"reason":{"$type":"app.bsky.feed.defs#reasonPin"}}]}`,
		nil, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"reply refs not found", `{"feed":[{"post":` + bskyC + `,"reply":{"root":{"$type":"app.bsky.feed.defs#notFoundPost","uri":"at://x","notFound":true},"parent":{"$type":"app.bsky.feed.defs#blockedPost","uri":"at://y","blocked":true}}}]}`,
		nil, []string{"a2 b1 a1 - - a.bsky.social|réponse à la réponse"}},
	{"feed item not an object", `{"feed":[{"post":` + bskyA + `},42]}`,
		[]string{"bad.json#feed[1]: want a feed item object, got 42"}, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"feed item without post", `{"feed":[{"post":null,"reason":{}}],"cursor":"x"}`,
		[]string{"bad.json#feed[0]: missing field post"}, nil},
	{"truncated feed", `{"feed":[{"post":` + bskyA + `},{"post":{"uri":"at://`,
		[]string{"bad.json#feed[1]: truncated JSON"}, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"array of post views", `[` + bskyA + `,` + bskyB + `]`,
		nil, []string{"a1 - a1 - - a.bsky.social|racine", "b1 a1 a1 - - b.bsky.social|réponse"}},
	{"array of feed items", `[{"post":` + bskyA + `}]`, nil, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"lone thread view", bskyTVPOpen + bskyA + `}`, nil, []string{"a1 - a1 - - a.bsky.social|racine"}},
	{"empty feed", `{"feed":[],"cursor":"x"}`, nil, nil},
	{"deep thread", bskyDeepThread(1100), []string{"bad.json#thread" + strings.Repeat(".parent", 1001) + ": thread deeper than 1000 levels"}, nil},
}

// bskyShort shortens an id of the cases to the end of its rkey.
func bskyShort(id string) string {
	switch {
	case id == "":
		return "-"
	case strings.HasPrefix(id, "at://") && strings.Contains(id, "/app.bsky.feed.post/3k"):
		rk := id[strings.LastIndexByte(id, '/')+1:]
		return rk[2:3] + rk[len(rk)-1:]
	}
	return id
}

func TestBlueskyCases(t *testing.T) {
	for _, tc := range blueskyCases {
		t.Run(tc.name, func(t *testing.T) {
			posts := socialCase(t, tc.in, tc.rej)
			if tc.name == "deep thread" {
				require.Len(t, posts, 1001)
				return
			}
			var got []string
			for _, p := range posts {
				require.NoError(t, p.Validate())
				require.Equal(t, Bluesky, p.Platform)
				got = append(got, strings.Join([]string{bskyShort(p.ID), bskyShort(p.ReplyTo), bskyShort(p.Conversation),
					bskyShort(p.QuoteOf), bskyShort(p.RepostOf), p.Author}, " ")+"|"+p.Text)
			}
			require.Equal(t, tc.posts, got)
		})
	}
}

func TestBlueskyPostFields(t *testing.T) {
	posts, rej, _ := socialRead(t, `[`+bskyPostJSON(bskyDIDA, "a.bsky.social", "3kaaaaaaaaaa1", "salut", "2024-11-05T22:14:05.123456+01:00", `"langs":["fr","en"]`)+`]`)
	require.Empty(t, rej)
	require.Len(t, posts, 1)
	p := posts[0]
	require.Equal(t, Post{Platform: Bluesky, ID: bskyURI(bskyDIDA, "3kaaaaaaaaaa1"), Author: "a.bsky.social", AuthorID: bskyDIDA,
		AuthorName: "X", CreatedAt: p.CreatedAt, Text: "salut", Conversation: bskyURI(bskyDIDA, "3kaaaaaaaaaa1"),
		URL: "https://bsky.app/profile/a.bsky.social/post/3kaaaaaaaaaa1", Lang: "fr", From: []Origin{{File: "bad.json", Path: "[0]"}}}, p)
	require.Equal(t, "2024-11-05T21:14:05.123456Z", p.CreatedAt.UTC().Format("2006-01-02T15:04:05.999999Z07:00"))
}

func FuzzBluesky(f *testing.F) {
	for _, name := range []string{"getPostThread.json", "getAuthorFeed.json"} {
		data, err := os.ReadFile(filepath.Join(socialFixtures, "bluesky", name))
		require.NoError(f, err)
		f.Add(data)
	}
	for _, tc := range blueskyCases {
		if tc.name != "deep thread" {
			f.Add([]byte(tc.in))
		}
	}
	f.Fuzz(socialFuzzLoad)
}
