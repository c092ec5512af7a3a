package quote

import (
	"slices"
	"strings"
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
			src := Span{s.word(lo).OrigStart, s.word(hi).OrigEnd}
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
// negation, and which negation words it concerns (lo..hi).
//
// Only the cut's first and last sentences can bear on the quoted words
// around it: whole sentences cut in between say what they say. Each of
// those two is harmless when it holds no negation or is closed (see
// closedCut); and the cut's first clause must not answer the quoted
// words just before it (see answer).
func (al *aligner) hiddenNegation(a, b int) (lo, hi int, ok bool) {
	s := al.s
	end := a + 1 // the first sentence of the cut is [a, end)
	for end < b && boundaryBefore(s, end) != sentenceBoundary {
		end++
	}
	if lo, hi, ok := negationsIn(s, a, end); ok && !closedCut(s, a, end) {
		return lo, hi, true
	}
	if end < b {
		start := b - 1 // the last sentence of the cut is [start, b)
		for start > end && boundaryBefore(s, start) != sentenceBoundary {
			start--
		}
		if lo, hi, ok := negationsIn(s, start, b); ok && !closedCut(s, start, b) {
			return lo, hi, true
		}
	}
	if a > 0 && al.isKept(a-1) {
		if lo, hi, ok := answer(s, a, b); ok {
			return lo, hi, true
		}
	}
	return 0, 0, false
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
	clauseBoundary            // a conjunction and a subject pronoun open a clause
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
	if b < sentenceBoundary && strings.ContainsAny(sd.orig[sd.toks[t0].OrigEnd:sd.toks[t1].OrigStart], "\n\r\u2028\u2029") {
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

// closedCut reports whether the cut of words [a, b) of sd stands apart
// from the words around it, so that a negation inside it cannot bear on
// them: it begins at the start of the text, after a sentence or incise
// mark, or with a conjunction that opens a clause (opensClause); it ends
// at the end of the text, before a sentence or incise mark, or before a
// coordinating conjunction and a subject pronoun (or with the
// conjunction, the pronoun kept after the cut).
//
// When it ends at an incise mark and the words after it do not open a
// clause of their own (startsOwnClause), the sentence may go on after
// the mark, and the negated clause with it: the last sentence of the cut
// must then hold no ne/n' if it is a whole sentence start ("Je ne suis
// pas, | favorable"), and no incise mark after its first negation word
// ("nous ne sommes pas, contrairement à vous, | favorables").
func closedCut(sd *side, a, b int) bool {
	left := boundaryBefore(sd, a)
	if left == noBoundary && opensClause(sd, a) {
		left = clauseBoundary
	}
	right := boundaryBefore(sd, b)
	if right == noBoundary && b < len(sd.words) {
		switch {
		case b+1 < len(sd.words) && coordinators[sd.word(b).Text] && subjectPronouns[sd.word(b+1).Text]:
			right = clauseBoundary
		case b-1 > a && coordinators[sd.word(b-1).Text] && subjectPronouns[sd.word(b).Text]:
			right = clauseBoundary
		}
	}
	if right == inciseBoundary && b < len(sd.words) && startsOwnClause(sd, b) {
		right = clauseBoundary
	}
	if left == noBoundary || right == noBoundary {
		return false
	}
	if right != inciseBoundary {
		return true
	}
	tail := a
	for j := a + 1; j < b; j++ {
		if boundaryBefore(sd, j) == sentenceBoundary {
			tail = j
		}
	}
	startsSentence := tail > a || left == sentenceBoundary
	first := b
	for j := tail; j < b; j++ {
		if !negationAt(sd, j) {
			continue
		}
		if startsSentence && isNe(sd, j) {
			return false
		}
		first = min(first, j)
	}
	for j := first + 1; j < b; j++ {
		if boundaryBefore(sd, j) != noBoundary {
			return false
		}
	}
	return true
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
// nous", "parce qu'il", "même si je"), or a conjunctive phrase ending in
// que ("sans que", "pour qu'", "bien que").
func opensClause(sd *side, a int) bool {
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
// [a, b): its first clause holds a negation word with no ne/n' in the
// clause, no sans or ni before it and no subject pronoun before it
// ("Raciste ? Jamais.", "favorable, mais pas maintenant", "Bien sûr que
// non"). It returns the clause's negation words.
func answer(sd *side, a, b int) (lo, hi int, ok bool) {
	end := a + 1
	for end < b && boundaryBefore(sd, end) == noBoundary && !opensClause(sd, end) {
		end++
	}
	lo, hi = -1, -1
	for j := a; j < end; j++ {
		if isNe(sd, j) {
			return 0, 0, false
		}
	}
	pronoun, governed := false, false
	for j := a; j < end; j++ {
		w := sd.word(j).Text
		switch {
		case subjectPronouns[w]:
			pronoun = true
		case w == "sans" || w == "ni":
			governed = true
		case negationAt(sd, j) && lo < 0 && !pronoun && !governed:
			lo = j
		}
		if lo >= 0 && negationAt(sd, j) {
			hi = j
		}
	}
	return lo, hi, lo >= 0
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
	case "ne", "guere", "nullement", "sans", "ni":
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

// coordinators close a clause before them when a subject pronoun
// follows them (a que does not: a negation bears on the que clause
// after it).
var coordinators = wordSet(`et mais ou car donc or puis`)
