package provenance

import (
	"encoding/json"
	"testing"
)

// FuzzUnquoteJSON checks the loader's own decoding of JSON strings
// against encoding/json, on any string encoding/json accepts.
func FuzzUnquoteJSON(f *testing.F) {
	for _, s := range []string{`""`, `"a"`, `"\u003cp\u003eSalut \u0026amp; à\u003c/p\u003e"`, `"\ud83d\ude00 \ud83d x \ude00"`,
		`"\"\\\/\b\f\n\r\t"`, "\"caf\xe9\"", `"\u00e9\u0301"`, `"\uD834\uDD1E"`, `"\u0000"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, quoted string) {
		var want string
		if json.Unmarshal([]byte(quoted), &want) != nil {
			return
		}
		var s rawString
		if err := json.Unmarshal([]byte(quoted), &s); err != nil {
			t.Fatalf("%q: %v", quoted, err)
		}
		if got := s.String(); got != want {
			t.Fatalf("%q: got %q, encoding/json %q", quoted, got, want)
		}
	})
}

func TestJSONStringTypeError(t *testing.T) {
	var st struct {
		Content rawString `json:"content"`
	}
	err := json.Unmarshal([]byte(`{"content":12}`), &st)
	var te *json.UnmarshalTypeError
	if !asTypeError(err, &te) || te.Field != "content" || te.Value != "number" {
		t.Fatalf("got %v", err)
	}
	if err := json.Unmarshal([]byte(`{"content":null}`), &st); err != nil || st.Content.set() {
		t.Fatalf("null: %v %v", err, st.Content.set())
	}
}

func asTypeError(err error, te **json.UnmarshalTypeError) bool {
	t, ok := err.(*json.UnmarshalTypeError)
	*te = t
	return ok
}
