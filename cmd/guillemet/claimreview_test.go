package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reviewArgs are the flags of a fact check in the tests: a fictional
// publisher and a fixed time.
var reviewArgs = []string{"--claimreview", "--org", "Vérif'Express (fictif)", "--org-url", "https://verif.exemple.fr", "--published", "2026-12-07T09:30:00Z"}

// TestClaimReviewGoldens: --claimreview on verify (every line of the
// golden quotes, a bad line keeping its place) and montage, byte for byte
// (refresh with go test ./cmd/guillemet -run TestClaimReviewGoldens
// -update).
func TestClaimReviewGoldens(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"verify_claimreview", []string{"verify", "--archive", convArchive, "--archive", crossArchive, "--archive", goldenIn + "/extra.jsonl", "--quotes", goldenIn + "/quotes.jsonl"}},
		{"montage_claimreview", []string{"montage", "--archive", montageDir + "/archive.jsonl", "--composite", montageDir + "/composites.jsonl"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", append(tc.args, reviewArgs...)...)
			require.Equal(t, 0, code, errOut)
			checkGolden(t, filepath.Join("testdata", tc.name+".golden"), out, true)
			checkGolden(t, filepath.Join("testdata", tc.name+".stderr.golden"), errOut, false)
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				var v map[string]any
				require.NoError(t, json.Unmarshal([]byte(line), &v), line)
				if _, bad := v["error"]; !bad {
					assert.Equal(t, "ClaimReview", v["@type"])
				}
			}
		})
	}
}

func TestClaimReviewUsage(t *testing.T) {
	archive := []string{"verify", "--archive", crossArchive, "--quote", "la commission siège mardi à 15 h"}
	for args, want := range map[string]string{
		"--claimreview":                        "--claimreview needs --org NAME",
		"--claimreview --org X --json":         "give only one of --json or --claimreview",
		"--org X":                              "go with --claimreview",
		"--claimreview --org X --published 12": "--published \"12\"",
	} {
		code, _, errOut := runCLI(t, "", append(archive, strings.Fields(args)...)...)
		assert.Equal(t, 2, code, args)
		assert.Contains(t, errOut, want, args)
	}
}
