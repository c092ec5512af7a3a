package provenance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// object is a JSON object decoded one level deep: the format readers
// decode the fields they need from the raw values.
type object = map[string]json.RawMessage

// docFormat is a platform export recognised by its top-level keys: an
// X API v2 response, a Mastodon Status or Context, a Bluesky thread or
// feed. Readers register their formats in init.
type docFormat struct {
	name string
	// match reports whether a top-level object is of this format.
	match func(top object) bool
	// read decodes the posts of top; path is its JSON path prefix
	// ("" for a lone document, "[2]" for the third value of a stream).
	read func(in *input, top object, path string)
}

// itemFormat is a kind of element of a top-level JSON array: a Mastodon
// Status, a canonical post, an X archive item.
type itemFormat struct {
	name  string
	match func(item object) bool
	read  func(in *input, item object, path string)
}

var (
	docFormats  []docFormat
	itemFormats []itemFormat
)

// registerDoc adds a document format; formats are tried in order.
func registerDoc(f docFormat) { docFormats = append(docFormats, f) }

// registerItem adds an array element format; formats are tried in order.
func registerItem(f itemFormat) { itemFormats = append(itemFormats, f) }

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
// concatenated API responses are read one after the other. A top-level
// array is decoded one element at a time.
func (in *input) readDocuments() error {
	lim := &limitedReader{r: in.br, n: MaxDocumentBytes}
	in.lim = lim
	dec := json.NewDecoder(lim)
	for n := 0; ; n++ {
		lim.n = MaxDocumentBytes
		prefix := ""
		if n > 0 {
			prefix = "[" + strconv.Itoa(n) + "]"
		}
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			in.reject(at{path: orRoot(prefix)}, "%s", docReason(err))
			return nil
		}
		switch tok {
		case json.Delim('['):
			if !in.readArray(dec, prefix, in.readItem) {
				return in.ctx.Err()
			}
		case json.Delim('{'):
			top, err := decodeRestOfObject(dec)
			if err != nil {
				in.reject(at{path: orRoot(prefix)}, "%s", docReason(err))
				return nil
			}
			in.readDocument(top, prefix)
		default:
			in.reject(at{path: orRoot(prefix)}, "want a JSON object or array, got %v", tok)
			return nil
		}
		if err := in.ctx.Err(); err != nil {
			return err
		}
	}
}

func orRoot(path string) string {
	if path == "" {
		return "$"
	}
	return path
}

// readArray decodes the elements of an array whose '[' was just read,
// passing each to item with its path. It returns false when the rest of
// the stream cannot be read (the reason is reported).
func (in *input) readArray(dec *json.Decoder, prefix string, item func(obj object, path string)) bool {
	for i := 0; dec.More(); i++ {
		path := prefix + "[" + strconv.Itoa(i) + "]"
		if i&1023 == 0 && in.ctx.Err() != nil {
			return false
		}
		if in.lim != nil {
			in.lim.n = MaxDocumentBytes
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			in.reject(at{path: path}, "%s", docReason(err))
			return false
		}
		var obj object
		if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
			in.reject(at{path: path}, "want a JSON object, got %s", truncate(string(raw), 30))
			continue
		}
		item(obj, path)
	}
	if _, err := dec.Token(); err != nil { // the closing ]
		in.reject(at{path: orRoot(prefix)}, "%s", docReason(err))
		return false
	}
	return true
}

// readItem reads one element of a top-level array.
func (in *input) readItem(obj object, path string) {
	for _, f := range itemFormats {
		if f.match(obj) {
			f.read(in, obj, path)
			return
		}
	}
	in.reject(at{path: path}, "not a post of a known format")
}

// readDocument reads one top-level object.
func (in *input) readDocument(top object, path string) {
	for _, f := range docFormats {
		if f.match(top) {
			f.read(in, top, path)
			return
		}
	}
	for _, f := range itemFormats { // a lone Mastodon Status, a lone canonical post
		if f.match(top) {
			f.read(in, top, path)
			return
		}
	}
	if msg, ok := apiError(top); ok {
		in.reject(at{path: orRoot(path)}, "the export holds an API error, not posts: %s", msg)
		return
	}
	in.reject(at{path: orRoot(path)}, "not a recognised archive format (want JSON Lines, an X, Mastodon or Bluesky export, or an X archive tweets.js)")
}

// apiError recognises the error bodies platforms return instead of data.
func apiError(top object) (string, bool) {
	for _, k := range []string{"error", "errors", "detail", "message"} {
		if raw, ok := top[k]; ok {
			return truncate(string(bytes.TrimSpace(raw)), 80), true
		}
	}
	return "", false
}

// decodeRestOfObject decodes an object whose '{' was just read.
func decodeRestOfObject(dec *json.Decoder) (object, error) {
	top := object{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("want an object key, got %v", tok)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		top[key] = raw
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return top, nil
}

// errTooLarge stops a document beyond MaxDocumentBytes.
var errTooLarge = fmt.Errorf("document larger than %d MiB: split it, or convert it to JSON Lines, which is streamed", MaxDocumentBytes>>20)

// docReason explains a decoding error of a document.
func docReason(err error) string {
	if errors.Is(err, errTooLarge) {
		return errTooLarge.Error()
	}
	var se *json.SyntaxError
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.As(err, &se) && se.Error() == "unexpected end of JSON input" {
		return "truncated JSON: the file ends inside a value"
	}
	return "invalid JSON: " + jsonReason(err)
}

// limitedReader fails with errTooLarge once n bytes have been read.
// readDocuments and readArray refill n before each document and each
// array element, so it bounds what the decoder must hold for one value,
// not the length of the stream.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// sub decodes raw into v and names the path on failure.
func (in *input) sub(raw json.RawMessage, v any, path string) bool {
	if err := json.Unmarshal(raw, v); err != nil {
		in.reject(at{path: path}, "%s", docReason(err))
		return false
	}
	return true
}

// eachObject reads raw, a JSON array found at path, and passes each
// element that is an object to fn with its path. A value that is not an
// array, or an element that is not an object, is rejected naming what
// was wanted ("status", "feed item").
func (in *input) eachObject(raw json.RawMessage, path, what string, fn func(item json.RawMessage, path string)) {
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		in.reject(at{path: orRoot(path)}, "want an array of %s objects, got %s", what, truncate(string(raw), 30))
		return
	}
	for i, item := range items {
		p := path + "[" + strconv.Itoa(i) + "]"
		if i&1023 == 0 && in.ctx.Err() != nil {
			return
		}
		if t := bytes.TrimSpace(item); len(t) == 0 || t[0] != '{' {
			in.reject(at{path: p}, "want a %s object, got %s", what, truncate(string(item), 30))
			continue
		}
		fn(item, p)
	}
}
