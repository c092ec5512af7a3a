package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fixtures the goldens run on: the repository's fictional archives,
// composites and articles, and the inputs of testdata/golden/.
const (
	montageDir  = "../../testdata/montage"
	goldenIn    = "testdata/golden"
	modelSeed   = "../../testdata/quote/articles/17_modele_seed001_ancienne_ministre.txt"
	demoMarceau = "demodata/marceau.jsonl"
)

// goldenCases are the command lines whose whole output is fixed by a
// golden file: every subcommand, its readable report and its --json.
var goldenCases = []struct {
	name  string // testdata/NAME.golden holds stdout, NAME.stderr.golden stderr
	stdin string // a file whose content is standard input, or ""
	args  []string
}{
	{"demo", "", []string{"demo"}},
	{"demo.json", "", []string{"demo", "--json"}},
	{"verify", "", []string{"verify", "--archive", convArchive, "--archive", crossArchive, "--archive", goldenIn + "/extra.jsonl", "--quotes", goldenIn + "/quotes.jsonl"}},
	{"verify.json", "", []string{"verify", "--json", "--archive", convArchive, "--archive", crossArchive, "--archive", goldenIn + "/extra.jsonl", "--quotes", goldenIn + "/quotes.jsonl"}},
	{"verify_article", "", []string{"verify", "--archive", demoMarceau, "--article", modelSeed}},
	{"verify_article.json", "", []string{"verify", "--json", "--archive", demoMarceau, "--article", modelSeed}},
	{"verify_quote", "", []string{"verify", "--archive", crossArchive, "--author", "MaelleCorbiere", "--quote", "la commission siège mardi à 15 h"}},
	{"montage", "", []string{"montage", "--archive", montageDir + "/archive.jsonl", "--composite", montageDir + "/composites.jsonl"}},
	{"montage.json", "", []string{"montage", "--json", "--archive", montageDir + "/archive.jsonl", "--composite", montageDir + "/composites.jsonl"}},
	{"montage_adversarial", "", []string{"montage", "--archive", montageDir + "/adversarial/archive.jsonl", "--composite", montageDir + "/adversarial/composites.jsonl"}},
	{"montage_adversarial.json", "", []string{"montage", "--json", "--archive", montageDir + "/adversarial/archive.jsonl", "--composite", montageDir + "/adversarial/composites.jsonl"}},
	{"montage_heldout", "", []string{"montage", "--archive", montageDir + "/adversarial/archive.jsonl", "--composite", montageDir + "/adversarial/heldout.jsonl"}},
	{"montage_inputs", "", []string{"montage", "--archive", montageDir + "/archive.jsonl", "--composite", goldenIn + "/composites.jsonl"}},
	{"montage_inputs.json", "", []string{"montage", "--json", "--archive", montageDir + "/archive.jsonl", "--composite", goldenIn + "/composites.jsonl"}},
	{"abuse", "", []string{"abuse", "--in", goldenIn + "/texts.jsonl"}},
	{"abuse.json", "", []string{"abuse", "--json", "--in", goldenIn + "/texts.jsonl"}},
	{"abuse_text", "", []string{"abuse", "--text", "Toi, la s@lope, on va te retrouver."}},
	{"extract", "", []string{"extract", "--in", modelSeed}},
	{"extract.json", "", []string{"extract", "--json", "--in", modelSeed}},
	{"normalize", goldenIn + "/normalize.txt", []string{"normalize"}},
	{"normalize_display", goldenIn + "/normalize.txt", []string{"normalize", "--profile", "display"}},
	{"normalize.json", goldenIn + "/normalize.txt", []string{"normalize", "--json"}},
	{"normalize_display.json", goldenIn + "/normalize.txt", []string{"normalize", "--json", "--profile", "display"}},
	{"normalize_whole", goldenIn + "/normalize.txt", []string{"normalize", "--whole"}},
}

// TestGoldens runs each golden case and compares its standard output and
// standard error, byte for byte, with testdata/NAME.golden and
// testdata/NAME.stderr.golden (refresh with go test ./cmd/guillemet
// -run TestGoldens -update).
func TestGoldens(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			stdin := ""
			if tc.stdin != "" {
				b, err := os.ReadFile(tc.stdin)
				require.NoError(t, err)
				stdin = string(b)
			}
			code, out, errOut := runCLI(t, stdin, tc.args...)
			require.Equal(t, 0, code, errOut)
			checkGolden(t, filepath.Join("testdata", tc.name+".golden"), out, true)
			checkGolden(t, filepath.Join("testdata", tc.name+".stderr.golden"), errOut, false)
		})
	}
}

// checkGolden compares got with the file, or rewrites the file under
// -update. A file that is not required (standard error) exists only
// when got is not empty.
func checkGolden(t *testing.T, file, got string, required bool) {
	t.Helper()
	if *update {
		if got == "" && !required {
			if err := os.Remove(file); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			return
		}
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	if os.IsNotExist(err) && !required {
		assert.Empty(t, got, "%s: no golden file, so nothing expected", file)
		return
	}
	require.NoError(t, err)
	assert.Equal(t, string(want), got, "%s differs", file)
}
