package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIndexGoldens saves the archives of every verify and montage golden
// case with guillemet index and runs the case again with --index: its
// standard output is the golden's, byte for byte.
func TestIndexGoldens(t *testing.T) {
	for _, tc := range goldenCases {
		if tc.args[0] != "verify" && tc.args[0] != "montage" {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "archive.gidx")
			archives, rest := splitArchives(tc.args)
			index := append([]string{"index", "--out", file}, archives...)
			args := append([]string{tc.args[0], "--index", file}, rest...)
			code, _, errOut := runCLI(t, "", index...)
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, errOut, "guillemet index: wrote "+file+": ")
			code, out, errOut := runCLI(t, "", args...)
			require.Equal(t, 0, code, errOut)
			want, err := os.ReadFile(filepath.Join("testdata", tc.name+".golden"))
			require.NoError(t, err)
			assert.Equal(t, string(want), out)
			assert.Contains(t, errOut, tc.args[0]+": opened "+file+": ")
		})
	}
}

// splitArchives splits a golden case's command line (its subcommand
// first) into its --archive flags and the rest of its arguments.
func splitArchives(args []string) (archives, rest []string) {
	for i := 1; i < len(args); i++ {
		if args[i] == "--archive" {
			archives = append(archives, "--archive", args[i+1])
			i++
			continue
		}
		rest = append(rest, args[i])
	}
	return archives, rest
}

// TestIndexAppend saves one archive, adds another to it with --index,
// and checks that the result answers as both exports loaded at once, and
// that adding exports already held changes nothing.
func TestIndexAppend(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one.gidx"), filepath.Join(dir, "two.gidx")
	code, _, errOut := runCLI(t, "", "index", "--archive", convArchive, "--out", one)
	require.Equal(t, 0, code, errOut)
	code, _, errOut = runCLI(t, "", "index", "--index", one, "--archive", crossArchive, "--archive", goldenIn+"/extra.jsonl", "--out", two)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "guillemet index: opened "+one+": 10 posts (saved archive)\n")
	code, _, errOut = runCLI(t, "", "index", "--index", two, "--archive", crossArchive, "--out", two)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "(5 already known, 0 rejected)")
	code, out, errOut := runCLI(t, "", "verify", "--json", "--index", two, "--quotes", goldenIn+"/quotes.jsonl")
	require.Equal(t, 0, code, errOut)
	want, err := os.ReadFile("testdata/verify.json.golden")
	require.NoError(t, err)
	assert.Equal(t, string(want), out)
}

// TestIndexBadFiles gives verify, montage and serve files that are not
// saved archives, and index bad command lines.
func TestIndexBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.gidx")
	code, _, errOut := runCLI(t, "", "index", "--archive", convArchive, "--out", good)
	require.Equal(t, 0, code, errOut)
	data, err := os.ReadFile(good)
	require.NoError(t, err)
	png, err := os.ReadFile("../../docs/montage-report.png")
	require.NoError(t, err)
	version := append([]byte(nil), data...)
	version[8] = 9
	damaged := append([]byte(nil), data...)
	damaged[len(damaged)/2] ^= 1
	for _, c := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"empty", nil, "empty file, not a saved archive"},
		{"truncated", data[:len(data)/2], "truncated: " + strconv.Itoa(len(data)/2) + " bytes of the " + strconv.Itoa(len(data)) + " its header records"},
		{"version", version, "format version 9; this guillemet reads version 3: build it again with guillemet index"},
		{"damaged", damaged, "damaged: its bytes give the checksum"},
		{"png", png, "not a saved archive: it is a PNG image"},
	} {
		file := filepath.Join(dir, c.name+".gidx")
		require.NoError(t, os.WriteFile(file, c.data, 0o600))
		for _, args := range [][]string{
			{"verify", "--index", file, "--quote", "x"},
			{"montage", "--index", file, "--composite", montageDir + "/composites.jsonl"},
			{"serve", "--index", file, "--addr", "127.0.0.1:0"},
			{"index", "--index", file, "--archive", convArchive, "--out", filepath.Join(dir, "out.gidx")},
		} {
			code, out, errOut := runCLI(t, "", args...)
			assert.Equal(t, 1, code, "%s %v", c.name, args)
			assert.Empty(t, out)
			assert.True(t, strings.HasPrefix(errOut, "guillemet "+args[0]+": provenance: "+file+": "+c.msg), "%v: %s", args, errOut)
		}
	}
	code, _, errOut = runCLI(t, "", "verify", "--index", convArchive, "--quote", "x")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "provenance: "+convArchive+": not a saved archive: it holds JSON (an export? give it to --archive, or save it with guillemet index)")
	code, _, errOut = runCLI(t, "", "verify", "--archive", good, "--quote", "x")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "guillemet verify: "+good+": not an archive format: a saved archive (guillemet index): open it with OpenSaved (--index), not as an export\n")
	_, err = os.Stat(filepath.Join(dir, "out.gidx"))
	assert.ErrorIs(t, err, os.ErrNotExist, "a failed index writes nothing")
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"index", "--out", good}, "--archive is required: the exports to save"},
		{[]string{"index", "--archive", convArchive}, "--out needs a file name"},
		{[]string{"verify", "--index", good, "--archive", convArchive, "--quote", "x"}, "give --archive or --index, not both"},
		{[]string{"montage", "--composite", "-"}, "--archive is required (or --index FILE, a saved archive)"},
		{[]string{"serve", "--index", good, "--archive", convArchive}, "give --archive or --index, not both"},
	} {
		code, _, errOut := runCLI(t, "", c.args...)
		assert.Equal(t, 2, code, "%v", c.args)
		assert.Contains(t, errOut, c.msg)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(`{"id":"1","author":"a","created_at":"2025-03-11T08:02:11Z","text":"bonjour"}`+"\n"+`{"id":"2","author":"a","created_at":"hier","text":"au revoir"}`+"\n"), 0o600))
	code, _, errOut = runCLI(t, "", "index", "--strict", "--archive", bad, "--out", filepath.Join(dir, "strict.gidx"))
	assert.Equal(t, 1, code, errOut)
	assert.Contains(t, errOut, "guillemet index: "+bad+":2")
	_, err = os.Stat(filepath.Join(dir, "strict.gidx"))
	assert.ErrorIs(t, err, os.ErrNotExist, "--strict writes nothing when a record is rejected")
}
