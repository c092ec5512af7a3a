package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainGoldens are the command lines of guillemet abuse --explain
// whose whole output is fixed by a golden file: with the learned model,
// whose score is explained, and with the lexicon alone (--lexicon),
// which has none.
var explainGoldens = []struct {
	name string
	args []string
}{
	{"abuse_explain", []string{"abuse", "--explain=5", "--in", goldenIn + "/explain.jsonl"}},
	{"abuse_explain.json", []string{"abuse", "--json", "--explain=5", "--in", goldenIn + "/explain.jsonl"}},
	{"abuse_explain_text", []string{"abuse", "--explain", "--text", "@ValentinRoux t'es qu'une grosse conasse"}},
	{"abuse_explain_lexicon", []string{"abuse", "--lexicon", "--explain", "--in", goldenIn + "/explain.jsonl"}},
	{"abuse_explain_lexicon.json", []string{"abuse", "--lexicon", "--json", "--explain", "--in", goldenIn + "/explain.jsonl"}},
}

// TestExplainGoldens runs each explain golden case and compares its output with testdata/NAME.golden
// (refresh with go test ./cmd/guillemet -run Goldens -update).
func TestExplainGoldens(t *testing.T) {
	for _, tc := range explainGoldens {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tc.args...)
			require.Equal(t, 0, code, errOut)
			checkGolden(t, filepath.Join("testdata", tc.name+".golden"), out, true)
			checkGolden(t, filepath.Join("testdata", tc.name+".stderr.golden"), errOut, false)
		})
	}
}

// TestExplainFlag: --explain stands alone or takes its count after =;
// without it, the JSON keeps the contract's keys and no "explain".
func TestExplainFlag(t *testing.T) {
	text := "@ValentinRoux t conne ou quoi"
	count := func(args ...string) (up, down int) {
		code, out, errOut := runCLI(t, "", append([]string{"abuse", "--json", "--text", text}, args...)...)
		require.Equal(t, 0, code, errOut)
		var o map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(out), &o))
		if args == nil {
			assert.NotContains(t, o, "explain")
			return 0, 0
		}
		var e struct{ Up, Down []any }
		require.NoError(t, json.Unmarshal(o["explain"], &e))
		return len(e.Up), len(e.Down)
	}
	up, down := count()
	assert.Zero(t, up+down)
	up, down = count("--explain")
	assert.Equal(t, 10, up)
	assert.Equal(t, 10, down)
	up, down = count("--explain=2")
	assert.Equal(t, 2, up)
	assert.Equal(t, 2, down)

	for args, want := range map[string]string{
		"--explain 3":  "--explain=3",
		"--explain=0":  "a whole number from 1",
		"--explain=-1": "a whole number from 1",
		"--explain=x":  "a whole number from 1",
	} {
		code, _, errOut := runCLI(t, "", append([]string{"abuse", "--text", text}, strings.Fields(args)...)...)
		assert.Equal(t, 2, code, args)
		assert.Contains(t, errOut, want, args)
	}
}
