package corpus

// gen writes the text of one post: it runs sentence templates, fills
// their slots from the lexicon and keeps subjects, verbs and adjectives
// in agreement.

// agr is an agreement: person, gender, number.
type agr struct {
	p    uint8 // 0 je, 1 tu, 2 il/elle, 3 nous, 4 vous, 5 ils/elles
	fem  bool
	pl   bool
	incl bool // inclusive plural (habitant·e·s)
}

// idx is the index of the matching adjective or participle form.
func (a agr) idx() int {
	i := 0
	if a.fem {
		i = 1
	}
	if a.pl {
		i += 2
	}
	return i
}

// topic is what a post (and its thread) is about.
type topic struct {
	kind uint8 // 0 an action on a facility, 1 a trend of an amount, 2 a project, 3 a theme
	mod  uint8 // facility modifier: 0 none, 1 adjective, 2 de + town, 3 named after someone, 4 the town's adjective
	pl   bool  // the facilities, plural (la fermeture des écoles)
	town uint16
	a, f uint16 // action or trend; facility, amount or theme
	x    uint16 // adjective or cast member of the modifier
}

// Author kinds.
const (
	kindCitizen uint8 = iota
	kindElected
	kindMedia
	kindInst
	kindActivist
	kindAssoc
)

type gen struct {
	r       rng
	w       writer
	st      style
	lx      *lexicon
	tp      *templates
	fab     bool // fabricating a quote: uniform draws, no links
	au      *author
	authors []author
	authorZ *zipf
	year    int
	top     topic
	used    []*[]node // templates used in the current post
	oCount  int       // mentions of the topic so far in the post
	// pendingAdv is an adverb that waits for the verb's object: after a
	// verb with fixed words ("statuer sur"), "a statué sur X hier", not
	// "a statué sur hier X".
	pendingAdv  *list[string]
	afterSuffix bool
	subj        agr
	noun        agr
	depth       int
}

func newGen(lx *lexicon, authors []author, authorZ *zipf, year int) *gen {
	g := &gen{lx: lx, tp: lx.tp, authors: authors, authorZ: authorZ, year: year}
	g.w.b = make([]byte, 0, 512)
	return g
}

func (g *gen) choose(z *zipf) int {
	if g.fab {
		return g.r.intn(z.n())
	}
	return z.draw(&g.r)
}

func (g *gen) exec(nodes []node) {
	for i := range nodes {
		n := &nodes[i]
		switch n.kind {
		case nWord:
			g.afterSuffix = false
			g.w.word(n.s)
		case nPunct:
			g.afterSuffix = false
			if n.s == "!" && g.st.shout > 0 && g.r.pm(g.st.shout) {
				g.w.punct("!!!")
			} else {
				g.w.punct(n.s)
			}
		case nChoice:
			g.exec(n.alts[g.choose(n.z)])
		case nSlot:
			g.slot(n)
			switch n.s {
			case "V":
			case "O", "F", "T", "G", "N", "O2", "AMT", "TR":
				g.afterSuffix = false
				if g.pendingAdv != nil {
					l := g.pendingAdv
					g.pendingAdv = nil
					g.w.words(*l.draw(g))
				}
			default:
				g.afterSuffix = false
			}
		}
	}
}

func arg(n *node, i int) string {
	if i < len(n.args) {
		return n.args[i]
	}
	return ""
}

// newTopic draws a topic set in town t.
func (g *gen) newTopic(t int) topic {
	lx := g.lx
	tp := topic{town: uint16(t)}
	switch k := g.r.intn(100); {
	case k < 45:
		tp.kind = 0
		tp.a = uint16(lx.actions.idx(g))
		tp.f = uint16(lx.facilities.idx(g))
	case k < 65:
		tp.kind = 1
		tp.a = uint16(lx.trends.idx(g))
		tp.f = uint16(lx.amounts.idx(g))
	case k < 80:
		tp.kind = 2
		tp.f = uint16(lx.facilities.idx(g))
	default:
		tp.kind = 3
		tp.a = uint16(lx.policies.idx(g))
		tp.f = uint16(lx.topics.idx(g))
	}
	switch k := g.r.intn(100); {
	case k < 33:
		tp.mod = 1
		tp.x = uint16(lx.facAdj.idx(g))
	case k < 55:
		tp.mod = 2
	case k < 65:
		tp.mod = 3
		tp.x = uint16(lx.cast.idx(g))
	case k < 73:
		tp.mod = 4
	}
	tp.pl = tp.kind == 0 && tp.mod != 3 && g.r.pm(150)
	return tp
}

func (g *gen) townIdx(any bool) int {
	if any {
		return g.lx.towns.idx(g)
	}
	return int(g.top.town)
}

func (g *gen) townName(any bool) string { return g.lx.towns.it[g.townIdx(any)].name }

// det writes a determiner for n and the noun, and sets the noun agreement.
func (g *gen) det(kind string, n *noun, pl bool) {
	pl = pl || n.plOnly
	form := n.form(pl)
	g.detWord(kind, n.fem, pl, form)
	g.w.words(form)
	g.noun = agr{p: 2, fem: n.fem, pl: pl}
	if pl {
		g.noun.p = 5
	}
}

func (g *gen) detWord(kind string, fem, pl bool, next string) {
	var d string
	switch kind {
	case "def":
		d = "le"
		if pl {
			d = "les"
		} else if fem {
			d = "la"
		}
	case "indef":
		d = "un"
		if pl {
			d = "des"
		} else if fem {
			d = "une"
		}
	case "dem":
		d = "ce"
		if pl {
			d = "ces"
		} else if fem {
			d = "cette"
		}
	case "poss":
		d = "son"
		if pl {
			d = "ses"
		} else if fem && !vowelStart(next) {
			d = "sa"
		}
	case "our":
		d = "notre"
		if pl {
			d = "nos"
		}
	}
	if d != "" {
		g.w.word(d)
	}
}

// adjective writes a's form for agreement ag.
func (g *gen) adjective(a *adj, ag agr) {
	if ag.incl && g.st.incl >= 0 && a.incl[g.st.incl] != "" {
		g.w.words(a.incl[g.st.incl])
		return
	}
	if ag.incl {
		ag.fem = false
	}
	g.w.words(a.f[ag.idx()])
}

// preAdjective writes an adjective placed before the word next
// (nouvel hôpital, bel exemple, vieil immeuble).
func (g *gen) preAdjective(a *adj, ag agr, next string) {
	if !ag.fem && !ag.pl && vowelStart(next) {
		switch a.f[0] {
		case "nouveau":
			g.w.word("nouvel")
			return
		case "beau":
			g.w.word("bel")
			return
		case "vieux":
			g.w.word("vieil")
			return
		}
	}
	g.w.words(a.f[ag.idx()])
}

func (g *gen) facilityNP(t topic, detKind string) {
	lx := g.lx
	f := &lx.facilities.it[t.f]
	g.det(detKind, f, t.pl)
	ag := g.noun
	switch t.mod {
	case 4:
		g.w.word(lx.towns.it[t.town].dem[ag.idx()])
		g.w.lowerLast()
	case 1:
		g.adjective(&lx.facAdj.it[t.x], ag)
	case 2:
		g.w.word("de")
		g.w.word(lx.towns.it[t.town].name)
	case 3:
		c := &lx.cast.it[t.x]
		g.w.word(c.first)
		g.w.glueWord("-", c.last)
	}
	g.noun = ag
}

// topicNP writes the full noun phrase of a topic.
func (g *gen) topicNP(t topic) {
	lx := g.lx
	switch t.kind {
	case 0:
		a := &lx.actions.it[t.a]
		g.det("def", a, false)
		head := g.noun
		g.w.word("de")
		g.facilityNP(t, "def")
		g.noun = head
	case 1:
		tr := &lx.trends.it[t.a]
		g.det("def", tr, false)
		head := g.noun
		g.w.word("de")
		g.det("def", &lx.amounts.it[t.f], false)
		g.noun = head
	case 2:
		g.w.words("le projet de")
		f := &lx.facilities.it[t.f]
		if t.mod%2 == 1 {
			g.preAdjective(lx.adjByLemma["nouveau"], agr{fem: f.fem, pl: f.plOnly}, f.sg)
		}
		g.w.words(f.form(false))
		g.noun = agr{p: 2}
	default:
		pol := &lx.policies.it[t.a]
		g.det("def", pol, false)
		head := g.noun
		g.w.words(pol.prep)
		g.det("def", &lx.topics.it[t.f], false)
		if t.mod == 2 {
			g.w.word("à")
			g.w.word(lx.towns.it[t.town].name)
		}
		g.noun = head
	}
}

// topicDem writes the short, demonstrative form of a topic (cette fermeture).
func (g *gen) topicDem(t topic) {
	lx := g.lx
	switch t.kind {
	case 0:
		g.det("dem", &lx.actions.it[t.a], false)
	case 1:
		g.det("dem", &lx.trends.it[t.a], false)
	case 2:
		g.w.words("ce projet")
		g.noun = agr{p: 2}
	default:
		g.det("dem", &lx.policies.it[t.a], false)
	}
}

// groupNP writes a plural group of people, inclusive when the author
// writes so.
func (g *gen) groupNP(detKind string, complement bool) {
	if complement && g.r.pm(200) { // the town's people: les Valbrunois
		t := &g.lx.towns.it[g.townIdx(false)]
		ag := agr{p: 5, pl: true}
		form := t.dem[2]
		switch {
		case g.st.incl >= 0 && t.demIncl[g.st.incl] != "" && g.r.pm(600):
			ag.incl, form = true, t.demIncl[g.st.incl]
		case g.r.pm(150):
			ag.fem, form = true, t.dem[3]
		}
		switch detKind {
		case "def":
			g.w.word("les")
		case "indef":
			g.w.word("des")
		}
		g.w.word(form)
		g.noun = ag
		return
	}
	p := g.lx.groups.draw(g)
	ag := agr{p: 5, pl: true}
	form := p.mp
	switch {
	case p.only == 1:
		ag.fem, form = true, p.fp
	case p.only < 0 && g.st.incl >= 0 && p.incl[g.st.incl] != "" && g.r.pm(650):
		ag.incl, form = true, p.incl[g.st.incl]
	case p.only < 0 && g.r.pm(60):
		ag.fem, form = true, p.fp
	}
	switch detKind {
	case "def":
		g.w.word("les")
	case "indef":
		g.w.word("des")
	}
	g.w.words(form)
	k := g.r.intn(100)
	if !complement {
		k = 100
	}
	switch {
	case k < 12:
		g.w.word("de")
		g.w.word(g.townName(false))
	case k < 16:
		g.w.words("du quartier")
	case k < 19:
		g.w.words("du centre-ville")
	}
	g.noun = ag
}

func (g *gen) personName(c *castMember) {
	g.w.word(c.first)
	g.w.words(c.last)
}

func (g *gen) roleWords(c *castMember) {
	r := &g.lx.roles.it[c.role]
	if c.fem {
		g.w.words(r.f)
	} else {
		g.w.words(r.m)
	}
	if r.town {
		g.w.word("de")
		g.w.word(g.lx.towns.it[c.town].name)
	}
}

func (g *gen) subject(kind string) {
	lx := g.lx
	switch kind {
	case "inst":
		n := lx.insts.draw(g)
		g.det("def", n, false)
		ag := g.noun
		switch k := g.r.intn(1000); {
		case n.town && k < 400:
			g.w.word("de")
			g.w.word(g.townName(false))
		case n.town && k < 550: // la majorité valbrunoise
			g.w.word(lx.towns.it[g.townIdx(false)].dem[ag.idx()])
			g.w.lowerLast()
		}
		g.subj = ag
	case "elus":
		g.w.word("les")
		if g.st.incl >= 0 && g.r.pm(600) {
			g.w.word([3]string{"élu·e·s", "élu•e•s", "élu.e.s"}[g.st.incl])
			g.subj = agr{p: 5, pl: true, incl: true}
		} else {
			g.w.word("élus")
			g.subj = agr{p: 5, pl: true}
		}
		switch k := g.r.intn(6); k {
		case 0:
			g.w.words("de la majorité")
		case 1:
			g.w.words("d’opposition")
		case 2:
			g.w.word("de")
			g.w.word(g.townName(false))
		case 3:
			g.w.words("municipaux")
		}
	case "anti":
		g.w.word("les")
		g.w.word(pick(&g.r, []string{"militants", "opposants", "partisans", "collectifs", "élus"}))
		g.anti()
		g.subj = agr{p: 5, pl: true}
	case "grp", "grp0":
		g.groupNP("def", kind == "grp")
		g.subj = g.noun
	case "grpnum":
		g.people()
		g.groupNP("", true)
		g.subj = g.noun
	case "dem":
		t := &lx.towns.it[g.townIdx(g.r.pm(200))]
		g.w.word("les")
		if g.st.incl >= 0 && t.demIncl[g.st.incl] != "" && g.r.pm(500) {
			g.w.word(t.demIncl[g.st.incl])
			g.subj = agr{p: 5, pl: true, incl: true}
		} else {
			g.w.word(t.dem[2])
			g.subj = agr{p: 5, pl: true}
		}
	case "pers", "persrole":
		c := lx.cast.draw(g)
		g.personName(c)
		if kind == "persrole" {
			g.w.punct(",")
			g.roleWords(c)
			g.w.punct(",")
		}
		g.subj = agr{p: 2, fem: c.fem}
	case "role":
		c := lx.cast.draw(g)
		r := &lx.roles.it[c.role]
		if c.fem {
			g.w.word("la")
			g.w.words(r.f)
		} else {
			g.w.word("le")
			g.w.words(r.m)
		}
		if r.town {
			g.w.word("de")
			g.w.word(g.townName(false))
		}
		g.subj = agr{p: 2, fem: c.fem}
	case "je":
		g.w.word("je")
		g.subj = agr{p: 0, fem: g.au != nil && g.au.fem}
	case "tu":
		g.w.word("tu")
		g.subj = agr{p: 1}
	case "nous":
		g.w.word("nous")
		g.subj = agr{p: 3, pl: true, incl: g.st.incl >= 0 && g.r.pm(300)}
	case "vous":
		g.w.word("vous")
		g.subj = agr{p: 4, pl: true}
	case "on":
		g.w.word("on")
		g.subj = agr{p: 2}
	case "O":
		g.topicNP(g.top)
		g.subj = g.noun
	case "T":
		g.theme(false)
		g.subj = g.noun
	case "F":
		g.facilityNP(g.top, "def")
		g.subj = g.noun
	case "media":
		fem := g.media()
		g.subj = agr{p: 2, fem: fem}
	case "party":
		p := lx.parties.draw(g)
		g.w.words(p[0])
		g.subj = agr{p: 2}
	case "evt":
		g.det("def", lx.events.draw(g), false)
		g.subj = g.noun
	default:
		panic("corpus: unknown subject " + kind)
	}
}

// theme writes a theme noun phrase: the post's when it is about one.
func (g *gen) theme(any bool) {
	if !any && g.top.kind == 3 {
		g.det("def", &g.lx.topics.it[g.top.f], false)
		return
	}
	g.det("def", g.lx.topics.draw(g), false)
}

func (g *gen) verbClass(c string) *list[verb] {
	lx := g.lx
	switch c {
	case "decide":
		if g.r.pm(400) {
			return &lx.policyV
		}
		return &lx.decide
	case "act":
		return &lx.act
	case "opin":
		return &lx.opinion
	case "say":
		return &lx.say
	case "intr":
		return &lx.intrans
	case "mob":
		return &lx.mob
	case "person":
		return &lx.personV
	case "modal":
		return &lx.modal
	case "decay":
		return &lx.decay
	}
	panic("corpus: unknown verb class " + c)
}

var reflPron = [6]string{"me", "te", "se", "nous", "vous", "se"}

// conj writes verb v in a tense for the agreement a, with an optional
// negation word (pas, jamais, plus, rien).
func (g *gen) conj(v *verb, tense, neg string, a agr) {
	lx := g.lx
	p := int(a.p)
	if v.v.imp {
		p = 2
	}
	refl := func() {
		if v.refl {
			g.w.word(reflPron[p])
		}
	}
	simple := -1
	switch tense {
	case "pres":
		simple = fPres
	case "imp":
		simple = fImp
	case "fut":
		simple = fFut
	case "cond":
		simple = fCond
	case "subj":
		simple = fSubj
	}
	switch {
	case simple >= 0:
		if neg != "" {
			g.w.word("ne")
		}
		refl()
		g.w.word(v.v.f[simple+p])
		if neg != "" {
			g.w.word(neg)
		}
	case tense == "pc" || tense == "pqp":
		etre := v.v.etre || v.refl
		aux := lx.verbByLemma["avoir"]
		if etre {
			aux = lx.verbByLemma["être"]
		}
		off := fPres
		if tense == "pqp" {
			off = fImp
		}
		if neg != "" {
			g.w.word("ne")
		}
		refl()
		g.w.word(aux.f[off+p])
		if neg != "" {
			g.w.word(neg)
		}
		if etre {
			g.participle(v.v, a)
		} else {
			g.w.word(v.v.f[fPP])
		}
	case tense == "proche" || tense == "recent":
		helper := lx.verbByLemma["aller"]
		if tense == "recent" {
			helper = lx.verbByLemma["venir"]
			neg = ""
		}
		if neg != "" {
			g.w.word("ne")
		}
		g.w.word(helper.f[fPres+p])
		if neg != "" {
			g.w.word(neg)
		}
		if tense == "recent" {
			g.w.word("de")
		}
		refl()
		g.w.word(v.v.f[fInf])
	case tense == "inf":
		if neg != "" {
			g.w.word("ne")
			g.w.word(neg)
		}
		refl()
		g.w.word(v.v.f[fInf])
	case tense == "ppr":
		refl()
		g.w.word(v.v.f[fPPR])
	default:
		panic("corpus: unknown tense " + tense)
	}
	if v.suffix != "" {
		g.w.words(v.suffix)
	}
}

func (g *gen) participle(v *verbForms, a agr) {
	if a.incl && g.st.incl >= 0 && v.ppIncl[g.st.incl] != "" {
		g.w.word(v.ppIncl[g.st.incl])
		return
	}
	if a.incl {
		a.fem = false
	}
	g.w.word(v.f[fPP+a.idx()])
}

func (g *gen) agrOf(spec string) agr {
	switch spec {
	case "S":
		return g.subj
	case "N":
		return g.noun
	case "fs":
		return agr{fem: true}
	case "mp":
		return agr{pl: true}
	case "fp":
		return agr{fem: true, pl: true}
	}
	return agr{}
}

func (g *gen) adjClass(c string) *adj {
	lx := g.lx
	switch c {
	case "neg":
		return lx.evalNeg.draw(g)
	case "pos":
		return lx.evalPos.draw(g)
	case "rel":
		return lx.rel.draw(g)
	case "state":
		return lx.state.draw(g)
	case "emo":
		return lx.emotion.draw(g)
	case "pre":
		return lx.pre.draw(g)
	}
	if c != "" && c[0] == '=' {
		if a := lx.adjByLemma[c[1:]]; a != nil {
			return a
		}
	}
	panic("corpus: unknown adjective " + c)
}

func (g *gen) nounClass(c string) *list[noun] {
	lx := g.lx
	switch c {
	case "eval":
		return &lx.evals
	case "event":
		return &lx.events
	case "misc":
		return &lx.misc
	case "time":
		return &lx.times
	case "trend":
		return &lx.trends
	case "action":
		return &lx.actions
	case "dec":
		return &lx.decisions
	case "place":
		return &lx.places
	}
	panic("corpus: unknown noun class " + c)
}

func (g *gen) slot(n *node) {
	lx := g.lx
	switch n.s {
	case "S":
		g.subject(arg(n, 0))
	case "V":
		var v verb
		if n.verb != nil {
			v.v = n.verb
		} else {
			v = *g.verbClass(arg(n, 0)).draw(g)
		}
		neg, timeAdv := "", false
		for _, f := range n.args[min(2, len(n.args)):] {
			if f == "t" {
				timeAdv = true
			} else {
				neg = f
			}
		}
		g.conj(&v, arg(n, 1), neg, g.subj)
		g.afterSuffix = v.suffix != ""
		if timeAdv {
			if v.suffix == "" {
				g.w.words(*lx.timeAdv.draw(g))
			} else {
				g.pendingAdv = &lx.timeAdv
			}
		}
	case "O":
		switch {
		case arg(n, 0) == "dem" || g.oCount > 0 && g.r.pm(300):
			g.topicDem(g.top)
		default:
			g.topicNP(g.top)
		}
		g.oCount++
	case "O2":
		g.topicNP(g.newTopic(g.townIdx(g.r.pm(300))))
	case "F":
		t := g.top
		if arg(n, 0) == "any" || t.kind == 1 || t.kind == 3 {
			t = g.newTopic(g.townIdx(false))
		}
		g.facilityNP(t, "def")
	case "T":
		g.theme(arg(n, 0) == "any")
	case "G":
		switch arg(n, 0) {
		case "bare":
			g.groupNP("", true)
		case "indef":
			g.groupNP("indef", true)
		case "0":
			g.groupNP("def", false)
		default:
			g.groupNP("def", true)
		}
	case "N":
		l := g.nounClass(arg(n, 0))
		nn := l.draw(g)
		pl := false
		pre := false
		for _, f := range n.args[min(2, len(n.args)):] {
			switch f {
			case "pl":
				pl = true
			case "pre":
				pre = true
			}
		}
		if pre {
			pl = pl || nn.plOnly
			form := nn.form(pl)
			g.detWord(arg(n, 1), nn.fem, pl, form)
			g.preAdjective(lx.pre.draw(g), agr{fem: nn.fem, pl: pl}, form)
			g.w.words(form)
			g.noun = agr{p: 2, fem: nn.fem, pl: pl}
		} else {
			g.det(arg(n, 1), nn, pl)
		}
	case "A":
		a := n.adj
		if a == nil {
			a = g.adjClass(arg(n, 0))
		}
		g.adjective(a, g.agrOf(arg(n, 1)))
	case "PP":
		v := n.verb
		if v == nil { // a class: a plain transitive verb, for the passive
			l := g.verbClass(arg(n, 0))
			for try := 0; try < 8; try++ {
				c := l.draw(g)
				if c.suffix == "" && !c.refl {
					v = c.v
					break
				}
			}
			if v == nil {
				v = lx.verbByLemma["voter"]
			}
		}
		g.participle(v, g.agrOf(arg(n, 1)))
	case "adv":
		var l *list[string]
		switch arg(n, 0) {
		case "deg":
			l = &lx.degree
		case "fin":
			l = &lx.finally
		case "man":
			l = &lx.manner
			if g.r.pm(350) {
				l = &lx.derivedAdv
			}
		case "time":
			l = &lx.timeAdv
		default:
			l = &lx.derivedAdv
		}
		if g.afterSuffix {
			// After the object, where "enfin" would not read well.
			g.pendingAdv = &lx.manner
			return
		}
		g.w.words(*l.draw(g))
	case "P":
		c := lx.cast.draw(g)
		switch arg(n, 0) {
		case "first":
			g.w.word(c.first)
		case "role":
			g.personName(c)
			g.w.punct(",")
			g.roleWords(c)
			g.w.punct(",")
		case "roleend":
			g.personName(c)
			g.w.punct(",")
			g.roleWords(c)
		default:
			g.personName(c)
		}
	case "R":
		g.subject("role")
	case "pron":
		switch {
		case g.subj.pl && g.subj.fem:
			g.w.word("elles")
		case g.subj.pl:
			g.w.word("ils")
		case g.subj.fem:
			g.w.word("elle")
		default:
			g.w.word("il")
		}
	case "town":
		g.w.word(g.townName(arg(n, 0) == "any"))
	case "dem":
		g.w.word(lx.towns.it[g.townIdx(false)].dem[2])
	case "party":
		g.w.words((*lx.parties.draw(g))[0])
	case "list":
		g.formWithTown(*lx.localLists.draw(g))
	case "media":
		g.media()
	case "assoc":
		g.exec(*g.tp.assoc.draw(g))
	case "src":
		g.exec(*g.tp.src.draw(g))
	case "PL":
		p := lx.places.draw(g)
		g.det("def", p, false)
		if p.sg == "mairie" && g.r.pm(300) {
			g.w.word("de")
			g.w.word(g.townName(false))
		}
	case "street":
		g.street()
	case "TR":
		tr := lx.trends.draw(g)
		if g.top.kind == 1 {
			tr = &lx.trends.it[g.top.a]
		}
		g.det(arg(n, 0), tr, false)
	case "AMT":
		am := lx.amounts.draw(g)
		if g.top.kind == 1 {
			am = &lx.amounts.it[g.top.f]
		}
		head := g.noun
		g.det("def", am, false)
		g.noun = head
	case "num":
		g.people()
	case "num2":
		g.w.number(pick(&g.r, []int{2, 3, 4, 5, 6, 8, 10, 12, 15, 18}))
	case "sig":
		g.w.number(100 * g.r.between(3, 250))
	case "pct":
		g.percent()
	case "money":
		g.money()
	case "hour":
		g.hour()
	case "day":
		g.w.word(pick(&g.r, weekdays[:]))
	case "date":
		g.date()
	case "year":
		g.w.year(g.year + g.r.between(-1, 2))
	case "until":
		g.until()
	case "link":
		g.link()
	case "tag":
		g.hashtag()
	case "emoji":
		g.w.punct(*lx.emoji.draw(g))
	case "mention":
		g.w.word(g.otherAuthor().mention)
	case "clause":
		if g.depth > 1 {
			g.subject("inst")
			g.conj(lx.decide.draw(g), "pc", "", g.subj)
			g.topicNP(g.top)
			return
		}
		g.depth++
		saved := g.subj
		g.exec(*g.tp.clause.draw(g))
		g.subj = saved
		g.depth--
	case "closer":
		g.exec(*g.tp.closer.draw(g))
	case "conn":
		g.w.words(*lx.connectives.draw(g))
	case "anti":
		g.anti()
	default:
		panic("corpus: unknown slot " + n.s)
	}
}

var weekdays = [...]string{"samedi", "lundi", "mardi", "jeudi", "mercredi", "vendredi", "dimanche"}
var months = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// people writes a head count (300, 1 200).
func (g *gen) people() {
	if g.r.pm(150) {
		g.w.number(g.r.between(12, 999))
		return
	}
	g.w.number(pick(&g.r, []int{100, 200, 300, 50, 150, 500, 80, 250, 400, 1000, 30, 600, 120, 2000, 800, 1500, 40, 60, 3000, 5000, 700, 350, 450, 1200}))
}

func (g *gen) percent() {
	g.w.number(g.r.between(3, 92))
	if g.r.pm(250) {
		g.w.b = append(g.w.b, ',', byte('1'+g.r.intn(9)))
	}
	g.w.b = append(g.w.b, g.st.pct...)
	g.w.b = append(g.w.b, '%')
}

func (g *gen) money() {
	switch g.r.intn(5) {
	case 0, 1:
		g.w.number(1000 * g.r.between(10, 900))
		if g.r.intn(2) == 0 {
			g.w.word("euros")
		} else {
			g.w.punct("€")
		}
	case 2:
		g.w.number(g.r.between(1, 40))
		if g.r.intn(3) == 0 {
			g.w.b = append(g.w.b, ',', byte('1'+g.r.intn(9)))
		}
		g.w.words("millions d’euros")
	case 3:
		g.w.number(g.r.between(1, 60))
		g.w.b = append(g.w.b, g.st.pct...)
		g.w.b = append(g.w.b, "M€"...)
	default:
		g.w.number(g.r.between(2, 95) * 100)
		g.w.word("euros")
	}
}

func (g *gen) hour() {
	h := g.r.between(8, 21)
	m := pick(&g.r, []int{0, 30, 0, 0, 15, 45, 30})
	g.w.number(h)
	switch {
	case m == 0 && g.r.intn(3) > 0:
		g.w.b = append(g.w.b, 'h')
	case g.r.intn(6) == 0:
		g.w.b = append(g.w.b, " h "...)
		g.w.b = append(g.w.b, byte('0'+m/10), byte('0'+m%10))
	default:
		g.w.b = append(g.w.b, 'h')
		g.w.b = append(g.w.b, byte('0'+m/10), byte('0'+m%10))
	}
}

func (g *gen) dayOfMonth() {
	d := g.r.between(1, 30)
	g.w.number(d)
	if d == 1 {
		g.w.b = append(g.w.b, "er"...)
	}
	g.w.word(months[g.r.intn(12)])
}

func (g *gen) date() {
	if g.r.intn(2) == 0 {
		g.w.word("le")
	} else {
		g.w.word(pick(&g.r, weekdays[:]))
	}
	g.dayOfMonth()
}

func (g *gen) until() {
	switch g.r.intn(6) {
	case 0, 1:
		g.w.word("jusqu’au")
		g.dayOfMonth()
	case 2:
		g.w.words("jusqu’à fin")
		g.w.word(months[g.r.intn(12)])
	case 3:
		g.w.word("dès")
		g.w.word(pick(&g.r, weekdays[:]))
	case 4:
		g.w.words("d’ici l’été")
	default:
		g.w.words("avant la fin de l’année")
	}
}

// formWithTown writes a name form where % is the town and $ a region.
func (g *gen) formWithTown(form string) {
	for form != "" {
		var w string
		if i := indexByte(form, ' '); i >= 0 {
			w, form = form[:i], form[i+1:]
		} else {
			w, form = form, ""
		}
		switch w {
		case "%":
			g.w.word(g.townName(false))
		case "%dem":
			g.w.word(g.lx.towns.it[g.townIdx(false)].dem[0])
		case "$":
			g.w.words(*g.lx.regions.draw(g))
		default:
			g.w.word(w)
		}
	}
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// media writes a local medium's name and reports whether it is feminine.
func (g *gen) media() bool {
	f := *g.lx.media.draw(g)
	g.formWithTown(f)
	return len(f) > 3 && f[:3] == "La "
}

func (g *gen) street() {
	k := *g.lx.streetKinds.draw(g)
	switch k {
	case "boulevard", "chemin", "quai":
		g.w.word("le")
	default:
		g.w.word("la")
	}
	g.w.word(k)
	if g.r.pm(400) { // rue Hélène-Ravenaud
		c := g.lx.cast.draw(g)
		g.w.word(c.first)
		g.w.glueWord("-", c.last)
		return
	}
	g.w.words(*g.lx.streets.draw(g))
}

func (g *gen) anti() {
	lx := g.lx
	p := *lx.prefixes.draw(g)
	for try := 0; try < 6; try++ {
		var n *noun
		pl := g.r.intn(2) == 0
		switch g.r.intn(3) {
		case 0:
			n = lx.facilities.draw(g)
		case 1:
			n, pl = lx.topics.draw(g), false
		default:
			n = lx.amounts.draw(g)
		}
		form := n.form(pl)
		if indexByte(form, ' ') >= 0 {
			continue
		}
		g.w.word(p)
		g.w.glueWord("-", form)
		return
	}
	g.w.word(p)
	g.w.glueWord("-", "béton")
}

func (g *gen) otherAuthor() *author {
	for try := 0; ; try++ {
		a := &g.authors[g.authorZ.draw(&g.r)]
		if a != g.au || try > 3 {
			return a
		}
	}
}
