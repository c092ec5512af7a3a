package corpus

import (
	"bytes"
	"strconv"
)

// Links and hashtags, written straight into the post buffer.

const alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

var mediaDomains = [...]string{"lecourrierde", "lechode", "lagazettede", "radio", "actu-", "lejournalde", "infos-"}
var sections = [...]string{"actualite", "politique", "societe", "faits-divers", "economie", "environnement", "local", "education", "sante"}

func (g *gen) randomChars(n int) {
	for range n {
		g.w.b = append(g.w.b, alnum[g.r.intn(len(alnum))])
	}
}

// topicSlug appends words of the post's topic as a URL slug.
func (g *gen) topicSlug() {
	lx := g.lx
	t := g.top
	switch t.kind {
	case 0:
		g.w.appendSlug(lx.actions.it[t.a].sg)
		g.w.appendSlug(lx.facilities.it[t.f].sg)
	case 1:
		g.w.appendSlug(lx.trends.it[t.a].sg)
		g.w.appendSlug(lx.amounts.it[t.f].form(false))
	case 2:
		g.w.appendSlug("projet")
		g.w.appendSlug(lx.facilities.it[t.f].sg)
	default:
		g.w.appendSlug(lx.policies.it[t.a].sg)
		g.w.appendSlug(lx.topics.it[t.f].sg)
	}
	g.w.appendSlug(lx.towns.it[t.town].slug)
}

// link writes a URL: a local newspaper's article, a shortener, a
// petition, the town's site or a video.
func (g *gen) link() {
	w := &g.w
	if len(w.b) > 0 && !w.glue {
		w.b = append(w.b, ' ')
	}
	w.glue = false
	w.last = ""
	t := &g.lx.towns.it[g.top.town]
	switch k := g.r.intn(100); {
	case k < 40:
		w.b = append(w.b, "https://www."...)
		w.b = append(w.b, mediaDomains[g.r.intn(len(mediaDomains))]...)
		for i := 0; i < len(t.slug); i++ {
			if t.slug[i] != '-' {
				w.b = append(w.b, t.slug[i])
			}
		}
		w.b = append(w.b, ".fr/"...)
		w.b = append(w.b, sections[g.r.intn(len(sections))]...)
		w.b = append(w.b, '/')
		g.topicSlug()
		w.b = append(w.b, '-')
		w.number0(g.r.between(100000, 9999999))
		if g.r.intn(2) == 0 {
			w.b = append(w.b, ".html"...)
		}
	case k < 65:
		w.b = append(w.b, "https://t.co/"...)
		g.randomChars(10)
	case k < 75:
		w.b = append(w.b, "https://www.change.org/p/"...)
		g.topicSlug()
	case k < 88:
		w.b = append(w.b, "https://www."...)
		w.b = append(w.b, t.slug...)
		w.b = append(w.b, ".fr/actualites/"...)
		g.topicSlug()
	case k < 95:
		w.b = append(w.b, "https://youtu.be/"...)
		g.randomChars(11)
	default:
		w.b = append(w.b, "https://bit.ly/"...)
		g.randomChars(7)
	}
}

// number0 appends n without grouping.
func (w *writer) number0(n int) {
	w.b = strconv.AppendInt(w.b, int64(n), 10)
}

// hashtag writes a hashtag about the post's town or topic.
func (g *gen) hashtag() {
	lx := g.lx
	w := &g.w
	if len(w.b) > 0 && !w.glue {
		w.b = append(w.b, ' ')
	}
	w.glue = false
	w.last = ""
	start := len(w.b)
	defer func() { // no hashtag twice in a post
		if bytes.Contains(w.b[:start], w.b[start:]) {
			w.b = bytes.TrimRight(w.b[:start], " ")
		}
	}()
	w.b = append(w.b, '#')
	t := g.top
	tw := &lx.towns.it[t.town]
	body := func(s string) {
		if g.au != nil && g.au.foldTags {
			w.appendFolded(s)
		} else {
			w.b = append(w.b, s...)
		}
	}
	detTag := func(n *noun) {
		switch {
		case n.plOnly:
			w.b = append(w.b, "Les"...)
		case vowelStart(n.sg):
			w.b = append(w.b, 'L')
		case n.fem:
			w.b = append(w.b, "La"...)
		default:
			w.b = append(w.b, "Le"...)
		}
	}
	switch k := g.r.intn(100); {
	case k < 30:
		body(tw.tag)
	case k < 42:
		if t.kind == 3 {
			body(lx.topics.it[t.f].tag)
		} else {
			body(lx.topics.draw(g).tag)
		}
	case k < 52 && (t.kind == 0 || t.kind == 2):
		w.b = append(w.b, "Sauvons"...)
		f := &lx.facilities.it[t.f]
		detTag(f)
		body(f.tag)
	case k < 60:
		w.b = append(w.b, "Municipales"...)
		next := 2026 // French municipal elections: every six years
		for next < g.year {
			next += 6
		}
		w.number0(next)
	case k < 68:
		w.b = append(w.b, "CM"...)
		body(tw.tag)
	case k < 73:
		w.b = append(w.b, (*lx.parties.draw(g))[1]...)
	case k < 80 && t.kind == 0:
		w.b = append(w.b, "NonA"...)
		a := &lx.actions.it[t.a]
		detTag(a)
		body(a.tag)
	case k < 82 && (t.kind == 0 || t.kind == 2): // #PiscineValbrune
		body(lx.facilities.it[t.f].tag)
		body(tw.tag)
	case k < 85:
		w.b = append(w.b, "Budget"...)
		w.number0(g.year + g.r.intn(2))
	case k < 92 && (t.kind == 0 || t.kind == 2):
		w.b = append(w.b, "Stop"...)
		body(lx.facilities.it[t.f].tag)
	default:
		body(pick(&g.r, []string{"ConseilMunicipal", "DirectCM", "Grève", "Manif", "Démocratie", "ServicesPublics", "Écologie", "Sécurité", "Logement", "Transports", "PouvoirDAchat"}))
	}
}
