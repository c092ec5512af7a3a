// Package dataset reads the real French abuse data the project vendors
// in testdata/abuse/real (MLMA tweets, Multilingual HateCheck) and splits
// it, deterministically, into train, dev and test parts: the learned
// scorer trains on train, its thresholds are chosen on dev, and the
// figures QUALITY.md reports are measured on test, never tuned on.
package dataset

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Split is a part of a data set.
type Split uint8

// The parts: 60 % train, 20 % dev, 20 % test.
const (
	Train Split = iota
	Dev
	Test
)

// String names the split.
func (s Split) String() string {
	switch s {
	case Train:
		return "train"
	case Dev:
		return "dev"
	case Test:
		return "test"
	}
	return fmt.Sprintf("Split(%d)", uint8(s))
}

// splitOf places a key: CRC-32 (IEEE) modulo 10, 0–5 train, 6–7 dev,
// 8–9 test.
func splitOf(key string) Split {
	switch h := crc32.ChecksumIEEE([]byte(key)) % 10; {
	case h < 6:
		return Train
	case h < 8:
		return Dev
	}
	return Test
}

// Example is one labelled message.
type Example struct {
	// ID names the row in its file: "mlma:HITId" or "mhc:mhc_case_id".
	ID string
	// Text is the message.
	Text string
	// Abusive is the gold label: for a tweet, its sentiment names abuse
	// (Labels); for a HateCheck case, label_gold is "hateful".
	Abusive bool
	// Labels are the tweet's sentiment labels (normal, abusive, hateful,
	// offensive, disrespectful, fearful); empty for HateCheck.
	Labels []string
	// Functionality is the HateCheck functionality (slur_h,
	// threat_dir_h, counter_quote_nh, …); empty for a tweet.
	Functionality string
	// Target is who the message is about: the tweet's target (origin,
	// gender, sexual_orientation, religion, disability, other) or the
	// HateCheck target_ident.
	Target string
	// Split is the part of the data set the example belongs to.
	Split Split
}

// Ambiguous reports a tweet whose labels neither name abuse clearly
// (abusive, hateful or offensive, without normal) nor say normal alone:
// disrespectful or fearful alone, or abuse mixed with normal. Evaluations
// leave such tweets out.
func (e Example) Ambiguous() bool {
	if e.Labels == nil {
		return false
	}
	return !e.Abusive && !(len(e.Labels) == 1 && e.Labels[0] == "normal")
}

// abusiveLabels are the sentiment labels that make a tweet abusive.
var abusiveLabels = []string{"abusive", "hateful", "offensive"}

// MLMA reads the tweets of dir/mlma_fr_train.csv. A tweet is abusive
// when its sentiment holds abusive, hateful or offensive and not normal;
// its split follows its HITId.
func MLMA(dir string) ([]Example, error) {
	rows, err := readCSV(filepath.Join(dir, "mlma_fr_train.csv"), "HITId", "tweet", "sentiment", "target")
	if err != nil {
		return nil, err
	}
	out := make([]Example, 0, len(rows))
	for _, r := range rows {
		labels := strings.Split(r["sentiment"], "_")
		abusive := !slices.Contains(labels, "normal") && slices.ContainsFunc(labels, func(l string) bool {
			return slices.Contains(abusiveLabels, l)
		})
		out = append(out, Example{
			ID: "mlma:" + r["HITId"], Text: r["tweet"], Abusive: abusive, Labels: labels,
			Target: r["target"], Split: splitOf("mlma:" + r["HITId"]),
		})
	}
	return out, nil
}

// HateCheck reads the cases of dir/mhc_fr.csv. A case is abusive when
// label_gold is "hateful"; its split follows its template (ref_templ_id
// when set, so that a spelling variant stays beside the case it varies,
// else templ_id).
func HateCheck(dir string) ([]Example, error) {
	rows, err := readCSV(filepath.Join(dir, "mhc_fr.csv"), "mhc_case_id", "functionality", "test_case", "label_gold", "target_ident", "ref_templ_id", "templ_id")
	if err != nil {
		return nil, err
	}
	out := make([]Example, 0, len(rows))
	for _, r := range rows {
		templ := r["ref_templ_id"]
		if templ == "" {
			templ = r["templ_id"]
		}
		out = append(out, Example{
			ID: "mhc:" + r["mhc_case_id"], Text: strings.TrimSpace(r["test_case"]), Abusive: r["label_gold"] == "hateful",
			Functionality: r["functionality"], Target: r["target_ident"], Split: splitOf("mhc-templ:" + templ),
		})
	}
	return out, nil
}

// readCSV reads a CSV file with a header row into maps of the columns
// named (every one must be in the header).
func readCSV(name string, columns ...string) ([]map[string]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("dataset: %s: header: %w", name, err)
	}
	col := map[string]int{}
	for _, c := range columns {
		i := slices.Index(head, c)
		if i < 0 {
			return nil, fmt.Errorf("dataset: %s: no column %q in the header", name, c)
		}
		col[c] = i
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("dataset: %s: %w", name, err)
		}
		m := make(map[string]string, len(columns))
		for c, i := range col {
			m[c] = rec[i]
		}
		rows = append(rows, m)
	}
}

// Balanced returns the examples of split s that are not ambiguous, with
// as many abusive as non-abusive ones: all of the smaller class, and the
// first of the larger in a fixed order (by CRC-32 of the ID), so that
// every run measures the same sample.
func Balanced(exs []Example, s Split) []Example {
	var pos, neg []Example
	for _, e := range exs {
		if e.Split != s || e.Ambiguous() {
			continue
		}
		if e.Abusive {
			pos = append(pos, e)
		} else {
			neg = append(neg, e)
		}
	}
	byHash := func(a, b Example) int {
		return cmp.Or(cmp.Compare(crc32.ChecksumIEEE([]byte(a.ID)), crc32.ChecksumIEEE([]byte(b.ID))), strings.Compare(a.ID, b.ID))
	}
	slices.SortFunc(pos, byHash)
	slices.SortFunc(neg, byHash)
	n := min(len(pos), len(neg))
	out := append(pos[:n:n], neg[:n]...)
	slices.SortFunc(out, func(a, b Example) int { return strings.Compare(a.ID, b.ID) })
	return out
}
