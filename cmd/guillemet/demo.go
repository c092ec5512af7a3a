package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

// kindFR names the kinds of change in French for the reports.
var kindFR = map[normalize.Kind]string{
	normalize.Spacing: "espaces", normalize.Typography: "typographie", normalize.Case: "casse",
	normalize.Accent: "accents", normalize.Ligature: "ligatures", normalize.Compat: "formes de compatibilité",
	normalize.Inclusive: "écriture inclusive", normalize.Elongation: "lettres répétées",
	normalize.Mojibake: "mojibake", normalize.Invisible: "caractères invisibles",
	normalize.Hyphenation: "coupure de ligne", normalize.Homoglyph: "lettres sosies",
	normalize.Link: "liens", normalize.Mention: "mentions en tête", normalize.Emoji: "émojis",
	normalize.Hashtag: "mots-dièse", normalize.Encoding: "UTF-8 invalide",
	normalize.Composition: "composition Unicode", normalize.Obfuscation: "dissimulation",
}

func kindsFR(k normalize.Kind) string {
	var names []string
	for bit := normalize.Kind(1); bit != 0 && bit <= k; bit <<= 1 {
		if k&bit != 0 {
			names = append(names, kindFR[bit])
		}
	}
	return strings.Join(names, ", ")
}

// runDemo implements "guillemet demo": the bundled scenarios, end to end.
func runDemo(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per scenario instead of the report")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *asJSON {
		return demoJSON(stdout)
	}
	w := &reportWriter{w: stdout}
	w.line("guillemet — démonstration de la normalisation (scénarios fictifs inspirés de cas réels)")
	for i, sc := range scenarios {
		w.line("")
		w.line(fmt.Sprintf("━━ %d. %s ━━", i+1, sc.title))
		w.wrap(sc.context, "")
		showSource(w, sc.source)
		src := normalize.Match.Normalize(sc.source.text)
		for _, c := range sc.copies {
			showCopy(w, c, src)
		}
		for _, q := range sc.quotes {
			showQuote(w, q, src)
		}
		for _, a := range sc.abusive {
			showAbusive(w, a)
		}
	}
	return w.err
}

func showSource(w *reportWriter, p passage) {
	w.line("")
	w.line("Source — " + p.label + " :")
	w.wrap(p.text, "  │ ")
	t := normalize.Match.Normalize(p.text)
	w.line("  clé de comparaison (Match) :")
	w.wrap(t.String(), "  │ ")
	showSteps(w, t)
}

// showSteps lists what each normalization step did, by kind.
func showSteps(w *reportWriter, t normalize.Text) {
	byKind := map[normalize.Kind][]string{}
	for _, c := range t.Changes() {
		for bit := normalize.Kind(1); bit <= c.Kind; bit <<= 1 {
			if c.Kind&bit == 0 {
				continue
			}
			ex := fmt.Sprintf("%q→%q", c.Original, c.Normalized)
			if len(byKind[bit]) < 4 && !contains(byKind[bit], ex) {
				byKind[bit] = append(byKind[bit], ex)
			}
		}
	}
	var kinds []normalize.Kind
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	for _, k := range kinds {
		w.line(fmt.Sprintf("    · %-22s %s", kindFR[k], strings.Join(byKind[k], "  ")))
	}
}

func showCopy(w *reportWriter, p passage, src normalize.Text) {
	w.line("")
	w.line("Copie — " + p.label + " :")
	w.wrap(p.text, "  │ ")
	if d := normalize.Display.Normalize(p.text); d.Changed() {
		w.line("  réparée pour l'affichage (Display) :")
		w.wrap(d.String(), "  │ ")
	}
	t := normalize.Match.Normalize(stripQuotes(p.text))
	showSteps(w, t)
	if t.String() == src.String() {
		w.line("  → mêmes mots que la source.")
		return
	}
	showQuoteSpans(w, t, src)
}

func showQuote(w *reportWriter, p passage, src normalize.Text) {
	w.line("")
	w.line("Citation — " + p.label + " :")
	w.wrap(p.text, "  │ ")
	t := normalize.Match.Normalize(stripQuotes(p.text))
	showSteps(w, t)
	showQuoteSpans(w, t, src)
}

// showQuoteSpans finds the quote's pieces (cut at elision marks) in the
// source's key, in order, and shows the original bytes each maps back to.
// This is a plain substring search: the quote package aligns word by word
// and names every difference.
func showQuoteSpans(w *reportWriter, q, src normalize.Text) {
	pieces := splitElisions(q.String())
	found := findPieces(q.String(), src)
	for _, f := range found {
		w.line(fmt.Sprintf("  → retrouvé dans la source, octets [%d,%d) :", f.Span[0], f.Span[1]))
		w.wrap(f.Text, "      ")
	}
	if len(found) < len(pieces) {
		w.line(fmt.Sprintf("  → introuvable dans la source : %q", pieces[len(found)]))
		return
	}
	if len(pieces) > 1 {
		w.line(fmt.Sprintf("  → %d morceaux séparés par des marques de coupure, dans l'ordre de la source.", len(pieces)))
	}
}

func showAbusive(w *reportWriter, p passage) {
	w.line("")
	w.line("Réponse — " + p.label + " :")
	w.wrap(p.text, "  │ ")
	t := normalize.Deobfuscate(p.text)
	w.line("  lue sans dissimulation : " + t.String())
	for _, c := range t.Changes() {
		if c.Kind&(normalize.Obfuscation|normalize.Homoglyph) != 0 {
			w.line(fmt.Sprintf("    · %q (octets [%d,%d) de l'original) se lit %q — %s", c.Original, c.OrigStart, c.OrigEnd, c.Normalized, kindsFR(c.Kind)))
		}
	}
}

// splitElisions cuts a Match key at its elision marks.
func splitElisions(s string) []string {
	for _, m := range []string{"(...)", "[...]", "..."} {
		s = strings.ReplaceAll(s, m, "\x00")
	}
	var out []string
	for _, p := range strings.Split(s, "\x00") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// stripQuotes removes the quotation marks around a quote.
func stripQuotes(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"«", "»"}, {"“", "”"}, {`"`, `"`}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			return strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// reportWriter writes report lines and keeps the first error.
type reportWriter struct {
	w   io.Writer
	err error
}

func (r *reportWriter) line(s string) {
	if r.err == nil {
		_, r.err = fmt.Fprintln(r.w, s)
	}
}

// wrap writes s in lines of at most 100 characters, each after prefix.
func (r *reportWriter) wrap(s, prefix string) {
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		for _, word := range strings.Fields(para) {
			if line.Len() > 0 && len([]rune(line.String()))+1+len([]rune(word)) > 100 {
				r.line(prefix + line.String())
				line.Reset()
			}
			if line.Len() > 0 {
				line.WriteByte(' ')
			}
			line.WriteString(word)
		}
		r.line(prefix + line.String())
	}
}

// demoPassage is a passage of the JSON demo.
type demoPassage struct {
	Label        string     `json:"label"`
	Text         string     `json:"text"`
	Display      string     `json:"display"`
	Match        string     `json:"match"`
	Kinds        []string   `json:"kinds"`
	SameWords    *bool      `json:"same_words,omitempty"`
	Found        []demoSpan `json:"found,omitempty"`
	Deobfuscated string     `json:"deobfuscated,omitempty"`
}

// demoSpan is a piece of a quote found in the source, in the source's
// original bytes.
type demoSpan struct {
	Span [2]int `json:"source_span"`
	Text string `json:"text"`
}

type demoScenario struct {
	Title   string        `json:"title"`
	Context string        `json:"context"`
	Source  demoPassage   `json:"source"`
	Copies  []demoPassage `json:"copies"`
	Quotes  []demoPassage `json:"quotes"`
	Replies []demoPassage `json:"replies"`
}

// demoJSON prints the scenarios as JSON Lines, one object per scenario.
func demoJSON(stdout io.Writer) error {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, sc := range scenarios {
		src := normalize.Match.Normalize(sc.source.text)
		o := demoScenario{Title: sc.title, Context: sc.context, Source: describe(sc.source, sc.source.text),
			Copies: []demoPassage{}, Quotes: []demoPassage{}, Replies: []demoPassage{}}
		for _, c := range sc.copies {
			d := describe(c, stripQuotes(c.text))
			same := d.Match == src.String()
			d.SameWords = &same
			if !same {
				d.Found = findPieces(d.Match, src)
			}
			o.Copies = append(o.Copies, d)
		}
		for _, q := range sc.quotes {
			d := describe(q, stripQuotes(q.text))
			d.Found = findPieces(d.Match, src)
			o.Quotes = append(o.Quotes, d)
		}
		for _, a := range sc.abusive {
			d := describe(a, a.text)
			d.Deobfuscated = normalize.Deobfuscate(a.text).String()
			o.Replies = append(o.Replies, d)
		}
		if err := enc.Encode(o); err != nil {
			return err
		}
	}
	return nil
}

func describe(p passage, text string) demoPassage {
	t := normalize.Match.Normalize(text)
	kinds := t.Kinds().Names()
	if kinds == nil {
		kinds = []string{}
	}
	return demoPassage{Label: p.label, Text: p.text, Display: normalize.Display.String(p.text), Match: t.String(), Kinds: kinds}
}

// findPieces finds the pieces of a quote key (cut at elision marks) in the
// source, in order; it stops at the first piece not found.
func findPieces(key string, src normalize.Text) []demoSpan {
	found := []demoSpan{}
	from := 0
	for _, piece := range splitElisions(key) {
		i := strings.Index(src.String()[from:], piece)
		if i < 0 {
			break
		}
		i += from
		start, end := src.OriginalSpan(i, i+len(piece))
		found = append(found, demoSpan{Span: [2]int{start, end}, Text: src.Original()[start:end]})
		from = i + len(piece)
	}
	return found
}
