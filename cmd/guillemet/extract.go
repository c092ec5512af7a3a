package main

import (
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/quote"
	"github.com/guillemet/guillemet/report"
)

// maxArticleBytes bounds what extract reads: an article, not a corpus.
const maxArticleBytes = 16 << 20

// runExtract implements "guillemet extract --in FILE|-".
func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", stderr)
	in := fs.String("in", "", "article text to read (`FILE`, or - for standard input)")
	asJSON := fs.Bool("json", false, "print one JSON object per quotation")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet extract --in FILE|- [--json]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *in == "" {
		return usagef("--in is required (a file, or - for standard input)")
	}
	text, err := readArticle(*in, stdin)
	if err != nil {
		return err
	}
	if !utf8.ValidString(text) {
		fmt.Fprintf(stderr, "guillemet extract: %s: not valid UTF-8; invalid bytes are read as U+FFFD, offsets still count the original bytes\n", *in)
	}
	qs := quote.Extract(text)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, q := range qs {
			if err := enc.Encode(report.Extract(q)); err != nil {
				return err
			}
		}
		return nil
	}
	t := report.NewText(stdout, language.French)
	t.Extract(qs)
	return t.Err()
}

// readArticle reads FILE, or standard input for "-", up to
// maxArticleBytes.
func readArticle(name string, stdin io.Reader) (string, error) {
	r, closeInput, err := openInput(name, stdin)
	if err != nil {
		return "", err
	}
	defer closeInput()
	b, err := io.ReadAll(io.LimitReader(r, maxArticleBytes+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxArticleBytes {
		return "", fmt.Errorf("%s: larger than %d MB; extract reads one article at a time", name, maxArticleBytes>>20)
	}
	return string(b), nil
}
