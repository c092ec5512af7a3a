package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/htmlreport"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
	"github.com/guillemet/guillemet/report"
)

// verifyInput is one quote to verify.
type verifyInput struct {
	id, text string
	speaker  string // from --article
	// author is the author the caller names (--author, or the --quotes
	// line's "author"); empty when none is named.
	author string
	line   int         // --quotes: the input line, from 1
	bad    *inputError // the line could not be read
}

// runVerify implements "guillemet verify".
//
// The quotes are answered on every core (see ordered) and printed in
// input order as they are ready. With --quotes, the input file is opened
// and checked before the archive loads, so that a missing file or plain
// text fails at once; then each line is read, answered and printed in
// turn, in memory bounded whatever the file's length.
func runVerify(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("verify", stderr)
	af := addArchiveFlags(fs, "quote", "archive record or quote")
	archives, asJSON, stats, strict := af.paths, af.json, af.stats, af.strict
	one := fs.String("quote", "", "one quote `TEXT` to verify")
	many := fs.String("quotes", "", "JSON Lines of {\"id\",\"text\"} (`FILE`, or - for standard input); a line's \"author\" names its author")
	article := fs.String("article", "", "an article (`FILE`, or -): verify every quotation in it")
	author := fs.String("author", "", "the author the quotes are attributed to (`HANDLE`, or \"Name (@handle)\"): among posts with the same words, the source is theirs")
	rf := addReviewFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet verify (--archive PATH... [--tz ZONE] | --index FILE | --db URL) (--quote TEXT | --quotes FILE|- | --article FILE|-) [--author HANDLE] [--json | --claimreview --org NAME [--org-url URL] [--published TIME]] [--stats] [--strict] [--html FILE]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if err := checkArchiveFlags(*archives, *af.index, *af.db); err != nil {
		return err
	}
	switch n := btoi(set["quote"]) + btoi(set["quotes"]) + btoi(set["article"]); {
	case n == 0:
		return usagef("one of --quote TEXT, --quotes FILE|- or --article FILE|- is required")
	case n > 1:
		return usagef("give only one of --quote, --quotes or --article")
	case set["quote"] && strings.TrimSpace(*one) == "":
		return usagef("--quote is empty: give the text of the quote to verify")
	case set["quotes"] && *many == "":
		return usagef("--quotes needs a file name, or - for standard input")
	case set["article"] && *article == "":
		return usagef("--article needs a file name, or - for standard input")
	case set["author"] && provenance.ParseAuthor(*author).IsZero():
		return usagef("--author %q names nobody: give a handle (@name) or \"Name (@handle)\"", *author)
	case *af.html == "-":
		return usagef("%v", errHTMLStdout)
	}
	review, err := rf.options(*asJSON, time.Now())
	if err != nil {
		return err
	}

	// The inputs, read before the archive loads.
	var next func() (verifyInput, bool, error)
	var where func(verifyInput) string // names an input on stderr
	switch {
	case set["quotes"]:
		r, closeInput, err := openInput(*many, stdin)
		if err != nil {
			return err
		}
		defer closeInput()
		tr := newTextReader(*many, r)
		if err := tr.sniff(); err != nil {
			return err
		}
		next = func() (verifyInput, bool, error) {
			t, ok, err := tr.next()
			in := verifyInput{id: t.id, text: t.text, author: *author, line: t.line, bad: t.bad}
			if !provenance.ParseAuthor(t.author).IsZero() {
				in.author = t.author
			}
			return in, ok, err
		}
		where = func(in verifyInput) string { return fmt.Sprintf("%s:%d", *many, in.line) }
	case set["quote"]:
		next = sliceInputs([]verifyInput{{id: "q1", text: *one, author: *author}})
		where = func(verifyInput) string { return "--quote" }
	default:
		text, err := readArticle(*article, stdin)
		if err != nil {
			return err
		}
		var inputs []verifyInput
		for i, q := range quote.Extract(text) {
			inputs = append(inputs, verifyInput{id: "q" + strconv.Itoa(i+1), text: q.Text, speaker: q.Speaker, author: *author})
		}
		if len(inputs) == 0 {
			fmt.Fprintf(stderr, "guillemet verify: %s: no quotation found in the article\n", *article)
		}
		next = sliceInputs(inputs)
		where = func(in verifyInput) string { return fmt.Sprintf("%s: quotation %s", *article, in.id) }
	}

	page, err := openHTML(*af.html)
	if err != nil {
		return err
	}
	defer page.abandon()
	var judged []htmlreport.VerifyItem
	keep := func(it htmlreport.VerifyItem) { judged = append(judged, it) }
	if page == nil {
		keep = nil
	}

	ctx := context.Background()
	mem, st, release, err := openArchive(ctx, "verify", *archives, af.tz.loc, *af.index, *af.db, *strict, stderr)
	if err != nil {
		return err
	}
	defer release()

	answered, rejected, err := answerAll(ctx, "verify", stdout, stderr, *asJSON || review != nil, st, next,
		func(ctx context.Context, in verifyInput) answer {
			return answerQuote(ctx, mem, in, *asJSON, review, where, keep)
		})
	if err != nil {
		return err
	}
	if err := page.write(func(w io.Writer) error { return htmlreport.Verify(w, judged, htmlreport.Options{}) }); err != nil {
		return err
	}
	if !set["quote"] {
		fmt.Fprintf(stderr, "guillemet verify: answered %d quotes from %s (%d rejected)\n", answered, *many+*article, rejected)
	}
	if *stats {
		fmt.Fprintf(stderr, "%s\n", st.Line())
	}
	if *strict && rejected > 0 {
		return fmt.Errorf("--strict: %d of %d quotes rejected (named above)", rejected, answered)
	}
	return nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sliceInputs returns the inputs one by one, in the form ordered reads.
func sliceInputs(ins []verifyInput) func() (verifyInput, bool, error) {
	return func() (verifyInput, bool, error) {
		if len(ins) == 0 {
			return verifyInput{}, false, nil
		}
		in := ins[0]
		ins = ins[1:]
		return in, true, nil
	}
}

// answerQuote links one input and prints its answer: its JSON line, its
// fact check (review, with --claimreview) or its report; where names the
// input on stderr when it is rejected. keep, when not nil, is given the
// answer for --html, in input order.
func answerQuote(ctx context.Context, a provenance.Archive, in verifyInput, asJSON bool, review *claimreview.Options,
	where func(verifyInput) string, keep func(htmlreport.VerifyItem)) answer {
	var ans answer
	bad := in.bad
	var res *provenance.Result
	var linkErr error
	if bad == nil {
		t0 := time.Now()
		res, linkErr = provenance.Link(ctx, a, in.text, &provenance.Options{Author: in.author})
		ans.took = time.Since(t0)
		if linkErr != nil {
			if bad = quoteRejection(linkErr); bad == nil {
				ans.err = linkErr
				return ans
			}
		}
	}
	q := report.Quote{ID: in.id, Line: in.line, Speaker: in.speaker}
	if keep != nil {
		item := htmlreport.VerifyItem{Result: res, Quote: q, Text: in.text}
		switch {
		case linkErr != nil:
			item.Result, item.Err = nil, linkErr
		case bad != nil:
			item.Err = errors.New(bad.fr)
		}
		ans.kept = func() { keep(item) }
	}
	var buf bytes.Buffer
	switch {
	case (asJSON || review != nil) && bad != nil:
		ans.err = report.WriteLine(&buf, report.RejectedJSON{ID: in.id, Line: in.line, Error: bad.en})
	case review != nil:
		var cr *claimreview.ClaimReview
		if cr, ans.err = claimreview.Verify(res, in.text, *review); ans.err == nil {
			ans.err = writeReview(&buf, cr)
		}
	case asJSON:
		ans.err = report.WriteLine(&buf, report.Verify(res, q))
	default:
		t := report.NewText(&buf, language.French)
		if bad != nil {
			t.Rejected(q, in.text, bad.fr)
		} else {
			t.Verify(res, q)
		}
	}
	if bad != nil {
		ans.rejected = where(in) + ": " + bad.Error()
	}
	ans.out = buf.Bytes()
	return ans
}

// quoteRejection returns the rejection of a quote Link cannot judge (no
// word, too long), nil for other errors.
func quoteRejection(err error) *inputError {
	if fr, ok := report.QuoteReason(err, language.French); ok {
		return &inputError{err.Error(), fr}
	}
	return nil
}
