package provenance

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"io"
	"io/fs"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxLineBytes is the longest JSON Lines record the loader reads: a
// longer line, the first one included, is rejected with its length and
// skipped without being held. JSON Lines are streamed: a 2 GB file costs
// a few lines of memory at a time. Documents are bounded record by record
// (MaxRecordBytes).
const MaxLineBytes = 1 << 20

// Rejection names a record, file or link the loader could not take, and
// why (File, Line, Field: the JSON path inside a document such as
// data[3].created_at, Msg). Loader.Skip receives the same: a file or
// link left unread because it holds no posts, and why. Its Error method
// formats it as CONTRACT §6 asks: FILE:LINE: msg, FILE#json-path: msg,
// or FILE: msg for the whole file.
//
// Rejection is the one positioned error of every reader of JSON
// records (the loader, montage's composite reader, the command line's
// inputs): an alias, so that a rejection is the same value whoever
// reads the records, and the type keeps a public name.
type Rejection = jsonrec.Error

// Rejections is a list of rejections, in reading order; its Error
// method writes them one a line.
type Rejections = jsonrec.Errors

// LoadStats counts what a Load did.
type LoadStats struct {
	Files      int // files read
	Skipped    int // files and links not read because they hold no posts (each reported to Loader.Skip)
	Loaded     int // posts stored for the first time
	Duplicates int // posts already stored with the same text (merged)
	Rejected   int // records, files and links rejected (each reported to Loader.Reject)
}

// Add adds b's counts to s.
func (s *LoadStats) Add(b LoadStats) {
	s.Files += b.Files
	s.Skipped += b.Skipped
	s.Loaded += b.Loaded
	s.Duplicates += b.Duplicates
	s.Rejected += b.Rejected
}

// String is the summary line: "loaded 9 posts from 3 files (1 already
// known, 2 rejected, 4 files skipped)".
func (s LoadStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "loaded %d %s from %d %s", s.Loaded, plural(s.Loaded, "post", "posts"), s.Files, plural(s.Files, "file", "files"))
	var extra []string
	if s.Duplicates > 0 {
		extra = append(extra, fmt.Sprintf("%d already known", s.Duplicates))
	}
	extra = append(extra, fmt.Sprintf("%d rejected", s.Rejected))
	if s.Skipped > 0 {
		extra = append(extra, fmt.Sprintf("%d %s skipped", s.Skipped, plural(s.Skipped, "file", "files")))
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

// Loader reads archive files into a Sink.
//
// Nothing is lost without a word: every record, file or link the loader
// cannot read although it may hold posts goes to Reject (and counts in
// LoadStats.Rejected, which --strict turns into a failure); every file or
// link it leaves unread because it holds no posts (an image, an X archive
// part such as like.js, a hidden entry, a link to a file already read)
// goes to Skip (and counts in LoadStats.Skipped). README, "Archives and
// provenance", lists which is which.
type Loader struct {
	// Reject receives every rejected record, file and link, in reading
	// order. Nil discards them (they are still counted).
	Reject func(Rejection)
	// Skip receives every file or link left unread because it holds no
	// posts, with the reason, in reading order (File and Reason are
	// set). Nil discards them (they are still counted).
	Skip func(Rejection)
}

// Load reads each path of the OS file system (a file, or a folder walked
// recursively) and puts every post it holds into dst. The format of each
// file is detected from its content (CONTRACT §2). Bad records are
// reported to l.Reject and skipped; the rest loads.
//
// In a folder, links to files and folders are followed (a link to a
// folder that holds it, or to a file or folder already read, is skipped
// and named; a broken link is rejected), hidden entries are skipped and
// named, and the files are read in the order of their paths. Load
// returns an error only when a path named cannot be read at all, when a
// folder holds no file of posts, when a file cannot be read to its end,
// or when ctx is done. Load returns no error when no post loads: Open
// does.
func (l *Loader) Load(ctx context.Context, dst Sink, paths ...string) (LoadStats, error) {
	return l.load(ctx, dst, fileSystem{}, paths)
}

// LoadFS is Load on the file system fsys (an embed.FS, a zip.Reader, an
// fstest.MapFS, os.DirFS): paths are fsys's slash-separated names (see
// fs.ValidPath), and no path loads the whole of fsys ("."). Messages name
// files by these paths.
//
// The rules are Load's but for links: an fs.FS has none to follow, and an
// entry that fsys reports as a link (os.DirFS does) is skipped and named.
// The X archive's account.js is read from fsys, beside tweets.js.
func (l *Loader) LoadFS(ctx context.Context, dst Sink, fsys fs.FS, paths ...string) (LoadStats, error) {
	if fsys == nil {
		return LoadStats{}, errors.New("provenance: LoadFS needs a file system")
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	return l.load(ctx, dst, fileSystem{fsys}, paths)
}

// load reads each path of files.
func (l *Loader) load(ctx context.Context, dst Sink, files fileSystem, paths []string) (LoadStats, error) {
	var total LoadStats
	for _, p := range paths {
		st, err := files.stat(p)
		if err != nil {
			return total, fmt.Errorf("archive %s: %w", p, unwrapPathError(err))
		}
		if !st.IsDir() {
			s, err := l.loadFile(ctx, dst, files, p, true)
			total.Add(s)
			if err != nil {
				return total, err
			}
			continue
		}
		entries, err := files.walk(p)
		if err != nil {
			return total, fmt.Errorf("archive %s: %w", p, unwrapPathError(err))
		}
		var dirStats LoadStats
		for _, e := range entries {
			switch {
			case e.skip != "":
				dirStats.Skipped++
				l.skip(e.path, e.skip)
			case e.reject != "":
				dirStats.Rejected++
				if l.Reject != nil {
					l.Reject(Rejection{File: e.path, Msg: e.reject})
				}
			default:
				s, err := l.loadFile(ctx, dst, files, e.path, false)
				dirStats.Add(s)
				if err != nil {
					total.Add(dirStats)
					return total, err
				}
			}
		}
		total.Add(dirStats)
		if dirStats.Files == 0 {
			return total, fmt.Errorf("archive %s: the folder holds no file of posts", p)
		}
	}
	return total, nil
}

// skip reports a file left unread.
func (l *Loader) skip(name, why string) {
	if l.Skip != nil {
		l.Skip(Rejection{File: name, Msg: why})
	}
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
	name  string     // file name for messages
	files fileSystem // where name is (the X archive looks for account.js beside it)
	br    *bufio.Reader
	dst   Sink
	l     *Loader
	stats LoadStats
	flat  flatDecoder
	// line is how many lines detection consumed before JSON Lines
	// begin: the JSON Lines reader numbers its lines from there.
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
		in.l.Reject(Rejection{File: in.name, Line: where.line, Field: where.path, Msg: fmt.Sprintf(format, args...)})
	}
}

// post validates p and stores it, or rejects it naming where it was.
func (in *input) post(p Post, where at) {
	if reason := ready(&p); reason != "" {
		in.reject(where, "%s", reason)
		return
	}
	in.store(p, where)
}

// ready completes and checks a decoded post: the default platform, the
// contract's required fields, X milliseconds from the snowflake, the
// address of an X post. It returns why the post is rejected, or "".
func ready(p *Post) string {
	if p.Platform == "" {
		p.Platform = Generic
	}
	if err := p.Validate(); err != nil {
		return err.Error()
	}
	refineXTime(p)
	fillXURL(p)
	return ""
}

// fillXURL gives an X post read without an address the one X serves it
// at, https://x.com/{handle}/status/{id}, when its handle and id are well
// formed (the canonical JSON Lines may leave url out; the X readers build
// it the same way). A url the file gives is kept as it is. No address is
// built for another platform: a Mastodon address depends on the server
// that serves the status, and a generic post has none.
func fillXURL(p *Post) {
	if p.Platform != X || p.URL != "" || !xHandle(p.Author) || len(p.ID) > 20 || strings.Trim(p.ID, "0123456789") != "" {
		return
	}
	p.URL = "https://x.com/" + p.Author + "/status/" + p.ID
}

// xHandle reports a well-formed X handle: letters, digits and _, at most
// 50 of them (X allows 15 today; older accounts kept longer ones).
func xHandle(h string) bool {
	if h == "" || len(h) > 50 {
		return false
	}
	for _, c := range []byte(h) {
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// store puts a ready post into the sink and counts the outcome.
func (in *input) store(p Post, where at) {
	in.count(putError(in.dst.Put(in.ctx, p), 0), where)
}

// putError returns the error Put reported for the post at index i of
// its batch: its PutError, or an error of the whole batch.
func putError(err error, i int) error {
	var errs PutErrors
	if errors.As(err, &errs) {
		return errs.At(i)
	}
	return err
}

// count counts the outcome of storing one post.
func (in *input) count(err error, where at) {
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
// then a rejection; in a folder it is skipped (see read).
func (l *Loader) loadFile(ctx context.Context, dst Sink, files fileSystem, name string, named bool) (LoadStats, error) {
	if err := ctx.Err(); err != nil {
		return LoadStats{}, err
	}
	f, err := files.open(name)
	if err != nil {
		if named {
			return LoadStats{}, fmt.Errorf("archive %s: %w", name, unwrapPathError(err))
		}
		// In a folder, one unreadable file does not stop the others.
		in := &input{ctx: ctx, name: name, l: l}
		in.reject(at{}, "cannot be read: %v", unwrapPathError(err))
		return in.stats, nil
	}
	defer f.Close()
	in := &input{ctx: ctx, name: name, files: files, br: bufio.NewReaderSize(f, detectWindow), dst: dst, l: l}
	skip, err := in.read(named)
	if err != nil {
		return in.stats, err
	}
	if skip != "" {
		in.stats.Skipped++
		l.skip(name, skip)
	} else {
		in.stats.Files++
	}
	return in.stats, nil
}

// ReadFrom reads one stream of posts, as Load reads a file named name:
// the format is detected from the content. Readers of the X personal
// archive look for account.js beside name.
func (l *Loader) ReadFrom(ctx context.Context, dst Sink, name string, r io.Reader) (LoadStats, error) {
	in := &input{ctx: ctx, name: name, br: bufio.NewReaderSize(r, detectWindow), dst: dst, l: l}
	skip, err := in.read(true)
	if skip != "" {
		in.stats.Skipped++
		l.skip(name, skip)
	} else {
		in.stats.Files++
	}
	return in.stats, err
}

// read detects the format and reads the file. It returns why the file
// was not read when it holds no posts (a skip, not a rejection).
//
// What is a rejection: a file named on the command line that holds no
// posts of a known format; in a folder, a file whose name says it holds
// JSON (.json, .jsonl, .ndjson) but in which no JSON begins, compressed
// data and UTF-16 JSON. What is skipped: in a folder, an empty file,
// media, other binary data and text in which no JSON begins (notes,
// HTML pages, CSV); anywhere, the X archive's parts without posts.
func (in *input) read(named bool) (skip string, err error) {
	d, err := in.detect()
	if err != nil {
		return "", fmt.Errorf("archive %s: %w", in.name, err)
	}
	switch d.format {
	case formatEmpty:
		if named {
			in.reject(at{}, "empty file")
			return "", nil
		}
		return "empty file", nil
	case formatBinary:
		if named || d.reject {
			in.reject(at{}, "not an archive format: %s", d.why)
			return "", nil
		}
		return d.why + ", not an archive format", nil
	case formatNone:
		if named || jsonName(in.name) {
			in.reject(at{}, "%s: %s", unknownFormat, d.why)
			return "", nil
		}
		return d.why + ": not an archive format", nil
	case formatSkip:
		return d.why, nil
	}
	for _, s := range d.stray {
		in.reject(at{line: s.line}, "%s", s.reason)
	}
	switch d.format {
	case formatYTD:
		return readYTD(in)
	case formatJSONL:
		in.line = d.lines
		return "", in.readJSONL()
	}
	return "", in.readDocuments()
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
// Decoding a line is independent from line to line: it runs on one
// goroutine per CPU, on batches of lines, while this goroutine gives
// each batch's posts to the sink in one Put (which keys them on every
// core, PostKeys) in reading order. Posts, rejections and duplicates
// therefore come out exactly as a sequential read would give them.
func (in *input) readJSONL() error {
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *lineBatch, workers)
	order := make(chan *lineBatch, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var d flatDecoder
			for b := range work {
				b.decode(&d)
				close(b.done)
			}
		}()
	}
	fl := newInflight(inflightBytes)
	readErr := make(chan error, 1)
	stop := make(chan struct{})
	go func() {
		defer close(order)
		defer close(work)
		readErr <- in.readBatches(work, order, stop, fl)
	}()
	var err error
	for b := range order {
		<-b.done
		if err == nil {
			err = in.ctx.Err()
		}
		// The batch's posts go to the sink in one Put; each line's
		// outcome is then counted in reading order.
		var posts []Post
		for i := range b.results {
			if b.results[i].ok {
				posts = append(posts, b.results[i].post)
			}
		}
		var perr error
		if err == nil && len(posts) > 0 {
			perr = in.dst.Put(in.ctx, posts...)
			var errs PutErrors
			if perr != nil && !errors.As(perr, &errs) {
				err = perr
			}
		}
		k := 0
		for i := range b.lines {
			r := &b.results[i]
			where := at{line: b.first + i}
			switch {
			case err != nil:
				// Cancelled, or the sink failed: drain without storing.
			case r.reason != "":
				in.reject(where, "%s", r.reason)
			case r.ok:
				in.count(putError(perr, k), where)
				k++
			}
		}
		fl.release(b.held)
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

const (
	// batchLines and batchBytes bound the lines a worker decodes at a
	// time.
	batchLines = 256
	batchBytes = 256 << 10
	// inflightBytes bounds the bytes of the lines read but not yet
	// stored, whatever the number of cores: with lines near
	// MaxLineBytes, reading waits for the workers instead of buffering
	// the file. A batch is always let through when none is in flight.
	inflightBytes = 2 * MaxLineBytes
)

// inflight counts the bytes of the batches between the reader and the
// committer.
type inflight struct {
	mu    sync.Mutex
	cond  sync.Cond
	n     int
	limit int
}

func newInflight(limit int) *inflight {
	f := &inflight{limit: limit}
	f.cond.L = &f.mu
	return f
}

// acquire waits until n more bytes fit, or nothing is in flight.
func (f *inflight) acquire(n int) {
	f.mu.Lock()
	for f.n > 0 && f.n+n > f.limit {
		f.cond.Wait()
	}
	f.n += n
	f.mu.Unlock()
}

func (f *inflight) release(n int) {
	f.mu.Lock()
	f.n -= n
	f.cond.Broadcast()
	f.mu.Unlock()
}

// lineBatch is a run of consecutive lines and what decoding made of
// them.
type lineBatch struct {
	first int      // line number of lines[0]
	buf   []byte   // the lines' bytes
	held  int      // bytes counted in flight
	lines [][2]int // spans of buf; a line too long is {-1, its length}
	// results holds what decoding made of each line.
	results []lineResult
	done    chan struct{}
}

type lineResult struct {
	post   Post
	reason string // why the line is rejected
	ok     bool   // a post to store
}

// readBatches reads the input into batches, sending each to a worker and,
// in order, to the committer. It returns the read error, if any.
func (in *input) readBatches(work, order chan<- *lineBatch, stop <-chan struct{}, fl *inflight) error {
	line := in.line
	b := &lineBatch{first: line + 1, done: make(chan struct{})}
	send := func() bool {
		if len(b.lines) == 0 {
			return true
		}
		b.held = cap(b.buf)
		fl.acquire(b.held)
		select {
		case order <- b:
		case <-stop:
			fl.release(b.held)
			return false
		}
		work <- b
		b = &lineBatch{first: line + 1, done: make(chan struct{})}
		return true
	}
	for {
		text, size, tooLong, err := jsonrec.ReadLine(in.br, MaxLineBytes)
		if len(text) > 0 || tooLong || err == nil {
			line++
			if len(b.lines) == 0 {
				b.first = line
			}
			switch {
			case tooLong:
				b.lines = append(b.lines, [2]int{-1, int(min(size, 1<<62))})
			default:
				start := len(b.buf)
				b.buf = append(b.buf, text...)
				b.lines = append(b.lines, [2]int{start, len(b.buf)})
			}
			if (len(b.lines) == batchLines || len(b.buf) >= batchBytes) && !send() {
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

// decode decodes every line of the batch.
func (b *lineBatch) decode(d *flatDecoder) {
	b.results = make([]lineResult, len(b.lines))
	for i, sp := range b.lines {
		r := &b.results[i]
		if sp[0] < 0 {
			r.reason = tooLongLine(int64(sp[1]))
			continue
		}
		text := bytes.TrimSpace(b.buf[sp[0]:sp[1]])
		if len(text) == 0 {
			continue
		}
		if !utf8.Valid(text) {
			r.reason = "invalid UTF-8"
			continue
		}
		if text[0] != '{' {
			r.reason = notObject(text)
			continue
		}
		if r.reason = decodeCanonical(d, text, &r.post); r.reason != "" {
			continue
		}
		if r.reason = ready(&r.post); r.reason != "" {
			continue
		}
		r.ok = true
	}
	b.buf = nil
}

// tooLongLine explains a line past MaxLineBytes.
func tooLongLine(size int64) string {
	return fmt.Sprintf("a line of %s, over the %d MiB limit for one post: skipped without being read", sizeText(size), MaxLineBytes>>20)
}

// notObject explains a line of JSON Lines that does not begin an object:
// another JSON value, or a line that is not JSON (a comment, a header).
func notObject(line []byte) string {
	if json.Valid(line) {
		return "want a JSON object, got " + excerpt(line)
	}
	return notJSON(jsonrec.Truncate(string(line), 60), int64(len(line)))
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
		return jsonrec.Invalid(err)
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

// idString reads an id given as a JSON string or integer (some exports
// write X ids as numbers). Numbers keep their digits exactly.
func idString(raw json.RawMessage) (string, error) {
	id, number, ok := jsonrec.ID(raw)
	if ok && number {
		_, err := strconv.ParseUint(id, 10, 64)
		ok = err == nil
	}
	if !ok {
		return "", fmt.Errorf("want a string or an integer id, got %s", jsonrec.Truncate(string(bytes.TrimSpace(raw)), 30))
	}
	return id, nil
}

// isCanonicalPost recognises a canonical post that comes as an element
// of a JSON array, or as a lone pretty-printed object.
func isCanonicalPost(o object) bool { return has(o, "id", "author") && !has(o, "content") }

// readCanonicalPost reads a canonical post held as a record.
func readCanonicalPost(in *input, raw []byte, _ object, path string) {
	var p Post
	if reason := decodeCanonical(&in.flat, raw, &p); reason != "" {
		in.reject(at{path: orRoot(path)}, "%s", reason)
		return
	}
	in.post(p, at{path: orRoot(path)})
}
