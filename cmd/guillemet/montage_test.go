package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/report"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	montageArchive    = "../../testdata/montage/archive.jsonl"
	montageComposites = "../../testdata/montage/composites.jsonl"
)

func TestMontageJSONContract(t *testing.T) {
	code, out, errOut := runCLI(t, "", "montage", "--archive", montageArchive, "--composite", montageComposites, "--json")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 9)
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &raw))
	for _, k := range []string{"verdict", "spliced", "flags", "items"} {
		assert.Contains(t, raw, k)
	}
	var items []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw["items"], &items))
	for _, k := range []string{"index", "verdict", "source", "abuse", "same_context_as_previous"} {
		assert.Contains(t, items[0], k)
	}
	assert.Equal(t, "null", string(items[0]["same_context_as_previous"]))
	assert.Equal(t, "false", string(items[1]["same_context_as_previous"]))

	var o report.MontageJSON
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &o))
	assert.Equal(t, "seed002-montage", o.ID, "the composite's id is echoed")
	assert.Equal(t, "spliced", o.Verdict.String())
	assert.True(t, o.Spliced)
	require.NotEmpty(t, o.Flags)
	assert.Equal(t, "spliced_abuse", o.Flags[0].Code.String())
	assert.Equal(t, []int{0, 1, 2, 3}, o.Flags[0].Items)
	assert.False(t, o.Items[1].Abuse.Abusive, "the disputed political tweet is not abuse")
	for _, i := range []int{0, 2, 3} {
		assert.True(t, o.Items[i].Abuse.Abusive, "item %d", i)
		assert.NotEqual(t, "JulienMarcy", o.Items[i].Source.Author)
	}
	require.NotNil(t, o.Context)
	require.NotEmpty(t, o.Context.After, "the disputed tweet's real evening")
}

func TestMontageReport(t *testing.T) {
	code, out, errOut := runCLI(t, "", "montage", "--archive", montageArchive, "--composite", montageComposites)
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "MONTAGE : jamais ensemble — n°1 (@vrai_francais75) | n°2 (@JulienMarcy) | n°3 (@justice_pr_tous) | n°4 (@lolo_del) ; l'élément contesté est le n°2, de @JulienMarcy.\n"),
		"the first line says what a committee must not miss:\n%s", strings.SplitN(out, "\n", 2)[0])
	assert.Contains(t, out, "Capture seed002-montage : 4 éléments, élément contesté n°2")
	assert.Contains(t, out, "→ verdict : genuine — AUTHENTIQUE")
	assert.Contains(t, out, "\nRETOUCHÉ : n°2 montré sous « @KBelhadj_Avignon » est de @patriote_1789.\nCapture misattributed")
	assert.Contains(t, out, "⚠ auteur affiché « @KBelhadj_Avignon », mais écrit par @patriote_1789")
	assert.Contains(t, out, "\nRETOUCHÉ : n°2 : le texte de @JulienMarcy a été modifié.\nCapture altered")
	assert.Contains(t, out, "→ verdict : doctored — RETOUCHÉ")
	assert.Contains(t, out, "date non comprise : « la semaine dernière peut-être »")
	assert.Contains(t, out, "Le vrai contexte de l'élément contesté (n°2) :")
}

func TestMontageBadInput(t *testing.T) {
	code, _, errOut := runCLI(t, "", "montage", "--composite", "x.json")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--archive is required")
	code, _, errOut = runCLI(t, "", "montage", "--archive", montageArchive)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--composite is required")
	code, _, errOut = runCLI(t, "", "montage", "--archive", montageArchive, "--composite", "does/not/exist.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "does/not/exist.json")

	in := `{"id":"ok","items":[{"text":"Affligé."}],"disputed":0}
{"id":"bad","items":[],"disputed":0}
{"id":"out","items":[{"text":"a"},{"text":"b"}],"disputed":5}
`
	code, out, errOut := runCLI(t, in, "montage", "--archive", montageArchive, "--composite", "-", "--json")
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "-:2:")
	assert.Contains(t, errOut, "-:3:")
	// One line per input, in input order: the rejected ones say why.
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	assert.Contains(t, lines[0], `"id":"ok","verdict":"genuine"`)
	assert.JSONEq(t, `{"id":"bad","line":2,"error":"-:2: composite has no items"}`, lines[1])
	assert.JSONEq(t, `{"id":"out","line":3,"error":"-:3: disputed 5 is out of range: 2 items"}`, lines[2])
	assert.Contains(t, errOut, "judged 1 composites from - (2 rejected)")
	code, _, _ = runCLI(t, in, "montage", "--archive", montageArchive, "--composite", "-", "--strict")
	assert.Equal(t, 1, code)
}

// TestMontageManyInOrder: 300 composites (the test set repeated, with a
// rejected line every tenth) give 300 lines, in input order, the same on
// one worker and on four, and the readable report streams the same way.
func TestMontageManyInOrder(t *testing.T) {
	b, err := os.ReadFile(montageComposites)
	require.NoError(t, err)
	base := strings.Split(strings.TrimSpace(string(b)), "\n")
	var in strings.Builder
	for i := range 300 {
		if i%10 == 9 {
			fmt.Fprintf(&in, `{"id":"r%d","items":[]}`+"\n", i)
			continue
		}
		var c map[string]any
		require.NoError(t, json.Unmarshal([]byte(base[i%len(base)]), &c))
		c["id"] = fmt.Sprint("c", i)
		line, err := json.Marshal(c)
		require.NoError(t, err)
		in.Write(line)
		in.WriteByte('\n')
	}
	run := func(w int, args ...string) string {
		defer func(old int) { workers = old }(workers)
		workers = w
		code, out, errOut := runCLI(t, in.String(), append([]string{"montage", "--archive", montageArchive, "--composite", "-"}, args...)...)
		require.Equal(t, 0, code, errOut)
		return out
	}
	one := run(1, "--json")
	lines := strings.Split(strings.TrimSpace(one), "\n")
	require.Len(t, lines, 300)
	for i, l := range lines {
		var o struct {
			ID    string `json:"id"`
			Error string `json:"error"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &o))
		if i%10 == 9 {
			assert.Equal(t, fmt.Sprint("r", i), o.ID)
			assert.Contains(t, o.Error, "no items")
		} else {
			assert.Equal(t, fmt.Sprint("c", i), o.ID)
			assert.Empty(t, o.Error)
		}
	}
	assert.Equal(t, one, run(4, "--json"), "the same answers on four workers")
	assert.Equal(t, run(1), run(4), "the same report on four workers")
}

// TestDemoSeed002Splice: the demo's montage carries the real seed-002
// tweet's words (under the fictional @JulienMarcy) between other
// accounts' « salope » and « connasse », then calls to shave and to a
// « tournante ». It must be spliced, with every other item in
// spliced_abuse: the sexual insult and the threats are new categories,
// « connasse » a severity the activist's « sale putophobe » does not
// reach.
func TestDemoSeed002Splice(t *testing.T) {
	ctx := context.Background()
	i := slices.IndexFunc(stories, func(s story) bool { return s.montage != "" })
	require.GreaterOrEqual(t, i, 0)
	mem, err := loadStory(ctx, stories[i])
	require.NoError(t, err)
	c, err := storyMontage(stories[i])
	require.NoError(t, err)
	require.Contains(t, c.Items[c.Disputed].Text, "Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle !")
	m, err := montage.Judge(ctx, mem, c, montage.Options{Classifier: abuse.Default})
	require.NoError(t, err)
	assert.Equal(t, montage.Spliced, m.Verdict)
	d := m.Items[m.Disputed]
	assert.Equal(t, []abuse.Category{abuse.Insult}, d.Abuse.Categories, "the activist's own words: a harsh insult, no threat")
	assert.Equal(t, abuse.Harsh, d.Abuse.Severity)
	require.NotEmpty(t, m.Flags)
	assert.Equal(t, montage.FlagSplicedAbuse, m.Flags[0].Flag)
	assert.Equal(t, []int{0, 1, 2, 3, 4}, m.Flags[0].Items, "every other account's abuse is new beside him")
	for _, k := range []int{0, 2, 3, 4} {
		assert.NotEqual(t, "JulienMarcy", m.Items[k].Author)
	}
	assert.Contains(t, m.Flags[0].Detail, "injure sexuelle, menace ; gravité : violence")
}

// TestMontageLexiconOption: --lexicon judges abuse with the lexicon
// alone; on the adversarial set every verdict and flag is the same as
// with the learned scorer, only the items' abuse scores differ.
func TestMontageLexiconOption(t *testing.T) {
	args := []string{"montage", "--json", "--archive", montageDir + "/adversarial/archive.jsonl", "--composite", montageDir + "/adversarial/composites.jsonl"}
	code, model, errOut := runCLI(t, "", args...)
	require.Equal(t, 0, code, errOut)
	code, lex, errOut := runCLI(t, "", append(args, "--lexicon")...)
	require.Equal(t, 0, code, errOut)
	scores := regexp.MustCompile(`"abusive":(true|false),"categories":(\[[^]]*\]),"score":[0-9.]+`)
	strip := func(s string) string { return scores.ReplaceAllString(s, `"abusive":$1,"categories":$2`) }
	assert.NotEqual(t, model, lex, "the scores differ")
	assert.Equal(t, strip(model), strip(lex))
}

// TestMontageVisibility: a montage item found in a followers-only
// Mastodon post says so, in the report, the page and the JSON.
func TestMontageVisibility(t *testing.T) {
	const archive = "../../testdata/provenance/mastodon-archive"
	composite := filepath.Join(t.TempDir(), "composite.json")
	require.NoError(t, os.WriteFile(composite, []byte(`{"id":"prive","items":[{"text":"Le débat mérite mieux que ça.","author":"@KBelhadj_Avignon"},`+
		`{"text":"Arabe de service, ferme-la.","author":"@Rem_Vx"}],"disputed":0}`), 0o644))
	page := filepath.Join(t.TempDir(), "page.html")
	code, out, errOut := runCLI(t, "", "montage", "--archive", archive, "--composite", composite, "--html", page)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "\n   visibilité : abonnés seulement : pas publique\n")
	assert.Contains(t, out, "\n   visibilité : publique (tout le monde, fils publics compris)\n")
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	assert.Contains(t, string(html), "visibilité : abonnés seulement : pas publique")
	code, out, errOut = runCLI(t, "", "montage", "--archive", archive, "--composite", composite, "--json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"visibility":"private"`)
}
