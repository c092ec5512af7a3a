package quote

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
)

// QuotationKind says how a quotation is marked in the article.
type QuotationKind uint8

// Quotation kinds.
const (
	Guillemets     QuotationKind = iota // « … »
	CurlyQuotes                         // “ … ”
	StraightQuotes                      // " … "
	Embedded                            // an embedded post: text — Name (@handle) date
)

var quotationKindNames = [...]string{"guillemets", "curly", "straight", "embedded"}

// String returns "guillemets", "curly", "straight" or "embedded".
func (k QuotationKind) String() string {
	if int(k) < len(quotationKindNames) {
		return quotationKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the kind as its name.
func (k QuotationKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// SpeakerBasis says how the article gives a quotation's speaker.
type SpeakerBasis uint8

// Speaker bases.
const (
	// SpeakerUnknown: the article does not say who spoke (a heading, a
	// standalone paragraph, a scare quote, words of unnamed others).
	// Speaker is empty.
	SpeakerUnknown SpeakerBasis = iota
	// SpeakerNamed: the speaker is named beside the quotation, in its
	// sentence ("a déclaré X", "selon X", "X a répondu :", "la rectrice,
	// elle, a répondu :"), or is the author of an embedded post.
	SpeakerNamed
	// SpeakerPronoun: the quotation's clause gives a pronoun ("a-t-elle
	// ajouté", "poursuit-il", "Elle a répondu :"), resolved to a person
	// or body the article named before it.
	SpeakerPronoun
	// SpeakerContinued: the quotation has no attribution of its own but
	// stands in the same sentence as the quotation before it, whose
	// speaker it keeps.
	SpeakerContinued
)

var speakerBasisNames = [...]string{"unknown", "named", "pronoun", "continued"}

// String returns "unknown", "named", "pronoun" or "continued".
func (b SpeakerBasis) String() string {
	if int(b) < len(speakerBasisNames) {
		return speakerBasisNames[b]
	}
	return "unknown"
}

// MarshalText encodes the basis as its name.
func (b SpeakerBasis) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// A Quotation is a quoted text found in an article.
//
// Span holds its byte offsets into the article, from the first byte of
// the quoted text (after the opening mark and the white space inside it)
// to the last. Parts lists the spans of its pieces: one for most
// quotations; several for a quotation that runs over paragraphs (Text then
// joins them with "\n") or is cut by an incise ("« A », dit-il, « B »":
// Text joins them with a space). With a single part, Text is exactly
// Span.In(article).
type Quotation struct {
	Text  string
	Span  normalize.Span
	Parts []normalize.Span
	Kind  QuotationKind
	// Speaker is who the article says spoke, in its words: a name ("Marie
	// Lenoir"), a description ("le maire de Bordeaux", "cet individu") or a
	// handle ("@mlenoir") when nothing better is said. It is empty when the
	// article does not say: a quotation never inherits the speaker of an
	// earlier one except in the same sentence (see Basis).
	Speaker string
	// Basis says how Speaker was found: named beside the quotation,
	// resolved from a pronoun, kept from the quotation before in the same
	// sentence, or unknown.
	Basis SpeakerBasis
	// Attribution is the phrase that names the speaker ("a déclaré Marie
	// Lenoir", "selon Marie Lenoir", "a-t-elle ajouté", the signature of an
	// embedded post). It may be set while Speaker is empty, when the
	// clause names nobody in particular ("a-t-on appris") or a pronoun the
	// article leaves in doubt.
	Attribution string
	// Short marks a quotation of three words or fewer: scare quotes, a
	// single quoted insult. Callers verifying statements usually skip them.
	Short bool
	// Handle and Date are set for embedded posts: the author's handle
	// without "@", and the date printed under the post as YYYY-MM-DD.
	Handle string
	Date   string
}

// MaxShortWords is the longest quotation, in words, marked Short.
const MaxShortWords = 3

// Extract returns the quotations of a French article or post, in article
// order (an embedded post comes before the quotations inside it). See
// testdata/quote/EXTRACT_RULES.md in the repository for the rules it
// follows, by example. It accepts any input: invalid UTF-8 is read as
// U+FFFD, unbalanced marks end at the paragraph's end.
func Extract(article string) []Quotation {
	x := &extractor{text: article}
	x.paragraphs()
	x.embeddedPosts()
	x.scan()
	sort.SliceStable(x.quotes, func(i, j int) bool {
		a, b := x.quotes[i], x.quotes[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return a.Kind == Embedded && b.Kind != Embedded
	})
	x.attribute()
	x.mergeIncises()
	x.resolve()
	out := make([]Quotation, len(x.quotes))
	for i, q := range x.quotes {
		out[i] = q.Quotation
	}
	return out
}

type extractor struct {
	text   string
	paras  []normalize.Span
	quotes []*found
	// handles maps embedded posts' handles to their authors' names.
	handles map[string]string
	posts   []*found // the embedded posts, in article order
	narr    *narrator
}

// found is a quotation being built, with what attribute and resolve
// need.
type found struct {
	Quotation
	open, close normalize.Span // the outer marks (empty for embedded posts)
	after       bool           // the attribution follows the quotation
	named       bool           // Speaker is a proper name
	afterEnd    int            // end of the attribution clause that follows
	post        *found         // the embedded post whose text holds this quotation
	prev        *found         // the quotation before, in the same paragraph and sentence
	pronoun     gender         // the subject is a pronoun: il, elle, or one naming nobody
	pronounAt   int            // where the pronoun's clause starts
	reply       bool           // "lui a-t-il répondu": the speaker answers the one before
	// The speaker's gender, number and referent, for pronouns after it.
	g      gender
	plural bool
	key    string
}

// paragraphs splits the text at line breaks; blank lines are not
// paragraphs.
func (x *extractor) paragraphs() {
	start := 0
	for i := 0; i <= len(x.text); i++ {
		if i == len(x.text) || x.text[i] == '\n' {
			seg := x.text[start:i]
			if strings.TrimFunc(seg, isBlank) != "" {
				l := len(seg) - len(strings.TrimLeftFunc(seg, isBlank))
				r := len(strings.TrimRightFunc(seg, isBlank))
				x.paras = append(x.paras, normalize.Span{Start: start + l, End: start + r})
			}
			start = i + 1
		}
	}
}

func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

const monthsEN = `January|February|March|April|May|June|July|August|September|October|November|December`
const monthsFR = `janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre`

var signatureRe = regexp.MustCompile(`\s[—–-]\s*([^—–()\n]{1,80}?)\s*\(@([A-Za-z0-9_]{1,30})\)\s+((?:` + monthsEN + `)\s+\d{1,2},\s+\d{4}|\d{1,2}(?:er)?\s+(?:` + monthsFR + `)\s+\d{4})\s*$`)

var monthNumber = map[string]int{}

func init() {
	for i, m := range strings.Split(monthsEN, "|") {
		monthNumber[strings.ToLower(m)] = i + 1
	}
	fr := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	for i, m := range fr {
		monthNumber[m] = i + 1
	}
	monthNumber["fevrier"], monthNumber["aout"], monthNumber["decembre"] = 2, 8, 12
}

// embeddedPosts finds paragraphs that end with a post's signature.
func (x *extractor) embeddedPosts() {
	x.handles = map[string]string{}
	for _, p := range x.paras {
		para := x.text[p.Start:p.End]
		m := signatureRe.FindStringSubmatchIndex(para)
		if m == nil {
			continue
		}
		body := strings.TrimRightFunc(para[:m[0]], isBlank)
		if body == "" {
			continue
		}
		name := strings.TrimSpace(para[m[2]:m[3]])
		handle := para[m[4]:m[5]]
		q := &found{Quotation: Quotation{
			Text: body, Span: normalize.Span{Start: p.Start, End: p.Start + len(body)}, Kind: Embedded,
			Speaker: name, Handle: handle, Date: isoDate(para[m[6]:m[7]]),
			Attribution: strings.TrimSpace(para[m[0]:]),
		}, named: true}
		q.Parts = []normalize.Span{q.Span}
		q.Short = countWords(body) <= MaxShortWords
		x.quotes = append(x.quotes, q)
		x.posts = append(x.posts, q)
		x.handles[strings.ToLower(handle)] = name
	}
}

// isoDate turns "December 1, 2020" or "1er décembre 2020" into
// "2020-12-01".
func isoDate(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(f) != 3 {
		return ""
	}
	day, month := f[1], f[0]
	if _, ok := monthNumber[strings.ToLower(month)]; !ok {
		day, month = f[0], f[1]
	}
	day = strings.TrimSuffix(day, "er")
	if len(day) == 1 {
		day = "0" + day
	}
	mo := monthNumber[strings.ToLower(month)]
	return f[2] + "-" + string(rune('0'+mo/10)) + string(rune('0'+mo%10)) + "-" + day
}

// scan walks each paragraph for quotation marks.
func (x *extractor) scan() {
	for pi := 0; pi < len(x.paras); pi++ {
		p := x.paras[pi]
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(x.text[i:])
			switch {
			case r == '«':
				next := x.guillemets(pi, i)
				if next.para > pi {
					pi = next.para
					p = x.paras[pi]
				}
				i = next.at
				continue
			case r == '“':
				i = x.pair(p, i, n, '”', CurlyQuotes)
				continue
			case r == '"' && x.opensStraight(p, i):
				i = x.pair(p, i, n, '"', StraightQuotes)
				continue
			}
			i += n
		}
	}
}

type pos struct{ para, at int }

// guillemets reads a « … » quotation opening at i in paragraph pi, over
// several paragraphs when the next one reopens with « or ». It returns
// where scanning goes on.
func (x *extractor) guillemets(pi, i int) pos {
	q := &found{Quotation: Quotation{Kind: Guillemets}}
	q.open = normalize.Span{Start: i, End: i + len("«")}
	depth := 0
	start := i + len("«")
	for {
		p := x.paras[pi]
		j := start
		closed := -1
		for j < p.End {
			r, n := utf8.DecodeRuneInString(x.text[j:])
			if r == '«' {
				depth++
			} else if r == '»' {
				if depth == 0 {
					closed = j
					break
				}
				depth--
			}
			j += n
		}
		if closed >= 0 {
			x.addPart(q, start, closed)
			q.close = normalize.Span{Start: closed, End: closed + len("»")}
			x.finish(q)
			return pos{pi, q.close.End}
		}
		x.addPart(q, start, p.End)
		// Continued in the next paragraph?
		if pi+1 < len(x.paras) {
			np := x.paras[pi+1]
			r, n := utf8.DecodeRuneInString(x.text[np.Start:])
			if r == '«' || r == '»' {
				pi++
				start = np.Start + n
				depth = 0
				continue
			}
		}
		q.close = normalize.Span{Start: p.End, End: p.End}
		x.finish(q)
		return pos{pi, p.End}
	}
}

// pair reads a quotation between open (at i, n bytes) and the closing rune
// in the same paragraph; without one, an unbalanced curly quote runs to
// the paragraph's end and a lone straight quote is no quotation.
func (x *extractor) pair(p normalize.Span, i, n int, closing rune, kind QuotationKind) int {
	start := i + n
	end := strings.IndexRune(x.text[start:p.End], closing)
	q := &found{Quotation: Quotation{Kind: kind}, open: normalize.Span{Start: i, End: start}}
	if end < 0 {
		if kind == StraightQuotes {
			return start
		}
		x.addPart(q, start, p.End)
		q.close = normalize.Span{Start: p.End, End: p.End}
		x.finish(q)
		return p.End
	}
	end += start
	x.addPart(q, start, end)
	q.close = normalize.Span{Start: end, End: end + utf8.RuneLen(closing)}
	x.finish(q)
	return q.close.End
}

// opensStraight reports whether the " at i opens a quotation: at the start
// of the paragraph or after a space or opening punctuation, and before a
// non-space.
func (x *extractor) opensStraight(p normalize.Span, i int) bool {
	if i > p.Start {
		r, _ := utf8.DecodeLastRuneInString(x.text[p.Start:i])
		if !unicode.IsSpace(r) && !strings.ContainsRune("([:—–-'’", r) {
			return false
		}
	}
	if i+1 >= p.End {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.text[i+1:])
	return !unicode.IsSpace(r)
}

// addPart adds the text between a and b, without the white space inside
// the marks, as a part of q.
func (x *extractor) addPart(q *found, a, b int) {
	seg := x.text[a:b]
	l := len(seg) - len(strings.TrimLeftFunc(seg, isBlank))
	r := len(strings.TrimRightFunc(seg, isBlank))
	if l >= r {
		return
	}
	q.Parts = append(q.Parts, normalize.Span{Start: a + l, End: a + r})
}

// finish completes q from its parts and keeps it if it holds any text.
func (x *extractor) finish(q *found) {
	if len(q.Parts) == 0 {
		return
	}
	q.Span = normalize.Span{Start: q.Parts[0].Start, End: q.Parts[len(q.Parts)-1].End}
	texts := make([]string, len(q.Parts))
	for i, p := range q.Parts {
		texts[i] = x.text[p.Start:p.End]
	}
	q.Text = strings.Join(texts, "\n")
	q.Short = countWords(q.Text) <= MaxShortWords
	x.quotes = append(x.quotes, q)
}

// countWords counts the fields of s that hold a letter or digit.
func countWords(s string) int {
	n, counted := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			counted = false
			continue
		}
		if !counted && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			n++
			counted = true
		}
	}
	return n
}
