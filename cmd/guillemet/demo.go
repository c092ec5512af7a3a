package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
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
	showAlignment(w, p, src)
}

func showQuote(w *reportWriter, p passage, src normalize.Text) {
	w.line("")
	w.line("Citation — " + p.label + " :")
	w.wrap(p.text, "  │ ")
	t := normalize.Match.Normalize(stripQuotes(p.text))
	showSteps(w, t)
	showAlignment(w, p, src)
}

// verdictFR and differenceFR say the contract's words in French.
var verdictFR = map[quote.Verdict]string{
	quote.Verbatim:   "mot pour mot",
	quote.Equivalent: "équivalente (mêmes mots, autre typographie)",
	quote.Excerpt:    "extrait fidèle",
	quote.Elided:     "coupes marquées",
	quote.Altered:    "citation modifiée",
	quote.NotFound:   "introuvable dans cette source",
}

var differenceFR = map[quote.Kind]string{
	quote.Typography: "typographie", quote.Spacing: "espaces", quote.Case: "casse",
	quote.Accent: "accents", quote.Inclusive: "écriture inclusive", quote.Ligature: "ligatures",
	quote.Emoji: "émojis", quote.Link: "lien", quote.Mention: "mentions", quote.Mojibake: "encodage cassé",
	quote.Spelling: "orthographe", quote.WordReplaced: "mot remplacé", quote.WordInserted: "mots ajoutés",
	quote.WordDeleted: "mots supprimés", quote.Elision: "coupe marquée", quote.TruncatedStart: "début omis",
	quote.TruncatedEnd: "suite omise",
}

// showAlignment aligns the passage with the source (package quote) and
// shows the verdict and every difference, in French.
func showAlignment(w *reportWriter, p passage, src normalize.Text) {
	a, err := quote.Align(stripQuotes(p.text), src.Original())
	if err != nil {
		w.line("  → " + err.Error())
		return
	}
	w.line(fmt.Sprintf("  → verdict : %s — %s (score %.2f)", a.Verdict, verdictFR[a.Verdict], a.Score))
	if a.Verdict == quote.NotFound {
		return
	}
	w.line(fmt.Sprintf("    passage de la source, octets [%d,%d) :", a.Source.Start, a.Source.End))
	w.wrap(a.Source.In(src.Original()), "      ")
	for _, d := range a.Differences {
		w.line(fmt.Sprintf("    · %-18s citation %s  source %s", differenceFR[d.Kind], showText(d.QuoteText), showText(d.SourceText)))
	}
}

// showText quotes a difference's text for the report, or says it is absent.
func showText(s string) string {
	if s == "" {
		return "—"
	}
	s = strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\t", "⇥").Replace(s)
	if len(s) > 60 {
		cut := 57
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return "«" + s + "»"
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
	Label        string         `json:"label"`
	Text         string         `json:"text"`
	Display      string         `json:"display"`
	Match        string         `json:"match"`
	Kinds        []string       `json:"kinds"`
	Alignment    *alignmentJSON `json:"alignment,omitempty"`
	Deobfuscated string         `json:"deobfuscated,omitempty"`
}

// alignmentJSON is a quote.Alignment in the contract's JSON words
// (CONTRACT §4 verify: verdict, score, spans, differences).
type alignmentJSON struct {
	Verdict     string           `json:"verdict"`
	Score       float64          `json:"score"`
	QuoteSpan   quote.Span       `json:"quote_span"`
	SourceSpan  quote.Span       `json:"source_span"`
	Differences []differenceJSON `json:"differences"`
}

type differenceJSON struct {
	Kind       string     `json:"kind"`
	Quote      string     `json:"quote"`
	Source     string     `json:"source"`
	QuoteSpan  quote.Span `json:"quote_span"`
	SourceSpan quote.Span `json:"source_span"`
}

func toAlignmentJSON(a quote.Alignment) *alignmentJSON {
	o := &alignmentJSON{Verdict: a.Verdict.String(), Score: a.Score, QuoteSpan: a.Quote, SourceSpan: a.Source,
		Differences: []differenceJSON{}}
	for _, d := range a.Differences {
		o.Differences = append(o.Differences, differenceJSON{Kind: d.Kind.String(), Quote: d.QuoteText,
			Source: d.SourceText, QuoteSpan: d.Quote, SourceSpan: d.Source})
	}
	return o
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
			if a, err := quote.Align(stripQuotes(c.text), src.Original()); err == nil {
				d.Alignment = toAlignmentJSON(a)
			}
			o.Copies = append(o.Copies, d)
		}
		for _, q := range sc.quotes {
			d := describe(q, stripQuotes(q.text))
			if a, err := quote.Align(stripQuotes(q.text), src.Original()); err == nil {
				d.Alignment = toAlignmentJSON(a)
			}
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
