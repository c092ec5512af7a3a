package provenance

import (
	"encoding/json"
	"reflect"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// rawString is a JSON string field that a reader decodes itself, once,
// straight into the string it keeps. encoding/json decodes a string with
// escapes into a buffer, then copies it into a string: for the HTML of a
// Mastodon status at the record limit (1 MiB, its tags escaped as
// \u003c), that is 2 MiB more beside the record and the text made from
// it. A rawString holds the quoted bytes of its record (a slice of it,
// not a copy), so it must be read (String) before the record's buffer is
// reused.
type rawString struct {
	raw []byte // the quoted JSON string, or nil for null or absent
}

// UnmarshalJSON keeps the quoted string as it is in the record. A value
// that is not a string is a type error, which encoding/json names with
// its field.
func (s *rawString) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		s.raw = nil
		return nil
	case len(b) < 2 || b[0] != '"':
		return &json.UnmarshalTypeError{Value: jsonValueKind(b), Type: reflect.TypeFor[string]()}
	}
	s.raw = b
	return nil
}

// set reports whether the field held a string.
func (s *rawString) set() bool { return s.raw != nil }

// String decodes the string as encoding/json does: escapes read, an
// invalid UTF-8 byte or a lone surrogate becomes U+FFFD; one allocation,
// of the decoded length at most.
func (s *rawString) String() string {
	if s.raw == nil {
		return ""
	}
	return unquoteJSON(s.raw[1 : len(s.raw)-1])
}

// unquoteJSON decodes the inside of a valid JSON string (encoding/json
// has checked its syntax).
func unquoteJSON(b []byte) string {
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '\\' && i+1 < len(b):
			i++
			switch e := b[i]; e {
			case 'b':
				out.WriteByte('\b')
			case 'f':
				out.WriteByte('\f')
			case 'n':
				out.WriteByte('\n')
			case 'r':
				out.WriteByte('\r')
			case 't':
				out.WriteByte('\t')
			case 'u':
				r, n := unquoteU(b[i-1:])
				out.WriteRune(r)
				i += n - 2
			default: // " \ /
				out.WriteByte(e)
			}
			i++
		case c < utf8.RuneSelf:
			out.WriteByte(c)
			i++
		default:
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				out.WriteRune(utf8.RuneError)
			} else {
				out.Write(b[i : i+n])
			}
			i += n
		}
	}
	return out.String()
}

// unquoteU reads a \uXXXX escape at the start of b, with the low half of
// a surrogate pair after it: the rune and the bytes it took.
func unquoteU(b []byte) (rune, int) {
	r := hex4(b[2:])
	if r < 0 {
		return utf8.RuneError, 2
	}
	if !utf16.IsSurrogate(r) {
		return r, 6
	}
	if len(b) >= 12 && b[6] == '\\' && b[7] == 'u' {
		if lo := hex4(b[8:]); lo >= 0 {
			if d := utf16.DecodeRune(r, lo); d != utf8.RuneError {
				return d, 12
			}
		}
	}
	return utf8.RuneError, 6
}

// hex4 reads four hexadecimal digits, or returns -1.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// jsonValueKind names the kind of a JSON value for a type error, as
// encoding/json does (valueKind reads it).
func jsonValueKind(b []byte) string {
	if len(b) == 0 {
		return "value"
	}
	switch b[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	}
	return "number"
}
