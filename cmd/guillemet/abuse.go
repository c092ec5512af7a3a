package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/report"
)

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
	t := report.NewText(&buf, language.French)
	switch {
	case in.bad != nil && asJSON:
		ans.err = enc.Encode(report.RejectedJSON{ID: in.id, Line: in.line, Error: in.bad.en})
	case in.bad != nil:
		t.AbuseRejected(in.id, in.line, in.bad.fr)
	default:
		r, err := abuse.Default.Classify(ctx, in.text)
		switch {
		case err != nil:
			ans.err = err
		case asJSON:
			ans.err = enc.Encode(report.Abuse(in.id, r))
		default:
			t.Abuse(in.id, in.text, r)
		}
	}
	if ans.err == nil {
		ans.err = t.Err()
	}
	ans.out = buf.Bytes()
	return ans
}
