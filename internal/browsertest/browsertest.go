// Package browsertest starts a headless Chromium for the tests that look
// at guillemet's report pages as a reader's browser shows them (package
// htmlreport's pages, guillemet serve's answers), through
// github.com/chromedp/chromedp: no Node, Debian's chromium driven from
// Go.
//
// Without a chromium binary the tests are skipped with a message saying
// how to get one, unless CI=true: .ci/run installs Debian's chromium and
// the browser tests must run there.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// names are the Chromium and Chrome binaries Find looks for on $PATH.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Find returns the path of a Chromium (or Chrome) binary: the one
// $CHROMIUM names when it is set (a path, or a name on $PATH), else the
// first of Debian's and Google's names on $PATH; an error saying how to
// get one when there is none.
func Find() (string, error) {
	if c := os.Getenv("CHROMIUM"); c != "" {
		p, err := exec.LookPath(c)
		if err != nil {
			return "", fmt.Errorf("browsertest: $CHROMIUM is %q, not a program: %w", c, err)
		}
		return p, nil
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("browsertest: none of %s is on $PATH (apt-get install chromium, or set $CHROMIUM)", strings.Join(names, ", "))
}

// Chromium returns Find's binary. Without one, the test is skipped,
// unless CI=true: then it fails.
func Chromium(t testing.TB) string {
	t.Helper()
	p, err := Find()
	switch {
	case err == nil:
		return p
	case os.Getenv("CI") == "true":
		t.Fatalf("CI=true, and the browser tests must run there (.ci/run installs Debian's chromium): %v", err)
	default:
		t.Skipf("browser test skipped, it runs in CI: %v", err)
	}
	return ""
}

// New starts a headless Chromium for the test (stopped when it ends,
// 90 s at most) on a blank page, and counts the JavaScript dialogs any
// page opens, closing each: a page that opens one ran a script.
func New(t testing.TB) (context.Context, *atomic.Int32) {
	t.Helper()
	bin := Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.WindowSize(1200, 900))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("browsertest: starting %s: %v", bin, err)
	}
	dialogs := &atomic.Int32{}
	go func() {
		for _, err := range chromedp.Events(bctx, page.JavascriptDialogOpening) {
			if err != nil {
				return
			}
			dialogs.Add(1)
			_, _ = chromedp.Call(bctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return bctx, dialogs
}

// Eval evaluates a JavaScript expression in the page and returns its
// value; an error fails the test.
func Eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("browsertest: %s: %v", expr, err)
	}
	return v
}

// ArtefactDir is where a browser test writes its screenshots and PDFs:
// $GUILLEMET_ARTEFACTS when set (CI keeps them), else a temporary
// folder of the test.
func ArtefactDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("GUILLEMET_ARTEFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatalf("browsertest: %v", err)
		}
		return d
	}
	return t.TempDir()
}
