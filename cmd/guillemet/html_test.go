package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLPage: --html writes the report page of everything the run
// judged — the page htmlreport's golden holds for the same inputs — and
// leaves standard output and standard error byte for byte as without it
// (the goldens of the same command lines).
func TestHTMLPage(t *testing.T) {
	for _, tc := range []struct{ golden, page string }{
		{"montage", "../../htmlreport/testdata/montage.fr.html"},
		{"montage.json", "../../htmlreport/testdata/montage.fr.html"},
		{"verify", ""},
		{"verify.json", ""},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			page := runHTML(t, tc.golden)
			if tc.page == "" {
				// Lines guillemet verify cannot read keep their place, with
				// the reason in French.
				assert.Contains(t, page, "→ rejetée : ce n&#39;est pas du JSON valide.")
				assert.Contains(t, page, "→ rejetée : le champ text manque.")
				return
			}
			want, err := os.ReadFile(tc.page)
			require.NoError(t, err)
			assert.Equal(t, string(want), fromHTMLReport(page), "the page differs from %s", tc.page)
		})
	}
	// The verify page of htmlreport's golden: guillemet verify's golden
	// quotes but the lines it cannot read.
	args := goldenArgs(t, "verify")
	args[len(args)-1] = "../../htmlreport/testdata/quotes.jsonl"
	want, err := os.ReadFile("../../htmlreport/testdata/verify.fr.html")
	require.NoError(t, err)
	file := filepath.Join(t.TempDir(), "report.html")
	code, _, errOut := runCLI(t, "", append(args, "--html", file)...)
	require.Equal(t, 0, code, errOut)
	got, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, string(want), fromHTMLReport(string(got)))
}

// fromHTMLReport names the archive files of a page as htmlreport's
// tests name them: the pages say which file each post was read from,
// as given, and htmlreport's tests run in another folder.
func fromHTMLReport(page string) string {
	return strings.NewReplacer("lu dans : ../../testdata/", "lu dans : ../testdata/",
		"lu dans : testdata/", "lu dans : ../cmd/guillemet/testdata/").Replace(page)
}

// goldenArgs returns a copy of the arguments of the golden case name.
func goldenArgs(t *testing.T, name string) []string {
	for _, c := range goldenCases {
		if c.name == name {
			return slices.Clone(c.args)
		}
	}
	t.Fatalf("no golden case %s", name)
	return nil
}

// runHTML runs the golden case name with --html, checks that its
// standard output and error are the golden's, and returns the page.
func runHTML(t *testing.T, name string) string {
	t.Helper()
	args := goldenArgs(t, name)
	file := filepath.Join(t.TempDir(), "report.html")
	code, out, errOut := runCLI(t, "", append(args, "--html", file)...)
	require.Equal(t, 0, code, errOut)
	checkGolden(t, filepath.Join("testdata", name+".golden"), out, true)
	checkGolden(t, filepath.Join("testdata", name+".stderr.golden"), errOut, false)
	got, err := os.ReadFile(file)
	require.NoError(t, err)
	return string(got)
}

// TestHTMLBadPath: --html - is a usage error (standard output carries the
// report); a file that cannot be created fails before any work, with
// nothing on standard output.
func TestHTMLBadPath(t *testing.T) {
	code, out, errOut := runCLI(t, "", "montage", "--archive", montageArchive, "--composite", montageComposites, "--html", "-")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "--html needs a file name")
	code, _, errOut = runCLI(t, "", "verify", "--archive", montageArchive, "--quote", "x y z", "--html", "-")
	assert.Equal(t, exitUsage, code, errOut)

	missing := filepath.Join(t.TempDir(), "no", "such", "folder", "report.html")
	code, out, errOut = runCLI(t, "", "montage", "--archive", montageArchive, "--composite", montageComposites, "--html", missing)
	assert.Equal(t, exitInput, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "--html: ")
	assert.NotContains(t, errOut, "loaded", "nothing was loaded")
}

// TestHTMLFailedRun: a run that fails after the page's file was created
// leaves no page behind.
func TestHTMLFailedRun(t *testing.T) {
	file := filepath.Join(t.TempDir(), "report.html")
	code, _, _ := runCLI(t, "", "montage", "--archive", filepath.Join(t.TempDir(), "absent.jsonl"), "--composite", montageComposites, "--html", file)
	assert.Equal(t, exitInput, code)
	_, err := os.Stat(file)
	assert.True(t, os.IsNotExist(err), "no page left: %v", err)
}
