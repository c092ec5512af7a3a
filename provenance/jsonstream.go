package provenance

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"io"
	"unicode/utf8"
)

// jsonStream reads a JSON document from a buffered reader one value at a
// time, so that a document of any length is read holding one record at a
// time. A value longer than the limit its caller gives is passed over to
// its end without being held: only its size is kept, for the message.
//
// The stream checks the structure it walks (objects, arrays, keys, commas)
// and finds where each value ends by its brackets and strings; the bytes of
// a value it returns are checked by encoding/json when a reader decodes
// them, so a broken record costs that record only.
type jsonStream struct {
	br  *bufio.Reader
	off int64 // bytes consumed since the stream began
	// rec holds the last value record returned, and is reused.
	rec []byte

	// tee, when active, receives every byte consumed, up to teeLimit;
	// past it teeOver is set and the bytes are only counted.
	tee      []byte
	teeKeep  []byte // the tee's buffer, reused
	teeOn    bool
	teeOver  bool
	teeLimit int
	teeSize  int64
}

// newStream returns a stream over r.
func newStream(r *bufio.Reader) *jsonStream { return &jsonStream{br: r} }

// bytesStream returns a stream over a record already in memory.
func bytesStream(raw []byte) *jsonStream {
	return newStream(bufio.NewReaderSize(bytes.NewReader(raw), 4096))
}

// streamError is an error in the structure of a document: a syntax error
// outside any record, or the end of the file inside a value. The rest of
// the document cannot be read.
type streamError struct {
	off       int64 // byte offset in the stream
	msg       string
	truncated bool // the input ends inside a value
}

func (e *streamError) Error() string {
	if e.truncated {
		return jsonrec.EndsInside
	}
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.off, e.msg)
}

// pathError places an error of the stream at a JSON path.
type pathError struct {
	path string
	err  error
}

func (e *pathError) Error() string { return e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }

// atPath wraps a stream error with the path of the value being read,
// unless it already has a deeper one. Read errors and cancellations pass
// as they are.
func atPath(path string, err error) error {
	var se *streamError
	if err == nil || !errors.As(err, &se) {
		return err
	}
	var pe *pathError
	if errors.As(err, &pe) {
		return err
	}
	return &pathError{path: path, err: err}
}

// fill returns the buffered bytes, reading more when none are left.
func (s *jsonStream) fill() ([]byte, error) {
	if n := s.br.Buffered(); n > 0 {
		b, _ := s.br.Peek(n)
		return b, nil
	}
	if _, err := s.br.Peek(1); err != nil {
		return nil, err
	}
	b, _ := s.br.Peek(s.br.Buffered())
	return b, nil
}

// consume discards n buffered bytes, passing them to the tee.
func (s *jsonStream) consume(b []byte, n int) {
	if s.teeOn {
		s.teeSize += int64(n)
		if !s.teeOver {
			if len(s.tee)+n > s.teeLimit {
				s.teeOver, s.tee = true, nil
			} else {
				if cap(s.tee)-len(s.tee) < n {
					// Grow by doubling, never past the limit.
					grown := make([]byte, len(s.tee), min(s.teeLimit, max(2*cap(s.tee), len(s.tee)+n, 512)))
					copy(grown, s.tee)
					s.tee = grown
				}
				s.tee = append(s.tee, b[:n]...)
			}
		}
	}
	s.br.Discard(n)
	s.off += int64(n)
}

// startTee begins keeping every byte consumed, up to limit.
func (s *jsonStream) startTee(limit int) {
	s.tee, s.teeOn, s.teeOver, s.teeLimit, s.teeSize = s.teeKeep[:0], true, false, limit, 0
}

// stopTee ends the tee and returns what it kept (nil when it went past
// its limit) and the bytes it saw. The bytes are valid until the next
// startTee.
func (s *jsonStream) stopTee() ([]byte, int64) {
	b, n := s.tee, s.teeSize
	if s.teeOver {
		b = nil
	} else {
		s.teeKeep = b
	}
	s.tee, s.teeOn, s.teeOver = nil, false, false
	return b, n
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// peek skips white space and returns the next byte without consuming it.
// It returns io.EOF at the end of the input.
func (s *jsonStream) peek() (byte, error) {
	for {
		b, err := s.fill()
		if err != nil {
			return 0, err
		}
		i := 0
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		s.consume(b, i)
		if i < len(b) {
			return b[i], nil
		}
	}
}

// truncated turns the end of the input inside a value into a streamError.
func (s *jsonStream) truncated(err error) error {
	if err == io.EOF {
		return &streamError{off: s.off, truncated: true}
	}
	return err
}

func (s *jsonStream) syntax(format string, args ...any) error {
	return &streamError{off: s.off, msg: fmt.Sprintf(format, args...)}
}

// open consumes the delimiter c ('{' or '[') that must come next.
func (s *jsonStream) open(c byte) error {
	got, err := s.peek()
	if err != nil {
		return s.truncated(err)
	}
	if got != c {
		return s.syntax("want %q, got %q", c, got)
	}
	b, _ := s.fill()
	s.consume(b, 1)
	return nil
}

// next moves to the next member of the object or element of the array
// being read: it consumes the closing delimiter and returns false at its
// end, else consumes the comma before every member but the first and
// returns true.
func (s *jsonStream) next(closing byte, first bool) (bool, error) {
	c, err := s.peek()
	if err != nil {
		return false, s.truncated(err)
	}
	b, _ := s.fill()
	if c == closing {
		s.consume(b, 1)
		return false, nil
	}
	if first {
		return true, nil
	}
	if c != ',' {
		what := "an array element"
		if closing == '}' {
			what = "an object member"
		}
		return false, s.syntax("want ',' or '%c' after %s, got %q", closing, what, c)
	}
	s.consume(b, 1)
	if c, err = s.peek(); err != nil {
		return false, s.truncated(err)
	}
	if c == closing {
		return false, s.syntax("a comma before '%c'", closing)
	}
	return true, nil
}

// members reads the object that comes next, calling member for each of
// its members with its key, after the colon: member must read or skip
// the value. A syntax error of the stream is given at path; an error of
// member is returned as it is.
func (s *jsonStream) members(path string, member func(key string) error) error {
	if err := s.open('{'); err != nil {
		return atPath(orRoot(path), err)
	}
	for first := true; ; first = false {
		more, err := s.next('}', first)
		if err != nil {
			return atPath(orRoot(path), err)
		}
		if !more {
			return nil
		}
		k, err := s.key()
		if err != nil {
			return atPath(orRoot(path), err)
		}
		if err := member(k); err != nil {
			return err
		}
	}
}

// elements reads the array that comes next, calling element for each of
// its elements with its index: element must read or skip the value.
// Errors are given as members gives them.
func (s *jsonStream) elements(path string, element func(i int) error) error {
	if err := s.open('['); err != nil {
		return atPath(orRoot(path), err)
	}
	for i := 0; ; i++ {
		more, err := s.next(']', i == 0)
		if err != nil {
			return atPath(orRoot(path), err)
		}
		if !more {
			return nil
		}
		if err := element(i); err != nil {
			return err
		}
	}
}

// maxKeyBytes bounds an object key; no format has keys of more than a few
// dozen bytes.
const maxKeyBytes = 4096

// key reads an object key and the colon after it.
func (s *jsonStream) key() (string, error) {
	c, err := s.peek()
	if err != nil {
		return "", s.truncated(err)
	}
	if c != '"' {
		return "", s.syntax("want an object key, got %q", c)
	}
	var k string
	if b, _ := s.fill(); len(b) > 1 {
		// The usual key: in the buffer, without escapes.
		if q := quoteOrBackslash(b[1:]); q >= 0 && b[1+q] == '"' && utf8.Valid(b[1:1+q]) {
			k = string(b[1 : 1+q])
			s.consume(b, q+2)
			goto colon
		}
	}
	{
		raw, size, err := s.value(maxKeyBytes)
		if err != nil {
			return "", err
		}
		if raw == nil {
			return "", s.syntax("an object key of %d bytes", size)
		}
		if json.Unmarshal(raw, &k) != nil {
			return "", s.syntax("a malformed object key %s", excerpt(raw))
		}
	}
colon:
	if c, err = s.peek(); err != nil {
		return "", s.truncated(err)
	}
	if c != ':' {
		return "", s.syntax("want ':' after an object key, got %q", c)
	}
	b, _ := s.fill()
	s.consume(b, 1)
	return k, nil
}

// skip passes over the next value without holding it.
func (s *jsonStream) skip() error {
	_, _, err := s.value(0)
	return err
}

// value reads the next value and returns its bytes when they are at most
// limit long, else nil; size is its length either way. The value is
// consumed whole in both cases.
func (s *jsonStream) value(limit int) (raw []byte, size int64, err error) {
	raw, size, _, err = s.read(limit, nil, false)
	return raw, size, err
}

// record is value, but the bytes it returns are valid only until the
// next call of record: the records of a long array reuse one buffer, which
// grows to the largest of them.
func (s *jsonStream) record(limit int) (raw []byte, size int64, err error) {
	raw, size, _, err = s.read(limit, s.rec[:0], false)
	if raw != nil {
		s.rec = raw
	}
	return raw, size, err
}

// recordOrStart is record, but a value longer than limit is not passed
// over: its first bytes are put back in front of the rest of the stream
// (complete is then false), for the caller to read it as it streams by.
func (s *jsonStream) recordOrStart(limit int) (raw []byte, complete bool, err error) {
	raw, _, complete, err = s.read(limit, s.rec[:0], true)
	if err != nil {
		return nil, false, err
	}
	if complete {
		s.rec = raw
		return raw, true, nil
	}
	// The buffer now belongs to the reader that gives it back.
	s.rec = nil
	s.br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(raw), s.br), s.br.Size())
	s.off -= int64(len(raw))
	return nil, false, nil
}

// read reads the next value into out (which it may grow, never past
// limit). With partial, a value longer than limit is not passed over:
// read stops a little past limit and returns what it read, with complete
// false.
func (s *jsonStream) read(limit int, out []byte, partial bool) (raw []byte, size int64, complete bool, err error) {
	c, err := s.peek()
	if err != nil {
		return nil, 0, false, s.truncated(err)
	}
	var (
		depth         int
		inStr, esc    bool
		scalar        bool
		keep          = true
		start         = s.off
		first         = true
		end           bool
		scalarAtStart = c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n'
	)
	switch {
	case c == '{' || c == '[' || c == '"' || scalarAtStart:
	default:
		return nil, 0, false, s.syntax("want a JSON value, got %q", c)
	}
	for !end {
		b, err := s.fill()
		if err != nil {
			if err == io.EOF && scalar {
				break // a number or literal at the very end
			}
			return nil, s.off - start, false, s.truncated(err)
		}
		i := 0
		if first {
			first = false
			switch {
			case c == '{' || c == '[':
				depth, i = 1, 1
			case c == '"':
				inStr, i = true, 1
			default:
				scalar = true
			}
		}
		for i < len(b) && !end {
			switch {
			case esc:
				esc = false
				i++
			case inStr:
				k := quoteOrBackslash(b[i:])
				if k < 0 {
					i = len(b)
					continue
				}
				i += k
				if b[i] == '\\' {
					esc = true
					i++
					continue
				}
				inStr = false
				i++
				end = depth == 0
			case scalar:
				if d := b[i]; d == ',' || d == '}' || d == ']' || isSpace(d) {
					end = true
					continue
				}
				i++
			default:
				switch b[i] {
				case '"':
					inStr = true
				case '{', '[':
					depth++
				case '}', ']':
					depth--
					end = depth == 0
				}
				i++
			}
		}
		if keep {
			if len(out)+i > limit {
				if partial {
					out = append(out, b[:i]...)
					s.consume(b, i)
					return out, s.off - start, false, nil
				}
				keep, out = false, nil
			} else {
				if cap(out)-len(out) < i {
					// Grow by doubling, never past the limit.
					grown := make([]byte, len(out), min(limit, max(2*cap(out), len(out)+i, 512)))
					copy(grown, out)
					out = grown
				}
				out = append(out, b[:i]...)
			}
		}
		s.consume(b, i)
	}
	size = s.off - start
	if !keep {
		return nil, size, true, nil
	}
	return out, size, true, nil
}

// quoteOrBackslash returns the index of the first '"' or '\\' in b, or -1.
func quoteOrBackslash(b []byte) int {
	q := bytes.IndexByte(b, '"')
	if q < 0 {
		return bytes.IndexByte(b, '\\')
	}
	if bs := bytes.IndexByte(b[:q], '\\'); bs >= 0 {
		return bs
	}
	return q
}

// excerpt shows the start of a value in a message.
func excerpt(raw []byte) string { return jsonrec.Truncate(string(bytes.TrimSpace(raw)), 30) }

// sizeText writes a size for a message: "52428812 bytes (50.0 MiB)".
func sizeText(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%d bytes (%.1f MiB)", n, float64(n)/(1<<20))
}
