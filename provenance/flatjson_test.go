package provenance

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFlatJSON(t *testing.T) {
	for _, tc := range []struct {
		line string
		ok   bool
	}{
		{okLine, true},
		{`{}`, true},
		{` {"id" : 12 , "text":"a\"b\\c\/d\n\u00e9\ud83d\ude00","x":{"y":[1,2.5e-3,true,false,null,"z"]}} `, true},
		{`{"text":"\ud83d"}`, true},           // a lone surrogate reads as U+FFFD, as encoding/json reads it
		{`{"text":"\ud83d\u0041"}`, true},     // an unpaired surrogate before another escape
		{`{"id":1.5}`, false},                 // a known field that is not an integer
		{`{"id":-1}`, false},                  // nor a negative one
		{`{"id":01}`, false},                  // nor a number with a leading zero
		{`{"id":true}`, false},                // nor a boolean
		{`{"text":"a` + "\x01" + `"}`, false}, // control character
		{`{"x":[1,]}`, false},
		{`{"x":01}`, false},
		{`{"a":1}{`, false},
		{`{"a":1`, false},
		{`{"a" 1}`, false},
		{`{"text":"\x"}`, false},
		{`{"text":"\u12"}`, false},
	} {
		var fp flatPost
		var d flatDecoder
		require.Equal(t, tc.ok, d.decode([]byte(tc.line), &fp), tc.line)
		if tc.ok {
			checkFlat(t, []byte(tc.line), &fp)
		}
	}
}

// checkFlat compares the fast path with encoding/json on a line the
// fast path accepted.
func checkFlat(t *testing.T, line []byte, fp *flatPost) {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(line, &m), "the fast path accepted invalid JSON: %q", line)
	for f, name := range flatNames {
		v, ok := m[name]
		got := fp.fields[f]
		switch x := v.(type) {
		case nil:
			require.False(t, got.set, "%s in %q", name, line)
			_ = ok
		case string:
			require.True(t, got.set && !got.isNum, "%s in %q", name, line)
			require.Equal(t, x, string(got.v), "%s in %q", name, line)
		case float64:
			require.True(t, got.set && got.isNum, "%s in %q", name, line)
			var n json.Number
			require.NoError(t, json.Unmarshal(got.v, &n))
		default:
			t.Fatalf("fast path accepted %s of type %T in %q", name, v, line)
		}
	}
}

func FuzzFlatJSON(f *testing.F) {
	b, err := os.ReadFile("../testdata/provenance/jsonl/conversation.jsonl")
	require.NoError(f, err)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f.Add([]byte(line))
	}
	f.Add([]byte(`{"id":12,"text":"\ud83d\u0041\u00e9","x":{"y":[1,2.5e-3,true,false,null,"z"]}}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		var fp flatPost
		var d flatDecoder
		if d.decode(line, &fp) {
			checkFlat(t, line, &fp)
		}
	})
}
