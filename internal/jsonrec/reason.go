package jsonrec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// The words that explain a JSON value that does not decode. They speak
// of JSON values and of the contract's fields, never of the Go types a
// reader decodes into.

// Invalid explains an error of encoding/json: "invalid JSON: invalid
// character 'x' looking for beginning of value (at byte 8)", or for a
// value of the wrong kind "field id: want a string, got a number".
func Invalid(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return TypeReason(te)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON: %s (at byte %d)", strings.TrimPrefix(se.Error(), "json: "), se.Offset)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "invalid JSON: truncated JSON"
	}
	return "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")
}

// EndsInside says that the input ends inside a JSON value.
const EndsInside = "truncated JSON: the file ends inside a value"

// Truncated reports an error of encoding/json that says the input ends
// inside a value.
func Truncated(err error) bool {
	var se *json.SyntaxError
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.As(err, &se) && se.Error() == "unexpected end of JSON input"
}

// NearByte explains a syntax error of encoding/json as the command
// line's inputs do ("invalid JSON near byte 1: invalid character 'p'
// looking for beginning of value"); ok is false for another error.
func NearByte(err error) (msg string, ok bool) {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return "", false
	}
	return fmt.Sprintf("invalid JSON near byte %d: %s", se.Offset, se), true
}

// TypeReason explains a value of the wrong kind: "field id: want a
// string, got a number", or without a field "want a string, got a
// number".
func TypeReason(te *json.UnmarshalTypeError) string {
	if te.Field != "" {
		return "field " + te.Field + ": " + WantGot(te)
	}
	return WantGot(te)
}

// WantGot explains a value of the wrong kind without naming its field:
// "want a string, got the number 1.5".
func WantGot(te *json.UnmarshalTypeError) string {
	return fmt.Sprintf("want %s, got %s", kindOfType(te.Type), valueKind(te.Value))
}

// valueKind names the JSON value encoding/json describes ("number",
// "number 1.5", "string", "bool", "array", "object").
func valueKind(v string) string {
	kind, detail, _ := strings.Cut(v, " ")
	switch kind {
	case "number":
		if detail != "" {
			return "the number " + Truncate(detail, 30)
		}
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "a boolean"
	case "array":
		return "an array"
	case "object":
		return "an object"
	}
	return Truncate(v, 30)
}

// kindOfType names the JSON value a Go type is decoded from.
func kindOfType(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a positive integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		if t == reflect.TypeFor[json.RawMessage]() {
			return "a JSON value"
		}
		return "an array"
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.Pointer:
		return kindOfType(t.Elem())
	}
	return "another value"
}

// Describe names a JSON value for a message, with the value itself when
// it is short: "an object", "an array", "the string \"x\"", "true",
// "the number 12", "nothing" for an absent one.
func Describe(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "the string " + Truncate(string(raw), 40)
	case 't', 'f', 'n':
		return string(raw)
	}
	return "the number " + Truncate(string(raw), 40)
}

// Truncate cuts s to at most n bytes, at a character boundary, and
// marks the cut with "…".
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
