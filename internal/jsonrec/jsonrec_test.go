package jsonrec

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// line is what ReadLine returned for one line.
type line struct {
	text    string
	size    int64
	tooLong bool
}

// readAll reads every line of in with a reader of the given buffer size.
func readAll(t testing.TB, in string, buf, limit int) []line {
	br := bufio.NewReaderSize(strings.NewReader(in), buf)
	var out []line
	for {
		b, size, tooLong, err := ReadLine(br, limit)
		if len(b) > 0 || tooLong || err == nil {
			out = append(out, line{string(b), size, tooLong})
		}
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
	}
}

func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 40)
	for _, tc := range []struct {
		name  string
		in    string
		limit int
		want  []line
	}{
		{"lines", "a\nbc\n", 10, []line{{"a", 1, false}, {"bc", 2, false}}},
		{"last line without end", "a\nbc", 10, []line{{"a", 1, false}, {"bc", 2, false}}},
		{"CRLF", "a\r\nbc\r\n", 10, []line{{"a", 1, false}, {"bc", 2, false}}},
		{"blank lines", "\n\r\n", 10, []line{{"", 0, false}, {"", 0, false}}},
		{"at the limit", "abcd\n", 4, []line{{"abcd", 4, false}}},
		{"over the limit", "abcde\nok\n", 4, []line{{"", 5, true}, {"ok", 2, false}}},
		{"over the limit at the end", "abcde", 4, []line{{"", 5, true}}},
		{"past the buffer, within the limit", long + "\n", 64, []line{{long, 40, false}}},
		{"past the buffer and the limit", long + "\r\nok", 20, []line{{"", 40, true}, {"ok", 2, false}}},
		{"limit 0 skips", "abc\n\nd\n", 0, []line{{"", 3, true}, {"", 0, false}, {"", 1, true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, readAll(t, tc.in, 16, tc.limit))
		})
	}
}

func TestID(t *testing.T) {
	for _, tc := range []struct {
		raw        string
		id         string
		number, ok bool
	}{
		{``, "", false, true},
		{`null`, "", false, true},
		{` "1899370252654819175" `, "1899370252654819175", false, true},
		{`"a\u00e9"`, "aé", false, true},
		{`1899370252654819175`, "1899370252654819175", true, true},
		{`1e3`, "1e3", true, true},
		{`-2`, "-2", true, true},
		{`true`, "", false, false},
		{`{"id":1}`, "", false, false},
		{`[1]`, "", false, false},
	} {
		id, number, ok := ID([]byte(tc.raw))
		assert.Equal(t, []any{tc.id, tc.number, tc.ok}, []any{id, number, ok}, "%s", tc.raw)
	}
}

func TestErrorWording(t *testing.T) {
	for _, tc := range []struct {
		e    Error
		want string
	}{
		{Error{File: "f.jsonl", Line: 3, Msg: "invalid UTF-8"}, "f.jsonl:3: invalid UTF-8"},
		{Error{File: "f.json", Field: "data[2].created_at", Msg: "bad date"}, "f.json#data[2].created_at: bad date"},
		{Error{File: "f.json", Line: 4, Field: "[1]", Msg: "m"}, "f.json:4#[1]: m"},
		{Error{File: "f.json", Msg: "empty file"}, "f.json: empty file"},
		{Error{Line: 2, Field: "items[0]", Msg: "m"}, "line 2#items[0]: m"},
		{Error{Line: 2, Msg: "m"}, "line 2: m"},
		{Error{Field: "disputed", Msg: "m"}, "disputed: m"},
		{Error{Msg: "m"}, "m"},
	} {
		assert.Equal(t, tc.want, tc.e.Error())
	}
	assert.Equal(t, "a: x\nb:2: y", Errors{{File: "a", Msg: "x"}, {File: "b", Line: 2, Msg: "y"}}.Error())
}

func TestReasons(t *testing.T) {
	var v struct {
		ID string `json:"id"`
	}
	syntax := json.Unmarshal([]byte(`{"id":"1",}`), &v)
	assert.Equal(t, "invalid JSON: invalid character '}' looking for beginning of object key string (at byte 11)", Invalid(syntax))
	msg, ok := NearByte(syntax)
	assert.True(t, ok)
	assert.Equal(t, "invalid JSON near byte 11: invalid character '}' looking for beginning of object key string", msg)
	typ := json.Unmarshal([]byte(`{"id":1.5}`), &v)
	assert.Equal(t, "field id: want a string, got a number", Invalid(typ))
	_, ok = NearByte(typ)
	assert.False(t, ok)
	cut := json.Unmarshal([]byte(`{"id":"1"`), &v)
	assert.True(t, Truncated(cut))
	assert.False(t, Truncated(syntax))
	for raw, want := range map[string]string{
		``: "nothing", ` {"a":1} `: "an object", `[1]`: "an array", `"x"`: `the string "x"`,
		`true`: "true", `null`: "null", `12`: "the number 12",
	} {
		assert.Equal(t, want, Describe([]byte(raw)), raw)
	}
	assert.Equal(t, "Ré…", Truncate("Réduire", 3))
	assert.Equal(t, "Réduire", Truncate("Réduire", 30))
}

func TestDetect(t *testing.T) {
	kind := func(keys []string) Kind {
		for _, k := range keys {
			switch k {
			case "id":
				return Record
			case "data":
				return Envelope
			}
		}
		return Unknown
	}
	for _, tc := range []struct {
		name, in string
		want     Layout
	}{
		{"records", `{"id":"1"}` + "\n" + `{"id":"2"}` + "\n", Lines},
		{"a record cut by the window", `{"id":"1","text":"…`, Lines},
		{"a record left open", `{"id":"1",` + "\n" + `{"id":"2"}` + "\n", Lines},
		{"a pretty-printed record", "{\n  \"id\": \"1\"\n}\n", Document},
		{"an envelope", `{"data":[]}` + "\n", Document},
		{"unknown keys, then a record", `{"a":1}` + "\n" + `{"id":"2"}` + "\n", Lines},
		{"unknown keys, then an envelope", `{"a":1}` + "\n" + `{"data":1}` + "\n", Document},
		{"unknown keys, then unknown keys", `{"a":1}` + "\n" + `{"b":2}` + "\n", Lines},
		{"unknown keys alone", `{"a":1}` + "\n", Document},
		{"unknown keys without a line end", `{"a":1}`, Document},
	} {
		assert.Equal(t, tc.want, Detect([]byte(tc.in), kind), tc.name)
	}
	for _, tc := range []struct {
		name, in string
		full     bool
		want     Layout
	}{
		{"a complete first line", `{"items":[]}` + "\n{", false, Lines},
		{"a first line past the window", `{"items":[{"text":"…`, true, Lines},
		{"a lone line cut short", `{"items":[{"text":"…`, false, Document},
		{"a pretty-printed record", "{\n  \"items\": []\n}\n", false, Document},
		{"a broken record, then a complete one", `{"items": x}` + "\n" + `{"items":[]}` + "\n", false, Lines},
		{"a broken record, then objects without the key", `{"items": x}` + "\n{}\n{}\n" + `{"items":[]}` + "\n", false, Document},
	} {
		assert.Equal(t, tc.want, DetectRecords([]byte(tc.in), tc.full, "items"), tc.name)
	}
	sn := Sniff([]byte(`{"a":{"b":1},"c":[2]} x`))
	assert.Equal(t, Sniffed{Keys: []string{"a", "c"}, End: 21, ErrAt: -1}, sn)
	assert.Equal(t, 5, Sniff([]byte(`{"a" 1}`)).ErrAt)
	for in, want := range map[string]bool{`{"a"`: true, `{}`: true, `[1]`: true, `[`: true, `{{ x }}`: false, `[lien](x)`: false, `[fin]`: false, `[true]`: true, `[trueish]`: false, `x`: false} {
		assert.Equal(t, want, BeginsRecords([]byte(in)), in)
	}
}

// FuzzReadLine checks ReadLine against a plain split of the input: the
// same lines, their sizes, and no line over the limit kept, whatever
// the buffer size.
func FuzzReadLine(f *testing.F) {
	for _, s := range []string{"", "a\nb", "a\r\n\r\nb\r\n", strings.Repeat("x", 40) + "\nok", "\r\r\n\n"} {
		f.Add([]byte(s), uint8(5))
	}
	f.Fuzz(func(t *testing.T, data []byte, limit uint8) {
		lines := readAll(t, string(data), 16, int(limit))
		var want []line
		parts := bytes.SplitAfter(data, []byte("\n"))
		for _, p := range parts {
			ended := bytes.HasSuffix(p, []byte("\n"))
			size := int64(len(p))
			if ended {
				size--
				if bytes.HasSuffix(p, []byte("\r\n")) {
					size--
				}
			}
			text := bytes.TrimSuffix(bytes.TrimSuffix(p, []byte("\n")), []byte("\r"))
			switch {
			case len(text) > int(limit):
				want = append(want, line{"", size, true})
			case ended || len(text) > 0:
				want = append(want, line{string(text), size, false})
			}
		}
		if len(want) == 0 && len(lines) == 1 && lines[0] == (line{}) {
			lines = nil // an empty input reads as one empty last line
		}
		require.Equal(t, want, lines)
	})
}

// FuzzID checks that ID agrees with encoding/json on every valid value:
// a string is its decoded text, a number its literal, anything else is
// refused.
func FuzzID(f *testing.F) {
	for _, s := range []string{`"1"`, `12`, `-1.5e3`, `null`, `true`, `{}`, `[1]`, `"\u00e9\ud83d\ude00"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !json.Valid(raw) {
			return
		}
		id, number, ok := ID(raw)
		var v any
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		require.NoError(t, dec.Decode(&v))
		switch v := v.(type) {
		case nil:
			require.True(t, ok && !number && id == "")
		case string:
			require.True(t, ok && !number && id == v, "%q", raw)
		case json.Number:
			require.True(t, ok && number && id == string(bytes.TrimSpace(raw)), "%q", raw)
		default:
			require.False(t, ok, "%q", raw)
		}
	})
}
