package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const convArchive = "../../testdata/provenance/jsonl/conversation.jsonl"

func TestVerifyJSONContract(t *testing.T) {
	code, out, errOut := runCLI(t, "", "verify", "--archive", convArchive, "--json",
		"--quote", "« Je précise : je parle du ton (...) On peut débattre sans s'insulter »")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "loaded 10 posts from 1 file (0 rejected)")
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"id", "quote", "verdict", "score", "source", "quote_span", "source_span", "differences", "thread", "context", "candidates"} {
		assert.Contains(t, raw, k)
	}
	var o verifyOutput
	require.NoError(t, json.Unmarshal([]byte(out), &o))
	assert.Equal(t, "q1", o.ID)
	assert.Equal(t, "elided", o.Verdict)
	require.NotNil(t, o.Source)
	assert.Equal(t, postRef{Platform: "x", ID: "1853911460200710149", Author: "KBelhadj_Avignon", AuthorID: "1402938475610293847",
		CreatedAt: "2024-11-05T21:25:10.777Z", URL: "https://x.com/KBelhadj_Avignon/status/1853911460200710149"}, *o.Source)
	// Spans index the original quote and the original source text.
	src := "Je précise : je parle du ton, pas des personnes. On peut débattre sans s’insulter, même à la télévision."
	assert.Equal(t, "Je précise : je parle du ton (...) On peut débattre sans s'insulter", o.Quote[o.QuoteSpan.Start:o.QuoteSpan.End])
	assert.Equal(t, "Je précise : je parle du ton, pas des personnes. On peut débattre sans s’insulter", src[o.SourceSpan.Start:o.SourceSpan.End])
	kinds := map[string]bool{}
	for _, d := range o.Differences {
		kinds[d.Kind] = true
	}
	assert.Equal(t, map[string]bool{"elision": true, "typography": true, "truncated_end": true}, kinds)
	assert.Equal(t, threadJSON{Root: "1853908668245475329", Ancestors: []string{"1853908668245475329"}, Replies: []string{"1853912151145185286"}}, *o.Thread)
	assert.Equal(t, []string{"1853716381611720704", "1853908668245475329", "1854067493812437001"}, o.Context)
	require.NotEmpty(t, o.Candidates)
	assert.Equal(t, "1853911460200710149", o.Candidates[0].ID)

	// not_found: source is null, and the line says so.
	code, out, _ = runCLI(t, "", "verify", "--archive", convArchive, "--json", "--quote", "Il faut fermer toutes les écoles de la ville dès lundi prochain")
	require.Equal(t, 0, code)
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	assert.Equal(t, "null", string(raw["source"]))
	assert.Equal(t, `"not_found"`, string(raw["verdict"]))
}

func TestVerifyQuotesFileAndArticle(t *testing.T) {
	dir := t.TempDir()
	quotes := filepath.Join(dir, "q.jsonl")
	require.NoError(t, os.WriteFile(quotes, []byte(`{"id":"a","text":"Le débat mérite mieux que ça"}
pas du json
{"id":"c"}
{"id":7,"text":"Marché de Noël : les inscriptions des exposants ouvrent lundi"}
`), 0o644))
	code, out, errOut := runCLI(t, "", "verify", "--archive", convArchive, "--quotes", quotes, "--json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "q.jsonl:2: invalid JSON")
	assert.Contains(t, errOut, "q.jsonl:3: missing field text")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	var o verifyOutput
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &o))
	assert.Equal(t, "a", o.ID)
	assert.Equal(t, "KBelhadj_Avignon", o.Source.Author, "the original, not the retweet")
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &o))
	assert.Equal(t, "7", o.ID)
	assert.Equal(t, "excerpt", o.Verdict)

	article := "Le conseiller a écrit : « Affligé par ce que j'ai vu ce soir sur le plateau », avant de préciser : « Je parle du ton, pas des personnes »."
	code, out, errOut = runCLI(t, article, "verify", "--archive", convArchive, "--article", "-")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Citation q1")
	assert.Contains(t, out, "Citation q2")
	assert.Contains(t, out, "→ verdict : excerpt — extrait fidèle")
	assert.Contains(t, out, "Réponses (5) :")
}

func TestVerifyBadInput(t *testing.T) {
	code, _, errOut := runCLI(t, "", "verify", "--quote", "x")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--archive is required")
	code, _, errOut = runCLI(t, "", "verify", "--archive", convArchive)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "give exactly one of --quote, --quotes or --article")
	code, _, errOut = runCLI(t, "", "verify", "--archive", "does/not/exist", "--quote", "x")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "archive does/not/exist: no such file or directory")

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	good, err := os.ReadFile(convArchive)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bad, append(good, []byte("{\"id\":\"9\",\"author\":\"x\",\"created_at\":\"hier\",\"text\":\"t\"}\n")...), 0o644))
	code, out, errOut := runCLI(t, "", "verify", "--archive", bad, "--quote", "Affligé par ce que j'ai vu", "--json")
	assert.Equal(t, 0, code, "a rejected record does not stop the run")
	assert.Contains(t, errOut, "bad.jsonl:11: field created_at: unparsable date \"hier\"")
	assert.Contains(t, errOut, "loaded 10 posts from 1 file (1 rejected)")
	assert.Contains(t, out, `"verdict":"excerpt"`)
	code, out, errOut = runCLI(t, "", "verify", "--archive", bad, "--quote", "Affligé", "--strict")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "--strict")

	code, out, errOut = runCLI(t, "", "verify", "--archive", convArchive, "--quote", "« … »", "--json")
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"error":"quote: the quote holds no word"`)

	empty := t.TempDir()
	code, _, errOut = runCLI(t, "", "verify", "--archive", empty, "--quote", "x")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "the folder holds no file of posts")
}

func TestVerifyStats(t *testing.T) {
	code, _, errOut := runCLI(t, "", "verify", "--archive", convArchive, "--quote", "Affligé par ce que j'ai vu", "--stats")
	require.Equal(t, 0, code)
	last := errOut[strings.LastIndex(strings.TrimSpace(errOut), "\n")+1:]
	var st map[string]float64
	require.NoError(t, json.Unmarshal([]byte(last), &st), last)
	for _, k := range []string{"posts", "load_ms", "index_ms", "queries", "query_ms_p50", "query_ms_p99", "heap_mb"} {
		assert.Contains(t, st, k)
	}
	assert.Equal(t, 10.0, st["posts"])
	assert.Equal(t, 1.0, st["queries"])
}

func TestVerifyRetweetOnly(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "rt.jsonl")
	require.NoError(t, os.WriteFile(archive, []byte(`{"platform":"x","id":"9","author":"asso84","created_at":"2016-01-23T08:00:00Z","text":"RT @KBelhadj_Avignon: Affligé par ce que j'ai vu ce soir. Le débat mérite mieux que ça."}
`), 0o644))
	code, out, errOut := runCLI(t, "", "verify", "--archive", archive, "--quote", "Le débat mérite mieux que ça")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Source : @asso84")
	assert.Contains(t, out, "(ce message repartage @KBelhadj_Avignon : l'original n'est pas dans l'archive")
}

// TestVerifyMeaningReport: the readable report names a cut negation, an
// added one and a changed question mark in French, and the JSON carries
// the contract's kinds.
func TestVerifyMeaningReport(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "dep.jsonl")
	require.NoError(t, os.WriteFile(archive, []byte(`{"platform":"x","id":"21","author":"AmandineRoussel_dep","created_at":"2026-03-12T08:00:00Z","text":"Je ne suis pas favorable à la réforme des retraites, et je le dirai jeudi."}
{"platform":"x","id":"22","author":"AmandineRoussel_dep","created_at":"2026-03-12T09:00:00Z","text":"Le maire de Saint-Aubin est-il responsable de la fermeture de la maternité ?"}
{"platform":"x","id":"23","author":"AmandineRoussel_dep","created_at":"2026-03-12T10:00:00Z","text":"Je soutiens la grève des agents hospitaliers de Saint-Nazaire depuis le premier jour."}
`), 0o644))
	for _, tc := range []struct{ quote, label, kind string }{
		{"Je ne suis (...) favorable à la réforme des retraites", "· négation coupée    citation «(...)»  source «pas»", "negation"},
		{"Le maire de Saint-Aubin est-il responsable de la fermeture de la maternité.", "· ponctuation changée citation «.»  source «?»", "punctuation"},
		{"Je ne soutiens pas la grève des agents hospitaliers de Saint-Nazaire depuis le premier jour.", "· négation ajoutée", "negation"},
	} {
		code, out, errOut := runCLI(t, "", "verify", "--archive", archive, "--quote", tc.quote)
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "→ verdict : altered — citation modifiée", tc.quote)
		assert.Contains(t, out, tc.label, "%s\n%s", tc.quote, out)

		code, out, errOut = runCLI(t, "", "verify", "--archive", archive, "--json", "--quote", tc.quote)
		require.Equal(t, 0, code, errOut)
		var o verifyOutput
		require.NoError(t, json.Unmarshal([]byte(out), &o))
		assert.Equal(t, "altered", o.Verdict, tc.quote)
		kinds := map[string]bool{}
		for _, d := range o.Differences {
			kinds[d.Kind] = true
		}
		assert.True(t, kinds[tc.kind], "%s: %v", tc.quote, kinds)
	}
}
