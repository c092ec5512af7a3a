package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/report"
)

// runNormalize implements "guillemet normalize": standard input to
// standard output. By default each input line is one text, so that the
// output lines stand beside the input lines; --whole reads the input as
// one text (and joins words cut at line ends).
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("normalize", stderr)
	profile := fs.String("profile", "match", "`display` (repair, keep typography) or match (the comparison key)")
	asJSON := fs.Bool("json", false, "print one JSON object per input line, with changes and tokens")
	whole := fs.Bool("whole", false, "read standard input as one text instead of one text per line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet normalize [--profile match|display] [--json] [--whole] < text")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	var p *normalize.Profile
	switch *profile {
	case "match":
		p = normalize.Match
	case "display":
		p = normalize.Display
	default:
		return usagef("--profile must be match or display, not %q", *profile)
	}

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	emit := func(line int, text string) error {
		if !*asJSON {
			_, err := fmt.Fprintln(out, p.Normalize(text).String())
			return err
		}
		return enc.Encode(report.Normalize(p, line, text))
	}

	r := bufio.NewReaderSize(stdin, 64<<10)
	if *whole {
		data, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		return emit(1, string(data))
	}
	for line := 1; ; line++ {
		s, err := r.ReadString('\n')
		if len(s) > 0 {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
			if werr := emit(line, s); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading standard input, line %d: %w", line, err)
		}
	}
}
