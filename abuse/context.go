package abuse

// Context: what keeps a matched word from being abuse uttered by the
// text's author. Three questions are asked of every match, in this
// order:
//
//   - negated: "tu n'es pas un connard", "je ne dis pas qu'elle est une
//     salope". A negation (pas, jamais, point, guère; plus, ni and
//     personne after ne) before the match in its clause, reached through
//     transparent words only (articles, être, dire, pronouns…). "Pas
//     qu'un", "plus qu'une" restrict, they do not negate: "t'es pas
//     qu'un connard" is abuse. A negated insult is neither uttered nor
//     reported: it is dropped.
//   - self: "je suis une salope et fière de l'être", "nous, les putes".
//     The author calls themself a name; dropped.
//   - reported: the author quotes or reports abuse instead of uttering
//     it. See reported.
//
// Everything here works on word flags (cues in lists.go); no rule looks
// further than the match's sentence and the sentences around a
// quotation.

func (t *tables) flag(tk *token) uint32 {
	if tk.id < 0 {
		return 0
	}
	return t.flags[tk.id]
}

// negScope is how far back, in words, a negation reaches.
const negScope = 12

// negated reports whether the match starting at word a is negated.
func (t *tables) negated(toks []token, a int32) bool {
	cl := toks[a].clause
	floor := max(a-negScope, 0)
	// « je n'arrêterai jamais de dire que … »: the negation is the
	// governing verb's, not the asserted clause's.
	if toks[a].own == ownPersist {
		for floor < a && toks[floor].own != ownPersist {
			floor++
		}
	}
	// "je ne souhaite la mort de personne": ne before the match.
	if a > 0 && toks[a-1].clause == cl && t.flag(&toks[a-1])&fNe != 0 {
		return true
	}
	hasNe := false
	for j := a - 1; j >= floor && toks[j].clause == cl; j-- {
		if t.flag(&toks[j])&fNe != 0 {
			hasNe = true
			break
		}
	}
	for j := a - 1; j >= floor && toks[j].clause == cl; j-- {
		f := t.flag(&toks[j])
		if f&fNegator != 0 || f&fNegatorNe != 0 && hasNe {
			// "pas qu'un connard", "plus que des larbins": restrictive.
			if j+2 < int32(len(toks)) && j+2 <= a &&
				t.flag(&toks[j+1])&fQue != 0 && t.flag(&toks[j+2])&fDet != 0 {
				return false
			}
			return true
		}
		if f&fNe != 0 {
			// "personne ici n'est un collabo", "aucun d'eux n'est…".
			for k := j - 1; k >= floor && toks[k].clause == cl; k-- {
				if t.flag(&toks[k])&fNegQuant != 0 {
					return true
				}
			}
			continue
		}
		if f&(fTransparent|fWalk|fNaming) == 0 {
			return false
		}
	}
	return false
}

// self reports whether the author gives themself the name at words
// [a, b): "je suis une salope", "nous sommes des putes", "quelle conne
// je suis".
func (t *tables) self(toks []token, a, b int32) bool {
	cl := toks[a].clause
	for j, steps := a-1, 0; j >= 0 && toks[j].clause == cl && steps < 5; j, steps = j-1, steps+1 {
		f := t.flag(&toks[j])
		if f&fSelf != 0 {
			return true
		}
		if f&(fDet|fQue|fWalk) == 0 {
			break
		}
	}
	if int(b)+1 < len(toks) && toks[b].clause == cl && toks[b+1].clause == cl &&
		t.flag(&toks[b])&fFirst != 0 && t.flag(&toks[b+1])&fSelf != 0 {
		return true
	}
	return false
}

// performative reports whether the verb at word k is said by the author
// in the first person ("je te traite de connard", "j'appelle à la
// tondre"): then what follows is uttered, not reported.
func (t *tables) performative(toks []token, k int32) bool {
	sent := toks[k].sent
	at := func(j int32) uint32 {
		if j < 0 || toks[j].sent != sent {
			return 0
		}
		return t.flag(&toks[j])
	}
	if at(k-1)&fFirst != 0 {
		return true
	}
	if at(k-1)&(fObj|fDet) != 0 && at(k-2)&fFirst != 0 {
		return true
	}
	return false
}

// learnt reports whether the verb at word k follows a verb of learning
// and « à » (« apprends à écrire »): an order, after which an insult
// is a vocative, not a mention.
func (t *tables) learnt(toks []token, k int32) bool {
	return k >= 2 && toks[k-2].sent == toks[k].sent &&
		t.flag(&toks[k-1])&fTo != 0 && t.flag(&toks[k-2])&fLearn != 0
}

// reported reports whether the match over words [a, b) is quoted or
// reported rather than uttered:
//
//   - quoted: it stands inside « » (or "") and the sentence that
//     introduces or follows the quotation holds a reporting word
//     (dit, écrit, message, tweet, insultes, reçu, traiter, plainte…):
//     "J'ai reçu ce message : « crève salope »", "« Sale arabe », a-t-il
//     lancé". Scare quotes without such a word stay uttered.
//   - named: it follows "de" after a naming verb of its sentence:
//     "ils me traitent de collabo", "se faisant traiter d'Arabe de
//     service, de collabo…", "qualifié de traître".
//   - mentioned: it follows a noun or verb of mention: "le mot pute",
//     "m'a appelée sale conne", "qui appellent à la tondre".
//   - listed: it follows a noun of abuse introduced by a colon or
//     "comme": "des insultes comme connard", "les messages : …".
//   - indirect speech: "il m'a dit que j'étais une salope", "ils disent
//     que je suis un traître"; not "je dis que" (the author's own);
//   - counter-speech: the clause after a verb of saying and "que" that
//     the author blames or refutes: "arrêtez de dire que…", "ceux qui
//     prétendent que… se trompent", "Dire que… montre…"; not when the
//     author endorses it: "… ont bien raison", "je continuerai à dire
//     que…" (see counterSpeech).
func (t *tables) reported(sc *scratch, a, b int32) bool {
	toks := sc.toks
	if q := toks[a].quote; q >= 0 && t.quoteCued(sc, q) {
		return true
	}
	if toks[a].own != 0 {
		return false
	}
	sent := toks[a].sent
	same := func(j int32) bool { return j >= 0 && toks[j].sent == sent }
	// mentioned: walk back over articles and adjectives to a cue.
	j := a - 1
	for steps := 0; same(j) && steps < 4; j, steps = j-1, steps+1 {
		f := t.flag(&toks[j])
		if f&fImmediate != 0 {
			if !t.performative(toks, j) && !t.learnt(toks, j) {
				return true
			}
			break
		}
		if f&(fWalk|fDe) == 0 {
			break
		}
	}
	// named: "de" before the span, a naming verb before it.
	j = a - 1
	for steps := 0; same(j) && steps < 4 && t.flag(&toks[j])&fDe == 0; j, steps = j-1, steps+1 {
		if t.flag(&toks[j])&fWalk == 0 {
			j = -1
			break
		}
	}
	if same(j) && t.flag(&toks[j])&fDe != 0 && toks[j].naming == namingReport {
		return true
	}
	// listed, introduced speech and indirect speech (see annotate).
	return toks[a].repBefore
}

// The naming states of annotate.
const (
	namingReport = 1 // "ils me traitent de"
	namingSelf   = 2 // "je te traite de"
)

// annotate prepares, in one pass over the words, what reported needs so
// that each match costs a few steps whatever the length of its
// sentence: the sentence bounds, the prefix counts of quote cues, the
// nearest naming verb before each word, and whether a list ("des
// insultes comme", "les messages :"), an introduced speech ("il m'a
// écrit :") or an indirect speech ("ils disent que") opened before it.
func (t *tables) annotate(sc *scratch) {
	toks := sc.toks
	n := int32(len(toks))
	nsent := int32(0)
	if n > 0 {
		nsent = toks[n-1].sent + 1
	}
	sc.sentLo = grow(sc.sentLo, int(nsent))
	sc.sentHi = grow(sc.sentHi, int(nsent))
	sc.prefQ = grow(sc.prefQ, int(n)+1)
	sc.qcache = sc.qcache[:0]
	for range sc.regions {
		sc.qcache = append(sc.qcache, 0)
	}
	var naming uint8
	triggered, speech := false, false
	lastNoun := int32(-1)
	sc.prefQ[0] = 0
	for i := int32(0); i < n; i++ {
		tk := &toks[i]
		if i == 0 || toks[i-1].sent != tk.sent {
			sc.sentLo[tk.sent] = i
			naming, triggered, speech, lastNoun = 0, false, false, -1
		}
		sc.sentHi[tk.sent] = i
		f := t.flag(tk)
		sc.prefQ[i+1] = sc.prefQ[i]
		if f&fQuote != 0 {
			sc.prefQ[i+1]++
		}
		tk.naming, tk.repBefore = naming, triggered
		if f&fNaming != 0 {
			naming = namingReport
			if t.performative(toks, i) {
				naming = namingSelf
			}
		}
		if f&fQue != 0 && speech {
			triggered = true
		}
		if f&fSpeech != 0 && !t.firstNear(toks, i) {
			speech = true
		}
		if f&fCueNoun != 0 {
			lastNoun = i
		}
		if lastNoun >= 0 && i-lastNoun <= 3 && (tk.colon || i > lastNoun && i-lastNoun <= 2 && f&fListIntro != 0) {
			triggered = true
		}
		if f&fQuote != 0 && tk.colon && !t.firstNear(toks, i) {
			triggered = true
		}
	}
	t.counterSpeech(sc)
}

// How far a verb of saying reaches to its "que" (« insister sur le fait
// que »), and how far before it its governor may stand (« arrêtez enfin
// de dire », « continuent encore à répéter »).
const (
	sayReach = 4
	govReach = 5
)

// counterSpeech finds the clauses of reported speech that the author
// blames, refutes or only reports: the clause after a verb of saying
// and "que" (dire, prétendre, répéter, affirmer, écrire…), when
//
//   - a verb or word of stopping or blame governs the verb: « arrêtez de
//     dire que », « il faut cesser de prétendre que », « tu n'as pas
//     honte de dire que », « c'est faux de dire que », « ils ont tort de
//     répéter que »; unless the author says it of themself under a
//     negation (« je n'arrêterai jamais de dire que », « je n'ai pas
//     honte de dire que »: they persist);
//   - a verb of continuing, starting or daring whose subject is not the
//     author: « ma tante continue à dire que », « ils osent dire que »
//     (not « je continuerai à dire que », « j'ose dire que »);
//   - a verb of hearing or letting: « entendre dire que », « on ne peut
//     plus laisser dire que », « voir ces gens dire que »;
//   - the verb is an infinitive that opens its clause, the subject of
//     what follows: « Dire que … montre à quel point vous vous
//     fourvoyez », « Prétendre que …, c'est … »;
//   - the verb is conjugated and its subject is not the author: « ceux
//     qui disent que … se trompent », « ils répètent que … », « vous
//     dites que … ? » (not « je dis que », « moi je dis que »);
//
// unless it is endorsed: « ceux qui disent que … ont bien raison »,
// « … n'ont pas tort », « mon père avait raison de dire que … », « faut
// bien dire que … », « …, c'est la vérité ». Such a clause, from the word
// after "que" to the end of its clause, is reported: its matches are
// marked so (repBefore), and its words go to sc.said, which recordQuotes
// gives the learned scorer as a quotation. A clause the author endorses
// or says themself (« je continuerai à dire que », « j'ose dire que »)
// is uttered (own), even where a verb of saying would otherwise report
// it (« ceux qui disent que », « dire » before a mention).
func (t *tables) counterSpeech(sc *scratch) {
	toks := sc.toks
	sc.said = sc.said[:0]
	n := int32(len(toks))
	for i := int32(0); i < n; i++ {
		if t.flag(&toks[i])&fSay == 0 {
			continue
		}
		cl := toks[i].clause
		q := int32(-1)
		for j := i + 1; j < n && j <= i+sayReach && toks[j].clause == cl; j++ {
			if t.flag(&toks[j])&fQue != 0 {
				q = j
				break
			}
		}
		if q < 0 || q+1 >= n || toks[q+1].clause != cl {
			continue
		}
		last := q + 1
		for last+1 < n && toks[last+1].clause == cl {
			last++
		}
		g := t.sayGoverned(toks, i)
		switch {
		case g == sayOwn || g == sayPersist || g == sayOpen && t.endorsedBefore(toks, i) ||
			g == sayReported && (t.endorsedBefore(toks, i) || t.endorsedAfter(toks, q)):
			if !toks[q].repBefore && toks[q+1].repBefore {
				for k := q + 1; k < n && toks[k].sent == toks[q].sent; k++ {
					toks[k].repBefore = false
				}
			}
			own := uint8(ownSaid)
			if g == sayPersist {
				own = ownPersist
			}
			for k := q + 1; k <= last; k++ {
				toks[k].own = own
			}
		case g == sayReported || g == sayBlamed:
			for k := q + 1; k <= last; k++ {
				toks[k].repBefore = true
			}
			sc.said = append(sc.said, [2]int32{q + 1, last})
		}
		i = last
	}
}

// What governs a verb of saying (sayGoverned).
const (
	sayOpen     = iota // nothing: the other rules decide
	sayReported        // reported, unless endorsed
	sayBlamed          // reported under a word of stopping, blame or hearing
	sayOwn             // the author's own
	sayPersist         // the author's own, under a negated verb of stopping
)

// The values of token.own.
const (
	ownSaid    = 1
	ownPersist = 2
)

// sayGoverned tells what governs the verb of saying at word i (see
// counterSpeech).
func (t *tables) sayGoverned(toks []token, i int32) int {
	sent := toks[i].sent
	for j := i - 1; j >= 0 && j >= i-govReach && toks[j].sent == sent; j-- {
		g := t.flag(&toks[j])
		switch {
		case g&fStop != 0:
			// « je n'ai pas honte de dire que », « je n'arrêterai
			// jamais de dire que »: the author persists.
			if t.negatedBetween(toks, j-3, i) && t.firstBetween(toks, j-govReach, j) {
				return sayPersist
			}
			return sayBlamed
		case g&fGoOn != 0:
			if t.firstNear(toks, j) {
				return sayOwn
			}
			return sayReported
		case g&fHear != 0:
			return sayBlamed
		}
	}
	// « vous ne pouvez pas (sérieusement) croire que », « on ne peut
	// pas dire que »: a negated verb of saying or believing whose
	// subject is not the author refutes what follows.
	if t.negatedBetween(toks, i-govReach, i) && !t.firstBetween(toks, i-govReach, i) {
		return sayBlamed
	}
	switch {
	case t.firstNear(toks, i):
		return sayOwn
	case t.flag(&toks[i])&fSayInf == 0, i == 0 || toks[i-1].clause != toks[i].clause:
		return sayReported
	}
	return sayOpen
}

// endorsedBefore reports a word of endorsement in the three words before
// the verb of saying at word i: « il avait raison de dire que », « faut
// bien dire que ».
func (t *tables) endorsedBefore(toks []token, i int32) bool {
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == toks[i].sent; j-- {
		if t.flag(&toks[j])&fEndorse != 0 {
			return true
		}
	}
	return false
}

// endorsedAfter reports an endorsement after "que" at word q, in its
// sentence: « ont (bien) raison », « n'ont pas tort », « c'est la
// vérité », « c'est vrai »; not « n'ont pas raison », « c'est pas vrai »,
// nor « Hitler avait raison » (what is reported, not who reports it).
func (t *tables) endorsedAfter(toks []token, q int32) bool {
	sent := toks[q].sent
	at := func(k int32) uint32 {
		if k < 0 || k >= int32(len(toks)) || toks[k].sent != sent {
			return 0
		}
		return t.flag(&toks[k])
	}
	for j := q + 1; j < int32(len(toks)) && toks[j].sent == sent; j++ {
		switch {
		case at(j)&fEndorse != 0 && at(j-1)&fNegator == 0 && at(j-2)&fNegator == 0 &&
			(at(j-1)&fHave != 0 || at(j-2)&fHave != 0):
			return true
		case at(j)&fWrong != 0 && (at(j-1)&fNegator != 0 || at(j-2)&fNegator != 0):
			return true
		}
	}
	return false
}

// firstBetween reports a first-person word among the words [a, b) of
// b's sentence.
func (t *tables) firstBetween(toks []token, a, b int32) bool {
	for j := max(a, 0); j < b; j++ {
		if toks[j].sent == toks[b].sent && t.flag(&toks[j])&fFirst != 0 {
			return true
		}
	}
	return false
}

// negatedBetween reports a negation among the words [a, b) of b's
// sentence.
func (t *tables) negatedBetween(toks []token, a, b int32) bool {
	for j := max(a, 0); j < b; j++ {
		if toks[j].sent == toks[b].sent && t.flag(&toks[j])&(fNe|fNegator) != 0 {
			return true
		}
	}
	return false
}

func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// firstNear reports a first-person subject in the three words before k:
// "je dis que", "j'ai dit que", "je te le dis :".
func (t *tables) firstNear(toks []token, k int32) bool {
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].sent == toks[k].sent; j-- {
		if t.flag(&toks[j])&fFirst != 0 {
			return true
		}
	}
	return false
}

// quoteCued reports whether quotation q is introduced or followed by a
// reporting word: the words outside it in the sentences of its first and
// last words and of the words just before and after it. The verdict is
// kept for the other matches of the quotation.
func (t *tables) quoteCued(sc *scratch, q int32) bool {
	if c := sc.qcache[q]; c != 0 {
		return c > 0
	}
	toks := sc.toks
	r := sc.regions[q]
	cued := false
	if r.last >= r.first {
		// check counts the quote cues of a sentence outside r.
		check := func(sent int32) bool {
			lo, hi := sc.sentLo[sent], sc.sentHi[sent]
			n := sc.prefQ[hi+1] - sc.prefQ[lo]
			if ilo, ihi := max(lo, r.first), min(hi, r.last); ilo <= ihi {
				n -= sc.prefQ[ihi+1] - sc.prefQ[ilo]
			}
			return n > 0
		}
		cued = check(toks[r.first].sent) || check(toks[r.last].sent) ||
			r.first > 0 && check(toks[r.first-1].sent) ||
			int(r.last)+1 < len(toks) && check(toks[r.last+1].sent)
	}
	sc.qcache[q] = -1
	if cued {
		sc.qcache[q] = 1
	}
	return cued
}
