package jsonrec

import (
	"bytes"
	"encoding/json"
)

// ID reads an id given as a JSON string or as a JSON number (some
// exports write X ids as numbers): a string is unquoted, a number is
// kept as written (7, 1e3, -2), with number set. An absent field (raw
// empty) and null read as "". ok is false for a value of another kind
// (an object, an array, a boolean) and for a string that does not
// decode; the caller words the message, since each input names its
// field in its own way.
//
// raw is a value encoding/json has already checked (a
// json.RawMessage field).
func ID(raw []byte) (id string, number, ok bool) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", false, true
	case raw[0] == '"':
		if json.Unmarshal(raw, &id) != nil {
			return "", false, false
		}
		return id, false, true
	case raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9':
		return string(raw), true, true
	}
	return "", false, false
}
