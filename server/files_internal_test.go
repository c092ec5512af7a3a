package server

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFileNames: a file under a root is named from the root's last
// element on, any other by its last element (a ZIP's entry from the
// ZIP's name on): never a folder of the server's above what it was
// given.
func TestFileNames(t *testing.T) {
	n := fileNamer{roots: []string{"/srv/exports", "../../data/a.jsonl", "/srv/dl/ana.zip", "."}}
	for file, want := range map[string]string{
		"/srv/exports/ana/data/tweets.js":        "exports/ana/data/tweets.js",
		"/srv/exports/x.zip/data/tweets.js":      "exports/x.zip/data/tweets.js",
		"/srv/exports":                           "exports",
		"/srv/exports2/b.jsonl":                  "b.jsonl",
		"../../data/a.jsonl":                     "a.jsonl",
		"/srv/dl/ana.zip/outbox.json":            "ana.zip/outbox.json",
		"local.jsonl":                            "local.jsonl",
		"sub/dir/local.jsonl":                    "sub/dir/local.jsonl",
		"/home/ana/Téléchargements/export.jsonl": "export.jsonl",
		"../up.jsonl":                            "up.jsonl",
	} {
		assert.Equal(t, want, n.name(filepath.FromSlash(file)), file)
	}
	none := fileNamer{}
	for file, want := range map[string]string{
		"/srv/exports/ana/data/tweets.js":              "tweets.js",
		"/srv/exports/twitter-2024.ZIP/data/tweets.js": "twitter-2024.ZIP/data/tweets.js",
		"../testdata/conversation.jsonl":               "conversation.jsonl",
		"conversation.jsonl":                           "conversation.jsonl",
	} {
		assert.Equal(t, want, none.name(filepath.FromSlash(file)), file)
	}
}
