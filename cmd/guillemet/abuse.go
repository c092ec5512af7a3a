package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/report"
)

// runAbuse implements "guillemet abuse (--text TEXT | --in FILE|-)
// [--json] [--strict] [--explain[=N]]".
// Texts are read one line at a time and classified on every core; the
// answers are written in input order as soon as they are ready, one per
// input line (a rejected line keeps its place), in memory bounded
// whatever the input's length.
func runAbuse(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("abuse", stderr)
	text := fs.String("text", "", "classify `TEXT` (its id is \"1\")")
	in := fs.String("in", "", "classify the texts of `FILE` (JSON Lines {\"id\",\"text\"}; - for standard input)")
	asJSON := fs.Bool("json", false, "print one JSON object per text")
	strict := fs.Bool("strict", false, "exit 1 if any input line is rejected")
	var explain explainFlag
	fs.Var(&explain, "explain", "after each text, the features that pushed the learned score most up and most down: 10 a side, or N with --explain=N")
	lexicon := fs.Bool("lexicon", false, "classify with the lexicon alone, not the learned scorer")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet abuse (--text TEXT | --in FILE|-) [--json] [--strict] [--explain[=N]] [--lexicon]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		if _, numErr := strconv.Atoi(fs.Arg(0)); explain > 0 && numErr == nil {
			return usagef("--explain takes its count after an equals sign: --explain=%s", fs.Arg(0))
		}
		return err
	}
	textSet, inSet := false, false
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "text":
			textSet = true
		case "in":
			inSet = true
		}
	})
	switch {
	case textSet && inSet:
		return usagef("give --text or --in, not both")
	case !textSet && !inSet:
		return usagef("one of --text TEXT or --in FILE|- is required")
	case inSet && *in == "":
		return usagef("--in needs a file name, or - for standard input")
	}
	var next func() (textInput, bool, error)
	if textSet {
		done := false
		next = func() (textInput, bool, error) {
			if done {
				return textInput{}, false, nil
			}
			done = true
			return textInput{id: "1", text: *text}, true, nil
		}
	} else {
		f, closeInput, err := openInput(*in, stdin)
		if err != nil {
			return err
		}
		defer closeInput()
		tr := newTextReader(*in, f)
		if err := tr.sniff(); err != nil {
			return err
		}
		next = tr.next
	}
	answered, rejected, err := answerAll(context.Background(), "abuse", stdout, stderr, *asJSON, nil, next,
		func(ctx context.Context, t textInput) answer {
			return classifyText(ctx, classifier(*lexicon), t, *asJSON, *in, int(explain))
		})
	if err != nil {
		return err
	}
	if inSet {
		fmt.Fprintf(stderr, "guillemet abuse: read %d texts from %s (%d rejected)\n", answered-rejected, *in, rejected)
	}
	if *strict && rejected > 0 {
		return fmt.Errorf("--strict: %d of %d lines rejected (named above)", rejected, answered)
	}
	return nil
}

// classifyText classifies one text and prints its answer: its JSON line
// or its report; a rejected line prints {"id","line","error"}, or its
// French reason in the report, and is named as a line of file. With
// explain > 0, the answer says which explain features carried the
// learned score, or that the classifier has none.
func classifyText(ctx context.Context, c abuse.Classifier, in textInput, asJSON bool, file string, explain int) answer {
	var ans answer
	if in.bad != nil {
		ans.rejected = fmt.Sprintf("%s:%d: %s", file, in.line, in.bad)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	t := report.NewText(&buf, language.French)
	switch {
	case in.bad != nil && asJSON:
		ans.err = enc.Encode(report.RejectedJSON{ID: in.id, Line: in.line, Error: in.bad.en})
	case in.bad != nil:
		t.AbuseRejected(in.id, in.line, in.bad.fr)
	default:
		r, e, err := classify(ctx, c, in.text, explain)
		switch {
		case err != nil:
			ans.err = err
		case asJSON:
			o := report.Abuse(in.id, r)
			if explain > 0 {
				o.Explain = report.AbuseNotLearned()
				if e != nil {
					o.Explain = report.AbuseExplain(*e)
				}
			}
			ans.err = enc.Encode(o)
		default:
			t.Abuse(in.id, in.text, r)
			switch {
			case e != nil:
				t.AbuseExplain(*e)
			case explain > 0:
				t.AbuseNotLearned()
			}
		}
	}
	if ans.err == nil {
		ans.err = t.Err()
	}
	ans.out = buf.Bytes()
	return ans
}

// classify classifies text with c and, when explain > 0 and c is the
// learned model, explains its score with the explain features that
// pushed it most up and most down (e is nil otherwise).
func classify(ctx context.Context, c abuse.Classifier, text string, explain int) (r abuse.Result, e *abuse.Explanation, err error) {
	m, learned := c.(*abuse.Model)
	if explain <= 0 || !learned {
		r, err = c.Classify(ctx, text)
		return r, nil, err
	}
	x, err := m.Explain(ctx, text, explain)
	if err != nil {
		return abuse.Result{}, nil, err
	}
	return x.Result, &x, nil
}

// explainFlag is --explain: a flag that stands alone (10 features a
// side) or takes a count, --explain=N; 0 when it is not given.
type explainFlag int

// defaultExplain is how many features a side --explain shows.
const defaultExplain = 10

// String implements flag.Value: the count.
func (f *explainFlag) String() string { return strconv.Itoa(int(*f)) }

// IsBoolFlag lets --explain stand alone, as a boolean flag does.
func (f *explainFlag) IsBoolFlag() bool { return true }

// Set implements flag.Value: "true" (the flag alone) is the default
// count, "false" none, else a count from 1.
func (f *explainFlag) Set(s string) error {
	switch s {
	case "true":
		*f = defaultExplain
		return nil
	case "false":
		*f = 0
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return fmt.Errorf("--explain=N takes a whole number from 1 (--explain alone shows %d)", defaultExplain)
	}
	*f = explainFlag(n)
	return nil
}
