package htmlreport_test

import (
	"bytes"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/htmlreport"
	"github.com/guillemet/guillemet/internal/browsertest"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "rewrite docs/montage-report.png from the browser test")

// screenshotFile is the README's screenshot of the seed-002 page.
const screenshotFile = "../docs/montage-report.png"

// serve serves each page at its path on loopback.
func serve(t *testing.T, pages map[string][]byte) string {
	mux := http.NewServeMux()
	for path, body := range pages {
		mux.HandleFunc(path, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write(body)
		})
	}
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts.URL
}

// TestBrowser loads the report pages in headless Chromium: the seed-002
// montage page shows, in the live DOM, its verdict, the authors the
// archive found, its flags and the cuts between items; on a phone's
// width its two columns fold into one; printed (the page of every
// montage fixture, as print media), each screenshot starts a page, no
// item is cut across pages, and it prints to a PDF (an artefact beside
// the screenshots); and the hostile fixture's pages
// run no script (a marker the payloads set stays undefined, no dialog
// opens) — while a control page that does carry the payload sets it, so
// that the check can fail.
func TestBrowser(t *testing.T) {
	ctx, dialogs := browsertest.New(t)
	all := judge(t, montageDir+"/archive.jsonl", montageDir+"/composites.jsonl")
	seed := all[:1]
	var allPage bytes.Buffer
	require.NoError(t, htmlreport.Montage(&allPage, all, htmlreport.Options{}))
	var seedPage bytes.Buffer
	require.NoError(t, htmlreport.Montage(&seedPage, seed, htmlreport.Options{}))
	pages := hostilePages(t)
	base := serve(t, map[string][]byte{
		"/montage":         seedPage.Bytes(),
		"/montages":        allPage.Bytes(),
		"/hostile/montage": pages["montage.fr"], "/hostile/verify": pages["verify.fr"],
		"/hostile/montage-en": pages["montage.en"], "/hostile/verify-en": pages["verify.en"],
		"/control": []byte(`<!DOCTYPE html><title>control</title><p>x</p><script>window.__pwned=1;alert("pwned")</script>`),
	})
	dir := browsertest.ArtefactDir(t)

	t.Run("seed-002", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1200, 900), chromedp.Navigate(base+"/montage")))
		text := browsertest.Eval[string](t, ctx, "document.body.innerText")
		first := strings.Index(text, "MONTAGE — des éléments qui n'ont jamais été ensemble ont été rapprochés")
		assert.GreaterOrEqual(t, first, 0, "the verdict in words")
		assert.Less(t, first, strings.Index(text, "Tel qu'il a circulé"), "the verdict first")
		assert.Contains(t, text, seed[0].Headline(language.French))
		for _, who := range []string{"vrai_francais75", "JulienMarcy", "justice_pr_tous", "lolo_del"} {
			assert.Contains(t, text, "écrit par @"+who, "the author found")
		}
		for _, f := range seed[0].Flags {
			assert.Contains(t, text, f.Flag.String(), "flag shown")
			assert.Contains(t, text, f.Detail, "its French explanation")
		}
		assert.Equal(t, 3, browsertest.Eval[int](t, ctx, `[...document.querySelectorAll(".cut")].filter(e => e.offsetHeight > 0 && e.innerText.includes("COUPURE")).length`), "three visible cuts")
		assert.Equal(t, 2, browsertest.Eval[int](t, ctx, `getComputedStyle(document.querySelector(".pair")).gridTemplateColumns.split(" ").length`), "two columns on a wide screen")
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "montage-report.png"), shot, 0o644))
		t.Logf("screenshot: %s (%d bytes)", filepath.Join(dir, "montage-report.png"), len(shot))
		if *updateScreenshot {
			require.NoError(t, os.WriteFile(screenshotFile, shot, 0o644))
		}

		require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Reload()))
		assert.Equal(t, 1, browsertest.Eval[int](t, ctx, `getComputedStyle(document.querySelector(".pair")).gridTemplateColumns.split(" ").length`), "one column on a phone")
		assert.LessOrEqual(t, browsertest.Eval[int](t, ctx, "document.documentElement.scrollWidth"), 390, "no sideways scrolling on a phone")
		shot, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "montage-report-phone.png"), shot, 0o644))
	})

	t.Run("print", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/montages")))
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		require.NoError(t, err)
		t.Cleanup(func() { _, _ = chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}) })
		assert.Equal(t, len(all), browsertest.Eval[int](t, ctx, `[...document.querySelectorAll("section.report")].filter((s, i) => i == 0 || getComputedStyle(s).breakBefore == "page").length`), "each screenshot starts a page")
		assert.Equal(t, 0, browsertest.Eval[int](t, ctx, `[...document.querySelectorAll(".shown,.found,.post")].filter(e => getComputedStyle(e).breakInside != "avoid").length`), "no item cut across pages")
		background := true
		pdf, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PrintBackground: &background})
		require.NoError(t, err)
		require.True(t, bytes.HasPrefix(pdf.Data, []byte("%PDF")), "a PDF")
		require.NoError(t, os.WriteFile(filepath.Join(dir, "montage-report.pdf"), pdf.Data, 0o644))
	})

	t.Run("hostile", func(t *testing.T) {
		for _, path := range []string{"/hostile/montage", "/hostile/verify", "/hostile/montage-en", "/hostile/verify-en"} {
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1200, 900), chromedp.Navigate(base+path)))
			assert.Equal(t, "undefined", browsertest.Eval[string](t, ctx, "typeof window.__pwned"), "%s: a payload ran", path)
			assert.Equal(t, 0, browsertest.Eval[int](t, ctx, "document.scripts.length + document.images.length + document.querySelectorAll('svg,iframe,object,embed').length"), path)
			assert.Contains(t, browsertest.Eval[string](t, ctx, "document.body.textContent"), "<script>window.__pwned=1</script>", "%s: the payload shown as text", path)
			assert.LessOrEqual(t, browsertest.Eval[int](t, ctx, "document.documentElement.scrollWidth"), 1200, "%s: the 5 000-character line wraps", path)
			if path == "/hostile/montage" {
				shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(filepath.Join(dir, "hostile-report.png"), shot, 0o644))
			}
		}
		assert.Equal(t, int32(0), dialogs.Load(), "no dialog opened")
	})

	t.Run("control", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/control")))
		assert.Equal(t, fmt.Sprint(1), fmt.Sprint(browsertest.Eval[any](t, ctx, "window.__pwned")), "a page that runs the payload sets the marker")
		assert.Eventually(t, func() bool { return dialogs.Load() == 1 }, 5*time.Second, 50*time.Millisecond, "and its dialog is seen")
	})
}
