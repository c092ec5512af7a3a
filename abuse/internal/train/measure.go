package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/abuse/internal/dataset"
	"github.com/guillemet/guillemet/abuse/internal/eval"
)

// evalSet is a set the classifiers are measured on.
type evalSet struct {
	name string
	exs  []dataset.Example
}

// sets returns the sets of split s: the balanced tweets, the HateCheck
// cases, the project's threats, political and prose sets (their part of
// split s), and labelled.tsv and heldout.tsv whole.
func (c *corpus) sets(s dataset.Split) []evalSet {
	out := []evalSet{
		{"MLMA tweets, " + s.String() + ", balanced", dataset.Balanced(c.tweets, s)},
		{"HateCheck French, " + s.String(), eval.InSplit(c.hatecheck, s)},
	}
	for _, p := range c.project {
		out = append(out, evalSet{p.name + ".tsv, " + s.String(), eval.InSplit(p.exs, s)})
	}
	for _, l := range []struct {
		name string
		exs  []example
	}{{"labelled.tsv (trained on)", c.labelled}, {"heldout.tsv", c.heldout}} {
		set := evalSet{name: l.name}
		for _, e := range l.exs {
			set.exs = append(set.exs, dataset.Example{ID: e.text, Text: e.text, Abusive: e.y[0] == 1})
		}
		out = append(out, set)
	}
	return out
}

// readProject reads the project's evaluation sets of dir (eval.ReadSet).
func readProject(dir string) ([]evalSet, error) {
	var out []evalSet
	for _, name := range []string{"threats", "political", "prose"} {
		exs, err := eval.ReadSet(filepath.Join(dir, name+".tsv"))
		if err != nil {
			return nil, err
		}
		out = append(out, evalSet{name, exs})
	}
	return out, nil
}

// report writes the figures of the lexicon and of the embedded model on
// split s (the tables of abuse/QUALITY.md, "The learned scorer"): every
// set's figures, the model's precision–recall curve on the tweets, the
// threat recall and false-positive rates, and the accuracy by
// functionality or kind of both side by side.
func report(w io.Writer, c *corpus, s dataset.Split) error {
	type classifier struct {
		name string
		c    abuse.Classifier
	}
	clfs := []classifier{{"lexicon", abuse.New()}, {"model", abuse.NewModel()}}
	var rows []eval.Named
	var rates []eval.NamedRate
	var tables, curve strings.Builder
	for _, set := range c.sets(s) {
		var fns [2][]eval.Functionality
		for i, clf := range clfs {
			scored, err := eval.Classify(context.Background(), clf.c, set.exs)
			if err != nil {
				return err
			}
			f := eval.Measure(scored)
			rows = append(rows, eval.Named{Name: clf.name + ": " + set.name, Figures: f})
			if th := eval.ThreatRecall(scored); th.Found.N > 0 {
				rates = append(rates, eval.NamedRate{Name: clf.name + ": " + set.name + ", threats found abusive", Rate: th.Found},
					eval.NamedRate{Name: clf.name + ": " + set.name + ", threats found as threat", Rate: th.AsThreat})
			}
			fp, _ := eval.FalsePositives(scored)
			rates = append(rates, eval.NamedRate{Name: clf.name + ": " + set.name + ", false positives", Rate: fp})
			if i == 1 && strings.HasPrefix(set.name, "MLMA") {
				fmt.Fprintf(&curve, "\nThe model's precision–recall curve on the %s:\n\n", set.name)
				eval.WriteCurve(&curve, f)
			}
			fns[i] = eval.ByFunctionality(scored)
		}
		if len(fns[0]) == 0 {
			continue
		}
		fmt.Fprintf(&tables, "\n%s, by functionality or kind:\n\n| functionality | gold label | n | lexicon | model |\n|---|---|---|---|---|\n", set.name)
		for k, fn := range fns[0] {
			fmt.Fprintf(&tables, "| `%s` | %s | %d | %.3f | %.3f |\n", fn.Name, fn.Gold, fn.Correct.N, fn.Correct.Value(), fns[1][k].Correct.Value())
		}
	}
	if err := eval.WriteFigures(w, rows); err != nil {
		return err
	}
	io.WriteString(w, "\n")
	if err := eval.WriteRates(w, rates); err != nil {
		return err
	}
	_, err := io.WriteString(w, curve.String()+tables.String())
	return err
}
