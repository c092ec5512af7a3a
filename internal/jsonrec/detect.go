package jsonrec

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
)

// Layout is how an input holds its records.
type Layout uint8

const (
	// Document: JSON values that may span lines (a pretty-printed
	// object, an array of records, an API response).
	Document Layout = iota
	// Lines: JSON Lines, one record a line.
	Lines
)

// Kind is what the top-level keys of an object say of it.
type Kind uint8

const (
	// Unknown: the keys say nothing.
	Unknown Kind = iota
	// Record: the keys are those of a record read a line at a time.
	Record
	// Envelope: the keys are those of a document (an envelope, or a
	// record of a format that comes as a document).
	Envelope
)

// Two rules tell JSON Lines from a JSON document, one for each kind of
// input:
//
//   - Detect, for inputs that mix formats (the archive loader, where a
//     line of JSON Lines is a canonical post and a document may be any
//     platform's export), decides by the keys of the first object and,
//     when they say nothing, of the next ones;
//   - DetectRecords, for inputs of one kind of record (the montage's
//     composites), decides by whether the first lines hold complete
//     values.

// lookAheadLines is how many lines after an object of unknown keys
// Detect reads to tell JSON Lines from a document.
const lookAheadLines = 16

// Detect tells JSON Lines from a JSON document by the window w, which
// starts at the first byte of the first line that is not blank, an
// object's "{"; kind says what an object's top-level keys make it.
//
// The object is on one line when it ends on its first line, or when the
// syntax error that breaks it falls there or at the first byte of the
// next line (a record left open, {"id":"2", then the next record); a
// window without a line end holds one line. Then:
//
//   - keys of a Record make JSON Lines when the object is on one line,
//     a document when it spans lines (a pretty-printed record);
//   - keys of an Envelope make a document;
//   - unknown keys on several lines, or on a window without a line end,
//     make a document; on one line, the next lines decide: another
//     one-line object of Record or Unknown keys makes JSON Lines, one of
//     Envelope keys a document, and with no such object it is a
//     document.
func Detect(w []byte, kind func(keys []string) Kind) Layout {
	sn := Sniff(w)
	nl := bytes.IndexByte(w, '\n')
	// Where the value stops being read: its end, the error that breaks
	// it, or the end of the window.
	stop := sn.End
	if stop < 0 {
		stop = sn.ErrAt
	}
	oneLine := nl < 0 || stop >= 0 && (stop <= nl || len(bytes.TrimSpace(w[nl:stop])) == 0)
	switch kind(sn.Keys) {
	case Envelope:
		return Document
	case Record:
		if oneLine {
			return Lines
		}
		return Document
	}
	if !oneLine || nl < 0 {
		return Document
	}
	objects := 0
	rest := w[nl+1:]
	for range lookAheadLines {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			break // a line cut by the window says nothing sure
		}
		line := bytes.TrimSpace(rest[:i])
		rest = rest[i+1:]
		if !BeginsRecords(line) || line[0] != '{' {
			continue
		}
		next := Sniff(line)
		if next.End < 0 {
			continue
		}
		switch kind(next.Keys) {
		case Record:
			return Lines
		case Envelope:
			return Document
		}
		objects++
	}
	if objects > 0 {
		return Lines
	}
	return Document
}

// DetectRecords tells JSON Lines of records from a JSON document by
// head, the first bytes of the input from its first byte that is not
// blank (full is true when head is as long as the reader's window and
// more may follow). It is JSON Lines when the first line is one
// complete JSON value, when it runs past the window (a pretty-printed
// object starts with a short line), or when one of the first three
// lines is a complete object holding the key every record has (so that
// a broken first record does not hide the format of the others); else
// a document.
func DetectRecords(head []byte, full bool, key string) Layout {
	for i := range 3 {
		nl := bytes.IndexByte(head, '\n')
		if nl < 0 {
			if i == 0 && full {
				return Lines
			}
			nl = len(head)
		}
		line := bytes.TrimSpace(head[:nl])
		if i == 0 && json.Valid(line) {
			return Lines
		}
		if len(line) > 0 && line[0] == '{' && json.Valid(line) && slices.Contains(Sniff(line).Keys, key) {
			return Lines
		}
		if nl >= len(head) {
			return Document
		}
		head = head[nl+1:]
	}
	return Document
}

// BeginsRecords reports whether w begins an object ({ then a key or })
// or an array ([ then a value or ]). A line such as "[lien](…)",
// "{{ modèle }}" or "[fin]" begins neither; "[1] note" is told apart by
// what follows the value (Sniffed.End).
func BeginsRecords(w []byte) bool {
	if len(w) == 0 || w[0] != '{' && w[0] != '[' {
		return false
	}
	rest := bytes.TrimLeft(w[1:], " \t\r\n")
	if len(rest) == 0 {
		return true // the window ends: nothing says otherwise
	}
	if w[0] == '{' {
		return rest[0] == '"' || rest[0] == '}'
	}
	switch c := rest[0]; {
	case c == '{' || c == '[' || c == ']' || c == '"' || c == '-' || c >= '0' && c <= '9':
		return true
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if after, ok := bytes.CutPrefix(rest, []byte(lit)); ok {
			return len(after) == 0 || !isLetter(after[0])
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Sniffed is what Sniff saw of a value.
type Sniffed struct {
	// Keys are the top-level keys of the object, those before its end
	// or the error that breaks it.
	Keys []string
	// End is where the value ends in the window, or -1 (cut by the
	// window's end, broken, or a scalar).
	End int
	// ErrAt is where a syntax error breaks it, or -1.
	ErrAt int
}

// Sniff reads the object or array w begins (it may be cut by the end of
// w, or broken by a syntax error) and returns the keys it shows and
// where it ends or breaks.
func Sniff(w []byte) Sniffed {
	sn := Sniffed{End: -1, ErrAt: -1}
	dec := json.NewDecoder(bytes.NewReader(w))
	type frame struct{ obj, key bool }
	var stack []frame
	for {
		tok, err := dec.Token()
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				sn.ErrAt = int(se.Offset)
			}
			return sn
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{obj: true, key: true})
			case '[':
				stack = append(stack, frame{})
			default:
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					sn.End = int(dec.InputOffset())
					return sn
				}
				if top := &stack[len(stack)-1]; top.obj {
					top.key = true
				}
			}
		default:
			if len(stack) == 0 {
				return sn
			}
			top := &stack[len(stack)-1]
			if !top.obj {
				continue
			}
			if top.key {
				if s, _ := t.(string); len(stack) == 1 {
					sn.Keys = append(sn.Keys, s)
				}
			}
			top.key = !top.key
		}
	}
}
