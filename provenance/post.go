package provenance

import (
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Platform names used in Post.Platform and in the contract's JSON.
const (
	X        = "x"
	Mastodon = "mastodon"
	Bluesky  = "bluesky"
	Generic  = "generic"
)

// Key identifies a post: the platform and the platform's id for it.
type Key struct {
	Platform string
	ID       string
}

// String returns "platform:id".
func (k Key) String() string { return k.Platform + ":" + k.ID }

// Post is one message as a reader of the platform saw it.
//
// Text is what the reader saw: HTML turned into text, entities such as
// &amp; decoded, links shown as their target. References to other posts
// (ReplyTo, Conversation, QuoteOf, RepostOf) are ids on the same platform.
type Post struct {
	Platform   string    // X, Mastodon, Bluesky, Telegram, Facebook, Instagram or Generic
	ID         string    // platform id; a Bluesky at:// URI
	Author     string    // handle as the platform shows it, without @
	AuthorID   string    // platform account id when known (X author_id, Bluesky DID)
	AuthorName string    // display name
	CreatedAt  time.Time // creation time, with its fraction when the platform gives one
	Text       string    // may be empty for a repost

	ReplyTo      string // parent post
	Conversation string // root post of the conversation
	QuoteOf      string // post this one quotes
	RepostOf     string // post this one reposts (retweet, boost)

	URL  string
	Lang string

	// From lists where the post was read, in reading order: the file
	// and the record's place in it, once for each time it was read (a
	// post in two exports has two), MaxFrom at most; MoreFrom counts the
	// times beyond those. A post given to Sink.Put without them has
	// none; an archive keeps no Origin without a File.
	From     []Origin
	MoreFrom int
	// Deleted says that the post's author deleted it (the X archive's
	// deleted-tweets.js): it was posted and is evidence still.
	Deleted bool
	// Visibility is who could read the post when it was posted, as
	// Mastodon names it: VisibilityPublic, VisibilityUnlisted,
	// VisibilityPrivate (the author's followers) or VisibilityDirect
	// (the accounts it mentions); "" when the export does not say (every
	// platform but Mastodon). A post that was not public was not said to
	// the world, whoever shows it now.
	Visibility string
}

// The visibilities of a post (Post.Visibility), as Mastodon's REST API
// names them.
const (
	VisibilityPublic   = "public"   // anyone, on the public timelines too
	VisibilityUnlisted = "unlisted" // anyone who opens it, off the public timelines
	VisibilityPrivate  = "private"  // the author's followers only
	VisibilityDirect   = "direct"   // the accounts it mentions only
)

// visibilities are the values of Post.Visibility, by the number an
// archive stores them as: 0 is "", not known.
var visibilities = [...]string{"", VisibilityPublic, VisibilityUnlisted, VisibilityPrivate, VisibilityDirect}

// visibilityCode returns the number of a visibility (visibilities); 0
// for "" and for a value Validate refuses.
func visibilityCode(v string) uint8 {
	for i, w := range visibilities {
		if w == v {
			return uint8(i)
		}
	}
	return 0
}

// visibilityOf returns the visibility numbered c, "" when c is out of
// range.
func visibilityOf(c uint8) string {
	if int(c) < len(visibilities) {
		return visibilities[c]
	}
	return ""
}

// MaxFrom is the most origins a post keeps (Post.From); the others are
// counted (Post.MoreFrom).
const MaxFrom = 8

// Origin is where the loader read a post: a file, named as the loader's
// messages name it (FILE.zip/ENTRY for an entry of a ZIP archive), and
// the record's place in it: a line of JSON Lines, or the JSON path of a
// record in a document (data[3], [12].tweet, a Bluesky repository's
// collection/rkey).
type Origin struct {
	File string
	Line int    // from 1; 0 when the record is named by Path
	Path string // "" for a line of JSON Lines
}

// String writes the origin as the loader's messages name a record
// (CONTRACT §6): FILE:LINE, FILE#path, or FILE.
func (o Origin) String() string {
	return jsonrec.Error{File: o.File, Line: o.Line, Field: o.Path}.Place()
}

// Places returns where the post was read, each place as Origin.String
// writes it (FILE:LINE, FILE#path); nil when it has none.
func (p *Post) Places() []string {
	var out []string
	for _, o := range p.From {
		out = append(out, o.String())
	}
	return out
}

// KeepFrom returns what an archive keeps of the origins a post is given
// with (Post.From and MoreFrom): each origin that names a file, once, in
// order, MaxFrom at most, the others counted with more; nothing, not
// even a count, when no origin names a file.
func KeepFrom(from []Origin, more int) ([]Origin, int) {
	var p Post
	p.addFrom(from, more)
	if len(p.From) == 0 {
		return nil, 0
	}
	return p.From, p.MoreFrom
}

// addFrom appends the origins of a post read again to p's, in reading
// order, without repeating one and keeping MaxFrom at most: the others
// are counted in p.MoreFrom. An origin without a file is not kept.
func (p *Post) addFrom(from []Origin, more int) {
	for _, o := range from {
		switch {
		case o.File == "" || slices.Contains(p.From, o):
		case len(p.From) < MaxFrom:
			p.From = append(p.From, o)
		default:
			p.MoreFrom++
		}
	}
	p.MoreFrom += more
}

// Key returns the post's key.
func (p *Post) Key() Key { return Key{p.Platform, p.ID} }

// Validate checks the fields the contract requires and names the first
// field at fault.
func (p *Post) Validate() error { return p.validate(true) }

// validate is Validate; with checkUTF8 false, the fields are known to be
// valid UTF-8.
func (p *Post) validate(checkUTF8 bool) error {
	switch {
	case strings.TrimSpace(p.ID) == "":
		return errors.New("missing field id")
	case strings.TrimSpace(p.Author) == "":
		return errors.New("missing field author")
	case p.CreatedAt.IsZero():
		return errors.New("missing field created_at")
	}
	if checkUTF8 {
		for _, f := range [...]struct{ name, v string }{
			{"platform", p.Platform}, {"id", p.ID}, {"author", p.Author}, {"author_id", p.AuthorID},
			{"author_name", p.AuthorName}, {"text", p.Text}, {"reply_to", p.ReplyTo},
			{"conversation", p.Conversation}, {"quote_of", p.QuoteOf}, {"repost_of", p.RepostOf},
			{"url", p.URL}, {"lang", p.Lang},
		} {
			if !utf8.ValidString(f.v) {
				return fmt.Errorf("field %s is not valid UTF-8", f.name)
			}
		}
	}
	if strings.HasPrefix(p.Author, "@") {
		return errors.New("field author must not start with @")
	}
	if p.Visibility != "" && visibilityCode(p.Visibility) == 0 {
		return fmt.Errorf("field visibility %q: want public, unlisted, private or direct", jsonrec.Truncate(p.Visibility, 20))
	}
	return nil
}

// ParseTime reads a post date: RFC 3339 with any offset and any fraction
// (2025-03-11T08:02:11.482Z, 2024-11-02T21:14:05.123456+01:00), or the X
// archive's "Tue Mar 11 08:02:11 +0000 2025".
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	// RFC 3339 allows a lower-case t and z, and a space is common.
	if len(s) > 10 && (s[10] == 't' || s[10] == ' ') {
		if t, err := time.Parse(time.RFC3339Nano, s[:10]+"T"+strings.ToUpper(s[11:])); err == nil {
			return t, nil
		}
	}
	if t, err := time.Parse(time.RubyDate, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("unparsable date %q (want RFC 3339)", jsonrec.Truncate(s, 40))
}

// twitterEpoch is the time of snowflake 0, in Unix milliseconds.
const twitterEpoch = 1288834974657

// SnowflakeTime returns the creation time an X id carries (to the
// millisecond), and false for ids that are not snowflakes (before
// November 2010, or not numbers).
func SnowflakeTime(id string) (time.Time, bool) {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil || n < 1<<32 {
		return time.Time{}, false
	}
	return time.UnixMilli(int64(n>>22) + twitterEpoch).UTC(), true
}

// refineXTime gives an X post the milliseconds its snowflake id carries
// when its date has whole seconds only (the X archive, API v1.1 dates):
// two posts of the same second then still sort in the order they were
// written.
func refineXTime(p *Post) {
	if p.Platform != X || p.CreatedAt.Nanosecond() != 0 {
		return
	}
	st, ok := SnowflakeTime(p.ID)
	if ok && st.Unix() == p.CreatedAt.Unix() {
		p.CreatedAt = st.In(p.CreatedAt.Location())
	}
}
