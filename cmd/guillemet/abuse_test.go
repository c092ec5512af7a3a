package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAbuseText(t *testing.T) {
	code, out, errOut := runCLI(t, "", "abuse", "--text", "@KBelhadj_Avignon t’es qu’un c0llab0 et un tr@ître", "--json")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, `{"id":"1","abusive":true,"score":1,"categories":["insult"],"spans":[{"start":33,"end":40,"category":"insult","severity":"harsh"},{"start":47,"end":55,"category":"insult","severity":"harsh"}],"severity":"harsh"}`+"\n", out)

	// The contract's fields, in its order, always present; then the
	// severity, always present.
	code, out, _ = runCLI(t, "", "abuse", "--text", "Démission !", "--json")
	require.Equal(t, 0, code)
	assert.Equal(t, `{"id":"1","abusive":false,"score":0.03,"categories":[],"spans":[],"severity":"none"}`+"\n", out)

	// Reported abuse: additive "reported" fields; the reported span keeps
	// the severity of what it reports, the text has none.
	code, out, _ = runCLI(t, "", "abuse", "--text", "ils me traitent de « collabo »", "--json")
	require.Equal(t, 0, code)
	assert.Equal(t, `{"id":"1","abusive":false,"score":0.09,"categories":[],"spans":[{"start":22,"end":29,"category":"insult","severity":"harsh","reported":true}],"severity":"none","reported":true}`+"\n", out)
}

// TestAbuseSeed002 classifies the items of the real seed-002 montage:
// the activist's tweet (quoted in the seed's footnote 1) is political
// name-calling, the tweets set beside it are a sexist slur, insults, a
// call to shave and a call to gang-rape.
func TestAbuseSeed002(t *testing.T) {
	input := strings.Join([]string{
		`{"id":"tweet","text":"Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle !"}`,
		`{"id":"salope","text":"c'est une salope, qu'elle dégage"}`,
		`{"id":"connasse","text":"cette connasse de ministre, quelle grosse conne"}`,
		`{"id":"tondre","text":"faudrait la tondre"}`,
		`{"id":"tournante","text":"une bonne tournante"}`,
	}, "\n")
	code, out, errOut := runCLI(t, input, "abuse", "--in", "-", "--json")
	require.Equal(t, 0, code, errOut)
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var o struct {
			ID         string
			Abusive    bool
			Categories []string
			Severity   string
			Spans      []struct{ Severity string }
		}
		require.NoError(t, json.Unmarshal([]byte(line), &o))
		for _, s := range o.Spans {
			assert.NotEmpty(t, s.Severity, line)
		}
		got = append(got, fmt.Sprintf("%s %v %v %s", o.ID, o.Abusive, o.Categories, o.Severity))
	}
	assert.Equal(t, []string{
		"tweet true [insult] harsh",
		"salope true [insult sexual] degrading",
		"connasse true [insult] insulting",
		"tondre true [threat] violent",
		"tournante true [sexual threat] violent",
	}, got)
}

func TestAbuseReport(t *testing.T) {
	code, out, _ := runCLI(t, "", "abuse", "--text", "celle-là faudrait la tondre")
	require.Equal(t, 0, code)
	assert.Equal(t, "[1] injurieux — score 0.84 — menace — gravité : violence\n"+
		"    « celle-là faudrait la tondre »\n"+
		"    · menace : « faudrait la tondre » [10,28) — gravité : violence\n", out)

	// Scores print with a point, as verify prints them.
	code, out, _ = runCLI(t, "", "abuse", "--text", "Démissionne sale putophobe. Criminelle !")
	require.Equal(t, 0, code)
	assert.Equal(t, "[1] injurieux — score 0.95 — injure — gravité : propos durs\n"+
		"    « Démissionne sale putophobe. Criminelle ! »\n"+
		"    · injure : « sale putophobe » [13,27) — gravité : propos durs\n", out)
	assert.NotContains(t, out, "0,")

	code, out, _ = runCLI(t, "", "abuse", "--text", "Se faisant traiter « d’Arabe de service », de « collabo »…")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "[1] non injurieux — score 0.09 — propos rapportés ou cités\n")
	assert.Contains(t, out, "· haine, rapporté : « Arabe de service » [26,42) — gravité : injure dégradante\n")
	assert.Contains(t, out, "· injure, rapporté : « collabo » [53,60) — gravité : propos durs\n")
	assert.NotContains(t, out, "non injurieux — score 0.09 — gravité")
}

func TestAbuseIn(t *testing.T) {
	input := strings.Join([]string{
		`{"id":"a","text":"Durand c’est une salope, qu’elle dégage"}`,
		`{"text":"une bonne tournante et elle changera d’avis"}`,
		`not json`,
		``,
		`{"id":7}`,
		`{"id":12,"text":"Démission !"}`,
		`{"id":{"x":1},"text":"x"}`,
		`{"id":"b","text":"faudrait la tondre"}`,
	}, "\n")
	code, out, errOut := runCLI(t, input, "abuse", "--in", "-", "--json")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 7, "one line per line that is not blank")
	assert.JSONEq(t, `{"id":"3","line":3,"error":"invalid JSON near byte 2: invalid character 'o' in literal null (expecting 'u')"}`, lines[2])
	assert.JSONEq(t, `{"id":"7","line":5,"error":"missing field text"}`, lines[3])
	assert.JSONEq(t, `{"id":"7","line":7,"error":"id must be a string or a number"}`, lines[5])
	lines = []string{lines[0], lines[1], lines[4], lines[6]}
	var ids []string
	var cats [][]string
	for _, line := range lines {
		var o struct {
			ID         string
			Abusive    bool
			Categories []string
			Spans      []struct{ Start, End int }
		}
		require.NoError(t, json.Unmarshal([]byte(line), &o))
		ids = append(ids, o.ID)
		cats = append(cats, o.Categories)
	}
	assert.Equal(t, []string{"a", "2", "12", "b"}, ids)
	assert.Equal(t, [][]string{{"insult", "sexual"}, {"sexual", "threat"}, {}, {"threat"}}, cats)
	assert.Contains(t, errOut, "-:3: invalid JSON")
	assert.Contains(t, errOut, "-:5: missing field text")
	assert.Contains(t, errOut, "-:7: id must be a string or a number")
	assert.Contains(t, errOut, "read 4 texts from - (3 rejected)")
	code, strictOut, _ := runCLI(t, input, "abuse", "--in", "-", "--json", "--strict")
	assert.Equal(t, 1, code, "--strict: a rejected line makes the run fail, after every line is answered")
	assert.Equal(t, out, strictOut)
	defer func(old int) { workers = old }(workers)
	workers = 1
	_, one, _ := runCLI(t, input, "abuse", "--in", "-", "--json")
	workers = 4
	_, four, _ := runCLI(t, input, "abuse", "--in", "-", "--json")
	assert.Equal(t, one, four, "the same answers, in the same order, on one worker and on four")
	workers = 0

	// A file, readable report.
	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(`{"id":"x","text":"tu n'es pas un connard"}`+"\n"), 0o644))
	code, out, _ = runCLI(t, "", "abuse", "--in", path)
	require.Equal(t, 0, code)
	assert.Equal(t, "[x] non injurieux — score 0.17\n    « tu n'es pas un connard »\n", out)

	// Unreadable input.
	code, _, errOut = runCLI(t, "", "abuse", "--in", "does/not/exist.jsonl")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "does/not/exist.jsonl")
	var out2, errb strings.Builder
	assert.Equal(t, 1, run([]string{"abuse", "--in", "-"}, failingReader{}, &out2, &errb))

	// Plain text is not JSON Lines: a usage error naming its first line.
	code, out, errOut = runCLI(t, "celle-là faudrait la tondre\nune autre ligne\n", "abuse", "--in", "-")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "-:1: not JSON Lines")
	// A rejected line keeps its place in the report too.
	code, out, _ = runCLI(t, "{\"id\":\"a\",\"text\":\"connard\"}\n{\"id\":\"b\"}\n", "abuse", "--in", "-")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "\n\n[b] ligne 2 rejetée : le champ text manque\n")
}

func TestAbuseLongLine(t *testing.T) {
	input := `{"id":"big","text":"` + strings.Repeat("a", maxTextLine) + `"}` + "\n" + `{"id":"ok","text":"connard"}`
	code, out, errOut := runCLI(t, input, "abuse", "--in", "-", "--json")
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "-:1: line longer than")
	assert.Contains(t, out, `"id":"ok"`)
	assert.NotContains(t, out, `"id":"big"`)
}

func TestAbuseUsage(t *testing.T) {
	for _, args := range [][]string{
		{"abuse"},
		{"abuse", "--json"},
		{"abuse", "--text", "x", "--in", "-"},
		{"abuse", "--in", ""},
		{"abuse", "--text"},
		{"abuse", "--text", "x", "extra"},
		{"abuse", "--nosuchflag"},
	} {
		code, out, errOut := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "args %q", args)
		assert.Empty(t, out, "args %q", args)
		assert.NotEmpty(t, errOut, "args %q", args)
	}
	code, _, errOut := runCLI(t, "", "abuse", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "usage: guillemet abuse")
	// An empty --text is a text.
	code, out, _ := runCLI(t, "", "abuse", "--text", "", "--json")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, `"id":"1","abusive":false`)
}

// TestAbuseLexiconOption: --lexicon classifies with the lexicon alone
// (its own score, 0.60 for the harsh « sale putophobe »), where the
// default, the learned scorer, gives the same verdict, categories,
// spans and severity with its own score; the JSON keys are the same.
func TestAbuseLexiconOption(t *testing.T) {
	text := "Démissionne sale putophobe. Criminelle !"
	code, lex, errOut := runCLI(t, "", "abuse", "--lexicon", "--json", "--text", text)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, `{"id":"1","abusive":true,"score":0.6,"categories":["insult"],"spans":[{"start":13,"end":27,"category":"insult","severity":"harsh"}],"severity":"harsh"}`+"\n", lex)
	code, model, errOut := runCLI(t, "", "abuse", "--json", "--text", text)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, strings.Replace(lex, `"score":0.6,`, `"score":0.95,`, 1), model)

	// A message the lexicon does not read: the model's score, below
	// the threshold, against the lexicon's 0.
	code, lex, _ = runCLI(t, "", "abuse", "--lexicon", "--json", "--text", "Bonne soirée à tous")
	require.Equal(t, 0, code)
	assert.Contains(t, lex, `"abusive":false,"score":0,`)
}
