package montage

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/provenance"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readComposites reads data as a file named name and returns the
// composites and the rejections as strings.
func readComposites(t *testing.T, name, data string) ([]Composite, []string) {
	t.Helper()
	comps, rejected, err := ReadComposites(strings.NewReader(data), name)
	require.NoError(t, err)
	var msgs []string
	for _, r := range rejected {
		msgs = append(msgs, r.Error())
	}
	return comps, msgs
}

const okComposite = `{"id":"c1","items":[{"text":"Premier message","author":"@SoleneRavenaud","date":"12 juin 2012"},` +
	`{"text":"Deuxième","author":"Marc Lefort (@marclefort)"}],"disputed":1,"captured_at":"2024-11-05T11:00:00+01:00"}`

func TestReadCompositesOne(t *testing.T) {
	comps, rej := readComposites(t, "c.jsonl", okComposite+"\n")
	require.Empty(t, rej)
	require.Len(t, comps, 1)
	assert.Equal(t, Composite{
		ID: "c1",
		Items: []Item{
			{Text: "Premier message", Author: "@SoleneRavenaud", Date: "12 juin 2012"},
			{Text: "Deuxième", Author: "Marc Lefort (@marclefort)"},
		},
		Disputed: 1,
	}, Composite{ID: comps[0].ID, Items: comps[0].Items, Disputed: comps[0].Disputed})
	assert.True(t, comps[0].CapturedAt.Equal(time.Date(2024, 11, 5, 10, 0, 0, 0, time.UTC)), "%s", comps[0].CapturedAt)
}

func TestReadCompositesPretty(t *testing.T) {
	doc := "\xef\xbb\xbf{\n  \"id\": 42,\n  \"unknown\": {\"x\": [1, 2]},\n  \"items\": [\n    {\"text\": \"un\"},\n" +
		"    {\"text\": \"deux\", \"author\": \"@b\", \"date\": \"date illisible\"}\n  ],\n  \"disputed\": 0\n}\n"
	comps, rej := readComposites(t, "c.json", doc)
	require.Empty(t, rej)
	require.Len(t, comps, 1)
	assert.Equal(t, "42", comps[0].ID, "a numeric id keeps its digits")
	assert.Equal(t, []Item{{Text: "un"}, {Text: "deux", Author: "@b", Date: "date illisible"}}, comps[0].Items, "an unreadable date is kept")
	assert.True(t, comps[0].CapturedAt.IsZero())

	// A pretty-printed composite with a fault names its JSON path.
	bad := "{\n  \"items\": [\n    {\"text\": \"a\"},\n    {\"text\": \"b\"},\n    {\"author\": \"@c\"}\n  ],\n  \"disputed\": 0\n}"
	comps, rej = readComposites(t, "c.json", bad)
	assert.Empty(t, comps)
	assert.Equal(t, []string{"c.json#items[2]: missing field text"}, rej)

	// A syntax error names its line; truncation and invalid UTF-8 too.
	_, rej = readComposites(t, "c.json", "{\n  \"items\": [\n    {\"text\": \"a\"} x\n  ]\n}")
	require.Len(t, rej, 1)
	assert.Contains(t, rej[0], "c.json:3: invalid JSON: invalid character 'x'")
	_, rej = readComposites(t, "c.json", "{\n  \"items\": [\n    {\"text\": \"a\"}")
	assert.Equal(t, []string{"c.json: truncated JSON"}, rej)
	_, rej = readComposites(t, "c.json", "{\n  \"items\": [\n    {\"text\": \"a\xff\"}\n]}")
	assert.Equal(t, []string{"c.json:3: invalid UTF-8"}, rej)
}

func TestReadCompositesArrayAndStream(t *testing.T) {
	arr := `[` + okComposite + `,
 {"id":"c2","items":[{"text":"a"},{"nope":1}],"disputed":0},
 {"id":7,"items":[{"text":"seul"}]}]`
	comps, rej := readComposites(t, "a.json", arr)
	require.Len(t, comps, 2)
	assert.Equal(t, "c1", comps[0].ID)
	assert.Equal(t, "7", comps[1].ID)
	assert.Equal(t, []string{"a.json#[1].items[1]: missing field text"}, rej)

	// Several pretty-printed documents one after another: each named by
	// the line it starts on.
	stream := "{\n \"id\": \"p1\",\n \"items\": [{\"text\": \"a\"}]\n}\n{\n \"id\": \"p2\",\n \"items\": [{\"text\": \"a\"}, {\"text\": \"b\"}]\n}\n"
	comps, rej = readComposites(t, "s.json", stream)
	require.Len(t, comps, 1)
	assert.Equal(t, "p1", comps[0].ID)
	assert.Equal(t, []string{"s.json:5: missing field disputed"}, rej)
}

func TestReadCompositesLines(t *testing.T) {
	lines := []string{
		okComposite,
		`{"id":"c2","items":[{"text":"a"},{"text":"b"},{"text":"c"}],"disputed":5}`,
		``,
		`{"id":3,"items":[{"text":"🤬🤬🤬"},{"text":"  "}],"disputed":0}`,
		"{\"id\":\"c4\",\"items\":[{\"text\":\"\xe9t\xe9\"}],\"disputed\":0}",
		`{"id":"c5","items":[{"text":"seul"}]}`,
		`{"id":"c6","items":[{"text":"a"}],"disputed":0`,
	}
	comps, rej := readComposites(t, "c.jsonl", strings.Join(lines, "\r\n"))
	var ids []string
	for _, c := range comps {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"c1", "3", "c5"}, ids)
	assert.Equal(t, []Item{{Text: "🤬🤬🤬"}, {Text: "  "}}, comps[1].Items, "emoji-only and blank items are kept")
	assert.Equal(t, 0, comps[2].Disputed, "one item: disputed defaults to 0")
	assert.Equal(t, []string{
		"c.jsonl:2: disputed 5 is out of range: 3 items",
		"c.jsonl:5: invalid UTF-8",
		"c.jsonl:7: truncated JSON",
	}, rej)
}

func TestReadCompositesRejections(t *testing.T) {
	three := `[{"text":"a"},{"text":"b"},{"text":"c"}]`
	for _, tc := range []struct {
		name, line, want string
	}{
		{"no items", `{"id":"e","items":[],"disputed":0}`, "composite has no items"},
		{"items missing", `{"id":"e","disputed":0}`, "composite has no items"},
		{"items null", `{"items":null}`, "composite has no items"},
		{"items not an array", `{"items":{"text":"a"}}`, "#items: want an array, got an object"},
		{"disputed missing", `{"items":[{"text":"a"},{"text":"b"}]}`, "missing field disputed"},
		{"disputed out of range", `{"items":` + three + `,"disputed":5}`, "disputed 5 is out of range: 3 items"},
		{"disputed negative", `{"items":` + three + `,"disputed":-1}`, "disputed -1 is out of range: 3 items"},
		{"disputed huge", `{"items":[{"text":"a"}],"disputed":99999999999999999999}`, "disputed 99999999999999999999 is out of range: 1 item"},
		{"disputed string", `{"items":` + three + `,"disputed":"1"}`, `#disputed: want the index of an item (an integer), got the string "1"`},
		{"disputed fraction", `{"items":` + three + `,"disputed":1.5}`, `#disputed: want the index of an item (an integer), got the number 1.5`},
		{"item without text", `{"items":[{"text":"a"},{"text":"b"},{"author":"@c"}],"disputed":0}`, "#items[2]: missing field text"},
		{"item text null", `{"items":[{"text":null}],"disputed":0}`, "#items[0]: missing field text"},
		{"item text number", `{"items":[{"text":5}],"disputed":0}`, "#items[0].text: want a string, got the number 5"},
		{"item author number", `{"items":[{"text":"a"},{"text":"b","author":5}],"disputed":0}`, "#items[1].author: want a string, got the number 5"},
		{"item date object", `{"items":[{"text":"a","date":{}}],"disputed":0}`, "#items[0].date: want a string, got an object"},
		{"item not an object", `{"items":["bonjour"],"disputed":0}`, `#items[0]: want an object with a text field, got the string "bonjour"`},
		{"captured_at", `{"items":[{"text":"a"}],"captured_at":"hier"}`, `#captured_at: unparsable date "hier" (want RFC 3339)`},
		{"captured_at number", `{"items":[{"text":"a"}],"captured_at":1730800000}`, `#captured_at: want an RFC 3339 date string, got the number 1730800000`},
		{"id object", `{"id":{"a":1},"items":[{"text":"a"}]}`, "#id: want a string or a number, got an object"},
		{"not an object", `[1,2]`, "want a composite object, got an array"},
		{"invalid JSON", `{"items":[{"text":"a"}],}`, "invalid JSON: invalid character '}'"},
		{"truncated", `{"items":[{"text":"a"}`, "truncated JSON"},
		{"invalid UTF-8", "{\"items\":[{\"text\":\"\xff\"}]}", "invalid UTF-8"},
		{"two objects", `{"items":[{"text":"a"}]} {"items":[{"text":"b"}]}`, "invalid JSON: invalid character '{' after top-level value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// As the second line of JSON Lines: FILE:LINE.
			comps, rej := readComposites(t, "c.jsonl", okComposite+"\n"+tc.line+"\n")
			require.Len(t, comps, 1)
			require.Len(t, rej, 1)
			want := "c.jsonl:2: " + tc.want
			if strings.HasPrefix(tc.want, "#") {
				want = "c.jsonl:2" + tc.want
			}
			assert.True(t, strings.HasPrefix(rej[0], want), "%s\nwant %s", rej[0], want)

			// As the body of POST /v1/montage: the path and the reason.
			_, err := ParseComposite([]byte(tc.line))
			require.Error(t, err)
			want = strings.TrimPrefix(tc.want, "#")
			assert.True(t, strings.HasPrefix(err.Error(), want), "%s\nwant %s", err, want)
		})
	}
}

func TestReadCompositesIDOnRejection(t *testing.T) {
	sc := NewScanner(strings.NewReader(`{"id":"c9","items":[{"text":"a"},{"text":"b"}],"disputed":2}`), "c.jsonl")
	c, err := sc.Next()
	var rej *provenance.Rejection
	require.ErrorAs(t, err, &rej)
	assert.Equal(t, "c9", c.ID)
	assert.Equal(t, 1, rej.Line)
	assert.Equal(t, "c.jsonl:1: disputed 2 is out of range: 2 items", rej.Error())
	_, err = sc.Next()
	require.ErrorIs(t, err, io.EOF)
}

func TestReadCompositesEmptyAndForeign(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "c.json: empty input: no composite"},
		{" \n\t\r\n", "c.json: empty input: no composite"},
		{"\xef\xbb\xbf\n", "c.json: empty input: no composite"},
		{strings.Repeat(" \n", 70000), "c.json: empty input: no composite"},
		{"\x89PNG\r\n\x1a\n", "c.json: not a composite: want a JSON object, JSON Lines of objects or an array of objects"},
		{"[]", "c.json: empty input: no composite"},
	} {
		comps, rej := readComposites(t, "c.json", tc.in)
		assert.Empty(t, comps)
		assert.Equal(t, []string{tc.want}, rej, "%.20q", tc.in)
	}
}

// composite builds a composite of n items on one line.
func composite(n int) string {
	var b strings.Builder
	b.WriteString(`{"id":"big","items":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"text":"message %d","author":"@a%d"}`, i, i%7)
	}
	b.WriteString(`],"disputed":0}`)
	return b.String()
}

func TestReadCompositesLimits(t *testing.T) {
	// MaxItems is accepted; one more is rejected, quickly.
	comps, rej := readComposites(t, "c.jsonl", composite(MaxItems)+"\n")
	require.Empty(t, rej)
	require.Len(t, comps, 1)
	assert.Len(t, comps[0].Items, MaxItems)

	start := time.Now()
	comps, rej = readComposites(t, "c.jsonl", composite(MaxItems+1)+"\n"+composite(1)+"\n")
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Len(t, comps, 1)
	assert.Equal(t, []string{"c.jsonl:1: 10001 items: over the limit of 10000"}, rej)
	comps, rej = readComposites(t, "c.jsonl", composite(12000))
	assert.Empty(t, comps)
	assert.Equal(t, []string{"c.jsonl:1: 12000 items: over the limit of 10000"}, rej)

	// A line over the limit is skipped, the next one loads.
	long := `{"items":[{"text":"` + strings.Repeat("a", MaxLineBytes) + `"}]}`
	comps, rej = readComposites(t, "c.jsonl", long+"\n"+composite(2)+"\n")
	assert.Len(t, comps, 1)
	assert.Equal(t, []string{"c.jsonl:1: line longer than 16 MiB"}, rej)

	if testing.Short() {
		return
	}
	huge := "{\n\"items\":[{\"text\":\"" + strings.Repeat("a", MaxDocumentBytes) + "\"}]}"
	comps, rej = readComposites(t, "c.json", huge)
	assert.Empty(t, comps)
	require.Len(t, rej, 1)
	assert.Contains(t, rej[0], "c.json: document larger than 64 MiB")
}

// failingReader returns its data, then an error.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadCompositesReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	data := composite(1) + "\n" + strings.Repeat(composite(3)+"\n", 5000)
	comps, _, err := ReadComposites(&failingReader{data: []byte(data), err: boom}, "c.jsonl")
	require.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "composite c.jsonl:")
	assert.NotEmpty(t, comps, "what was read before the error is returned")

	_, _, err = ReadComposites(&failingReader{err: boom}, "c.json")
	require.ErrorIs(t, err, boom)
	_, _, err = ReadComposites(&failingReader{data: []byte("{\n\"items\": ["), err: boom}, "c.json")
	require.ErrorIs(t, err, boom)
}

func TestParseComposite(t *testing.T) {
	c, err := ParseComposite([]byte(okComposite))
	require.NoError(t, err)
	assert.Equal(t, "c1", c.ID)
	assert.Len(t, c.Items, 2)

	for _, tc := range []struct{ in, want string }{
		{"", "empty input: no composite"},
		{"  \n", "empty input: no composite"},
		{`{"items":[{"text":"a"}]} x`, "invalid JSON: invalid character 'x' after top-level value"},
		{"{\"items\":[{\"text\":\"\xc3\"}]}", "invalid UTF-8"},
		{`[` + okComposite + `]`, "want a composite object, got an array"},
	} {
		_, err := ParseComposite([]byte(tc.in))
		require.Error(t, err, "%q", tc.in)
		assert.True(t, strings.HasPrefix(err.Error(), tc.want), "%q: %v", tc.in, err)
	}
}

func TestItemHandleAndName(t *testing.T) {
	for _, tc := range []struct{ author, handle, name string }{
		{"@SoleneRavenaud", "SoleneRavenaud", ""},
		{"  @SoleneRavenaud ", "SoleneRavenaud", ""},
		{"Solène Ravenaud (@SoleneRavenaud)", "SoleneRavenaud", "Solène Ravenaud"},
		{"Solène Ravenaud @SoleneRavenaud · 2 déc.", "SoleneRavenaud", "Solène Ravenaud"},
		{"Solène Ravenaud\n@SoleneRavenaud", "SoleneRavenaud", "Solène Ravenaud"},
		{"Solène Ravenaud\u00a0@SoleneRavenaud", "SoleneRavenaud", "Solène Ravenaud"},
		{"Solène Ravenaud 🌻 @SoleneRavenaud", "SoleneRavenaud", "Solène Ravenaud 🌻"},
		{"@marc@piaille.fr", "marc@piaille.fr", ""},
		{"Marc Lefort @marc@piaille.fr", "marc@piaille.fr", "Marc Lefort"},
		{"@lefort.bsky.social", "lefort.bsky.social", ""},
		{"Marc Lefort (@lefort.bsky.social).", "lefort.bsky.social", "Marc Lefort"},
		{"Solène Ravenaud", "", "Solène Ravenaud"},
		{"Solène Ravenaud · 2 déc.", "", "Solène Ravenaud"},
		{"contact@ravenaud.fr", "", "contact@ravenaud.fr"},
		{"@", "", ""},
		{"", "", ""},
	} {
		it := Item{Author: tc.author}
		assert.Equal(t, tc.handle, it.Handle(), "Handle of %q", tc.author)
		assert.Equal(t, tc.name, it.Name(), "Name of %q", tc.author)
	}
}

func FuzzComposite(f *testing.F) {
	for _, s := range []string{
		okComposite, okComposite + "\n" + composite(3), composite(2),
		"{\n  \"items\": [\n    {\"text\": \"a\"}\n  ]\n}\n",
		"[" + okComposite + "," + composite(1) + "]",
		`{"items":[{"text":"a"},{"text":"b"}],"disputed":1}`,
		`{"items":[{"text":"a"}],"disputed":-1}`,
		`{"items":[],"disputed":0}`,
		`{"items":[{"text":"a","date":"il y a 3 h"}],"captured_at":"2024-11-05T10:00:00Z"}`,
		"{\"items\":[{\"text\":\"\xff\"}]}", "", "[]", "\xef\xbb\xbf{}", "{\n", "{\"items\":[{\"text\":\"a\"}]}\n{\n\"items\":[]}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		comps, rejected, err := ReadComposites(bytes.NewReader(data), "f.json")
		if err != nil {
			t.Fatalf("read error from memory: %v", err)
		}
		for _, c := range comps {
			checkComposite(t, c)
		}
		for _, r := range rejected {
			if !strings.HasPrefix(r.Error(), "f.json") || r.Msg == "" {
				t.Fatalf("rejection %v does not name the file and a reason", r)
			}
		}
		if len(comps)+len(rejected) == 0 {
			t.Fatal("nothing returned and nothing rejected")
		}
		if c, err := ParseComposite(data); err == nil {
			checkComposite(t, c)
		} else if err.Error() == "" {
			t.Fatal("empty error")
		}
		// Reading through a reader that returns a byte at a time gives
		// the same result.
		comps2, rejected2, err := ReadComposites(io.MultiReader(&oneByteReader{data}), "f.json")
		if err != nil || len(comps2) != len(comps) || len(rejected2) != len(rejected) {
			t.Fatalf("one byte at a time: %d composites, %d rejected, %v; want %d, %d", len(comps2), len(rejected2), err, len(comps), len(rejected))
		}
	})
}

func checkComposite(t *testing.T, c Composite) {
	t.Helper()
	if len(c.Items) < 1 || len(c.Items) > MaxItems {
		t.Fatalf("%d items", len(c.Items))
	}
	if c.Disputed < 0 || c.Disputed >= len(c.Items) {
		t.Fatalf("disputed %d of %d items", c.Disputed, len(c.Items))
	}
}

type oneByteReader struct{ data []byte }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

func TestReadCompositesSeq(t *testing.T) {
	in := `{"id":"a","items":[{"text":"un"}],"disputed":0}
{"id":"b","items":[],"disputed":0}
{"id":"c","items":[{"text":"deux"}],"disputed":0}
`
	sc := NewScanner(strings.NewReader(in), "s.jsonl")
	var seqs, ids []string
	for {
		c, err := sc.Next()
		if err == io.EOF {
			break
		}
		var rej *provenance.Rejection
		if err != nil {
			require.ErrorAs(t, err, &rej)
		}
		seqs = append(seqs, fmt.Sprint(c.Seq, err != nil))
		ids = append(ids, c.ID)
	}
	require.Equal(t, []string{"0 false", "1 true", "2 false"}, seqs)
	require.Equal(t, []string{"a", "b", "c"}, ids)
}
