package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

// normalizeOutput is the JSON line for one input.
type normalizeOutput struct {
	Line       int          `json:"line"`
	Profile    string       `json:"profile"`
	Text       string       `json:"text"`
	Normalized string       `json:"normalized"`
	Changes    []changeJSON `json:"changes"`
	Tokens     []tokenJSON  `json:"tokens"`
	Kinds      []string     `json:"kinds"`
}

type changeJSON struct {
	Kinds        []string       `json:"kinds"`
	Original     string         `json:"original"`
	Normalized   string         `json:"normalized"`
	Span         normalize.Span `json:"span"`
	OriginalSpan normalize.Span `json:"original_span"`
}

type tokenJSON struct {
	Text         string         `json:"text"`
	Kind         string         `json:"kind"`
	Span         normalize.Span `json:"span"`
	OriginalSpan normalize.Span `json:"original_span"`
	Elided       bool           `json:"elided,omitempty"`
}

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
		t := p.Normalize(text)
		if !*asJSON {
			_, err := fmt.Fprintln(out, t.String())
			return err
		}
		o := normalizeOutput{Line: line, Profile: p.Name(), Text: text, Normalized: t.String(),
			Changes: []changeJSON{}, Tokens: []tokenJSON{}, Kinds: t.Kinds().Names()}
		if o.Kinds == nil {
			o.Kinds = []string{}
		}
		for _, c := range t.Changes() {
			o.Changes = append(o.Changes, changeJSON{Kinds: c.Kind.Names(), Original: c.Original, Normalized: c.Normalized,
				Span: normalize.Span{Start: c.Start, End: c.End}, OriginalSpan: normalize.Span{Start: c.OrigStart, End: c.OrigEnd}})
		}
		for _, tok := range t.Tokens() {
			o.Tokens = append(o.Tokens, tokenJSON{Text: tok.Text, Kind: tok.Kind.String(), Span: normalize.Span{Start: tok.Start, End: tok.End},
				OriginalSpan: normalize.Span{Start: tok.OrigStart, End: tok.OrigEnd}, Elided: tok.Elided})
		}
		return enc.Encode(o)
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
