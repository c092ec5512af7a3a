package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/htmlreport"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

// runMontage implements "guillemet montage". Composites are read one
// record at a time and judged on every core; answers are written in input
// order as soon as they are ready, one per record: a rejected composite
// keeps its place ({"id","line","error"} with --json), so that a script
// pairs every answer with its input.
func runMontage(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("montage", stderr)
	af := addArchiveFlags(fs, "composite", "archive record or composite")
	archives, asJSON, stats, strict := af.paths, af.json, af.stats, af.strict
	composite := fs.String("composite", "", "composite (`FILE`, or - for standard input): one object, or JSON Lines of composites")
	lexicon := fs.Bool("lexicon", false, "judge abuse with the lexicon alone, not the learned scorer")
	rf := addReviewFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet montage (--archive PATH... [--tz ZONE] | --index FILE | --db URL) --composite FILE|- [--json | --claimreview --org NAME [--org-url URL] [--published TIME]] [--stats] [--strict] [--lexicon] [--html FILE]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if err := checkArchiveFlags(*archives, *af.index, *af.db); err != nil {
		return err
	}
	if *composite == "" {
		return usagef("--composite is required (a file, or - for standard input)")
	}
	if *af.html == "-" {
		return usagef("%v", errHTMLStdout)
	}
	review, err := rf.options(*asJSON, time.Now())
	if err != nil {
		return err
	}
	r, closeInput, err := openInput(*composite, stdin)
	if err != nil {
		return err
	}
	defer closeInput()
	sc := montage.NewScanner(r, *composite)
	page, err := openHTML(*af.html)
	if err != nil {
		return err
	}
	defer page.abandon()
	var judged []*montage.Montage
	keep := func(m *montage.Montage) { judged = append(judged, m) }
	if page == nil {
		keep = nil
	}
	ctx := context.Background()
	mem, st, release, err := openArchive(ctx, "montage", *archives, af.tz.loc, *af.index, *af.db, *strict, stderr)
	if err != nil {
		return err
	}
	defer release()
	opts := montage.Options{Classifier: classifier(*lexicon)}

	next := func() (montageRecord, bool, error) {
		c, err := sc.Next()
		var rej *provenance.Rejection
		switch {
		case err == nil:
			return montageRecord{comp: c}, true, nil
		case errors.As(err, &rej):
			return montageRecord{comp: c, rejected: rej}, true, nil
		case err == io.EOF:
			return montageRecord{}, false, nil
		}
		return montageRecord{}, false, err
	}
	answered, rejected, err := answerAll(ctx, "montage", stdout, stderr, *asJSON || review != nil, st, next,
		func(ctx context.Context, rec montageRecord) answer {
			return judgeComposite(ctx, mem, rec, opts, *asJSON, review, keep)
		})
	if err != nil {
		return err
	}
	if err := page.write(func(w io.Writer) error { return htmlreport.Montage(w, judged, htmlreport.Options{}) }); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "guillemet montage: judged %d composites from %s (%d rejected)\n", answered-rejected, *composite, rejected)
	if *stats {
		fmt.Fprintf(stderr, "%s\n", st.Line())
	}
	if *strict && rejected > 0 {
		return fmt.Errorf("--strict: %d of %d composites rejected (named above)", rejected, answered)
	}
	return nil
}

// montageRecord is one record of the composite input: a composite, or
// its rejection (comp then holds only its ID).
type montageRecord struct {
	comp     montage.Composite
	rejected *provenance.Rejection
}

// judgeComposite judges one composite and prints its answer: its JSON
// line, its fact check (review, with --claimreview) or its report. A
// rejected record prints {"id","line","error"} with --json or
// --claimreview, and nothing in the report (stderr names it). keep, when
// not nil, is given the judgment for --html, in input order.
func judgeComposite(ctx context.Context, a provenance.Archive, rec montageRecord, opts montage.Options, asJSON bool,
	review *claimreview.Options, keep func(*montage.Montage)) answer {
	var ans answer
	var buf bytes.Buffer
	if rej := rec.rejected; rej != nil {
		ans.rejected = rej.Error()
		if asJSON || review != nil {
			id := rec.comp.ID
			if id == "" && rej.Line > 0 {
				id = strconv.Itoa(rej.Line)
			}
			ans.err = report.WriteLine(&buf, report.RejectedJSON{ID: id, Line: rej.Line, Error: rej.Error()})
		}
		ans.out = buf.Bytes()
		return ans
	}
	t0 := time.Now()
	m, err := montage.Judge(ctx, a, rec.comp, opts)
	ans.took = time.Since(t0)
	if err != nil {
		ans.err = err
		return ans
	}
	if keep != nil {
		ans.kept = func() { keep(m) }
	}
	switch {
	case review != nil:
		var cr *claimreview.ClaimReview
		if cr, ans.err = claimreview.Montage(m, *review); ans.err == nil {
			ans.err = writeReview(&buf, cr)
		}
	case asJSON:
		ans.err = report.WriteLine(&buf, report.Montage(m))
	default:
		t := report.NewText(&buf, language.French)
		t.Montage(m)
		ans.err = t.Err()
	}
	ans.out = buf.Bytes()
	return ans
}

// classifier is the abuse classifier of the commands: abuse.Default, the
// learned scorer, or with --lexicon the lexicon alone.
func classifier(lexiconOnly bool) abuse.Classifier {
	if lexiconOnly {
		return abuse.New()
	}
	return abuse.Default
}
