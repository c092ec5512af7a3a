package quote

import (
	"sort"
	"strings"

	"github.com/guillemet/guillemet/normalize"
)

// This file gives each quotation its final speaker, in article order:
// a handle becomes the name of the embedded post signed with it; a
// pronoun ("a-t-elle ajouté") becomes the person or body it stands for,
// when the article leaves no doubt; a quotation in the same sentence as
// another keeps that one's speaker; every other quotation without an
// attribution of its own has no speaker. An unknown speaker is honest; a
// wrong one puts words in someone's mouth.
//
// A pronoun is resolved on the mentions of the narrative — the text
// outside quotations: proper names, titles and surnames, and descriptions
// whose noun can speak ("la rectrice", "le maire", "la préfecture").
// A name's gender comes from the text: a title ("Mme"), a role beside it
// ("la sénatrice Nadia Ferhat", "Hélène Marceau, conseillère municipale"),
// or a first name used for one sex only. A description's comes from its
// words ("la", "l'ancienne", "rectrice"). A role written beside a name
// stands for that name elsewhere in the article ("le maire, Olivier
// Brenac" makes "le maire" Olivier Brenac), unless two names share it.

// person is someone the article names.
type person struct {
	name     string
	g        gender
	conflict bool // the text gives both genders
}

func (p *person) clue(g gender) {
	if g == 0 || g == unresolvable || p.conflict {
		return
	}
	if p.g != 0 && p.g != g {
		p.conflict, p.g = true, 0
		return
	}
	p.g = g
}

// mention is a person or a body named in the narrative at [at, end).
type mention struct {
	at, end int
	ref     speakerRef
	who     *person // the person a name, or an aliased description, stands for
	// coref is the earlier description with the same noun this one
	// repeats ("l'ex-ministre" after "l'ancienne ministre du Logement").
	coref *mention
	// subject marks a mention that opens its sentence, perhaps after a
	// circumstance ("Joint mercredi, le maire …"), or signs an embedded
	// post: the one a following il or elle most often stands for.
	subject bool
	para    int // index of its paragraph
}

// speaker returns what a pronoun resolved on m gives: the person's name,
// or the description as first written.
func (m *mention) speaker() string {
	switch {
	case m.who != nil:
		return m.who.name
	case m.coref != nil:
		return m.coref.speaker()
	}
	return m.ref.text
}

// key identifies the referent, so that two mentions of one person match.
func (m *mention) key() string { return strings.ToLower(m.speaker()) }

func (m *mention) gender() gender {
	switch {
	case m.who != nil:
		return agree(m.ref.g, m.who.g)
	case m.coref != nil:
		return agree(m.ref.g, m.coref.gender())
	}
	return m.ref.g
}

// narrator collects the mentions of an article.
type narrator struct {
	x        *extractor
	persons  map[string]*person
	surnames map[string][]*person
	aliases  map[string][]*person // a role noun → the names written beside it
	mentions []*mention
}

func (n *narrator) person(name string) *person {
	if p, ok := n.persons[name]; ok {
		return p
	}
	p := &person{name: name}
	if f := strings.Fields(name); len(f) > 0 {
		p.clue(firstNameGender(f[0]))
		s := f[len(f)-1]
		n.surnames[s] = append(n.surnames[s], p)
	}
	n.persons[name] = p
	return p
}

func (n *narrator) alias(head string, p *person) {
	if head == "" {
		return
	}
	for _, q := range n.aliases[head] {
		if q == p {
			return
		}
	}
	n.aliases[head] = append(n.aliases[head], p)
}

// aliasOf returns the one person whose name the article writes beside
// the description's noun, when the genders agree; for "élu" or "élue",
// the one person written beside an elected role. Nil when there is none
// or more than one.
func (n *narrator) aliasOf(ref speakerRef) *person {
	if ref.name || ref.plural || ref.head == "" {
		return nil
	}
	ps := n.aliases[ref.head]
	if len(ps) == 0 && (ref.head == "élu" || ref.head == "élue") {
		seen := map[*person]bool{}
		for _, role := range electedRoles {
			for _, p := range n.aliases[role] {
				if !seen[p] && agree(ref.g, p.g) == max(ref.g, p.g) {
					seen[p] = true
					ps = append(ps, p)
				}
			}
		}
	}
	if len(ps) != 1 || agree(ref.g, ps[0].g) != max(ref.g, ps[0].g) {
		return nil
	}
	return ps[0]
}

// collectMentions reads the narrative of every paragraph.
func (x *extractor) collectMentions() {
	n := &narrator{x: x, persons: map[string]*person{}, surnames: map[string][]*person{}, aliases: map[string][]*person{}}
	var parts []normalize.Span
	for _, q := range x.quotes {
		parts = append(parts, q.Parts...)
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].Start < parts[j].Start })
	k := 0
	for _, p := range x.paras {
		at := p.Start
		for k < len(parts) && parts[k].End <= at {
			k++
		}
		// The narrative is the paragraph less the quotations' parts,
		// which may nest (a quotation inside an embedded post).
		for j := k; at < p.End; {
			for j < len(parts) && parts[j].End <= at {
				j++
			}
			if j == len(parts) || parts[j].Start >= p.End {
				n.segment(at, p.End)
				break
			}
			if parts[j].Start > at {
				n.segment(at, parts[j].Start)
			}
			at = max(at, parts[j].End)
			j++
		}
	}
	// Descriptions stand for the one name written beside their noun, or
	// repeat the first description with that noun while every one so far
	// stood for the same referent.
	type headInfo struct {
		first *mention
		same  bool
	}
	heads := map[string]*headInfo{}
	for _, m := range n.mentions {
		if m.ref.name || m.ref.head == "" || m.ref.plural {
			continue
		}
		if p := n.aliasOf(m.ref); m.who == nil && p != nil {
			m.who = p
		}
		h := heads[m.ref.head]
		if h == nil {
			heads[m.ref.head] = &headInfo{first: m, same: true}
			continue
		}
		if m.who == nil && h.same && (m.ref.g == 0 || h.first.gender() == 0 || m.ref.g == h.first.gender()) {
			m.coref = h.first
		}
		if m.key() != h.first.key() {
			h.same = false
		}
	}
	x.narr = n
}

// segment reads the mentions of the narrative text [a, b).
func (n *narrator) segment(a, b int) {
	x := n.x
	toks := fieldsAt(x.text[a:b], a)
	for i := 0; i < len(toks); {
		w := toks[i].w
		lw := strings.ToLower(strings.TrimRight(w, ",;:"))
		b0 := bare(w)
		switch {
		case (titles[lw] != 0 || honorifics[w]) && i+1 < len(toks) && startsUpper(toks[i+1].w):
			run := capitalRun(toks[i+1:])
			name := joinBare(toks[i+1 : i+1+run])
			var p *person
			if run >= 2 {
				p = n.person(name)
			} else if ps := n.surnames[name]; len(ps) == 1 {
				p = ps[0]
			} else {
				p = n.person(w + " " + name)
			}
			p.clue(titles[lw])
			n.add(&mention{at: toks[i].at, end: end(toks[i+run]), ref: speakerRef{text: p.name, name: true, g: titles[lw]}, who: p})
			i += 1 + run
			continue
		case (determiners[lw] || hasElidedDeterminer(w)) && (i == 0 || !predicative(toks[i-1].w)):
			e := x.descriptionEnd(toks[i:], b)
			if e > toks[i].at {
				if ref, ok := readSpeaker(x.text[toks[i].at:e]); ok && (ref.head != "" || ref.name) {
					m := &mention{at: toks[i].at, end: e, ref: ref}
					if ref.name {
						// "la sénatrice Nadia Ferhat": the role is hers.
						m.who = n.person(ref.text)
						m.who.clue(ref.g)
						n.alias(ref.head, m.who)
					}
					n.add(m)
					for i < len(toks) && toks[i].at < e {
						i++
					}
					continue
				}
			}
		case b0 != "" && startsUpper(b0) && !hasElidedDeterminer(b0) && !commonCapitalised[strings.ToLower(b0)]:
			run := capitalRun(toks[i:])
			name := joinBare(toks[i : i+run])
			if run >= 2 && !notPersonName(name) {
				p := n.person(name)
				m := &mention{at: toks[i].at, end: end(toks[i+run-1]), ref: speakerRef{text: name, name: true}, who: p}
				n.apposition(m, toks, i+run)
				n.add(m)
			} else if ps := n.surnames[name]; run == 1 && len(ps) == 1 {
				n.add(&mention{at: toks[i].at, end: end(toks[i]), ref: speakerRef{text: ps[0].name, name: true}, who: ps[0]})
			}
			i += run
			continue
		}
		i++
	}
}

// predicative reports whether w makes the description after it say what
// the subject is ("a reconnu être l'auteur des messages", "est devenu le
// porte-parole"), rather than name someone else.
func predicative(w string) bool {
	lw := strings.ToLower(bare(w))
	return beVerbs[lw] || lw == "être" || lw == "devenu" || lw == "devenue" || lw == "reste" || lw == "demeure"
}

// add appends m; a name right after a description and a comma ("le
// maire, Olivier Brenac") gives the description's role to the name.
func (n *narrator) add(m *mention) {
	m.para = n.x.paraIndex(m.at)
	// "du groupe écologiste" is a complement wherever it stands.
	first, _, _ := strings.Cut(strings.ToLower(n.x.text[m.at:m.end]), " ")
	m.subject = first != "du" && first != "au" && first != "aux" && n.x.opensSentence(m.at)
	if k := len(n.mentions); k > 0 && m.ref.name && m.who != nil {
		prev := n.mentions[k-1]
		if !prev.ref.name && prev.ref.head != "" && !prev.ref.plural && strings.TrimSpace(n.x.text[prev.end:m.at]) == "," {
			m.who.clue(prev.ref.g)
			n.alias(prev.ref.head, m.who)
		}
	}
	n.mentions = append(n.mentions, m)
}

// apposition reads a role written after a name: "Hélène Marceau,
// conseillère municipale", "Jean Dupré, l'adjoint aux finances".
func (n *narrator) apposition(m *mention, toks []word, k int) {
	if k >= len(toks) || k == 0 || !strings.HasSuffix(toks[k-1].w, ",") {
		return
	}
	lw := strings.ToLower(bare(toks[k].w))
	g := gender(0)
	if determiners[lw] || hasElidedDeterminer(toks[k].w) {
		// "Jean Dupré, l'adjoint aux finances", not "Camille Berthier, du
		// groupe écologiste".
		if lw != "le" && lw != "la" && lw != "un" && lw != "une" && !hasElidedDeterminer(toks[k].w) {
			return
		}
		g = detGender[lw]
		if hasElidedDeterminer(toks[k].w) {
			lw = strings.ToLower(bare(trimElision(toks[k].w)))
		} else if k+1 < len(toks) {
			k++
			lw = strings.ToLower(bare(toks[k].w))
		}
	}
	if ag, ok := preNominal[lw]; ok && k+1 < len(toks) {
		g = agree(g, ag)
		lw = strings.ToLower(bare(toks[k+1].w))
	}
	hg, plural, ok := speakerNoun(lw)
	if !ok || plural {
		return
	}
	m.who.clue(agree(g, hg))
	n.alias(lw, m.who)
}

// opensSentence reports whether a mention at offset at is the subject of
// its sentence: nothing before it in the sentence but circumstances
// closed by a comma ("À la sortie du tribunal, l'élue …"), or it signs
// an embedded post.
func (x *extractor) opensSentence(at int) bool {
	k := sort.Search(len(x.posts), func(i int) bool { return x.posts[i].Span.Start > at }) - 1
	if k >= 0 && at >= x.posts[k].Span.End && at <= x.paraEnd(x.posts[k].Span.End) {
		return true
	}
	// A sentence longer than maxSentence bytes before the mention is
	// read as not opening there: a subject is close to its sentence start.
	const maxSentence = 1000
	from := x.paraStart(at)
	cut := from < at-maxSentence
	if cut {
		from = at - maxSentence
	}
	pre := x.text[from:at]
	if k := sentenceEnd(pre); k >= 0 {
		pre = pre[k:]
	} else if cut {
		return false
	}
	pre = strings.TrimFunc(pre, isBlank)
	if pre == "" {
		return true
	}
	if !strings.HasSuffix(pre, ",") || strings.ContainsAny(pre, "«»“”\"") {
		return false
	}
	// The words before must hold no verb of saying: "a déclaré X, Y"
	// makes Y an apposition, not a subject.
	ws := strings.Fields(pre)
	for i, w := range ws {
		if i == 0 && verbLike(w) || i > 0 && verbAfter(ws[i-1], w) {
			return false
		}
	}
	return true
}

// capitalRun returns how many words from toks[0] form a run of
// capitalised words; punctuation after a word ends the run.
func capitalRun(toks []word) int {
	k := 0
	for k < len(toks) {
		b := bare(toks[k].w)
		if b == "" || !startsUpper(b) || hasElidedDeterminer(b) || titles[strings.ToLower(toks[k].w)] != 0 {
			break
		}
		k++
		if strings.TrimRight(toks[k-1].w, ",.;:!?)»”\"") != toks[k-1].w {
			break
		}
	}
	return max(k, 1)
}

func joinBare(ws []word) string {
	var parts []string
	for _, w := range ws {
		parts = append(parts, bare(w.w))
	}
	return strings.Join(parts, " ")
}

func end(w word) int { return w.at + len(strings.TrimRight(w.w, ",.;:!?)»”\"")) }

// resolve gives every quotation its final speaker, in article order.
func (x *extractor) resolve() {
	x.collectMentions()
	for i, q := range x.quotes {
		if strings.HasPrefix(q.Speaker, "@") {
			if name, ok := x.handles[strings.ToLower(q.Speaker[1:])]; ok {
				q.Speaker, q.named = name, true
			}
		}
		switch {
		case q.Kind == Embedded || q.Basis == SpeakerNamed:
			q.Basis = SpeakerNamed
		case q.pronoun == masculine || q.pronoun == feminine:
			if q.post == nil {
				x.resolvePronoun(q, i)
			}
		case q.Attribution == "" && q.prev != nil && q.prev.Speaker != "" && x.continues(q):
			q.Speaker, q.named, q.Basis = q.prev.Speaker, q.prev.named, SpeakerContinued
			q.g, q.plural, q.key = q.prev.g, q.prev.plural, q.prev.key
			continue
		}
		if q.Basis == SpeakerUnknown || q.Speaker == "" {
			q.Speaker, q.named, q.Basis = "", false, SpeakerUnknown
			continue
		}
		if q.key == "" {
			x.identify(q)
		}
	}
}

// identify sets the gender, number and referent key of a named speaker.
func (x *extractor) identify(q *found) {
	n := x.narr
	q.key = strings.ToLower(q.Speaker)
	ref, ok := readSpeaker(q.Speaker)
	if !ok {
		if p, found := n.persons[q.Speaker]; found {
			q.g = p.g
		}
		return
	}
	q.g, q.plural = ref.g, ref.plural
	if p, found := n.persons[ref.text]; found && ref.name {
		q.g = agree(q.g, p.g)
		return
	}
	if p := n.aliasOf(ref); p != nil {
		q.key = strings.ToLower(p.name)
		q.g = agree(ref.g, p.g)
	}
}

// maxLookBack bounds how many mentions, or quotations, a pronoun looks
// back over: a referent further away is unknown, and an article of many
// megabytes costs linear time.
const maxLookBack = 200

// resolvePronoun gives a quotation attributed to il or elle its speaker.
// The candidate is the nearest mention before the pronoun whose gender
// agrees, skipping mentions of the other gender and plural ones, and
// stopping at one whose gender the text does not give. It is taken when
// it opens its sentence in the quotation's paragraph or the one before
// ("Le procureur, lui, a requis … « … », a-t-il insisté"), or when it is
// the speaker of the nearest earlier quotation of that gender ("« … »,
// a-t-elle confié à Léa Vautrin. … « … », a-t-elle ajouté" does not go
// to Léa Vautrin). A clause that answers ("lui a-t-il répondu") cannot
// be the speaker it answers, and needs the first condition. Otherwise
// the speaker is unknown.
func (x *extractor) resolvePronoun(q *found, idx int) {
	g := q.pronoun
	// The speaker the quotation answers, when it answers.
	exclude := ""
	if q.reply {
		for j := idx - 1; j >= 0 && j > idx-maxLookBack; j-- {
			if p := x.quotes[j]; p.Speaker != "" && p.post == nil {
				exclude = p.key
				break
			}
		}
	}
	var near *mention
	ms := x.narr.mentions
	from := sort.Search(len(ms), func(i int) bool { return ms[i].at >= q.pronounAt }) - 1
	for k := from; k >= 0 && k > from-maxLookBack; k-- {
		m := ms[k]
		if m.ref.plural || (exclude != "" && m.key() == exclude) {
			continue
		}
		mg := m.gender()
		if mg == g {
			near = m
			break
		}
		if mg == 0 {
			return
		}
	}
	if near == nil {
		return
	}
	ok := near.subject && x.paraIndex(q.pronounAt)-near.para <= 1
	if !ok && !q.reply {
		for j := idx - 1; j >= 0 && j > idx-maxLookBack; j-- {
			p := x.quotes[j]
			if p.Speaker == "" || p.plural || p.post != nil {
				continue
			}
			if p.g == g {
				ok = p.key == near.key()
				break
			}
			if p.g == 0 {
				break
			}
		}
	}
	if !ok {
		return
	}
	q.Speaker, q.named, q.Basis = near.speaker(), near.ref.name || near.who != nil, SpeakerPronoun
	q.g, q.key = g, near.key()
}

// continues reports whether q, which has no attribution of its own,
// stands in the same sentence as the quotation before it with nothing
// between them that brings in another speaker: no verb of saying, no
// "selon".
func (x *extractor) continues(q *found) bool {
	p := q.prev
	from := max(p.close.End, p.afterEnd)
	if from > q.open.Start {
		return false
	}
	gap := x.text[from:q.open.Start]
	if sentenceEnd(gap) >= 0 {
		return false
	}
	for _, w := range strings.Fields(gap) {
		lw := strings.ToLower(bare(w))
		if speechVerbs[lw] || lw == "selon" || lw == "d'après" || lw == "d’après" || pronounSuffix.MatchString(lw) {
			return false
		}
	}
	return true
}

// mergeIncises joins « A », a-t-il dit, « B » into one quotation when
// the attribution is all that stands between A and B and B has none of
// its own.
func (x *extractor) mergeIncises() {
	out := x.quotes[:0]
	for i := 0; i < len(x.quotes); i++ {
		a := x.quotes[i]
		if i+1 < len(x.quotes) {
			b := x.quotes[i+1]
			if a.Kind != Embedded && b.Kind != Embedded && a.after && a.afterEnd > 0 &&
				x.paraIndex(a.close.End) == x.paraIndex(b.open.Start) &&
				b.Attribution == "" && b.open.Start >= a.afterEnd && x.inciseGap(x.text[a.afterEnd:b.open.Start]) {
				a.Parts = append(a.Parts, b.Parts...)
				a.Span.End = b.Span.End
				a.Text += " " + b.Text
				a.Short = countWords(a.Text) <= MaxShortWords
				a.close = b.close
				if i+2 < len(x.quotes) && x.quotes[i+2].prev == b {
					// Only the quotation after b can stand in its sentence.
					x.quotes[i+2].prev = a
				}
				out = append(out, a)
				i++
				continue
			}
		}
		out = append(out, a)
	}
	x.quotes = out
}

// inciseGap reports whether what follows an attribution before the next
// quotation is only the end of that clause: a comma or full stop, or a
// short apposition ending the sentence.
func (x *extractor) inciseGap(s string) bool {
	t := strings.TrimFunc(s, isBlank)
	if t == "" || t == "," || t == "." || t == ":" {
		return true
	}
	if len(t) > 200 || strings.ContainsAny(t, "«»\n\"“”") {
		return false
	}
	if !strings.HasPrefix(t, ",") {
		return false
	}
	body := strings.TrimRight(t, ".,")
	return (strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",")) && !strings.ContainsAny(body, ".!?")
}
