package corpus

// Composing posts from sentences: how many, of which kind, and what
// comes around them (mentions, hashtags, links, emoji), within 40 to 280
// characters.

// snapshot saves the writer to undo a sentence that overflows.
type snapshot struct {
	w writer
	n int
}

func (g *gen) save() snapshot { return snapshot{w: g.w, n: len(g.w.b)} }

func (g *gen) restore(s snapshot) {
	b := g.w.b[:s.n]
	g.w = s.w
	g.w.b = b
}

// sentence writes one sentence from set.
func (g *gen) sentence(set *tmplSet) {
	g.pendingAdv, g.afterSuffix = nil, false
	g.w.capNext = true
	g.w.last = ""
	var t *[]node
	for try := 0; try < 4; try++ {
		t = set.draw(g)
		if !g.usedTemplate(t) {
			break
		}
	}
	g.used = append(g.used, t)
	g.exec(*t)
}

func (g *gen) usedTemplate(t *[]node) bool {
	for _, u := range g.used {
		if u == t {
			return true
		}
	}
	return false
}

// addSentence writes a sentence if it fits in limit runes and reports
// whether it did.
func (g *gen) addSentence(set *tmplSet, limit int) bool {
	s := g.save()
	g.sentence(set)
	if len(g.w.b) > limit && g.w.runes() > limit { // runes ≤ bytes
		g.restore(s)
		return false
	}
	return true
}

// category picks the kind of sentence an author writes.
func (g *gen) category() *tmplSet {
	tp := g.tp
	k := g.r.intn(100)
	switch g.au.kind {
	case kindMedia:
		if k < 85 {
			return &tp.news
		}
		return &tp.call
	case kindInst:
		if k < 45 {
			return &tp.news
		}
		return &tp.call
	case kindElected:
		switch {
		case k < 20:
			return &tp.news
		case k < 80:
			return &tp.opinion
		}
		return &tp.call
	case kindActivist, kindAssoc:
		switch {
		case k < 10:
			return &tp.news
		case k < 60:
			return &tp.opinion
		}
		return &tp.call
	}
	switch {
	case k < 15:
		return &tp.news
	case k < 92:
		return &tp.opinion
	}
	return &tp.reply
}

// target draws a length in runes for a post's sentences.
func (g *gen) target(lo, spread int) int {
	return lo + g.r.intn(spread) + g.r.intn(spread)
}

// original writes a post that replies to nothing.
func (g *gen) original() {
	limit := maxRunes - 30 // room for hashtags and a link
	if g.au.kind == kindMedia && g.r.pm(250) {
		g.w.punct(pick(&g.r, []string{"🔴", "📰", "⚠️", "📍", "🎥"}))
	}
	target := g.target(45, 70)
	for s := 0; s < 3; s++ {
		if !g.addSentence(g.category(), limit) {
			if s == 0 {
				g.addSentence(&g.tp.closer, limit)
			}
			break
		}
		if g.w.runes() >= target {
			break
		}
	}
	g.extras()
	g.fill()
}

// reply writes a reply to parent's author (and sometimes the root's).
func (g *gen) reply(parent, root *author) {
	g.w.word(parent.mention)
	if root != nil && root != parent && root != g.au {
		g.w.word(root.mention)
	}
	g.w.capNext = true
	limit := maxRunes - 10
	target := g.target(25, 55)
	first := &g.tp.reply
	if g.r.pm(350) {
		first = g.category()
	}
	if !g.addSentence(first, limit) {
		g.addSentence(&g.tp.closer, limit)
	}
	for s := 0; s < 2 && g.w.runes() < target; s++ {
		set := g.category()
		if g.r.pm(300) {
			set = &g.tp.reply
		}
		if !g.addSentence(set, limit) {
			break
		}
	}
	if g.r.pm(120) {
		g.tryEmoji()
	}
	g.fill()
}

// quote writes the comment of a quote post.
func (g *gen) quote(quotedURL string) {
	limit := maxRunes - 30
	g.addSentence(&g.tp.quote, limit)
	if g.r.pm(500) {
		g.addSentence(g.category(), limit)
	}
	if g.r.pm(250) {
		s := g.save()
		g.w.raw(quotedURL)
		if g.w.runes() > maxRunes {
			g.restore(s)
		}
	}
	g.fill()
}

// extras adds hashtags, a link and emoji as the author's kind does.
func (g *gen) extras() {
	tagPM, linkPM, emojiPM := 120, 80, 120
	switch g.au.kind {
	case kindMedia:
		tagPM, linkPM, emojiPM = 400, 700, 80
	case kindInst:
		tagPM, linkPM, emojiPM = 350, 300, 150
	case kindElected:
		tagPM, linkPM, emojiPM = 300, 150, 150
	case kindActivist, kindAssoc:
		tagPM, linkPM, emojiPM = 500, 250, 250
	}
	if g.r.pm(emojiPM) {
		g.tryEmoji()
	}
	if g.r.pm(tagPM) {
		for n := 1 + g.r.intn(3); n > 0; n-- {
			s := g.save()
			g.hashtag()
			if g.w.runes() > maxRunes {
				g.restore(s)
				break
			}
		}
	}
	if g.r.pm(linkPM) {
		s := g.save()
		g.link()
		if g.w.runes() > maxRunes {
			g.restore(s)
		}
	}
}

func (g *gen) tryEmoji() {
	s := g.save()
	g.w.punct(*g.lx.emoji.draw(g))
	if g.r.pm(150) {
		g.w.glue = true
		g.w.punct(*g.lx.emoji.draw(g))
	}
	if g.w.runes() > maxRunes {
		g.restore(s)
	}
}

// fill pads a post shorter than minRunes with closing sentences and,
// last, hashtags.
func (g *gen) fill() {
	for try := 0; try < 6 && g.w.runes() < minRunes; try++ {
		if try < 4 {
			g.addSentence(&g.tp.closer, maxRunes)
		} else {
			g.hashtag()
		}
	}
	for g.w.runes() < minRunes {
		g.hashtag()
	}
}

// fabricate writes one or two sentences in the corpus's manner that are
// not taken from any post: uniform draws favour rare words.
func (g *gen) fabricate() {
	g.w.reset(&g.st)
	g.used, g.oCount = g.used[:0], 0
	for s := 0; s < 1+g.r.intn(2); s++ {
		set := &g.tp.news
		switch g.r.intn(3) {
		case 0:
			set = &g.tp.opinion
		case 1:
			set = &g.tp.clause
		}
		if !g.addSentence(set, maxRunes) {
			break
		}
		if set == &g.tp.clause {
			g.w.punct(".")
		}
	}
}
