package montage

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"github.com/guillemet/guillemet/provenance"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Composite is what a screenshot shows (CONTRACT §4 montage): posts
// side by side, in screen order, one of them the disputed one.
//
// Its JSON form is
//
//	{"id":"c1","items":[{"text":"…","author":"@handle","date":"12 juin 2012"}],
//	 "disputed":0,"captured_at":"2024-11-05T10:00:00Z"}
//
// where id (a string or a number), author, date and captured_at are
// optional, and disputed may be left out only when there is one item.
type Composite struct {
	ID         string    // echoed in the output; may be empty
	Items      []Item    // at least one, at most MaxItems
	Disputed   int       // index into Items of the disputed item
	CapturedAt time.Time // when the screenshot was taken; zero when not given
	// Seq is the composite's position among the records a
	// Scanner read, rejected ones included (0-based).
	Seq int
}

// Item is one post as a screenshot shows it. Nothing in it is checked
// beyond its JSON types: a text of white space only, an author or a date
// the reader cannot make sense of are kept as shown, for the montage
// judge to report.
type Item struct {
	Text   string
	Author string // as shown, e.g. "@handle" or "Display Name (@handle)"; may be empty
	Date   string // as shown, e.g. "12 juin 2012" or "il y a 3 h" (see ParseDate); may be empty
}

// MaxItems is the most items a composite may hold. A screenshot shows a
// handful; the limit keeps one composite from costing the montage judge
// an unbounded number of searches.
const MaxItems = 10000

// Limits on the input of ReadComposites.
const (
	// MaxLineBytes is the longest JSON Lines record; a longer
	// line is rejected and skipped without being held in memory.
	MaxLineBytes = 16 << 20
	// MaxDocumentBytes is the largest input read as a single
	// JSON document (a pretty-printed composite, or an array of them).
	MaxDocumentBytes = 64 << 20
)

// ReadComposites reads FILE holding one composite object (possibly
// pretty-printed) or JSON Lines of composites. name is used in messages.
// It returns the composites that are valid, in input order, and one
// provenance.Rejection per rejected composite (naming name:LINE or name#json-path
// and the reason), and a non-nil fatal error only when r cannot be read.
//
// The format is told from the content: input whose first line is a
// complete JSON value (or whose first lines hold a complete composite)
// is JSON Lines, read a line at a time with lines up to
// MaxLineBytes; otherwise the input is one JSON document of up
// to MaxDocumentBytes (a pretty-printed composite, an array of
// composites, or several documents one after another). Blank lines are
// skipped; input holding no composite at all is one rejection.
//
// Item dates are not parsed here: an item whose date cannot be read is
// kept, for the montage judge to report.
func ReadComposites(r io.Reader, name string) (comps []Composite, rejected provenance.Rejections, err error) {
	sc := NewScanner(r, name)
	for {
		c, err := sc.Next()
		var rej *provenance.Rejection
		switch {
		case err == nil:
			comps = append(comps, c)
		case errors.As(err, &rej):
			rejected = append(rejected, *rej)
		case err == io.EOF:
			return comps, rejected, nil
		default:
			return comps, rejected, err
		}
	}
}

// Scanner reads composites one record at a time, so that a
// caller can answer each before the next is read (guillemet montage
// streams its answers this way). It reads what ReadComposites reads,
// with the same formats, limits and rejections, in input order; a JSON
// Lines input is read a line at a time, a single JSON document (a
// pretty-printed composite, an array) whole, up to its limit.
type Scanner struct {
	cr compositeReader
}

// NewScanner returns a scanner of the composites of r; name is
// used in messages.
func NewScanner(r io.Reader, name string) *Scanner {
	return &Scanner{cr: compositeReader{name: name, br: bufio.NewReaderSize(r, 64<<10)}}
}

// Next returns the next record: a composite and a nil error, or a
// rejected record as a *provenance.Rejection (naming name:LINE or name#json-path
// and the reason) with a Composite that holds only what could be read
// of it: its ID (when it has one) and its Seq, its place among the
// records. It returns io.EOF after the last record, and any other error
// when r cannot be read. Input holding no composite at all is one
// rejection.
func (s *Scanner) Next() (Composite, error) {
	cr := &s.cr
	for len(cr.queue) == 0 {
		if cr.mode == modeDone {
			if cr.seq == 0 {
				cr.reject(0, "", "", "empty input: no composite")
				continue
			}
			return Composite{}, io.EOF
		}
		if err := cr.step(); err != nil {
			cr.mode = modeDone
			return Composite{}, err
		}
	}
	r := cr.queue[0]
	cr.queue = cr.queue[1:]
	if r.rej != nil {
		return r.c, r.rej
	}
	return r.c, nil
}

// ParseComposite parses one composite object (the HTTP body of POST
// /v1/montage). Its error, if any, is a *provenance.Rejection naming the JSON path
// at fault (Field), returned with a Composite holding only the
// composite's ID when it could be read.
func ParseComposite(data []byte) (Composite, error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return Composite{}, &provenance.Rejection{Msg: "empty input: no composite"}
	}
	if !utf8.Valid(data) {
		return Composite{}, &provenance.Rejection{Msg: "invalid UTF-8"}
	}
	c, f := parseComposite(data)
	if f != nil {
		return Composite{ID: f.id}, &provenance.Rejection{Field: f.path, Msg: f.reason}
	}
	return c, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// compositeReader is one input being read by a Scanner.
type compositeReader struct {
	name  string
	br    *bufio.Reader
	mode  readMode
	line  int      // JSON Lines: the last line read
	queue []record // records read, not yet returned
	seq   int      // records read so far
}

// readMode is what a compositeReader reads next.
type readMode uint8

const (
	modeDetect readMode = iota // nothing read yet
	modeLines                  // JSON Lines, a line at a time
	modeDone                   // nothing more to read
)

// record is one composite read, or its rejection (c then holds its ID
// and Seq).
type record struct {
	c   Composite
	rej *provenance.Rejection
}

func (cr *compositeReader) reject(line int, path, id, reason string) {
	cr.queue = append(cr.queue, record{c: Composite{ID: id, Seq: cr.seq}, rej: &provenance.Rejection{File: cr.name, Line: line, Field: path, Msg: reason}})
	cr.seq++
}

// add parses one composite and keeps it or rejects it. line and prefix
// (a JSON path such as "[3]") say where it is.
func (cr *compositeReader) add(data []byte, line int, prefix string) {
	c, f := parseComposite(data)
	if f != nil {
		cr.reject(line, joinPath(prefix, f.path), f.id, f.reason)
		return
	}
	c.Seq = cr.seq
	cr.seq++
	cr.queue = append(cr.queue, record{c: c})
}

// step reads on: the format first, then a line of JSON Lines, or the
// whole of a JSON document.
func (cr *compositeReader) step() error {
	switch cr.mode {
	case modeDetect:
		return cr.detect()
	case modeLines:
		return cr.readLine()
	}
	return nil
}

func joinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

// detect tells the format from the first bytes, and reads a JSON
// document whole.
func (cr *compositeReader) detect() error {
	cr.mode = modeDone
	head, err := cr.br.Peek(64 << 10)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("composite %s: %w", cr.name, err)
	}
	full := len(head) == 64<<10
	if bytes.HasPrefix(head, utf8BOM) {
		cr.br.Discard(len(utf8BOM))
		head, _ = cr.br.Peek(len(head) - len(utf8BOM))
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(trimmed) == 0 && !full:
		return nil // empty: Next says so
	case len(trimmed) == 0 || trimmed[0] == '{' && jsonrec.DetectRecords(trimmed, full, "items") == jsonrec.Lines:
		cr.mode = modeLines
		return nil
	case trimmed[0] == '{' || trimmed[0] == '[':
		return cr.readDocuments()
	}
	cr.reject(0, "", "", "not a composite: want a JSON object, JSON Lines of objects or an array of objects")
	return nil
}

// readLine reads one line of JSON Lines of composites.
func (cr *compositeReader) readLine() error {
	cr.line++
	line := cr.line
	text, _, tooLong, err := jsonrec.ReadLine(cr.br, MaxLineBytes)
	switch {
	case tooLong:
		cr.reject(line, "", "", fmt.Sprintf("line longer than %d MiB", MaxLineBytes>>20))
	case len(bytes.TrimSpace(text)) == 0:
	case !utf8.Valid(text):
		cr.reject(line, "", "", "invalid UTF-8")
	default:
		cr.add(text, line, "")
	}
	if err == io.EOF {
		cr.mode = modeDone
		return nil
	}
	if err != nil {
		return fmt.Errorf("composite %s:%d: %w", cr.name, line, err)
	}
	return nil
}

// readDocuments reads the input as JSON documents: usually one composite
// object, or an array of composites. When the input holds several
// documents, each is named by the line it starts on.
func (cr *compositeReader) readDocuments() error {
	data, err := io.ReadAll(io.LimitReader(cr.br, MaxDocumentBytes+1))
	if err != nil {
		return fmt.Errorf("composite %s: %w", cr.name, err)
	}
	if len(data) > MaxDocumentBytes {
		cr.reject(0, "", "", fmt.Sprintf("document larger than %d MiB (write one composite a line: JSON Lines records are read one at a time)", MaxDocumentBytes>>20))
		return nil
	}
	if !utf8.Valid(data) {
		cr.reject(lineAt(data, invalidUTF8At(data)), "", "", "invalid UTF-8")
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	multi := false
	for n := 0; ; n++ {
		start := skipBlank(data, int(dec.InputOffset()))
		if start >= len(data) {
			if n == 0 {
				cr.reject(0, "", "", "empty input: no composite")
			}
			return nil
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			line := 0
			if multi {
				line = lineAt(data, start)
			}
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line = lineAt(data, int(se.Offset)-1)
			}
			cr.reject(line, "", "", jsonSyntaxReason(err))
			return nil
		}
		if n == 0 {
			multi = dec.More() || skipBlank(data, int(dec.InputOffset())) < len(data)
		}
		line := 0
		if multi {
			line = lineAt(data, start)
		}
		if raw[0] != '[' {
			cr.add(raw, line, "")
			continue
		}
		elems := json.NewDecoder(bytes.NewReader(raw))
		elems.Token() // [
		for i := 0; elems.More(); i++ {
			var elem json.RawMessage
			if elems.Decode(&elem) != nil {
				break // cannot happen: raw is valid JSON
			}
			cr.add(elem, line, "["+strconv.Itoa(i)+"]")
		}
	}
}

func skipBlank(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	return i
}

// lineAt returns the 1-based line of byte offset i.
func lineAt(data []byte, i int) int {
	i = max(0, min(i, len(data)))
	return 1 + bytes.Count(data[:i], []byte("\n"))
}

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// jsonSyntaxReason explains why a composite could not be decoded.
func jsonSyntaxReason(err error) string {
	if jsonrec.Truncated(err) {
		return "truncated JSON"
	}
	return jsonrec.Invalid(err)
}

// compositeFault is why a composite is rejected: the JSON path at fault
// inside it (may be empty), the reason, and the composite's id when it
// could be read.
type compositeFault struct {
	path, reason, id string
}

type compositeJSON struct {
	ID         json.RawMessage `json:"id"`
	Items      json.RawMessage `json:"items"`
	Disputed   json.RawMessage `json:"disputed"`
	CapturedAt json.RawMessage `json:"captured_at"`
}

type itemJSON struct {
	Text   json.RawMessage `json:"text"`
	Author json.RawMessage `json:"author"`
	Date   json.RawMessage `json:"date"`
}

// parseComposite decodes and checks one composite object (valid UTF-8).
func parseComposite(data []byte) (Composite, *compositeFault) {
	data = bytes.TrimSpace(data)
	fault := func(path, format string, args ...any) (Composite, *compositeFault) {
		return Composite{}, &compositeFault{path: path, reason: fmt.Sprintf(format, args...)}
	}
	if len(data) == 0 {
		return fault("", "empty input: no composite")
	}
	var cj compositeJSON
	if data[0] != '{' {
		if !json.Valid(data) {
			return fault("", "%s", jsonSyntaxReason(json.Unmarshal(data, new(any))))
		}
		return fault("", "want a composite object, got %s", jsonrec.Describe(data))
	}
	if err := json.Unmarshal(data, &cj); err != nil {
		return fault("", "%s", jsonSyntaxReason(err))
	}
	var c Composite
	id, ok := jsonString(cj.ID, true)
	if !ok {
		return fault("id", "want a string or a number, got %s", jsonrec.Describe(cj.ID))
	}
	c.ID = id
	withID := func(c Composite, f *compositeFault) (Composite, *compositeFault) {
		f.id = id
		return c, f
	}

	items := bytes.TrimSpace(cj.Items)
	switch {
	case len(items) == 0 || string(items) == "null":
		return withID(fault("", "composite has no items"))
	case items[0] != '[':
		return withID(fault("items", "want an array, got %s", jsonrec.Describe(items)))
	}
	n, itemFault := 0, (*compositeFault)(nil)
	dec := json.NewDecoder(bytes.NewReader(items))
	dec.Token() // [
	for ; dec.More(); n++ {
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			break // cannot happen: the composite is valid JSON
		}
		if n >= MaxItems || itemFault != nil {
			continue // only counted
		}
		it, f := parseItem(raw, n)
		if f != nil {
			itemFault = f
			continue
		}
		c.Items = append(c.Items, it)
	}
	switch {
	case n > MaxItems:
		return withID(fault("", "%d items: over the limit of %d", n, MaxItems))
	case itemFault != nil:
		return withID(Composite{}, itemFault)
	case n == 0:
		return withID(fault("", "composite has no items"))
	}

	switch raw := bytes.TrimSpace(cj.Disputed); {
	case len(raw) == 0 || string(raw) == "null":
		if len(c.Items) != 1 {
			return withID(fault("", "missing field disputed"))
		}
	default:
		d, err := strconv.ParseInt(string(raw), 10, 64)
		switch {
		case errors.Is(err, strconv.ErrRange):
			return withID(fault("", "disputed %s is out of range: %s", jsonrec.Truncate(string(raw), 30), countItems(len(c.Items))))
		case err != nil:
			return withID(fault("disputed", "want the index of an item (an integer), got %s", jsonrec.Describe(raw)))
		case d < 0 || d >= int64(len(c.Items)):
			return withID(fault("", "disputed %d is out of range: %s", d, countItems(len(c.Items))))
		}
		c.Disputed = int(d)
	}

	s, ok := jsonString(cj.CapturedAt, false)
	if !ok {
		return withID(fault("captured_at", "want an RFC 3339 date string, got %s", jsonrec.Describe(cj.CapturedAt)))
	}
	if strings.TrimSpace(s) != "" {
		t, err := provenance.ParseTime(s)
		if err != nil {
			return withID(fault("captured_at", "%v", err))
		}
		c.CapturedAt = t
	}
	return c, nil
}

func countItems(n int) string {
	if n == 1 {
		return "1 item"
	}
	return strconv.Itoa(n) + " items"
}

// parseItem decodes items[i].
func parseItem(raw json.RawMessage, i int) (Item, *compositeFault) {
	path := "items[" + strconv.Itoa(i) + "]"
	if raw[0] != '{' {
		return Item{}, &compositeFault{path: path, reason: "want an object with a text field, got " + jsonrec.Describe(raw)}
	}
	var ij itemJSON
	if err := json.Unmarshal(raw, &ij); err != nil {
		return Item{}, &compositeFault{path: path, reason: jsonSyntaxReason(err)}
	}
	if t := bytes.TrimSpace(ij.Text); len(t) == 0 || string(t) == "null" {
		return Item{}, &compositeFault{path: path, reason: "missing field text"}
	}
	var it Item
	for _, f := range [...]struct {
		name string
		raw  json.RawMessage
		dst  *string
	}{{"text", ij.Text, &it.Text}, {"author", ij.Author, &it.Author}, {"date", ij.Date, &it.Date}} {
		s, ok := jsonString(f.raw, false)
		if !ok {
			return Item{}, &compositeFault{path: path + "." + f.name, reason: "want a string, got " + jsonrec.Describe(f.raw)}
		}
		*f.dst = s
	}
	return it, nil
}

// jsonString reads a JSON string; absent and null read as "". With
// number true, a JSON number is also taken, as its literal text.
func jsonString(raw json.RawMessage, number bool) (string, bool) {
	s, isNumber, ok := jsonrec.ID(raw)
	return s, ok && (number || !isNumber)
}

// Handle returns the handle an item shows, without its @:
// "@SoleneRavenaud" → "SoleneRavenaud"; "Solène Ravenaud (@SoleneRavenaud)"
// → "SoleneRavenaud"; "Solène Ravenaud @SoleneRavenaud · 2 déc." →
// "SoleneRavenaud"; a Mastodon "@user@domain" → "user@domain"; a Bluesky
// "@name.bsky.social" → "name.bsky.social". It returns "" when no handle
// is shown (a display name only: then Name returns it). The handle keeps
// the case it was shown in; platforms compare handles without case.
func (it Item) Handle() string {
	h, _ := provenance.SplitAuthor(it.Author)
	return h
}

// Name returns the display name an item shows, if any: "Solène Ravenaud"
// for "Solène Ravenaud (@SoleneRavenaud)" and for "Solène Ravenaud", ""
// for "@SoleneRavenaud". A date shown after a "·" is not part of it.
func (it Item) Name() string {
	_, n := provenance.SplitAuthor(it.Author)
	return n
}
