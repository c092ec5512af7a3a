package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/provenance"
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

// runDemo implements "guillemet demo": the bundled stories, end to end.
// Each story loads its embedded archive, verifies the texts that
// circulated (package provenance: the original post, its thread, the
// author's surrounding posts) and prints the report; --json prints the
// verify JSON lines, each with the story's title.
func runDemo(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per verified quote instead of the report")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	ctx := context.Background()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	w := &reportWriter{w: stdout}
	if !*asJSON {
		w.line("guillemet — démonstration (personnes et comptes fictifs, inspirés de cas réels)")
	}
	for i, s := range stories {
		mem, err := loadStory(ctx, s)
		if err != nil {
			return err
		}
		inputs, err := storyQuotes(s)
		if err != nil {
			return err
		}
		if !*asJSON {
			w.line("")
			w.line(fmt.Sprintf("━━ %d. %s ━━", i+1, s.title))
			w.wrap(s.context, "")
			n, err := mem.Len(ctx)
			if err != nil {
				return err
			}
			w.line(fmt.Sprintf("(archive : %d messages)", n))
		}
		for _, in := range inputs {
			res, err := provenance.Link(ctx, mem, in.text, nil)
			if err != nil {
				return fmt.Errorf("story %q: %w", s.title, err) // the bundled quotes all have words
			}
			if *asJSON {
				o := demoLine{Story: s.title, verifyOutput: toVerifyJSON(in, res)}
				if err := enc.Encode(o); err != nil {
					return err
				}
				continue
			}
			w.line("")
			showResult(w, in, res, nil)
			if s.replies && res.Source != nil {
				showReplies(w, res)
			}
		}
		if s.montage == "" {
			continue
		}
		c, err := storyMontage(s)
		if err != nil {
			return err
		}
		m, err := montage.Judge(ctx, mem, c, montage.Options{Classifier: abuse.New()})
		if err != nil {
			return err
		}
		if *asJSON {
			if err := enc.Encode(demoMontageLine{Story: s.title, Montage: toMontageJSON(m)}); err != nil {
				return err
			}
			continue
		}
		w.line("")
		w.line("La capture qui a circulé : son tweet dans un bloc de messages d'autres comptes.")
		w.line("")
		showMontage(w, c, m)
	}
	return w.err
}

// demoMontageLine is the JSON line of a story's montage.
type demoMontageLine struct {
	Story   string        `json:"story"`
	Montage montageOutput `json:"montage"`
}

// demoLine is one line of "guillemet demo --json".
type demoLine struct {
	Story string `json:"story"`
	verifyOutput
}

// showReplies reads the replies others wrote to the source through the
// de-obfuscation fold, so that masked insults show for what they are.
func showReplies(w *reportWriter, r *provenance.Result) {
	w.line("")
	w.line("  Les réponses viennent d'autres comptes ; lues sans dissimulation :")
	for _, p := range r.Thread.Replies {
		if p.Author == r.Source.Author {
			continue
		}
		showAbusive(w, "@"+p.Author, p.Text)
	}
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
	quote.WordDeleted: "mots supprimés", quote.Negation: "négation coupée", quote.Punctuation: "ponctuation changée",
	quote.Elision: "coupe marquée", quote.TruncatedStart: "début omis", quote.TruncatedEnd: "suite omise",
}

// differenceLabel says a difference in French: its kind, and for a
// negation whether it was cut (at a mark, at the edge, or dropped) or
// added.
func differenceLabel(d quote.Difference) string {
	if d.Kind == quote.Negation && d.Source.Len() == 0 {
		return "négation ajoutée"
	}
	return differenceFR[d.Kind]
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

func showAbusive(w *reportWriter, who, text string) {
	t := normalize.Deobfuscate(text)
	w.line(fmt.Sprintf("    %s : %s", who, oneLine(text)))
	if t.String() != text {
		w.line("      lue sans dissimulation : " + t.String())
	}
	for _, c := range t.Changes() {
		if c.Kind&(normalize.Obfuscation|normalize.Homoglyph) != 0 {
			w.line(fmt.Sprintf("        · %q (octets [%d,%d) de l'original) se lit %q — %s", c.Original, c.OrigStart, c.OrigEnd, c.Normalized, kindsFR(c.Kind)))
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
