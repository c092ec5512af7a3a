package provenance

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// threadShape is what a format says of the shared conversation, in
// words that do not depend on the platform: for each post of the thread
// of the root (in thread order) its text without the leading mentions
// and the text of its parent; the texts of the posts that quote the
// root; how many posts repost it.
type threadShape struct {
	replies []string // "text ← parent text"
	quotes  []string
	reposts int
}

// shapeOf loads paths into a Memory and describes the thread of the root
// post ("Affligé par ce que j’ai vu…").
func shapeOf(t *testing.T, paths ...string) threadShape {
	t.Helper()
	c, rej, _ := socialLoad(t, paths...)
	require.Empty(t, rej)
	m := NewMemory()
	require.NoError(t, m.Put(t.Context(), c.posts...))
	var root *Post
	for _, p := range c.posts {
		if strings.HasPrefix(p.Text, "Affligé") && p.ReplyTo == "" && p.RepostOf == "" {
			root = &p
		}
	}
	require.NotNil(t, root, "no root post")
	th, err := ThreadOf(t.Context(), m, *root, 0)
	require.NoError(t, err)
	text := map[string]string{root.ID: bare(root.Text)}
	var s threadShape
	for _, r := range th.Replies {
		text[r.ID] = bare(r.Text)
		s.replies = append(s.replies, bare(r.Text)+" ← "+text[r.ReplyTo])
	}
	for _, p := range c.posts {
		switch {
		case p.QuoteOf == root.ID:
			s.quotes = append(s.quotes, bare(p.Text))
		case p.RepostOf == root.ID:
			s.reposts++
		}
	}
	return s
}

// bare is a text without its leading mentions and, for a retweet, its
// "RT @user: ".
func bare(s string) string {
	_, rest := leadingMentions(s)
	if after, ok := strings.CutPrefix(rest, "RT "); ok {
		if _, body, ok := strings.Cut(after, ": "); ok {
			return body
		}
	}
	return rest
}

// TestSameThreadEveryFormat reads the shared fictional conversation from
// every format (each new reader of issue 17 included) and finds the same
// thread: the same replies to the same parents, in the same order, the
// same quote, the repost (which the X archive and Telegram cannot link:
// their retweets and forwards name no original; Telegram has no quotes).
// Facebook's and Instagram's exports are left out: they hold one
// account's posts and comments, and a comment names no parent.
func TestSameThreadEveryFormat(t *testing.T) {
	fx := func(parts ...string) string { return filepath.Join(append([]string{socialFixtures}, parts...)...) }
	want := shapeOf(t, fx("jsonl", "conversation.jsonl"))
	require.Len(t, want.replies, 5)
	require.Len(t, want.quotes, 1)
	require.Equal(t, 1, want.reposts)
	for _, tc := range []struct {
		name    string
		paths   []string
		reposts int
		extra   string // a reply only this export holds
		noQuote bool   // the platform has no quotes
	}{
		{"X API v2", []string{fx("x-api")}, 1, "", false},
		{"X personal archive", []string{fx("x-archive-full")}, 0, "Je ne répondrai pas à ce genre de message. ← Arabe de service, ferme-la.", false},
		{"Mastodon REST", []string{fx("mastodon")}, 1, "", false},
		{"Mastodon account archive", []string{fx("mastodon-archive")}, 1, "", false},
		{"Bluesky XRPC", []string{fx("bluesky")}, 1, "", false},
		{"Bluesky repository", []string{fx("bluesky-repo")}, 1, "", false},
		// A forward names no original: it is a repost of a post the
		// export does not hold.
		{"Telegram Desktop chat", []string{fx("telegram")}, 0, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := shapeOf(t, tc.paths...)
			if tc.extra != "" {
				// The author's deleted reply (deleted-tweets.js) is
				// in the thread too.
				n := len(got.replies)
				got.replies = slices.DeleteFunc(got.replies, func(r string) bool { return r == tc.extra })
				require.Equal(t, n-1, len(got.replies))
			}
			require.Equal(t, want.replies, got.replies)
			if tc.noQuote {
				require.Empty(t, got.quotes)
			} else {
				require.Equal(t, want.quotes, got.quotes)
			}
			require.Equal(t, tc.reposts, got.reposts)
		})
	}
}
