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

// exportLines are canonical posts of a fictional councillor, as an export
// tool writes them.
const exportLines = `{"platform":"x","id":"1853909665550303235","author":"lucie_r","created_at":"2024-11-05T21:18:02Z","text":"Le débat de ce soir mérite mieux que des invectives."}
{"platform":"x","id":"1853909665550303236","author":"lucie_r","created_at":"2024-11-05T21:19:40Z","text":"Je maintiens chaque mot de mon intervention au conseil."}
`

// verifySource runs verify on one quote and returns the exit status,
// stderr and the source id found ("" for none).
func verifySource(t *testing.T, quote string, args ...string) (int, string, string) {
	t.Helper()
	code, out, errOut := runCLI(t, "", append([]string{"verify", "--json", "--quote", quote}, args...)...)
	if code != 0 {
		return code, errOut, ""
	}
	var o struct {
		Source *struct{ ID, URL string } `json:"source"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &o), out)
	if o.Source == nil {
		return code, errOut, ""
	}
	return code, errOut, o.Source.ID
}

// TestArchiveStrayFirstLine: a JSON Lines file whose first line is a
// comment, in a folder, loads; the line is named; --strict fails.
func TestArchiveStrayFirstLine(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "export.jsonl")
	require.NoError(t, os.WriteFile(file, []byte("# export du 12/09\n"+exportLines), 0o644))

	code, errOut, id := verifySource(t, "Je maintiens chaque mot de mon intervention au conseil", "--archive", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "1853909665550303236", id, "the posts after the stray line load")
	assert.Contains(t, errOut, file+`:1: not JSON: "# export du 12/09"`)
	assert.Contains(t, errOut, "loaded 2 posts from 1 file (1 rejected)")

	code, errOut, _ = verifySource(t, "Je maintiens chaque mot", "--archive", dir, "--strict")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, file+`:1: not JSON: "# export du 12/09"`)
	assert.Contains(t, errOut, "--strict")
}

// TestArchiveLinks: a linked file in a folder is read; a broken link is
// named and, being a rejection, fails --strict; a file without posts is
// named as skipped and does not.
func TestArchiveLinks(t *testing.T) {
	elsewhere := t.TempDir()
	target := filepath.Join(elsewhere, "lucie.jsonl")
	require.NoError(t, os.WriteFile(target, []byte(exportLines), 0o644))

	dir := t.TempDir()
	require.NoError(t, os.Symlink(target, filepath.Join(dir, "lucie.jsonl")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "LISEZMOI.md"), []byte("# Export du 12/09\nDeux messages.\n"), 0o644))

	code, errOut, id := verifySource(t, "Le débat de ce soir mérite mieux que des invectives", "--archive", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "1853909665550303235", id, "the linked file's posts load")
	assert.Contains(t, errOut, filepath.Join(dir, "LISEZMOI.md")+": skipped: no line of it begins a JSON value: not an archive format")
	assert.Contains(t, errOut, "loaded 2 posts from 1 file (0 rejected, 1 file skipped)")
	code, _, _ = verifySource(t, "Le débat de ce soir", "--archive", dir, "--strict")
	assert.Equal(t, 0, code, "a file without posts is no rejection")

	broken := filepath.Join(dir, "ancien.jsonl")
	require.NoError(t, os.Symlink(filepath.Join(elsewhere, "disparu.jsonl"), broken))
	code, errOut, id = verifySource(t, "Le débat de ce soir mérite mieux que des invectives", "--archive", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "1853909665550303235", id)
	assert.Contains(t, errOut, broken+": broken link to "+filepath.Join(elsewhere, "disparu.jsonl")+": no such file or directory")
	assert.Contains(t, errOut, "loaded 2 posts from 1 file (1 rejected, 1 file skipped)")
	code, errOut, _ = verifySource(t, "Le débat de ce soir", "--archive", dir, "--strict")
	assert.Equal(t, 1, code, errOut)

	// A link loop is named and skipped, never followed for ever.
	require.NoError(t, os.Remove(broken))
	require.NoError(t, os.Symlink(dir, filepath.Join(dir, "boucle")))
	code, errOut, _ = verifySource(t, "Le débat de ce soir", "--archive", dir, "--strict")
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, filepath.Join(dir, "boucle")+": skipped: a link loop")
}

// TestArchiveXURL: an X post of canonical JSON Lines without url gets
// the address X serves it at; a generic post gets none.
func TestArchiveXURL(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "p.jsonl")
	require.NoError(t, os.WriteFile(file, []byte(exportLines+
		`{"id":"77","author":"lucie_r","created_at":"2024-11-05T21:30:00Z","text":"Un message sans plateforme connue, écrit ailleurs."}`+"\n"), 0o644))
	_, out, errOut := runCLI(t, "", "verify", "--json", "--archive", file, "--quote", "Je maintiens chaque mot de mon intervention au conseil")
	assert.Contains(t, out, `"url":"https://x.com/lucie_r/status/1853909665550303236"`, errOut)
	_, out, _ = runCLI(t, "", "verify", "--json", "--archive", file, "--quote", "Un message sans plateforme connue, écrit ailleurs.")
	assert.True(t, strings.Contains(out, `"platform":"generic","id":"77"`) && !strings.Contains(out, `"url":"https`), out)
}

// TestArchiveFailures: the stderr of an archive that fails to open, word
// for word: each rejection, the summary line, then why the run stops.
func TestArchiveFailures(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(`{"id":"1","author":"lucie_r","text":"x"}`+"\n"), 0o644))
	mixed := filepath.Join(dir, "mixed.jsonl")
	require.NoError(t, os.WriteFile(mixed, []byte(exportLines+`{"id":"3","author":"lucie_r","text":"x"}`+"\n"), 0o644))
	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"--archive", bad}, 1, "guillemet verify: " + bad + ":1: missing field created_at\n" +
			"guillemet verify: loaded 0 posts from 1 file (1 rejected)\n" +
			"guillemet verify: no post could be loaded from " + bad + "\n"},
		{[]string{"--archive", mixed, "--strict"}, 1, "guillemet verify: " + mixed + ":3: missing field created_at\n" +
			"guillemet verify: loaded 2 posts from 1 file (1 rejected)\n" +
			"guillemet verify: --strict: some records were rejected (listed above)\n"},
		{[]string{"--archive", filepath.Join(dir, "absent")}, 1, "guillemet verify: loaded 0 posts from 0 files (0 rejected)\n" +
			"guillemet verify: archive " + filepath.Join(dir, "absent") + ": no such file or directory\n"},
	} {
		code, _, errOut := runCLI(t, "", append([]string{"verify", "--json", "--quote", "Le débat de ce soir"}, tc.args...)...)
		assert.Equal(t, tc.code, code, errOut)
		assert.Equal(t, tc.stderr, errOut)
	}
}
