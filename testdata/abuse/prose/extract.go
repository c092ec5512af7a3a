//go:build ignore

// extract.go writes testdata/abuse/prose.tsv: French sentences of a
// packaged French text, neutral prose on which the abuse classifier's
// false-positive rate is measured (abuse/realquality_test.go). It reads
// the French Debian Reference and the French Debian FAQ as Debian ships
// them in plain text (packages debian-reference-fr, GPL-2+, and
// debian-faq-fr, the FAQ's permission notice):
//
//	apt-get install debian-reference-fr debian-faq-fr
//	go run testdata/abuse/prose/extract.go \
//		/usr/share/debian-reference/debian-reference.fr.txt.gz \
//		/usr/share/doc/debian/FAQ/debian-faq.fr.txt.gz > testdata/abuse/prose.tsv
//
// The output depends on the inputs only: paragraphs of running text
// (indented lines; titles and tables are left out, list bullets
// dropped, no-break spaces made spaces) are split into sentences; a sentence is kept when it is 40 to 220 bytes long,
// starts with a capital letter, ends with . ! or ?, holds no URL, path,
// shell or markup character, reads as French (at least three French
// function words, no English one) and was not kept before. The split
// column follows the CRC-32 of the sentence: even dev, odd test.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// sentenceEnd ends a sentence: . ! or ? then a space and a capital
	// letter or an opening quote.
	sentenceEnd = regexp.MustCompile(`[.!?] +[\p{Lu}«]`)
	french      = words("le la les des du de est et un une pour dans sur avec qui que vous pas sont être au aux ce cette en il elle ne se son sa ses leur peut plus")
	english     = words("the and is to of with you this that for are be it from by on can")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: go run extract.go file.txt.gz… > prose.tsv")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprint(w, header)
	x := extractor{w: w, seen: map[string]bool{}}
	for _, name := range os.Args[1:] {
		if err := x.file(name); err != nil {
			fmt.Fprintln(os.Stderr, "extract:", err)
			os.Exit(1)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

// extractor numbers the sentences kept across files.
type extractor struct {
	w    io.Writer
	seen map[string]bool
	n    int
}

// file writes the sentences of one gzipped text; their kind is the
// file's name up to its first dot ("debian_reference").
func (x *extractor) file(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	kind := strings.ReplaceAll(strings.SplitN(filepath.Base(name), ".", 2)[0], "-", "_")
	seen, w := x.seen, x.w
	keep := func(para []string) {
		text := strings.Join(para, " ")
		for _, s := range sentences(text) {
			if seen[s] || !wanted(s) {
				continue
			}
			seen[s] = true
			x.n++
			split := "dev"
			if crc32.ChecksumIEEE([]byte(s))%2 == 1 {
				split = "test"
			}
			fmt.Fprintf(w, "p%04d\t%s\t0\t%s\t%s\n", x.n, split, kind, s)
		}
	}
	var para []string
	prose := true
	sc := bufio.NewScanner(gz)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			if prose && len(para) > 0 {
				keep(para)
			}
			para, prose = para[:0], true
			continue
		}
		line = strings.ReplaceAll(line, "\u00a0", " ")
		body := strings.TrimSpace(line)
		if !strings.HasPrefix(line, " ") || strings.Contains(body, "|") || strings.HasPrefix(body, "+-") {
			prose = false // a title, a table
		}
		body = strings.TrimPrefix(strings.TrimPrefix(body, "* "), "+ ")
		para = append(para, body)
	}
	if prose && len(para) > 0 {
		keep(para)
	}
	return sc.Err()
}

// sentences splits a paragraph into sentences.
func sentences(text string) []string {
	var out []string
	for {
		loc := sentenceEnd.FindStringIndex(text)
		if loc == nil {
			return append(out, strings.TrimSpace(text))
		}
		_, size := utf8.DecodeLastRuneInString(text[:loc[1]])
		out = append(out, strings.TrimSpace(text[:loc[0]+1]))
		text = text[loc[1]-size:]
	}
}

// wanted reports a sentence of plain French prose.
func wanted(s string) bool {
	if len(s) < 40 || len(s) > 220 || !strings.ContainsAny(s[len(s)-1:], ".!?") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	if strings.Contains(s, "://") || strings.ContainsAny(s, "/$#=_{}<>|\\`^[]~*@\"") {
		return false
	}
	fr := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if english[w] {
			return false
		}
		if french[w] {
			fr++
		}
	}
	return fr >= 3
}

const header = `# prose.tsv: neutral French prose, none of it abusive: the sentences on
# which abuse/realquality_test.go measures the false-positive rate.
# Extracted by testdata/abuse/prose/extract.go (read it for the rules
# and the command) from the French translations of the Debian Reference
# (Osamu Aoki and its translators; package debian-reference-fr; GPL-2+,
# testdata/abuse/prose/COPYING.debian-reference) and of the Debian FAQ
# (Software in the Public Interest; package debian-faq-fr; its
# permission notice, testdata/abuse/prose/COPYING.debian-faq). Technical
# prose: it holds « démon », « exécuter », « cible », « privilège » in
# their neutral senses, few people and no insults.
#
# Format: the one of testdata/abuse/threats.tsv (eval.ReadSet): id,
# split (dev or test, by the CRC-32 of the sentence), abusive (always 0),
# kind (the source), text.
id	split	abusive	kind	text
`
