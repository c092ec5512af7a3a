package provenance

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits on what the loader reads, so that a hostile or broken file
// cannot exhaust memory. JSON Lines are streamed: a 2 GB file costs one
// line of memory at a time.
const (
	// MaxLineBytes is the longest JSON Lines record read; a longer line
	// is rejected and skipped without being held in memory.
	MaxLineBytes = 1 << 20
	// MaxDocumentBytes is the largest single JSON document (an API
	// response, a Mastodon array, an X archive part). Arrays are decoded
	// one element at a time, so this bounds one element or one
	// non-array document.
	MaxDocumentBytes = 256 << 20
)

// Rejection names a record the loader could not take and why.
type Rejection struct {
	File   string // file as named on the command line or found in a folder
	Line   int    // 1-based line for line-oriented input, else 0
	Path   string // JSON path inside a document (data[3].created_at), else ""
	Reason string
}

// String formats the rejection as CONTRACT §6 asks: FILE:LINE: reason,
// or FILE#json-path: reason, or FILE: reason for the whole file.
func (r Rejection) String() string {
	switch {
	case r.Line > 0 && r.Path != "":
		return fmt.Sprintf("%s:%d#%s: %s", r.File, r.Line, r.Path, r.Reason)
	case r.Line > 0:
		return fmt.Sprintf("%s:%d: %s", r.File, r.Line, r.Reason)
	case r.Path != "":
		return fmt.Sprintf("%s#%s: %s", r.File, r.Path, r.Reason)
	}
	return r.File + ": " + r.Reason
}

// LoadStats counts what a Load did.
type LoadStats struct {
	Files      int // files read
	Skipped    int // files in folders that hold no posts (account.js, images, notes)
	Loaded     int // posts stored for the first time
	Duplicates int // posts already stored with the same text (merged)
	Rejected   int // records rejected (each reported)
}

// Add adds b's counts to s.
func (s *LoadStats) Add(b LoadStats) {
	s.Files += b.Files
	s.Skipped += b.Skipped
	s.Loaded += b.Loaded
	s.Duplicates += b.Duplicates
	s.Rejected += b.Rejected
}

// String is the summary line: "loaded 9 posts from 3 files (1 duplicate, 2 rejected)".
func (s LoadStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "loaded %d %s from %d %s", s.Loaded, plural(s.Loaded, "post", "posts"), s.Files, plural(s.Files, "file", "files"))
	var extra []string
	if s.Duplicates > 0 {
		extra = append(extra, fmt.Sprintf("%d already known", s.Duplicates))
	}
	extra = append(extra, fmt.Sprintf("%d rejected", s.Rejected))
	if s.Skipped > 0 {
		extra = append(extra, fmt.Sprintf("%d %s without posts skipped", s.Skipped, plural(s.Skipped, "file", "files")))
	}
	b.WriteString(" (" + strings.Join(extra, ", ") + ")")
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Sink receives loaded posts. Memory implements it; a database-backed
// archive would too.
type Sink interface {
	// Put stores p, or merges it with the stored post of the same key.
	// It returns ErrDuplicate (wrapped) when the same post was already
	// stored with the same text, and a *ConflictError when it was stored
	// with a different text (the first one is kept).
	Put(ctx context.Context, p Post) error
}

// ErrDuplicate reports a post already stored with the same text.
var ErrDuplicate = errors.New("post already stored")

// ConflictError reports a post whose key is already stored with a
// different text.
type ConflictError struct {
	Key          Key
	Stored, Text string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("duplicate id %s with different text (kept the first: %q; this one: %q)",
		e.Key, truncate(e.Stored, 40), truncate(e.Text, 40))
}

// Loader reads archive files into a Sink.
type Loader struct {
	// Reject receives every rejected record, in reading order. Nil
	// discards them (they are still counted).
	Reject func(Rejection)
}

// Load reads each path (a file, or a folder walked recursively) and puts
// every post it holds into dst. The format of each file is detected from
// its content (CONTRACT §2). Bad records are reported to l.Reject and
// skipped; the rest loads. Load returns an error only when a path cannot
// be read at all, when a folder holds no file of posts, or when ctx is
// done.
func (l *Loader) Load(ctx context.Context, dst Sink, paths ...string) (LoadStats, error) {
	var total LoadStats
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return total, fmt.Errorf("archive %s: %w", p, unwrapPathError(err))
		}
		if !st.IsDir() {
			s, err := l.loadFile(ctx, dst, p, true)
			total.Add(s)
			if err != nil {
				return total, err
			}
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("archive %s: %w", p, unwrapPathError(err))
		}
		sort.Strings(files)
		var dirStats LoadStats
		for _, f := range files {
			s, err := l.loadFile(ctx, dst, f, false)
			dirStats.Add(s)
			if err != nil {
				total.Add(dirStats)
				return total, err
			}
		}
		total.Add(dirStats)
		if dirStats.Files == 0 {
			return total, fmt.Errorf("archive %s: the folder holds no file of posts", p)
		}
	}
	return total, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// input is one file being read. Format readers call post for each post
// they decode and reject for each record they cannot take.
type input struct {
	ctx   context.Context
	name  string // file name for messages
	dir   string // the file's folder (the X archive looks for account.js there)
	br    *bufio.Reader
	dst   Sink
	l     *Loader
	stats LoadStats
	flat  flatDecoder
	// lim bounds the JSON value being decoded (documents only).
	lim *limitedReader
	// line is the current line for line-oriented input (0 otherwise);
	// readers that decode documents report JSON paths instead.
	line int
}

// at is where a record sits in its file: a line, a JSON path, or both.
type at struct {
	line int
	path string
}

// reject reports a record the loader skips.
func (in *input) reject(where at, format string, args ...any) {
	in.stats.Rejected++
	if in.l.Reject != nil {
		in.l.Reject(Rejection{File: in.name, Line: where.line, Path: where.path, Reason: fmt.Sprintf(format, args...)})
	}
}

// post validates p and stores it, or rejects it naming where it was.
func (in *input) post(p Post, where at) {
	if p.Platform == "" {
		p.Platform = Generic
	}
	if err := p.Validate(); err != nil {
		in.reject(where, "%v", err)
		return
	}
	refineXTime(&p)
	err := in.dst.Put(in.ctx, p)
	var cycle *CycleError
	switch {
	case err == nil:
		in.stats.Loaded++
	case errors.Is(err, ErrDuplicate):
		in.stats.Duplicates++
	case errors.As(err, &cycle):
		// The post is stored; only its reply link is refused.
		in.stats.Loaded++
		in.reject(where, "%v", err)
	default:
		in.reject(where, "%v", err)
	}
}

// loadFile detects the format of one file and reads it. named is true
// for a file named on the command line: a file of no known format is
// then a rejection; in a folder it is skipped.
func (l *Loader) loadFile(ctx context.Context, dst Sink, name string, named bool) (LoadStats, error) {
	if err := ctx.Err(); err != nil {
		return LoadStats{}, err
	}
	f, err := os.Open(name)
	if err != nil {
		return LoadStats{}, fmt.Errorf("archive %s: %w", name, unwrapPathError(err))
	}
	defer f.Close()
	in := &input{ctx: ctx, name: name, dir: filepath.Dir(name), br: bufio.NewReaderSize(f, 64<<10), dst: dst, l: l}
	ok, err := in.read(named)
	if err != nil {
		return in.stats, err
	}
	if ok {
		in.stats.Files++
	} else {
		in.stats.Skipped++
	}
	return in.stats, nil
}

// ReadFrom reads one stream of posts, as Load reads a file named name:
// the format is detected from the content. Readers of the X personal
// archive look for account.js beside name.
func (l *Loader) ReadFrom(ctx context.Context, dst Sink, name string, r io.Reader) (LoadStats, error) {
	in := &input{ctx: ctx, name: name, dir: filepath.Dir(name), br: bufio.NewReaderSize(r, 64<<10), dst: dst, l: l}
	ok, err := in.read(true)
	if ok {
		in.stats.Files++
	}
	return in.stats, err
}

// read detects the format and reads the file. It returns false for a
// file that holds no posts.
func (in *input) read(named bool) (bool, error) {
	head, _ := in.br.Peek(4096)
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) == 0 {
		if named {
			in.reject(at{}, "empty file")
			return true, nil
		}
		return false, nil
	}
	switch {
	case bytes.HasPrefix(trimmed, []byte("window.YTD.")):
		return readYTD(in)
	case trimmed[0] == '{' && in.looksLikeJSONL():
		return true, in.readJSONL()
	case trimmed[0] == '{' || trimmed[0] == '[':
		return true, in.readDocuments()
	}
	if named {
		in.reject(at{}, "not a recognised archive format (want JSON Lines, an X, Mastodon or Bluesky export, or an X archive tweets.js)")
		return true, nil
	}
	return false, nil
}

// looksLikeJSONL reports whether the file is JSON Lines: its first line
// that is a complete JSON object holds post fields and no API envelope.
// Up to three lines are tried, so that a broken first record does not
// hide the format of the others.
func (in *input) looksLikeJSONL() bool {
	buf, _ := in.br.Peek(64 << 10)
	buf = bytes.TrimPrefix(buf, []byte("\xef\xbb\xbf"))
	for range 3 {
		nl := bytes.IndexByte(buf, '\n')
		if nl < 0 {
			nl = len(buf)
		}
		line := bytes.TrimSpace(buf[:nl])
		if len(line) > 0 {
			var top map[string]json.RawMessage
			if json.Unmarshal(line, &top) == nil {
				_, hasAuthor := top["author"]
				_, hasID := top["id"]
				_, hasContent := top["content"]
				return hasAuthor && hasID && !hasContent
			}
		}
		if nl >= len(buf) {
			return false
		}
		buf = buf[nl+1:]
	}
	return false
}

// jsonlPost is the canonical record of CONTRACT §1.
type jsonlPost struct {
	Platform     string          `json:"platform"`
	ID           json.RawMessage `json:"id"`
	Author       string          `json:"author"`
	AuthorID     json.RawMessage `json:"author_id"`
	AuthorName   string          `json:"author_name"`
	CreatedAt    string          `json:"created_at"`
	Text         *string         `json:"text"`
	ReplyTo      json.RawMessage `json:"reply_to"`
	Conversation json.RawMessage `json:"conversation"`
	QuoteOf      json.RawMessage `json:"quote_of"`
	RepostOf     json.RawMessage `json:"repost_of"`
	URL          string          `json:"url"`
	Lang         string          `json:"lang"`
}

// readJSONL streams canonical JSON Lines, one post a line.
func (in *input) readJSONL() error {
	var rec jsonlPost
	for {
		if in.line&1023 == 0 {
			if err := in.ctx.Err(); err != nil {
				return err
			}
		}
		line, tooLong, err := readLine(in.br)
		if len(line) > 0 || tooLong || err == nil {
			in.line++
		}
		if tooLong {
			in.reject(at{line: in.line}, "line longer than %d bytes", MaxLineBytes)
		} else if len(bytes.TrimSpace(line)) > 0 {
			in.jsonlRecord(line, &rec)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("archive %s:%d: %w", in.name, in.line, err)
		}
	}
}

// readLine returns the next line without its end. A line longer than
// MaxLineBytes is consumed without being kept: tooLong is then true.
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	var long []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if !tooLong {
				if len(long)+len(chunk) > MaxLineBytes {
					tooLong, long = true, nil
				} else {
					long = append(long, chunk...)
				}
			}
			continue
		}
		if tooLong {
			return nil, true, err
		}
		if long != nil {
			chunk = append(long, chunk...)
			if len(chunk) > MaxLineBytes+1 {
				return nil, true, err
			}
		}
		chunk = bytes.TrimSuffix(chunk, []byte("\n"))
		chunk = bytes.TrimSuffix(chunk, []byte("\r"))
		return chunk, false, err
	}
}

func (in *input) jsonlRecord(line []byte, rec *jsonlPost) {
	where := at{line: in.line}
	if in.line == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	}
	if !utf8.Valid(line) {
		in.reject(where, "invalid UTF-8")
		return
	}
	in.canonical(line, rec, where)
}

// canonical decodes one canonical record (CONTRACT §1): by the fast
// path when it can, else by encoding/json, which also explains errors.
func (in *input) canonical(line []byte, rec *jsonlPost, where at) {
	var fp flatPost
	if in.flat.decode(line, &fp) {
		in.flatRecord(&fp, where)
		return
	}
	*rec = jsonlPost{}
	if err := json.Unmarshal(line, rec); err != nil {
		in.reject(where, "invalid JSON: %s", jsonReason(err))
		return
	}
	p := Post{Platform: rec.Platform, Author: strings.TrimPrefix(rec.Author, "@"), AuthorName: rec.AuthorName, URL: rec.URL, Lang: rec.Lang}
	var err error
	for _, f := range [...]struct {
		name string
		raw  json.RawMessage
		dst  *string
	}{{"id", rec.ID, &p.ID}, {"author_id", rec.AuthorID, &p.AuthorID}, {"reply_to", rec.ReplyTo, &p.ReplyTo},
		{"conversation", rec.Conversation, &p.Conversation}, {"quote_of", rec.QuoteOf, &p.QuoteOf}, {"repost_of", rec.RepostOf, &p.RepostOf}} {
		if *f.dst, err = idString(f.raw); err != nil {
			in.reject(where, "field %s: %v", f.name, err)
			return
		}
	}
	if rec.Text == nil {
		in.reject(where, "missing field text")
		return
	}
	p.Text = *rec.Text
	if rec.CreatedAt == "" {
		in.reject(where, "missing field created_at")
		return
	}
	if p.CreatedAt, err = ParseTime(rec.CreatedAt); err != nil {
		in.reject(where, "field created_at: %v", err)
		return
	}
	in.post(p, where)
}

// flatRecord builds the post of a line the fast path decoded, with the
// same checks and messages as the encoding/json path.
func (in *input) flatRecord(fp *flatPost, where at) {
	str := func(f int) string { return string(fp.fields[f].v) }
	p := Post{Platform: str(fPlatform), ID: str(fID), Author: strings.TrimPrefix(str(fAuthor), "@"),
		AuthorID: str(fAuthorID), AuthorName: str(fAuthorName), ReplyTo: str(fReplyTo), Conversation: str(fConversation),
		QuoteOf: str(fQuoteOf), RepostOf: str(fRepostOf), URL: str(fURL), Lang: str(fLang)}
	for _, f := range [...]int{fPlatform, fAuthor, fAuthorName, fCreatedAt, fText, fURL, fLang} {
		if fp.fields[f].isNum {
			in.reject(where, "field %s: want a string, got a number", flatNames[f])
			return
		}
	}
	if !fp.fields[fText].set {
		in.reject(where, "missing field text")
		return
	}
	p.Text = str(fText)
	if !fp.fields[fCreatedAt].set || len(fp.fields[fCreatedAt].v) == 0 {
		in.reject(where, "missing field created_at")
		return
	}
	var err error
	if p.CreatedAt, err = ParseTime(str(fCreatedAt)); err != nil {
		in.reject(where, "field created_at: %v", err)
		return
	}
	in.post(p, where)
}

var flatNames = [numFlatFields]string{"platform", "id", "author", "author_id", "author_name", "created_at", "text",
	"reply_to", "conversation", "quote_of", "repost_of", "url", "lang"}

// idString reads an id given as a JSON string or number (some exports
// write X ids as numbers). Numbers keep their digits exactly.
func idString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	}
	if _, err := strconv.ParseUint(string(raw), 10, 64); err == nil {
		return string(raw), nil
	}
	return "", fmt.Errorf("want a string or an integer id, got %s", truncate(string(raw), 30))
}

// jsonReason shortens encoding/json's messages to what a user can act on.
func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("field %s: want %v, got JSON %s", te.Field, te.Type, te.Value)
		}
		return fmt.Sprintf("want %v, got JSON %s", te.Type, te.Value)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "truncated JSON"
	}
	return err.Error()
}

func init() {
	// A canonical post may also come as an element of a JSON array, or
	// as a lone pretty-printed object.
	registerItem(itemFormat{
		name:  "canonical post",
		match: func(o object) bool { return has(o, "id", "author") && !has(o, "content") },
		read: func(in *input, o object, path string) {
			raw, err := json.Marshal(o)
			if err != nil {
				in.reject(at{path: path}, "%v", err)
				return
			}
			var rec jsonlPost
			in.canonical(raw, &rec, at{path: path})
		},
	})
}
