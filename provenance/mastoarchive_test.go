package provenance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// mastoArchiveAcct is the address the archive fixtures give each
// canonical author: every account on piaille.example but patriote_1789.
func mastoArchiveAcct(author string) string {
	if author == "patriote_1789" {
		return "patriote_1789@autre.example"
	}
	return author + "@piaille.example"
}

func TestMastodonArchiveFixtures(t *testing.T) {
	dir := filepath.Join(socialFixtures, "mastodon-archive")
	var skipped []string
	c := &collect{}
	var rej []string
	st, err := (&Loader{
		Reject: func(r Rejection) { rej = append(rej, r.Error()) },
		Skip:   func(r Rejection) { skipped = append(skipped, r.Error()) },
	}).Load(t.Context(), c, dir)
	require.NoError(t, err)
	require.Empty(t, rej)
	// Six accounts' outboxes; their actor.json, likes.json and
	// bookmarks.json are skipped.
	require.Equal(t, LoadStats{Files: 6, Loaded: 10, Skipped: 8}, st)
	require.Contains(t, skipped, filepath.Join(dir, "KBelhadj_Avignon", "likes.json")+": a list of links to posts (a Mastodon archive's likes.json or bookmarks.json): it holds no posts")

	want := socialConversation(t)
	pair := socialSameConversation(t, want, c.posts, Mastodon, func(s string) string { return s }, mastoArchiveAcct)
	root := pair["1853908668245475329"]
	require.Equal(t, "https://piaille.example/users/KBelhadj_Avignon/statuses/113432411840384065", root.ID)
	require.Equal(t, "https://piaille.example/users/KBelhadj_Avignon", root.AuthorID)
	require.Equal(t, "https://piaille.example/@KBelhadj_Avignon/113432411840384065", root.URL)
	boost := pair["1853916530619318280"]
	require.Equal(t, "https://piaille.example/users/asso_vivreensemble/statuses/113432534690041429/activity", boost.ID)
	// The remote account's posts join the thread by URI.
	require.Equal(t, "https://autre.example/users/patriote_1789/statuses/112233", pair["1853909318891077634"].ID)

	// An author named as a screenshot shows them matches the address.
	m, known := ParseAuthor("@KBelhadj_Avignon").Is(root)
	require.True(t, m && known)
}

// TestMastodonArchiveZip reads the archive as Mastodon hands it over: a
// ZIP, and the same posts come out.
func TestMastodonArchiveZip(t *testing.T) {
	src := filepath.Join(socialFixtures, "mastodon-archive", "KBelhadj_Avignon")
	zipPath := filepath.Join(t.TempDir(), "archive-20241106074512-3f5c.zip")
	writeZip(t, zipPath, src)
	var rej, skipped []string
	c := &collect{}
	st, err := (&Loader{
		Reject: func(r Rejection) { rej = append(rej, r.Error()) },
		Skip:   func(r Rejection) { skipped = append(skipped, r.Error()) },
	}).Load(t.Context(), c, zipPath)
	require.NoError(t, err)
	require.Empty(t, rej)
	require.Equal(t, LoadStats{Files: 2, Loaded: 4, Skipped: 3}, st)
	require.Contains(t, skipped, zipPath+"/actor.json: an ActivityPub actor (a Mastodon account archive's actor.json, read beside outbox.json): it holds no posts")
	for _, p := range c.posts {
		require.Equal(t, "KBelhadj_Avignon@piaille.example", p.Author)
		require.Equal(t, "Karim Belhadj", p.AuthorName, "actor.json is read inside the ZIP")
	}
}

// mastoActivity is a Create activity of lucie_r with the note's fields
// given.
func mastoActivity(note string) string {
	return `{"type":"Create","actor":"https://piaille.example/users/lucie_r","published":"2024-11-05T21:18:02Z","object":{` + note + `}}`
}

func mastoOutbox(items ...string) string {
	return `{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection","orderedItems":[` + strings.Join(items, ",") + `]}`
}

const mastoNoteOK = `"id":"https://piaille.example/users/lucie_r/statuses/1","type":"Note","content":"<p>ok</p>"`

var mastoArchiveCases = []struct {
	name  string
	in    string
	rej   []string
	posts []string // ID Author ReplyTo QuoteOf RepostOf|Text
}{
	{"note", mastoOutbox(mastoActivity(mastoNoteOK + `,"summary":"CW","inReplyTo":{"id":"https://a.example/s/0"},"quoteUri":"https://a.example/s/9","contentMap":{"fr":"x"}`)), nil,
		[]string{"https://piaille.example/users/lucie_r/statuses/1 lucie_r@piaille.example https://a.example/s/0 https://a.example/s/9 |CW\n\nok"}},
	{"announce", mastoOutbox(`{"id":"https://piaille.example/users/lucie_r/statuses/2/activity","type":"Announce","actor":"https://piaille.example/users/lucie_r","published":"2024-11-05T21:18:02Z","object":"https://a.example/s/0"}`), nil,
		[]string{"https://piaille.example/users/lucie_r/statuses/2/activity lucie_r@piaille.example   https://a.example/s/0|"}},
	{"other activity", mastoOutbox(`{"type":"Like","actor":"https://piaille.example/users/lucie_r","object":"https://a.example/s/0"}`, mastoActivity(mastoNoteOK)),
		[]string{`bad.json#orderedItems[0].type: a "Like" activity, not a post (want Create or Announce)`},
		[]string{"https://piaille.example/users/lucie_r/statuses/1 lucie_r@piaille.example   |ok"}},
	{"tombstone", mastoOutbox(mastoActivity(`"id":"https://piaille.example/users/lucie_r/statuses/3","type":"Tombstone"`)),
		[]string{"bad.json#orderedItems[0].object.type: a deleted post (Tombstone): no text left"}, nil},
	{"object a link", mastoOutbox(`{"type":"Create","actor":"https://piaille.example/users/lucie_r","object":"https://a.example/s/0"}`),
		[]string{`bad.json#orderedItems[0].object: want the post object, got "https://a.example/s/0"`}, nil},
	{"no actor", mastoOutbox(`{"type":"Create","object":{` + mastoNoteOK + `}}`),
		[]string{"bad.json#orderedItems[0].actor: missing field actor"}, nil},
	{"actor not an address", mastoOutbox(`{"type":"Create","actor":"lucie","object":{` + mastoNoteOK + `}}`),
		[]string{`bad.json#orderedItems[0].actor: actor "lucie" is not an https address`}, nil},
	{"no date", mastoOutbox(`{"type":"Create","actor":"https://piaille.example/users/lucie_r","object":{` + mastoNoteOK + `}}`),
		[]string{"bad.json#orderedItems[0].object.published: missing field published"}, nil},
	{"no content", mastoOutbox(mastoActivity(`"id":"https://piaille.example/users/lucie_r/statuses/1","type":"Note"`)),
		[]string{"bad.json#orderedItems[0].object: missing field content"}, nil},
	{"bad inReplyTo", mastoOutbox(mastoActivity(mastoNoteOK + `,"inReplyTo":12`)),
		[]string{"bad.json#orderedItems[0].object.inReplyTo: want a URI or an object with an id, got 12"}, nil},
	{"content not a string", mastoOutbox(mastoActivity(`"id":"x","type":"Note","content":["a"]`)),
		[]string{"bad.json#orderedItems[0].object.content: want a string, got an array"}, nil},
	{"items not an array", `{"@context":"x","orderedItems":{"a":1}}`,
		[]string{`bad.json#orderedItems: want an array of activities, got {"a":1}`}, nil},
	{"item a number", mastoOutbox(`3`, mastoActivity(mastoNoteOK)), []string{"bad.json#orderedItems[0]: want an activity object, got 3"},
		[]string{"https://piaille.example/users/lucie_r/statuses/1 lucie_r@piaille.example   |ok"}},
	{"links and activities", mastoOutbox(`"https://a.example/s/0"`, mastoActivity(mastoNoteOK)),
		[]string{"bad.json#orderedItems: 1 links to posts held in other files passed over"},
		[]string{"https://piaille.example/users/lucie_r/statuses/1 lucie_r@piaille.example   |ok"}},
	{"truncated", mastoOutbox(mastoActivity(mastoNoteOK))[:150], []string{"bad.json#orderedItems[0]: truncated JSON"}, nil},
}

func TestMastodonArchiveCases(t *testing.T) {
	for _, tc := range mastoArchiveCases {
		t.Run(tc.name, func(t *testing.T) {
			posts := socialCase(t, tc.in, tc.rej)
			var got []string
			for _, p := range posts {
				require.NoError(t, p.Validate())
				got = append(got, strings.Join([]string{p.ID, p.Author, p.ReplyTo, p.QuoteOf, p.RepostOf}, " ")+"|"+p.Text)
			}
			require.Equal(t, tc.posts, got)
		})
	}
}

// TestMastodonArchiveVisibility reads each post's visibility from its
// audience as Mastodon does: the fixtures' one followers-only post, and
// each rule.
func TestMastodonArchiveVisibility(t *testing.T) {
	c, rej, _ := socialLoad(t, filepath.Join(socialFixtures, "mastodon-archive"))
	require.Empty(t, rej)
	for _, p := range c.posts {
		want := VisibilityPublic
		if p.Author == "Rem_Vx@piaille.example" {
			want = VisibilityPrivate // to its followers, cc the account it answers
		}
		require.Equal(t, want, p.Visibility, p.ID)
	}

	const public, followers = `"https://www.w3.org/ns/activitystreams#Public"`, `"https://piaille.example/users/lucie_r/followers"`
	const other = `"https://autre.example/users/kb"`
	for _, tc := range []struct {
		name, audience, want string
	}{
		{"public", `"to":[` + public + `],"cc":[` + followers + `]`, VisibilityPublic},
		{"public compact, a string", `"to":"as:Public"`, VisibilityPublic},
		{"unlisted", `"to":[` + followers + `],"cc":["Public"]`, VisibilityUnlisted},
		{"followers only", `"to":[` + followers + `],"cc":[` + other + `]`, VisibilityPrivate},
		{"followers only, objects", `"to":[{"id":` + followers + `}]`, VisibilityPrivate},
		{"direct", `"to":[` + other + `],"cc":[]`, VisibilityDirect},
		{"followers in cc alone", `"to":[],"cc":[` + followers + `]`, VisibilityDirect},
		{"not given", `"to":null`, ""},
		{"not an audience", `"to":12`, VisibilityDirect},
	} {
		t.Run(tc.name, func(t *testing.T) {
			posts := socialCase(t, mastoOutbox(mastoActivity(mastoNoteOK+`,"published":"2024-11-05T21:18:02Z",`+tc.audience)), nil)
			require.Len(t, posts, 1)
			require.Equal(t, tc.want, posts[0].Visibility)
		})
	}
	// The activity's audience when the object has none; a boost's is
	// its activity's.
	posts := socialCase(t, mastoOutbox(
		`{"type":"Create","actor":"https://piaille.example/users/lucie_r","to":[`+followers+`],"object":{`+mastoNoteOK+`,"published":"2024-11-05T21:18:02Z"}}`,
		`{"id":"https://piaille.example/users/lucie_r/statuses/2/activity","type":"Announce","actor":"https://piaille.example/users/lucie_r","published":"2024-11-05T21:18:02Z","object":"https://a.example/s/0","to":[`+followers+`],"cc":[`+public+`]}`), nil)
	require.Len(t, posts, 2)
	require.Equal(t, []string{VisibilityPrivate, VisibilityUnlisted}, []string{posts[0].Visibility, posts[1].Visibility})
}

// TestMastodonArchiveActorFile checks that a broken actor.json is named
// and the handles are then read from the actors' addresses.
func TestMastodonArchiveActorFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "outbox.json"), []byte(mastoOutbox(mastoActivity(mastoNoteOK))), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "actor.json"), []byte(`{"id":`), 0o644))
	c, rej, _ := socialLoad(t, filepath.Join(dir, "outbox.json"))
	require.Equal(t, []string{filepath.Join(dir, "outbox.json") + ": actor.json beside outbox.json: truncated JSON: the file ends inside a value: handles are read from the actors' addresses"}, rej)
	require.Len(t, c.posts, 1)
	require.Equal(t, "lucie_r@piaille.example", c.posts[0].Author)
	require.Empty(t, c.posts[0].AuthorName)
}

func FuzzMastodonArchive(f *testing.F) {
	for _, name := range []string{"KBelhadj_Avignon/outbox.json", "marion_dlc/outbox.json", "KBelhadj_Avignon/actor.json", "KBelhadj_Avignon/likes.json"} {
		data, err := os.ReadFile(filepath.Join(socialFixtures, "mastodon-archive", name))
		require.NoError(f, err)
		f.Add(data)
	}
	for _, tc := range mastoArchiveCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(socialFuzzLoad)
}
