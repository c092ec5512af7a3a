package guillemet_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/guillemet/guillemet"

// layers is the package flow doc.go draws, one way: a package may import
// only packages on a lower layer (the internal helpers sit at the
// bottom). A new package gets its place here, and in doc.go and
// ARCHITECTURE.md.
var layers = map[string]int{
	"abuse/internal/dataset": 0, // the vendored real data, read by abuse's tests and its training program
	"abuse/internal/train":   4, // the training program: it imports abuse and abuse/internal/eval
	"abuse/internal/linear":  0, // the learned scorer's features and weights file, read by abuse and written by its training program
	"abuse/internal/eval":    3, // the figures of a classifier on labelled data: it imports abuse
	"internal/jsonrec":       0, "internal/ordered": 0, "internal/corpus": 0, "internal/wording": 0,
	"internal/browsertest":   0, // headless Chromium for the tests that look at the report pages
	"internal/pgtest":        0, // a PostgreSQL schema of its own for each database test
	"normalize":              1,
	"quote":                  2,
	"abuse":                  2,
	"provenance":             3,
	"provenance/archivetest": 4,
	"montage":                4,
	"pgarchive":              4, // the Archive on PostgreSQL: it imports provenance
	"internal/strangers":     4, // a measurement of Link on a corpus cut from Debian's manual pages: it imports provenance
	"report":                 5,
	"claimreview":            5, // schema.org ClaimReview JSON-LD of verdicts
	"htmlreport":             6, // the report page (html/template): it may read report's JSON types
	"server":                 7, // guillemet serve: HTTP over report, htmlreport and claimreview
	"cmd/guillemet":          8,
	"examples":               9, // every program under examples/
}

// layerOf returns the layer of the package in dir (relative to the
// module root).
func layerOf(t *testing.T, dir string) int {
	for p := dir; p != "."; p = path.Dir(p) {
		if l, ok := layers[p]; ok {
			return l
		}
	}
	t.Fatalf("package %s has no place in the flow: add it to layers (flow_test.go), doc.go and ARCHITECTURE.md", dir)
	return 0
}

// TestFlow reads the imports of every non-test file and checks that no
// import goes against the flow.
func TestFlow(t *testing.T) {
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		dir := filepath.ToSlash(filepath.Dir(p))
		if dir == "." {
			return nil // the root package is documentation
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		from := layerOf(t, dir)
		for _, im := range f.Imports {
			ip, _ := strconv.Unquote(im.Path.Value)
			rel, ok := strings.CutPrefix(ip, module+"/")
			if !ok {
				continue
			}
			checked++
			if to := layerOf(t, rel); to >= from {
				t.Errorf("%s imports %s: against the flow (layer %d imports layer %d)", p, rel, from, to)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 10 {
		t.Fatalf("only %d imports checked: the walk missed the packages", checked)
	}
	// provenance does not judge abuse: the montage does.
	for _, p := range []string{"provenance", "quote", "normalize"} {
		if slices.Contains(deps(t, fset, p), "abuse") {
			t.Errorf("%s imports abuse", p)
		}
	}
}

// deps returns the module packages the non-test files of dir import.
func deps(t *testing.T, fset *token.FileSet, dir string) []string {
	pkgs, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range pkgs {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range f.Imports {
			ip, _ := strconv.Unquote(im.Path.Value)
			if rel, ok := strings.CutPrefix(ip, module+"/"); ok {
				out = append(out, rel)
			}
		}
	}
	return out
}
