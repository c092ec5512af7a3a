package provenance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The X API v2 reader.
//
// A response of the X API v2 (GET /2/tweets, /2/tweets/:id,
// /2/tweets/search/recent, /2/users/:id/tweets, …) is an object
//
//	{"data": [tweet…] or tweet,
//	 "includes": {"users": [{"id","name","username"}…], "tweets": [tweet…]},
//	 "meta": {…}, "errors": [{"title","detail","resource_id",…}…]}
//
// where a tweet is {"id","text","author_id","created_at","conversation_id",
// "referenced_tweets":[{"type","id"}],"lang","entities","note_tweet",…}.
// Every id is a JSON string. Each tweet of data and of includes.tweets
// becomes a Post:
//
//   - Author is the username of includes.users[author_id], AuthorID the
//     author_id, AuthorName the user's name. A tweet whose author is not
//     in includes.users is rejected (the request lacked
//     expansions=author_id): the reader will not guess a handle.
//   - CreatedAt is created_at. The API gives whole seconds (".000Z"); the
//     loader then takes the milliseconds from the snowflake id. A tweet
//     without created_at (the API's default fields are only id and text)
//     takes its time from its snowflake id; a pre-2010 id has none and
//     the tweet is rejected.
//   - ReplyTo, QuoteOf and RepostOf come from referenced_tweets
//     (replied_to, quoted, retweeted); Conversation is conversation_id as
//     the API gives it (a root's conversation_id is its own id).
//   - Text is what a reader of X saw; see xRender. note_tweet.text, the
//     whole of a long post, is preferred to text, which X cuts at 280
//     characters. A retweet's text is kept as X gives it: "RT @user: "
//     and the retweeted text, cut with "…" past 140 characters. It is
//     not completed from the retweeted tweet even when the response
//     holds it: the X archive cannot complete it, and the same retweet
//     read from two sources must have the same text (else the loader
//     reports a conflict). The retweeted post, RepostOf, has the whole
//     text; linking treats "RT @user:" text as a copy of it.
//   - URL is https://x.com/{username}/status/{id}; Lang is lang, except
//     "und" (undetermined), which is left empty.
//
// The errors array of a partial response (a deleted tweet among those
// asked for, a suspended author) is reported, one rejection per error
// naming errors[i], and the data still loads. A response holding only
// errors is read the same way. A tweet of includes.tweets that repeats
// one of data is read once.

// xapiData reads the data of an X API response.
func xapiData(d *docReader, s *jsonStream, path string) error { return d.xapi().data(s, path) }

// xapiIncludes reads the includes of an X API response.
func xapiIncludes(d *docReader, s *jsonStream, path string) error {
	return d.xapi().includes(s, path)
}

// xapiErrors reads the errors of a partial X API response.
func xapiErrors(d *docReader, s *jsonStream, path string) error {
	raw, size, err := s.value(MaxRecordBytes)
	if err != nil {
		return err
	}
	if raw == nil {
		d.in.rejectTooLarge(path, size)
		return nil
	}
	d.xapi().readErrors(raw, path)
	return nil
}

// The response is read as it streams by, one tweet or user at a time:
// each tweet is decoded when it is read, and waits, as a post without its
// author, for includes.users (which the API writes after data) to name
// its author; the posts are stored when the response ends.

// xapi returns the reader of the X API response d is, creating it when
// the first of its keys is met.
func (d *docReader) xapi() *xapiReader {
	if d.x == nil {
		d.x = &xapiReader{in: d.in, users: map[string]xUser{}, seen: map[string]bool{}}
	}
	return d.x
}

// xUser is an element of includes.users.
type xUser struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Username string `json:"username"`
}

// xapiReader reads one response: its users by id, and its tweets waiting
// for their authors.
type xapiReader struct {
	in      *input
	users   map[string]xUser
	seen    map[string]bool // ids of the tweets of data
	pending []xPending
}

// xPending is a tweet decoded, waiting for includes.users.
type xPending struct {
	post     Post
	authorID string
	path     string
}

// readErrors reports each partial error of a response.
func (r *xapiReader) readErrors(raw json.RawMessage, path string) {
	if len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null" {
		return
	}
	var errs []json.RawMessage
	if json.Unmarshal(raw, &errs) != nil {
		r.in.reject(at{path: path}, "the API reported an error: %s", jsonrec.Truncate(string(bytes.TrimSpace(raw)), 120))
		return
	}
	for i, e := range errs {
		var pb struct{ Title, Detail, Message string }
		_ = json.Unmarshal(e, &pb)
		msg := pb.Detail
		if msg == "" {
			msg = pb.Message
		}
		if msg == "" {
			msg = pb.Title
		}
		if msg == "" {
			msg = jsonrec.Truncate(string(bytes.TrimSpace(e)), 120)
		}
		if pb.Title != "" && msg != pb.Title {
			msg = pb.Title + ": " + msg
		}
		r.in.reject(at{path: path + "[" + strconv.Itoa(i) + "]"}, "the API reported an error instead of data: %s", jsonrec.Truncate(msg, 200))
	}
}

// data reads data: an array of tweets, or one tweet.
func (r *xapiReader) data(s *jsonStream, path string) error {
	c, err := s.peek()
	if err != nil {
		return atPath(path, s.truncated(err))
	}
	switch c {
	case '[':
		return r.in.streamArray(s, path, func(raw []byte, p string) { r.tweet(raw, p, false) })
	case '{':
		raw, size, err := s.value(MaxRecordBytes)
		if err != nil {
			return atPath(path, err)
		}
		if raw == nil {
			r.in.rejectTooLarge(path, size)
			return nil
		}
		r.tweet(raw, path, false)
		return nil
	}
	got, err := s.describe()
	if err != nil || got == "null" {
		return atPath(path, err)
	}
	r.in.reject(at{path: path}, "want a tweet or an array of tweets, got %s", got)
	return nil
}

// includes reads includes: users and tweets, one at a time; the other
// expansions (media, places, polls) are passed over.
func (r *xapiReader) includes(s *jsonStream, path string) error {
	c, err := s.peek()
	if err != nil {
		return atPath(path, s.truncated(err))
	}
	if c != '{' {
		got, err := s.describe()
		if err != nil || got == "null" {
			return atPath(path, err)
		}
		r.in.reject(at{path: path}, "want an object, got %s", got)
		return nil
	}
	return s.members(path, func(k string) error {
		kp := path + "." + k
		var item func(raw []byte, p string)
		switch k {
		case "users":
			item = r.user
		case "tweets":
			item = func(raw []byte, p string) { r.tweet(raw, p, true) }
		default:
			return atPath(kp, s.skip())
		}
		c, err := s.peek()
		if err != nil {
			return atPath(kp, s.truncated(err))
		}
		if c == '[' {
			err = r.in.streamArray(s, kp, item)
		} else {
			var got string
			if got, err = s.describe(); err == nil && got != "null" {
				r.in.reject(at{path: kp}, "want an array, got %s", got)
			}
		}
		return atPath(kp, err)
	})
}

// user reads one element of includes.users.
func (r *xapiReader) user(raw []byte, p string) {
	var o object
	if json.Unmarshal(raw, &o) != nil || o == nil {
		r.in.reject(at{path: p}, "want a user object, got %s", excerpt(raw))
		return
	}
	id, err := xID(o["id"])
	if err != nil || id == "" {
		r.in.reject(at{path: p + ".id"}, "user id: %v", xOrMissing(err))
		return
	}
	username, _, err := xString(o["username"])
	if err != nil {
		r.in.reject(at{path: p + ".username"}, "%v", err)
		return
	}
	name, _, _ := xString(o["name"])
	r.users[id] = xUser{ID: id, Name: name, Username: strings.TrimPrefix(username, "@")}
}

// tweet decodes one tweet of data or (included) of includes.tweets into a
// post that waits for its author. A tweet of includes.tweets that
// repeats one of data is read once.
func (r *xapiReader) tweet(raw []byte, p string, included bool) {
	in := r.in
	var o object
	if json.Unmarshal(raw, &o) != nil || o == nil {
		in.reject(at{path: p}, "want a tweet object, got %s", excerpt(raw))
		return
	}
	id, err := xID(o["id"])
	if err != nil || id == "" {
		in.reject(at{path: p + ".id"}, "tweet id: %v", xOrMissing(err))
		return
	}
	if included && r.seen[id] {
		return
	}
	if !included {
		r.seen[id] = true
	}
	text, ok, err := xString(o["text"])
	if err != nil {
		in.reject(at{path: p + ".text"}, "%v", err)
		return
	}
	ents := o["entities"]
	var note struct {
		Text     *string         `json:"text"`
		Entities json.RawMessage `json:"entities"`
	}
	if raw, has := o["note_tweet"]; has && json.Unmarshal(raw, &note) == nil && note.Text != nil && *note.Text != "" {
		text, ents, ok = *note.Text, note.Entities, true
	}
	if !ok {
		in.reject(at{path: p + ".text"}, "missing field text")
		return
	}
	post := Post{Platform: X, ID: id}
	authorID, err := xID(o["author_id"])
	switch {
	case err != nil:
		in.reject(at{path: p + ".author_id"}, "%v", err)
		return
	case authorID == "":
		in.reject(at{path: p}, "missing field author_id: cannot tell who wrote tweet %s (request tweet.fields=author_id and expansions=author_id)", id)
		return
	}
	created, has, err := xString(o["created_at"])
	switch {
	case err != nil:
		in.reject(at{path: p + ".created_at"}, "%v", err)
		return
	case has:
		if post.CreatedAt, err = ParseTime(created); err != nil {
			in.reject(at{path: p + ".created_at"}, "%v", err)
			return
		}
	default:
		st, ok := SnowflakeTime(id)
		if !ok {
			in.reject(at{path: p}, "missing field created_at, and id %s carries no time (request tweet.fields=created_at)", id)
			return
		}
		post.CreatedAt = st
	}
	if post.Conversation, err = xID(o["conversation_id"]); err != nil {
		in.reject(at{path: p + ".conversation_id"}, "%v", err)
		return
	}
	if raw, ok := o["referenced_tweets"]; ok {
		elems, ok := r.array(raw, p+".referenced_tweets")
		if !ok {
			return
		}
		for i, e := range elems {
			var ref struct {
				Type string          `json:"type"`
				ID   json.RawMessage `json:"id"`
			}
			if json.Unmarshal(e, &ref) != nil {
				in.reject(at{path: fmt.Sprintf("%s.referenced_tweets[%d]", p, i)}, "want {\"type\", \"id\"}, got %s", jsonrec.Truncate(string(e), 30))
				return
			}
			rid, err := xID(ref.ID)
			if err != nil || rid == "" {
				in.reject(at{path: fmt.Sprintf("%s.referenced_tweets[%d].id", p, i)}, "referenced tweet id: %v", xOrMissing(err))
				return
			}
			switch ref.Type {
			case "replied_to":
				post.ReplyTo = rid
			case "quoted":
				post.QuoteOf = rid
			case "retweeted":
				post.RepostOf = rid
			}
		}
	}
	lang, _, _ := xString(o["lang"])
	if lang != "und" {
		post.Lang = lang
	}
	post.Text = xRender(text, xAPILinks(ents), func(l xLink) bool {
		return l.media || xPicture(l.display) || (post.QuoteOf != "" && xStatusID(l.expanded) == post.QuoteOf) || xOwnMedia(l.expanded, id)
	})
	r.pending = append(r.pending, xPending{post: post, authorID: authorID, path: p})
}

// finish stores the tweets read, now that includes.users is known. cut
// is true when the response broke off (the break is reported): a tweet
// whose author was not met is then rejected for that.
func (r *xapiReader) finish(cut bool) {
	in := r.in
	for i, t := range r.pending {
		if i&1023 == 0 && in.ctx.Err() != nil {
			return
		}
		u, ok := r.users[t.authorID]
		switch {
		case (!ok || u.Username == "") && cut:
			in.reject(at{path: t.path + ".author_id"}, "the response breaks off before includes.users names user %s, the author of tweet %s", t.authorID, t.post.ID)
			continue
		case !ok || u.Username == "":
			in.reject(at{path: t.path + ".author_id"}, "user %s is not in includes.users: cannot tell the username of the author of tweet %s (request expansions=author_id)", t.authorID, t.post.ID)
			continue
		}
		post := t.post
		post.Author, post.AuthorID, post.AuthorName = u.Username, t.authorID, u.Name
		post.URL = "https://x.com/" + post.Author + "/status/" + post.ID
		in.post(post, at{path: t.path})
	}
	r.pending = nil
}

// array decodes a JSON array, absent or null reading as empty, and
// rejects anything else naming path.
func (r *xapiReader) array(raw json.RawMessage, path string) ([]json.RawMessage, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, true
	}
	var elems []json.RawMessage
	if raw[0] != '[' || json.Unmarshal(raw, &elems) != nil {
		r.in.reject(at{path: path}, "want an array, got %s", jsonrec.Truncate(string(raw), 30))
		return nil, false
	}
	return elems, true
}

// xLink is a link of a tweet's text: a t.co URL at code points
// [start, end) of the unescaped text, its target, and how X displays it.
type xLink struct {
	start, end int
	url        string // the t.co link as it appears in the text
	expanded   string // the link the author wrote
	display    string // what X shows (pic.x.com/… for a picture)
	media      bool   // a picture or video of the tweet itself
}

// xAPILinks reads entities.urls of a v2 tweet. An entity that cannot be
// decoded is ignored: its link then stays in the text as X wrote it.
func xAPILinks(raw json.RawMessage) []xLink {
	var ents object
	var urls []json.RawMessage
	if len(raw) == 0 || json.Unmarshal(raw, &ents) != nil || json.Unmarshal(ents["urls"], &urls) != nil {
		return nil
	}
	var links []xLink
	for _, u := range urls {
		var e struct {
			Start, End  xOffset
			URL         string `json:"url"`
			ExpandedURL string `json:"expanded_url"`
			DisplayURL  string `json:"display_url"`
			MediaKey    string `json:"media_key"`
		}
		if json.Unmarshal(u, &e) != nil {
			continue
		}
		links = append(links, xLink{start: int(e.Start), end: int(e.End), url: e.URL, expanded: e.ExpandedURL, display: e.DisplayURL, media: e.MediaKey != ""})
	}
	return links
}

// xOffset is an offset given as a JSON number or, in the X archive, a
// string of digits. Anything else reads as -1, an offset no text has.
type xOffset int

// UnmarshalJSON reads a number or a string of digits, and never fails.
func (f *xOffset) UnmarshalJSON(b []byte) error {
	s := string(bytes.Trim(bytes.TrimSpace(b), `"`))
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		n = -1
	}
	*f = xOffset(n)
	return nil
}

// xMaxLinks bounds the links read from one tweet (X allows a few dozen),
// so that a hostile file cannot make rendering quadratic.
const xMaxLinks = 256

// xRender returns the text a reader of X saw, from a tweet's text as the
// API or the archive gives it:
//
//   - the HTML entities X leaves in text (&amp; &lt; &gt;) are decoded;
//   - each t.co link becomes the link its author wrote (expanded_url);
//   - links for which drop is true are removed with the space before
//     them: the pictures and videos of the tweet (display_url
//     pic.x.com/…) and the link to a quoted tweet. A reader sees the
//     picture or the quoted post's card, never these links, and QuoteOf
//     already records the quote; keeping "pic.x.com/…" would add words to
//     the source that the quoted text never had.
//
// Entity offsets count Unicode code points of the decoded text. An
// entity whose offsets do not frame its t.co link (X's offsets are known
// to drift after entities such as &amp;, and files get edited) is looked
// up by its link instead; one that cannot be placed, or that overlaps
// another, is ignored and its text kept as is. xRender never fails.
func xRender(raw string, links []xLink, drop func(xLink) bool) string {
	text := html.UnescapeString(raw)
	if len(links) == 0 {
		return text
	}
	if len(links) > xMaxLinks {
		links = links[:xMaxLinks]
	}
	runes := []rune(text)
	placed := make([]xLink, 0, len(links))
	for _, l := range links {
		if l.start >= 0 && l.start < l.end && l.end <= len(runes) {
			s := string(runes[l.start:l.end])
			if s == l.url || (l.url == "" && strings.HasPrefix(s, "http")) {
				placed = append(placed, l)
				continue
			}
		}
		if len(l.url) < len("https://t.co/") {
			continue
		}
		// Look the link up, after any earlier copy of it already placed.
		from := 0
		for {
			i := strings.Index(text[from:], l.url)
			if i < 0 {
				break
			}
			i += from
			start := utf8.RuneCountInString(text[:i])
			cand := l
			cand.start, cand.end = start, start+utf8.RuneCountInString(l.url)
			if !xOverlaps(placed, cand) {
				placed = append(placed, cand)
				break
			}
			from = i + len(l.url)
		}
	}
	sort.SliceStable(placed, func(i, j int) bool { return placed[i].start < placed[j].start })

	var b strings.Builder
	b.Grow(len(text))
	pos, dropped := 0, false
	for _, l := range placed {
		if l.start < pos {
			continue // overlaps the previous link
		}
		b.WriteString(string(runes[pos:l.start]))
		pos = l.end
		switch {
		case drop != nil && drop(l):
			dropped = true
			if s := b.String(); strings.HasSuffix(s, " ") && (pos == len(runes) || unicode.IsSpace(runes[pos])) {
				trimmed := s[:len(s)-1]
				b.Reset()
				b.WriteString(trimmed)
			}
		case l.expanded != "":
			b.WriteString(l.expanded)
		default:
			b.WriteString(string(runes[l.start:l.end]))
		}
	}
	b.WriteString(string(runes[pos:]))
	out := b.String()
	if dropped {
		out = strings.TrimRightFunc(out, unicode.IsSpace)
	}
	return out
}

// xOverlaps reports whether l overlaps a link already placed.
func xOverlaps(placed []xLink, l xLink) bool {
	for _, p := range placed {
		if l.start < p.end && p.start < l.end {
			return true
		}
	}
	return false
}

// xPicture reports a display URL of the tweet's own picture or video.
func xPicture(display string) bool {
	return strings.HasPrefix(display, "pic.x.com/") || strings.HasPrefix(display, "pic.twitter.com/")
}

var xStatusURL = regexp.MustCompile(`^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:[A-Za-z0-9_]{1,50}|i(?:/web)?)/status(?:es)?/([0-9]{1,20})(/[a-z]+/[0-9]+)?(?:[?#/].*)?$`)

// xStatusID returns the tweet id of an X status URL, or "".
func xStatusID(u string) string {
	if m := xStatusURL.FindStringSubmatch(u); m != nil {
		return m[1]
	}
	return ""
}

// xOwnMedia reports a link to a picture or video of tweet id itself
// (…/status/ID/photo/1, …/status/ID/video/1).
func xOwnMedia(u, id string) bool {
	m := xStatusURL.FindStringSubmatch(u)
	return m != nil && m[1] == id && m[2] != ""
}

// xID reads an X id: a JSON string of decimal digits. Absent, null or
// "" reads as "". A JSON number is refused: X writes ids as strings because
// a number past 2^53 loses digits in JavaScript, so a number means the
// file went through a tool that may have rounded it.
func xID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] != '"' {
		return "", fmt.Errorf("want an id as a JSON string of digits, got %s (a JSON number may have lost digits)", jsonrec.Truncate(string(raw), 30))
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("want an id as a JSON string, got %s", jsonrec.Truncate(string(raw), 30))
	}
	if s == "" {
		return "", nil // some exports write "" for no reply
	}
	if len(s) > 20 || strings.Trim(s, "0123456789") != "" {
		return "", fmt.Errorf("want an id of decimal digits, got %q", jsonrec.Truncate(s, 30))
	}
	return s, nil
}

// xString reads an optional JSON string: absent or null reads as
// ("", false, nil).
func xString(raw json.RawMessage) (s string, ok bool, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", false, nil
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, fmt.Errorf("want a string, got %s", jsonrec.Truncate(string(raw), 30))
	}
	return s, true, nil
}

func xOrMissing(err error) error {
	if err == nil {
		return fmt.Errorf("missing")
	}
	return err
}
