package provenance

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// putBackElements reads data, an array, taking each element with
// recordOrStart under a tiny limit and, when it is put back, reading it
// again whole: the elements must come out as they are.
func putBackElements(data []byte) ([]string, error) {
	s := bytesStream(data)
	var elems []string
	if err := s.open('['); err != nil {
		return nil, err
	}
	for i := 0; ; i++ {
		more, err := s.next(']', i == 0)
		if err != nil || !more {
			return elems, err
		}
		raw, complete, err := s.recordOrStart(7)
		if err != nil {
			return elems, err
		}
		if !complete {
			if raw, _, err = s.value(1 << 20); err != nil {
				return elems, err
			}
		}
		elems = append(elems, string(raw))
	}
}

// streamElements reads data, an array, with a jsonStream and returns its
// elements, or the error that stopped it.
func streamElements(data []byte, limit int) ([]string, []int64, error) {
	s := bytesStream(data)
	var elems []string
	var sizes []int64
	if err := s.open('['); err != nil {
		return nil, nil, err
	}
	for i := 0; ; i++ {
		more, err := s.next(']', i == 0)
		if err != nil {
			return elems, sizes, err
		}
		if !more {
			break
		}
		raw, size, err := s.record(limit)
		if err != nil {
			return elems, sizes, err
		}
		elems = append(elems, string(raw))
		sizes = append(sizes, size)
	}
	if _, err := s.peek(); err == nil {
		return elems, sizes, s.syntax("data after the array")
	}
	return elems, sizes, nil
}

func TestStreamValues(t *testing.T) {
	elems, sizes, err := streamElements([]byte(` [ {"a":"}]\"{"} , ["]",[1,2]] ,"x\\\"y" ,-1.5e3,true , null,{} ] `), 1<<10)
	require.NoError(t, err)
	require.Equal(t, []string{`{"a":"}]\"{"}`, `["]",[1,2]]`, `"x\\\"y"`, `-1.5e3`, `true`, `null`, `{}`}, elems)
	require.Equal(t, int64(len(`{"a":"}]\"{"}`)), sizes[0])

	// A value past the limit is passed over, its size kept.
	elems, sizes, err = streamElements([]byte(`[{"t":"`+strings.Repeat("é", 3000)+`"},{"u":1}]`), 1000)
	require.NoError(t, err)
	require.Equal(t, []string{"", `{"u":1}`}, elems)
	require.Equal(t, int64(6008), sizes[0])

	for in, want := range map[string]string{
		`[{"a":1}`:          "truncated JSON: the file ends inside a value",
		`[{"a":"1`:          "truncated JSON: the file ends inside a value",
		`[{"a":1} {"b":2}]`: "invalid JSON at byte 9: want ',' or ']' after an array element, got '{'",
		`[1,]`:              "invalid JSON at byte 3: a comma before ']'",
		`[,1]`:              "invalid JSON at byte 1: want a JSON value, got ','",
	} {
		_, _, err := streamElements([]byte(in), 100)
		require.EqualError(t, err, want, in)
	}
}

// FuzzJSONStream checks the stream against encoding/json: for an array
// that encoding/json reads, the stream finds the same elements, byte for
// byte.
func FuzzJSONStream(f *testing.F) {
	for _, s := range []string{`[{"long":"` + strings.Repeat("x", 5000) + `"},{"a":1},"` + strings.Repeat("y", 70000) + `"]`, `[1,"a",{"b":[null,true]}]`, `["\\\"]"]`, `[{"a":"}"}, [], {}]`, "[\n]", `[1e5,-0.5]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		elems, _, err := streamElements(data, 1<<20)
		var want []json.RawMessage
		if json.Unmarshal(data, &want) != nil || want == nil {
			return // the stream may read more leniently; it must not panic
		}
		require.NoError(t, err, "%q", data)
		require.Len(t, elems, len(want))
		back, err := putBackElements(data)
		require.NoError(t, err, "%q", data)
		for i := range want {
			require.Equal(t, string(bytes.TrimSpace(want[i])), elems[i])
			require.Equal(t, elems[i], back[i])
		}
	})
}
