package quote

import (
	"strings"
)

// This file reads a phrase that names a speaker — a proper name, a title
// and a surname, or a description whose noun is a role or a body — and
// tells its gender and number where the words do.

// speakerRef is a speaker as one phrase of the article gives it.
type speakerRef struct {
	text   string // a proper name, or the description as written
	name   bool   // text is a proper name (or a title and a surname)
	g      gender // 0 when the words do not tell
	plural bool
	head   string // the noun of a description, lower case, singular as written
}

// plurals are the determiners of a plural description.
var plurals = wordSet(`les des ses ces leurs plusieurs certains certaines quelques nombre d'autres aux`)

// detGender gives the gender a determiner shows.
var detGender = map[string]gender{
	"le": masculine, "un": masculine, "ce": masculine, "cet": masculine, "du": masculine, "au": masculine,
	"la": feminine, "une": feminine, "cette": feminine, "sa": feminine, "certains": masculine,
	"certaines": feminine,
}

// readSpeaker reads np, a subject or an agent as the attribution writes
// it, and reports whether it names someone who can speak: a run of
// capitalised words ("Marie Lenoir", "Radio Ventoux"), a title and a name
// ("Mme Leroux"), a determiner and a noun of speakerNouns ("la rectrice",
// "un conseiller municipal", "l'adjoint aux finances", "une source proche
// du dossier") or a capitalised name after a determiner ("Le Progrès").
// Inside a description, a person's name given in apposition wins: "le
// député Paul Hamon" is "Paul Hamon"; "la présidente de Radio Ventoux"
// stays as written.
func readSpeaker(np string) (speakerRef, bool) {
	np = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(np), ",;:"))
	toks := strings.Fields(np)
	if len(toks) == 0 || len(toks) > 14 {
		return speakerRef{}, false
	}
	for i := 1; i < len(toks); i++ {
		if verbAfter(toks[i-1], toks[i]) {
			return speakerRef{}, false
		}
	}
	lf := strings.ToLower(toks[0])
	if g := titles[lf]; g != 0 || honorifics[toks[0]] {
		if len(toks) < 2 || !startsUpper(toks[1]) {
			return speakerRef{}, false
		}
		if runs := nameRuns(strings.Join(toks[1:], " ")); len(runs) > 0 && len(strings.Fields(runs[0])) == len(toks)-1 {
			return speakerRef{text: runs[0], name: true, g: g}, true
		}
		if len(toks) == 2 {
			return speakerRef{text: np, name: true, g: g}, true
		}
		return speakerRef{}, false
	}
	det, rest := "", toks
	switch {
	case determiners[lf]:
		det, rest = lf, toks[1:]
	case hasElidedDeterminer(toks[0]):
		det = "l'"
		rest = append([]string{trimElision(toks[0])}, toks[1:]...)
	}
	if det == "" {
		// A proper name, and nothing else.
		runs := nameRuns(np)
		if len(runs) == 1 && runs[0] == strings.Join(toks, " ") && !commonCapitalised[strings.ToLower(toks[0])] {
			return speakerRef{text: runs[0], name: true}, true
		}
		return speakerRef{}, false
	}
	if len(rest) == 0 {
		return speakerRef{}, false
	}
	ref := speakerRef{text: np, plural: plurals[det]}
	g := detGender[det]
	k := 0
	for k < len(rest)-1 {
		ag, ok := preNominal[strings.ToLower(rest[k])]
		if !ok {
			break
		}
		g = agree(g, ag)
		k++
	}
	headWord := bare(rest[k])
	if len(headWord) > 3 && strings.EqualFold(headWord[:3], "ex-") {
		headWord = headWord[3:]
	}
	if startsUpper(headWord) {
		// "Le Progrès", "La Provence": a body's name with its article.
		return ref, true
	}
	hg, plural, ok := speakerNoun(headWord)
	if !ok {
		return speakerRef{}, false
	}
	ref.head = strings.ToLower(headWord)
	ref.plural = ref.plural || plural
	ref.g = agree(g, hg)
	if name := appositionName(rest[k+1:]); name != "" {
		return speakerRef{text: name, name: true, g: ref.g, head: ref.head}, true
	}
	return ref, true
}

// appositionName returns the person's name written after a
// description's noun: right after it and its adjectives ("le député Paul
// Hamon", "la militante féministe lyonnaise Margaux Tessier"), or after a
// complement when it opens with a first name ("la sénatrice du Vaucluse
// Josiane Morel"). A name in a complement is not the speaker's: "la
// présidente de l'association Carpentras Demain", "la présidente de Radio
// Ventoux".
func appositionName(after []string) string {
	j := 0
	for j < len(after) && !startsUpper(after[j]) {
		lw := strings.ToLower(after[j])
		if prepositions[lw] || determiners[lw] || hasElidedDeterminer(after[j]) || strings.ContainsAny(after[j], ",;:") {
			break
		}
		j++
	}
	if j < len(after) && startsUpper(after[j]) {
		rest := strings.Join(after[j:], " ")
		if runs := nameRuns(rest); len(runs) > 0 && strings.HasPrefix(rest, runs[0]) && !notPersonName(runs[0]) {
			return runs[0]
		}
	}
	for i := j; i+1 < len(after); i++ {
		if firstNameGender(bare(after[i])) == 0 {
			continue
		}
		rest := strings.Join(after[i:], " ")
		if runs := nameRuns(rest); len(runs) > 0 && strings.HasPrefix(rest, runs[0]) {
			return runs[0]
		}
	}
	return ""
}

// notPersonName reports whether a run of capitalised words names a
// medium, a body or a place: it holds one of notPersonWords and does not
// open with a first name.
func notPersonName(run string) bool {
	f := strings.Fields(run)
	if len(f) == 0 || firstNameGender(f[0]) != 0 {
		return false
	}
	for _, w := range f {
		for _, part := range strings.Split(w, "-") {
			if notPersonWords[part] {
				return true
			}
		}
	}
	return false
}

// beVerbs are forms of être: before a participle they make it passive
// ("X a été traité de « … » par Y"), inside a subject they show it is
// none.
var beVerbs = wordSet(`est été sont était étaient sera seront fut serait`)

// verbLike reports whether a word is an auxiliary, a form of être or a
// verb of saying: no subject holds one.
func verbLike(w string) bool {
	lw := strings.ToLower(bare(stripElidedClitic(w)))
	return auxiliaries[lw] || beVerbs[lw] || speechVerbs[lw]
}

// verbAfter reports whether w, coming after prev, reads as a verb: a
// participle right after a determiner is a noun ("le prévenu", "un
// écrit").
func verbAfter(prev, w string) bool {
	lp := strings.ToLower(bare(prev))
	if _, adj := preNominal[lp]; determiners[lp] || adj {
		return false
	}
	return verbLike(w)
}

// prepositions put a name in a complement, not in apposition: "la
// présidente de Radio Ventoux".
var prepositions = wordSet(`de d' d’ du des à au aux pour par sur dans chez avec contre en entre`)

// agree combines two genders: equal or one unknown gives the known one;
// two different give an unknown one.
func agree(a, b gender) gender {
	switch {
	case a == 0:
		return b
	case b == 0 || a == b:
		return a
	}
	return 0
}

// trimElision removes an elided article: "l'adjoint" → "adjoint".
func trimElision(w string) string {
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		_, n := firstRune(w[i:])
		return w[i+n:]
	}
	return w
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

// nameOf returns the proper name in a subject ("Le député Paul Hamon" →
// "Paul Hamon", true), or the subject as written ("le maire de Bordeaux",
// false).
func nameOf(np string) (string, bool) {
	np = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(np), ",;:"))
	if ref, ok := readSpeaker(np); ok {
		return ref.text, ref.name
	}
	return np, false
}

// commonCapitalised are words capitalised at a sentence start that begin
// no name: "Selon Jean Dupré" names Jean Dupré.
var commonCapitalised = wordSet(`selon pour d'après d’après depuis dans sur sous chez avec après avant
pendant lors face contre entre par parmi mais et ou donc or ni car puis alors ainsi aussi enfin
ensuite pourtant cependant toutefois quand lorsque si comme invité invitée interrogé interrogée
contacté contactée joint jointe interpellé interpellée hier aujourd'hui aujourd’hui demain lundi
mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
septembre octobre novembre décembre à au aux en de du des un une ce cet cette ces son sa ses il elle
ils elles on je nous vous tu ma mon mes notre votre leur leurs nos vos tout tous toute toutes chaque
plusieurs certains certaines aucun aucune quelques le la les l' l’ madame monsieur mme m. mlle me
merci bravo non oui voilà voici question réponse q r chers cher chère chères`)

// nameRuns returns the runs of two or more capitalised words of s, in
// order. Punctuation after a word ends its run ("Hélène Marceau. À"
// gives "Hélène Marceau"); a capitalised determiner, title or sentence
// opener starts none.
func nameRuns(s string) []string {
	var runs []string
	var cur []string
	flush := func() {
		if len(cur) >= 2 {
			runs = append(runs, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for _, w := range strings.Fields(s) {
		b := strings.TrimRight(w, ",.;:!?)»”\"")
		b = strings.TrimLeft(b, "(«“\"")
		if b == "" || !startsUpper(b) || hasElidedDeterminer(b) || titles[strings.ToLower(w)] != 0 ||
			(len(cur) == 0 && commonCapitalised[strings.ToLower(b)]) {
			flush()
			continue
		}
		cur = append(cur, b)
		if b != w {
			flush()
		}
	}
	flush()
	return runs
}
