package quote

import (
	"slices"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

// This file reads what a cut does to the meaning (CONTRACT §3: "a cut or
// a change that reverses or shifts the meaning is altered, whatever
// marks the quote shows"): which words are negations, which cuts hide
// one, and which dropped or added words are a negation. The rules, by
// example, are in testdata/quote/RULES.md ("Meaning").
//
// The word lists below were written by the guillemet authors from French
// grammar (the negation adverbs and pronouns, the determiners that make
// a noun of "pas", "personne" or "point", the conjunctions that open a
// clause); they are Match keys: lower case, without accents.

// cut is a run of words that one difference stands for, kept until the
// meaning pass reads it: source words [a, b) skipped at a mark,
// truncated or deleted, or quote words [a, b) inserted.
type cut struct {
	diff int  // index of the difference in aligner.diffs
	a, b int  // the words
	kind Kind // Elision, TruncatedStart, TruncatedEnd, WordDeleted or WordInserted
}

// maxNegationRun is the longest run of words dropped or added without a
// mark that is reported as a negation rather than as words deleted or
// inserted: a negation and a word or two beside it (n' … jamais, pas
// vraiment). A longer run is a clause or a merged post.
const maxNegationRun = 3

// meaning reads every cut once the alignment is known: a cut that hides
// a negation becomes (at a mark) or gains (at the quote's edges) a
// Negation difference; a negation dropped or added without a mark is a
// Negation difference instead of a deletion or an insertion.
func (al *aligner) meaning() {
	slices.Sort(al.kept)
	s := al.s
	for _, c := range al.cuts {
		switch c.kind {
		case Elision, TruncatedStart, TruncatedEnd:
			lo, hi, ok := al.hiddenNegation(c.a, c.b)
			if !ok {
				continue
			}
			src := normalize.Span{Start: s.word(lo).OrigStart, End: s.word(hi).OrigEnd}
			al.changed++
			if c.kind == Elision {
				d := &al.diffs[c.diff]
				d.Kind, d.Source, d.SourceText = Negation, src, src.In(s.orig)
				continue
			}
			al.add(Negation, al.diffs[c.diff].Quote, src)
		case WordDeleted:
			if c.b-c.a <= maxNegationRun && anyNegation(s, c.a, c.b) {
				al.diffs[c.diff].Kind = Negation
			}
		case WordInserted:
			if c.b-c.a <= maxNegationRun && anyNegation(al.q, c.a, c.b) {
				al.diffs[c.diff].Kind = Negation
			}
		}
	}
}

// anyNegation reports whether words [a, b) of sd hold a negation.
func anyNegation(sd *side, a, b int) bool {
	for j := a; j < b; j++ {
		if negationAt(sd, j) {
			return true
		}
	}
	return false
}

// isKept reports whether the quote stands for source word j: paired
// with a quote word, or read as its slip, replacement or inclusive form.
func (al *aligner) isKept(j int) bool {
	if _, ok := slices.BinarySearchFunc(al.pairs, j, func(p pair, j int) int { return p.s - j }); ok {
		return true
	}
	_, ok := slices.BinarySearch(al.kept, j)
	return ok
}

// hiddenNegation reports whether the cut of source words [a, b) hides a
// negation that bears on the quoted words around it, and which negation
// words it concerns (lo..hi).
//
// A negation bears forward, over the rest of its clause (ne … pas and
// the verb and complements after them, sans and its object, non à…);
// an answer bears backward, over what it answers. So the cut hides a
// negation when:
//   - forward: its last clause holds a negation and the quoted words
//     after the cut go on with that clause (rightOpen), or the cut ends
//     at an incise mark inside a sentence the quoted words go on with,
//     and holds a negation followed by another incise (a negated clause
//     interrupted: "nous ne sommes pas, contrairement à vous, |
//     favorables");
//   - backward: the quoted words before the cut go on into its first
//     clause (leftOpen), and that clause starts with sans (an adjunct of
//     the quoted words: "ce budget | sans les amendements") or holds the
//     pas, jamais, rien… of a ne the quote keeps ("ne réglera | rien");
//   - or its first clause answers the quoted words just before it
//     (answer: "Raciste ? | Jamais.").
//
// Clauses and sentences cut whole in between say what they say.
func (al *aligner) hiddenNegation(a, b int) (lo, hi int, ok bool) {
	s := al.s
	// The cut's first clause is [a, fe), its last [ls, b).
	fe := a + 1
	for fe < b && !clauseBreak(s, fe) {
		fe++
	}
	ls := b - 1
	for ls > a && !clauseBreak(s, ls) {
		ls--
	}
	if rightOpen(s, a, b) {
		if lo, hi, ok := negationsIn(s, ls, b); ok {
			return lo, hi, true
		}
	}
	if b < len(s.words) && boundaryBefore(s, b) == inciseBoundary && !startsOwnClause(s, b) {
		ss := b - 1 // the cut's last sentence is [ss, b)
		for ss > a && boundaryBefore(s, ss) != sentenceBoundary {
			ss--
		}
		for j := ss; j < b; j++ {
			if !negationAt(s, j) {
				continue
			}
			for k := j + 1; k < b; k++ {
				if boundaryBefore(s, k) != noBoundary {
					return j, j, true
				}
			}
			break
		}
	}
	if leftOpen(s, a) {
		kept := neBeforeCut(s, a)
		for j := a; j < fe; j++ {
			if !negationAt(s, j) {
				continue
			}
			if j == a && s.word(j).Text == "sans" || kept && partners[s.word(j).Text] {
				return j, j, true
			}
		}
	}
	if a > 0 && al.isKept(a-1) {
		if lo, hi, ok := answer(s, a, b); ok {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

// clauseBreak reports whether a clause of sd begins at word j: after a
// sentence or incise mark, or with a conjunction that opens a clause.
func clauseBreak(sd *side, j int) bool {
	return boundaryBefore(sd, j) != noBoundary || opensClause(sd, j)
}

// leftOpen reports whether the words before word a of sd go on into it:
// the same clause, with no mark and no conjunction opening a clause.
func leftOpen(sd *side, a int) bool {
	return a > 0 && !clauseBreak(sd, a)
}

// rightOpen reports whether the words from word b of sd go on with the
// clause of the cut [a, b): no mark between them, no coordinating
// conjunction and subject pronoun (before the cut's end or after it),
// no clause of their own (startsOwnClause; que does not open one: a
// negation bears on the que clause after it).
func rightOpen(sd *side, a, b int) bool {
	if b >= len(sd.words) || boundaryBefore(sd, b) != noBoundary {
		return false
	}
	switch {
	case standingClause[sd.word(b-1).Text]: // "pourquoi | le conseil a voté"
		return false
	case b+1 < len(sd.words) && clauseCoordinators[sd.word(b).Text] && subjectPronouns[sd.word(b+1).Text]:
		return false
	case b-1 >= a && clauseCoordinators[sd.word(b-1).Text] && subjectPronouns[sd.word(b).Text]:
		return false
	}
	return !startsOwnClause(sd, b)
}

// neBeforeCut reports a ne or n' in the clause before word a of sd, that
// a cut from a leaves in the quote.
func neBeforeCut(sd *side, a int) bool {
	for k := a - 1; k >= 0 && k >= a-clauseReach; k-- {
		if isNe(sd, k) {
			return true
		}
		if clauseBreak(sd, k) {
			return false
		}
	}
	return false
}

// negationsIn returns the first and last negation words among words
// [a, b) of sd.
func negationsIn(sd *side, a, b int) (lo, hi int, ok bool) {
	lo, hi = -1, -1
	for j := a; j < b; j++ {
		if negationAt(sd, j) {
			if lo < 0 {
				lo = j
			}
			hi = j
		}
	}
	return lo, hi, lo >= 0
}

// boundary is what separates two words of a text.
type boundary uint8

const (
	noBoundary       boundary = iota
	inciseBoundary            // a comma, colon, dash, bracket or quotation mark
	sentenceBoundary          // a sentence mark, a line break, the start or end of the text
)

// boundaryBefore returns what separates word j-1 from word j of sd: a
// sentence mark or a line break, an incise mark (comma, colon, dash,
// bracket, quotation mark), or nothing. The start and the end of the
// text are sentence boundaries.
func boundaryBefore(sd *side, j int) boundary {
	if j <= 0 || j >= len(sd.words) {
		return sentenceBoundary
	}
	t0, t1 := sd.words[j-1], sd.words[j]
	b := noBoundary
	for t := t0 + 1; t < t1; t++ {
		b = max(b, punctClass(sd.toks[t].Text))
	}
	// Two words from one original character (½ gives 1⁄2) share its
	// bytes: nothing lies between them.
	if e, s := sd.toks[t0].OrigEnd, sd.toks[t1].OrigStart; b < sentenceBoundary && e < s && strings.ContainsAny(sd.orig[e:s], "\n\r\u2028\u2029") {
		b = sentenceBoundary
	}
	return b
}

// punctClass classifies a punctuation token of a Match key.
func punctClass(p string) boundary {
	switch {
	case strings.ContainsAny(p, ".!?"):
		return sentenceBoundary
	case strings.ContainsAny(p, ",;:()[]{}«»\"-"):
		return inciseBoundary
	}
	return noBoundary
}

// startsOwnClause reports whether the words from word b of sd open a
// clause of their own: a subject pronoun, or a conjunction that opens a
// clause other than que (a que clause depends on the verb before it).
func startsOwnClause(sd *side, b int) bool {
	w := sd.word(b).Text
	return subjectPronouns[w] || w != "que" && w != "qu" && opensClause(sd, b)
}

// opensClause reports whether word a of sd opens a clause: a
// conjunction followed, within two words, by a subject pronoun ("et
// nous", "parce qu'il", "même si je"), a conjunctive phrase ending in que
// ("sans que", "pour qu'", "bien que"), or a word that opens a clause
// whose content stands whatever the verb before it says (pourquoi,
// comment: "je ne comprends pas pourquoi | le conseil a voté").
func opensClause(sd *side, a int) bool {
	if a >= len(sd.words) {
		return false
	}
	if standingClause[sd.word(a).Text] {
		return true
	}
	if a+1 >= len(sd.words) {
		return false
	}
	w, next := sd.word(a).Text, sd.word(a+1).Text
	if (conjunctions[w] || phraseHeads[w]) && (next == "que" || next == "qu") {
		return true
	}
	if !conjunctions[w] {
		return false
	}
	for j := a + 1; j <= a+2 && j < len(sd.words); j++ {
		if subjectPronouns[sd.word(j).Text] {
			return true
		}
		if !conjunctions[sd.word(j).Text] {
			return false
		}
	}
	return false
}

// answer reports a negation that answers the words before the cut
// [a, b): the cut's first clause opens with a negation word, after at
// most three words that lead an answer (mais, bien sûr que, certainement,
// moi…), with no ne/n' in the clause. After a sentence mark it answers
// what was said ("Raciste ? Jamais.", "Faut-il… ? Bien sûr que non.");
// after a comma, or with no mark, only a restriction led by mais or sauf
// bears on the quoted words ("favorable, mais pas maintenant"), or que
// after a verb of opinion ("je pense | que non"): a contrast ("je parle
// du ton, pas des personnes") leaves them as they are, and a negation
// word that is the object of the quoted verb ("pour dire | non à…") or
// completes a ne, sans or ni the quote keeps ("sans consulter |
// personne") answers nothing. It returns the clause's negation words.
func answer(sd *side, a, b int) (lo, hi int, ok bool) {
	end := a + 1
	for end < b && !clauseBreak(sd, end) {
		end++
	}
	for j := a; j < end; j++ {
		if isNe(sd, j) {
			return 0, 0, false
		}
	}
	if boundaryBefore(sd, a) != sentenceBoundary {
		w := sd.word(a).Text
		switch {
		case governedBefore(sd, a):
			return 0, 0, false
		case w == "mais" || w == "sauf":
		case (w == "que" || w == "qu") && leftOpen(sd, a):
		default:
			return 0, 0, false
		}
	}
	lo = -1
	for j := a; j < end && j <= a+3; j++ {
		if negationAt(sd, j) {
			if w := sd.word(j).Text; w == "sans" || w == "ni" {
				return 0, 0, false
			}
			lo = j
			break
		}
		if !answerLeads[sd.word(j).Text] {
			return 0, 0, false
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	hi = lo
	for j := lo + 1; j < end; j++ {
		if negationAt(sd, j) {
			hi = j
		}
	}
	return lo, hi, true
}

// governedBefore reports a ne, sans or ni in the clause before word a of
// sd: a negation word after it completes that negation.
func governedBefore(sd *side, a int) bool {
	for k := a - 1; k >= 0 && k >= a-clauseReach; k-- {
		if w := sd.word(k).Text; isNe(sd, k) || w == "sans" || w == "ni" {
			return true
		}
		if clauseBreak(sd, k) {
			return false
		}
	}
	return false
}

// isNe reports a negation ne or n'.
func isNe(sd *side, j int) bool {
	w := sd.word(j).Text
	return (w == "ne" || w == "n") && negationAt(sd, j)
}

// negationAt reports whether word j of sd is a negation in its context
// (RULES.md, "Negation words, and when they negate").
func negationAt(sd *side, j int) bool {
	w := sd.word(j).Text
	if !negationWords[w] {
		return false
	}
	switch w {
	case "ne", "guere", "nullement", "ni":
		return true
	case "sans":
		switch wordAfter(sd, j, 1) {
		case "doute", "cesse": // sans doute: probably; sans cesse: constantly
			return false
		}
		return true
	case "n":
		// The elided n' (its apostrophe may be a token of its own when an
		// elision mark follows it), but not n'importe.
		t := sd.words[j]
		if !sd.toks[t].Elided && !(t+1 < len(sd.toks) && sd.toks[t+1].Text == "'") {
			return false
		}
		return wordAfter(sd, j, 1) != "importe"
	case "pas":
		p, n := wordBefore(sd, j, 1), wordAfter(sd, j, 1)
		switch {
		case nounBeforePas[p]: // un pas, faux pas
			return false
		case p == "a" && wordBefore(sd, j, 2) == "pas" && isA(sd, j-1), n == "a" && wordAfter(sd, j, 2) == "pas" && isA(sd, j+1): // pas à pas
			return false
		case n == "plus" && wordAfter(sd, j, 2) == "tard": // pas plus tard que: just
			return false
		}
		return true
	case "plus":
		if wordBefore(sd, j, 1) == "non" || negationPronouns[wordAfter(sd, j, 1)] {
			return true
		}
		return neBefore(sd, j)
	case "point":
		return neBefore(sd, j)
	case "personne":
		return !nounBeforePersonne[wordBefore(sd, j, 1)]
	case "rien":
		return wordBefore(sd, j, 1) != "un"
	case "jamais":
		switch wordBefore(sd, j, 1) {
		case "a": // à jamais, but n'a jamais
			return !isA(sd, j-1)
		case "si", "que": // si jamais, plus que jamais
			return false
		}
		return true
	case "aucun", "aucune", "aucuns", "aucunes":
		return wordBefore(sd, j, 1) != "d" // d'aucuns
	case "nul", "nulle", "nuls", "nulles":
		return wordAfter(sd, j, 1) == "part" || neBefore(sd, j) || neAfter(sd, j)
	case "non":
		return wordAfter(sd, j, 1) != "seulement"
	}
	return false
}

// wordBefore returns the key of the word k places before word j when
// only white space separates them (an elided word counts: d'aucuns),
// else "".
func wordBefore(sd *side, j, k int) string {
	if j-k < 0 {
		return ""
	}
	if sd.words[j]-sd.words[j-k] != k {
		return ""
	}
	return sd.word(j - k).Text
}

// wordAfter is wordBefore forward.
func wordAfter(sd *side, j, k int) string {
	if j+k >= len(sd.words) {
		return ""
	}
	if sd.words[j+k]-sd.words[j] != k {
		return ""
	}
	return sd.word(j + k).Text
}

// isA reports whether word j of sd is the preposition à, not the verb a
// (both have the Match key "a").
func isA(sd *side, j int) bool {
	t := sd.word(j)
	o := sd.orig[t.OrigStart:t.OrigEnd]
	return o == "à" || o == "À" || o == "a\u0300" || o == "A\u0300"
}

// clauseReach is how many words neBefore and neAfter look at.
const clauseReach = 10

// neBefore reports a ne or n' earlier in the clause of word j.
func neBefore(sd *side, j int) bool {
	for k := j - 1; k >= 0 && k >= j-clauseReach; k-- {
		if boundaryBefore(sd, k+1) != noBoundary {
			return false
		}
		if w := sd.word(k).Text; w == "ne" || w == "n" && negationAt(sd, k) {
			return true
		}
	}
	return false
}

// neAfter reports a ne or n' later in the clause of word j ("nul n'est").
func neAfter(sd *side, j int) bool {
	for k := j + 1; k < len(sd.words) && k <= j+clauseReach; k++ {
		if boundaryBefore(sd, k) != noBoundary {
			return false
		}
		if w := sd.word(k).Text; w == "ne" || w == "n" && negationAt(sd, k) {
			return true
		}
	}
	return false
}

// negationWords are every word that may be a negation (negationAt says
// when it is one).
var negationWords = wordSet(`ne n pas plus jamais rien personne aucun aucune aucuns aucunes guere point nullement nul
nulle nuls nulles sans non ni`)

// negationPronouns after plus make it a negation: plus jamais, plus rien.
var negationPronouns = wordSet(`jamais rien personne aucun aucune aucuns aucunes nulle`)

// nounBeforePas: determiners, numbers and adjectives that make a noun
// of pas (un pas en avant, à deux pas, faux pas, de ce pas).
var nounBeforePas = wordSet(`un le les ce cet ces mon ton son mes tes ses notre nos votre vos leur leurs du au aux
des de premier premiers dernier derniers faux grand grands petit petits quelques chaque
deux trois quatre cent mille bon mauvais nouveau nouveaux`)

// nounBeforePersonne: determiners and adjectives that make a noun of
// personne (une personne âgée, chaque personne, en personne).
var nounBeforePersonne = wordSet(`une la cette chaque toute quelle en seule autre tierce grande petite jeune vieille
premiere derniere meme telle certaine aucune nulle bonne simple moindre sa ma ta votre
notre leur quelque`)

// subjectPronouns open a clause of their own: a negation after one has
// its own verb.
var subjectPronouns = wordSet(`je j tu il elle on nous vous ils elles c ca cela ceci iel iels`)

// conjunctions that open a clause when a subject pronoun follows them.
var conjunctions = wordSet(`et mais ou car donc or puis si s quand lorsque lorsqu puisque puisqu parce que qu comme
quoique quoiqu meme bien alors tandis pendant des avant apres sinon`)

// phraseHeads open a clause with que: sans que, pour que, afin que.
var phraseHeads = wordSet(`sans pour afin sauf malgre depuis jusqu encore`)

// partners complete a ne: ne … pas, ne … jamais, n'… rien.
var partners = wordSet(`pas plus jamais rien personne aucun aucune aucuns aucunes guere point nullement nul
nulle nuls nulles`)

// standingClause open a clause whose content stands whatever the verb
// before them says: a negated "je ne comprends pas pourquoi" does not
// deny what follows pourquoi (si and que do not: "je ne sais pas si", "je
// ne crois pas que" bear on their clause).
var standingClause = wordSet(`pourquoi comment combien quand lorsque lorsqu puisque puisqu`)

// answerLeads may come before the negation word of an answer: "mais pas",
// "bien sûr que non", "certainement pas", "moi jamais".
var answerLeads = wordSet(`mais et ou bien sur que qu certainement absolument surtout toujours evidemment
meme vraiment encore enfin oh ah alors donc moi toi lui elle eux elles nous vous franchement
sincerement heureusement malheureusement helas oui clairement strictement pourtant non`)

// clauseCoordinators close a clause before them when a subject pronoun
// follows them (a que does not: a negation bears on the que clause
// after it).
var clauseCoordinators = wordSet(`et mais ou car donc or puis`)
