package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/guillemet/guillemet/quote"

	"github.com/stretchr/testify/assert"

	"github.com/guillemet/guillemet/report"
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
	var o report.VerifyJSON
	require.NoError(t, json.Unmarshal([]byte(out), &o))
	assert.Equal(t, "q1", o.ID)
	assert.Equal(t, "elided", o.Verdict.String())
	require.NotNil(t, o.Source)
	assert.Equal(t, report.PostRef{Platform: "x", ID: "1853911460200710149", Author: "KBelhadj_Avignon", AuthorID: "1402938475610293847",
		CreatedAt: "2024-11-05T21:25:10.777Z", URL: "https://x.com/KBelhadj_Avignon/status/1853911460200710149",
		From: []string{convArchive + ":6"}}, *o.Source)
	// Spans index the original quote and the original source text.
	src := "Je précise : je parle du ton, pas des personnes. On peut débattre sans s’insulter, même à la télévision."
	assert.Equal(t, "Je précise : je parle du ton (...) On peut débattre sans s'insulter", o.Quote[o.QuoteSpan.Start:o.QuoteSpan.End])
	assert.Equal(t, "Je précise : je parle du ton, pas des personnes. On peut débattre sans s’insulter", src[o.SourceSpan.Start:o.SourceSpan.End])
	kinds := map[string]bool{}
	for _, d := range o.Differences {
		kinds[d.Kind.String()] = true
	}
	assert.Equal(t, map[string]bool{"elision": true, "typography": true, "truncated_end": true}, kinds)
	assert.Equal(t, report.ThreadJSON{Root: "1853908668245475329", Ancestors: []string{"1853908668245475329"}, Replies: []string{"1853912151145185286"}}, *o.Thread)
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
	assert.Contains(t, errOut, "answered 4 quotes from "+quotes+" (2 rejected)")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 4)
	var o report.VerifyJSON
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &o))
	assert.Equal(t, "a", o.ID)
	assert.Equal(t, 1, o.Line)
	assert.Equal(t, "KBelhadj_Avignon", o.Source.Author, "the original, not the retweet")
	require.Len(t, o.AlsoPosted, 1, "the retweet has the same words")
	assert.Equal(t, "asso_vivreensemble", o.AlsoPosted[0].Author)
	assert.JSONEq(t, `{"id":"2","line":2,"error":"invalid JSON near byte 1: invalid character 'p' looking for beginning of value"}`, lines[1])
	assert.JSONEq(t, `{"id":"c","line":3,"error":"missing field text"}`, lines[2])
	require.NoError(t, json.Unmarshal([]byte(lines[3]), &o))
	assert.Equal(t, "7", o.ID)
	assert.Equal(t, "excerpt", o.Verdict.String())

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
	assert.Contains(t, errOut, "one of --quote TEXT, --quotes FILE|- or --article FILE|- is required")
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

	// A quote without words is rejected: one line, exit 0, exit 1 under
	// --strict.
	code, out, errOut = runCLI(t, "", "verify", "--archive", convArchive, "--quote", "« … »", "--json")
	assert.Equal(t, 0, code, errOut)
	assert.JSONEq(t, `{"id":"q1","error":"quote: the quote holds no word"}`, out)
	assert.Contains(t, errOut, "guillemet verify: --quote: quote: the quote holds no word")
	code, out, _ = runCLI(t, "", "verify", "--archive", convArchive, "--quote", "« … »", "--json", "--strict")
	assert.Equal(t, 1, code)
	assert.JSONEq(t, `{"id":"q1","error":"quote: the quote holds no word"}`, out)

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
		var o report.VerifyJSON
		require.NoError(t, json.Unmarshal([]byte(out), &o))
		assert.Equal(t, "altered", o.Verdict.String(), tc.quote)
		kinds := map[string]bool{}
		for _, d := range o.Differences {
			kinds[d.Kind.String()] = true
		}
		assert.True(t, kinds[tc.kind], "%s: %v", tc.quote, kinds)
	}
}

// crossArchive holds a fictional deputy's post on Mastodon
// (@mcorbiere@piaille.fr, 08:01), the same words a minute later on X
// (@MaelleCorbiere, 08:02), a troll's copy (10:18), and a reply of hers
// to a post the archive lacks.
const crossArchive = "testdata/crosspost.jsonl"

const (
	crossMastodon = "114142617508212345"
	crossX        = "1899370252654819175"
	crossTroll    = "1899404512397312001"
	crossWords    = "je défendrai nos amendements sur la pénibilité, sans rien céder"
)

// verifyLines runs verify --json and decodes its lines.
func verifyLines(t *testing.T, stdin string, args ...string) (int, []map[string]json.RawMessage, string) {
	t.Helper()
	code, out, errOut := runCLI(t, stdin, append([]string{"verify", "--json"}, args...)...)
	var lines []map[string]json.RawMessage
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		lines = append(lines, m)
	}
	return code, lines, errOut
}

func str(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var s string
	require.NoError(t, json.Unmarshal(raw, &s), string(raw))
	return s
}

// TestVerifyAuthorChoosesAmongCrossPosts: the same words on two
// platforms and copied by a troll. Naming the author picks her post on
// the platform named; without a name the earliest post is the source;
// every other post is in also_posted, earliest first.
func TestVerifyAuthorChoosesAmongCrossPosts(t *testing.T) {
	for _, tc := range []struct {
		name        string
		args        []string
		line        string // a --quotes line, when set
		source      string
		also        []string
		matches     string // author_matches: "true", "false" or "" (absent)
		namedAuthor string
	}{
		{name: "no author: the earliest", source: crossMastodon, also: []string{crossX, crossTroll}},
		{name: "--author her X handle", args: []string{"--author", "MaelleCorbiere"}, source: crossX, also: []string{crossMastodon, crossTroll}, matches: "true", namedAuthor: "MaelleCorbiere"},
		{name: "--author as a screenshot shows it", args: []string{"--author", "Maëlle Corbière (@MaelleCorbiere)"}, source: crossX, also: []string{crossMastodon, crossTroll}, matches: "true", namedAuthor: "Maëlle Corbière (@MaelleCorbiere)"},
		{name: "--author her Mastodon handle, short form", args: []string{"--author", "@mcorbiere"}, source: crossMastodon, also: []string{crossX, crossTroll}, matches: "true", namedAuthor: "@mcorbiere"},
		{name: "--author the troll", args: []string{"--author", "vrai_patriote_33"}, source: crossTroll, also: []string{crossMastodon, crossX}, matches: "true", namedAuthor: "vrai_patriote_33"},
		{name: "--author someone who never wrote it", args: []string{"--author", "jdupont"}, source: crossMastodon, also: []string{crossX, crossTroll}, matches: "false", namedAuthor: "jdupont"},
		{name: "a line's author", line: `{"id":"l","text":"` + crossWords + `","author":"MaelleCorbiere"}`, source: crossX, also: []string{crossMastodon, crossTroll}, matches: "true", namedAuthor: "MaelleCorbiere"},
		{name: "a line's author wins over --author", args: []string{"--author", "MaelleCorbiere"}, line: `{"id":"l","text":"` + crossWords + `","author":"mcorbiere@piaille.fr"}`, source: crossMastodon, also: []string{crossX, crossTroll}, matches: "true", namedAuthor: "mcorbiere@piaille.fr"},
		{name: "--author is the default of lines", args: []string{"--author", "MaelleCorbiere"}, line: `{"id":"l","text":"` + crossWords + `"}`, source: crossX, also: []string{crossMastodon, crossTroll}, matches: "true", namedAuthor: "MaelleCorbiere"},
		{name: "an empty author on a line names nobody", args: []string{"--author", "MaelleCorbiere"}, line: `{"id":"l","text":"` + crossWords + `","author":""}`, source: crossX, also: []string{crossMastodon, crossTroll}, matches: "true", namedAuthor: "MaelleCorbiere"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"--archive", crossArchive}, tc.args...)
			stdin := ""
			if tc.line != "" {
				stdin = tc.line + "\n"
				args = append(args, "--quotes", "-")
			} else {
				args = append(args, "--quote", crossWords)
			}
			code, lines, errOut := verifyLines(t, stdin, args...)
			require.Equal(t, 0, code, errOut)
			require.Len(t, lines, 1)
			o := lines[0]
			var src report.PostRef
			require.NoError(t, json.Unmarshal(o["source"], &src))
			assert.Equal(t, tc.source, src.ID)
			var also []report.PostRef
			require.NoError(t, json.Unmarshal(o["also_posted"], &also))
			var ids []string
			for i, p := range also {
				ids = append(ids, p.ID)
				assert.NotEmpty(t, p.Platform)
				assert.NotEmpty(t, p.Author)
				if i > 0 {
					assert.LessOrEqual(t, also[i-1].CreatedAt, p.CreatedAt, "earliest first")
				}
			}
			assert.Equal(t, tc.also, ids)
			assert.Equal(t, tc.matches, string(o["author_matches"]))
			if tc.namedAuthor == "" {
				assert.NotContains(t, o, "named_author")
			} else {
				assert.Equal(t, tc.namedAuthor, str(t, o["named_author"]))
			}
		})
	}
}

func TestVerifyAlsoPostedAlwaysPresent(t *testing.T) {
	_, lines, _ := verifyLines(t, "", "--archive", crossArchive, "--quote", "Belle rencontre ce soir avec les aides-soignantes")
	require.Len(t, lines, 1)
	assert.Equal(t, "[]", string(lines[0]["also_posted"]))
	_, lines, _ = verifyLines(t, "", "--archive", crossArchive, "--quote", "Il faut fermer toutes les écoles de la ville dès lundi prochain")
	require.Len(t, lines, 1)
	assert.Equal(t, "null", string(lines[0]["source"]))
	assert.Equal(t, "[]", string(lines[0]["also_posted"]))
}

// TestVerifyReportNamesOtherPosts: the readable report names the other
// posts with the same words, and says when the author named wrote none
// of them.
func TestVerifyReportNamesOtherPosts(t *testing.T) {
	code, out, errOut := runCLI(t, "", "verify", "--archive", crossArchive, "--author", "MaelleCorbiere", "--quote", crossWords)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Source : @MaelleCorbiere (Maëlle Corbière), 11 mars 2025 à 08:02 UTC")
	assert.Contains(t, out, "Mêmes mots publiés aussi par :\n"+
		"    @mcorbiere@piaille.fr (Mastodon), 11 mars 2025 à 08:01 UTC, avant la source (verdict : excerpt) — https://piaille.fr/@mcorbiere/114142617508212345\n"+
		"    @vrai_patriote_33 (X), 11 mars 2025 à 10:18 UTC (verdict : excerpt) — https://x.com/vrai_patriote_33/status/1899404512397312001\n")
	assert.NotContains(t, out, "⚠")

	code, out, _ = runCLI(t, "", "verify", "--archive", crossArchive, "--author", "Jean Dupont (@jdupont)", "--quote", crossWords)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "⚠ Aucun des messages retrouvés avec ces mots n'est de @jdupont, l'auteur indiqué.")
}

// TestVerifyThreadOfOrphanReply: a reply whose parent the archive lacks
// is not the opening of a conversation.
func TestVerifyThreadOfOrphanReply(t *testing.T) {
	code, out, errOut := runCLI(t, "", "verify", "--archive", crossArchive, "--quote", "la commission siège mardi à 15 h et les débats seront publics")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Fil : réponse à 1899388000000000001, absent de l'archive : la conversation n'est pas dans l'archive")
	assert.NotContains(t, out, "message d'ouverture")
	code, out, _ = runCLI(t, "", "verify", "--archive", crossArchive, "--quote", "Belle rencontre ce soir avec les aides-soignantes")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Fil : message d'ouverture de sa conversation")

	// A reply whose conversation is only partly in the archive.
	code, out, _ = runCLI(t, "", "verify", "--archive", convArchive, "--quote", "personne ne t’a sonné, sale traître")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Fil : réponse dans une conversation ouverte par @KBelhadj_Avignon (2 message(s) au-dessus)")
}

// TestVerifyQuotesOneLinePerInput: every input line that is not blank
// gets exactly one output line, in input order; a line that cannot be
// read gets {"id","line","error"}, and is named on stderr.
func TestVerifyQuotesOneLinePerInput(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("mot ", maxTextLine/4+1) + `"}`
	type want struct {
		id, err string // err: a prefix of the error; empty for an answer
		line    int
	}
	cases := []struct {
		input string
		want  *want // nil: blank, no output
	}{
		{`{"id":"a","text":"Le débat mérite mieux que ça"}`, &want{id: "a", line: 1}},
		{`{"id":"b","text":"Le débat mérite mieux que ça"`, &want{id: "2", line: 2, err: "invalid JSON near byte 50: unexpected end of JSON input"}},
		{`{"id":"c"}`, &want{id: "c", line: 3, err: "missing field text"}},
		{"   ", nil},
		{`{"id":true,"text":"Affligé par ce que j'ai vu"}`, &want{id: "5", line: 5, err: "id must be a string or a number"}},
		{long, &want{id: "6", line: 6, err: "line longer than 1048576 bytes"}},
		{``, nil},
		{`{"id":"emoji","text":"😡😡🔥"}`, &want{id: "emoji", line: 8, err: "quote: the quote holds no word"}},
		{`{"id":"n","text":42}`, &want{id: "n", line: 9, err: "text must be a string"}},
		{`["a","b"]`, &want{id: "10", line: 10, err: "not a JSON object"}},
		{`{"id":"au","text":"Affligé par ce que j'ai vu","author":7}`, &want{id: "au", line: 11, err: "author must be a string"}},
		{`{"text":"Marché de Noël : les inscriptions des exposants ouvrent lundi"}`, &want{id: "12", line: 12}},
		{`{"id":-3,"text":"Affligé par ce que j'ai vu ce soir"} `, &want{id: "-3", line: 13}},
	}
	var in strings.Builder
	for _, c := range cases {
		in.WriteString(c.input + "\n")
	}
	path := filepath.Join(t.TempDir(), "quotes.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(in.String()), 0o644))

	code, lines, errOut := verifyLines(t, "", "--archive", convArchive, "--quotes", path)
	require.Equal(t, 0, code, errOut)
	var wants []*want
	for _, c := range cases {
		if c.want != nil {
			wants = append(wants, c.want)
		}
	}
	require.Len(t, lines, len(wants))
	rejected := 0
	for i, w := range wants {
		o := lines[i]
		assert.Equal(t, w.id, str(t, o["id"]), "line %d", w.line)
		assert.Equal(t, strconv.Itoa(w.line), string(o["line"]))
		if w.err == "" {
			assert.Contains(t, o, "verdict", "line %d", w.line)
			assert.NotContains(t, o, "error")
			continue
		}
		rejected++
		assert.Len(t, o, 3, "an error line is {id,line,error}: %v", o)
		assert.True(t, strings.HasPrefix(str(t, o["error"]), w.err), "line %d: %s", w.line, o["error"])
		assert.Contains(t, errOut, fmt.Sprintf("guillemet verify: %s:%d: %s", path, w.line, w.err))
	}
	assert.Contains(t, errOut, fmt.Sprintf("answered %d quotes from %s (%d rejected)", len(wants), path, rejected))

	// --strict: every line is still answered, then exit 1.
	code, out, errOut := runCLI(t, "", "verify", "--archive", convArchive, "--quotes", path, "--json", "--strict")
	assert.Equal(t, 1, code)
	assert.Equal(t, len(wants), strings.Count(out, "\n"))
	assert.Contains(t, errOut, fmt.Sprintf("--strict: %d of %d quotes rejected (named above)", rejected, len(wants)))

	// The readable report: one block per line, in order, in French.
	code, out, errOut = runCLI(t, "", "verify", "--archive", convArchive, "--quotes", path)
	require.Equal(t, 0, code, errOut)
	var heads []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "Citation ") {
			heads = append(heads, l)
		}
	}
	assert.Equal(t, []string{"Citation a (ligne 1) :", "Citation 2 :", "Citation c (ligne 3) :", "Citation 5 :", "Citation 6 :",
		"Citation emoji (ligne 8) :", "Citation n (ligne 9) :", "Citation 10 :", "Citation au (ligne 11) :", "Citation 12 :", "Citation -3 (ligne 13) :"}, heads)
	for _, fr := range []string{"→ rejetée : ce n'est pas du JSON valide.", "→ rejetée : le champ text manque.",
		"→ rejetée : le champ id n'est ni une chaîne ni un nombre.", "→ rejetée : ligne de plus de 1 Mio.",
		"→ rejetée : la citation ne contient aucun mot.", "→ rejetée : le champ text n'est pas une chaîne.",
		"→ rejetée : ce n'est pas un objet JSON.", "→ rejetée : le champ author n'est pas une chaîne."} {
		assert.Contains(t, out, fr)
	}
	for _, en := range []string{"quote:", "invalid", "missing", "must be"} {
		assert.NotContains(t, out, en, "no English in the French report")
	}
}

func TestVerifyPlainTextInput(t *testing.T) {
	for _, tc := range []struct{ name, stdin, line string }{
		{"one quote a line", "Le débat mérite mieux que ça\nAffligé par ce que j'ai vu\n", "-:1:"},
		{"a single line", "Le débat mérite mieux que ça", "-:1:"},
		{"after blank lines", "\n  \nLe débat mérite mieux que ça\nAffligé\n", "-:3:"},
		{"a JSON array", `["Le débat mérite mieux que ça"]` + "\n", "-:1:"},
		{"quoted strings", "\"Le débat\"\n\"Affligé\"\n", "-:1:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tc.stdin, "verify", "--archive", convArchive, "--quotes", "-", "--json")
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, "guillemet verify: "+tc.line+" not JSON Lines (the line reads ")
			assert.NotContains(t, errOut, "loaded", "refused before the archive loads")
			assert.Equal(t, 1, strings.Count(errOut, "not JSON Lines"))
		})
	}
	// One stray line (a header, a comment) before JSON Lines is only a
	// bad line.
	code, lines, errOut := verifyLines(t, "# citations du 12/09\n{\"id\":\"a\",\"text\":\"Le débat mérite mieux que ça\"}\n", "--archive", convArchive, "--quotes", "-")
	require.Equal(t, 0, code, errOut)
	require.Len(t, lines, 2)
	assert.Equal(t, "1", str(t, lines[0]["id"]))
	assert.Contains(t, str(t, lines[0]["error"]), "invalid JSON")
	assert.Equal(t, "a", str(t, lines[1]["id"]))
	// Empty input: no answer, no error.
	code, out, errOut := runCLI(t, "\n\n", "verify", "--archive", convArchive, "--quotes", "-", "--json")
	assert.Equal(t, 0, code, errOut)
	assert.Empty(t, out)
	// A byte order mark does not hide the first object.
	code, lines, errOut = verifyLines(t, "\ufeff{\"id\":\"a\",\"text\":\"Le débat mérite mieux que ça\"}\n", "--archive", convArchive, "--quotes", "-")
	require.Equal(t, 0, code, errOut)
	require.Len(t, lines, 1)
	assert.Contains(t, lines[0], "verdict")
}

// TestVerifyQuotesFileFailsFast: a quotes file that cannot be opened
// fails before the archive loads.
func TestVerifyQuotesFileFailsFast(t *testing.T) {
	code, out, errOut := runCLI(t, "", "verify", "--archive", convArchive, "--quotes", "does/not/exist.jsonl")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "does/not/exist.jsonl: no such file or directory")
	assert.NotContains(t, errOut, "loaded")
}

func TestVerifyUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--quote", ""}, "--quote is empty"},
		{[]string{"--quote", "  "}, "--quote is empty"},
		{[]string{"--quotes", ""}, "--quotes needs a file name"},
		{[]string{"--article", ""}, "--article needs a file name"},
		{[]string{"--quote", "x", "--quotes", "-"}, "give only one of --quote, --quotes or --article"},
		{[]string{"--quote", "x", "--author", "@"}, `--author "@" names nobody`},
		{[]string{"--quote", "x", "--nosuchflag"}, "flag provided but not defined: -nosuchflag"},
		{[]string{"--quotes"}, "flag needs an argument: -quotes"},
	} {
		code, out, errOut := runCLI(t, "", append([]string{"verify", "--archive", convArchive}, tc.args...)...)
		assert.Equal(t, 2, code, "%q", tc.args)
		assert.Empty(t, out)
		assert.Equal(t, 1, strings.Count(errOut, tc.want), "said once: %q\n%s", tc.args, errOut)
		assert.NotContains(t, errOut, "loaded")
	}
}

// TestVerifyReportInFrench: the library's errors are said in French in
// the readable report.
func TestVerifyReportInFrench(t *testing.T) {
	code, out, errOut := runCLI(t, "", "verify", "--archive", convArchive, "--quote", "« … »")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "Citation q1 :\n  │ « … »\n  → rejetée : la citation ne contient aucun mot.\n", out)
	assert.Contains(t, errOut, "--quote: quote: the quote holds no word")

	long := strings.Repeat("mot ", quote.MaxQuoteWords+1)
	code, out, _ = runCLI(t, "", "verify", "--archive", convArchive, "--quote", "Affligé par ce que j'ai vu "+long)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "→ rejetée : citation trop longue pour être alignée (plus de 10000 mots).")
}

// TestVerifyQuotesDeterministic runs 2 000 quotes through the pipeline
// on one worker and on four: the output is the same, one line per input
// line, in input order.
func TestVerifyQuotesDeterministic(t *testing.T) {
	texts := postTexts(t, crossArchive, convArchive)
	var in strings.Builder
	const n = 2000
	for i := range n {
		q := excerptOf(texts, i)
		switch {
		case i%97 == 0:
			fmt.Fprintf(&in, "{\"id\":\"q%d\",\"text\":\n", i) // a bad line
		case i%89 == 0:
			fmt.Fprintf(&in, "{\"id\":\"q%d\",\"text\":\"… !\"}\n", i) // no words
		case i%7 == 0:
			fmt.Fprintf(&in, "{\"id\":\"q%d\",\"text\":%q,\"author\":\"MaelleCorbiere\"}\n", i, q)
		default:
			fmt.Fprintf(&in, "{\"id\":\"q%d\",\"text\":%q}\n", i, q)
		}
	}
	run := func(w int) string {
		defer func(old int) { workers = old }(workers)
		workers = w
		code, out, errOut := runCLI(t, in.String(), "verify", "--archive", crossArchive, "--archive", convArchive, "--quotes", "-", "--json", "--stats")
		require.Equal(t, 0, code, errOut)
		return out
	}
	one, four := run(1), run(4)
	lines := strings.Split(strings.TrimSuffix(four, "\n"), "\n")
	require.Len(t, lines, n)
	for i, l := range lines {
		var o struct {
			ID   string
			Line int
		}
		require.NoError(t, json.Unmarshal([]byte(l), &o))
		require.Equal(t, i+1, o.Line)
		if i%97 != 0 {
			require.Equal(t, fmt.Sprintf("q%d", i), o.ID)
		}
	}
	require.Equal(t, one, four, "the answers do not depend on the number of workers")
}

// TestVerifyStatsUnderConcurrency: --stats counts every answered quote
// once, whatever the number of workers.
func TestVerifyStatsUnderConcurrency(t *testing.T) {
	defer func(old int) { workers = old }(workers)
	workers = 3
	var in strings.Builder
	for i := range 50 {
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":\"Le débat mérite mieux que ça\"}\n", i)
	}
	in.WriteString("not json\n")
	code, _, errOut := runCLI(t, in.String(), "verify", "--archive", convArchive, "--quotes", "-", "--json", "--stats")
	require.Equal(t, 0, code, errOut)
	last := errOut[strings.LastIndex(strings.TrimSpace(errOut), "\n")+1:]
	var st map[string]float64
	require.NoError(t, json.Unmarshal([]byte(last), &st), last)
	assert.Equal(t, 50.0, st["queries"], "the rejected line is no query")
	assert.LessOrEqual(t, st["query_ms_p50"], st["query_ms_p99"])
}

// lineWriter sends each line written to it on a channel.
type lineWriter struct {
	buf   []byte
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	for {
		i := bytes.IndexByte(w.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		w.lines <- string(w.buf[:i])
		w.buf = w.buf[i+1:]
	}
}

// TestVerifyQuotesStreams: each answer is written before the next line
// of input arrives, so a script can converse with verify through pipes.
func TestVerifyQuotesStreams(t *testing.T) {
	for _, w := range []int{1, 2} {
		func() {
			defer func(old int) { workers = old }(workers)
			workers = w
			stdin, feed := io.Pipe()
			out := &lineWriter{lines: make(chan string, 10)}
			done := make(chan int)
			go func() {
				var errb bytes.Buffer
				done <- run([]string{"verify", "--archive", convArchive, "--quotes", "-", "--json"}, stdin, out, &errb)
			}()
			for i, q := range []string{"Le débat mérite mieux que ça", "pas du json", "Affligé par ce que j'ai vu"} {
				line := fmt.Sprintf(`{"id":"s%d","text":%q}`, i, q)
				if i == 1 {
					line = q
				}
				_, err := io.WriteString(feed, line+"\n")
				require.NoError(t, err)
				select {
				case got := <-out.lines:
					assert.Contains(t, got, fmt.Sprintf(`"line":%d`, i+1))
				case <-time.After(time.Minute): // a guard against a hang, not a timing assertion
					t.Fatalf("workers=%d: no answer to line %d before the next line", w, i+1)
				}
			}
			feed.Close()
			assert.Equal(t, 0, <-done)
		}()
	}
}

// postTexts returns the texts of the posts of canonical JSON Lines files.
func postTexts(tb testing.TB, files ...string) []string {
	tb.Helper()
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(tb, err)
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var p struct{ Text string }
			require.NoError(tb, json.Unmarshal([]byte(l), &p), l)
			texts = append(texts, p.Text)
		}
	}
	return texts
}

// excerptOf returns the i-th quote drawn from texts: a run of 6 to 14
// words of one of them, each text and each start in turn.
func excerptOf(texts []string, i int) string {
	words := strings.Fields(texts[i%len(texts)])
	from := i % max(1, len(words)-6)
	return strings.Join(words[from:min(len(words), from+6+i%9)], " ")
}

// verifyFound runs verify --json with args, requires exit status 0 and
// a source, and returns the answer and its JSON line.
func verifyFound(t *testing.T, args ...string) (report.VerifyJSON, string) {
	t.Helper()
	code, out, errOut := runCLI(t, "", append([]string{"verify", "--json"}, args...)...)
	require.Equal(t, 0, code, errOut)
	var o report.VerifyJSON
	require.NoError(t, json.Unmarshal([]byte(out), &o), out)
	require.NotNil(t, o.Source, out)
	return o, out
}

// TestVerifyDeletedPost verifies the words of a post its author deleted
// (the X archive's deleted-tweets.js): found, marked deleted, and named
// by the file it was read from, in the JSON and in the report.
func TestVerifyDeletedPost(t *testing.T) {
	const archive = "../../testdata/provenance/x-archive-full"
	quote := "Je ne répondrai pas à ce genre de message."
	o, out := verifyFound(t, "--archive", archive, "--quote", quote)
	assert.Equal(t, "1853910788364849153", o.Source.ID)
	assert.True(t, o.Source.Deleted)
	require.Len(t, o.Source.From, 1)
	assert.True(t, strings.HasPrefix(o.Source.From[0], archive+"/KBelhadj_Avignon/data/deleted-tweets.js#["), o.Source.From[0])
	assert.Contains(t, out, `"deleted":true`)
	code, out, errOut := runCLI(t, "", "verify", "--archive", archive, "--quote", quote)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "\n  Supprimé par son auteur : publié, puis effacé (l'archive le garde)\n")
	assert.Contains(t, out, "\n  Lu dans : "+archive+"/KBelhadj_Avignon/data/deleted-tweets.js#[")
}

// TestVerifyVisibility verifies the words of a followers-only Mastodon
// post (the account archive's to/cc): its visibility is in the JSON,
// the report and the page; a post whose archive does not say has none.
func TestVerifyVisibility(t *testing.T) {
	const archive = "../../testdata/provenance/mastodon-archive"
	quote := "Arabe de service, ferme-la."
	o, out := verifyFound(t, "--archive", archive, "--quote", quote)
	assert.Equal(t, "Rem_Vx@piaille.example", o.Source.Author)
	assert.Equal(t, "private", o.Source.Visibility)
	assert.Contains(t, out, `"visibility":"private"`)
	page := filepath.Join(t.TempDir(), "page.html")
	code, out, errOut := runCLI(t, "", "verify", "--archive", archive, "--quote", quote, "--html", page)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "\n  Visibilité : abonnés seulement : pas publique\n")
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	assert.Contains(t, string(html), "<b>visibilité : abonnés seulement : pas publique</b>")

	code, out, errOut = runCLI(t, "", "verify", "--archive", convArchive, "--json", "--quote", quote)
	require.Equal(t, 0, code, errOut)
	assert.NotContains(t, out, `"visibility"`, "JSON Lines say nothing of it")
}

// TestVerifyTelegramZone verifies a quote against a Telegram Desktop
// chat exported before 2021 (local dates, no date_unixtime): rejected
// with the file, the message and the flag to give without --tz; read in
// the zone --tz names with it; a zone that is not one is a usage error.
func TestVerifyTelegramZone(t *testing.T) {
	dir := t.TempDir()
	chat := filepath.Join(dir, "result.json")
	require.NoError(t, os.WriteFile(chat, []byte(`{"name":"Conseil","type":"private_group","id":77,"messages":[`+
		`{"id":1,"type":"message","date":"2019-03-11T08:02:11","from":"Lucie R.","from_id":"user987654321","text":"Le marché couvert rouvrira en avril, promis."}]}`), 0o644))
	quote := "Le marché couvert rouvrira en avril"
	code, _, errOut := runCLI(t, "", "verify", "--archive", chat, "--quote", quote, "--json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, chat+`#messages[0].date: no date_unixtime (an export before 2021), and date "2019-03-11T08:02:11" is the exporting computer's local time without its offset: name that computer's time zone (guillemet --tz Europe/Paris; Loader.Zone) to read it`)
	o, _ := verifyFound(t, "--archive", chat, "--tz", "Europe/Paris", "--quote", quote)
	assert.Equal(t, "2019-03-11T08:02:11+01:00", o.Source.CreatedAt)
	for _, bad := range []string{"Europe/Pari", "Local", ""} {
		code, _, errOut = runCLI(t, "", "verify", "--archive", chat, "--tz", bad, "--quote", quote)
		assert.Equal(t, 2, code, bad)
		assert.Contains(t, errOut, `is not a time zone: name the exporting computer's, as Europe/Paris`, bad)
	}
}
