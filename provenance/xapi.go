package provenance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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

func init() {
	f := docFormat{name: "X API v2 response", match: matchXAPI, read: readXAPI}
	registerDoc(f)
	// An array of responses (pages saved one after the other in a list).
	registerItem(itemFormat{name: f.name, match: f.match, read: f.read})
}

// matchXAPI recognises a v2 response: data is a tweet or an array of
// tweets (objects with id and text), possibly empty when meta says so;
// or, without data, an errors array of v2 problems.
func matchXAPI(top object) bool {
	data, ok := top["data"]
	if !ok {
		return isXErrors(top["errors"])
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return false
	}
	var first object
	switch data[0] {
	case '{':
		if json.Unmarshal(data, &first) != nil {
			return false
		}
	case '[':
		dec := json.NewDecoder(bytes.NewReader(data))
		if _, err := dec.Token(); err != nil {
			return false
		}
		if !dec.More() {
			_, meta := top["meta"]
			_, incl := top["includes"]
			return meta || incl
		}
		if dec.Decode(&first) != nil {
			return false
		}
	default:
		return false
	}
	return has(first, "id", "text")
}

// isXErrors reports whether raw is an X API errors array: objects with
// a title, detail or message.
func isXErrors(raw json.RawMessage) bool {
	var errs []object
	if len(raw) == 0 || json.Unmarshal(raw, &errs) != nil || len(errs) == 0 {
		return false
	}
	_, title := errs[0]["title"]
	_, detail := errs[0]["detail"]
	_, msg := errs[0]["message"]
	return title || detail || msg
}

// xUser is an element of includes.users.
type xUser struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Username string `json:"username"`
}

// xTweet is a tweet decoded from a response, with where it was.
type xTweet struct {
	path string
	o    object
	id   string
	text string // as the API gives it, entities still escaped
	ents json.RawMessage
}

// readXAPI reads one v2 response; path is its JSON path prefix.
func readXAPI(in *input, top object, path string) {
	r := xapiReader{in: in, users: map[string]xUser{}, tweets: map[string]*xTweet{}}
	r.readErrors(top["errors"], xPath(path, "errors"))

	var includes object
	if raw, ok := top["includes"]; ok && string(bytes.TrimSpace(raw)) != "null" {
		if json.Unmarshal(raw, &includes) != nil {
			in.reject(at{path: xPath(path, "includes")}, "want an object, got %s", truncate(string(raw), 30))
		}
		r.readUsers(includes["users"], xPath(path, "includes.users"))
	}

	var list []*xTweet
	if data, ok := top["data"]; ok {
		list = r.tweetList(data, xPath(path, "data"))
	}
	for _, t := range list {
		r.tweets[t.id] = t
	}
	if raw, ok := includes["tweets"]; ok {
		for _, t := range r.tweetList(raw, xPath(path, "includes.tweets")) {
			if _, dup := r.tweets[t.id]; dup {
				continue // includes.tweets repeats data
			}
			r.tweets[t.id] = t
			list = append(list, t)
		}
	}
	for i, t := range list {
		if i&1023 == 0 && in.ctx.Err() != nil {
			return
		}
		r.post(t)
	}
}

// xapiReader reads one response: its users by id, its tweets by id.
type xapiReader struct {
	in     *input
	users  map[string]xUser
	tweets map[string]*xTweet
}

// readErrors reports each partial error of a response.
func (r *xapiReader) readErrors(raw json.RawMessage, path string) {
	if len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null" {
		return
	}
	var errs []json.RawMessage
	if json.Unmarshal(raw, &errs) != nil {
		r.in.reject(at{path: path}, "the API reported an error: %s", truncate(string(bytes.TrimSpace(raw)), 120))
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
			msg = truncate(string(bytes.TrimSpace(e)), 120)
		}
		if pb.Title != "" && msg != pb.Title {
			msg = pb.Title + ": " + msg
		}
		r.in.reject(at{path: path + "[" + strconv.Itoa(i) + "]"}, "the API reported an error instead of data: %s", truncate(msg, 200))
	}
}

// readUsers indexes includes.users by id.
func (r *xapiReader) readUsers(raw json.RawMessage, path string) {
	users, ok := r.array(raw, path)
	if !ok {
		return
	}
	for i, u := range users {
		var o object
		p := path + "[" + strconv.Itoa(i) + "]"
		if json.Unmarshal(u, &o) != nil || o == nil {
			r.in.reject(at{path: p}, "want a user object, got %s", truncate(string(u), 30))
			continue
		}
		id, err := xID(o["id"])
		if err != nil || id == "" {
			r.in.reject(at{path: p + ".id"}, "user id: %v", xOrMissing(err))
			continue
		}
		username, _, err := xString(o["username"])
		if err != nil {
			r.in.reject(at{path: p + ".username"}, "%v", err)
			continue
		}
		name, _, _ := xString(o["name"])
		r.users[id] = xUser{ID: id, Name: name, Username: strings.TrimPrefix(username, "@")}
	}
}

// tweetList decodes data or includes.tweets: an array of tweets or a
// single tweet. Elements without a usable id are rejected here.
func (r *xapiReader) tweetList(raw json.RawMessage, path string) []*xTweet {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var elems []json.RawMessage
	var paths []string
	if raw[0] == '{' {
		elems, paths = []json.RawMessage{raw}, []string{path}
	} else {
		var ok bool
		if elems, ok = r.array(raw, path); !ok {
			return nil
		}
		for i := range elems {
			paths = append(paths, path+"["+strconv.Itoa(i)+"]")
		}
	}
	var out []*xTweet
	for i, e := range elems {
		p := paths[i]
		var o object
		if json.Unmarshal(e, &o) != nil || o == nil {
			r.in.reject(at{path: p}, "want a tweet object, got %s", truncate(string(e), 30))
			continue
		}
		id, err := xID(o["id"])
		if err != nil || id == "" {
			r.in.reject(at{path: p + ".id"}, "tweet id: %v", xOrMissing(err))
			continue
		}
		t := &xTweet{path: p, o: o, id: id}
		text, ok, err := xString(o["text"])
		if err != nil {
			r.in.reject(at{path: p + ".text"}, "%v", err)
			continue
		}
		t.text, t.ents = text, o["entities"]
		var note struct {
			Text     *string         `json:"text"`
			Entities json.RawMessage `json:"entities"`
		}
		if raw, has := o["note_tweet"]; has && json.Unmarshal(raw, &note) == nil && note.Text != nil && *note.Text != "" {
			t.text, t.ents, ok = *note.Text, note.Entities, true
		}
		if !ok {
			r.in.reject(at{path: p + ".text"}, "missing field text")
			continue
		}
		out = append(out, t)
	}
	return out
}

// post turns one decoded tweet into a Post.
func (r *xapiReader) post(t *xTweet) {
	in, o, p := r.in, t.o, t.path
	post := Post{Platform: X, ID: t.id}

	authorID, err := xID(o["author_id"])
	switch {
	case err != nil:
		in.reject(at{path: p + ".author_id"}, "%v", err)
		return
	case authorID == "":
		in.reject(at{path: p}, "missing field author_id: cannot tell who wrote tweet %s (request tweet.fields=author_id and expansions=author_id)", t.id)
		return
	}
	u, ok := r.users[authorID]
	if !ok || u.Username == "" {
		in.reject(at{path: p + ".author_id"}, "user %s is not in includes.users: cannot tell the username of the author of tweet %s (request expansions=author_id)", authorID, t.id)
		return
	}
	post.Author, post.AuthorID, post.AuthorName = u.Username, authorID, u.Name

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
		st, ok := SnowflakeTime(t.id)
		if !ok {
			in.reject(at{path: p}, "missing field created_at, and id %s carries no time (request tweet.fields=created_at)", t.id)
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
				in.reject(at{path: fmt.Sprintf("%s.referenced_tweets[%d]", p, i)}, "want {\"type\", \"id\"}, got %s", truncate(string(e), 30))
				return
			}
			id, err := xID(ref.ID)
			if err != nil || id == "" {
				in.reject(at{path: fmt.Sprintf("%s.referenced_tweets[%d].id", p, i)}, "referenced tweet id: %v", xOrMissing(err))
				return
			}
			switch ref.Type {
			case "replied_to":
				post.ReplyTo = id
			case "quoted":
				post.QuoteOf = id
			case "retweeted":
				post.RepostOf = id
			}
		}
	}
	lang, _, _ := xString(o["lang"])
	if lang != "und" {
		post.Lang = lang
	}
	post.URL = "https://x.com/" + post.Author + "/status/" + t.id
	post.Text = r.text(t, post.QuoteOf)
	in.post(post, at{path: p})
}

// text renders a tweet's text as a reader saw it (see xRender).
func (r *xapiReader) text(t *xTweet, quoted string) string {
	return xRender(t.text, xAPILinks(t.ents), func(l xLink) bool {
		return l.media || xPicture(l.display) || (quoted != "" && xStatusID(l.expanded) == quoted) || xOwnMedia(l.expanded, t.id)
	})
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
		r.in.reject(at{path: path}, "want an array, got %s", truncate(string(raw), 30))
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
		return "", fmt.Errorf("want an id as a JSON string of digits, got %s (a JSON number may have lost digits)", truncate(string(raw), 30))
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("want an id as a JSON string, got %s", truncate(string(raw), 30))
	}
	if s == "" {
		return "", nil // some exports write "" for no reply
	}
	if len(s) > 20 || strings.Trim(s, "0123456789") != "" {
		return "", fmt.Errorf("want an id of decimal digits, got %q", truncate(s, 30))
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
		return "", false, fmt.Errorf("want a string, got %s", truncate(string(raw), 30))
	}
	return s, true, nil
}

func xOrMissing(err error) error {
	if err == nil {
		return fmt.Errorf("missing")
	}
	return err
}

// xValueReason explains an error of json.Unmarshal, which reports a
// value cut short as a syntax error at its end.
func xValueReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Error() == "unexpected end of JSON input" {
		return "truncated JSON: the file ends inside a value"
	}
	return docReason(err)
}

// xPath joins a JSON path prefix and a field path.
func xPath(prefix, rest string) string {
	if prefix == "" {
		return rest
	}
	return prefix + "." + rest
}
