package corpus

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The lexicon: the word lists of vocab.go and names.go parsed, inflected
// and conjugated once, so that generating a post only indexes tables and
// copies bytes.

type noun struct {
	sg, pl string
	tag    string // CamelCase hashtag body of the singular
	fem    bool
	plOnly bool   // used in the plural only (les impôts locaux)
	prep   string // policy nouns: the preposition before a theme
	town   bool   // reads well followed by "de + town"
}

// form returns the noun in the singular or, when pl or plOnly, the plural.
func (n *noun) form(pl bool) string {
	if pl || n.plOnly {
		return n.pl
	}
	return n.sg
}

// person is a noun with two genders (habitant/habitante).
type person struct {
	m, f, mp, fp string
	incl         [3]string // inclusive plural with ·, • and .; "" if none
	only         int8      // -1: two genders; 0: masculine only; 1: feminine only
	town         bool
}

type adj struct {
	f    [4]string // ms, fs, mp, fp
	incl [3]string // inclusive plural with ·, • and .
	pre  bool      // placed before the noun
}

type verb struct {
	v      *verbForms
	refl   bool
	suffix string // fixed words after the verb ("fin à")
}

type town struct {
	name    string
	dem     [4]string // demonym ms, fs, mp, fp, capitalized
	demIncl [3]string
	tag     string // CamelCase hashtag body, accents kept
	slug    string // ascii, lower case, hyphenated
}

type castMember struct {
	first, last string
	fem         bool
	role        int
	town        int
}

// list is a word list with its Zipf sampler.
type list[T any] struct {
	it []T
	z  *zipf
}

// idx draws an index: Zipf in ordinary posts, uniform when fabricating
// (fabricated quotes favour the long tail, as a forger's words do).
func (l *list[T]) idx(g *gen) int {
	if g.fab {
		return g.r.intn(len(l.it))
	}
	return l.z.draw(&g.r)
}

func (l *list[T]) draw(g *gen) *T { return &l.it[l.idx(g)] }

type lexicon struct {
	facilities, actions, trends, amounts, topics, insts, evals, events, misc, places, times, decisions, policies list[noun]
	groups, roles                                                                                                list[person]
	evalNeg, evalPos, rel, state, pre, facAdj, emotion                                                           list[adj]
	degree, manner, timeAdv, derivedAdv, connectives, finally                                                    list[string]
	decide, policyV, act, opinion, say, intrans, mob, personV, modal, decay                                      list[verb]
	towns                                                                                                        list[town]
	firstM, firstF, surnames                                                                                     list[string]
	cast                                                                                                         list[castMember]
	parties                                                                                                      list[[2]string]
	localLists, media, regions, emoji, streets, streetKinds, prefixes                                            list[string]

	tp *templates

	adjByLemma  map[string]*adj       // read by key only
	verbByLemma map[string]*verbForms // read by key only
	conj        *conjugator
}

var theLexicon = sync.OnceValue(func() *lexicon { return buildLexicon(false) })

// theWideLexicon is the lexicon of Config.Wide: the same words, with ten
// times the towns and surnames and seven times the cast.
var theWideLexicon = sync.OnceValue(func() *lexicon { return buildLexicon(true) })

// splitList splits a comma-separated list, trimming space and dropping
// duplicates (first occurrence kept).
func splitList(s string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, f := range strings.Split(s, ",") {
		f = strings.Join(strings.Fields(f), " ")
		if f == "" || seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, f)
	}
	return out
}

// zipfCache shares samplers between lists of the same length and
// offset.
type zipfCache map[[2]int]*zipf

func (c zipfCache) get(n int) *zipf { return c.getQ(n, 1.5) }

func (c zipfCache) getQ(n int, q float64) *zipf {
	k := [2]int{n, int(q * 4)}
	if z := c[k]; z != nil {
		return z
	}
	z := newZipf(n, q, false)
	c[k] = z
	return z
}

// mkList makes a list sampled with weight 1/(rank+2.5): a steep head.
func mkList[T any](c zipfCache, it []T) list[T] { return list[T]{it: it, z: c.get(len(it))} }

// mkFlat makes a list sampled with weight 1/(rank+q+1): a flatter head
// for lists whose every entry should show up (verbs, templates).
func mkFlat[T any](c zipfCache, it []T, q float64) list[T] {
	return list[T]{it: it, z: c.getQ(len(it), q)}
}

func parseNouns(s string) []noun {
	var out []noun
	for _, e := range splitList(s) {
		var n noun
		if strings.HasSuffix(e, "@") {
			n.town = true
			e = e[:len(e)-1]
		}
		e, pl, hasPl := strings.Cut(e, "=")
		lemma, g, _ := strings.Cut(e, ":")
		if hasPl {
			pl, _, _ = strings.Cut(pl, "@")
		}
		switch g {
		case "f":
			n.fem = true
		case "mp":
			n.plOnly = true
		case "fp":
			n.plOnly, n.fem = true, true
		case "m":
		default:
			panic("corpus: bad noun entry " + e)
		}
		n.sg = lemma
		n.tag = camel(lemma)
		switch {
		case hasPl:
			n.pl = pl
		case n.plOnly:
			n.pl = lemma
		default:
			n.pl = pluralNoun(lemma)
		}
		out = append(out, n)
	}
	return out
}

var dots = [3]string{"·", "•", "."}

func parsePersons(s string) []person {
	var out []person
	for _, e := range splitList(s) {
		p := person{only: -1}
		if strings.HasSuffix(e, "@") {
			p.town = true
			e = e[:len(e)-1]
		}
		e, pls, hasPl := strings.Cut(e, "=")
		if m, g, ok := strings.Cut(e, ":"); ok {
			p.m, p.f = m, m
			p.only = 0
			if g == "f" {
				p.only = 1
			}
		} else {
			p.m, p.f, _ = strings.Cut(e, "|")
		}
		if hasPl {
			p.mp, p.fp, _ = strings.Cut(pls, "|")
		} else {
			p.mp, p.fp = pluralNoun(p.m), pluralNoun(p.f)
		}
		if p.only < 0 {
			for i, d := range dots {
				p.incl[i] = inclusivePlural(p.m, p.f, d)
			}
		}
		out = append(out, p)
	}
	return out
}

func parseAdjs(s string) []adj {
	var out []adj
	for _, e := range splitList(s) {
		var a adj
		if strings.HasPrefix(e, "<") {
			a.pre = true
			e = e[1:]
		}
		parts := strings.Split(e, "=")
		a.f[0] = parts[0]
		a.f[1] = feminineAdj(parts[0])
		a.f[2] = pluralAdj(parts[0])
		if len(parts) > 1 {
			a.f[1] = parts[1]
		}
		if len(parts) > 2 {
			a.f[2] = parts[2]
		}
		a.f[3] = a.f[1] + "s"
		for i, d := range dots {
			a.incl[i] = inclusivePlural(a.f[0], a.f[1], d)
		}
		out = append(out, a)
	}
	return out
}

func (lx *lexicon) parseVerbs(s string) []verb {
	var out []verb
	for _, e := range splitList(s) {
		var v verb
		switch {
		case strings.HasPrefix(e, "se "):
			v.refl, e = true, e[3:]
		case strings.HasPrefix(e, "s’"):
			v.refl, e = true, e[len("s’"):]
		}
		inf, suffix, _ := strings.Cut(e, " ")
		v.suffix = suffix
		v.v = lx.verbForms(inf)
		out = append(out, v)
	}
	return out
}

func (lx *lexicon) verbForms(inf string) *verbForms {
	if v := lx.verbByLemma[inf]; v != nil {
		return v
	}
	v := lx.conj.conjugate(inf)
	for i, d := range dots {
		v.ppIncl[i] = inclusivePlural(v.f[fPP], v.f[fPP+1], d)
	}
	lx.verbByLemma[inf] = v
	return v
}

// adverbOf derives the -ment adverb of an adjective (courageux →
// courageusement, évident → évidemment, vrai → vraiment), or "".
func adverbOf(a *adj) string {
	ms, fs := a.f[0], a.f[1]
	if strings.ContainsAny(ms, " -") {
		return ""
	}
	switch {
	case strings.HasSuffix(ms, "ant"):
		return ms[:len(ms)-3] + "amment"
	case strings.HasSuffix(ms, "ent") && ms != "lent":
		return ms[:len(ms)-3] + "emment"
	case strings.HasSuffix(ms, "é"), strings.HasSuffix(ms, "i"), strings.HasSuffix(ms, "u"), strings.HasSuffix(ms, "ai"):
		return ms + "ment"
	}
	return fs + "ment"
}

// asciiFold removes accents and keeps ASCII letters, digits and the
// characters in keep.
func asciiFold(s, keep string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
		} else if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(keep, r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune maps the accented letters French uses to ASCII.
func foldRune(r rune) (string, bool) {
	switch r {
	case 'à', 'â', 'ä':
		return "a", true
	case 'À', 'Â', 'Ä':
		return "A", true
	case 'é', 'è', 'ê', 'ë':
		return "e", true
	case 'É', 'È', 'Ê', 'Ë':
		return "E", true
	case 'î', 'ï':
		return "i", true
	case 'Î', 'Ï':
		return "I", true
	case 'ô', 'ö':
		return "o", true
	case 'Ô', 'Ö':
		return "O", true
	case 'ù', 'û', 'ü':
		return "u", true
	case 'Ù', 'Û', 'Ü':
		return "U", true
	case 'ç':
		return "c", true
	case 'Ç':
		return "C", true
	case 'œ':
		return "oe", true
	case 'Œ':
		return "OE", true
	case 'æ':
		return "ae", true
	case 'ÿ':
		return "y", true
	}
	return "", false
}

// camel writes a phrase as a hashtag body: "salle des fêtes" → "SalleDesFêtes".
func camel(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '’' || r == '\'':
			up = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if up {
				r = unicode.ToUpper(r)
				up = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func buildLexicon(wide bool) *lexicon {
	zc := zipfCache{}
	lx := &lexicon{
		adjByLemma:  make(map[string]*adj),
		verbByLemma: make(map[string]*verbForms),
		conj:        newConjugator(),
	}
	lx.facilities = mkList(zc, parseNouns(facilityNouns))
	lx.actions = mkList(zc, parseNouns(actionNouns))
	lx.trends = mkList(zc, parseNouns(trendNouns))
	lx.amounts = mkList(zc, parseNouns(amountNouns))
	lx.topics = mkList(zc, parseNouns(topicNouns))
	lx.insts = mkList(zc, parseNouns(institutionNouns))
	var pol []noun
	for _, e := range splitList(policyNouns) {
		n, prep, _ := strings.Cut(e, "|")
		p := parseNouns(n)[0]
		p.prep = prep
		pol = append(pol, p)
	}
	lx.policies = mkList(zc, pol)
	lx.evals = mkList(zc, parseNouns(evalNouns))
	lx.events = mkList(zc, parseNouns(eventNouns))
	lx.misc = mkList(zc, parseNouns(miscNouns))
	lx.places = mkList(zc, parseNouns(placeNouns))
	lx.times = mkList(zc, parseNouns(timeNouns))
	lx.decisions = mkList(zc, parseNouns(`décision:f, choix:m, annonce:f, mesure:f, vote:m, projet:m,
budget:m, arbitrage:m, orientation:f, méthode:f, délibération:f, réforme:f, plan:m, calendrier:m`))
	lx.groups = mkList(zc, parsePersons(groupNouns))
	lx.roles = mkList(zc, parsePersons(roleNouns))

	lx.evalNeg = mkList(zc, parseAdjs(evalNegAdjs))
	lx.evalPos = mkList(zc, parseAdjs(evalPosAdjs))
	lx.rel = mkList(zc, parseAdjs(relAdjs))
	lx.state = mkList(zc, parseAdjs(stateAdjs))
	lx.pre = mkList(zc, parseAdjs(preAdjs))
	for _, l := range []*list[adj]{&lx.evalNeg, &lx.evalPos, &lx.rel, &lx.state, &lx.pre} {
		for i := range l.it {
			if lx.adjByLemma[l.it[i].f[0]] == nil {
				lx.adjByLemma[l.it[i].f[0]] = &l.it[i]
			}
		}
	}
	for _, extra := range parseAdjs(`provisoire, définitif, temporaire, effectif, fermé, ouvert, inaccessible,
saisi, mobilisé, fatigué, las=lasse, favorable, seul, prêt, dupe, informé, invité, convié, attendu`) {
		if lx.adjByLemma[extra.f[0]] == nil {
			a := extra
			lx.adjByLemma[a.f[0]] = &a
		}
	}

	var fa []adj
	for _, l := range splitList(`municipal, public, communal, intercommunal, actuel, ancien, vieillissant,
vétuste, historique, principal, central, emblématique, rénové, provisoire, futur, prévu, contesté,
menacé, flambant neuf, modernisé, abandonné, départemental, régional`) {
		fa = append(fa, *lx.adjByLemma[l])
	}
	lx.facAdj = mkList(zc, fa)
	lx.emotion = mkList(zc, parseAdjs(`choqué, surpris, sidéré, étonné, consterné, abasourdi, déçu, ravi,
soulagé, scandalisé, indigné, outré, dépité, heureux, fier, triste, stupéfait, atterré, effaré, écœuré`))

	lx.degree = mkList(zc, splitList(degreeAdvs))
	lx.manner = mkList(zc, splitList(mannerAdvs))
	lx.finally = mkList(zc, splitList("enfin, finalement, discrètement, officiellement, à nouveau"))
	lx.timeAdv = mkList(zc, splitList(timeAdvs))
	lx.connectives = mkList(zc, splitList(connectives))
	var derived []string
	seen := map[string]bool{}
	for _, a := range parseAdjs(adverbBases) {
		if d := adverbOf(&a); d != "" && !seen[d] {
			seen[d] = true
			derived = append(derived, d)
		}
	}
	lx.derivedAdv = mkList(zc, derived)

	lx.decide = mkFlat(zc, lx.parseVerbs(decideVerbs), 6)
	lx.policyV = mkFlat(zc, lx.parseVerbs(policyVerbs), 20)
	lx.act = mkFlat(zc, lx.parseVerbs(actVerbs), 6)
	lx.opinion = mkFlat(zc, lx.parseVerbs(opinionVerbs), 6)
	lx.say = mkFlat(zc, lx.parseVerbs(sayVerbs), 6)
	lx.intrans = mkFlat(zc, lx.parseVerbs(intransVerbs), 6)
	lx.mob = mkFlat(zc, lx.parseVerbs(`se mobiliser, manifester, protester, se rassembler, s’organiser, résister,
s’insurger, se révolter, pétitionner, monter au créneau, hausser le ton, grogner, s’indigner, se battre,
se dresser, se soulever, s’unir, se liguer, faire front`), 6)
	lx.personV = mkFlat(zc, lx.parseVerbs(personVerbs), 6)
	lx.modal = mkFlat(zc, lx.parseVerbs(modalVerbs), 6)
	lx.decay = mkFlat(zc, lx.parseVerbs(`reculer, se dégrader, s’effondrer, stagner, régresser, disparaître,
se détériorer, empirer, décliner, s’aggraver, dépérir, péricliter, s’enliser`), 6)
	lx.parseVerbs(extraVerbs) // conjugated for V=lemma slots
	// Regular verbs of motion and state take être in the passé composé.
	for _, inf := range []string{"monter", "arriver", "rester", "tomber", "entrer", "rentrer", "retourner"} {
		lx.verbForms(inf).etre = true
	}

	if wide {
		zw := zipfCache{}
		for _, l := range []*list[noun]{&lx.facilities, &lx.actions, &lx.events, &lx.misc, &lx.topics} {
			*l = mkList(zw, widen(l.it, splitList(`anti, pro, contre, ultra, hyper, néo, super, méga, mini, micro, éco,
co, pré, post, sur, sous, inter, multi, semi, auto, bio, télé, cyber, agro, géo, para`)))
		}
	}
	lx.buildNames(wide)
	lx.tp = lx.buildTemplates()
	return lx
}

// widen returns nouns followed by each of them with each prefix glued
// on (écorénovation, cofinancement, surtaxe), in that order: the words a
// wide vocabulary adds, each drawn rarely.
func widen(nouns []noun, prefixes []string) []noun {
	out := slices.Clone(nouns)
	for _, p := range prefixes {
		for _, n := range nouns {
			if strings.ContainsAny(n.sg, " ’'-") {
				continue
			}
			w := n
			w.sg, w.pl, w.tag = p+n.sg, p+n.pl, camel(p+n.sg)
			out = append(out, w)
		}
	}
	return out
}

// buildNames fills the proper-noun lists, completing towns and surnames
// with combinations drawn by a fixed seed (the same on every run, and
// independent of the corpus seed). A wide lexicon glues a second tail
// to some names (Valbrunac, Lebenaudière) to reach 36 000 towns, 32 000
// surnames and 60 000 people, drawn with a flatter head.
func (lx *lexicon) buildNames(wide bool) {
	nTowns, nSurnames, nCast := 3600, 3200, 9000
	if wide {
		nTowns, nSurnames, nCast = 36000, 32000, 60000
	}
	zc := zipfCache{}
	r := newRNG(0x6775696c6c656d65, 7) // "guilleme"
	names := splitList(signatureTowns)
	seen := map[string]bool{}
	for _, n := range names {
		seen[n] = true
	}
	heads, tails, quals := splitList(townHeads), splitList(townTails), splitList(townQualifiers)
	sm, sf := splitList(saintsM), splitList(saintsF)
	for len(names) < nTowns {
		var n string
		switch k := r.intn(100); {
		case k < 12:
			n = "Saint-" + pick(r, sm)
		case k < 16:
			n = "Sainte-" + pick(r, sf)
		default:
			h, t := pick(r, heads), pick(r, tails)
			if h[len(h)-1] == t[0] { // Valval, Marrais
				continue
			}
			n = h + t
			if wide && r.pm(600) {
				n += pick(r, tails)
			}
		}
		if r.pm(220) {
			n += pick(r, quals)
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	towns := make([]town, len(names))
	for i, n := range names {
		towns[i] = makeTown(n, i)
	}
	townQ, surnameQ := 2.0, 20.0
	if wide { // a flatter head: the tail is drawn too
		townQ, surnameQ = 400, 400
	}
	lx.towns = list[town]{it: towns, z: newZipf(len(towns), townQ, false)}

	lx.firstM = mkList(zc, splitList(firstNamesM))
	lx.firstF = mkList(zc, splitList(firstNamesF))
	sn := splitList(surnames)
	seenS := map[string]bool{}
	for _, s := range sn {
		seenS[s] = true
	}
	sh, st := splitList(surnameHeads), splitList(surnameTails)
	for len(sn) < nSurnames {
		s := pick(r, sh) + pick(r, st)
		if wide && r.pm(600) {
			s += pick(r, st)
		}
		if !seenS[s] {
			seenS[s] = true
			sn = append(sn, s)
		}
	}
	lx.surnames = list[string]{it: sn, z: newZipf(len(sn), surnameQ, false)}

	cast := make([]castMember, nCast)
	for i := range cast {
		c := &cast[i]
		c.fem = r.intn(2) == 0
		if c.fem {
			c.first = lx.firstF.it[lx.firstF.z.draw(r)]
		} else {
			c.first = lx.firstM.it[lx.firstM.z.draw(r)]
		}
		c.last = sn[r.intn(len(sn))]
		c.role = lx.roles.z.draw(r)
		c.town = lx.towns.z.draw(r)
	}
	lx.cast = list[castMember]{it: cast, z: newZipf(len(cast), 150, false)}

	var ps [][2]string
	for _, p := range splitList(parties) {
		name, abbr, _ := strings.Cut(p, " (")
		ps = append(ps, [2]string{name, strings.TrimSuffix(abbr, ")")})
	}
	lx.parties = mkList(zc, ps)
	lx.localLists = mkList(zc, splitList(localListForms))
	lx.media = mkList(zc, splitList(mediaForms))
	lx.regions = mkList(zc, splitList(regions))
	lx.emoji = mkList(zc, splitList(emojiList))
	lx.streets = mkList(zc, splitList(streetNames))
	lx.streetKinds = mkList(zc, splitList(streetKinds))
	lx.prefixes = mkList(zc, splitList(`anti, pro, non, contre, ultra, hyper, néo, super, méga, mini, micro, éco, co, pré, post, sur, sous, inter, multi, semi`))
}

// makeTown derives a town's demonym, hashtag and slug. The demonym is
// built on the name before its first qualifier (Montferrand-sur-Orve →
// Montferrandais), with -ois, -ais or -ien chosen by the town's rank.
func makeTown(name string, i int) town {
	t := town{name: name, tag: camel(name), slug: strings.ToLower(asciiFold(strings.ReplaceAll(name, "’", "-"), "-"))}
	base := name
	if !strings.HasPrefix(base, "Saint") {
		if j := strings.IndexByte(base, '-'); j > 0 {
			base = base[:j]
		}
	} else if parts := strings.Split(base, "-"); len(parts) > 2 {
		base = parts[0] + "-" + parts[1]
	}
	if strings.HasSuffix(base, "e") || strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") {
		base = base[:len(base)-1]
	}
	r, _ := utf8.DecodeLastRuneInString(base)
	vowelEnd := strings.ContainsRune("aeiouyéè", r)
	switch i % 7 {
	case 0, 2, 4, 5:
		if vowelEnd {
			base += "n" // Fleury → Fleurynois
		}
		t.dem = [4]string{base + "ois", base + "oise", base + "ois", base + "oises"}
	case 1, 6:
		if vowelEnd {
			base += "n"
		}
		t.dem = [4]string{base + "ais", base + "aise", base + "ais", base + "aises"}
	default:
		if vowelEnd {
			base += "s" // Beaumarai → Beaumaraisien
		}
		t.dem = [4]string{base + "ien", base + "ienne", base + "iens", base + "iennes"}
	}
	for k, d := range dots {
		t.demIncl[k] = inclusivePlural(t.dem[0], t.dem[1], d)
	}
	return t
}
