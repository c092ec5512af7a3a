package provenance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/guillemet/guillemet/internal/jsonrec"
)

// The Mastodon account archive ("Request your archive", Preferences →
// Import and export): a ZIP (or the folder it unzips to) of
//
//	outbox.json     an ActivityStreams OrderedCollection whose orderedItems
//	                are the account's Create (a post) and Announce (a boost)
//	                activities, oldest first
//	actor.json      the account: an ActivityPub Person (id, preferredUsername, name…)
//	likes.json, bookmarks.json   OrderedCollections of links to posts
//	avatar.png, header.jpg, media_attachments/…
//
// An activity becomes a Post with:
//
//   - ID: the object's ActivityPub id, the status URI
//     (https://piaille.example/users/name/statuses/113…), for a boost the
//     Announce's id (…/statuses/113…/activity, the boost's URI on its
//     server). The archive names every other post (a parent, a boosted
//     or quoted post, often on another server) by its URI, never by the
//     REST API's ids, which only the server that answers knows: posts
//     read from an archive are keyed by URI, so that archives of several
//     accounts on several servers join into one thread. The same status
//     read from the REST API (keyed by its API id) is another post.
//   - Author: preferredUsername@host of the actor (the account's full
//     address, as a remote server shows it: "@name" in a screenshot
//     matches it); AuthorID: the actor's URI; AuthorName: actor.json's
//     name. The actor is the activity's actor; actor.json beside
//     outbox.json gives the handle and the name, and without it the
//     handle is read from the actor's URI (/users/name).
//   - CreatedAt: the object's published (the activity's for a boost).
//   - Text: content as the Mastodon REST reader makes it (htmlText: the
//     "RE:" quote fallback dropped, shortened links as their target), the
//     content warning (summary) first.
//   - ReplyTo: inReplyTo; QuoteOf: quote (FEP-044f, Mastodon 4.4+), or
//     quoteUri, _misskey_quote, quoteUrl of other servers.
//   - A boost (Announce) is a post of the booster with RepostOf = the
//     object's URI and an empty Text.
//   - URL: the object's url; Lang: the language of contentMap when it
//     holds one.
//
//   - Visibility: from the audience, as Mastodon reads it
//     (visibility_from_audience): the public collection
//     (https://www.w3.org/ns/activitystreams#Public, as:Public or Public)
//     in to is VisibilityPublic, in cc VisibilityUnlisted; else the
//     actor's followers collection in to is VisibilityPrivate (followers
//     only: actor.json's followers, or the actor's URI followed by
//     /followers, Mastodon's address for it, without actor.json); else
//     VisibilityDirect (the accounts named only; Mastodon's "limited"
//     posts read as direct too). The object's to and cc are read, the
//     activity's when the object has neither (and for a boost); an
//     activity that has neither says nothing: Visibility "".
//
// Other activities are
// rejected, named; a collection of links (likes.json, bookmarks.json) is
// skipped. The outbox is streamed one activity at a time, each within
// MaxRecordBytes.

// maxActorBytes bounds actor.json (a real one is a few KiB, its public
// key included).
const maxActorBytes = 1 << 20

// apActor is the account an outbox belongs to.
type apActor struct {
	ID        string
	Handle    string // preferredUsername@host
	Name      string
	Followers string // the followers collection's URI
}

// apActorFile is actor.json as decoded.
type apActorFile struct {
	ID                string `json:"id"`
	PreferredUsername string `json:"preferredUsername"`
	Name              string `json:"name"`
	Followers         string `json:"followers"`
}

type apActivity struct {
	ID        string          `json:"id"`
	Type      json.RawMessage `json:"type"`
	Actor     json.RawMessage `json:"actor"`
	Published string          `json:"published"`
	Object    json.RawMessage `json:"object"`
	To        json.RawMessage `json:"to"`
	CC        json.RawMessage `json:"cc"`
}

type apNote struct {
	ID           string                     `json:"id"`
	Type         json.RawMessage            `json:"type"`
	Summary      string                     `json:"summary"`
	InReplyTo    json.RawMessage            `json:"inReplyTo"`
	Published    string                     `json:"published"`
	URL          json.RawMessage            `json:"url"`
	AttributedTo json.RawMessage            `json:"attributedTo"`
	Content      rawString                  `json:"content"`
	ContentMap   map[string]json.RawMessage `json:"contentMap"`
	Quote        json.RawMessage            `json:"quote"`
	QuoteURI     json.RawMessage            `json:"quoteUri"`
	MisskeyQuote json.RawMessage            `json:"_misskey_quote"`
	QuoteURL     json.RawMessage            `json:"quoteUrl"`
	To           json.RawMessage            `json:"to"`
	CC           json.RawMessage            `json:"cc"`
}

// outboxReader is the state of one outbox being read.
type outboxReader struct {
	in         *input
	actor      *apActor // actor.json, once read
	actorErr   error
	activities int
	links      int
}

// activityPubList reads the orderedItems of an ActivityStreams
// collection: the activities of an outbox, or the links of likes.json.
func activityPubList(d *docReader, s *jsonStream, path string) error {
	in := d.in
	o := &outboxReader{in: in}
	if ok, err := in.arrayNext(s, path, "an array of activities"); !ok {
		return err
	}
	err := in.streamArray(s, path, func(raw []byte, p string) {
		switch raw[0] {
		case '"':
			o.links++ // a link to a post held elsewhere
		case '{':
			o.activities++
			o.activity(raw, p)
		default:
			in.reject(at{path: p}, "want an activity object, got %s", excerpt(raw))
		}
	})
	switch {
	case o.links > 0 && o.activities == 0 && in.stats == (LoadStats{}):
		in.skipWhy = "a list of links to posts (a Mastodon archive's likes.json or bookmarks.json): it holds no posts"
	case o.links > 0:
		in.reject(at{path: path}, "%d links to posts held in other files passed over (only activities hold posts)", o.links)
	case o.activities == 0 && in.stats == (LoadStats{}):
		in.skipWhy = "an empty ActivityStreams collection: it holds no posts"
	}
	return err
}

// owner returns the account that wrote the activity of the actor
// actorURI: actor.json's when it is that actor, else one made from the
// URI.
func (o *outboxReader) owner(actorURI string) (apActor, error) {
	if o.actor == nil && o.actorErr == nil {
		a, err := readAPActor(o.in.files, o.in.files.beside(o.in.name, "actor.json"))
		if err != nil && !errors.Is(err, errNoFile) {
			o.in.reject(at{}, "actor.json beside %s: %v: handles are read from the actors' addresses", filepath.Base(o.in.name), err)
		}
		o.actor, o.actorErr = &a, err
	}
	if o.actorErr == nil && o.actor.ID == actorURI {
		return *o.actor, nil
	}
	h, err := apHandle(actorURI, "")
	return apActor{ID: actorURI, Handle: h, Followers: strings.TrimRight(actorURI, "/") + "/followers"}, err
}

// errNoFile is readAPActor's error when there is no actor.json.
var errNoFile = errors.New("provenance: no such file")

// readAPActor reads the actor.json named name in files.
func readAPActor(files fileSystem, name string) (apActor, error) {
	b, err := readBeside(files, name, maxActorBytes, "an account")
	if errors.Is(err, fs.ErrNotExist) {
		return apActor{}, errNoFile
	}
	if err != nil {
		return apActor{}, err
	}
	var a apActorFile
	if err := json.Unmarshal(bytes.TrimPrefix(b, byteOrderMark), &a); err != nil {
		return apActor{}, errors.New(docReason(err))
	}
	h, err := apHandle(a.ID, a.PreferredUsername)
	if err != nil {
		return apActor{}, err
	}
	if a.Followers == "" {
		a.Followers = strings.TrimRight(a.ID, "/") + "/followers"
	}
	return apActor{ID: a.ID, Handle: h, Name: a.Name, Followers: a.Followers}, nil
}

// apHandle makes the handle user@host of the actor whose URI is uri:
// user is preferred, or the last part of the URI's path (/users/name,
// /@name, /u/name).
func apHandle(uri, user string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" || u.Scheme != "https" && u.Scheme != "http" {
		return "", fmt.Errorf("actor %q is not an https address", jsonrec.Truncate(uri, 60))
	}
	if user == "" {
		path := strings.TrimRight(u.Path, "/")
		user = path[strings.LastIndexByte(path, '/')+1:]
	}
	user = strings.TrimPrefix(strings.TrimSpace(user), "@")
	if user == "" || strings.ContainsAny(user, "@ ") {
		return "", fmt.Errorf("no user name in actor %q", jsonrec.Truncate(uri, 60))
	}
	return user + "@" + strings.ToLower(u.Host), nil
}

// apID reads a reference to an object: its URI, or an object with an
// id. null or absent is "".
func apID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", errors.New(docReason(err))
		}
		return s, nil
	}
	var o struct {
		ID   string `json:"id"`
		Href string `json:"href"`
	}
	if raw[0] != '{' || json.Unmarshal(raw, &o) != nil || o.ID == "" && o.Href == "" {
		return "", fmt.Errorf("want a URI or an object with an id, got %s", jsonrec.Truncate(string(raw), 30))
	}
	if o.ID != "" {
		return o.ID, nil
	}
	return o.Href, nil
}

// apPublic are the names of the public collection: its URI and its
// compact forms (the ActivityPub specification, section 5.6).
var apPublic = map[string]bool{"https://www.w3.org/ns/activitystreams#Public": true, "as:Public": true, "Public": true}

// apVisibility returns the visibility of a post addressed to to and cc
// by an actor whose followers collection is followers, as Mastodon
// reads it (see the reader's documentation); "" when neither is given.
// An audience is a URI, an object with an id, or an array of those; what
// is neither names no one.
func apVisibility(to, cc json.RawMessage, followers string) string {
	audience := func(raw json.RawMessage) []string {
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) != nil {
			list = []json.RawMessage{raw}
		}
		var out []string
		for _, r := range list {
			if id, err := apID(r); err == nil && id != "" {
				out = append(out, id)
			}
		}
		return out
	}
	given := func(raw json.RawMessage) bool { return len(raw) > 0 && string(bytes.TrimSpace(raw)) != "null" }
	if !given(to) && !given(cc) {
		return ""
	}
	toList, ccList := audience(to), audience(cc)
	switch {
	case slices.ContainsFunc(toList, func(s string) bool { return apPublic[s] }):
		return VisibilityPublic
	case slices.ContainsFunc(ccList, func(s string) bool { return apPublic[s] }):
		return VisibilityUnlisted
	case slices.Contains(toList, followers):
		return VisibilityPrivate
	}
	return VisibilityDirect
}

// apType reads a type, a string or an array of strings (the first).
func apType(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil && len(list) > 0 {
		return list[0]
	}
	return ""
}

// activity reads one activity of an outbox.
func (o *outboxReader) activity(raw []byte, path string) {
	in := o.in
	var a apActivity
	if err := json.Unmarshal(raw, &a); err != nil {
		in.rejectDecode(path, err)
		return
	}
	typ := apType(a.Type)
	if typ != "Create" && typ != "Announce" {
		in.reject(at{path: jsonPath(path, "type")}, "a %q activity, not a post (want Create or Announce)", jsonrec.Truncate(typ, 40))
		return
	}
	actorURI, err := apID(a.Actor)
	if err == nil && actorURI == "" {
		err = errors.New("missing field actor")
	}
	if err != nil {
		in.reject(at{path: jsonPath(path, "actor")}, "%v", err)
		return
	}
	who, err := o.owner(actorURI)
	if err != nil {
		in.reject(at{path: jsonPath(path, "actor")}, "%v", err)
		return
	}
	p := Post{Platform: Mastodon, Author: who.Handle, AuthorID: who.ID, AuthorName: who.Name,
		Visibility: apVisibility(a.To, a.CC, who.Followers)}
	if typ == "Announce" {
		if p.RepostOf, err = apID(a.Object); err != nil || p.RepostOf == "" {
			in.reject(at{path: jsonPath(path, "object")}, "%v", orMissing(err, "object"))
			return
		}
		p.ID = a.ID
		if p.CreatedAt, err = apTime(a.Published); err != nil {
			in.reject(at{path: jsonPath(path, "published")}, "%v", err)
			return
		}
		in.post(p, at{path: path})
		return
	}
	op := jsonPath(path, "object")
	if len(a.Object) == 0 || a.Object[0] != '{' {
		in.reject(at{path: op}, "want the post object, got %s", excerpt(orNull(a.Object)))
		return
	}
	var n apNote
	if err := json.Unmarshal(a.Object, &n); err != nil {
		in.rejectDecode(op, err)
		return
	}
	if v := apVisibility(n.To, n.CC, who.Followers); v != "" {
		p.Visibility = v
	}
	field, err := n.fill(&p, a.Published)
	if err != nil {
		in.reject(at{path: jsonPath(op, field)}, "%v", err)
		return
	}
	in.post(p, at{path: op})
}

// fill completes p from the post object. On error, field names the
// field at fault.
func (n *apNote) fill(p *Post, published string) (field string, err error) {
	switch t := apType(n.Type); t {
	case "Note", "Question", "Article", "Page":
	case "Tombstone":
		return "type", errors.New("a deleted post (Tombstone): no text left")
	default:
		return "type", fmt.Errorf("a %q object, not a post", jsonrec.Truncate(t, 40))
	}
	if p.ID = n.ID; p.ID == "" {
		return "", errors.New("missing field id")
	}
	if n.Published == "" {
		n.Published = published
	}
	if p.CreatedAt, err = apTime(n.Published); err != nil {
		return "published", err
	}
	if p.ReplyTo, err = apID(n.InReplyTo); err != nil {
		return "inReplyTo", err
	}
	for _, q := range [...]struct {
		name string
		raw  json.RawMessage
	}{{"quote", n.Quote}, {"quoteUri", n.QuoteURI}, {"_misskey_quote", n.MisskeyQuote}, {"quoteUrl", n.QuoteURL}} {
		if p.QuoteOf, err = apID(q.raw); err != nil {
			return q.name, err
		}
		if p.QuoteOf != "" {
			break
		}
	}
	p.URL, _ = apID(n.URL)
	if !n.Content.set() {
		return "", errors.New("missing field content")
	}
	p.Text = withWarning(n.Summary, htmlText(n.Content.String()))
	n.Content = rawString{}
	if len(n.ContentMap) == 1 {
		for lang := range n.ContentMap {
			p.Lang = lang
		}
	}
	return "", nil
}

// apTime reads a published date.
func apTime(s string) (t time.Time, err error) {
	if s == "" {
		return t, errors.New("missing field published")
	}
	return ParseTime(s)
}

func orMissing(err error, field string) error {
	if err == nil {
		return fmt.Errorf("missing field %s", field)
	}
	return err
}

func orNull(raw json.RawMessage) []byte {
	if len(raw) == 0 {
		return []byte("nothing")
	}
	return raw
}

// isActivityPubActor recognises actor.json: an ActivityPub actor, which
// holds no posts.
func isActivityPubActor(o object) bool {
	if !has(o, "@context", "id", "type") {
		return false
	}
	switch apType(o["type"]) {
	case "Person", "Service", "Application", "Group", "Organization":
		return true
	}
	return false
}
