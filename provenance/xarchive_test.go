package provenance

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestXArchiveFixture(t *testing.T) {
	ref := xConversation(t)
	posts, rej, st := xLoad(t, xArchiveDir)
	require.Empty(t, rej)
	// tweets.js is read; account.js and like.js hold no posts.
	require.Equal(t, LoadStats{Files: 1, Skipped: 2, Loaded: 4}, st)
	var ids []string
	for _, p := range posts {
		ids = append(ids, p.ID)
		xSameAs(t, ref[p.ID], p)
		require.Empty(t, p.Conversation, "the archive has no conversation ids")
	}
	require.Equal(t, []string{"1854067493812437001", "1853911460200710149", "1853908668245475329", "1853716381611720704"}, ids)
}

// TestXArchiveAndAPI loads the archive with the API's timeline of the
// same account: the same posts, the same texts and dates.
func TestXArchiveAndAPI(t *testing.T) {
	c := &collect{}
	var rej []Rejection
	l := &Loader{Reject: func(r Rejection) { rej = append(rej, r) }}
	st, err := l.Load(context.Background(), c, xArchiveDir, filepath.Join(xAPIDir, "users_tweets.json"))
	require.NoError(t, err)
	require.Empty(t, rej)
	require.Equal(t, 4, st.Loaded)
	require.Equal(t, 4, st.Duplicates)
}

// xArchiveTweet is an archive element of @KBelhadj_Avignon with the
// given full_text and extra fields.
func xArchiveTweet(id, text, extra string) string {
	st, _ := SnowflakeTime(id)
	s := `{"tweet":{"id_str":"` + id + `","id":"` + id + `","full_text":` + text + `,"created_at":"` + st.Format(time.RubyDate) + `","lang":"fr"`
	if extra != "" {
		s += "," + extra
	}
	return s + "}}"
}

const xAccountJS = `window.YTD.account.part0 = [ {
  "account" : {
    "username" : "KBelhadj_Avignon",
    "accountId" : "1402938475610293847",
    "accountDisplayName" : "Karim Belhadj"
  }
} ]`

// xArchiveCases are the bad and odd inputs of the archive reader, read
// as data/tweets.js beside account.js (unless account is set); the fuzz
// target is seeded with them.
var xArchiveCases = []struct {
	name    string
	file    string // file name; tweets.js when empty
	account string // account.js; xAccountJS when empty, none when "-"
	in      string
	texts   []string // texts of the posts loaded, in order
	rej     []string // for each rejection: "path: part of the reason"
	skipped bool
}{
	{
		name:  "one tweet",
		in:    "window.YTD.tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"Affligé &amp; triste"`, "") + "]",
		texts: []string{"Affligé & triste"},
	},
	{
		name:    "no account.js",
		account: "-",
		in:      "window.YTD.tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"ok"`, "") + "]",
		rej:     []string{": no account.js beside tweets.js: cannot tell who wrote these tweets"},
	},
	{
		name:    "account.js without a username",
		account: `window.YTD.account.part0 = [{"account":{"accountId":"1"}}]`,
		in:      "window.YTD.tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"ok"`, "") + "]",
		rej:     []string{": account.js beside tweets.js: no username in it"},
	},
	{
		name:    "account.js broken",
		account: `window.YTD.account.part0 = [{"account":`,
		in:      "window.YTD.tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"ok"`, "") + "]",
		rej:     []string{": account.js beside tweets.js: truncated JSON"},
	},
	{
		name:    "likes are skipped",
		file:    "like.js",
		in:      `window.YTD.like.part0 = [{"like":{"tweetId":"1853909665550303235","fullText":"ok"}}]`,
		skipped: true,
	},
	{
		name:    "account.js itself is skipped",
		file:    "account.js",
		in:      xAccountJS,
		skipped: true,
	},
	{
		name:  "deleted tweets are read",
		file:  "deleted-tweets.js",
		in:    "window.YTD.deleted_tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"effacé"`, `"deleted_at":"Wed Nov 06 10:00:00 +0000 2024"`) + "]",
		texts: []string{"effacé"},
	},
	{
		name:  "older archives: tweet.js, elements not wrapped",
		file:  "tweet.js",
		in:    `window.YTD.tweet.part0 = [{"id_str":"1853908668245475329","full_text":"ancien","created_at":"Tue Nov 05 21:14:05 +0000 2024"}]`,
		texts: []string{"ancien"},
	},
	{
		name:  "truncated JSON",
		in:    "window.YTD.tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"ok"`, "") + `, {"tweet": {"id_str": "18539`,
		texts: []string{"ok"},
		rej:   []string{"[1]: truncated JSON"},
	},
	{
		name:  "invalid JSON",
		in:    "window.YTD.tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"ok"`, "") + `, {"tweet": {"id_str": 1853908668245475330,,}}]`,
		texts: []string{"ok"},
		rej:   []string{"[1]: invalid JSON"},
	},
	{
		name: "not an array",
		in:   `window.YTD.tweets.part0 = {"tweet": {}}`,
		rej:  []string{"$: want an array after"},
	},
	{
		name: "nothing after =",
		in:   `window.YTD.tweets.part0 = `,
		rej:  []string{"$: after \"window.YTD.tweets… =\": truncated JSON"},
	},
	{
		name: "bad header",
		in:   `window.YTD.tweets = []`,
		rej:  []string{": not an X archive file"},
	},
	{
		name: "bad created_at",
		in:   "window.YTD.tweets.part0 = [" + strings.Replace(xArchiveTweet("1853908668245475329", `"ok"`, ""), "Tue Nov 05", "Mardi 5 nov", 1) + "]",
		rej:  []string{"[0].tweet.created_at: unparsable date"},
	},
	{
		name: "missing created_at and text",
		in:   `window.YTD.tweets.part0 = [{"tweet":{"id_str":"1853908668245475329","full_text":"x"}},{"tweet":{"id_str":"1853908668245475329"}}]`,
		rej:  []string{"[0].tweet.created_at: missing field created_at", "[1].tweet.full_text: missing field full_text"},
	},
	{
		name: "id not a string",
		in:   `window.YTD.tweets.part0 = [{"tweet":{"id_str":1853908668245475329,"full_text":"x","created_at":"Tue Nov 05 21:14:05 +0000 2024"}}]`,
		rej:  []string{"[0].tweet.id_str: tweet id: want an id as a JSON string of digits"},
	},
	{
		name: "odd elements",
		in:   `window.YTD.tweets.part0 = [7, {"like":{}}, {"tweet":[]}, {"tweet":{"id_str":"1","full_text":"x","created_at":"Tue Nov 05 21:14:05 +0000 2024","in_reply_to_status_id_str":"x"}}]`,
		rej: []string{
			"[0]: want a JSON object, got 7",
			`[1]: want {"tweet": {…}}`,
			"[2].tweet: want a tweet object",
			"[3].tweet.in_reply_to_status_id_str: want an id of decimal digits",
		},
	},
	{
		name: "offsets past the end of the text",
		in: "window.YTD.tweets.part0 = [" + xArchiveTweet("1853908668245475329", `"voir https://t.co/AAAAAAAAAA"`,
			`"entities":{"urls":[{"indices":["500","523"],"url":"https://t.co/ZZZZZZZZZZ","expanded_url":"https://exemple.fr/z"},{"indices":["5"],"expanded_url":"https://exemple.fr/y"},{"indices":["a","b"]},{"indices":[5,28],"url":"https://t.co/AAAAAAAAAA","expanded_url":"https://exemple.fr/a"}],"media":7}`) + "]",
		texts: []string{"voir https://exemple.fr/a"},
	},
	{
		name: "reply: the leading mentions stay",
		in: "window.YTD.tweets.part0 = [" + xArchiveTweet("1853909665550303235", `"@lucie_r @Rem_Vx merci &amp; bonne soirée"`,
			`"display_text_range":["17","41"],"in_reply_to_status_id_str":"1853909318891077634","in_reply_to_screen_name":"lucie_r","entities":{"user_mentions":[{"screen_name":"lucie_r","indices":["0","8"]}]}`) + "]",
		texts: []string{"@lucie_r @Rem_Vx merci & bonne soirée"},
	},
	{
		name: "retweet: text kept, no quote read",
		in: "window.YTD.tweets.part0 = [" + xArchiveTweet("1853916530619318280", `"RT @lucie_r: Tout mon soutien. Le niveau du débat était lamentable &amp; personne ne l’a dit… https://t.co/AAAAAAAAAA"`,
			`"entities":{"urls":[{"indices":["96","119"],"url":"https://t.co/AAAAAAAAAA","expanded_url":"https://x.com/lucie_r/status/1"}]}`) + "]",
		texts: []string{"RT @lucie_r: Tout mon soutien. Le niveau du débat était lamentable & personne ne l’a dit… https://x.com/lucie_r/status/1"},
	},
	{
		name: "picture dropped, trailing status link is a quote",
		in: "window.YTD.tweets.part0 = [" + xArchiveTweet("1853915189884878855", `"Il a raison https://t.co/AAAAAAAAAA https://t.co/BBBBBBBBBB"`,
			`"entities":{"urls":[{"indices":["36","59"],"url":"https://t.co/BBBBBBBBBB","expanded_url":"https://twitter.com/KBelhadj_Avignon/status/1853908668245475329"}],`+
				`"media":[{"indices":["12","35"],"url":"https://t.co/AAAAAAAAAA","expanded_url":"https://x.com/KBelhadj_Avignon/status/1853915189884878855/photo/1","display_url":"pic.x.com/AAAAAAAAAA"}]}`) + "]",
		texts: []string{"Il a raison"},
	},
}

// xWriteArchive writes a case to a fresh folder and returns the file.
func xWriteArchive(t testing.TB, account, file, in string) string {
	dir := t.TempDir()
	switch account {
	case "-":
	case "":
		require.NoError(t, os.WriteFile(filepath.Join(dir, "account.js"), []byte(xAccountJS), 0o644))
	default:
		require.NoError(t, os.WriteFile(filepath.Join(dir, "account.js"), []byte(account), 0o644))
	}
	if file == "" {
		file = "tweets.js"
	}
	name := filepath.Join(dir, file)
	require.NoError(t, os.WriteFile(name, []byte(in), 0o644))
	return name
}

func TestXArchiveCases(t *testing.T) {
	for _, tc := range xArchiveCases {
		t.Run(tc.name, func(t *testing.T) {
			name := xWriteArchive(t, tc.account, tc.file, tc.in)
			var rej []Rejection
			c := &collect{}
			st, err := (&Loader{Reject: func(r Rejection) { rej = append(rej, r) }}).Load(context.Background(), c, name)
			require.NoError(t, err)
			if tc.skipped {
				require.Equal(t, LoadStats{Skipped: 1}, st)
			} else {
				require.Equal(t, 1, st.Files)
			}
			var texts []string
			for _, p := range c.posts {
				require.NoError(t, p.Validate())
				require.Equal(t, "KBelhadj_Avignon", p.Author)
				require.Equal(t, "1402938475610293847", p.AuthorID)
				require.Equal(t, "Karim Belhadj", p.AuthorName)
				texts = append(texts, p.Text)
			}
			require.Equal(t, tc.texts, texts)
			require.Len(t, rej, len(tc.rej), "%v", rej)
			for i, r := range rej {
				path, reason, _ := strings.Cut(tc.rej[i], ": ")
				require.Equal(t, name, r.File)
				require.Equal(t, path, r.Field, r.Error())
				require.Contains(t, r.Msg, reason)
				if path == "" {
					require.True(t, strings.HasPrefix(r.Error(), name+": "), r.Error())
				} else {
					require.True(t, strings.HasPrefix(r.Error(), name+"#"+path+": "), r.Error())
				}
			}
		})
	}
}

// TestXArchivePost checks every field of a reply, a quote and a retweet.
func TestXArchivePost(t *testing.T) {
	name := xWriteArchive(t, "", "", "\ufeff  window.YTD.tweets.part0 = [\n"+
		xArchiveTweet("1853911460200710149", `"Je précise"`, `"in_reply_to_status_id_str":"1853908668245475329","in_reply_to_screen_name":"KBelhadj_Avignon","lang":"und"`)+",\n"+
		xArchiveTweet("1853915189884878855", `"Voyez https://t.co/BBBBBBBBBB"`, `"entities":{"urls":[{"indices":["6","29"],"url":"https://t.co/BBBBBBBBBB","expanded_url":"https://x.com/lucie_r/status/1853909665550303235?s=20"}]}`)+",\n"+
		xArchiveTweet("1853916530619318280", `"RT @lucie_r: Tout mon soutien."`, "")+"\n];\n")
	posts, rej, _ := xLoad(t, name)
	require.Empty(t, rej)
	base := Post{Platform: X, Author: "KBelhadj_Avignon", AuthorID: "1402938475610293847", AuthorName: "Karim Belhadj", Lang: "fr"}
	want := []Post{base, base, base}
	want[0].ID, want[0].Text, want[0].ReplyTo, want[0].Lang = "1853911460200710149", "Je précise", "1853908668245475329", ""
	want[1].ID, want[1].Text, want[1].QuoteOf = "1853915189884878855", "Voyez", "1853909665550303235"
	want[2].ID, want[2].Text = "1853916530619318280", "RT @lucie_r: Tout mon soutien."
	for i := range want {
		want[i].URL = "https://x.com/KBelhadj_Avignon/status/" + want[i].ID
		want[i].From = []Origin{{File: name, Path: fmt.Sprintf("[%d].tweet", i)}}
		st, ok := SnowflakeTime(want[i].ID)
		require.True(t, ok)
		want[i].CreatedAt = st
	}
	require.Len(t, posts, len(want))
	for i := range want {
		require.True(t, want[i].CreatedAt.Equal(posts[i].CreatedAt), "%v %v", want[i].CreatedAt, posts[i].CreatedAt)
		posts[i].CreatedAt = want[i].CreatedAt
	}
	require.Equal(t, want, posts)
}

func FuzzXArchive(f *testing.F) {
	for _, file := range []string{"tweets.js", "account.js", "like.js"} {
		b, err := os.ReadFile(filepath.Join(xArchiveDir, "data", file))
		require.NoError(f, err)
		f.Add(b)
	}
	for _, file := range []string{"tweets-part1.js", "deleted-tweets.js", "note-tweet.js"} {
		b, err := os.ReadFile(filepath.Join(xArchiveFull, "KBelhadj_Avignon", "data", file))
		require.NoError(f, err)
		f.Add(b)
	}
	for _, tc := range xArchiveCases {
		f.Add([]byte(tc.in))
	}
	// Read beside the complete fixture's account.js and note-tweet.js,
	// so that tweets get decoded and long posts their text.
	name := filepath.Join(xArchiveFull, "KBelhadj_Avignon", "data", "f.js")
	f.Fuzz(func(t *testing.T, data []byte) {
		xFuzzCheck(t, name, data)
	})
}

// xArchiveFull holds the personal archives of the six accounts of the
// conversation; @KBelhadj_Avignon's is split over tweets.js and
// tweets-part1.js and has a deleted reply and a long post (note-tweet.js).
const xArchiveFull = "../testdata/provenance/x-archive-full"

// xLongPost is the whole text of @KBelhadj_Avignon's long post, which
// tweets-part1.js cuts.
const xLongPost = "Retour sur le débat d’hier soir. Je ne regrette pas d’y être allé : les habitants d’Avignon méritent qu’on leur parle de leurs écoles, de leurs transports et de leurs quartiers, pas de polémiques. J’ai entendu des mots qui blessent, j’y ai répondu par des propositions. Le budget des écoles voté hier matin en est une. Je continuerai à venir sur tous les plateaux où l’on voudra bien débattre, à condition qu’on s’écoute. Merci à toutes celles et ceux qui m’ont écrit & soutenu."

func TestXArchiveComplete(t *testing.T) {
	ref := xConversation(t)
	var skipped []string
	c := &collect{}
	var rej []Rejection
	st, err := (&Loader{
		Reject: func(r Rejection) { rej = append(rej, r) },
		Skip:   func(r Rejection) { skipped = append(skipped, r.Error()) },
	}).Load(t.Context(), c, xArchiveFull)
	require.NoError(t, err)
	require.Empty(t, rej)
	// Eight tweets files; six account.js and note-tweet.js skipped.
	require.Equal(t, LoadStats{Files: 8, Skipped: 7, Loaded: 12}, st)
	require.Contains(t, skipped, filepath.Join(xArchiveFull, "KBelhadj_Avignon", "data", "note-tweet.js")+
		": the X archive's long posts, read beside tweets.js: their text replaces the cut text of those tweets")
	byID := map[string]Post{}
	for _, p := range c.posts {
		byID[p.ID] = p
	}
	// The conversation, as the JSON Lines give it, but for the retweet's
	// link to its original: the archive does not hold it.
	for id, want := range ref {
		got, ok := byID[id]
		require.True(t, ok, id)
		want.Conversation, want.RepostOf = "", ""
		xSameAs(t, want, got)
	}
	long := byID["1854139166749634561"]
	require.Equal(t, xLongPost, long.Text, "note-tweet.js gives the whole text")
	deleted := byID["1853910788364849153"]
	require.Equal(t, "@Rem_Vx Je ne répondrai pas à ce genre de message.", deleted.Text)
	require.Equal(t, "1853910295249551364", deleted.ReplyTo, "a deleted reply stays in its thread")
	require.True(t, deleted.Deleted, "deleted-tweets.js marks its posts deleted")
	require.Equal(t, filepath.Join(xArchiveFull, "KBelhadj_Avignon", "data", "deleted-tweets.js"), deleted.From[0].File)
	require.False(t, long.Deleted)
}

// TestXArchiveDeletedAndKept reads a tweet that deleted-tweets.js and
// tweets.js both hold: one post, deleted (the deletion says it existed
// and was removed), read from both files.
func TestXArchiveDeletedAndKept(t *testing.T) {
	tweet := xArchiveTweet("1853908668245475329", `"Je le maintiens."`, "")
	name := xWriteArchive(t, "", "tweets.js", "window.YTD.tweets.part0 = ["+tweet+"]")
	dir := filepath.Dir(name)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "deleted-tweets.js"), []byte("window.YTD.deleted_tweets.part0 = ["+tweet+"]"), 0o644))
	m := NewMemory()
	st, err := (&Loader{}).Load(t.Context(), m, filepath.Join(dir, "tweets.js"), filepath.Join(dir, "deleted-tweets.js"))
	require.NoError(t, err)
	require.Equal(t, LoadStats{Files: 2, Loaded: 1, Duplicates: 1}, st)
	p, ok, err := m.Post(t.Context(), Key{X, "1853908668245475329"})
	require.NoError(t, err)
	require.True(t, ok)
	require.True(t, p.Deleted, "the deletion read after the post is kept")
	require.Equal(t, []Origin{{File: name, Path: "[0].tweet"}, {File: filepath.Join(dir, "deleted-tweets.js"), Path: "[0].tweet"}}, p.From)
}

func TestXArchiveNotes(t *testing.T) {
	at := func(s string) Post {
		tm, err := time.Parse(time.RFC3339, "2024-11-06T12:30:00Z")
		require.NoError(t, err)
		return Post{Text: s, CreatedAt: tm.Add(250 * time.Millisecond)}
	}
	sec := at("").CreatedAt.Unix()
	one := xNoteTexts{sec: {"Retour sur le débat d’hier soir, long texte entier."}}
	two := xNoteTexts{sec: {"Autre chose, écrit la même seconde.", "@lucie_r Retour sur le débat https://exemple.fr/a et la suite."}}
	for _, tc := range []struct {
		name  string
		notes xNoteTexts
		text  string
		want  string
	}{
		{"cut", one, "Retour sur le débat d’hier…", "Retour sur le débat d’hier soir, long texte entier."},
		{"not cut", one, "Retour sur le débat d’hier", ""},
		{"another text", one, "Tout autre chose…", ""},
		{"another second", xNoteTexts{sec + 1: one[sec]}, "Retour sur le débat d’hier…", ""},
		{"reply mentions kept", one, "@lucie_r Retour sur…", "@lucie_r Retour sur le débat d’hier soir, long texte entier."},
		{"two notes, the one that begins so", two, "@lucie_r Retour sur le débat https://exemple.fr/a…", "@lucie_r Retour sur le débat https://exemple.fr/a et la suite."},
		{"two notes, nothing to tell them", two, "https://exemple.fr/a…", ""},
		{"one note, link first", one, "https://exemple.fr/a…", "Retour sur le débat d’hier soir, long texte entier."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.notes.of(at(tc.text))
			require.Equal(t, tc.want != "", ok)
			require.Equal(t, tc.want, got)
		})
	}
}

func TestXArchiveBadNotes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "account.js"), []byte(xAccountJS), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "note-tweet.js"), []byte("window.YTD.note_tweet.part0 = [{"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tweets.js"), []byte("window.YTD.tweets.part0 = ["+xArchiveTweet("1854139166749634561", `"Retour…"`, "")+"]"), 0o644))
	posts, rej, _ := xLoad(t, dir)
	require.Len(t, rej, 1)
	require.Equal(t, filepath.Join(dir, "tweets.js")+": note-tweet.js beside tweets.js: truncated JSON: the file ends inside a value: long posts keep their cut text", rej[0].Error())
	require.Len(t, posts, 1)
	require.Equal(t, "Retour…", posts[0].Text)
}
