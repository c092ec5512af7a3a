package provenance

import (
	"encoding/json"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bluesky XRPC responses (lexicons app.bsky.feed.*): getPostThread
// ({thread}), getAuthorFeed and other feeds ({feed, cursor}), and, as
// elements of an array or lone objects, a PostView, a FeedViewPost or a
// threadViewPost.
//
// A PostView becomes a Post with:
//
//   - ID: the post's at:// URI (at://did:plc:…/app.bsky.feed.post/rkey).
//   - Author: author.handle (the DID when the handle is missing or is
//     "handle.invalid"); AuthorID: author.did; AuthorName:
//     author.displayName.
//   - CreatedAt: record.createdAt (any offset, any fraction), not the
//     indexedAt of the AppView.
//   - Text: record.text, where each link facet whose text is the
//     shortened display of its target ("exemple.fr/long/pa..." for
//     https://www.exemple.fr/long/path) is replaced by the full target,
//     as Mastodon links are (see htmlText). Facet offsets are UTF-8 byte
//     offsets; a facet out of range, not on rune boundaries or
//     overlapping another is ignored (the text stays as written).
//   - ReplyTo: record.reply.parent.uri; Conversation: record.reply.root.uri,
//     or the post's own URI for a root post.
//   - QuoteOf: the post URI of an app.bsky.embed.record (or the record of
//     an app.bsky.embed.recordWithMedia) embed; a quoted post the view
//     carries whole (embed.record#viewRecord) is stored too.
//   - URL: https://bsky.app/profile/{handle}/post/{rkey}; Lang: the first
//     of record.langs.
//
// A feed item with reason #reasonRepost is the reposted post, plus a
// repost post by reason.by with RepostOf = the post's URI, CreatedAt =
// reason.indexedAt and an empty Text. Its ID is the repost record's URI
// when the AppView gives it (reason.uri, at://…/app.bsky.feed.repost/…),
// else the synthetic, stable "repost:{by.did}:{post uri}" (one account
// can repost a post only once). The posts of a feed item's reply
// (root, parent) are stored too.
//
// A thread is walked through its parents and replies, at most
// bskyMaxDepth levels from the post asked for; a notFoundPost or
// blockedPost is no post, and the post that replies to it keeps its
// ReplyTo.

// bskyMaxDepth bounds the thread levels read around the post asked for
// (getPostThread itself serves at most 1000).
const bskyMaxDepth = 1000

const (
	bskyThreadView   = "app.bsky.feed.defs#threadViewPost"
	bskyNotFound     = "app.bsky.feed.defs#notFoundPost"
	bskyBlocked      = "app.bsky.feed.defs#blockedPost"
	bskyPostViewType = "app.bsky.feed.defs#postView"
	bskyRepost       = "app.bsky.feed.defs#reasonRepost"
	bskyPostType     = "app.bsky.feed.post"
	bskyLinkFeature  = "app.bsky.richtext.facet#link"
)

type bskyAuthor struct {
	DID         string `json:"did"`
	Handle      string `json:"handle"`
	DisplayName string `json:"displayName"`
}

type bskyPostView struct {
	URI       string          `json:"uri"`
	Author    *bskyAuthor     `json:"author"`
	Record    json.RawMessage `json:"record"`
	Embed     json.RawMessage `json:"embed"`
	IndexedAt string          `json:"indexedAt"`
}

type bskyRef struct {
	URI string `json:"uri"`
}

type bskyRecord struct {
	Type      string `json:"$type"`
	Text      string `json:"text"`
	CreatedAt string `json:"createdAt"`
	Reply     *struct {
		Root   bskyRef `json:"root"`
		Parent bskyRef `json:"parent"`
	} `json:"reply"`
	// Decoded leniently: a broken facet, embed or language list loses
	// only itself.
	Facets json.RawMessage `json:"facets"`
	Embed  json.RawMessage `json:"embed"`
	Langs  json.RawMessage `json:"langs"`
}

type bskyFeedItem struct {
	Post  json.RawMessage `json:"post"`
	Reply *struct {
		Root   json.RawMessage `json:"root"`
		Parent json.RawMessage `json:"parent"`
	} `json:"reply"`
	Reason *struct {
		Type      string      `json:"$type"`
		By        *bskyAuthor `json:"by"`
		URI       string      `json:"uri"`
		IndexedAt string      `json:"indexedAt"`
	} `json:"reason"`
}

// blueskyThreadEnvelope reads the thread of a getPostThread response.
func blueskyThreadEnvelope(d *docReader, s *jsonStream, path string) error {
	return d.in.blueskyThread(s, path, 0)
}

// blueskyFeed reads the feed of a getAuthorFeed response.
func blueskyFeed(d *docReader, s *jsonStream, path string) error {
	return d.in.streamList(s, path, "feed item", d.in.blueskyFeedItem)
}

// isBlueskyThreadView recognises a thread view held as a record.
func isBlueskyThreadView(o object) bool {
	return has(o, "post") && bskyString(o["$type"]) == bskyThreadView
}

// readBlueskyThreadView reads a thread view held as a record.
func readBlueskyThreadView(in *input, raw []byte, _ object, path string) {
	// A record in memory: the stream cannot fail to read.
	_ = in.streamFailed(path, in.blueskyThread(bytesStream(raw), path, 0))
}

// isBlueskyFeedItem recognises a feed item: a post view under "post",
// without a $type.
func isBlueskyFeedItem(o object) bool {
	if !has(o, "post") || has(o, "$type") {
		return false
	}
	var p struct {
		URI string `json:"uri"`
	}
	return json.Unmarshal(o["post"], &p) == nil && strings.HasPrefix(p.URI, "at://")
}

// isBlueskyPostView recognises a post view.
func isBlueskyPostView(o object) bool {
	return has(o, "uri", "record", "author") && strings.HasPrefix(bskyString(o["uri"]), "at://")
}

// bskyString returns the JSON string raw holds, or "".
func bskyString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

// blueskyThread reads a thread node that comes next in s (a
// threadViewPost, notFoundPost or blockedPost) and the nodes below it,
// one post at a time: a thread of any size costs one post of memory. Its
// post is stored before its parent and its replies (when the node gives
// its post first, as the AppView does). depth bounds the levels read.
func (in *input) blueskyThread(s *jsonStream, path string, depth int) error {
	c, err := s.peek()
	if err != nil {
		return atPath(orRoot(path), s.truncated(err))
	}
	if c != '{' {
		got, err := s.describe()
		if err != nil || got == "null" {
			return atPath(orRoot(path), err)
		}
		in.reject(at{path: orRoot(path)}, "want a thread item object, got %s", got)
		return nil
	}
	if depth > bskyMaxDepth {
		in.reject(at{path: orRoot(path)}, "thread deeper than %d levels: the rest is skipped", bskyMaxDepth)
		return atPath(orRoot(path), s.skip())
	}
	if err := in.ctx.Err(); err != nil {
		return err
	}
	var (
		typ       string
		post      []byte
		postSize  int64
		hasPost   bool
		done      bool
		skipBelow bool // an unknown or missing node: its children are not read
	)
	// flush reads the node's own post, once.
	flush := func() {
		if done {
			return
		}
		done = true
		switch {
		case typ == bskyNotFound || typ == bskyBlocked:
			skipBelow = true // the platform did not serve it; its child keeps ReplyTo
		case typ != "" && typ != bskyThreadView || typ == "" && !hasPost:
			in.reject(at{path: orRoot(path)}, "unknown thread item type %q", jsonrec.Truncate(typ, 60))
			skipBelow = true
		case !hasPost || string(post) == "null":
			in.reject(at{path: orRoot(path)}, "missing field post")
		case post == nil:
			in.rejectTooLarge(jsonPath(path, "post"), postSize)
		default:
			in.blueskyPostView(post, jsonPath(path, "post"))
		}
		post = nil
	}
	err = s.members(path, func(k string) error {
		kp := jsonPath(path, k)
		switch k {
		case "$type":
			raw, _, err := s.value(256)
			if err != nil {
				return atPath(kp, err)
			}
			if json.Unmarshal(raw, &typ) != nil {
				typ = "(" + excerpt(raw) + ")"
			}
			return nil
		case "post":
			hasPost = true
			var err error
			post, postSize, err = s.value(MaxRecordBytes)
			return atPath(kp, err)
		case "parent", "replies":
			if hasPost || typ != "" {
				flush()
			}
			switch {
			case skipBelow:
				return atPath(kp, s.skip())
			case k == "parent":
				return in.blueskyThread(s, kp, depth+1)
			}
			return in.blueskyReplies(s, kp, depth+1)
		}
		return atPath(kp, s.skip())
	})
	if err != nil {
		return err
	}
	flush()
	return nil
}

// blueskyReplies reads the replies of a thread node: an array of nodes.
func (in *input) blueskyReplies(s *jsonStream, path string, depth int) error {
	if ok, err := in.arrayNext(s, path, "an array"); !ok {
		return err
	}
	return s.elements(path, func(i int) error {
		return in.blueskyThread(s, path+"["+strconv.Itoa(i)+"]", depth)
	})
}

// blueskyFeedItem reads a FeedViewPost: the post, the posts it replies
// to, and the repost that brought it into the feed.
func (in *input) blueskyFeedItem(raw []byte, path string) {
	var it bskyFeedItem
	if err := json.Unmarshal(raw, &it); err != nil {
		in.rejectDecode(path, err)
		return
	}
	if len(it.Post) == 0 || string(it.Post) == "null" {
		in.reject(at{path: orRoot(path)}, "missing field post")
		return
	}
	uri, ok := in.blueskyPostView(it.Post, jsonPath(path, "post"))
	if r := it.Reply; r != nil {
		for _, f := range [...]struct {
			name string
			raw  json.RawMessage
		}{{"reply.root", r.Root}, {"reply.parent", r.Parent}} {
			var head struct {
				Type   string          `json:"$type"`
				Record json.RawMessage `json:"record"`
			}
			if json.Unmarshal(f.raw, &head) == nil && len(head.Record) > 0 && (head.Type == "" || head.Type == bskyPostViewType) {
				in.blueskyPostView(f.raw, jsonPath(path, f.name))
			}
		}
	}
	if r := it.Reason; r != nil && r.Type == bskyRepost {
		where := at{path: jsonPath(path, "reason")}
		switch {
		case !ok:
			in.reject(where, "repost of a post that could not be read")
			return
		case r.By == nil || r.By.DID == "":
			in.reject(where, "missing field by.did")
			return
		case r.IndexedAt == "":
			in.reject(where, "missing field indexedAt")
			return
		}
		t, err := ParseTime(r.IndexedAt)
		if err != nil {
			in.reject(at{path: jsonPath(where.path, "indexedAt")}, "%v", err)
			return
		}
		id := r.URI
		if !strings.HasPrefix(id, "at://") {
			id = "repost:" + r.By.DID + ":" + uri
		}
		in.post(Post{Platform: Bluesky, ID: id, Author: bskyHandle(r.By), AuthorID: r.By.DID,
			AuthorName: r.By.DisplayName, CreatedAt: t, RepostOf: uri}, where)
	}
}

// blueskyPostView decodes and stores a PostView, and the quoted post its
// embed view carries. It returns the post's URI and whether it was read.
func (in *input) blueskyPostView(raw json.RawMessage, path string) (string, bool) {
	var v bskyPostView
	if err := json.Unmarshal(raw, &v); err != nil {
		in.rejectDecode(path, err)
		return "", false
	}
	ok := in.blueskyRecord(v.URI, v.Author, v.Record, path, "record")
	if len(v.Embed) > 0 {
		in.blueskyEmbedView(v.Embed, jsonPath(path, "embed"))
	}
	return v.URI, ok
}

// blueskyEmbedView stores the post a record#view or recordWithMedia#view
// embed shows whole.
func (in *input) blueskyEmbedView(raw json.RawMessage, path string) {
	var e struct {
		Type   string          `json:"$type"`
		Record json.RawMessage `json:"record"`
	}
	if json.Unmarshal(raw, &e) != nil {
		return
	}
	switch e.Type {
	case "app.bsky.embed.record#view":
	case "app.bsky.embed.recordWithMedia#view":
		var inner struct {
			Record json.RawMessage `json:"record"`
		}
		if json.Unmarshal(e.Record, &inner) != nil {
			return
		}
		e.Record, path = inner.Record, jsonPath(path, "record")
	default:
		return
	}
	path = jsonPath(path, "record")
	var vr struct {
		Type      string          `json:"$type"`
		URI       string          `json:"uri"`
		Author    *bskyAuthor     `json:"author"`
		Value     json.RawMessage `json:"value"`
		IndexedAt string          `json:"indexedAt"`
	}
	if json.Unmarshal(e.Record, &vr) != nil || vr.Type != "app.bsky.embed.record#viewRecord" || !isBskyPostURI(vr.URI) {
		return // not found, blocked, detached, or a feed, list or starter pack
	}
	in.blueskyRecord(vr.URI, vr.Author, vr.Value, path, "value")
}

// blueskyRecord builds and stores the post of a post record. recField
// names the record's field in the view ("record", or "value" in an
// embed's viewRecord) for messages.
func (in *input) blueskyRecord(uri string, author *bskyAuthor, recRaw json.RawMessage, path, recField string) bool {
	where := at{path: orRoot(path)}
	switch {
	case uri == "":
		in.reject(where, "missing field uri")
		return false
	case !strings.HasPrefix(uri, "at://"):
		in.reject(at{path: jsonPath(path, "uri")}, "want an at:// URI, got %q", jsonrec.Truncate(uri, 60))
		return false
	case author == nil:
		in.reject(where, "missing field author")
		return false
	case bskyHandle(author) == "":
		in.reject(where, "missing field author.handle")
		return false
	case len(recRaw) == 0 || string(recRaw) == "null":
		in.reject(where, "missing field %s", recField)
		return false
	}
	var rec bskyRecord
	if err := json.Unmarshal(recRaw, &rec); err != nil {
		in.rejectDecode(jsonPath(path, recField), err)
		return false
	}
	if rec.Type != "" && rec.Type != bskyPostType {
		in.reject(at{path: jsonPath(path, recField+".$type")}, "the record is a %s, not a post", jsonrec.Truncate(rec.Type, 60))
		return false
	}
	if rec.CreatedAt == "" {
		in.reject(where, "missing field %s.createdAt", recField)
		return false
	}
	t, err := ParseTime(rec.CreatedAt)
	if err != nil {
		in.reject(at{path: jsonPath(path, recField+".createdAt")}, "%v", err)
		return false
	}
	p := Post{
		Platform: Bluesky, ID: uri, Author: bskyHandle(author), AuthorID: author.DID,
		AuthorName: author.DisplayName, CreatedAt: t, Text: expandLinkFacets(rec.Text, rec.Facets),
		Conversation: uri, URL: bskyURL(uri, author),
	}
	if rec.Reply != nil {
		p.ReplyTo = rec.Reply.Parent.URI
		if rec.Reply.Root.URI != "" {
			p.Conversation = rec.Reply.Root.URI
		}
	}
	p.QuoteOf = bskyQuoted(rec.Embed)
	var langs []string
	if json.Unmarshal(rec.Langs, &langs) == nil && len(langs) > 0 {
		p.Lang = langs[0]
	}
	in.post(p, where)
	return true
}

// bskyHandle is the handle an author is shown by, or the DID when the
// handle is missing or invalid.
func bskyHandle(a *bskyAuthor) string {
	h := strings.TrimPrefix(strings.TrimSpace(a.Handle), "@")
	if h == "" || h == "handle.invalid" {
		return a.DID
	}
	return h
}

// bskyURL is the web address of a post: bsky.app/profile/{handle}/post/{rkey}.
func bskyURL(uri string, a *bskyAuthor) string {
	rest, ok := strings.CutPrefix(uri, "at://")
	if !ok {
		return ""
	}
	parts := strings.Split(rest, "/")
	if len(parts) != 3 || parts[1] != bskyPostType || parts[2] == "" {
		return ""
	}
	who := bskyHandle(a)
	if who == "" {
		who = parts[0]
	}
	return "https://bsky.app/profile/" + who + "/post/" + parts[2]
}

// isBskyPostURI reports whether uri names a post record.
func isBskyPostURI(uri string) bool {
	rest, ok := strings.CutPrefix(uri, "at://")
	if !ok {
		return false
	}
	parts := strings.Split(rest, "/")
	return len(parts) == 3 && parts[0] != "" && parts[1] == bskyPostType && parts[2] != ""
}

// bskyQuoted returns the post URI a record's embed quotes, or "".
func bskyQuoted(raw json.RawMessage) string {
	var e struct {
		Type   string `json:"$type"`
		Record struct {
			URI    string  `json:"uri"`
			Record bskyRef `json:"record"`
		} `json:"record"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &e) != nil {
		return ""
	}
	uri := ""
	switch e.Type {
	case "app.bsky.embed.record":
		uri = e.Record.URI
	case "app.bsky.embed.recordWithMedia":
		uri = e.Record.Record.URI
	}
	if !isBskyPostURI(uri) {
		return ""
	}
	return uri
}

// bskyFacet is a rich-text facet: a UTF-8 byte range and its features.
type bskyFacet struct {
	Index struct {
		ByteStart int64 `json:"byteStart"`
		ByteEnd   int64 `json:"byteEnd"`
	} `json:"index"`
	Features []struct {
		Type string `json:"$type"`
		URI  string `json:"uri"`
	} `json:"features"`
}

// expandLinkFacets replaces in text each link facet whose text is the
// shortened display of its target by the full target. Facets that do
// not decode, fall outside text, cut a UTF-8 sequence or overlap an
// earlier one are ignored.
func expandLinkFacets(text string, facets json.RawMessage) string {
	var raws []json.RawMessage
	if len(facets) == 0 || json.Unmarshal(facets, &raws) != nil {
		return text
	}
	type repl struct {
		start, end int
		uri        string
	}
	var rs []repl
	for _, raw := range raws {
		var f bskyFacet
		if json.Unmarshal(raw, &f) != nil {
			continue
		}
		s, e := f.Index.ByteStart, f.Index.ByteEnd
		if s < 0 || e <= s || e > int64(len(text)) {
			continue
		}
		start, end := int(s), int(e)
		if !utf8.RuneStart(text[start]) || (end < len(text) && !utf8.RuneStart(text[end])) {
			continue
		}
		for _, ft := range f.Features {
			if ft.Type == bskyLinkFeature && isWebURL(ft.URI) && shortenedDisplay(text[start:end], ft.URI) {
				rs = append(rs, repl{start, end, ft.URI})
				break
			}
		}
	}
	if len(rs) == 0 {
		return text
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].start < rs[j].start })
	var b strings.Builder
	last := 0
	for _, r := range rs {
		if r.start < last {
			continue // overlaps the previous facet
		}
		b.WriteString(text[last:r.start])
		b.WriteString(r.uri)
		last = r.end
	}
	b.WriteString(text[last:])
	return b.String()
}

// shortenedDisplay reports whether shown is how a client displays uri:
// without its scheme (and maybe without "www."), cut and ended by "..."
// or "…" when long. Link text of other words is what the reader saw and
// stays.
func shortenedDisplay(shown, uri string) bool {
	if shown == uri {
		return false
	}
	full := strings.TrimPrefix(strings.TrimPrefix(uri, "https://"), "http://")
	if !strings.HasPrefix(shown, "www.") {
		full = strings.TrimPrefix(full, "www.")
	}
	cut, ok := strings.CutSuffix(shown, "...")
	if !ok {
		cut, ok = strings.CutSuffix(shown, "…")
	}
	if ok {
		return cut != "" && strings.HasPrefix(full, cut)
	}
	return shown == full || shown+"/" == full
}
