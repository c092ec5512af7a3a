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
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
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

// Error names the key and both texts.
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
	if reason := ready(&p); reason != "" {
		in.reject(where, "%s", reason)
		return
	}
	in.store(p, nil, where)
}

// ready completes and checks a decoded post: the default platform, the
// contract's required fields, X milliseconds from the snowflake. It
// returns why the post is rejected, or "".
func ready(p *Post) string {
	if p.Platform == "" {
		p.Platform = Generic
	}
	if err := p.Validate(); err != nil {
		return err.Error()
	}
	refineXTime(p)
	return ""
}

// preparer is a Sink that can do the costly part of storing a post
// (normalizing and keying its text) before it is stored, on any
// goroutine. Memory is one.
type preparer interface {
	Sink
	prepare(p *Post) prepared
	putPrepared(ctx context.Context, p Post, prep *prepared) error
}

// store puts a ready post into the sink and counts the outcome.
func (in *input) store(p Post, prep *prepared, where at) {
	var err error
	if pp, ok := in.dst.(preparer); ok && prep != nil && prep.ks != nil {
		err = pp.putPrepared(in.ctx, p, prep)
	} else {
		err = in.dst.Put(in.ctx, p)
	}
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
//
// Decoding a line and preparing its post for the archive (normalizing
// and keying its text) are independent from line to line, and most of
// the cost: they run on one goroutine per CPU, on batches of lines,
// while this goroutine stores the results in reading order. Posts,
// rejections and duplicates therefore come out exactly as a sequential
// read would give them.
func (in *input) readJSONL() error {
	workers := runtime.GOMAXPROCS(0)
	prep, _ := in.dst.(preparer)
	work := make(chan *lineBatch, workers)
	order := make(chan *lineBatch, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var d flatDecoder
			for b := range work {
				b.decode(&d, prep)
				close(b.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	stop := make(chan struct{})
	go func() {
		defer close(order)
		defer close(work)
		readErr <- in.readBatches(work, order, stop)
	}()
	var err error
	for b := range order {
		<-b.done
		if err == nil {
			err = in.ctx.Err()
		}
		for i := range b.lines {
			r := &b.results[i]
			where := at{line: b.first + i}
			switch {
			case err != nil:
				// Cancelled: drain without storing.
			case r.reason != "":
				in.reject(where, "%s", r.reason)
			case r.ok:
				in.store(r.post, &r.prep, where)
			}
			r.prep.release()
		}
		if err != nil {
			select {
			case <-stop:
			default:
				close(stop)
			}
		}
	}
	wg.Wait()
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return err
}

// batchLines is how many lines a worker decodes at a time.
const batchLines = 256

// lineBatch is a run of consecutive lines and what decoding made of
// them.
type lineBatch struct {
	first   int      // line number of lines[0]
	buf     []byte   // the lines' bytes
	lines   [][2]int // spans of buf; a line too long is marked by -1
	results []lineResult
	done    chan struct{}
}

type lineResult struct {
	post   Post
	prep   prepared
	reason string // why the line is rejected
	ok     bool   // a post to store
}

// readBatches reads the input into batches, sending each to a worker and,
// in order, to the committer. It returns the read error, if any.
func (in *input) readBatches(work, order chan<- *lineBatch, stop <-chan struct{}) error {
	line := 0
	b := &lineBatch{first: 1, done: make(chan struct{})}
	send := func() bool {
		if len(b.lines) == 0 {
			return true
		}
		select {
		case order <- b:
		case <-stop:
			return false
		}
		work <- b
		b = &lineBatch{first: line + 1, done: make(chan struct{})}
		return true
	}
	for {
		text, tooLong, err := readLine(in.br)
		if len(text) > 0 || tooLong || err == nil {
			line++
			if len(b.lines) == 0 {
				b.first = line
			}
			switch {
			case tooLong:
				b.lines = append(b.lines, [2]int{-1, -1})
			default:
				start := len(b.buf)
				b.buf = append(b.buf, text...)
				b.lines = append(b.lines, [2]int{start, len(b.buf)})
			}
			if len(b.lines) == batchLines && !send() {
				return nil
			}
		}
		if err == io.EOF {
			send()
			return nil
		}
		if err != nil {
			send()
			return fmt.Errorf("archive %s:%d: %w", in.name, line, err)
		}
	}
}

// decode decodes every line of the batch and prepares its post.
func (b *lineBatch) decode(d *flatDecoder, prep preparer) {
	b.results = make([]lineResult, len(b.lines))
	for i, sp := range b.lines {
		r := &b.results[i]
		if sp[0] < 0 {
			r.reason = fmt.Sprintf("line longer than %d bytes", MaxLineBytes)
			continue
		}
		text := b.buf[sp[0]:sp[1]]
		if b.first+i == 1 {
			text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
		}
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		if !utf8.Valid(text) {
			r.reason = "invalid UTF-8"
			continue
		}
		if r.reason = decodeCanonical(d, text, &r.post); r.reason != "" {
			continue
		}
		if r.reason = ready(&r.post); r.reason != "" {
			continue
		}
		r.ok = true
		if prep != nil {
			r.prep = prep.prepare(&r.post)
		}
	}
}

// readLine returns the next line without its end. A line longer than
// MaxLineBytes is consumed without being kept: tooLong is then true.
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	return readLongLine(br, MaxLineBytes)
}

// readLongLine returns the next line without its end. A line longer than
// limit is consumed without being kept: tooLong is then true.
func readLongLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	var long []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if !tooLong {
				if len(long)+len(chunk) > limit {
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
			if len(chunk) > limit+1 {
				return nil, true, err
			}
		}
		chunk = bytes.TrimSuffix(chunk, []byte("\n"))
		chunk = bytes.TrimSuffix(chunk, []byte("\r"))
		return chunk, false, err
	}
}

// decodeCanonical decodes one canonical record (CONTRACT §1) into p: by
// the fast path when it can, else by encoding/json, which also explains
// errors. It returns why the record is rejected, or "".
func decodeCanonical(d *flatDecoder, line []byte, p *Post) string {
	var fp flatPost
	if d.decode(line, &fp) {
		return flatRecord(&fp, p)
	}
	var rec jsonlPost
	if err := json.Unmarshal(line, &rec); err != nil {
		return "invalid JSON: " + jsonReason(err)
	}
	*p = Post{Platform: rec.Platform, Author: strings.TrimPrefix(rec.Author, "@"), AuthorName: rec.AuthorName, URL: rec.URL, Lang: rec.Lang}
	var err error
	for _, f := range [...]struct {
		name string
		raw  json.RawMessage
		dst  *string
	}{{"id", rec.ID, &p.ID}, {"author_id", rec.AuthorID, &p.AuthorID}, {"reply_to", rec.ReplyTo, &p.ReplyTo},
		{"conversation", rec.Conversation, &p.Conversation}, {"quote_of", rec.QuoteOf, &p.QuoteOf}, {"repost_of", rec.RepostOf, &p.RepostOf}} {
		if *f.dst, err = idString(f.raw); err != nil {
			return fmt.Sprintf("field %s: %v", f.name, err)
		}
	}
	if rec.Text == nil {
		return "missing field text"
	}
	p.Text = *rec.Text
	if rec.CreatedAt == "" {
		return "missing field created_at"
	}
	if p.CreatedAt, err = ParseTime(rec.CreatedAt); err != nil {
		return fmt.Sprintf("field created_at: %v", err)
	}
	return ""
}

// flatRecord builds the post of a line the fast path decoded, with the
// same checks and messages as the encoding/json path.
func flatRecord(fp *flatPost, p *Post) string {
	str := func(f int) string { return string(fp.fields[f].v) }
	*p = Post{Platform: str(fPlatform), ID: str(fID), Author: strings.TrimPrefix(str(fAuthor), "@"),
		AuthorID: str(fAuthorID), AuthorName: str(fAuthorName), ReplyTo: str(fReplyTo), Conversation: str(fConversation),
		QuoteOf: str(fQuoteOf), RepostOf: str(fRepostOf), URL: str(fURL), Lang: str(fLang)}
	for _, f := range [...]int{fPlatform, fAuthor, fAuthorName, fCreatedAt, fText, fURL, fLang} {
		if fp.fields[f].isNum {
			return fmt.Sprintf("field %s: want a string, got a number", flatNames[f])
		}
	}
	if !fp.fields[fText].set {
		return "missing field text"
	}
	p.Text = str(fText)
	if !fp.fields[fCreatedAt].set || len(fp.fields[fCreatedAt].v) == 0 {
		return "missing field created_at"
	}
	var err error
	if p.CreatedAt, err = ParseTime(str(fCreatedAt)); err != nil {
		return fmt.Sprintf("field created_at: %v", err)
	}
	return ""
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
			var p Post
			if reason := decodeCanonical(&in.flat, raw, &p); reason != "" {
				in.reject(at{path: path}, "%s", reason)
				return
			}
			in.post(p, at{path: path})
		},
	})
}
