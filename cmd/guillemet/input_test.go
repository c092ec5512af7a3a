package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var textLineSeeds = []string{
	`{"id":"a","text":"Le débat mérite mieux que ça"}`,
	`{"id":7,"text":"Affligé"}`,
	`{"id":-1.5e3,"text":"x"}`,
	`{"text":"sans id"}`,
	`{"id":null,"text":"id null"}`,
	`{"id":"a","text":"x","author":"Maëlle Corbière (@MaelleCorbiere)"}`,
	`{"id":"a","text":"x","author":null}`,
	`{"id":"a","text":"x","author":3}`,
	`{"id":true,"text":"x"}`,
	`{"id":["a"],"text":"x"}`,
	`{"id":"a"}`,
	`{"id":"a","text":null}`,
	`{"id":"a","text":42}`,
	`{"id":"a","text":"x"} trailing`,
	`{"id":"a","text":"x"`,
	`["a"]`,
	`"texte"`,
	`42`,
	`pas du json`,
	`{"ID":"a","TEXT":"majuscules"}`,
	`{"id":"a","text":"x","text":"deux fois"}`,
	"{\"id\":\"a\",\"text\":\"\xff\xfe\"}",
}

func TestParseTextLine(t *testing.T) {
	for _, tc := range []struct {
		line             string
		id, text, author string
		bad              string
	}{
		{line: textLineSeeds[0], id: "a", text: "Le débat mérite mieux que ça"},
		{line: textLineSeeds[1], id: "7", text: "Affligé"},
		{line: textLineSeeds[2], id: "-1.5e3", text: "x"},
		{line: textLineSeeds[3], id: "3", text: "sans id"},
		{line: textLineSeeds[4], id: "3", text: "id null"},
		{line: textLineSeeds[5], id: "a", text: "x", author: "Maëlle Corbière (@MaelleCorbiere)"},
		{line: textLineSeeds[6], id: "a", text: "x"},
		{line: textLineSeeds[7], id: "a", bad: "author must be a string"},
		{line: textLineSeeds[8], id: "3", bad: "id must be a string or a number"},
		{line: textLineSeeds[9], id: "3", bad: "id must be a string or a number"},
		{line: textLineSeeds[10], id: "a", bad: "missing field text"},
		{line: textLineSeeds[11], id: "a", bad: "missing field text"},
		{line: textLineSeeds[12], id: "a", bad: "text must be a string"},
		{line: textLineSeeds[13], id: "3", bad: "invalid JSON near byte 23: invalid character 't' after top-level value"},
		{line: textLineSeeds[14], id: "3", bad: "invalid JSON near byte 20: unexpected end of JSON input"},
		{line: textLineSeeds[15], id: "3", bad: `not a JSON object: give {"id":…,"text":…}`},
		{line: textLineSeeds[16], id: "3", bad: `not a JSON object: give {"id":…,"text":…}`},
		{line: textLineSeeds[18], id: "3", bad: "invalid JSON near byte 1: invalid character 'p' looking for beginning of value"},
		{line: textLineSeeds[20], id: "a", text: "deux fois"},
		{line: textLineSeeds[21], id: "a", text: "\ufffd\ufffd"},
	} {
		in := parseTextLine([]byte(tc.line), 3)
		assert.Equal(t, 3, in.line)
		assert.Equal(t, tc.id, in.id, tc.line)
		if tc.bad != "" {
			require.NotNil(t, in.bad, tc.line)
			assert.Equal(t, tc.bad, in.bad.en, tc.line)
			assert.NotEmpty(t, in.bad.fr)
			continue
		}
		require.Nil(t, in.bad, tc.line)
		assert.Equal(t, tc.text, in.text, tc.line)
		assert.Equal(t, tc.author, in.author, tc.line)
	}
}

// FuzzParseTextLine checks parseTextLine against encoding/json: a line
// is read exactly when encoding/json reads an object whose text is a
// string, whose id is absent, null, a string or a number, and whose
// author is absent, null or a string; the text is the same.
func FuzzParseTextLine(f *testing.F) {
	for _, s := range textLineSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		in := parseTextLine(b, 9)
		if in.line != 9 {
			t.Fatalf("line %d", in.line)
		}
		var ref struct {
			ID     any `json:"id"`
			Text   any `json:"text"`
			Author any `json:"author"`
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		err := json.Unmarshal(b, new(json.RawMessage)) // the whole line is one value
		if err == nil {
			err = dec.Decode(&ref)
		}
		text, textOK := ref.Text.(string)
		author, authorOK := ref.Author.(string)
		_, idString := ref.ID.(string)
		_, idNumber := ref.ID.(json.Number)
		good := err == nil && textOK && (ref.ID == nil || idString || idNumber) && (ref.Author == nil || authorOK)
		if good != (in.bad == nil) {
			t.Fatalf("%q: parseTextLine bad=%v, encoding/json err=%v ref=%+v", b, in.bad, err, ref)
		}
		if in.bad != nil {
			if in.bad.en == "" || in.bad.fr == "" || in.text != "" || in.id == "" && ref.ID == nil {
				t.Fatalf("%q: rejection %+v", b, in)
			}
			return
		}
		if in.text != text || in.author != author {
			t.Fatalf("%q: text %q author %q, encoding/json %q %q", b, in.text, in.author, text, author)
		}
		switch id := ref.ID.(type) {
		case nil:
			if in.id != "9" {
				t.Fatalf("%q: id %q, want the line number", b, in.id)
			}
		case string:
			if in.id != id {
				t.Fatalf("%q: id %q, want %q", b, in.id, id)
			}
		case json.Number:
			if in.id != id.String() {
				t.Fatalf("%q: id %q, want %q", b, in.id, id)
			}
		}
	})
}

// FuzzTextReader reads any input and checks that each line that is not
// blank comes back once, in order, with its number, or that the input is
// refused as a whole before anything is read.
func FuzzTextReader(f *testing.F) {
	f.Add([]byte(strings.Join(textLineSeeds, "\n")))
	f.Add([]byte("Le débat\nAffligé\n"))
	f.Add([]byte("# en-tête\n{\"text\":\"x\"}\n\n\r\n  {\"id\":1,\"text\":\"y\"}"))
	f.Add([]byte("\ufeff{\"text\":\"x\"}\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := newTextReader("f", bytes.NewReader(b))
		lines := strings.Split(string(b), "\n")
		var want []int
		for i, l := range lines {
			if i == 0 {
				l = strings.TrimPrefix(l, "\ufeff")
			}
			if len(bytes.TrimSpace([]byte(l))) > 0 {
				want = append(want, i+1)
			}
		}
		if err := r.sniff(); err != nil {
			var ue usageError
			if !asUsage(err, &ue) || !strings.HasPrefix(ue.msg, "f:"+strconv.Itoa(want[0])+": not JSON Lines") {
				t.Fatalf("sniff: %v (non-blank lines %v)", err, want)
			}
			return
		}
		var got []int
		for {
			in, ok, err := r.next()
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				break
			}
			if in.bad == nil && in.id == "" && !bytes.Contains(b, []byte(`""`)) {
				t.Fatalf("line %d: no id", in.line)
			}
			got = append(got, in.line)
		}
		if !slicesEqual(got, want) {
			t.Fatalf("lines %v, want %v", got, want)
		}
	})
}

func asUsage(err error, ue *usageError) bool {
	u, ok := err.(usageError)
	*ue = u
	return ok
}

func slicesEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
