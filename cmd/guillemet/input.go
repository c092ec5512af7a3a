package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/internal/jsonrec"
	"github.com/guillemet/guillemet/internal/wording"
)

// openInput opens FILE, or returns standard input for "-". close is
// always safe to call.
func openInput(name string, stdin io.Reader) (r io.Reader, close func(), err error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, func() {}, err
	}
	return f, func() { f.Close() }, nil
}

// inputError is why one input (a line of --quotes or --in, a quote) was
// rejected, in English for stderr and the JSON, and in French for the
// readable report.
type inputError struct{ en, fr string }

func (e *inputError) Error() string { return e.en }

// textInput is one {"id","text"} record of --quotes or --in.
type textInput struct {
	id, text string
	// author is the line's "author" (verify only): the author the caller
	// names for this quote. Empty when the line names none.
	author string
	// line is the line number, from 1.
	line int
	// bad is why the line cannot be read; nil for a good line. id is
	// then the line's id when it could be read, else its line number.
	bad *inputError
}

// fr says why an input line was rejected, in the readable report.
var fr = wording.For(language.French)

// maxTextLine bounds one line of --quotes or --in: a post, not a corpus.
const maxTextLine = 1 << 20

// textReader reads JSON Lines of {"id","text"} (and "author") one line
// at a time, in memory bounded by maxTextLine whatever the input.
//
// Blank lines are skipped. A line without an id gets its line number as
// id. A line that cannot be read comes back with its reason (bad); the
// reader goes on with the next line.
type textReader struct {
	name    string
	br      *bufio.Reader
	line    int
	pending []textInput // lines read ahead by sniff
	eof     bool
}

func newTextReader(name string, r io.Reader) *textReader {
	return &textReader{name: name, br: bufio.NewReaderSize(r, 64<<10)}
}

// sniff reads ahead the first lines and returns a usage error when the
// input is not JSON Lines at all: when neither its first non-blank line
// nor the next one starts with "{" (plain text, one quote a line, piped
// to standard input). A JSON Lines file with one stray first line (a
// comment, a header) is read like any other: that line is rejected, the
// others are answered. It returns reading errors as next does.
func (r *textReader) sniff() error {
	plain, firstLine := 0, 0
	var first []byte
	for plain < 2 && !r.eof {
		b, tooLong, err := r.readLine()
		if err != nil {
			return err
		}
		t := bytes.TrimSpace(b)
		if !tooLong && len(t) == 0 {
			continue
		}
		r.pending = append(r.pending, r.parse(b, tooLong))
		if tooLong {
			continue // says nothing of what the input is
		}
		if t[0] == '{' {
			return nil
		}
		if plain == 0 {
			first, firstLine = t, r.line
		}
		plain++
	}
	if plain == 0 {
		return nil
	}
	return usagef("%s:%d: not JSON Lines (the line reads %s): give one JSON object a line, {\"id\":…,\"text\":…}", r.name, firstLine, excerpt(first))
}

// excerpt quotes the start of a line for an error message.
func excerpt(b []byte) string {
	const n = 40
	if len(b) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(b[cut]) {
			cut--
		}
		return strconv.Quote(string(b[:cut])) + "…"
	}
	return strconv.Quote(string(b))
}

// next returns the next line that is not blank; ok is false at the end
// of the input. err is for input that cannot be read at all.
func (r *textReader) next() (in textInput, ok bool, err error) {
	if len(r.pending) > 0 {
		in, r.pending = r.pending[0], r.pending[1:]
		return in, true, nil
	}
	for !r.eof {
		b, tooLong, err := r.readLine()
		if err != nil {
			return textInput{}, false, err
		}
		if tooLong || len(bytes.TrimSpace(b)) > 0 {
			return r.parse(b, tooLong), true, nil
		}
	}
	return textInput{}, false, nil
}

// readLine reads the next line; r.eof is set after the last.
func (r *textReader) readLine() (b []byte, tooLong bool, err error) {
	if r.eof {
		return nil, false, nil
	}
	r.line++
	b, _, tooLong, err = jsonrec.ReadLine(r.br, maxTextLine)
	if r.line == 1 {
		b = bytes.TrimPrefix(b, []byte("\ufeff")) // a byte order mark
	}
	if errors.Is(err, io.EOF) {
		r.eof = true
		err = nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("%s:%d: %w", r.name, r.line, err)
	}
	return b, tooLong, nil
}

// parse reads the line just read.
func (r *textReader) parse(b []byte, tooLong bool) textInput {
	if tooLong {
		return textInput{id: strconv.Itoa(r.line), line: r.line, bad: &inputError{
			fmt.Sprintf("line longer than %d bytes", maxTextLine),
			fr.F(wording.LineTooLong, maxTextLine>>20)}}
	}
	return parseTextLine(bytes.TrimSpace(b), r.line)
}

// parseTextLine reads one JSON line {"id","text","author"}, line being
// its number. A line it cannot read comes back with bad set, and its id
// when that could be read, else its line number.
//
// id is a string or a number (kept as written: 7, 1e3); a line without
// one, or with null, gets its line number. text is a string. author, a
// string, is optional; so is any other field, ignored.
func parseTextLine(b []byte, line int) textInput {
	in := textInput{id: strconv.Itoa(line), line: line}
	reject := func(en, fr string) textInput {
		in.text, in.author, in.bad = "", "", &inputError{en, fr}
		return in
	}
	var rec struct {
		ID     json.RawMessage `json:"id"`
		Text   json.RawMessage `json:"text"`
		Author json.RawMessage `json:"author"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		if msg, ok := jsonrec.NearByte(err); ok {
			return reject(msg, fr.S(wording.LineNotJSON))
		}
		// With raw fields, only a value that is not an object fails.
		return reject(`not a JSON object: give {"id":…,"text":…}`, fr.S(wording.LineNotObject))
	}
	id, _, ok := jsonrec.ID(rec.ID)
	if !ok {
		return reject("id must be a string or a number", fr.S(wording.LineBadID))
	}
	if !isNull(rec.ID) {
		in.id = id
	}
	switch {
	case isNull(rec.Text):
		return reject("missing field text", fr.S(wording.LineNoText))
	case rec.Text[0] != '"':
		return reject("text must be a string", fr.S(wording.LineTextNotString))
	}
	if err := json.Unmarshal(rec.Text, &in.text); err != nil {
		return reject("field text: "+err.Error(), fr.S(wording.LineTextUnreadable))
	}
	switch {
	case isNull(rec.Author):
	case rec.Author[0] != '"':
		return reject("author must be a string", fr.S(wording.LineAuthorNotString))
	default:
		if err := json.Unmarshal(rec.Author, &in.author); err != nil {
			return reject("field author: "+err.Error(), fr.S(wording.LineAuthorUnreadable))
		}
	}
	return in
}

// isNull reports a raw field that is absent or null.
func isNull(v json.RawMessage) bool { return len(v) == 0 || string(v) == "null" }

// archiveFlags are the flags verify and montage share.
type archiveFlags struct {
	paths               *multiFlag
	tz                  *zoneFlag
	index, db           *string
	json, stats, strict *bool
	html                *string
}

// addArchiveFlags registers --archive, --tz, --index (a saved archive), --db
// (the PostgreSQL archive), --json (one object per what),
// --stats, --strict (exit 1 if strictWhat is rejected) and --html (the
// report page of everything judged).
func addArchiveFlags(fs *flag.FlagSet, what, strictWhat string) *archiveFlags {
	a := &archiveFlags{}
	a.paths = addArchivePaths(fs)
	a.tz = addZoneFlag(fs)
	a.index = fs.String("index", "", "a saved archive (`FILE` written by guillemet index), instead of --archive")
	a.db = addDBFlag(fs, ", instead of --archive")
	a.json = fs.Bool("json", false, "print one JSON object per "+what)
	a.stats = fs.Bool("stats", false, "print timing figures as one JSON line on stderr after the run")
	a.strict = fs.Bool("strict", false, "exit 1 if any "+strictWhat+" is rejected")
	a.html = fs.String("html", "", "also write the report page (HTML) of every "+what+" judged to `FILE`")
	return a
}
