// Command train fits the learned abuse scorer of package abuse and
// writes its weights file (go generate ./abuse runs it):
//
//	go run ./abuse/internal/train -out abuse/model.bin
//
// It trains on the train splits of the vendored real data (MLMA tweets,
// French Multilingual HateCheck) and on testdata/abuse/labelled.tsv,
// never on heldout.tsv nor on the dev and test splits; it chooses the
// threshold on the dev split and prints the dev figures. With -report
// dev or -report test, it measures the lexicon and the embedded model
// (the one the binary carries) on that split instead, and prints the
// tables of abuse/QUALITY.md.
//
// Training is deterministic: the examples are read in a fixed order and
// shuffled by a seeded PCG, so that retraining gives the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/abuse/internal/dataset"
	"github.com/guillemet/guillemet/abuse/internal/eval"
	"github.com/guillemet/guillemet/abuse/internal/linear"
)

func main() {
	out := flag.String("out", "", "write the weights to `FILE`")
	data := flag.String("data", "", "the data directory (default: testdata/abuse of the module)")
	rep := flag.String("report", "", "measure the lexicon and the embedded model on `SPLIT` (dev or test) instead of training")
	cfg := defaults
	flag.IntVar(&cfg.epochs, "epochs", cfg.epochs, "passes over the training examples")
	flag.Float64Var(&cfg.rate, "rate", cfg.rate, "AdaGrad's learning rate")
	flag.Float64Var(&cfg.l2, "l2", cfg.l2, "the L2 penalty")
	flag.Parse()
	if err := run1(*out, *data, *rep, cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run1(out, data, rep string, cfg config, w io.Writer) error {
	if data == "" {
		var err error
		if data, err = dataDir(); err != nil {
			return err
		}
	}
	c, err := load(data)
	if err != nil {
		return err
	}
	switch rep {
	case "":
	case "dev":
		return report(w, c, dataset.Dev)
	case "test":
		return report(w, c, dataset.Test)
	default:
		return fmt.Errorf("train: -report %q: want dev or test", rep)
	}
	if out == "" {
		return fmt.Errorf("train: -out FILE or -report SPLIT is required")
	}
	m := fit(c.train, features(c.train), cfg)
	m.DataHash = hash(c.train)
	m.Threshold = choose(w, c, m)
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// reading is a dev example as the scorer reads it, with the abusive
// head's probability.
type reading struct {
	dataset.Example
	rd linear.Reading
	p  float64
}

// judge returns the scorer's verdicts at threshold th (the score is the
// head's probability).
func judge(m *linear.Model, rs []reading, th float64) []eval.Scored {
	out := make([]eval.Scored, len(rs))
	for i, r := range rs {
		abusive, _ := m.Verdict(&r.rd, r.p, th)
		out[i] = eval.Scored{Example: r.Example, Result: abuse.Result{Abusive: abusive, Score: r.p}}
	}
	return out
}

// meanAccuracy is the mean of the accuracies by functionality: every
// functionality counts the same, however many cases it has.
func meanAccuracy(scored []eval.Scored) float64 {
	fns := eval.ByFunctionality(scored)
	sum := 0.0
	for _, fn := range fns {
		sum += fn.Correct.Value()
	}
	return sum / float64(max(len(fns), 1))
}

// dataDir finds testdata/abuse from the working directory: the module
// root or a directory under it (go generate runs in abuse/).
func dataDir() (string, error) {
	for _, d := range []string{"testdata/abuse", "../testdata/abuse", "../../testdata/abuse", "../../../testdata/abuse"} {
		if _, err := os.Stat(d + "/labelled.tsv"); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("train: no testdata/abuse here or above; give -data")
}

// The false alarms the threshold may cost, on the development split.
// A false « abusive » accuses a person, so the scorer may flag, in each
// group of innocent dev messages (every non-hateful HateCheck
// functionality, political.tsv's criticism, pressure and reported
// abuse, threats.tsv's look-alikes, prose.tsv, the normal tweets of the
// balanced dev tweets), at most what the lexicon alone flags there plus
// maxExtraFPR of the group's messages, rounded down (so at most one more
// in a group of 50 to 99, none in a smaller one); in prose, at most
// maxProseFPR, the target.
const (
	maxExtraFPR = 0.02
	maxProseFPR = 0.01
)

// innocent is a group of innocent dev messages of a set, by
// functionality or kind, and how many of them the lexicon alone flags.
type innocent struct {
	set, name string
	rs        []reading
	lex       int
}

// choose returns the threshold of the abusive head, in steps of 0.01,
// under the rule of maxExtraFPR: the lowest threshold from which every
// higher one keeps within the rule (so that a lucky step does not pass
// for a safe one), and the one that maximizes the F1 of the balanced dev
// tweets plus the mean accuracy by functionality of the dev HateCheck
// cases above it. When no threshold keeps within the rule, it returns 1:
// the model then never decides alone, and the scorer is the lexicon with
// the model's score beside it. The decision is the scorer's
// (linear.Model.Verdict). It prints the dev curve and which group, if
// any, stops each threshold.
func choose(w io.Writer, c *corpus, m *linear.Model) float64 {
	read := func(exs []dataset.Example) []reading {
		out := make([]reading, len(exs))
		for i, e := range exs {
			rd := linear.Read(e.Text)
			out[i] = reading{Example: e, rd: rd, p: m.Heads[0].Prob(rd.Features)}
		}
		return out
	}
	tw := read(dataset.Balanced(c.tweets, dataset.Dev))
	hc := read(eval.InSplit(c.hatecheck, dataset.Dev))
	groups := innocentGroups("tweets", tw, nil)
	groups = innocentGroups("hatecheck", hc, groups)
	var threats []reading
	for _, p := range c.project {
		rs := read(eval.InSplit(p.exs, dataset.Dev))
		if p.name == "threats" {
			threats = rs
		}
		groups = innocentGroups(p.name, rs, groups)
	}
	// stops names the first group the threshold th flags too much of.
	stops := func(th float64) string {
		for _, g := range groups {
			fp, _ := eval.FalsePositives(judge(m, g.rs, th))
			limit := g.lex + int(maxExtraFPR*float64(fp.N))
			if g.set == "prose" {
				limit = min(limit, int(maxProseFPR*float64(fp.N)))
			}
			if fp.Hits > limit {
				return fmt.Sprintf("%s %d/%d", g.name, fp.Hits, fp.N)
			}
		}
		return ""
	}
	fmt.Fprintln(w, "| threshold | dev tweets precision | recall | F1 | HateCheck mean accuracy by functionality | threats.tsv recall | the group it flags too much of |\n|---|---|---|---|---|---|---|")
	var steps []step
	for k := 99; k >= 5; k-- {
		th := float64(k) / 100
		st := step{th: th, stop: stops(th)}
		f, acc := eval.Measure(judge(m, tw, th)).Verdict, meanAccuracy(judge(m, hc, th))
		st.value = f.F1() + acc
		steps = append(steps, st)
		if k%5 == 0 || st.stop != "" && safeFrom(steps) == len(steps)-1 {
			fmt.Fprintf(w, "| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |\n", th, f.Precision(), f.Recall(), f.F1(), acc,
				eval.ThreatRecall(judge(m, threats, th)).Found.Value(), st.stop)
		}
	}
	best, ok := pick(steps)
	if !ok {
		fmt.Fprintln(w, "chosen 1: no threshold keeps within the rule; the model never decides alone")
		return 1
	}
	f := eval.Measure(judge(m, tw, best))
	fmt.Fprintf(w, "chosen %.2f: tweets P %.3f R %.3f F1 %.3f AUC(model) %.3f, HateCheck mean accuracy by functionality %.3f\n",
		best, f.Verdict.Precision(), f.Verdict.Recall(), f.Verdict.F1(), f.AUC, meanAccuracy(judge(m, hc, best)))
	return best
}

// innocentGroups appends to dst the groups of innocent messages of rs,
// a dev part of set: one per functionality or kind, with how many of
// each the lexicon flags.
func innocentGroups(set string, rs []reading, dst []innocent) []innocent {
	byName := map[string]int{}
	for _, r := range rs {
		if r.Abusive {
			continue
		}
		i, ok := byName[r.Functionality]
		if !ok {
			i = len(dst)
			byName[r.Functionality] = i
			name := set
			if r.Functionality != "" {
				name += "/" + r.Functionality
			}
			dst = append(dst, innocent{set: set, name: name})
		}
		dst[i].rs = append(dst[i].rs, r)
		if r.rd.Uttered {
			dst[i].lex++
		}
	}
	return dst
}

// step is one threshold of the dev curve: what stops it (the group of
// innocent messages it flags too much of; "" when none) and the value
// choose maximizes.
type step struct {
	th    float64
	stop  string
	value float64
}

// safeFrom returns the number of steps, from the first (the highest
// threshold), that no group stops: the thresholds of the safe region.
func safeFrom(steps []step) int {
	for i, s := range steps {
		if s.stop != "" {
			return i
		}
	}
	return len(steps)
}

// pick returns the threshold of highest value among the safe region of
// steps (ordered from the highest threshold down: a step below one that
// is stopped is never safe, however lucky), the highest threshold on a
// tie; false when the region is empty.
func pick(steps []step) (float64, bool) {
	n := safeFrom(steps)
	if n == 0 {
		return 1, false
	}
	best := steps[0]
	for _, s := range steps[1:n] {
		if s.value > best.value {
			best = s
		}
	}
	return best.th, true
}
