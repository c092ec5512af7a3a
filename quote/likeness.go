package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
)

// This file says when two different word keys are still the same word:
// a slip (an OCR confusion or a typo), or the same word in inclusive
// writing and in one gender. Numbers, in figures or in words, never
// slip into one another.

// likeness is how a quote word that the edit script left unpaired
// relates to a source word beside it.
type likeness uint8

const (
	unlike    likeness = iota
	slipped            // a Spelling difference
	inclusive          // an Inclusive difference: the words match
)

// liken says whether quote word qw and source word sw are the same word
// but for a slip or for inclusive writing.
func liken(qw, sw normalize.Token) likeness {
	if inclusiveKin(qw.Text, sw.Text) {
		return inclusive
	}
	if slip(qw, sw) {
		return slipped
	}
	return unlike
}

// slip reports whether quote word qw and source word sw are the same word
// but for a small slip: an OCR confusion, or an edit distance of 1 (2 for
// words of eight letters or more) once case and accents are folded, in a
// word of four letters or more. Numbers never slip into other numbers,
// in figures or in words (sixième and dixième, dizaine and douzaine are
// one letter or two apart), nor tool words into other tool words (sans
// and dans, rien and bien, nous and vous): each is a word of its own,
// and a change of meaning.
func slip(qw, sw normalize.Token) bool {
	if ocrShort(qw.Text, sw.Text) {
		return true
	}
	if qw.Kind == normalize.Number && sw.Kind == normalize.Number {
		return false
	}
	a, b := qw.Text, sw.Text
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if max(la, lb) < 4 || min(la, lb) < 3 {
		return false
	}
	if va, vb := numberValue(a), numberValue(b); va != "" && vb != "" && va != vb {
		return false
	}
	if otherToolWord(a, b) {
		return false
	}
	// A compound (Valid-Until-Min, peut-être) slips part by part: Min
	// and Max are three letters each, other words, whatever the length
	// of the compound around them. (Most words have no hyphen: they are
	// not split.)
	if strings.ContainsAny(a, "-_") && strings.ContainsAny(b, "-_") {
		if pa, pb := compoundParts(a), compoundParts(b); len(pa) > 1 && len(pa) == len(pb) {
			for i := range pa {
				if pa[i] != pb[i] && !slip(normalize.Token{Text: pa[i], Kind: qw.Kind}, normalize.Token{Text: pb[i], Kind: sw.Kind}) {
					return false
				}
			}
			return true
		}
	}
	if normalize.OCREqual(a, b) {
		return true
	}
	if qw.Kind == normalize.Number || sw.Kind == normalize.Number {
		return false
	}
	limit := 1
	if max(la, lb) >= 8 {
		limit = 2
	}
	// The OCR key folds rn to m and cl to d: a typo next to such a pair
	// ("garnties" for "garanties") is nearer without that fold.
	return normalize.SpellingDistance(a, b, limit) <= limit ||
		normalize.EditDistance(normalize.FoldWord(a), normalize.FoldWord(b), limit) <= limit
}

// ocrShort reports whether quote word q is an OCR misreading of the
// short source word s (normalize.ShortMisreading; Match keys). One way
// only: the quote is what was read off a screenshot, the source is the
// post as written, so a source's « 11 » is no misreading of a quote's
// « il ».
func ocrShort(q, s string) bool { return s != "" && normalize.ShortMisreading(q) == s }

// numberValue returns a key for the number a French number word says
// (quatre-vingts and quatre-vingt give the same key), or "" when w is
// not a number word. Compounds join their parts with hyphens (dix-huit,
// vingt-et-un).
func numberValue(w string) string {
	if w == "" {
		return ""
	}
	var b strings.Builder
	for part := range strings.SplitSeq(w, "-") {
		if part == "et" {
			continue
		}
		p := strings.TrimSuffix(part, "s")
		if !numberWords[p] && !numberWords[part] {
			return ""
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(p)
	}
	return b.String()
}

// numberWords are the French cardinal, ordinal and collective number
// words (Match keys, singular), written by the guillemet authors.
var numberWords = wordSet(`zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
quinze seize vingt trente quarante cinquante soixante septante huitante octante nonante
cent mille mil million milliard premier premiere second seconde deuxieme troisieme
quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme onzieme douzieme
treizieme quatorzieme quinzieme seizieme vingtieme trentieme quarantieme cinquantieme
soixantieme centieme millieme millionieme milliardieme dizaine douzaine quinzaine
vingtaine trentaine quarantaine cinquantaine soixantaine centaine millier demi double
triple quadruple moitie quart tiers`)

// otherToolWord reports two different tool words (pronouns,
// determiners, prepositions, conjunctions, negations and common adverbs):
// they never slip into one another, but for a plural s or x (tout and
// tous, leur and leurs are slips).
func otherToolWord(a, b string) bool {
	if !toolWords[a] || !toolWords[b] {
		return false
	}
	return strings.TrimRight(a, "sx") != strings.TrimRight(b, "sx")
}

// toolWords are French words of four letters or more of the closed
// classes (Match keys), written by the guillemet authors.
var toolWords = wordSet(`nous vous elle elles leur leurs ceux celle celles celui cela ceci quoi dont quel quelle
quels quelles lequel laquelle cette notre votre tout toute tous toutes chaque quelque quelques
plusieurs aucun aucune aucuns aucunes certains certaines dans sans pour avec sous vers chez
entre contre depuis pendant avant apres selon malgre parmi durant mais donc quand comme lorsque
puisque parce bien rien plus moins tres trop aussi assez encore toujours jamais deja ainsi alors
voila guere point nullement personne`)

// inclusiveMark is how the Match key writes an inclusive ending
// (agent·e·s becomes agent·es).
const inclusiveMark = "·"

// inclusiveKin reports whether two Match keys are one word in inclusive
// writing and the same word in one gender and the same number (agent·es
// and agents or agentes, acteur·ices and acteurs or actrices, tou·tes
// and tous), or the same stem in two inclusive spellings (acteur·ices
// and acteur·rices).
func inclusiveKin(a, b string) bool {
	ia, ib := strings.Index(a, inclusiveMark), strings.Index(b, inclusiveMark)
	switch {
	case ia < 0 && ib < 0:
		return false
	case ia >= 0 && ib >= 0:
		return a[:ia] == b[:ib] && strings.HasSuffix(a, "s") == strings.HasSuffix(b, "s")
	case ia < 0:
		a, b, ia = b, a, ib
	}
	stem, end := a[:ia], a[ia+len(inclusiveMark):]
	if stem == "" || strings.Contains(end, inclusiveMark) {
		return false
	}
	masc := stem
	if strings.HasSuffix(end, "s") && !strings.HasSuffix(stem, "x") && !strings.HasSuffix(stem, "s") {
		masc += "s"
	}
	return b == masc || genderPair(masc, b)
}

// genderPair reports whether f is the feminine of the masculine m, in
// the same number: elle for il, actrices for acteurs, citoyennes for
// citoyens, toutes for tous.
func genderPair(m, f string) bool {
	if m == "" || f == "" || m == f {
		return false
	}
	if feminines[m] == f {
		return true
	}
	ms, fs := m, f
	switch {
	case strings.HasSuffix(m, "x"): // heureux: one form for both numbers
		fs = strings.TrimSuffix(f, "s")
	case strings.HasSuffix(m, "s"):
		if !strings.HasSuffix(f, "s") {
			return false
		}
		ms, fs = m[:len(m)-1], f[:len(f)-1]
	case strings.HasSuffix(f, "s"):
		return false
	}
	if ms == "" {
		return false
	}
	if fs == ms+"e" {
		return true
	}
	if last := ms[len(ms)-1:]; fs == ms+last+"e" { // citoyenne, nulle, cheffe
		return true
	}
	for _, r := range feminineEndings {
		if strings.HasSuffix(ms, r[0]) && fs == ms[:len(ms)-len(r[0])]+r[1] {
			return true
		}
	}
	return false
}

// feminineEndings turn a masculine singular ending into a feminine one.
var feminineEndings = [][2]string{
	{"teur", "trice"}, {"eur", "rice"}, {"eur", "euse"}, {"er", "ere"}, {"f", "ve"}, {"x", "se"},
	{"eau", "elle"}, {"c", "que"},
}

// feminines are the irregular pairs: pronouns and a few adjectives.
var feminines = map[string]string{
	"il": "elle", "ils": "elles", "celui": "celle", "ceux": "celles", "lui": "elle", "eux": "elles",
	"le": "la", "tous": "toutes", "nouveau": "nouvelle", "nouveaux": "nouvelles", "beau": "belle",
	"beaux": "belles", "vieux": "vieille", "fou": "folle", "mou": "molle", "chacun": "chacune",
}

// slashDoublet reports whether word j of sd stands next to word k (k is
// j-1 or j+1) with only a slash between them, and the two are the two
// genders of one word: ils/elles, citoyens/citoyennes, elles/ils.
func slashDoublet(sd *side, j, k int) bool {
	if k < 0 || k >= len(sd.words) {
		return false
	}
	lo, hi := min(j, k), max(j, k)
	if sd.words[hi]-sd.words[lo] != 2 || sd.toks[sd.words[lo]+1].Text != "/" {
		return false
	}
	a, b := sd.word(j).Text, sd.word(k).Text
	return genderPair(a, b) || genderPair(b, a)
}

// compoundParts splits a word at its hyphens and underscores; a word
// without them is one part.
func compoundParts(w string) []string {
	return strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '_' })
}
