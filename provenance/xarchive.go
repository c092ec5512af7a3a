package provenance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"html"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/guillemet/guillemet/normalize"
)

// The X personal archive reader.
//
// The archive X sends its users ("Download an archive of your data") is a
// folder of JavaScript files, each assigning one JSON array:
//
//	window.YTD.tweets.part0 = [ {"tweet": {…}}, … ]
//	window.YTD.account.part0 = [ {"account": {"accountId", "username", "accountDisplayName", …}} ]
//	window.YTD.like.part0 = [ … ]
//
// The tweets of data/tweets.js (tweets-part1.js … for large archives,
// window.YTD.tweets.part1 …; "tweet" in archives before 2022) are the
// account's own posts, retweets included. deleted-tweets.js
// (deleted_tweets) and community-tweet.js (community_tweet) hold tweets
// of the same shape and are read too: a deleted post was seen by its
// readers, and the question this package answers is whether its author
// wrote it. The posts of deleted-tweets.js are marked Deleted (and stay
// so when tweets.js holds them too: Merge).
// note-tweet.js (note_tweet) holds the whole text of long posts, which
// tweets.js cuts at about 275 characters and ends with "…": it is read
// beside each tweets file (see xNotes), and a cut tweet takes its note's
// text. Every other part (account, like, follower, direct messages…) is
// skipped without a rejection: it holds no posts.
//
// A tweet is {"id_str", "full_text", "created_at", "in_reply_to_status_id_str",
// "in_reply_to_screen_name", "lang", "entities": {"urls", "media",
// "user_mentions", "hashtags"}, "display_text_range", …} with every
// number written as a string, indices included (["12", "35"]). It becomes
// a Post:
//
//   - Author, AuthorID and AuthorName come from account.js in the same
//     folder, read once per tweets file (it is a few hundred bytes). A
//     tweets file without it is rejected as a whole, once: the tweets
//     themselves do not say who wrote them.
//   - CreatedAt is created_at ("Tue Nov 05 21:14:05 +0000 2024"), whole
//     seconds; the loader then takes the milliseconds from the snowflake
//     id, so that the archive's dates equal the API's to the millisecond.
//   - ReplyTo is in_reply_to_status_id_str. The archive has no
//     conversation ids: Conversation is left empty and threads are
//     rebuilt from reply links.
//   - Text is rendered as for the API (see xRender): entities decoded, t.co
//     links expanded, pictures and videos dropped. The leading @mentions
//     of a reply are kept, though display_text_range leaves them out:
//     readers of X saw them above the reply, and normalization drops them
//     when comparing. A status link at the very end of a tweet is how X
//     made a quote (the archive has no quoted_status_id): it is dropped
//     from Text and gives QuoteOf.
//   - A retweet is a tweet whose text begins "RT @user: ". The archive
//     does not say which tweet it copies, so RepostOf stays empty and the
//     text stays as X cut it (often ending in "…"), as the API reader
//     keeps it too, so that both sources store the same text. Linking
//     treats "RT @user:" text as a copy of user's post (normalization
//     drops the prefix), and no quoted link is read from it.
//   - URL is https://x.com/{username}/status/{id}.
//
// The file is streamed one tweet at a time: a 1 GB tweets.js costs one
// tweet of memory.

// ytdTweetParts are the archive parts that hold tweets.
var ytdTweetParts = map[string]bool{"tweets": true, "tweet": true, "deleted_tweets": true, "community_tweet": true}

// readYTD reads a file of the X personal archive (window.YTD.*). For a
// part that holds no posts, it returns why it is skipped.
func readYTD(in *input) (skip string, err error) {
	name, ok := in.ytdHeader()
	if !ok {
		return "", nil
	}
	if !ytdTweetParts[name] {
		switch name {
		case "account":
			return "the X archive's account, read beside tweets.js; it holds no posts", nil
		case "note_tweet":
			return "the X archive's long posts, read beside tweets.js: their text replaces the cut text of those tweets", nil
		}
		return fmt.Sprintf("an X archive part without posts (%s)", name), nil
	}
	acct, err := readXAccount(in.files, in.files.beside(in.name, "account.js"))
	if err != nil {
		base := filepath.Base(in.name)
		if errors.Is(err, fs.ErrNotExist) {
			in.reject(at{}, "no account.js beside %s: cannot tell who wrote these tweets (the archive keeps it in the same data folder)", base)
		} else {
			in.reject(at{}, "account.js beside %s: %v: cannot tell who wrote these tweets", base, err)
		}
		return "", nil
	}
	notes := in.xNotes()

	s := newStream(in.br)
	c, err := s.peek()
	switch {
	case err == io.EOF:
		in.reject(at{path: "$"}, "after %q: truncated JSON: the file ends inside a value", "window.YTD."+name+"… =")
		return "", nil
	case err != nil:
		return "", in.streamFailed("", err)
	case c != '[':
		got, err := s.describe()
		if err != nil {
			got = kindOf(c)
		}
		in.reject(at{path: "$"}, "want an array after %q, got %s", "window.YTD."+name+"… =", got)
		return "", nil
	}
	err = in.streamArray(s, "", func(raw []byte, path string) {
		var obj object
		if raw[0] != '{' {
			in.reject(at{path: path}, "want a JSON object, got %s", excerpt(raw))
			return
		}
		if err := json.Unmarshal(raw, &obj); err != nil {
			in.rejectDecode(path, err)
			return
		}
		in.ytdTweet(obj, path, acct, notes, name == "deleted_tweets")
	})
	return "", in.streamFailed("", err)
}

// ytdHeader reads "window.YTD.NAME.partN =" and returns NAME with '-'
// read as '_'. A malformed header is rejected.
func (in *input) ytdHeader() (string, bool) {
	head, _ := in.br.Peek(512)
	start := len(head) - len(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n"))
	eq := bytes.IndexByte(head, '=')
	bad := func() (string, bool) {
		in.reject(at{}, "not an X archive file: want it to start with window.YTD.NAME.partN = [")
		return "", false
	}
	if eq < start {
		return bad()
	}
	decl := string(bytes.TrimSpace(head[start:eq]))
	rest, ok := strings.CutPrefix(decl, "window.YTD.")
	dot := strings.LastIndexByte(rest, '.')
	if !ok || dot <= 0 || !strings.HasPrefix(rest[dot+1:], "part") {
		return bad()
	}
	name := rest[:dot]
	for _, r := range name {
		if !(r == '_' || r == '-' || r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return bad()
		}
	}
	if _, err := in.br.Discard(eq + 1); err != nil {
		return bad()
	}
	return strings.ReplaceAll(name, "-", "_"), true
}

// xAccount is the archive's owner, from account.js.
type xAccount struct {
	ID       string `json:"accountId"`
	Username string `json:"username"`
	Name     string `json:"accountDisplayName"`
}

// maxAccountBytes bounds account.js (a real one is under 1 KiB).
const maxAccountBytes = 1 << 20

// readXAccount reads the account.js named name in files.
func readXAccount(files fileSystem, name string) (xAccount, error) {
	b, err := readBeside(files, name, maxAccountBytes, "an account")
	if err != nil {
		return xAccount{}, err
	}
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	eq := bytes.IndexByte(b, '=')
	if !bytes.HasPrefix(b, []byte("window.YTD.account.")) || eq < 0 {
		return xAccount{}, errors.New("want it to start with window.YTD.account.part0 = [")
	}
	var list []struct {
		Account xAccount `json:"account"`
	}
	if err := json.Unmarshal(bytes.TrimSuffix(bytes.TrimSpace(b[eq+1:]), []byte(";")), &list); err != nil {
		return xAccount{}, errors.New(docReason(err))
	}
	if len(list) == 0 {
		return xAccount{}, errors.New("no account in it")
	}
	a := list[0].Account
	a.Username = strings.TrimPrefix(strings.TrimSpace(a.Username), "@")
	if a.Username == "" {
		return xAccount{}, errors.New("no username in it")
	}
	return a, nil
}

// readBeside reads the whole of the small file name of files (an
// account beside the posts), at most limit bytes: a larger file is not
// what (an account) and an error.
func readBeside(files fileSystem, name string, limit int, what string) ([]byte, error) {
	f, err := files.open(name)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if len(b) > limit {
		return nil, fmt.Errorf("larger than %d KiB, not %s", limit>>10, what)
	}
	return b, nil
}

// ytdTweet reads one element of a tweets part: {"tweet": {…}}, or the
// tweet itself in archives that did not wrap it; deleted says it is one
// of deleted-tweets.js.
func (in *input) ytdTweet(obj object, path string, acct xAccount, notes xNoteTexts, deleted bool) {
	t, p := obj, path
	if raw, ok := obj["tweet"]; ok {
		p = path + ".tweet"
		t = nil
		if json.Unmarshal(raw, &t) != nil || t == nil {
			in.reject(at{path: p}, "want a tweet object, got %s", jsonrec.Truncate(string(raw), 30))
			return
		}
	} else if !has(obj, "id_str") {
		in.reject(at{path: path}, `want {"tweet": {…}}`)
		return
	}

	post := Post{Platform: X, Author: acct.Username, AuthorID: acct.ID, AuthorName: acct.Name, Deleted: deleted}
	var err error
	key := "id_str"
	if _, ok := t[key]; !ok {
		key = "id"
	}
	if post.ID, err = xID(t[key]); err != nil || post.ID == "" {
		in.reject(at{path: p + "." + key}, "tweet id: %v", xOrMissing(err))
		return
	}
	key = "full_text"
	if _, ok := t[key]; !ok {
		if _, ok := t["text"]; ok {
			key = "text" // archives before 2019
		}
	}
	raw, ok, err := xString(t[key])
	if err != nil || !ok {
		in.reject(at{path: p + "." + key}, "%v", xOrMissingField(err, key))
		return
	}
	created, ok, err := xString(t["created_at"])
	if err != nil || !ok {
		in.reject(at{path: p + ".created_at"}, "%v", xOrMissingField(err, "created_at"))
		return
	}
	if post.CreatedAt, err = ParseTime(created); err != nil {
		in.reject(at{path: p + ".created_at"}, "%v", err)
		return
	}
	if _, off := post.CreatedAt.Zone(); off == 0 {
		post.CreatedAt = post.CreatedAt.UTC() // X writes +0000
	}
	key = "in_reply_to_status_id_str"
	if _, ok := t[key]; !ok {
		key = "in_reply_to_status_id"
	}
	if post.ReplyTo, err = xID(t[key]); err != nil {
		in.reject(at{path: p + "." + key}, "%v", err)
		return
	}
	if lang, _, _ := xString(t["lang"]); lang != "und" {
		post.Lang = lang
	}
	post.URL = "https://x.com/" + post.Author + "/status/" + post.ID

	text := html.UnescapeString(raw)
	retweet := normalize.RetweetOf(text) != ""
	runes := []rune(text)
	post.Text = xRender(raw, ytdLinks(t["entities"]), func(l xLink) bool {
		switch {
		case l.media || xPicture(l.display) || xOwnMedia(l.expanded, post.ID):
			return true
		case retweet || post.QuoteOf != "":
			return false
		}
		if id := xStatusID(l.expanded); id != "" && id != post.ID && strings.TrimSpace(string(runes[l.end:])) == "" {
			post.QuoteOf = id
			return true
		}
		return false
	})
	if text, ok := notes.of(post); ok {
		post.Text = text
	}
	in.post(post, at{path: p})
}

// maxNoteTweetBytes bounds note-tweet.js, read whole beside each tweets
// file (a long post is at most 25 000 characters).
const maxNoteTweetBytes = 64 << 20

// xNoteTexts are the texts of an archive's long posts, by the second
// they were written in.
type xNoteTexts map[int64][]string

// xNotes reads note-tweet.js beside the file being read: each
// {"noteTweet": {"noteTweetId", "createdAt", "core": {"text", "urls":
// [{"shortUrl", "expandedUrl"}], …}}} gives its text, its t.co links
// expanded and its entities decoded. A note-tweet.js that cannot be read
// is rejected once: the long posts keep their cut text.
func (in *input) xNotes() xNoteTexts {
	b, err := readBeside(in.files, in.files.beside(in.name, "note-tweet.js"), maxNoteTweetBytes, "the long posts of one account")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	var list []struct {
		Note struct {
			CreatedAt string `json:"createdAt"`
			Core      struct {
				Text string `json:"text"`
				URLs []struct {
					Short    string `json:"shortUrl"`
					Expanded string `json:"expandedUrl"`
				} `json:"urls"`
			} `json:"core"`
		} `json:"noteTweet"`
	}
	if err == nil {
		b = bytes.TrimSpace(bytes.TrimPrefix(b, byteOrderMark))
		eq := bytes.IndexByte(b, '=')
		switch {
		case !bytes.HasPrefix(b, []byte("window.YTD.note_tweet.")) || eq < 0:
			err = errors.New("want it to start with window.YTD.note_tweet.part0 = [")
		default:
			if jerr := json.Unmarshal(bytes.TrimSuffix(b[eq+1:], []byte(";")), &list); jerr != nil {
				err = errors.New(docReason(jerr))
			}
		}
	}
	if err != nil {
		in.reject(at{}, "note-tweet.js beside %s: %v: long posts keep their cut text", filepath.Base(in.name), err)
		return nil
	}
	notes := xNoteTexts{}
	for _, n := range list {
		t, err := ParseTime(n.Note.CreatedAt)
		if err != nil || n.Note.Core.Text == "" {
			continue
		}
		text := n.Note.Core.Text
		for _, u := range n.Note.Core.URLs {
			if u.Short != "" && isWebURL(u.Expanded) {
				text = strings.ReplaceAll(text, u.Short, u.Expanded)
			}
		}
		notes[t.Unix()] = append(notes[t.Unix()], html.UnescapeString(text))
	}
	return notes
}

// of returns the whole text of p when p is a long post cut by the
// archive: its text ends with "…", and a note of the same second begins
// with what p shows before the first link (leading mentions aside), or
// is the only note of that second. The reply's leading mentions that
// the note lacks are kept.
func (n xNoteTexts) of(p Post) (string, bool) {
	cut, ok := strings.CutSuffix(strings.TrimSpace(p.Text), "…")
	if !ok || len(n) == 0 {
		return "", false
	}
	texts := n[p.CreatedAt.Unix()]
	mentions, body := leadingMentions(cut)
	if i := strings.Index(body, "http"); i >= 0 {
		body = body[:i]
	}
	body = strings.TrimSpace(body)
	if r := []rune(body); len(r) > 40 {
		body = string(r[:40])
	}
	for _, t := range texts {
		m, b := leadingMentions(t)
		if body == "" && len(texts) > 1 || !strings.HasPrefix(b, body) {
			continue
		}
		if m == "" {
			return mentions + t, true
		}
		return t, true
	}
	return "", false
}

// leadingMentions splits the "@a @b " that begins a reply from the rest.
func leadingMentions(s string) (mentions, rest string) {
	rest = s
	for strings.HasPrefix(rest, "@") {
		end := strings.IndexAny(rest, " \n")
		if end < 0 {
			break
		}
		rest = strings.TrimLeft(rest[end:], " \n")
	}
	return s[:len(s)-len(rest)], rest
}

// ytdLinks reads entities.urls and entities.media of an archive tweet.
// An entity that cannot be decoded is ignored.
func ytdLinks(raw json.RawMessage) []xLink {
	var ents object
	if len(raw) == 0 || json.Unmarshal(raw, &ents) != nil {
		return nil
	}
	var links []xLink
	for i, key := range []string{"urls", "media"} {
		var list []json.RawMessage
		if json.Unmarshal(ents[key], &list) != nil {
			continue
		}
		for _, u := range list {
			var e struct {
				Indices     []xOffset `json:"indices"`
				URL         string    `json:"url"`
				ExpandedURL string    `json:"expanded_url"`
				DisplayURL  string    `json:"display_url"`
			}
			if json.Unmarshal(u, &e) != nil {
				continue
			}
			l := xLink{start: -1, end: -1, url: e.URL, expanded: e.ExpandedURL, display: e.DisplayURL, media: i == 1}
			if len(e.Indices) == 2 {
				l.start, l.end = int(e.Indices[0]), int(e.Indices[1])
			}
			links = append(links, l)
		}
	}
	return links
}

func xOrMissingField(err error, name string) error {
	if err == nil {
		return fmt.Errorf("missing field %s", name)
	}
	return err
}
