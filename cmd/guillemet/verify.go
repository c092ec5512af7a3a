package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// verifyInput is one quote to verify.
type verifyInput struct {
	id, text string
	speaker  string // from --article
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
	QuoteSpan   quote.Span       `json:"quote_span"`
	SourceSpan  quote.Span       `json:"source_span"`
	Differences []differenceJSON `json:"differences"`
}

// verifyOutput is one line of "guillemet verify --json" (CONTRACT §4).
// The contract's fields come first; speaker, also, shares and posts are
// additive: the article's speaker, the second post of a merged quote,
// the quote-posts and reposts of the source, and the text of every post
// the line names.
type verifyOutput struct {
	ID          string           `json:"id"`
	Quote       string           `json:"quote"`
	Verdict     string           `json:"verdict"`
	Score       float64          `json:"score"`
	Source      *postRef         `json:"source"`
	QuoteSpan   *quote.Span      `json:"quote_span"`
	SourceSpan  *quote.Span      `json:"source_span"`
	Differences []differenceJSON `json:"differences"`
	Thread      *threadJSON      `json:"thread"`
	Context     []string         `json:"context"`
	Candidates  []candidateJSON  `json:"candidates"`
	Speaker     string           `json:"speaker,omitempty"`
	Also        *alsoJSON        `json:"also,omitempty"`
	Shares      []string         `json:"shares,omitempty"`
	Posts       []postJSON       `json:"posts,omitempty"`
	Error       string           `json:"error,omitempty"`
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
		Differences: []differenceJSON{}, Context: []string{}, Candidates: []candidateJSON{}}
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
	if r.Also != nil {
		o.Also = &alsoJSON{Source: ref(r.Also.Post), Verdict: r.Also.Alignment.Verdict.String(), Score: r.Also.Alignment.Score,
			QuoteSpan: r.Also.Alignment.Quote, SourceSpan: r.Also.Alignment.Source, Differences: differences(r.Also.Alignment)}
		add(r.Also.Post)
	}
	return o
}

// runVerify implements "guillemet verify".
func runVerify(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("verify", stderr)
	af := addArchiveFlags(fs, "quote", "archive record")
	archives, asJSON, stats, strict := &af.paths, af.json, af.stats, af.strict
	one := fs.String("quote", "", "one quote `TEXT` to verify")
	many := fs.String("quotes", "", "JSON Lines of {\"id\",\"text\"} (`FILE`, or - for standard input)")
	article := fs.String("article", "", "an article (`FILE`, or -): verify every quotation in it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet verify --archive PATH... (--quote TEXT | --quotes FILE|- | --article FILE|-) [--json] [--stats] [--strict]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if len(*archives) == 0 {
		return usagef("--archive is required")
	}
	n := 0
	for _, s := range []string{*one, *many, *article} {
		if s != "" {
			n++
		}
	}
	if n != 1 {
		return usagef("give exactly one of --quote, --quotes or --article")
	}
	ctx := context.Background()
	var inputs []verifyInput
	var err error
	switch {
	case *one != "":
		inputs = []verifyInput{{id: "q1", text: *one}}
	case *many != "":
		texts, _, err := readTextInputs("verify", *many, stdin, stderr)
		if err != nil {
			return err
		}
		for _, t := range texts {
			inputs = append(inputs, verifyInput{id: t.id, text: t.text})
		}
	default:
		text, err := readArticle(*article, stdin)
		if err != nil {
			return err
		}
		for i, q := range quote.Extract(text) {
			inputs = append(inputs, verifyInput{id: "q" + strconv.Itoa(i+1), text: q.Text, speaker: q.Speaker})
		}
		if len(inputs) == 0 {
			fmt.Fprintf(stderr, "guillemet verify: %s: no quotation found in the article\n", *article)
		}
	}

	mem, _, loadTime, err := loadArchives(ctx, "verify", *archives, *strict, stderr)
	if err != nil {
		return err
	}
	st := &runStats{Posts: mem.Len(), LoadMS: ms(loadTime), IndexMS: ms(mem.IndexTime())}

	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	w := &reportWriter{w: stdout}
	for i, in := range inputs {
		t0 := time.Now()
		res, err := provenance.Link(ctx, mem, in.text, nil)
		st.query(time.Since(t0))
		if err != nil && !errors.Is(err, quote.ErrNoWords) && !errors.Is(err, quote.ErrQuoteTooLong) {
			return err
		}
		if *asJSON {
			o := toVerifyJSON(in, res)
			if err != nil {
				o.Error = err.Error()
			}
			if err := enc.Encode(o); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			w.line("")
		}
		showResult(w, in, res, err)
	}
	if *stats {
		st.write(stderr)
	}
	return w.err
}

// showResult prints the readable report of one quote.
func showResult(w *reportWriter, in verifyInput, r *provenance.Result, err error) {
	head := "Citation " + in.id
	if in.speaker != "" {
		head += " (attribuée à " + in.speaker + ")"
	}
	w.line(head + " :")
	w.wrap(in.text, "  │ ")
	if err != nil {
		w.line("  → " + err.Error())
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
	if by := retweetOf(src.Text); by != "" || src.RepostOf != "" {
		if by == "" {
			by = "un autre compte"
		} else {
			by = "@" + by
		}
		w.line("  (ce message repartage " + by + " : l'original n'est pas dans l'archive, ses mots sont ceux de son auteur)")
	}
	a := r.Alignment
	if a.Source.End > a.Source.Start && (a.Source.Start > 0 || a.Source.End < len(src.Text)) {
		w.line(fmt.Sprintf("  passage cité, octets [%d,%d) :", a.Source.Start, a.Source.End))
		w.wrap(a.Source.In(src.Text), "  │ ")
	}
	for _, d := range a.Differences {
		w.line(fmt.Sprintf("    · %-18s citation %s  source %s", differenceLabel(d), showText(d.QuoteText), showText(d.SourceText)))
	}
	if r.Also != nil {
		w.line(fmt.Sprintf("  La citation colle aussi un autre message : @%s, %s — %s", r.Also.Post.Author, dateFR(r.Also.Post.CreatedAt), orID(r.Also.Post)))
		w.wrap(r.Also.Post.Text, "  │ ")
	}
	t := r.Thread
	switch {
	case len(t.Ancestors) > 0:
		w.line(fmt.Sprintf("  Fil : réponse dans une conversation ouverte par @%s (%d message(s) au-dessus)", t.Ancestors[0].Author, len(t.Ancestors)))
		for _, p := range t.Ancestors {
			w.line(fmt.Sprintf("    ↑ @%s, %s : %s", p.Author, dateFR(p.CreatedAt), oneLine(p.Text)))
		}
	default:
		w.line("  Fil : message d'ouverture de sa conversation")
	}
	if t.BrokenAt != "" {
		w.line("    (le fil remonte à " + t.BrokenAt + ", absent de l'archive)")
	}
	if t.Cycle {
		w.line("    (les liens de réponse bouclent : fil arrêté)")
	}
	if len(t.Replies) > 0 {
		w.line(fmt.Sprintf("  Réponses (%d) :", len(t.Replies)))
		for _, p := range t.Replies {
			w.line(fmt.Sprintf("    ↳ @%s, %s : %s", p.Author, dateFR(p.CreatedAt), oneLine(p.Text)))
		}
	}
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
	Kind       string     `json:"kind"`
	Quote      string     `json:"quote"`
	Source     string     `json:"source"`
	QuoteSpan  quote.Span `json:"quote_span"`
	SourceSpan quote.Span `json:"source_span"`
}

// retweetOf returns the handle of "RT @handle: …", or "".
func retweetOf(text string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "RT @")
	if !ok {
		return ""
	}
	if i := strings.IndexByte(rest, ':'); i > 0 && !strings.ContainsAny(rest[:i], " \n") {
		return rest[:i]
	}
	return ""
}
