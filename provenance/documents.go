package provenance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"io"
	"strconv"
)

// Documents: the platform exports that are JSON values rather than JSON
// Lines (an X API response, a Mastodon array or Context, a Bluesky thread
// or feed, an array of canonical posts).
//
// A document is read one record at a time with a jsonStream, so that its
// length does not matter: a 2 GB array of statuses costs one status of
// memory. A record is one element of a top-level array, one element of a
// list an envelope holds (data, includes.users, includes.tweets, ancestors,
// descendants, statuses, feed), one post of a Bluesky thread, or a lone
// object (a Status, a canonical post). No record is held past
// MaxRecordBytes: a larger one is rejected with its size, and reading goes
// on after it.
//
// A top-level object is read member by member. A member whose key names
// an envelope of a known format (envelopes) is read by that format as it
// streams by; the other members are passed over. An object with no such
// member is a lone record: its bytes are kept as they stream by (up to
// MaxRecordBytes) and it is read by the first item format that matches
// its keys (itemFormats).

// MaxRecordBytes is the largest record of a document the loader reads:
// one element of a top-level array or of an envelope's list (a Mastodon
// status, an X tweet or user, a Bluesky feed item, an X archive tweet),
// one post of a Bluesky thread, or a lone object. A real record is a few
// kilobytes (a long X post with its entities, a Mastodon status with its
// account, card and quoted status stay under 100 KiB); a larger one is
// rejected, naming its path and its size, without being held.
const MaxRecordBytes = 1 << 20

// object is a JSON object decoded one level deep: item formats match
// records by their keys.
type object = map[string]json.RawMessage

// itemFormat is a kind of record: a Mastodon Status, a canonical post, a
// Bluesky post view. itemFormats lists them in the order they are tried.
type itemFormat struct {
	name string
	// match reports whether a record with these top-level keys is of
	// this format.
	match func(item object) bool
	// read decodes the record raw (whose keys are o) found at path.
	read func(in *input, raw []byte, o object, path string)
}

// envelope reads one top-level member of a document whose key names a
// list or tree of records of a known format (data, ancestors, feed…).
type envelope func(d *docReader, s *jsonStream, path string) error

// envelopes are the top-level keys of the document formats, and what
// reads each.
var envelopes = map[string]envelope{
	// X API v2: a response, partial or not.
	"data": xapiData, "includes": xapiIncludes, "errors": xapiErrors,
	// Mastodon: a Context, and the statuses of search results.
	"ancestors": mastodonList, "descendants": mastodonList, "statuses": mastodonList,
	// Bluesky: getPostThread and getAuthorFeed.
	"thread": blueskyThreadEnvelope, "feed": blueskyFeed,
	// ActivityStreams: a Mastodon account archive's outbox.json.
	"orderedItems": activityPubList,
	// Telegram Desktop: a chat's result.json, a whole export's.
	"messages": telegramMessages, "chats": telegramChats, "left_chats": telegramChats,
	// Facebook's "Download your information": comments.json.
	"comments_v2": facebookComments,
}

// itemFormats are the kinds of record a document may hold, in the order
// a record is matched against them: the first whose match takes the
// record's keys reads it.
var itemFormats = [...]itemFormat{
	{name: "Bluesky thread view", match: isBlueskyThreadView, read: readBlueskyThreadView},
	{name: "Bluesky feed item", match: isBlueskyFeedItem,
		read: func(in *input, raw []byte, _ object, path string) { in.blueskyFeedItem(raw, path) }},
	{name: "Bluesky post view", match: isBlueskyPostView,
		read: func(in *input, raw []byte, _ object, path string) { in.blueskyPostView(raw, path) }},
	{name: "canonical post", match: isCanonicalPost, read: readCanonicalPost},
	{name: "Mastodon status", match: isMastodonStatus,
		read: func(in *input, raw []byte, _ object, path string) { in.mastodonStatus(raw, path) }},
	{name: "Instagram post", match: isInstagramPost, read: readInstagramPost},
	{name: "Instagram comment", match: isInstagramComment, read: readInstagramComment},
}

// docReader is the state of one document whose envelope is being read.
type docReader struct {
	in   *input
	path string
	x    *xapiReader // the X API response, once one of its keys is met
	// id is the document's "id" when it comes before the envelope and
	// is a string or an integer (a Telegram chat's id).
	id string
}

// has reports whether o holds every key.
func has(o object, keys ...string) bool {
	for _, k := range keys {
		if _, ok := o[k]; !ok {
			return false
		}
	}
	return true
}

// readDocuments reads a stream of JSON values: usually one document, but
// concatenated API responses are read one after the other, the n-th
// named [n] in paths.
func (in *input) readDocuments() error {
	s := newStream(in.br)
	for n := 0; ; n++ {
		if err := in.ctx.Err(); err != nil {
			return err
		}
		prefix := ""
		if n > 0 {
			prefix = "[" + strconv.Itoa(n) + "]"
		}
		c, err := s.peek()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return in.streamFailed(prefix, err)
		}
		switch c {
		case '[':
			err = in.readObjects(s, prefix)
		case '{':
			err = in.readObject(s, prefix, true)
		default:
			var what string
			if what, err = s.describe(); err == nil {
				in.reject(at{path: orRoot(prefix)}, "want a JSON object or array, got %s", what)
			}
		}
		if err != nil {
			return in.streamFailed(prefix, err)
		}
	}
}

// errReported stops the reading of a document whose error was reported.
var errReported = errors.New("provenance: the error is reported")

// streamFailed reports a stream error at its path and returns nil: the
// rest of the document cannot be read. Read errors and cancellations are
// returned.
func (in *input) streamFailed(path string, err error) error {
	if err == nil || errors.Is(err, errReported) {
		return nil
	}
	var pe *pathError
	if errors.As(err, &pe) {
		in.reject(at{path: orRoot(pe.path)}, "%s", pe.err.Error())
		return nil
	}
	var se *streamError
	if errors.As(err, &se) {
		in.reject(at{path: orRoot(path)}, "%s", se.Error())
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("archive %s: %w", in.name, err)
}

func orRoot(path string) string {
	if path == "" {
		return "$"
	}
	return path
}

// rejectTooLarge reports a record past MaxRecordBytes.
func (in *input) rejectTooLarge(path string, size int64) {
	in.reject(at{path: orRoot(path)}, "a record of %s, over the %d MiB limit for one post: skipped without being read",
		sizeText(size), MaxRecordBytes>>20)
}

// streamArray reads the array that comes next, passing each element to
// item with its path. An element longer than MaxRecordBytes is rejected.
// The bytes item receives are valid during the call only.
func (in *input) streamArray(s *jsonStream, path string, item func(raw []byte, path string)) error {
	return s.elements(path, func(i int) error {
		if err := in.every256(i); err != nil {
			return err
		}
		p := path + "[" + strconv.Itoa(i) + "]"
		raw, size, err := s.record(MaxRecordBytes)
		switch {
		case err != nil:
			return atPath(p, err)
		case raw == nil:
			in.rejectTooLarge(p, size)
		default:
			item(raw, p)
		}
		return nil
	})
}

// every256 checks the load's context every 256 elements of an array.
func (in *input) every256(i int) error {
	if i&255 == 0 {
		return in.ctx.Err()
	}
	return nil
}

// readObjects reads a top-level array: each element is read as a
// top-level object is (an envelope streams by, a lone record is held up to
// MaxRecordBytes), so that an array of API responses of any size is read
// as a stream of them.
func (in *input) readObjects(s *jsonStream, path string) error {
	return s.elements(path, func(i int) error {
		if err := in.every256(i); err != nil {
			return err
		}
		p := path + "[" + strconv.Itoa(i) + "]"
		c, err := s.peek()
		if err != nil {
			return atPath(p, s.truncated(err))
		}
		if c != '{' {
			got, err := s.describe()
			if err != nil {
				return atPath(p, err)
			}
			in.reject(at{path: p}, "want a JSON object, got %s", got)
			return nil
		}
		// Most elements are records: held whole, they are read
		// fastest. A longer one is read as it streams by.
		raw, complete, err := s.recordOrStart(MaxRecordBytes)
		if err != nil {
			return atPath(p, err)
		}
		if complete {
			in.readRecord(raw, p, false)
			return nil
		}
		return in.readObject(s, p, false)
	})
}

// streamList reads the list of records an envelope key holds: an array
// of objects (what names them in messages), or null.
func (in *input) streamList(s *jsonStream, path, what string, read func(raw []byte, path string)) error {
	if ok, err := in.arrayNext(s, path, "an array of "+what+" objects"); !ok {
		return err
	}
	return in.streamArray(s, path, func(raw []byte, p string) {
		if raw[0] != '{' {
			in.reject(at{path: p}, "want a %s object, got %s", what, excerpt(raw))
			return
		}
		read(raw, p)
	})
}

// arrayNext reports whether an array comes next in s. When another value
// does, it is consumed and rejected (want names what was wanted), but
// null, which stands for an empty list.
func (in *input) arrayNext(s *jsonStream, path, want string) (bool, error) {
	return in.opens(s, path, '[', want)
}

// opens reports whether the value that comes next in s opens with c ('['
// or '{'). When another value does, it is consumed and rejected (want
// names what was wanted), but null, which stands for nothing.
func (in *input) opens(s *jsonStream, path string, open byte, want string) (bool, error) {
	c, err := s.peek()
	if err != nil {
		return false, atPath(path, s.truncated(err))
	}
	if c == open {
		return true, nil
	}
	got, err := s.describe()
	if err != nil || got == "null" {
		return false, atPath(path, err)
	}
	in.reject(at{path: path}, "want %s, got %s", want, got)
	return false, nil
}

// describe consumes the next value and says what it is, for a message:
// the value itself when short, else its kind and size.
func (s *jsonStream) describe() (string, error) {
	c, err := s.peek()
	if err != nil {
		return "", s.truncated(err)
	}
	raw, size, err := s.value(30)
	if err != nil {
		return "", err
	}
	if raw != nil {
		return string(raw), nil
	}
	return fmt.Sprintf("%s of %s", kindOf(c), sizeText(size)), nil
}

// kindOf names the kind of JSON value that starts with c.
func kindOf(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// readObject reads the object that comes next: an envelope, whose
// members are read as they stream by, or a lone record. top is false for
// an element of a top-level array.
func (in *input) readObject(s *jsonStream, path string, top bool) (err error) {
	d := &docReader{in: in, path: path}
	envelope := false
	s.startTee(MaxRecordBytes)
	defer func() {
		if s.teeOn {
			s.stopTee()
		}
		cut := err != nil
		if cut {
			// Say where the document breaks before what it costs.
			if rerr := in.streamFailed(path, err); rerr != nil {
				err = rerr
			} else {
				err = errReported
			}
		}
		if d.x != nil {
			d.x.finish(cut)
		}
	}()
	err = s.members(path, func(k string) error {
		kp := jsonPath(path, k)
		if read, ok := envelopes[k]; ok {
			if !envelope {
				envelope = true
				s.stopTee()
			}
			return atPath(kp, read(d, s, kp))
		}
		if k == "id" && !envelope {
			raw, _, err := s.value(64)
			if raw != nil {
				d.id, _ = idString(raw)
			}
			return atPath(kp, err)
		}
		return atPath(kp, s.skip())
	})
	if err != nil {
		return err
	}
	if envelope {
		return nil
	}
	raw, size := s.stopTee()
	if raw == nil {
		in.rejectTooLarge(path, size)
		return nil
	}
	in.readRecord(bytes.TrimSpace(raw), path, top)
	return nil
}

// readRecord reads one record held in memory: a lone object, at the top
// level (top) or in a top-level array. A record that is itself an
// envelope (held by a caller that did not look) is read as a document.
func (in *input) readRecord(raw []byte, path string, top bool) {
	if raw[0] != '{' {
		in.reject(at{path: orRoot(path)}, "want a JSON object, got %s", excerpt(raw))
		return
	}
	o, ok := splitObject(raw)
	if !ok {
		// Nested deeper than the splitter goes, or not valid UTF-8:
		// encoding/json decides, copying.
		if err := json.Unmarshal(raw, &o); err != nil {
			in.rejectDecode(path, err)
			return
		}
	}
	if isFacebookPost(o) {
		// Its "data" is not the X API's.
		readFacebookPost(in, raw, o, path)
		return
	}
	{
		for k := range o {
			if _, ok := envelopes[k]; ok {
				// A record in memory cannot fail to read; a
				// cancellation is seen by the caller's loop.
				_ = in.streamFailed(path, in.readObject(bytesStream(raw), path, top))
				return
			}
		}
	}
	for _, f := range itemFormats {
		if f.match(o) {
			f.read(in, raw, o, path)
			return
		}
	}
	switch {
	case top && isActivityPubActor(o):
		in.skipWhy = "an ActivityPub actor (a Mastodon account archive's actor.json, read beside outbox.json): it holds no posts"
		return
	case top && isMetaProfile(o):
		in.skipWhy = "a Facebook or Instagram profile (read beside the posts for the author): it holds no posts"
		return
	case top && isDIDDocument(o):
		in.skipWhy = "a DID document (did.json, read beside a Bluesky repository for the handle): it holds no posts"
		return
	}
	if msg, ok := apiError(o); ok {
		in.reject(at{path: orRoot(path)}, "the export holds an API error, not posts: %s", msg)
		return
	}
	if top {
		in.reject(at{path: orRoot(path)}, "%s", unknownFormat)
		return
	}
	in.reject(at{path: orRoot(path)}, "not a post of a known format")
}

// splitObject returns the top-level members of the object raw, each
// value a slice of raw (nothing is copied). It checks the structure, not
// every value: the readers decode the values they need with
// encoding/json, which does. ok is false for malformed input.
func splitObject(raw []byte) (o object, ok bool) {
	var d flatDecoder
	d.s = raw
	d.ws()
	if !d.eat('{') {
		return nil, false
	}
	o = object{}
	d.ws()
	if d.eat('}') {
		return o, d.end()
	}
	for {
		d.ws()
		k, ok := d.str(true)
		if !ok {
			return nil, false
		}
		d.ws()
		if !d.eat(':') {
			return nil, false
		}
		d.ws()
		start := d.i
		if !d.skip(0) {
			return nil, false
		}
		o[string(k)] = raw[start:d.i]
		d.ws()
		if d.eat(',') {
			continue
		}
		if d.eat('}') {
			return o, d.end()
		}
		return nil, false
	}
}

// unknownFormat explains a file or document of no known format.
const unknownFormat = "not a recognised archive format (want JSON Lines, an export of X, Mastodon, Bluesky, Telegram, Facebook or Instagram, or an X archive tweets.js)"

// apiError recognises the error bodies platforms return instead of data.
func apiError(top object) (string, bool) {
	for _, k := range []string{"error", "errors", "detail", "message"} {
		if raw, ok := top[k]; ok {
			return jsonrec.Truncate(string(bytes.TrimSpace(raw)), 80), true
		}
	}
	return "", false
}

// docReason explains a decoding error of a record.
func docReason(err error) string {
	if jsonrec.Truncated(err) {
		return jsonrec.EndsInside
	}
	return jsonrec.Invalid(err)
}

// rejectDecode reports a record that does not decode, naming the field
// at fault when encoding/json knows it.
func (in *input) rejectDecode(path string, err error) {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		in.reject(at{path: orRoot(jsonPath(path, te.Field))}, "%s", jsonrec.WantGot(te))
		return
	}
	in.reject(at{path: orRoot(path)}, "%s", docReason(err))
}
