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

// textInput is one {"id","text"} record of --quotes or --in.
type textInput struct{ id, text string }

// maxTextLine bounds one line of --quotes or --in: a post, not a corpus.
const maxTextLine = 1 << 20

// readTextInputs reads JSON Lines of {"id","text"} from FILE, or standard
// input for "-". A bad line is named on stderr ("guillemet CMD:
// FILE:LINE: reason") and skipped; a line without id gets its line
// number as id. The error is for input that cannot be read at all.
func readTextInputs(cmd, name string, stdin io.Reader, stderr io.Writer) (inputs []textInput, rejected int, err error) {
	r, closeInput, err := openInput(name, stdin)
	if err != nil {
		return nil, 0, err
	}
	defer closeInput()
	br := bufio.NewReaderSize(r, 64<<10)
	reject := func(line int, format string, args ...any) {
		rejected++
		fmt.Fprintf(stderr, "guillemet %s: %s:%d: %s\n", cmd, name, line, fmt.Sprintf(format, args...))
	}
	for line := 1; ; line++ {
		b, tooLong, err := readInputLine(br, maxTextLine)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, rejected, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if tooLong {
			reject(line, "line longer than %d bytes", maxTextLine)
		} else if b = bytes.TrimSpace(b); len(b) > 0 {
			if in, reason := parseTextLine(b, line); reason != "" {
				reject(line, "%s", reason)
			} else {
				inputs = append(inputs, in)
			}
		}
		if errors.Is(err, io.EOF) {
			return inputs, rejected, nil
		}
	}
}

// readInputLine reads one line without its end, or reports it longer
// than limit (and skips it).
func readInputLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, tooLong, err
	}
}

// parseTextLine reads one JSON line; reason is empty when it is good.
func parseTextLine(b []byte, line int) (textInput, string) {
	var rec struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		return textInput{}, "invalid JSON: " + err.Error()
	}
	if rec.Text == nil {
		return textInput{}, "missing field text"
	}
	in := textInput{id: strconv.Itoa(line), text: *rec.Text}
	switch id := bytes.TrimSpace(rec.ID); {
	case len(id) == 0 || string(id) == "null":
	case id[0] == '"':
		var s string
		if err := json.Unmarshal(id, &s); err != nil {
			return textInput{}, "invalid id: " + err.Error()
		}
		in.id = s
	case id[0] == '-' || '0' <= id[0] && id[0] <= '9':
		in.id = string(id)
	default:
		return textInput{}, "id must be a string or a number"
	}
	return in, ""
}

// archiveFlags are the flags verify and montage share.
type archiveFlags struct {
	paths               multiFlag
	json, stats, strict *bool
}

// addArchiveFlags registers --archive, --json (one object per what),
// --stats and --strict (exit 1 if strictWhat is rejected).
func addArchiveFlags(fs *flag.FlagSet, what, strictWhat string) *archiveFlags {
	a := &archiveFlags{}
	fs.Var(&a.paths, "archive", "archive `PATH` (file or folder; repeatable)")
	a.json = fs.Bool("json", false, "print one JSON object per "+what)
	a.stats = fs.Bool("stats", false, "print timing figures as one JSON line on stderr after the run")
	a.strict = fs.Bool("strict", false, "exit 1 if any "+strictWhat+" is rejected")
	return a
}
