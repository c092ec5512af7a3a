package provenance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestMetaFixtures(t *testing.T) {
	ref := xConversation(t)
	for _, tc := range []struct {
		dir, platform, handle string
		ids                   []string // the canonical posts the export holds
	}{
		{"facebook", Facebook, "kbelhadj.avignon", []string{"1854067493812437001", "1853908668245475329", "1853716381611720704", "1853911460200710149"}},
		{"instagram", Instagram, "kbelhadj_avignon", []string{"1853908668245475329", "1853716381611720704", "1853911460200710149"}},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			c, rej, st := socialLoad(t, filepath.Join(socialFixtures, tc.dir))
			require.Empty(t, rej)
			require.Equal(t, LoadStats{Files: 2, Skipped: 1, Loaded: len(tc.ids)}, st, "posts, comments; the profile skipped")
			byText := map[string]Post{}
			for _, p := range c.posts {
				byText[p.Text] = p
			}
			for _, id := range tc.ids {
				want, got := ref[id], byText[ref[id].Text]
				require.Equal(t, tc.platform, got.Platform)
				require.Equal(t, want.Text, got.Text, "the export's mojibake is repaired")
				require.Equal(t, tc.handle, got.Author)
				require.Equal(t, "Karim Belhadj", got.AuthorName)
				require.True(t, want.CreatedAt.Truncate(time.Second).Equal(got.CreatedAt), id)
				require.Equal(t, metaID(got.CreatedAt.Unix(), got.Text), got.ID)
				require.Empty(t, got.ReplyTo, "a comment names no parent")
			}
		})
	}
}

func TestMetaText(t *testing.T) {
	for in, want := range map[string]string{
		"j\u00e2\u0080\u0099ai vu \u00c3\u00a9t\u00c3\u00a9 \u00f0\u009f\u0087\u00ab\u00f0\u009f\u0087\u00b7": "j’ai vu été 🇫🇷",
		"château, NOËL":                     "château, NOËL",
		"déjà vu \u00c3\u00a9t\u00c3\u00a9": "déjà vu été",
		"plain":                             "plain",
		"\u00ff\u00fe":                      "\u00ff\u00fe",
	} {
		require.Equal(t, want, metaText(in), "%q", in)
	}
}

var metaCases = []struct {
	name  string
	in    string
	rej   []string
	posts []string // Platform ID Author|Text
}{
	{"post without profile", `[{"timestamp":1730841245,"data":[{"post":"salut"}]}]`,
		[]string{"bad.json#[0]: no profile file in this Facebook export (personal_information/profile_information/profile_information.json): cannot tell who wrote it"}, nil},
	{"comment without profile", `{"comments_v2":[{"timestamp":1730841245,"data":[{"comment":{"timestamp":1730841245,"comment":"d\u00c3\u00a9j\u00c3\u00a0","author":"Karim Belhadj"}}]}]}`,
		nil, []string{"facebook 1730841245-" + metaID(1730841245, "déjà")[11:] + " Karim Belhadj|déjà"}},
	{"comment without comment", `{"comments_v2":[{"timestamp":1730841245,"data":[{"x":1}]}]}`, []string{"bad.json#comments_v2[0].data: missing field comment"}, nil},
	{"bad timestamp", `[{"timestamp":"hier","data":[{"post":"x"}]}]`, []string{"bad.json#[0].timestamp: want a timestamp in seconds"}, nil},
	{"instagram without profile", `[{"media":[{"uri":"a.jpg","creation_timestamp":1730841245,"title":"x"}]}]`,
		[]string{"bad.json#[0]: no profile file in this Instagram export"}, nil},
	{"instagram comment without time", `[{"string_map_data":{"Comment":{"value":"x"}}}]`,
		[]string{"bad.json#[0].string_map_data.Time.timestamp: missing field Time.timestamp"}, nil},
	{"profile", `{"profile_v2":{"name":{"full_name":"K"}}}`, nil, nil},
}

func TestMetaCases(t *testing.T) {
	for _, tc := range metaCases {
		t.Run(tc.name, func(t *testing.T) {
			posts := socialCase(t, tc.in, tc.rej)
			var got []string
			for _, p := range posts {
				require.NoError(t, p.Validate())
				got = append(got, strings.Join([]string{p.Platform, p.ID, p.Author}, " ")+"|"+p.Text)
			}
			require.Equal(t, tc.posts, got)
		})
	}
}

func FuzzMeta(f *testing.F) {
	for _, name := range []string{
		"facebook/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
		"facebook/your_facebook_activity/comments_and_reactions/comments.json",
		"instagram/your_instagram_activity/content/posts_1.json",
		"instagram/your_instagram_activity/comments/post_comments_1.json",
	} {
		data, err := os.ReadFile(filepath.Join(socialFixtures, name))
		require.NoError(f, err)
		f.Add(data)
	}
	for _, tc := range metaCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(socialFuzzLoad)
}
