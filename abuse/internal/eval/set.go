package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/guillemet/guillemet/abuse/internal/dataset"
)

// setHeader is the header line of a set file (ReadSet).
const setHeader = "id\tsplit\tabusive\tkind\ttext"

// ReadSet reads one of the project's evaluation sets
// (testdata/abuse/threats.tsv, political.tsv, prose.tsv): UTF-8, lines
// starting with # are comments, then a header line
//
//	id	split	abusive	kind	text
//
// and one example a line: a unique id, the split (dev or test: a set
// written for measuring has no train part), 1 when the text is abusive
// or 0, the kind of example, and the text (a line break is written \n).
// An example's ID is the file's base name, a colon and its id
// ("threats:t001"); its Functionality is the kind, so that
// ByFunctionality gives a table per kind and IsThreat reads the
// threat_* kinds.
func ReadSet(name string) ([]dataset.Example, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	prefix := strings.TrimSuffix(filepath.Base(name), ".tsv") + ":"
	var out []dataset.Example
	seen := map[string]bool{}
	header := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		if !header {
			if line != setHeader {
				return nil, fmt.Errorf("eval: %s:%d: header %q, want %q", name, n, line, setHeader)
			}
			header = true
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("eval: %s:%d: %d columns, want 5", name, n, len(cols))
		}
		e := dataset.Example{ID: prefix + cols[0], Functionality: cols[3], Text: strings.ReplaceAll(cols[4], `\n`, "\n")}
		switch cols[1] {
		case "dev":
			e.Split = dataset.Dev
		case "test":
			e.Split = dataset.Test
		default:
			return nil, fmt.Errorf("eval: %s:%d: split %q, want dev or test", name, n, cols[1])
		}
		switch cols[2] {
		case "1":
			e.Abusive = true
		case "0":
		default:
			return nil, fmt.Errorf("eval: %s:%d: abusive %q, want 0 or 1", name, n, cols[2])
		}
		if cols[0] == "" || cols[3] == "" || strings.TrimSpace(e.Text) == "" {
			return nil, fmt.Errorf("eval: %s:%d: empty id, kind or text", name, n)
		}
		if seen[e.ID] {
			return nil, fmt.Errorf("eval: %s:%d: id %s twice", name, n, cols[0])
		}
		seen[e.ID] = true
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	if !header {
		return nil, fmt.Errorf("eval: %s: no header %q", name, setHeader)
	}
	return out, nil
}
