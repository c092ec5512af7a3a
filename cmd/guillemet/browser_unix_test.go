//go:build unix

package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/internal/browsertest"
)

// hostileDir holds htmlreport's hostile fixture: posts, handles and ids
// that carry <script>, "><img onerror=…>, javascript: links, bidi
// overrides and a 5 000-character line.
const hostileDir = "../../htmlreport/testdata/hostile"

// TestServeBrowser is the report as a committee member's browser gets
// it from guillemet serve on loopback: headless Chromium posts the
// seed-002 montage (the first composite of testdata/montage) to
// /v1/montage?format=html and shows the page it answers; the live DOM
// has the verdict, the authors the archive found and every flag; the
// hostile composite's page runs no script (the marker its payloads set
// stays undefined, no dialog opens) and shows the payloads as text. A
// screenshot of each page is written as an artefact
// ($GUILLEMET_ARTEFACTS, else a temporary folder).
func TestServeBrowser(t *testing.T) {
	ctx, dialogs := browsertest.New(t) // first: it may skip the test
	url, _, stderr, exit := startServe(t, "--archive", montageDir+"/archive.jsonl", "--archive", hostileDir+"/archive.jsonl")
	t.Cleanup(func() { stopServe(t, stderr, exit) })
	dir := browsertest.ArtefactDir(t)

	// show posts body to the page at path and writes the answer into the
	// browser's document, as a browser shows a page it is sent.
	show := func(path string, body []byte) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1200, 900), chromedp.Navigate(url+"/healthz")))
		js := `fetch(` + strconv.Quote(path) + `, {method: "POST", body: ` + strconv.Quote(string(body)) + `})
			.then(r => r.text().then(h => { if (!r.ok) throw new Error(r.status + " " + h); document.open(); document.write(h); document.close(); return r.status }))`
		status, err := chromedp.Run(ctx, chromedp.Evaluate[int](js, chromedp.EvalAwaitPromise))
		require.NoError(t, err, path)
		require.Equal(t, 200, status)
	}
	shot := func(name string) {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), png, 0o644))
		t.Logf("screenshot: %s", filepath.Join(dir, name))
	}

	t.Run("seed-002", func(t *testing.T) {
		f, err := os.Open(montageDir + "/composites.jsonl")
		require.NoError(t, err)
		defer f.Close()
		sc := bufio.NewScanner(f)
		require.True(t, sc.Scan())
		seed := sc.Bytes()
		var m struct {
			ID string `json:"id"`
		}
		require.NoError(t, json.Unmarshal(seed, &m))
		require.Equal(t, "seed002-montage", m.ID)

		show("/v1/montage?format=html", seed)
		text := browsertest.Eval[string](t, ctx, "document.body.innerText")
		assert.Contains(t, text, "MONTAGE — des éléments qui n'ont jamais été ensemble ont été rapprochés")
		for _, who := range []string{"vrai_francais75", "JulienMarcy", "justice_pr_tous", "lolo_del"} {
			assert.Contains(t, text, "écrit par @"+who, "the author found")
		}
		for _, flag := range []string{"spliced_abuse", "mixed_authors", "unrelated_contexts", "time_gap"} {
			assert.Contains(t, text, flag)
		}
		assert.Equal(t, 3, browsertest.Eval[int](t, ctx, `[...document.querySelectorAll(".cut")].filter(e => e.offsetHeight > 0).length`), "three visible cuts")
		shot("serve-montage-report.png")

		show("/v1/montage?format=html&lang=en", seed)
		assert.Equal(t, "en", browsertest.Eval[string](t, ctx, "document.documentElement.lang"))
	})

	t.Run("hostile", func(t *testing.T) {
		body, err := os.ReadFile(hostileDir + "/composite.json")
		require.NoError(t, err)
		show("/v1/montage?format=html", body)
		assert.Equal(t, "undefined", browsertest.Eval[string](t, ctx, "typeof window.__pwned"), "a payload ran")
		assert.Equal(t, 0, browsertest.Eval[int](t, ctx, "document.scripts.length + document.images.length + document.querySelectorAll('svg,iframe,object,embed').length"))
		assert.Contains(t, browsertest.Eval[string](t, ctx, "document.body.textContent"), "<script>window.__pwned=1</script>", "the payload shown as text")
		assert.Equal(t, int32(0), dialogs.Load(), "no dialog opened")
		shot("serve-hostile-report.png")
	})

	// The check can fail: a page written the same way that does carry
	// the payload runs it.
	t.Run("control", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url+"/healthz")))
		got := browsertest.Eval[string](t, ctx, `document.open(); document.write("<p>x</p><script>window.__pwned=1<\/script>"); document.close(); typeof window.__pwned`)
		assert.Equal(t, "number", got)
	})
}
