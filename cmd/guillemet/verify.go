package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
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

// postRef is a post in the verify JSON (CONTRACT §4 "source").
type postRef struct {
	Platform  string `json:"platform"`
	ID        string `json:"id"`
	Author    string `json:"author"`
	AuthorID  string `json:"author_id,omitempty"`
	CreatedAt string `json:"created_at"`
	URL       string `json:"url"`
}

// postJSON is a post with its text, in the additive "posts" list.
type postJSON struct {
	postRef
	AuthorName string `json:"author_name,omitempty"`
	Text       string `json:"text"`
	ReplyTo    string `json:"reply_to,omitempty"`
	QuoteOf    string `json:"quote_of,omitempty"`
	RepostOf   string `json:"repost_of,omitempty"`
}

type threadJSON struct {
	Root      string   `json:"root"`
	Ancestors []string `json:"ancestors"`
	Replies   []string `json:"replies"`
	BrokenAt  string   `json:"broken_at,omitempty"`
	Cycle     bool     `json:"cycle,omitempty"`
}

type candidateJSON struct {
	Platform string  `json:"platform"`
	ID       string  `json:"id"`
	Score    float64 `json:"score"`
	Verdict  string  `json:"verdict"`
}

type alsoJSON struct {
	Source      postRef          `json:"source"`
	Verdict     string           `json:"verdict"`
	Score       float64          `json:"score"`
	QuoteSpan   normalize.Span   `json:"quote_span"`
	SourceSpan  normalize.Span   `json:"source_span"`
	Differences []differenceJSON `json:"differences"`
}

// verifyOutput is one line of "guillemet verify --json" (CONTRACT §4).
// The contract's fields come first and are always present; the others
// are additive: the input line of a --quotes answer, the author the
// caller named and whether the source is theirs, the article's speaker,
// the second post of a merged quote, the quote-posts and reposts of the
// source, and the text of every post the line names.
type verifyOutput struct {
	ID            string           `json:"id"`
	Quote         string           `json:"quote"`
	Verdict       string           `json:"verdict"`
	Score         float64          `json:"score"`
	Source        *postRef         `json:"source"`
	QuoteSpan     *normalize.Span  `json:"quote_span"`
	SourceSpan    *normalize.Span  `json:"source_span"`
	Differences   []differenceJSON `json:"differences"`
	Thread        *threadJSON      `json:"thread"`
	Context       []string         `json:"context"`
	Candidates    []candidateJSON  `json:"candidates"`
	AlsoPosted    []postRef        `json:"also_posted"`
	Line          int              `json:"line,omitempty"`
	NamedAuthor   string           `json:"named_author,omitempty"`
	AuthorMatches *bool            `json:"author_matches,omitempty"`
	Speaker       string           `json:"speaker,omitempty"`
	Also          *alsoJSON        `json:"also,omitempty"`
	Shares        []string         `json:"shares,omitempty"`
	Posts         []postJSON       `json:"posts,omitempty"`
}

// rejectedJSON is the line of an input that could not be answered
// (CONTRACT §4 verify): its id (its line number when the id could not
// be read either), its line in a --quotes file, and why.
type rejectedJSON struct {
	ID    string `json:"id"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

func ref(p provenance.Post) postRef {
	return postRef{Platform: p.Platform, ID: p.ID, Author: p.Author, AuthorID: p.AuthorID,
		CreatedAt: p.CreatedAt.Format(time.RFC3339Nano), URL: p.URL}
}

func fullPost(p provenance.Post) postJSON {
	return postJSON{postRef: ref(p), AuthorName: p.AuthorName, Text: p.Text, ReplyTo: p.ReplyTo, QuoteOf: p.QuoteOf, RepostOf: p.RepostOf}
}

func differences(a quote.Alignment) []differenceJSON {
	out := []differenceJSON{}
	for _, d := range a.Differences {
		out = append(out, differenceJSON{Kind: d.Kind.String(), Quote: d.QuoteText, Source: d.SourceText, QuoteSpan: d.Quote, SourceSpan: d.Source})
	}
	return out
}

// toVerifyJSON turns a Link result into the contract's JSON line.
func toVerifyJSON(in verifyInput, r *provenance.Result) verifyOutput {
	o := verifyOutput{ID: in.id, Quote: in.text, Verdict: r.Verdict.String(), Score: r.Score, Speaker: in.speaker,
		Line: in.line, NamedAuthor: in.author,
		Differences: []differenceJSON{}, Context: []string{}, Candidates: []candidateJSON{}, AlsoPosted: []postRef{}}
	for _, c := range r.Candidates {
		if len(o.Candidates) == 5 {
			break
		}
		o.Candidates = append(o.Candidates, candidateJSON{Platform: c.Post.Platform, ID: c.Post.ID, Score: c.Alignment.Score, Verdict: c.Alignment.Verdict.String()})
	}
	if r.Source == nil {
		return o
	}
	src := ref(*r.Source)
	o.Source = &src
	if m, known := namedAuthorIs(in.author, *r.Source); known {
		o.AuthorMatches = &m
	}
	qs, ss := r.Alignment.Quote, r.Alignment.Source
	o.QuoteSpan, o.SourceSpan = &qs, &ss
	o.Differences = differences(r.Alignment)
	seen := map[string]bool{r.Source.ID: true}
	o.Posts = append(o.Posts, fullPost(*r.Source))
	add := func(p provenance.Post) string {
		if !seen[p.ID] {
			seen[p.ID] = true
			o.Posts = append(o.Posts, fullPost(p))
		}
		return p.ID
	}
	t := &threadJSON{Root: r.Thread.Root, Ancestors: []string{}, Replies: []string{}, BrokenAt: r.Thread.BrokenAt, Cycle: r.Thread.Cycle}
	for _, p := range r.Thread.Ancestors {
		t.Ancestors = append(t.Ancestors, add(p))
	}
	for _, p := range r.Thread.Replies {
		t.Replies = append(t.Replies, add(p))
	}
	o.Thread = t
	for _, p := range r.Before {
		o.Context = append(o.Context, add(p))
	}
	for _, p := range r.After {
		o.Context = append(o.Context, add(p))
	}
	for _, p := range r.Shares {
		o.Shares = append(o.Shares, add(p))
	}
	o.AlsoPosted = alsoPosted(r)
	for _, m := range r.AlsoPosted {
		add(m.Post)
	}
	if r.Also != nil {
		o.Also = &alsoJSON{Source: ref(r.Also.Post), Verdict: r.Also.Alignment.Verdict.String(), Score: r.Also.Alignment.Score,
			QuoteSpan: r.Also.Alignment.Quote, SourceSpan: r.Also.Alignment.Source, Differences: differences(r.Also.Alignment)}
		add(r.Also.Post)
	}
	return o
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
	archives, asJSON, stats, strict := &af.paths, af.json, af.stats, af.strict
	one := fs.String("quote", "", "one quote `TEXT` to verify")
	many := fs.String("quotes", "", "JSON Lines of {\"id\",\"text\"} (`FILE`, or - for standard input); a line's \"author\" names its author")
	article := fs.String("article", "", "an article (`FILE`, or -): verify every quotation in it")
	author := fs.String("author", "", "the author the quotes are attributed to (`HANDLE`, or \"Name (@handle)\"): among posts with the same words, the source is theirs")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet verify --archive PATH... (--quote TEXT | --quotes FILE|- | --article FILE|-) [--author HANDLE] [--json] [--stats] [--strict]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if len(*archives) == 0 {
		return usagef("--archive is required")
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

	ctx := context.Background()
	mem, _, loadTime, err := loadArchives(ctx, "verify", *archives, *strict, stderr)
	if err != nil {
		return err
	}
	posts, err := mem.Len(ctx)
	if err != nil {
		return err
	}
	st := &runStats{Posts: posts, LoadMS: ms(loadTime), IndexMS: ms(mem.IndexTime())}

	answered, rejected, err := answerAll(ctx, "verify", stdout, stderr, *asJSON, st, next,
		func(ctx context.Context, in verifyInput) answer {
			return answerQuote(ctx, mem, in, *asJSON, where)
		})
	if err != nil {
		return err
	}
	if !set["quote"] {
		fmt.Fprintf(stderr, "guillemet verify: answered %d quotes from %s (%d rejected)\n", answered, *many+*article, rejected)
	}
	if *stats {
		st.write(stderr)
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

// answerQuote links one input and prints its answer; where names the
// input on stderr when it is rejected.
func answerQuote(ctx context.Context, a provenance.Archive, in verifyInput, asJSON bool, where func(verifyInput) string) answer {
	var ans answer
	bad := in.bad
	var res *provenance.Result
	if bad == nil {
		t0 := time.Now()
		var err error
		res, err = provenance.Link(ctx, a, in.text, &provenance.Options{Author: in.author})
		ans.took = time.Since(t0)
		if err != nil {
			if bad = quoteRejection(err); bad == nil {
				ans.err = err
				return ans
			}
		}
	}
	var buf bytes.Buffer
	if asJSON {
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if bad != nil {
			ans.err = enc.Encode(rejectedJSON{ID: in.id, Line: in.line, Error: bad.en})
		} else {
			ans.err = enc.Encode(toVerifyJSON(in, res))
		}
	} else {
		showResult(&reportWriter{w: &buf}, in, res, bad)
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
	switch {
	case errors.Is(err, quote.ErrNoWords):
		return &inputError{err.Error(), "la citation ne contient aucun mot"}
	case errors.Is(err, quote.ErrQuoteTooLong):
		return &inputError{err.Error(), fmt.Sprintf("citation trop longue pour être alignée (plus de %d mots)", quote.MaxQuoteWords)}
	}
	return nil
}

// namedAuthorIs reports whether p is by the author the caller named
// (see provenance.Author.Is); known is false when no author is named or
// the archive cannot tell.
func namedAuthorIs(named string, p provenance.Post) (match, known bool) {
	a := provenance.ParseAuthor(named)
	if a.IsZero() {
		return false, false
	}
	return a.Is(p)
}

// showResult prints the readable report of one quote; bad is why it was
// rejected, nil when it was judged.
func showResult(w *reportWriter, in verifyInput, r *provenance.Result, bad *inputError) {
	head := "Citation " + in.id
	if in.line > 0 && in.id != strconv.Itoa(in.line) {
		head += " (ligne " + strconv.Itoa(in.line) + ")"
	}
	if in.speaker != "" {
		head += " (attribuée à " + in.speaker + ")"
	}
	w.line(head + " :")
	if in.text != "" {
		w.wrap(in.text, "  │ ")
	}
	if bad != nil {
		w.line("  → rejetée : " + bad.fr + ".")
		return
	}
	if r.Source == nil {
		w.line("  → verdict : not_found — aucun message de l'archive ne porte ces mots.")
		w.line("    (L'archive peut être incomplète : ce n'est pas la preuve d'un faux.)")
		for i, c := range r.Candidates {
			if i == 3 {
				break
			}
			w.line(fmt.Sprintf("    message le plus proche : @%s, %s (%s, score %.2f)", c.Post.Author, dateFR(c.Post.CreatedAt), c.Alignment.Verdict, c.Alignment.Score))
		}
		return
	}
	src := r.Source
	w.line(fmt.Sprintf("  → verdict : %s — %s (score %.2f)", r.Verdict, verdictFR[r.Verdict], r.Score))
	w.line(fmt.Sprintf("  Source : @%s%s, %s — %s", src.Author, nameOf(*src), dateFR(src.CreatedAt), orID(*src)))
	w.wrap(src.Text, "  │ ")
	if by := normalize.RetweetOf(src.Text); by != "" || src.RepostOf != "" {
		if by == "" {
			by = "un autre compte"
		} else {
			by = "@" + by
		}
		w.line("  (ce message repartage " + by + " : l'original n'est pas dans l'archive, ses mots sont ceux de son auteur)")
	}
	if in.author != "" {
		named := provenance.ParseAuthor(in.author).String()
		switch m, known := namedAuthorIs(in.author, *src); {
		case !known:
			w.line("  (L'archive ne dit pas si ce compte est celui de " + named + ", l'auteur indiqué.)")
		case !m:
			w.line("  ⚠ Aucun des messages retrouvés avec ces mots n'est de " + named + ", l'auteur indiqué.")
		}
	}
	a := r.Alignment
	if a.Source.End > a.Source.Start && (a.Source.Start > 0 || a.Source.End < len(src.Text)) {
		w.line(fmt.Sprintf("  passage cité, octets [%d,%d) :", a.Source.Start, a.Source.End))
		w.wrap(a.Source.In(src.Text), "  │ ")
	}
	for _, d := range a.Differences {
		w.line(fmt.Sprintf("    · %-18s citation %s  source %s", differenceLabel(d), showText(d.QuoteText), showText(d.SourceText)))
	}
	if len(r.AlsoPosted) > 0 {
		w.line("  Mêmes mots publiés aussi par :")
		for _, m := range r.AlsoPosted {
			p := m.Post
			when := ""
			if p.CreatedAt.Before(src.CreatedAt) {
				when = ", avant la source"
			}
			w.line(fmt.Sprintf("    @%s%s, %s%s (verdict : %s) — %s", p.Author, platformFR(p.Platform), dateFR(p.CreatedAt), when, m.Alignment.Verdict, orID(p)))
		}
	}
	if r.Also != nil {
		w.line(fmt.Sprintf("  La citation colle aussi un autre message : @%s, %s — %s", r.Also.Post.Author, dateFR(r.Also.Post.CreatedAt), orID(r.Also.Post)))
		w.wrap(r.Also.Post.Text, "  │ ")
	}
	showThread(w, *src, r.Thread)
	for _, p := range r.Shares {
		kind := "cité par"
		if p.RepostOf != "" {
			kind = "repartagé par"
		}
		w.line(fmt.Sprintf("  %s @%s, %s : %s", kind, p.Author, dateFR(p.CreatedAt), oneLine(p.Text)))
	}
	if len(r.Before)+len(r.After) > 0 {
		w.line("  Autour, les messages de @" + src.Author + " :")
		for _, p := range r.Before {
			w.line(fmt.Sprintf("    avant  %s : %s", dateFR(p.CreatedAt), oneLine(p.Text)))
		}
		for _, p := range r.After {
			w.line(fmt.Sprintf("    après  %s : %s", dateFR(p.CreatedAt), oneLine(p.Text)))
		}
	}
}

// showThread prints the conversation of the source src. A post is the
// opening of its conversation only when it replies to nothing; a reply
// whose parent the archive lacks says which post is missing.
func showThread(w *reportWriter, src provenance.Post, t provenance.Thread) {
	switch {
	case len(t.Ancestors) > 0 && t.BrokenAt == "":
		w.line(fmt.Sprintf("  Fil : réponse dans une conversation ouverte par @%s (%d message(s) au-dessus)", t.Ancestors[0].Author, len(t.Ancestors)))
	case len(t.Ancestors) > 0:
		w.line(fmt.Sprintf("  Fil : réponse dans une conversation dont le début manque : elle remonte à %s, absent de l'archive (%d message(s) connus au-dessus)", t.BrokenAt, len(t.Ancestors)))
	case t.BrokenAt != "":
		w.line("  Fil : réponse à " + t.BrokenAt + ", absent de l'archive : la conversation n'est pas dans l'archive")
	case src.ReplyTo != "" && !t.Cycle:
		w.line("  Fil : réponse à " + src.ReplyTo + ", absent de l'archive : la conversation n'est pas dans l'archive")
	case src.ReplyTo == "":
		w.line("  Fil : message d'ouverture de sa conversation")
	}
	for _, p := range t.Ancestors {
		w.line(fmt.Sprintf("    ↑ @%s, %s : %s", p.Author, dateFR(p.CreatedAt), oneLine(p.Text)))
	}
	if t.Cycle {
		w.line("  (les liens de réponse bouclent : fil arrêté)")
	}
	if len(t.Replies) > 0 {
		w.line(fmt.Sprintf("  Réponses (%d) :", len(t.Replies)))
		for _, p := range t.Replies {
			w.line(fmt.Sprintf("    ↳ @%s, %s : %s", p.Author, dateFR(p.CreatedAt), oneLine(p.Text)))
		}
	}
}

// platformFR names a post's platform for the report: " (Mastodon)".
func platformFR(p string) string {
	switch p {
	case provenance.X:
		return " (X)"
	case provenance.Mastodon:
		return " (Mastodon)"
	case provenance.Bluesky:
		return " (Bluesky)"
	}
	return ""
}

func nameOf(p provenance.Post) string {
	if p.AuthorName == "" {
		return ""
	}
	return " (" + p.AuthorName + ")"
}

func orID(p provenance.Post) string {
	if p.URL != "" {
		return p.URL
	}
	return p.Platform + ":" + p.ID
}

// oneLine shortens a post to one line of the report.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "(sans texte)"
	}
	r := []rune(s)
	if len(r) > 90 {
		return string(r[:89]) + "…"
	}
	return s
}

var monthsFR = [...]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}

// dateFR writes a date as a French reader expects it, in UTC.
func dateFR(t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("%d %s %d à %02d:%02d UTC", t.Day(), monthsFR[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// differenceJSON is one difference (CONTRACT §4 verify), with its spans
// in both texts.
type differenceJSON struct {
	Kind       string         `json:"kind"`
	Quote      string         `json:"quote"`
	Source     string         `json:"source"`
	QuoteSpan  normalize.Span `json:"quote_span"`
	SourceSpan normalize.Span `json:"source_span"`
}
