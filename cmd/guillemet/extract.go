package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
)

// extractOutput is the JSON line for one quotation (CONTRACT §4
// extract). The first five fields are the contract's; the others are
// added: speaker_basis always, the rest when they say something.
type extractOutput struct {
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Speaker     string `json:"speaker"`
	Attribution string `json:"attribution"`
	// SpeakerBasis is how the speaker was found: "named" beside the
	// quotation, "pronoun" resolved, "continued" from the quotation
	// before in the same sentence, or "unknown" (speaker empty).
	SpeakerBasis string           `json:"speaker_basis"`
	Kind         string           `json:"kind"`
	Short        bool             `json:"short,omitempty"`
	Parts        []normalize.Span `json:"parts,omitempty"`
	Handle       string           `json:"handle,omitempty"`
	Date         string           `json:"date,omitempty"`
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
			o := extractOutput{Text: q.Text, Start: q.Span.Start, End: q.Span.End, Speaker: q.Speaker, Attribution: q.Attribution,
				SpeakerBasis: q.Basis.String(), Kind: q.Kind.String(), Short: q.Short, Handle: q.Handle, Date: q.Date}
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
		var notes []string
		if q.Short {
			notes = append(notes, "courte")
		}
		if len(q.Parts) > 1 {
			notes = append(notes, fmt.Sprintf("%d parties", len(q.Parts)))
		}
		note := ""
		if len(notes) > 0 {
			note = " (" + strings.Join(notes, ", ") + ")"
		}
		fmt.Fprintf(stdout, "%d. [%d,%d) %s%s\n   « %s »\n", i+1, q.Span.Start, q.Span.End, speakerLine(q, i), note,
			strings.ReplaceAll(q.Text, "\n", "\n     "))
	}
	return nil
}

// speakerLine says who speaks and how the article tells it: named beside
// the quotation, the author of an embedded post, a pronoun resolved, the
// same sentence as the quotation before, or « locuteur inconnu ».
func speakerLine(q quote.Quotation, i int) string {
	switch q.Basis {
	case quote.SpeakerNamed:
		if q.Kind == quote.Embedded {
			return fmt.Sprintf("%s — auteur du post intégré @%s du %s", q.Speaker, q.Handle, q.Date)
		}
		return fmt.Sprintf("%s — nommé à côté de la citation : « %s »", q.Speaker, q.Attribution)
	case quote.SpeakerPronoun:
		return fmt.Sprintf("%s — pronom résolu : « %s »", q.Speaker, q.Attribution)
	case quote.SpeakerContinued:
		return fmt.Sprintf("%s — même phrase que la citation %d", q.Speaker, i)
	}
	if q.Attribution != "" {
		return fmt.Sprintf("locuteur inconnu — « %s » ne dit pas qui parle", q.Attribution)
	}
	return "locuteur inconnu — l'article ne dit pas qui parle"
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
