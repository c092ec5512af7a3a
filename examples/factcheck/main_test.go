package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/examples/internal/clitest"
)

var archive = []string{
	clitest.Root + "/testdata/provenance/jsonl/conversation.jsonl",
	clitest.Root + "/cmd/guillemet/testdata/crosspost.jsonl",
	clitest.Root + "/cmd/guillemet/testdata/golden/extra.jsonl",
}

// TestSameAsCommand: the CSV's quotes, verified by the example, print the
// bytes guillemet verify --quotes --json prints for the same quotes.
func TestSameAsCommand(t *testing.T) {
	var got bytes.Buffer
	require.NoError(t, run(context.Background(), "testdata/quotes.csv", archive, &got))

	// The same quotes as the command reads them: JSON Lines.
	f, err := os.Open("testdata/quotes.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var jsonl bytes.Buffer
	for _, r := range rows {
		line := map[string]string{"id": r[0], "text": r[1]}
		if r[2] != "" {
			line["author"] = r[2]
		}
		b, err := json.Marshal(line)
		require.NoError(t, err)
		jsonl.Write(append(b, '\n'))
	}
	quotes := filepath.Join(t.TempDir(), "quotes.jsonl")
	require.NoError(t, os.WriteFile(quotes, jsonl.Bytes(), 0o644))
	args := []string{"verify", "--json", "--quotes", quotes}
	for _, a := range archive {
		args = append(args, "--archive", a)
	}
	want := clitest.Run(t, args...)

	require.Equal(t, len(rows), strings.Count(got.String(), "\n"), "one line a quote")
	assert.Equal(t, string(want), got.String())
	assert.Contains(t, got.String(), `{"id":"nowords","line":6,"error":"quote: the quote holds no word"}`)
}

// TestBadRow: a row the CSV reader refuses keeps its place, named by its
// line, and the rows after it are verified.
func TestBadRow(t *testing.T) {
	csvFile := filepath.Join(t.TempDir(), "q.csv")
	require.NoError(t, os.WriteFile(csvFile, []byte("a,Le débat mérite mieux que ça,\nb,trop,de,champs\nd,il a dit \"non\" hier,\nc,\"Le débat\nmérite mieux que ça\",\n"), 0o644))
	var got bytes.Buffer
	require.NoError(t, run(context.Background(), csvFile, archive, &got))
	lines := strings.Split(strings.TrimSpace(got.String()), "\n")
	require.Len(t, lines, 4)
	assert.Equal(t, `{"id":"2","line":2,"error":"record on line 2: wrong number of fields"}`, lines[1])
	assert.Equal(t, `{"id":"3","line":3,"error":"parse error on line 3, column 12: bare \" in non-quoted-field"}`, lines[2])
	assert.Contains(t, lines[3], `"id":"c"`)
	assert.Contains(t, lines[3], `"verdict":"excerpt"`)
}
