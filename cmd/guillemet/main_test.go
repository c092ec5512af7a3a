package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestNormalizeCommand(t *testing.T) {
	code, out, _ := runCLI(t, "L’ÉTAT, c’est moi !\n", "normalize")
	assert.Equal(t, 0, code)
	assert.Equal(t, "l'etat, c'est moi!\n", out)

	code, out, _ = runCLI(t, "  DÃ©missionne\u00a0!\r\nligne 2", "normalize", "--profile", "display")
	assert.Equal(t, 0, code)
	assert.Equal(t, "Démissionne\u00a0!\nligne 2\n", out)

	// --whole joins a word cut at a line end.
	code, out, _ = runCLI(t, "le gou-\nvernement\n", "normalize", "--whole")
	assert.Equal(t, 0, code)
	assert.Equal(t, "le gouvernement\n", out)
}

func TestNormalizeJSON(t *testing.T) {
	code, out, _ := runCLI(t, "L’ÉTAT\ncher•e•s 😀\n", "normalize", "--json")
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	var o normalizeOutput
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &o))
	assert.Equal(t, 1, o.Line)
	assert.Equal(t, "match", o.Profile)
	assert.Equal(t, "L’ÉTAT", o.Text)
	assert.Equal(t, "l'etat", o.Normalized)
	require.Len(t, o.Tokens, 2)
	assert.Equal(t, "etat", o.Tokens[1].Text)
	assert.Equal(t, "ÉTAT", o.Tokens[1].OriginalSpan.In(o.Text))
	assert.Contains(t, o.Kinds, "typography")
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &o))
	assert.Equal(t, "cher·es", o.Normalized)
	assert.Contains(t, o.Kinds, "inclusive")
	assert.Contains(t, o.Kinds, "emoji")
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nosuchcommand"},
		{"normalize", "--profile", "loud"},
		{"normalize", "--nosuchflag"},
		{"normalize", "extra"},
		{"demo", "extra"},
		{"extract"},
		{"extract", "--in"},
		{"extract", "--in", "-", "extra"},
	} {
		code, out, errOut := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "args %q", args)
		assert.Empty(t, out, "args %q", args)
		assert.NotEmpty(t, errOut, "args %q", args)
	}
	code, _, _ := runCLI(t, "", "normalize", "-h")
	assert.Equal(t, 0, code)

	// A bad flag is named once, then the command's usage.
	code, _, errOut := runCLI(t, "", "extract", "--nosuchflag")
	assert.Equal(t, 2, code)
	assert.Equal(t, 1, strings.Count(errOut, "flag provided but not defined: -nosuchflag"), errOut)
	assert.Contains(t, errOut, "usage: guillemet extract")
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, os.ErrClosed }

func TestUnreadableInput(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"normalize"}, failingReader{}, &out, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "reading standard input")
}

// TestDemoGolden runs the demo and compares it with testdata/demo.golden
// (refresh with go test ./cmd/guillemet -update).
func TestDemoGolden(t *testing.T) {
	code, out, errOut := runCLI(t, "", "demo")
	require.Equal(t, 0, code, errOut)
	golden := filepath.Join("testdata", "demo.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), out)
	// The stories the demo must tell.
	assert.Contains(t, out, "→ verdict : elided — coupes marquées")
	assert.Contains(t, out, "→ verdict : altered — citation modifiée")
	assert.Contains(t, out, "Source : @HeleneMarceau (Hélène Marceau), 1 déc. 2020")
	assert.Contains(t, out, "↳ @patriote_1789, 22 janv. 2016 à 22:16 UTC")
	assert.Contains(t, out, "lue sans dissimulation : t'es qu'un collabo et un traitre")
	assert.Contains(t, out, "après  14 juin 2012 à 20:31 UTC : @MinistreDurand Pénaliser les clients")
	// It ends with the seed-002 montage report.
	assert.Contains(t, out, "→ verdict : spliced — MONTAGE")
	assert.Contains(t, out, "• spliced_abuse : ")
}

func TestDemoJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "", "demo", "--json")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 9)
	// The last line is the seed-002 montage.
	var ml demoMontageLine
	require.NoError(t, json.Unmarshal([]byte(lines[8]), &ml))
	assert.Equal(t, "spliced", ml.Montage.Verdict)
	var codes []string
	for _, f := range ml.Montage.Flags {
		codes = append(codes, f.Code)
	}
	assert.Contains(t, codes, "spliced_abuse")
	var verdicts []string
	for _, line := range lines[:8] {
		var o demoLine
		require.NoError(t, json.Unmarshal([]byte(line), &o))
		verdicts = append(verdicts, o.Verdict)
		require.NotNil(t, o.Source, line)
		for _, d := range o.Differences {
			assert.Equal(t, o.Quote[d.QuoteSpan.Start:d.QuoteSpan.End], d.Quote)
		}
	}
	assert.Equal(t, []string{"elided", "excerpt", "excerpt", "altered", "equivalent", "excerpt", "equivalent", "equivalent"}, verdicts)
}

// seedModel is the repository's fictional article modelled on seed 001.
var seedModel = filepath.Join("..", "..", "testdata", "quote", "articles", "17_modele_seed001_ancienne_ministre.txt")

// TestExtractSeed runs the done-when command of the quote issue on the
// model of seed 001: guillemet extract --in FILE --json prints the
// article's quotations with their speakers, spans into the article, and
// says how each speaker was found; the readable report says it in French,
// and never gives a speaker it calls unknown.
func TestExtractSeed(t *testing.T) {
	article, err := os.ReadFile(seedModel)
	require.NoError(t, err)
	code, out, errOut := runCLI(t, "", "extract", "--in", seedModel, "--json")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 13)
	speakers := map[string]bool{}
	var bases []string
	for _, line := range lines {
		var q extractOutput
		require.NoError(t, json.Unmarshal([]byte(line), &q))
		require.True(t, q.Start >= 0 && q.Start <= q.End && q.End <= len(article))
		assert.Equal(t, q.Speaker == "", q.SpeakerBasis == "unknown", line)
		speakers[q.Speaker] = true
		bases = append(bases, q.SpeakerBasis)
		if len(q.Parts) < 2 {
			require.Equal(t, string(article[q.Start:q.End]), q.Text)
		}
	}
	assert.True(t, speakers["Hélène Marceau"] && speakers["cet individu"] && speakers["Radio Centrale"], "%v", speakers)
	assert.Equal(t, []string{"named", "named", "named", "pronoun", "unknown", "unknown", "unknown", "unknown", "unknown",
		"pronoun", "continued", "named", "named"}, bases)

	code, out, _ = runCLI(t, "", "extract", "--in", seedModel)
	require.Equal(t, 0, code)
	assert.NotContains(t, out, "déduit du contexte")
	assert.Equal(t, 5, strings.Count(out, "locuteur inconnu — l'article ne dit pas qui parle"))
	assert.Contains(t, out, "4. [1158,1206) Hélène Marceau — pronom résolu : « a-t-elle confié »\n")
	assert.Contains(t, out, "11. [2551,2621) Hélène Marceau — même phrase que la citation 10\n")
	assert.Contains(t, out, "Radio Centrale — auteur du post intégré @radio_centrale du 2020-12-07\n")

	// Standard input, readable report.
	code, out, _ = runCLI(t, "« Nous ne céderons pas », a déclaré Marie Lenoir. « Rien ne bouge », a-t-on appris.", "extract", "--in", "-")
	assert.Equal(t, 0, code)
	assert.Equal(t, "1. [3,24) Marie Lenoir — nommé à côté de la citation : « a déclaré Marie Lenoir »\n   « Nous ne céderons pas »\n"+
		"2. [58,71) locuteur inconnu — « a-t-on appris » ne dit pas qui parle (courte)\n   « Rien ne bouge »\n", out)

	code, _, errOut = runCLI(t, "", "extract", "--in", "does/not/exist.txt")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "does/not/exist.txt")
}
