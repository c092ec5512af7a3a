package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/guillemet/guillemet/abuse/internal/dataset"
)

// heads are the model's heads, in the order of the weights file: the
// first decides abuse, the others name its categories (package abuse
// reads them in this order).
var heads = []string{"abusive", "insult", "sexual", "threat", "hate"}

// unknown marks a label the data does not give: the head does not learn
// from the example.
const unknown = -1

// example is one training message: its text, a label a head (1, 0 or
// unknown) and the weight of its class in its source.
type example struct {
	text   string
	source string
	y      [5]int8
	weight float64
}

// protected are the MLMA targets whose abuse is hate.
var protected = []string{"origin", "religion", "sexual_orientation", "disability"}

// fromMLMA labels a tweet: abusive or not; hate when the abuse targets
// origin, religion, sexual orientation or disability, not hate when it
// targets "other", unknown for gender; the other categories unknown.
func fromMLMA(e dataset.Example) example {
	ex := example{text: e.Text, source: "mlma"}
	if !e.Abusive {
		return ex
	}
	ex.y = [5]int8{1, unknown, unknown, unknown, unknown}
	switch {
	case slices.Contains(protected, e.Target):
		ex.y[4] = 1
	case e.Target == "other":
		ex.y[4] = 0
	}
	return ex
}

// fromHateCheck labels a case: hateful cases are hate, threats when
// their functionality is threat_*, insults when it is slur_h or
// profanity_h; sexual abuse is unknown.
func fromHateCheck(e dataset.Example) example {
	ex := example{text: e.Text, source: "hatecheck"}
	if !e.Abusive {
		return ex
	}
	ex.y = [5]int8{1, unknown, unknown, 0, 1}
	if strings.HasPrefix(e.Functionality, "threat_") {
		ex.y[3] = 1
	}
	if e.Functionality == "slur_h" || e.Functionality == "profanity_h" {
		ex.y[1] = 1
	}
	return ex
}

// readLabelled reads the project's labelled set (the format
// testdata/abuse/labelled.tsv documents): every head is known.
func readLabelled(name string) ([]example, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 7 {
			return nil, fmt.Errorf("train: %s:%d: %d columns, want 7", name, n, len(cols))
		}
		ex := example{text: strings.ReplaceAll(cols[6], `\n`, "\n"), source: "labelled"}
		if cols[1] == "1" {
			ex.y[0] = 1
		}
		cats := strings.Split(cols[2], ",")
		for i, h := range heads[1:] {
			if slices.Contains(cats, h) {
				ex.y[1+i] = 1
			}
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("train: %s: %w", name, err)
	}
	return out, nil
}

// corpus is the data: the training examples, in a fixed order (tweets
// in file order, HateCheck cases in file order, the labelled set), and
// the real examples of every split for measuring.
type corpus struct {
	train     []example
	labelled  []example
	heldout   []example // measured by -report, never trained on
	project   []evalSet // threats, political and prose: measured, never trained on
	tweets    []dataset.Example
	hatecheck []dataset.Example
}

// load reads the data under dir (testdata/abuse): the train splits of
// the tweets (ambiguous ones left out) and of HateCheck, and
// labelled.tsv; never heldout.tsv (read for -report only), never the
// dev or test splits.
func load(dir string) (*corpus, error) {
	real := filepath.Join(dir, "real")
	tw, err := dataset.MLMA(real)
	if err != nil {
		return nil, err
	}
	hc, err := dataset.HateCheck(real)
	if err != nil {
		return nil, err
	}
	lab, err := readLabelled(filepath.Join(dir, "labelled.tsv"))
	if err != nil {
		return nil, err
	}
	held, err := readLabelled(filepath.Join(dir, "heldout.tsv"))
	if err != nil {
		return nil, err
	}
	project, err := readProject(dir)
	if err != nil {
		return nil, err
	}
	c := &corpus{tweets: tw, hatecheck: hc, labelled: lab, heldout: held, project: project}
	for _, e := range tw {
		if e.Split == dataset.Train && !e.Ambiguous() {
			c.train = append(c.train, fromMLMA(e))
		}
	}
	for _, e := range hc {
		if e.Split == dataset.Train {
			c.train = append(c.train, fromHateCheck(e))
		}
	}
	c.train = append(c.train, slices.Clone(lab)...)
	balance(c.train)
	return c, nil
}

// balance weighs each example so that, in its source, the abusive and
// the other examples weigh as much: n / (2 × the size of its class).
func balance(exs []example) {
	type key struct {
		source string
		y      int8
	}
	count := map[key]int{}
	total := map[string]int{}
	for _, e := range exs {
		count[key{e.source, e.y[0]}]++
		total[e.source]++
	}
	for i := range exs {
		e := &exs[i]
		e.weight = float64(total[e.source]) / float64(2*count[key{e.source, e.y[0]}])
	}
}

// hash is the SHA-256 of the examples in order: text and labels.
func hash(exs []example) [32]byte {
	h := sha256.New()
	for _, e := range exs {
		fmt.Fprintf(h, "%s\t%s\t%v\n", e.source, e.text, e.y)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}
