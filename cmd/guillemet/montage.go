package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// abuseJSON is an item's abuse judgment in the montage JSON.
type abuseJSON struct {
	Abusive    bool             `json:"abusive"`
	Categories []abuse.Category `json:"categories"`
	Score      float64          `json:"score"`
	Severity   abuse.Severity   `json:"severity"`
	Reported   bool             `json:"reported,omitempty"`
}

// montageItemJSON is one item of "guillemet montage --json" (CONTRACT
// §4). The contract's fields come first; the others are additive.
type montageItemJSON struct {
	Index                 int              `json:"index"`
	Verdict               string           `json:"verdict"`
	Source                *postRef         `json:"source"`
	Abuse                 abuseJSON        `json:"abuse"`
	SameContextAsPrevious *bool            `json:"same_context_as_previous"`
	Score                 float64          `json:"score"`
	Text                  string           `json:"text"`
	SourceText            string           `json:"source_text,omitempty"`
	Differences           []differenceJSON `json:"differences,omitempty"`
	ContextReason         string           `json:"context_reason,omitempty"`
	GapHours              *float64         `json:"gap_hours,omitempty"`
	ShownAuthor           string           `json:"shown_author,omitempty"`
	AuthorMatches         *bool            `json:"author_matches,omitempty"`
	ShownDate             string           `json:"shown_date,omitempty"`
	DateMatches           *bool            `json:"date_matches,omitempty"`
	DateNote              string           `json:"date_note,omitempty"`
	Author                string           `json:"author,omitempty"`
	AlsoPosted            []postRef        `json:"also_posted"`
	Error                 string           `json:"error,omitempty"`
}

// alsoPosted lists the other posts with the same words, earliest first,
// shaped as verify's also_posted.
func alsoPosted(r *provenance.Result) []postRef {
	out := []postRef{}
	for _, m := range r.AlsoPosted {
		out = append(out, ref(m.Post))
	}
	return out
}

type flagJSON struct {
	Code   string `json:"code"`
	Items  []int  `json:"items"`
	Detail string `json:"detail"`
}

// contextJSON is the disputed item's real context: its thread and its
// author's posts around it.
type contextJSON struct {
	Thread *threadJSON `json:"thread"`
	Before []postJSON  `json:"before"`
	After  []postJSON  `json:"after"`
	Posts  []postJSON  `json:"posts,omitempty"`
}

// montageOutput is one line of "guillemet montage --json".
type montageOutput struct {
	ID       string            `json:"id,omitempty"`
	Verdict  string            `json:"verdict"`
	Spliced  bool              `json:"spliced"`
	Flags    []flagJSON        `json:"flags"`
	Items    []montageItemJSON `json:"items"`
	Disputed int               `json:"disputed"`
	Context  *contextJSON      `json:"context"`
}

func toMontageJSON(m *montage.Montage) montageOutput {
	o := montageOutput{ID: m.ID, Verdict: m.Verdict.String(), Spliced: m.Spliced, Disputed: m.Disputed, Flags: []flagJSON{}, Items: []montageItemJSON{}}
	for _, f := range m.Flags {
		o.Flags = append(o.Flags, flagJSON{f.Flag.String(), f.Items, f.Detail})
	}
	for i := range m.Items {
		it := &m.Items[i]
		cats := it.Abuse.Categories
		if cats == nil {
			cats = []abuse.Category{}
		}
		j := montageItemJSON{Index: it.Index, Verdict: it.Link.Verdict.String(), Score: it.Link.Score, Text: it.Link.Quote,
			Abuse:                 abuseJSON{Abusive: it.Abuse.Abusive, Categories: cats, Score: it.Abuse.Score, Severity: it.Abuse.Severity, Reported: it.Abuse.Reported},
			SameContextAsPrevious: it.SameContextAsPrevious, ContextReason: it.ContextReason,
			ShownAuthor: it.ShownAuthor, AuthorMatches: it.AuthorMatches, DateMatches: it.DateMatches, DateNote: it.DateNote,
			Author: it.Author, AlsoPosted: alsoPosted(it.Link)}
		if it.Err != nil {
			j.Error = it.Err.Error()
		}
		if it.ShownDate != nil {
			j.ShownDate = it.ShownDate.Text
		}
		if it.Found() {
			src := ref(*it.Link.Source)
			j.Source, j.SourceText = &src, it.Link.Source.Text
			j.Differences = differences(it.Link.Alignment)
		}
		if it.SameContextAsPrevious != nil {
			h := float64(it.Gap.Round(time.Minute).Minutes()) / 60
			h = float64(int(h*100+0.5)) / 100
			j.GapHours = &h
		}
		o.Items = append(o.Items, j)
	}
	if d := &m.Items[m.Disputed]; d.Found() {
		v := toVerifyJSON(verifyInput{text: d.Link.Quote}, d.Link)
		c := &contextJSON{Thread: v.Thread, Before: []postJSON{}, After: []postJSON{}}
		for _, p := range d.Link.Before {
			c.Before = append(c.Before, fullPost(p))
		}
		for _, p := range d.Link.After {
			c.After = append(c.After, fullPost(p))
		}
		for _, p := range v.Posts {
			if p.ID != d.Link.Source.ID && !containsPost(c.Before, p.ID) && !containsPost(c.After, p.ID) {
				c.Posts = append(c.Posts, p)
			}
		}
		o.Context = c
	}
	return o
}

func containsPost(ps []postJSON, id string) bool {
	for _, p := range ps {
		if p.ID == id {
			return true
		}
	}
	return false
}

// runMontage implements "guillemet montage". Composites are read one
// record at a time and judged on every core; answers are written in input
// order as soon as they are ready, one per record: a rejected composite
// keeps its place ({"id","line","error"} with --json), so that a script
// pairs every answer with its input.
func runMontage(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("montage", stderr)
	af := addArchiveFlags(fs, "composite", "archive record or composite")
	archives, asJSON, stats, strict := &af.paths, af.json, af.stats, af.strict
	composite := fs.String("composite", "", "composite (`FILE`, or - for standard input): one object, or JSON Lines of composites")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet montage --archive PATH... --composite FILE|- [--json] [--stats] [--strict]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if len(*archives) == 0 {
		return usagef("--archive is required")
	}
	if *composite == "" {
		return usagef("--composite is required (a file, or - for standard input)")
	}
	r, closeInput, err := openInput(*composite, stdin)
	if err != nil {
		return err
	}
	defer closeInput()
	sc := montage.NewScanner(r, *composite)
	ctx := context.Background()
	mem, _, loadTime, err := loadArchives(ctx, "montage", *archives, *strict, stderr)
	if err != nil {
		return err
	}
	posts, err := mem.Len(ctx)
	if err != nil {
		return err
	}
	st := &runStats{Posts: posts, LoadMS: ms(loadTime), IndexMS: ms(mem.IndexTime())}
	opts := montage.Options{Classifier: abuse.New()}

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
	answered, rejected, err := answerAll(ctx, "montage", stdout, stderr, *asJSON, st, next,
		func(ctx context.Context, rec montageRecord) answer {
			return judgeComposite(ctx, mem, rec, opts, *asJSON)
		})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "guillemet montage: judged %d composites from %s (%d rejected)\n", answered-rejected, *composite, rejected)
	if *stats {
		st.write(stderr)
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
// line or its report. A rejected record prints {"id","line","error"}
// with --json, and nothing in the report (stderr names it).
func judgeComposite(ctx context.Context, a provenance.Archive, rec montageRecord, opts montage.Options, asJSON bool) answer {
	var ans answer
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if rej := rec.rejected; rej != nil {
		ans.rejected = rej.Error()
		if asJSON {
			id := rec.comp.ID
			if id == "" && rej.Line > 0 {
				id = strconv.Itoa(rej.Line)
			}
			ans.err = enc.Encode(rejectedJSON{ID: id, Line: rej.Line, Error: rej.Error()})
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
	if asJSON {
		ans.err = enc.Encode(toMontageJSON(m))
	} else {
		showMontage(&reportWriter{w: &buf}, rec.comp, m)
	}
	ans.out = buf.Bytes()
	return ans
}

var montageVerdictFR = map[montage.Verdict]string{
	montage.Spliced:      "MONTAGE — des éléments qui n'ont jamais été ensemble ont été rapprochés",
	montage.Doctored:     "RETOUCHÉ — rien n'a été rapproché, mais des mots, un auteur ou une date ont été changés",
	montage.Unverifiable: "INVÉRIFIABLE — des éléments manquent dans l'archive",
	montage.Genuine:      "AUTHENTIQUE — tous les éléments retrouvés, tels que publiés, par l'auteur et à la date affichés, et ils se suivaient réellement",
}

// montageHeadline is the report's first line: what a committee must not
// miss (CONTRACT §4 montage). For a montage, which items were brought
// together and who really wrote each; for a doctored screenshot, which
// items were changed and how; else the verdict in words.
func montageHeadline(m *montage.Montage) string {
	switch m.Verdict {
	case montage.Spliced:
		var groups []string
		cur := ""
		for i := range m.Items {
			it := &m.Items[i]
			who := "introuvable"
			if it.Found() {
				who = "@" + writer(it)
			}
			part := fmt.Sprintf("n°%d (%s)", i+1, who)
			if s := it.SameContextAsPrevious; i > 0 && (s == nil || !*s) {
				groups = append(groups, cur)
				cur = ""
			}
			if cur != "" {
				cur += ", "
			}
			cur += part
		}
		groups = append(groups, cur)
		return "MONTAGE : jamais ensemble — " + strings.Join(groups, " | ") + disputedWriter(m)
	case montage.Doctored:
		var parts []string
		for i := range m.Items {
			it := &m.Items[i]
			if !it.Found() {
				continue
			}
			if it.AuthorMatches != nil && !*it.AuthorMatches {
				parts = append(parts, fmt.Sprintf("n°%d montré sous « %s » est de @%s", i+1, it.ShownAuthor, writer(it)))
			}
			if it.Link.Verdict == quote.Altered {
				parts = append(parts, fmt.Sprintf("n°%d : le texte de @%s a été modifié", i+1, writer(it)))
			}
			if it.DateMatches != nil && !*it.DateMatches {
				parts = append(parts, fmt.Sprintf("n°%d daté « %s » a été publié le %s", i+1, it.ShownDate.Text, dateFR(it.Link.Source.CreatedAt)))
			}
		}
		return "RETOUCHÉ : " + strings.Join(parts, " ; ") + "."
	}
	return montageVerdictFR[m.Verdict] + "."
}

// writer is who wrote a found item's words.
func writer(it *montage.ItemJudgment) string {
	if it.Author != "" {
		return it.Author
	}
	return it.Link.Source.Author
}

// disputedWriter ends the montage headline with who wrote the disputed
// item, when it was found.
func disputedWriter(m *montage.Montage) string {
	d := &m.Items[m.Disputed]
	if !d.Found() {
		return fmt.Sprintf(" ; l'élément contesté n°%d est introuvable.", m.Disputed+1)
	}
	return fmt.Sprintf(" ; l'élément contesté est le n°%d, de @%s.", m.Disputed+1, writer(d))
}

// showMontage prints the readable report of one composite.
func showMontage(w *reportWriter, c montage.Composite, m *montage.Montage) {
	title := "Capture"
	if m.ID != "" {
		title += " " + m.ID
	}
	w.line(montageHeadline(m))
	if len(m.Items) == 1 {
		w.line(title + " : 1 élément")
	} else {
		w.line(fmt.Sprintf("%s : %d éléments, élément contesté n°%d", title, len(m.Items), m.Disputed+1))
	}
	w.line("→ verdict : " + m.Verdict.String() + " — " + montageVerdictFR[m.Verdict])
	for i := range m.Items {
		it := &m.Items[i]
		mark := " "
		if i == m.Disputed {
			mark = "▶"
		}
		w.line("")
		var shownParts []string
		for _, s := range []string{c.Items[i].Author, c.Items[i].Date} {
			if s = strings.TrimSpace(s); s != "" {
				shownParts = append(shownParts, s)
			}
		}
		shown := ""
		if len(shownParts) > 0 {
			shown = " (affiché : " + strings.Join(shownParts, " · ") + ")"
		}
		w.line(fmt.Sprintf("%s n°%d%s", mark, i+1, shown))
		w.wrap(c.Items[i].Text, "   │ ")
		if !it.Found() {
			w.line("   introuvable dans l'archive")
		} else {
			src := it.Link.Source
			w.line(fmt.Sprintf("   écrit par @%s%s, %s — %s (%s)", src.Author, nameOf(*src), dateFR(src.CreatedAt), it.Link.Verdict, verdictFR[it.Link.Verdict]))
			if it.Author != "" && !strings.EqualFold(it.Author, src.Author) {
				w.line("   (repartage : les mots sont de @" + it.Author + ")")
			}
			if it.AuthorMatches != nil && !*it.AuthorMatches {
				w.line(fmt.Sprintf("   ⚠ auteur affiché « %s », mais écrit par @%s", it.ShownAuthor, writer(it)))
			}
			if it.DateMatches != nil && !*it.DateMatches {
				w.line(fmt.Sprintf("   ⚠ date affichée « %s », mais publié le %s", it.ShownDate.Text, dateFR(src.CreatedAt)))
			}
			for _, a := range it.Link.AlsoPosted {
				w.line(fmt.Sprintf("   mêmes mots aussi publiés par @%s (%s), %s — %s", a.Post.Author, a.Post.Platform, dateFR(a.Post.CreatedAt), orID(a.Post)))
			}
		}
		if it.DateNote != "" {
			w.line("   " + it.DateNote)
		}
		if it.Abuse.Abusive {
			sev := ""
			if it.Abuse.Severity != abuse.NoSeverity {
				sev = " (gravité : " + it.Abuse.Severity.French() + ")"
			}
			w.line("   contenu injurieux : " + abuse.FrenchList(it.Abuse.Categories) + sev)
		} else if it.Abuse.Reported {
			w.line("   rapporte des injures (sans les proférer)")
		}
		if s := it.SameContextAsPrevious; s != nil {
			if *s {
				w.line(fmt.Sprintf("   avec le précédent : %s, %s d'écart", it.ContextReason, gapFR(it.Gap)))
			} else {
				w.line(fmt.Sprintf("   avec le précédent : aucun lien, %s d'écart", gapFR(it.Gap)))
			}
		}
	}
	w.line("")
	for _, f := range m.Flags {
		w.line("• " + f.Flag.String() + " : " + f.Detail)
	}
	if d := &m.Items[m.Disputed]; d.Found() {
		w.line("")
		w.line(fmt.Sprintf("Le vrai contexte de l'élément contesté (n°%d) :", m.Disputed+1))
		r := d.Link
		t := r.Thread
		if len(t.Ancestors) > 0 {
			for _, p := range t.Ancestors {
				w.line(fmt.Sprintf("    ↑ @%s, %s : %s", p.Author, dateFR(p.CreatedAt), oneLine(p.Text)))
			}
		}
		for _, p := range t.Replies {
			w.line(fmt.Sprintf("    ↳ @%s, %s : %s", p.Author, dateFR(p.CreatedAt), oneLine(p.Text)))
		}
		for _, p := range r.Before {
			w.line(fmt.Sprintf("    avant  %s : %s", dateFR(p.CreatedAt), oneLine(p.Text)))
		}
		for _, p := range r.After {
			w.line(fmt.Sprintf("    après  %s : %s", dateFR(p.CreatedAt), oneLine(p.Text)))
		}
	}
}

// gapFR says a duration as a French reader expects it.
func gapFR(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%.0f h", d.Hours())
	case d < 2*365*24*time.Hour:
		return fmt.Sprintf("%.0f jours", d.Hours()/24)
	}
	return fmt.Sprintf("%.1f ans", d.Hours()/24/365.25)
}
