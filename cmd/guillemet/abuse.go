package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/guillemet/guillemet/abuse"
)

// abuseOutput is the JSON line for one text (CONTRACT §4 abuse). The
// contract's fields come first and are always present. Added to them:
// "severity", always present ("none" when the text is not abusive, else
// "harsh", "insulting", "degrading" or "violent"), on the line and on
// each span (a reported span keeps the severity of what it reports);
// "reported", on the line and on each span, when the text quotes or
// reports abuse instead of uttering it.
type abuseOutput struct {
	ID         string           `json:"id"`
	Abusive    bool             `json:"abusive"`
	Score      float64          `json:"score"`
	Categories []abuse.Category `json:"categories"`
	Spans      []abuseSpanJSON  `json:"spans"`
	Severity   abuse.Severity   `json:"severity"`
	Reported   bool             `json:"reported,omitempty"`
}

type abuseSpanJSON struct {
	Start    int            `json:"start"`
	End      int            `json:"end"`
	Category abuse.Category `json:"category"`
	Severity abuse.Severity `json:"severity"`
	Reported bool           `json:"reported,omitempty"`
}

// runAbuse implements "guillemet abuse (--text TEXT | --in FILE|-)".
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
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet abuse (--text TEXT | --in FILE|-) [--json] [--strict]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
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
			return classifyText(ctx, t, *asJSON, *in)
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
// French reason in the report, and is named as a line of file.
func classifyText(ctx context.Context, in textInput, asJSON bool, file string) answer {
	var ans answer
	if in.bad != nil {
		ans.rejected = fmt.Sprintf("%s:%d: %s", file, in.line, in.bad)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	w := &reportWriter{w: &buf}
	switch {
	case in.bad != nil && asJSON:
		ans.err = enc.Encode(rejectedJSON{ID: in.id, Line: in.line, Error: in.bad.en})
	case in.bad != nil:
		w.line(fmt.Sprintf("[%s] ligne %d rejetée : %s", in.id, in.line, in.bad.fr))
	default:
		r, err := abuse.Default.Classify(ctx, in.text)
		switch {
		case err != nil:
			ans.err = err
		case asJSON:
			ans.err = enc.Encode(toAbuseJSON(in.id, r))
		default:
			showAbuse(w, in, r)
		}
	}
	if ans.err == nil {
		ans.err = w.err
	}
	ans.out = buf.Bytes()
	return ans
}

func toAbuseJSON(id string, r abuse.Result) abuseOutput {
	o := abuseOutput{ID: id, Abusive: r.Abusive, Score: r.Score, Categories: r.Categories,
		Spans: []abuseSpanJSON{}, Severity: r.Severity, Reported: r.Reported}
	if o.Categories == nil {
		o.Categories = []abuse.Category{}
	}
	for _, s := range r.Spans {
		o.Spans = append(o.Spans, abuseSpanJSON{Start: s.Span.Start, End: s.Span.End, Category: s.Category, Severity: s.Severity, Reported: s.Reported})
	}
	return o
}

// showAbuse writes the readable report of one text. Scores are printed
// as verify prints them, with a point (0.80); the severity follows the
// categories, and each span's after its offsets. A classifier that does
// not grade severity gets no "gravité".
func showAbuse(w *reportWriter, in textInput, r abuse.Result) {
	verdict := "non injurieux"
	if r.Abusive {
		verdict = "injurieux"
	}
	head := fmt.Sprintf("[%s] %s — score %.2f", in.id, verdict, r.Score)
	if len(r.Categories) > 0 {
		head += " — " + abuse.FrenchList(r.Categories)
	}
	if r.Severity != abuse.NoSeverity {
		head += " — gravité : " + r.Severity.French()
	}
	if r.Reported && !r.Abusive {
		head += " — propos rapportés ou cités"
	}
	w.line(head)
	w.line("    « " + abuseLine(in.text) + " »")
	for _, s := range r.Spans {
		note := ""
		if s.Reported {
			note = ", rapporté"
		}
		sev := ""
		if s.Severity != abuse.NoSeverity {
			sev = " — gravité : " + s.Severity.French()
		}
		w.line(fmt.Sprintf("    · %s%s : « %s » [%d,%d)%s", s.Category.French(), note, abuseLine(in.text[s.Span.Start:s.Span.End]), s.Span.Start, s.Span.End, sev))
	}
}

// abuseLine puts a text on one line for the report, cut at 200
// characters.
func abuseLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		return string(r[:199]) + "…"
	}
	return s
}
