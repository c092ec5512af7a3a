package provenance

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// tgNames are the Telegram ids the fixture gives each canonical author.
var tgNames = map[string]string{
	"KBelhadj_Avignon": "user5210938475", "patriote_1789": "user6677123401", "lucie_r": "user987654321",
	"Rem_Vx": "user7001122334", "marion_dlc": "user2456789010", "asso_vivreensemble": "user3344556677",
}

func TestTelegramFixture(t *testing.T) {
	c, rej, st := socialLoad(t, filepath.Join(socialFixtures, "telegram", "result.json"))
	require.Empty(t, rej)
	require.Equal(t, LoadStats{Files: 1, Loaded: 10}, st, "the service message is passed over")
	want := socialConversation(t)
	byText := map[string]Post{}
	for _, p := range c.posts {
		require.Equal(t, Telegram, p.Platform)
		require.True(t, strings.HasPrefix(p.ID, "1987654321/"), p.ID)
		if p.RepostOf == "" {
			byText[p.Text] = p
		}
	}
	pair := map[string]Post{}
	for _, w := range want {
		if w.RepostOf != "" {
			continue
		}
		g, ok := byText[w.Text]
		require.True(t, ok, "no message with the text of %s", w.ID)
		pair[w.ID] = g
	}
	for _, w := range want {
		if w.RepostOf != "" {
			continue
		}
		g := pair[w.ID]
		require.Equal(t, tgNames[w.Author], g.Author, w.ID)
		require.Equal(t, w.AuthorName, g.AuthorName, w.ID)
		require.True(t, w.CreatedAt.Truncate(time.Second).Equal(g.CreatedAt), "%s: %v", w.ID, g.CreatedAt)
		if w.ReplyTo == "" {
			require.Empty(t, g.ReplyTo, w.ID)
		} else {
			require.Equal(t, pair[w.ReplyTo].ID, g.ReplyTo, w.ID)
		}
	}
	// The forward: the root's words, by the association, marked a copy.
	var fwd []Post
	for _, p := range c.posts {
		if p.RepostOf != "" {
			fwd = append(fwd, p)
		}
	}
	require.Len(t, fwd, 1)
	require.Equal(t, "forwarded:"+fwd[0].ID, fwd[0].RepostOf)
	require.Equal(t, pair["1853908668245475329"].Text, fwd[0].Text)
	require.Equal(t, "Vivre Ensemble 84", fwd[0].AuthorName)
}

// tgMsg is a message of the chat; fields are appended as given.
func tgMsg(id, extra string) string {
	s := `{"id":` + id + `,"type":"message","date":"2024-11-05T22:14:05","date_unixtime":"1730841245","from":"Lucie R.","from_id":"user987654321","text":"salut"`
	if extra != "" {
		s += "," + extra
	}
	return s + "}"
}

var telegramCases = []struct {
	name  string
	in    string
	rej   []string
	posts []string // ID Author ReplyTo RepostOf|Text
}{
	{"chat", `{"name":"c","type":"private_group","id":42,"messages":[` + tgMsg("1", "") + `,` + tgMsg("2", `"reply_to_message_id":1,"text":["a ",{"type":"text_link","text":"lien","href":"https://x.fr"}],"text_entities":[{"type":"plain","text":"a "},{"type":"text_link","text":"lien","href":"https://x.fr"}]`) + `]}`,
		nil, []string{"42/1 user987654321  |salut", "42/2 user987654321 42/1 |a lien"}},
	{"text without entities", `{"id":42,"messages":[` + tgMsg("1", `"text":["a ",{"type":"bold","text":"b"}],"text_entities":null`) + `]}`, nil, []string{"42/1 user987654321  |a b"}},
	{"forward", `{"id":42,"messages":[` + tgMsg("3", `"forwarded_from":"Karim Belhadj"`) + `]}`, nil, []string{"42/3 user987654321  forwarded:42/3|salut"}},
	{"service", `{"id":42,"messages":[{"id":1,"type":"service","action":"pin_message"}]}`, nil, nil},
	{"no date_unixtime", `{"id":42,"messages":[{"id":1,"type":"message","date":"2024-11-05T22:14:05","from_id":"user1","text":"x"}]}`,
		[]string{`bad.json#messages[0].date: no date_unixtime (an export before 2021), and date "2024-11-05T22:14:05" is the exporting computer's local time without its offset: name that computer's time zone (guillemet --tz Europe/Paris; Loader.Zone) to read it`}, nil},
	{"no date", `{"id":42,"messages":[{"id":1,"type":"message","from_id":"user1","text":"x"}]}`,
		[]string{"bad.json#messages[0]: missing field date_unixtime (and date)"}, nil},
	{"bad date_unixtime", `{"id":42,"messages":[` + tgMsg("1", `"date_unixtime":"hier"`) + `]}`,
		[]string{`bad.json#messages[0].date_unixtime: want seconds since 1970, got "hier"`}, nil},
	{"no from_id", `{"id":42,"messages":[{"id":1,"type":"message","date_unixtime":"1730841245","text":"x"}]}`,
		[]string{"bad.json#messages[0]: missing field from_id"}, nil},
	{"no type", `{"id":42,"messages":[{"id":1}]}`, []string{"bad.json#messages[0]: missing field type"}, nil},
	{"bad text part", `{"id":42,"messages":[` + tgMsg("1", `"text":null,"text_entities":[{"type":"plain"}]`) + `]}`,
		[]string{`bad.json#messages[0].text_entities[0]: want a string or {"type", "text"}`}, nil},
	{"text a number", `{"id":42,"messages":[` + tgMsg("1", `"text":3,"text_entities":null`) + `]}`,
		[]string{"bad.json#messages[0].text: want a string or an array of text parts"}, nil},
	{"id after the messages", `{"messages":[` + tgMsg("1", "") + `],"id":42}`, nil, []string{"1 user987654321  |salut"}},
	{"whole export", `{"about":"x","chats":{"about":"y","list":[{"name":"a","id":7,"messages":[` + tgMsg("1", "") + `]},{"id":8,"messages":[` + tgMsg("1", "") + `]}]},"left_chats":{"list":[{"id":9,"messages":[]}]}}`,
		nil, []string{"7/1 user987654321  |salut", "8/1 user987654321  |salut"}},
	{"chats not an object", `{"chats":[1]}`, []string{"bad.json#chats: want an object of chats, got [1]"}, nil},
	{"chat not an object", `{"chats":{"list":[3]}}`, []string{"bad.json#chats.list[0]: want a chat object, got 3"}, nil},
	{"truncated", `{"id":42,"messages":[` + tgMsg("1", "") + `,{"id":2,"ty`, []string{"bad.json#messages[1]: truncated JSON"}, []string{"42/1 user987654321  |salut"}},
}

func TestTelegramCases(t *testing.T) {
	for _, tc := range telegramCases {
		t.Run(tc.name, func(t *testing.T) {
			posts := socialCase(t, tc.in, tc.rej)
			var got []string
			for _, p := range posts {
				require.NoError(t, p.Validate())
				got = append(got, strings.Join([]string{p.ID, p.Author, p.ReplyTo, p.RepostOf}, " ")+"|"+p.Text)
			}
			require.Equal(t, tc.posts, got)
		})
	}
}

// TestTelegramZone reads the dates of an export before 2021 (date, a
// local time, without date_unixtime) in the zone the user names: one
// instant each, an hour the clocks went back or skipped rejected, a
// message with date_unixtime read by it alone; in a ZIP too.
func TestTelegramZone(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	require.NoError(t, err)
	msg := func(id, date string) string {
		return `{"id":` + id + `,"type":"message","date":"` + date + `","from":"Lucie R.","from_id":"user987654321","text":"salut ` + id + `"}`
	}
	chat := `{"name":"c","type":"private_group","id":42,"messages":[` + strings.Join([]string{
		msg("1", "2019-03-11T08:02:11"),            // winter: +01:00
		msg("2", "2019-07-14T22:30:00"),            // summer: +02:00
		msg("3", "2019-10-27T02:30:00"),            // the clocks went back at 03:00: twice
		msg("4", "2019-03-31T02:30:00"),            // the clocks skipped 02:00 to 03:00
		msg("5", "2019-03-31T03:30:00"),            // just after: +02:00
		msg("6", "le 11 mars"),                     // not a date
		tgMsg("7", `"date":"2019-01-01T00:00:00"`), // date_unixtime decides
	}, ",") + `]}`
	dir := t.TempDir()
	file := filepath.Join(dir, "result.json")
	require.NoError(t, os.WriteFile(file, []byte(chat), 0o644))
	writeZip(t, filepath.Join(dir, "export.zip"), dir)
	for _, name := range []string{"result.json", "export.zip"} {
		var rej []string
		c := &collect{}
		_, err := (&Loader{Zone: paris, Reject: func(r Rejection) { rej = append(rej, r.Error()) }}).Load(t.Context(), c, filepath.Join(dir, name))
		require.NoError(t, err)
		at := filepath.Join(dir, name)
		if name == "export.zip" {
			at += "/result.json"
		}
		require.Equal(t, []string{
			at + `#messages[2].date: date "2019-10-27T02:30:00" is two times in Europe/Paris (the clocks went back that hour): 2019-10-27T02:30:00+02:00 or 2019-10-27T02:30:00+01:00`,
			at + `#messages[3].date: date "2019-03-31T02:30:00" does not exist in Europe/Paris (the clocks skipped that hour)`,
			at + `#messages[5].date: want a local time 2006-01-02T15:04:05, got "le 11 mars"`,
		}, rej)
		var got []string
		for _, p := range c.posts {
			require.NoError(t, p.Validate())
			got = append(got, p.ID+" "+p.CreatedAt.Format(time.RFC3339))
		}
		require.Equal(t, []string{"42/1 2019-03-11T08:02:11+01:00", "42/2 2019-07-14T22:30:00+02:00", "42/5 2019-03-31T03:30:00+02:00",
			"42/7 2024-11-05T21:14:05Z"}, got)
	}
}

func FuzzTelegram(f *testing.F) {
	data, err := os.ReadFile(filepath.Join(socialFixtures, "telegram", "result.json"))
	require.NoError(f, err)
	f.Add(data)
	for _, tc := range telegramCases {
		f.Add([]byte(tc.in))
	}
	// An export before 2021: local dates without date_unixtime, one
	// in an hour the clocks skipped.
	f.Add([]byte(`{"name":"c","type":"private_group","id":42,"messages":[` +
		`{"id":1,"type":"message","date":"2019-03-11T08:02:11","from":"Lucie R.","from_id":"user987654321","text":"salut"},` +
		`{"id":2,"type":"message","date":"2019-03-31T02:30:00","from":"Lucie R.","from_id":"user987654321","text":"re","reply_to_message_id":1}]}`))
	paris, err := time.LoadLocation("Europe/Paris")
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, data []byte) {
		socialFuzzLoad(t, data)
		// The same bytes read with a zone (Loader.Zone, --tz): dates
		// read as Paris's local times, the posts still valid.
		c := &collect{}
		_, _ = (&Loader{Zone: paris}).ReadFrom(context.Background(), c, "f.json", bytes.NewReader(data))
		for _, p := range c.posts {
			if err := p.Validate(); err != nil {
				t.Fatalf("with a zone, stored post %s does not validate: %v", p.ID, err)
			}
		}
	})
}
