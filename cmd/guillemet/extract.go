package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/guillemet/guillemet/quote"
)

// extractOutput is the JSON line for one quotation (CONTRACT §4
// extract). The first five fields are the contract's; the others are
// added when they say something.
type extractOutput struct {
	Text        string       `json:"text"`
	Start       int          `json:"start"`
	End         int          `json:"end"`
	Speaker     string       `json:"speaker"`
	Attribution string       `json:"attribution"`
	Kind        string       `json:"kind"`
	Short       bool         `json:"short,omitempty"`
	Parts       []quote.Span `json:"parts,omitempty"`
	Handle      string       `json:"handle,omitempty"`
	Date        string       `json:"date,omitempty"`
}

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
			o := extractOutput{Text: q.Text, Start: q.Start, End: q.End, Speaker: q.Speaker,
				Attribution: q.Attribution, Kind: q.Kind.String(), Short: q.Short, Handle: q.Handle, Date: q.Date}
			if len(q.Parts) > 1 {
				o.Parts = q.Parts
			}
			if err := enc.Encode(o); err != nil {
				return err
			}
		}
		return nil
	}
	if len(qs) == 0 {
		fmt.Fprintln(stdout, "Aucune citation trouvée.")
		return nil
	}
	for i, q := range qs {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "locuteur inconnu"
		}
		var notes []string
		if q.Kind == quote.Embedded {
			notes = append(notes, fmt.Sprintf("post intégré de @%s du %s", q.Handle, q.Date))
		}
		if q.Short {
			notes = append(notes, "courte")
		}
		if len(q.Parts) > 1 {
			notes = append(notes, fmt.Sprintf("%d parties", len(q.Parts)))
		}
		if q.Attribution == "" && q.Kind != quote.Embedded {
			notes = append(notes, "locuteur déduit du contexte")
		}
		note := ""
		if len(notes) > 0 {
			note = " (" + strings.Join(notes, ", ") + ")"
		}
		fmt.Fprintf(stdout, "%d. [%d,%d) %s%s\n   « %s »\n", i+1, q.Start, q.End, speaker, note, strings.ReplaceAll(q.Text, "\n", "\n     "))
	}
	return nil
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
