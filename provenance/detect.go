package provenance

import (
	"bytes"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"io"
	"path/filepath"
	"strings"
)

// Format detection (CONTRACT §2: from the content, never from the name).
//
// Detection looks for the first line that begins a JSON value (or an X
// archive's "window.YTD.… ="), passing over the lines before it: a
// comment, a header, a stray line. It passes over at most detectLines of
// them (blank lines are not counted), however long each is: a line is
// streamed past, never held beyond the reader's buffer (detectWindow).
// Those lines are rejected and named FILE:LINE when the rest of the file
// is read; a file where no JSON begins within those lines holds no known
// format, and is named as such (skipped in a folder, rejected when named
// on the command line).
//
// At the line where JSON begins, detection looks at what fits in the
// window (64 KiB) to tell JSON Lines from a document:
//
//   - "[" begins a document (an array of statuses, posts, tweets…);
//   - "{" begins JSON Lines when the object is on one line and its keys
//     are the canonical record's (id and author, or only canonical
//     fields); a document when its keys are an envelope's or another
//     platform's (data, ancestors, feed, content, account, uri…), or when
//     it spans lines (a pretty-printed object); for an object of unknown
//     keys, the next lines decide (another one-line object makes JSON
//     Lines). jsonrec.Detect decides, with objectKind naming the keys.
//
// A first line longer than the window is judged on the keys the window
// shows: {"id":"1","author":"a","text":"… 50 MB …"} is JSON Lines, and the
// line is then rejected for its length while the lines after it load.
//
// Before any of this, a file whose first bytes are those of an image, a
// video, a PDF, compressed data or UTF-16 text is named for what it is.

const (
	// detectLines is how many leading lines that begin no JSON value
	// detection passes over.
	detectLines = 64
	// detectWindow is the most detection looks at, and holds, at once.
	detectWindow = 64 << 10
)

type fileFormat int

const (
	formatNone      fileFormat = iota // text in which no JSON value begins
	formatEmpty                       // nothing but white space
	formatBinary                      // an image, a video, compressed data, UTF-16…
	formatSkip                        // a known file without posts
	formatJSONL                       // canonical JSON Lines
	formatDocuments                   // JSON documents
	formatYTD                         // an X archive file (window.YTD.…)
	formatZip                         // a ZIP archive
	formatCAR                         // a CAR file (a Bluesky repository)
)

// detection is what detect found.
type detection struct {
	format fileFormat
	// why says what a file of format none, binary or skip is.
	why string
	// reject is true for binary data that may hold posts (compressed
	// data, UTF-16 JSON): a rejection even inside a folder.
	reject bool
	// stray lists the leading lines that begin no JSON value.
	stray []strayLine
	// lines is how many lines detection consumed.
	lines int
}

// strayLine is a leading line that begins no JSON value.
type strayLine struct {
	line   int
	reason string
}

// byteOrderMark is UTF-8's, which some exporters write first.
var byteOrderMark = []byte("\xef\xbb\xbf")

// detect finds the format of the input. It consumes the byte order mark
// and the leading lines that begin no JSON value, nothing else.
func (in *input) detect() (detection, error) {
	var d detection
	head, err := in.br.Peek(detectWindow)
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			return d, err
		}
		d.format = formatEmpty
		return d, nil
	}
	if bytes.HasPrefix(head, byteOrderMark) {
		in.br.Discard(len(byteOrderMark))
		head = head[len(byteOrderMark):]
	}
	for _, m := range zipMagic {
		if bytes.HasPrefix(head, []byte(m)) {
			d.format = formatZip
			return d, nil
		}
	}
	if isCAR(head) {
		d.format = formatCAR
		return d, nil
	}
	if why, reject, ok := binaryKind(head); ok {
		d.format, d.why, d.reject = formatBinary, why, reject
		return d, nil
	}
	for {
		w, err := in.br.Peek(detectWindow)
		if len(w) == 0 {
			if err != nil && err != io.EOF {
				return d, err
			}
			if len(d.stray) == 0 {
				d.format = formatEmpty
			} else {
				d.format, d.why = formatNone, "no line of it begins a JSON value"
			}
			return d, nil
		}
		nl := bytes.IndexByte(w, '\n')
		line := w
		if nl >= 0 {
			line = w[:nl]
		}
		t := bytes.TrimLeft(line, " \t\r\f\v")
		if len(t) == 0 {
			// A blank line, however long.
			if _, _, _, err := jsonrec.ReadLine(in.br, 0); err != nil && err != io.EOF {
				return d, err
			}
			d.lines++
			continue
		}
		if f, why, ok := classify(w[len(line)-len(t):]); ok {
			d.format, d.why = f, why
			return d, nil
		}
		if len(d.stray) == detectLines {
			d.format, d.why = formatNone, fmt.Sprintf("no JSON value begins in its first %d lines", detectLines)
			return d, nil
		}
		reason := ""
		if nl >= 0 {
			// Say what the JSON Lines reader would say of the line.
			reason = notObject(bytes.TrimSpace(t))
		}
		ex := jsonrec.Truncate(string(bytes.TrimRight(t, " \t\r\f\v")), 60)
		_, size, _, err := jsonrec.ReadLine(in.br, 0)
		if reason == "" {
			reason = notJSON(ex, size)
		}
		d.lines++
		d.stray = append(d.stray, strayLine{line: d.lines, reason: reason})
		if err != nil && err != io.EOF {
			return d, err
		}
	}
}

// notJSON explains a line that is not JSON, from its start and its size.
func notJSON(start string, size int64) string {
	if size > 200 {
		return fmt.Sprintf("not JSON: %q (a line of %s)", start, sizeText(size))
	}
	return fmt.Sprintf("not JSON: %q", start)
}

// classify tells the format of a file from w, the window at the first
// byte of a line that is not blank. ok is false when the line begins no
// JSON value.
func classify(w []byte) (f fileFormat, why string, ok bool) {
	switch {
	case bytes.HasPrefix(w, []byte("window.YTD.")):
		return formatYTD, "", true
	case bytes.HasPrefix(w, []byte("window.__THAR_CONFIG")):
		return formatSkip, "the X archive's manifest, which holds no posts", true
	case !jsonrec.BeginsRecords(w):
		return 0, "", false
	}
	if sn := jsonrec.Sniff(w); sn.End >= 0 {
		// What follows the value on its line must be nothing, or
		// another value ({"a":1}{"b":2}).
		rest := w[sn.End:]
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[:i]
		}
		rest = bytes.TrimSpace(rest)
		if len(rest) > 0 && rest[0] != '{' && rest[0] != '[' {
			return 0, "", false
		}
	}
	if w[0] == '[' || jsonrec.Detect(w, objectKind) == jsonrec.Document {
		return formatDocuments, "", true
	}
	return formatJSONL, "", true
}

// documentKeys are top-level keys of the documents and records of other
// formats than the canonical one, and of API error bodies.
var documentKeys = map[string]bool{
	"data": true, "includes": true, "meta": true, "errors": true, "error": true, "message": true, "detail": true, "title": true,
	"ancestors": true, "descendants": true, "statuses": true, "accounts": true, "hashtags": true,
	"content": true, "account": true, "reblog": true, "spoiler_text": true, "in_reply_to_id": true,
	"feed": true, "cursor": true, "thread": true, "threadgate": true, "uri": true, "record": true, "post": true, "$type": true,
	"tweet": true, "id_str": true, "full_text": true, "@context": true, "orderedItems": true,
}

// objectKind tells a canonical record from a document by its keys: id
// and author without content make a canonical record whatever else it
// holds (unknown fields are ignored, CONTRACT §1); else a key of another
// format makes a document; else canonical fields alone make a record.
func objectKind(keys []string) jsonrec.Kind {
	canonical, id, author, content, other := true, false, false, false, false
	for _, k := range keys {
		switch k {
		case "id":
			id = true
		case "author":
			author = true
		case "content":
			content = true
		}
		if documentKeys[k] {
			other = true
		}
		if flatField([]byte(k)) < 0 {
			canonical = false
		}
	}
	switch {
	case id && author && !content:
		return jsonrec.Record
	case other:
		return jsonrec.Envelope
	case canonical && len(keys) > 0:
		return jsonrec.Record
	}
	return jsonrec.Unknown
}

// magic are the first bytes of files that export folders hold beside
// their posts. The reject ones may hold posts the loader cannot read.
var magic = []struct {
	prefix, what string
	reject       bool
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image", false},
	{"\xff\xd8\xff", "a JPEG image", false},
	{"GIF87a", "a GIF image", false},
	{"GIF89a", "a GIF image", false},
	{"%PDF-", "a PDF document", false},
	{"ID3", "an MP3 audio file", false},
	{"OggS", "an Ogg audio or video file", false},
	{"\x1aE\xdf\xa3", "a WebM or Matroska video", false},
	{"\x1f\x8b", "gzip-compressed data: decompress it to read the posts it may hold", true},
	{"\xfd7zXZ\x00", "xz-compressed data: decompress it to read the posts it may hold", true},
	{"(\xb5/\xfd", "zstd-compressed data: decompress it to read the posts it may hold", true},
	{savedMagic, "a saved archive (guillemet index): open it with OpenSaved (--index), not as an export", true},
}

// binaryKind recognises a file that is not UTF-8 text from its first
// bytes: what it is, and whether it may hold posts.
func binaryKind(head []byte) (what string, reject bool, ok bool) {
	for _, m := range magic {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return m.what, m.reject, true
		}
	}
	if len(head) >= 12 && string(head[:4]) == "RIFF" {
		switch string(head[8:12]) {
		case "WEBP":
			return "a WebP image", false, true
		case "AVI ":
			return "an AVI video", false, true
		case "WAVE":
			return "a WAV audio file", false, true
		}
	}
	if len(head) >= 12 && string(head[4:8]) == "ftyp" {
		switch string(head[8:12]) {
		case "heic", "heix", "mif1", "avif":
			return "a HEIF or AVIF image", false, true
		}
		return "an MP4 or QuickTime video", false, true
	}
	le, be := bytes.HasPrefix(head, []byte("\xff\xfe")), bytes.HasPrefix(head, []byte("\xfe\xff"))
	if len(head) >= 4 && !le && !be {
		// Without a byte order mark: ASCII as UTF-16, every other byte
		// zero.
		le = head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0
		be = head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0
		if le || be {
			head = append([]byte("\xff\xfe"), head...) // read below as if marked
		}
	}
	if le || be {
		// UTF-16: is its first character that is not a space a
		// bracket?
		units := head[2:]
		for i := 0; i+1 < len(units); i += 2 {
			c := units[i]
			if be {
				c = units[i+1]
			}
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
				continue
			}
			if c == '{' || c == '[' || c == 'w' {
				return "UTF-16 text; the loader reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)", true, true
			}
			break
		}
		return "UTF-16 text without JSON", false, true
	}
	if bytes.IndexByte(head[:min(len(head), 8<<10)], 0) >= 0 {
		return "binary data, not text", false, true
	}
	return "", false, false
}

// jsonName reports a file whose name says it holds JSON: a skipped file
// of that name is a rejection (its name promises data).
func jsonName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json", ".jsonl", ".ndjson":
		return true
	}
	return false
}
