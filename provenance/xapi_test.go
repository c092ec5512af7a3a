package provenance

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

const (
	xConversationFile = "../testdata/provenance/jsonl/conversation.jsonl"
	xAPIDir           = "../testdata/provenance/x-api"
	xArchiveDir       = "../testdata/provenance/x-archive"
)

// xLoad loads paths and returns the posts and the rejections.
func xLoad(t *testing.T, paths ...string) ([]Post, []Rejection, LoadStats) {
	t.Helper()
	var rej []Rejection
	c := &collect{}
	st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r) }}).Load(context.Background(), c, paths...)
	require.NoError(t, err)
	return c.posts, rej, st
}

// xRead reads one stream named name.
func xRead(t *testing.T, name, data string) ([]Post, []Rejection) {
	t.Helper()
	var rej []Rejection
	c := &collect{}
	_, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r) }}).ReadFrom(context.Background(), c, name, strings.NewReader(data))
	require.NoError(t, err)
	return c.posts, rej
}

// xConversation is the reference conversation, by id.
func xConversation(t *testing.T) map[string]Post {
	t.Helper()
	posts, rej, _ := xLoad(t, xConversationFile)
	require.Empty(t, rej)
	byID := map[string]Post{}
	for _, p := range posts {
		byID[p.ID] = p
	}
	return byID
}

// xSameAs checks that got says what the reference post want says.
// Conversation may be the post's own id where the reference leaves it
// empty: the API gives every root its own conversation_id.
func xSameAs(t *testing.T, want, got Post) {
	t.Helper()
	require.Equal(t, X, got.Platform, got.ID)
	require.Equal(t, want.Author, got.Author, got.ID)
	require.Equal(t, want.AuthorID, got.AuthorID, got.ID)
	require.Equal(t, want.AuthorName, got.AuthorName, got.ID)
	require.Equal(t, want.Text, got.Text, got.ID)
	require.Equal(t, want.ReplyTo, got.ReplyTo, got.ID)
	require.Equal(t, want.QuoteOf, got.QuoteOf, got.ID)
	require.Equal(t, want.RepostOf, got.RepostOf, got.ID)
	require.Equal(t, want.URL, got.URL, got.ID)
	require.Equal(t, want.Lang, got.Lang, got.ID)
	require.True(t, want.CreatedAt.Truncate(time.Second).Equal(got.CreatedAt.Truncate(time.Second)), "%s: %v != %v", got.ID, want.CreatedAt, got.CreatedAt)
	// The loader gives whole-second dates the snowflake's milliseconds.
	st, ok := SnowflakeTime(got.ID)
	require.True(t, ok)
	require.True(t, st.Equal(got.CreatedAt), "%s: %v != snowflake %v", got.ID, got.CreatedAt, st)
	d := got.CreatedAt.Sub(want.CreatedAt)
	require.True(t, -time.Millisecond <= d && d <= time.Millisecond, "%s: %v is %v from the reference", got.ID, got.CreatedAt, d)
}

func TestXAPIFixtures(t *testing.T) {
	ref := xConversation(t)
	for _, tc := range []struct {
		file string
		ids  []string
		dups int
	}{
		{"search_recent.json", []string{
			"1853916530619318280", "1853915189884878855", "1853912151145185286", "1853911460200710149",
			"1853910295249551364", "1853909665550303235", "1853909318891077634", "1853908668245475329"}, 0},
		{"tweet_lookup.json", []string{"1853908668245475329"}, 0},
		{"users_tweets.json", []string{"1854067493812437001", "1853911460200710149", "1853908668245475329", "1853716381611720704"}, 0},
	} {
		t.Run(tc.file, func(t *testing.T) {
			posts, rej, st := xLoad(t, filepath.Join(xAPIDir, tc.file))
			require.Empty(t, rej)
			require.Equal(t, LoadStats{Files: 1, Loaded: len(tc.ids), Duplicates: tc.dups}, st)
			var ids []string
			for _, p := range posts {
				ids = append(ids, p.ID)
				want, ok := ref[p.ID]
				require.True(t, ok, p.ID)
				xSameAs(t, want, p)
				if want.Conversation == "" {
					require.Contains(t, []string{"", p.ID}, p.Conversation, p.ID)
				} else {
					require.Equal(t, want.Conversation, p.Conversation, p.ID)
				}
			}
			require.Equal(t, tc.ids, ids)
		})
	}
}

// TestXAPIFolder loads the three responses together: the posts they
// share are the same posts.
func TestXAPIFolder(t *testing.T) {
	posts, rej, st := xLoad(t, xAPIDir, xConversationFile)
	require.Empty(t, rej)
	require.Equal(t, 10, len(posts))
	require.Equal(t, LoadStats{Files: 4, Loaded: 10, Duplicates: 3 + 10}, st)
}

// xUsers is an includes.users for the cases below.
const xUsers = `"includes":{"users":[{"id":"1402938475610293847","name":"Karim Belhadj","username":"KBelhadj_Avignon"},{"id":"98765432","name":"Lucie R.","username":"lucie_r"}]}`

// xTweetJSON is a tweet of lucie_r with the given text and extra fields.
func xTweetJSON(text, extra string) string {
	s := `{"id":"1853909665550303235","text":` + text + `,"author_id":"98765432","created_at":"2024-11-05T21:18:02.000Z","conversation_id":"1853908668245475329","lang":"fr"`
	if extra != "" {
		s += "," + extra
	}
	return s + "}"
}

// xAPICases are the bad and odd inputs of the API reader; the fuzz
// target is seeded with them.
var xAPICases = []struct {
	name  string
	in    string
	texts []string // texts of the posts loaded, in order
	rej   []string // for each rejection: "path: part of the reason"
}{
	{
		name: "user missing from includes",
		in:   `{"data":[{"id":"1853909318891077634","text":"x","author_id":"1311122233344455566","created_at":"2024-11-05T21:16:40.000Z"}],` + xUsers + `}`,
		rej:  []string{"data[0].author_id: user 1311122233344455566 is not in includes.users"},
	},
	{
		name: "no includes at all",
		in:   `{"data":{"id":"1853909318891077634","text":"x","author_id":"1311122233344455566"}}`,
		rej:  []string{"data.author_id: user 1311122233344455566 is not in includes.users"},
	},
	{
		name: "no author_id",
		in:   `{"data":[{"id":"1853909318891077634","text":"x"}],` + xUsers + `}`,
		rej:  []string{"data[0]: missing field author_id"},
	},
	{
		name: "bad created_at",
		in:   `{"data":[` + xTweetJSON(`"ok"`, `"created_at":"mardi 5 novembre"`) + `],` + xUsers + `}`,
		rej:  []string{`data[0].created_at: unparsable date "mardi 5 novembre"`},
	},
	{
		name:  "no created_at: the snowflake tells the time",
		in:    `{"data":[{"id":"1853909665550303235","text":"ok","author_id":"98765432"}],` + xUsers + `}`,
		texts: []string{"ok"},
	},
	{
		name: "no created_at and no snowflake",
		in:   `{"data":[{"id":"20","text":"just setting up my twttr","author_id":"98765432"}],` + xUsers + `}`,
		rej:  []string{"data[0]: missing field created_at, and id 20 carries no time"},
	},
	{
		name: "id not a string",
		in:   `{"data":[{"id":1853909665550303235,"text":"ok","author_id":"98765432"}],` + xUsers + `}`,
		rej:  []string{"data[0].id: tweet id: want an id as a JSON string of digits, got 1853909665550303235"},
	},
	{
		name: "id not digits",
		in:   `{"data":[{"id":"abc","text":"ok","author_id":"98765432"}],` + xUsers + `}`,
		rej:  []string{`data[0].id: tweet id: want an id of decimal digits, got "abc"`},
	},
	{
		name: "text not a string",
		in:   `{"data":[{"id":"1853909665550303235","text":42,"author_id":"98765432"}],` + xUsers + `}`,
		rej:  []string{"data[0].text: want a string, got 42"},
	},
	{
		name: "bad referenced tweet",
		in:   `{"data":[` + xTweetJSON(`"ok"`, `"referenced_tweets":[{"type":"replied_to","id":7}]`) + `],` + xUsers + `}`,
		rej:  []string{"data[0].referenced_tweets[0].id: referenced tweet id: want an id as a JSON string"},
	},
	{
		name: "truncated JSON",
		in:   `{"data":[` + xTweetJSON(`"ok"`, "") + `],"includes":{"users":[{"id":"98765`,
		rej: []string{
			"includes.users[0]: truncated JSON",
			"data[0].author_id: the response breaks off before includes.users names user 98765432",
		},
	},
	{
		name: "API error body",
		in:   `{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}`,
		rej:  []string{"$: the export holds an API error, not posts"},
	},
	{
		name: "errors only",
		in:   `{"errors":[{"value":"1853909665550303236","detail":"Could not find tweet with ids: [1853909665550303236].","title":"Not Found Error","resource_type":"tweet","parameter":"ids","resource_id":"1853909665550303236","type":"https://api.twitter.com/2/problems/resource-not-found"}]}`,
		rej:  []string{"errors[0]: the API reported an error instead of data: Not Found Error: Could not find tweet with ids: [1853909665550303236]."},
	},
	{
		name:  "errors beside data",
		in:    `{"data":[` + xTweetJSON(`"ok"`, "") + `],` + xUsers + `,"errors":[{"detail":"Could not find tweet with ids: [1].","title":"Not Found Error"},{"title":"Authorization Error","detail":"Sorry, you are not authorized to see the Tweet with ids: [2]."}]}`,
		texts: []string{"ok"},
		rej: []string{
			"errors[0]: Could not find tweet with ids: [1].",
			"errors[1]: Authorization Error: Sorry, you are not authorized",
		},
	},
	{
		name:  "entities decoded",
		in:    `{"data":[` + xTweetJSON(`"a &amp; b &lt;3 &gt; &amp;amp;"`, "") + `],` + xUsers + `}`,
		texts: []string{"a & b <3 > &amp;"},
	},
	{
		name: "links expanded, code-point offsets after an emoji and an entity",
		in: `{"data":[` + xTweetJSON(`"🇫🇷 Q&amp;A : https://t.co/AAAAAAAAAA et https://t.co/BBBBBBBBBB"`,
			`"entities":{"urls":[{"start":11,"end":34,"url":"https://t.co/AAAAAAAAAA","expanded_url":"https://exemple.fr/a","display_url":"exemple.fr/a"},`+
				`{"start":38,"end":61,"url":"https://t.co/BBBBBBBBBB","expanded_url":"https://exemple.fr/b","display_url":"exemple.fr/b"}]}`) + `],` + xUsers + `}`,
		texts: []string{"🇫🇷 Q&A : https://exemple.fr/a et https://exemple.fr/b"},
	},
	{
		name: "offsets counted on the escaped text",
		in: `{"data":[` + xTweetJSON(`"Q&amp;A https://t.co/AAAAAAAAAA"`,
			`"entities":{"urls":[{"start":8,"end":31,"url":"https://t.co/AAAAAAAAAA","expanded_url":"https://exemple.fr/a"}]}`) + `],` + xUsers + `}`,
		texts: []string{"Q&A https://exemple.fr/a"},
	},
	{
		name: "offsets past the end of the text",
		in: `{"data":[` + xTweetJSON(`"voir https://t.co/AAAAAAAAAA"`,
			`"entities":{"urls":[{"start":500,"end":523,"url":"https://t.co/ZZZZZZZZZZ","expanded_url":"https://exemple.fr/z"},`+
				`{"start":-3,"end":9000,"expanded_url":"https://exemple.fr/y"},`+
				`{"start":"x","end":null,"url":"https://t.co/AAAAAAAAAA","expanded_url":"https://exemple.fr/a"},`+
				`{"start":5,"end":2},"garbage",{"start":5,"end":28,"url":42}],"mentions":"no"}`) + `],` + xUsers + `}`,
		texts: []string{"voir https://exemple.fr/a"},
	},
	{
		name:  "entities not an object",
		in:    `{"data":[` + xTweetJSON(`"voir https://t.co/AAAAAAAAAA"`, `"entities":[1,2]`) + `],` + xUsers + `}`,
		texts: []string{"voir https://t.co/AAAAAAAAAA"},
	},
	{
		name: "picture and quoted tweet links dropped",
		in: `{"data":[` + xTweetJSON(`"Regardez https://t.co/AAAAAAAAAA https://t.co/BBBBBBBBBB"`,
			`"referenced_tweets":[{"type":"quoted","id":"1853908668245475329"}],"entities":{"urls":[`+
				`{"start":9,"end":32,"url":"https://t.co/AAAAAAAAAA","expanded_url":"https://x.com/lucie_r/status/1853909665550303235/photo/1","display_url":"pic.x.com/AAAAAAAAAA","media_key":"3_1"},`+
				`{"start":33,"end":56,"url":"https://t.co/BBBBBBBBBB","expanded_url":"https://twitter.com/KBelhadj_Avignon/status/1853908668245475329","display_url":"x.com/KBelhadj_Avig…"}]}`) + `],` + xUsers + `}`,
		texts: []string{"Regardez"},
	},
	{
		name:  "long post: note_tweet preferred",
		in:    `{"data":[` + xTweetJSON(`"Début coupé… https://t.co/AAAAAAAAAA"`, `"note_tweet":{"text":"Début coupé à 280 caractères, puis la suite &amp; https://t.co/CCCCCCCCCC","entities":{"urls":[{"start":49,"end":72,"url":"https://t.co/CCCCCCCCCC","expanded_url":"https://exemple.fr/c"}]}}`) + `],` + xUsers + `}`,
		texts: []string{"Début coupé à 280 caractères, puis la suite & https://exemple.fr/c"},
	},
	{
		name: "cut retweet kept as X gives it",
		in: `{"data":[{"id":"1853916530619318280","text":"RT @KBelhadj_Avignon: Un début de texte…","author_id":"98765432","created_at":"2024-11-05T21:45:19.000Z",` +
			`"referenced_tweets":[{"type":"retweeted","id":"1853908668245475329"}]}],` +
			`"includes":{"users":[{"id":"1402938475610293847","name":"Karim Belhadj","username":"KBelhadj_Avignon"},{"id":"98765432","name":"Lucie R.","username":"lucie_r"}],` +
			`"tweets":[{"id":"1853908668245475329","text":"Un début de texte qui continue bien au-delà de 140 caractères &amp; plus.","author_id":"1402938475610293847","created_at":"2024-11-05T21:14:05.000Z"}]}}`,
		texts: []string{"RT @KBelhadj_Avignon: Un début de texte…", "Un début de texte qui continue bien au-delà de 140 caractères & plus."},
	},
	{
		name: "includes.tweets author missing",
		in: `{"data":[` + xTweetJSON(`"ok"`, `"referenced_tweets":[{"type":"quoted","id":"1853908668245475329"}]`) + `],` + strings.TrimSuffix(xUsers, "]}") +
			`],"tweets":[{"id":"1853908668245475329","text":"root","author_id":"1","created_at":"2024-11-05T21:14:05.000Z"}]}}`,
		texts: []string{"ok"},
		rej:   []string{"includes.tweets[0].author_id: user 1 is not in includes.users"},
	},
	{
		name: "two responses in one file",
		in: `{"data":[` + xTweetJSON(`"ok"`, "") + `],` + xUsers + `}` + "\n" +
			`{"data":[{"id":"1853909318891077634","text":"x","author_id":"5","created_at":"2024-11-05T21:16:40.000Z"}],` + xUsers + `}`,
		texts: []string{"ok"},
		rej:   []string{"[1].data[0].author_id: user 5 is not in includes.users"},
	},
	{
		name: "an array of responses longer than a record",
		// Four copies of a tweet of 340 KB: each under MaxRecordBytes, the
		// response over it.
		in: `[{"data":[` + strings.Repeat(xTweetJSON(`"ok"`, `"context_annotations":[`+strings.Repeat(`{"domain":{"id":"10","name":"Politique"}},`, 8000)+`{}]`)+",", 3) +
			xTweetJSON(`"ok"`, "") + `],` + xUsers + `}]`,
		texts: []string{"ok"},
	},
	{
		name:  "an array of responses",
		in:    `[{"data":[` + xTweetJSON(`"ok"`, "") + `],` + xUsers + `},{"data":[],"meta":{"result_count":0}}]`,
		texts: []string{"ok"},
	},
	{
		name: "odd shapes",
		in:   `{"data":[` + xTweetJSON(`"ok"`, "") + `,7,{"id":"1","text":"x","author_id":"98765432","created_at":"2024-11-05T21:16:40Z","referenced_tweets":{}}],"includes":{"users":[3,{"id":5},{"id":"5","username":6}]},"errors":"boom"}`,
		// In reading order; the tweets wait for the end of the response
		// to be told their authors.
		rej: []string{
			"data[1]: want a tweet object, got 7",
			"data[2].referenced_tweets: want an array, got {}",
			"includes.users[0]: want a user object, got 3",
			"includes.users[1].id: user id: want an id as a JSON string of digits, got 5",
			"includes.users[2].username: want a string, got 6",
			"errors: the API reported an error: \"boom\"",
			"data[0].author_id: user 98765432 is not in includes.users",
		},
	},
}

func TestXAPICases(t *testing.T) {
	for _, tc := range xAPICases {
		t.Run(tc.name, func(t *testing.T) {
			posts, rej := xRead(t, "bad.json", tc.in)
			var texts []string
			for _, p := range posts {
				require.NoError(t, p.Validate())
				texts = append(texts, p.Text)
			}
			require.Equal(t, tc.texts, texts)
			require.Len(t, rej, len(tc.rej), "%v", rej)
			for i, r := range rej {
				path, reason, _ := strings.Cut(tc.rej[i], ": ")
				require.Equal(t, "bad.json", r.File)
				require.Equal(t, path, r.Field, r.Error())
				require.Contains(t, r.Msg, reason)
				require.True(t, strings.HasPrefix(r.Error(), "bad.json#"+path+": "), r.Error())
			}
		})
	}
}

// TestXAPIPost checks every field of one post, and that the snowflake
// fills in the time when created_at is absent.
func TestXAPIPost(t *testing.T) {
	posts, rej := xRead(t, "x.json", `{"data":{"id":"1853912151145185286","text":"@KBelhadj_Avignon @lucie_r ok","author_id":"98765432",
		"conversation_id":"1853908668245475329","lang":"und","referenced_tweets":[{"type":"replied_to","id":"1853911460200710149"},{"type":"quoted","id":"1"}]},`+xUsers+`}`)
	require.Empty(t, rej)
	require.Equal(t, []Post{{
		Platform: X, ID: "1853912151145185286", Author: "lucie_r", AuthorID: "98765432", AuthorName: "Lucie R.",
		CreatedAt: time.Date(2024, 11, 5, 21, 27, 55, 512e6, time.UTC), Text: "@KBelhadj_Avignon @lucie_r ok",
		ReplyTo: "1853911460200710149", Conversation: "1853908668245475329", QuoteOf: "1",
		URL:  "https://x.com/lucie_r/status/1853912151145185286",
		From: []Origin{{File: "x.json", Path: "data"}},
	}}, posts)
}

func TestXRenderNeverPanics(t *testing.T) {
	for _, l := range []xLink{
		{start: 0, end: 0}, {start: -1, end: 3}, {start: 3, end: 1}, {start: 0, end: 1 << 30},
		{start: 1 << 62, end: 1<<62 + 1}, {start: 0, end: 4, url: "abcd"}, {start: 0, end: 2, url: "https://t.co/x"},
	} {
		for _, text := range []string{"", "a", "abcd", "é&amp;", "https://t.co/x https://t.co/x"} {
			require.True(t, utf8.ValidString(xRender(text, []xLink{l, l}, func(xLink) bool { return true })))
		}
	}
	// The same link twice is placed twice.
	require.Equal(t, "a https://e.fr b https://e.fr",
		xRender("a https://t.co/x b https://t.co/x", []xLink{{start: -1, url: "https://t.co/x", expanded: "https://e.fr"}, {start: -1, url: "https://t.co/x", expanded: "https://e.fr"}}, nil))
}

// xFuzzCheck loads data as a file named name and checks the invariants
// every reader keeps: no panic, every stored post valid with UTF-8
// text, every rejection naming its file.
func xFuzzCheck(t *testing.T, name string, data []byte) []Post {
	c := &collect{}
	l := &Loader{Reject: func(r Rejection) {
		if r.File != name || r.Msg == "" {
			t.Fatalf("rejection without its file or reason: %+v", r)
		}
		if goTypeName.MatchString(r.Msg) {
			t.Fatalf("rejection that speaks of Go types: %+v", r)
		}
	}}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := l.ReadFrom(ctx, c, name, bytes.NewReader(data)); err != nil {
		t.Fatalf("ReadFrom: %v", err)
	}
	for _, p := range c.posts {
		if err := p.Validate(); err != nil {
			t.Fatalf("stored post %s: %v", p.ID, err)
		}
		if !utf8.ValidString(p.Text) {
			t.Fatalf("stored post %s: text not UTF-8", p.ID)
		}
	}
	return c.posts
}

func FuzzXAPI(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(xAPIDir, "*.json"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, tc := range xAPICases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, p := range xFuzzCheck(t, "f.json", data) {
			if p.Platform == X && !strings.HasPrefix(p.URL, "https://x.com/"+p.Author+"/status/"+p.ID) {
				t.Fatalf("post %s: URL %q", p.ID, p.URL)
			}
		}
	})
}
