package provenance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/guillemet/guillemet/internal/jsonrec"
)

// The canonical JSON Lines of CONTRACT §1, read on every core.

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
	// A Memory takes its posts keyed: the workers key each batch while
	// the committer stores the one before.
	mem, keyed := in.dst.(*Memory)
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
				if keyed {
					b.key()
				}
				close(b.done)
			}
		}()
	}
	fl := newInflight(inflightBytes)
	readErr := make(chan error, 1)
	stop := make(chan struct{})
	// Committed batches go back to the reader, their buffers reused.
	free := make(chan *lineBatch, 3*workers+1)
	go func() {
		defer close(order)
		defer close(work)
		readErr <- in.readBatches(work, order, stop, fl, free)
	}()
	var err error
	for b := range order {
		<-b.done
		if err == nil {
			err = in.ctx.Err()
		}
		// The batch's posts go to the sink in one Put; each line's
		// outcome is then counted in reading order.
		posts, keys := b.posts[:0], b.keys[:0]
		// One array of origins a batch, not kept by the batch: a sink
		// may keep the posts it is given.
		from := make([]Origin, len(b.results))
		for i := range b.results {
			if b.results[i].ok {
				from[i] = in.origin(at{line: b.first + i})
				p := b.results[i].post
				p.From = from[i : i+1 : i+1]
				posts = append(posts, p)
				keys = append(keys, b.results[i].keys)
			}
		}
		b.posts, b.keys = posts, keys
		var perr error
		if err == nil && len(posts) > 0 {
			if keyed {
				perr = mem.putKeyed(posts, keys, b.keying)
			} else {
				perr = in.dst.Put(in.ctx, posts...)
			}
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
		b.recycle(free)
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
	keying  time.Duration // spent keying the posts (key)
	done    chan struct{}
	// posts and keys are the committer's: the batch's posts to store.
	posts []Post
	keys  [][]string
	// keyLens and keyStore are key's.
	keyLens  []int32
	keyStore []string
}

// recycle empties a committed batch and gives it back to the reader,
// keeping its buffers unless they grew past a batch's usual size (a
// line near MaxLineBytes).
func (b *lineBatch) recycle(free chan<- *lineBatch) {
	if cap(b.buf) > 2*batchBytes {
		return
	}
	clear(b.results)
	clear(b.posts)
	clear(b.keys)
	clear(b.keyStore)
	*b = lineBatch{buf: b.buf[:0], lines: b.lines[:0], results: b.results[:0], posts: b.posts[:0], keys: b.keys[:0],
		keyLens: b.keyLens[:0], keyStore: b.keyStore[:0]}
	select {
	case free <- b:
	default:
	}
}

type lineResult struct {
	post   Post
	keys   []string // SearchKeys of post.Text, for a Memory
	reason string   // why the line is rejected
	ok     bool     // a post to store
}

// readBatches reads the input into batches, sending each to a worker and,
// in order, to the committer. It returns the read error, if any.
func (in *input) readBatches(work, order chan<- *lineBatch, stop <-chan struct{}, fl *inflight, free <-chan *lineBatch) error {
	line := in.line
	next := func() *lineBatch {
		select {
		case b := <-free:
			b.first, b.done = line+1, make(chan struct{})
			return b
		default:
			return &lineBatch{first: line + 1, done: make(chan struct{})}
		}
	}
	b := next()
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
		b = next()
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
	b.results = slices.Grow(b.results[:0], len(b.lines))[:len(b.lines)]
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
		// A line the fast path reads is an object of valid UTF-8 (it
		// checks every string's runes): the checks of the other lines,
		// in their order, would pass.
		var fp flatPost
		switch {
		case d.decode(text, &fp):
			r.reason = flatRecord(&fp, &r.post)
		case !utf8.Valid(text):
			r.reason = "invalid UTF-8"
		case text[0] != '{':
			r.reason = notObject(text)
		default:
			r.reason = jsonCanonical(text, &r.post)
		}
		if r.reason != "" {
			continue
		}
		// The line is valid UTF-8, and so is every field decoded from it.
		if r.reason = readyUTF8(&r.post); r.reason != "" {
			continue
		}
		r.ok = true
	}
}

// key computes the search keys of the batch's posts (SearchKeys of each
// text). The keys of the whole batch share one string, and their slices
// one array kept from batch to batch: Memory copies the keys it keeps.
func (b *lineBatch) key() {
	t0 := time.Now()
	var all strings.Builder
	size := 0
	for i := range b.results {
		size += len(b.results[i].post.Text)
	}
	all.Grow(size * 3 / 4) // keys take about half of a text's bytes
	lens := b.keyLens[:0]
	ks := keyPool.Get().(*keyScratch)
	for i := range b.results {
		if r := &b.results[i]; r.ok {
			textKeys(ks, r.post.Text)
			for _, k := range ks.keys {
				all.WriteString(k)
				lens = append(lens, int32(len(k)))
			}
			lens = append(lens, -1) // the end of a post's keys
		}
	}
	keyPool.Put(ks)
	rest := all.String()
	store := slices.Grow(b.keyStore[:0], len(lens))
	at := 0
	for i := range b.results {
		if r := &b.results[i]; r.ok {
			from := len(store)
			for ; lens[at] >= 0; at++ {
				store = append(store, rest[:lens[at]])
				rest = rest[lens[at]:]
			}
			at++
			if len(store) > from {
				r.keys = store[from:len(store):len(store)]
			}
		}
	}
	b.keyLens, b.keyStore = lens, store
	b.keying = time.Since(t0)
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
	return jsonCanonical(line, p)
}

// jsonCanonical decodes one canonical record by encoding/json (see
// decodeCanonical).
func jsonCanonical(line []byte, p *Post) string {
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
//
// The text gets a string of its own; the other fields share one
// allocation (an archive keeps the text, and copies what it keeps of
// the rest).
func flatRecord(fp *flatPost, p *Post) string {
	var start [numFlatFields]int // where each field but the text starts in rest
	var b strings.Builder
	size := 0
	for _, v := range fp.fields {
		size += len(v.v)
	}
	b.Grow(size - len(fp.fields[fText].v))
	for f, v := range fp.fields {
		if f != fText {
			start[f] = b.Len()
			b.Write(v.v)
		}
	}
	rest := b.String()
	str := func(f int) string {
		if f == fText {
			return string(fp.fields[f].v)
		}
		return rest[start[f] : start[f]+len(fp.fields[f].v)]
	}
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
