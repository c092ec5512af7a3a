package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/guillemet/guillemet/normalize"
)

// walkGaps reads the alignment pair by pair: each pair of equal words, and
// the gap of unpaired words before it (and after the last one), and turns
// them into differences and word counts.
func (al *aligner) walkGaps() {
	if len(al.pairs) == 0 {
		return
	}
	q, s := al.q, al.s
	pq, ps := -1, -1
	for idx := 0; idx <= len(al.pairs); idx++ {
		nq, ns := len(q.words), len(s.words)
		if idx < len(al.pairs) {
			nq, ns = al.pairs[idx].q, al.pairs[idx].s
		}
		al.gap(pq, ps, nq, ns, idx == 0, idx == len(al.pairs))
		if idx < len(al.pairs) {
			al.words.Matched++
			al.cover(ns)
			al.wordPair(nq, ns)
		}
		pq, ps = nq, ns
	}
}

// cover notes that the quote stands for source word j.
func (al *aligner) cover(j int) {
	if al.sFirst < 0 || j < al.sFirst {
		al.sFirst = j
	}
	if j > al.sLast {
		al.sLast = j
	}
}

// gap reads the unpaired words between pairs (pq, ps) and (nq, ns):
// quote words pq+1..nq-1 and source words ps+1..ns-1. start and end say
// that the gap is before the first pair or after the last one.
func (al *aligner) gap(pq, ps, nq, ns int, start, end bool) {
	q, s := al.q, al.s
	qn, sn := nq-pq-1, ns-ps-1
	if qn == 0 && sn == 0 {
		al.between(pq, ps, nq, ns)
		return
	}
	if start {
		// Slips and replacements at the start are read right to left,
		// nearest the first pair: the source may go on before them.
		k := 0
		for ; k < qn && k < sn; k++ {
			if !al.near(nq-1-k, ns-1-k) {
				break
			}
		}
		qn2, sn2 := qn-k, sn-k
		m := al.markIn(0, nq-k)
		r := 0
		if m < 0 {
			for ; r < qn2 && r < sn2; r++ {
				al.replaced(nq-1-k-r, ns-1-k-r)
			}
		}
		al.inserted(0, qn2-r, sn2-r)
		if sn2-r > 0 {
			if m >= 0 {
				al.elided(m, 0, sn2-r)
			} else {
				al.truncate(TruncatedStart, 0, sn2-r)
			}
		} else {
			al.edgeDrops(true)
		}
		return
	}
	if end {
		k := 0
		for ; k < qn && k < sn; k++ {
			if !al.near(pq+1+k, ps+1+k) {
				break
			}
		}
		qn2, sn2 := qn-k, sn-k
		m := al.markIn(pq+1+k, len(q.words))
		if qn == 0 && pq >= 0 {
			// The quote stops, or skips the rest at a mark: what
			// sentence mark did it keep after its last word?
			qEnd := q.hi
			if m >= 0 {
				qEnd = al.marks[m].first
			}
			al.trailingMarks(pq, ps, qEnd)
		}
		r := 0
		if m < 0 {
			for ; r < qn2 && r < sn2; r++ {
				al.replaced(pq+1+k+r, ps+1+k+r)
			}
		}
		al.inserted(pq+1+k+r, nq, ps+1+k+r)
		if sn2-r > 0 {
			if m >= 0 {
				al.elided(m, ps+1+k+r, ns)
			} else {
				al.truncate(TruncatedEnd, ps+1+k+r, ns)
			}
		} else {
			al.edgeDrops(false)
		}
		return
	}
	// Inside: slips first, in order, each quote word looking at the next
	// few source words; then replacements, or an elision where the quote
	// shows a mark; what remains is inserted or deleted.
	m := al.markIn(pq+1, nq)
	if m >= 0 && qn == 0 {
		al.trailingMarks(pq, ps, al.marks[m].first)
	}
	var qLeft, sLeft []int
	j := ps + 1
	for i := pq + 1; i < nq; i++ {
		found := -1
		for t := j; t < ns && t < j+3; t++ {
			if liken(q.word(i), s.word(t)) != unlike {
				found = t
				break
			}
		}
		if found < 0 {
			qLeft = append(qLeft, i)
			continue
		}
		for ; j < found; j++ {
			sLeft = append(sLeft, j)
		}
		al.near(i, found)
		j = found + 1
	}
	for ; j < ns; j++ {
		sLeft = append(sLeft, j)
	}
	if m < 0 {
		r := min(len(qLeft), len(sLeft))
		for t := 0; t < r; t++ {
			al.replaced(qLeft[t], sLeft[t])
		}
		qLeft, sLeft = qLeft[r:], sLeft[r:]
	}
	for _, run := range runs(qLeft) {
		at := ps + 1
		if len(sLeft) > 0 {
			at = sLeft[0]
		}
		al.inserted(run[0], run[1], min(at, ns))
	}
	for _, run := range runs(sLeft) {
		if m >= 0 {
			al.elided(m, run[0], run[1])
		} else {
			al.deleted(run[0], run[1], pq+1)
		}
	}
}

// runs splits increasing indexes into runs of consecutive ones, [a, b).
func runs(xs []int) [][2]int {
	var out [][2]int
	for i := 0; i < len(xs); {
		j := i + 1
		for j < len(xs) && xs[j] == xs[j-1]+1 {
			j++
		}
		out = append(out, [2]int{xs[i], xs[j-1] + 1})
		i = j
	}
	return out
}

// Word-level differences. Spans of runs of words go from the first word's
// start to the last word's end; an empty span sits where the missing
// words would be.

func (al *aligner) qspan(a, b int) normalize.Span {
	q := al.q
	if a >= b {
		if a < len(q.words) {
			p := q.word(a).OrigStart
			return normalize.Span{Start: p, End: p}
		}
		p := q.toks[q.hi-1].OrigEnd
		return normalize.Span{Start: p, End: p}
	}
	return normalize.Span{Start: q.word(a).OrigStart, End: q.word(b - 1).OrigEnd}
}

func (al *aligner) sspan(a, b int) normalize.Span {
	s := al.s
	if a >= b {
		if a < len(s.words) {
			p := s.word(a).OrigStart
			return normalize.Span{Start: p, End: p}
		}
		p := s.word(len(s.words) - 1).OrigEnd
		return normalize.Span{Start: p, End: p}
	}
	return normalize.Span{Start: s.word(a).OrigStart, End: s.word(b - 1).OrigEnd}
}

func (al *aligner) add(k Kind, qs, ss normalize.Span) {
	al.diffs = append(al.diffs, Difference{Kind: k, Quote: qs, Source: ss,
		QuoteText: qs.In(al.q.orig), SourceText: ss.In(al.s.orig)})
}

// near records quote word i and source word j as the same word but for
// a slip or for inclusive writing, and reports false when they are not.
func (al *aligner) near(i, j int) bool {
	switch liken(al.q.word(i), al.s.word(j)) {
	case slipped:
		al.spelling(i, j)
	case inclusive:
		al.inclusivePair(i, j)
	default:
		return false
	}
	return true
}

func (al *aligner) spelling(i, j int) {
	al.words.Spelling++
	al.cover(j)
	al.kept = append(al.kept, j)
	al.add(Spelling, al.qspan(i, i+1), al.sspan(j, j+1))
}

// inclusivePair records quote word i and source word j as one word, one
// of them in inclusive writing (agents, agent·e·s): they match.
func (al *aligner) inclusivePair(i, j int) {
	al.words.Matched++
	al.cover(j)
	al.kept = append(al.kept, j)
	qt, st := al.q.word(i), al.s.word(j)
	qs, ss := normalize.Span{Start: qt.OrigStart, End: qt.OrigEnd}, normalize.Span{Start: st.OrigStart, End: st.OrigEnd}
	al.add(Inclusive, qs, ss)
	qo, so := qs.In(al.q.orig), ss.In(al.s.orig)
	if caseSig(qo) != caseSig(so) {
		al.add(Case, qs, ss)
	}
	if marksOf(qo) != marksOf(so) {
		al.add(Accent, qs, ss)
	}
}

func (al *aligner) replaced(i, j int) {
	al.words.Replaced++
	al.cover(j)
	al.kept = append(al.kept, j)
	al.add(WordReplaced, al.qspan(i, i+1), al.sspan(j, j+1))
}

// inserted records quote words [a, b) that the source lacks, before
// source word at. One word that only doubles the quote word before or
// after it in the other gender, across a slash (ils/elles against ils),
// is inclusive writing: it matches.
func (al *aligner) inserted(a, b, at int) {
	if a >= b {
		return
	}
	if b-a == 1 && (al.pairedQuote(a-1) && slashDoublet(al.q, a, a-1) || al.pairedQuote(a+1) && slashDoublet(al.q, a, a+1)) {
		al.words.Matched++
		al.add(Inclusive, al.doubletSpan(al.q, a), al.sspan(at, at))
		return
	}
	al.words.Inserted += b - a
	al.cuts = append(al.cuts, cut{len(al.diffs), a, b, WordInserted})
	al.add(WordInserted, al.qspan(a, b), al.sspan(at, at))
}

// deleted records source words [a, b) dropped before quote word at.
func (al *aligner) deleted(a, b, at int) {
	if al.sourceDoublet(a, b) {
		al.add(Inclusive, al.qspan(at, at), al.doubletSpan(al.s, a))
		return
	}
	al.words.Deleted += b - a
	al.cover(a)
	al.cover(b - 1)
	al.cuts = append(al.cuts, cut{len(al.diffs), a, b, WordDeleted})
	al.add(WordDeleted, al.qspan(at, at), al.sspan(a, b))
}

// sourceDoublet reports source words [a, b) that are one word doubling
// a word the quote stands for in the other gender, across a slash.
func (al *aligner) sourceDoublet(a, b int) bool {
	if b-a != 1 {
		return false
	}
	return al.pairedSource(a-1) && slashDoublet(al.s, a, a-1) || al.pairedSource(a+1) && slashDoublet(al.s, a, a+1)
}

// doubletSpan is the span of word j of sd with the slash that joins it
// to its doublet.
func (al *aligner) doubletSpan(sd *side, j int) normalize.Span {
	t := sd.words[j]
	sp := normalize.Span{Start: sd.toks[t].OrigStart, End: sd.toks[t].OrigEnd}
	if t > 0 && sd.toks[t-1].Text == "/" {
		sp.Start = sd.toks[t-1].OrigStart
	} else if t+1 < len(sd.toks) && sd.toks[t+1].Text == "/" {
		sp.End = sd.toks[t+1].OrigEnd
	}
	return sp
}

// pairedSource and pairedQuote report a word the edit script paired.
func (al *aligner) pairedSource(j int) bool {
	_, ok := slices.BinarySearchFunc(al.pairs, j, func(p pair, j int) int { return p.s - j })
	return ok
}

func (al *aligner) pairedQuote(i int) bool {
	_, ok := slices.BinarySearchFunc(al.pairs, i, func(p pair, i int) int { return p.q - i })
	return ok
}

// elided records source words [a, b) skipped at mark m.
func (al *aligner) elided(m, a, b int) {
	al.words.Elided += b - a
	al.cover(a)
	al.cover(b - 1)
	mk := al.marks[m]
	qs := normalize.Span{Start: al.q.toks[mk.first].OrigStart, End: al.q.toks[mk.last].OrigEnd}
	al.cuts = append(al.cuts, cut{len(al.diffs), a, b, Elision})
	al.add(Elision, qs, al.sspan(a, b))
}

// truncate records source words [a, b) outside the quote. One word that
// only doubles the quote's first or last word in the other gender,
// across a slash, is inclusive writing.
func (al *aligner) truncate(k Kind, a, b int) {
	var at normalize.Span
	if k == TruncatedStart {
		at = normalize.Span{Start: al.q.toks[al.q.lo].OrigStart, End: al.q.toks[al.q.lo].OrigStart}
	} else {
		e := al.q.toks[al.q.hi-1].OrigEnd
		at = normalize.Span{Start: e, End: e}
	}
	if al.sourceDoublet(a, b) {
		al.add(Inclusive, at, al.doubletSpan(al.s, a))
		return
	}
	al.cuts = append(al.cuts, cut{len(al.diffs), a, b, k})
	al.add(k, at, al.sspan(a, b))
}

// wordPair compares two words with the same Match key and reports how
// their original spellings differ.
func (al *aligner) wordPair(i, j int) {
	qt, st := al.q.word(i), al.s.word(j)
	qo, so := al.q.orig[qt.OrigStart:qt.OrigEnd], al.s.orig[st.OrigStart:st.OrigEnd]
	if qo == so {
		return
	}
	set := wordKinds(qo, so, al.q.text.KindsIn(qt.Start, qt.End)|al.s.text.KindsIn(st.Start, st.End))
	for _, k := range set.list() {
		al.add(k, normalize.Span{Start: qt.OrigStart, End: qt.OrigEnd}, normalize.Span{Start: st.OrigStart, End: st.OrigEnd})
	}
}

// wordKinds names the differences between two spellings of one word.
// Case and accents are judged on the two spellings themselves (both
// capitalised is no difference), the rest from what normalization did.
func wordKinds(q, s string, changes normalize.Kind) kindSet {
	if norm.NFC.String(q) == norm.NFC.String(s) {
		return 0
	}
	var set kindSet
	dq, ds := normalize.Display.Normalize(q), normalize.Display.Normalize(s)
	set |= mapKinds(dq.Kinds()|ds.Kinds(), false)
	a, b := dq.String(), ds.String()
	if a == b {
		return set
	}
	switch {
	case strings.ToLower(a) == strings.ToLower(b):
		set.add(Case)
		return set
	case stripMarks(a) == stripMarks(b):
		set.add(Accent)
		return set
	case strings.ToLower(stripMarks(a)) == strings.ToLower(stripMarks(b)):
		set.add(Case)
		set.add(Accent)
		return set
	}
	// Links, mentions and emoji are never inside a word: the changes
	// reported next to a word's edges (a link dropped after it) belong to
	// the gap.
	rest := mapKinds(changes, false)
	rest &^= 1<<Case | 1<<Accent | 1<<Spacing | 1<<Link | 1<<Mention | 1<<Emoji
	if caseSig(a) != caseSig(b) {
		rest.add(Case)
	}
	if marksOf(a) != marksOf(b) {
		rest.add(Accent)
	}
	if rest == 0 {
		rest.add(Typography)
	}
	return set | rest
}

// caseSig says whether a word is capitalised, and whether it is all upper
// case.
func caseSig(w string) [2]bool {
	var sig [2]bool
	letters, upper := 0, 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if letters == 0 {
			sig[0] = unicode.IsUpper(r)
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	sig[1] = letters > 1 && upper == letters
	return sig
}

// marksOf returns the combining marks of w in order (é gives U+0301).
func marksOf(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripMarks removes combining marks.
func stripMarks(w string) string {
	d := norm.NFD.String(w)
	return norm.NFC.String(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, d))
}

// mapKinds turns normalization kinds into difference kinds. In a gap
// between words (punct), an elongation is a repeated mark: typography.
func mapKinds(k normalize.Kind, punct bool) kindSet {
	var set kindSet
	for _, m := range kindMap {
		if k&m.from != 0 {
			set.add(m.to)
		}
	}
	if punct && k&normalize.Elongation != 0 {
		set &^= 1 << Spelling
		set.add(Typography)
	}
	return set
}

var kindMap = [...]struct {
	from normalize.Kind
	to   Kind
}{
	{normalize.Spacing, Spacing},
	{normalize.Typography, Typography},
	{normalize.Case, Case},
	{normalize.Accent, Accent},
	{normalize.Ligature, Ligature},
	{normalize.Compat, Typography},
	{normalize.Inclusive, Inclusive},
	{normalize.Elongation, Spelling},
	{normalize.Mojibake, Mojibake},
	{normalize.Invisible, Spacing},
	{normalize.Hyphenation, Spacing},
	{normalize.Homoglyph, Spelling},
	{normalize.Link, Link},
	{normalize.Mention, Mention},
	{normalize.Emoji, Emoji},
	{normalize.Hashtag, Typography},
	{normalize.Encoding, Mojibake},
	{normalize.Obfuscation, Spelling},
}

// between compares what lies between two consecutive pairs of words (or
// before the first, or after the last, when the quote is not truncated
// there): punctuation, white space, links, emoji, mentions.
func (al *aligner) between(pq, ps, nq, ns int) {
	q, s := al.q, al.s
	var qa, qb, sa, sb int // token indexes: the region is after a, before b
	qa, sa = -1, -1
	if pq >= 0 {
		qa, sa = q.words[pq], s.words[ps]
	} else {
		qa = q.lo - 1
	}
	if nq < len(q.words) {
		qb, sb = q.words[nq], s.words[ns]
	} else {
		qb, sb = q.hi, len(s.toks)
	}
	qn0, qn1, qo0, qo1 := region(q, qa, qb)
	sn0, sn1, so0, so1 := region(s, sa, sb)
	if pq < 0 {
		so0, sn0 = 0, 0
	}
	if nq >= len(q.words) {
		so1, sn1 = len(s.orig), len(s.norm)
	}
	qo, so := q.orig[qo0:qo1], s.orig[so0:so1]
	if qo == so {
		return
	}
	// White space outside both texts is no difference: a pasted quote
	// often carries a line break or two.
	if pq < 0 {
		qo, so = strings.TrimLeftFunc(qo, unicode.IsSpace), strings.TrimLeftFunc(so, unicode.IsSpace)
	}
	if nq >= len(q.words) {
		qo, so = strings.TrimRightFunc(qo, unicode.IsSpace), strings.TrimRightFunc(so, unicode.IsSpace)
	}
	set := gapKinds(qo, so, q.norm[qn0:qn1], s.norm[sn0:sn1],
		q.text.KindsIn(qn0, qn1)|s.text.KindsIn(sn0, sn1))
	if pq >= 0 {
		// The sentence marks after a word: a changed mood is a
		// Punctuation difference, and no typography when nothing else
		// differs.
		qm, qms := moodOf(q, qa+1, qb, q.toks[qa].OrigEnd)
		sm, sms := moodOf(s, sa+1, sb, s.toks[sa].OrigEnd)
		if moodChanged(qm, sm) {
			al.changed++
			al.add(Punctuation, qms, sms)
			if squeeze(withoutSentenceMarks(q.norm[qn0:qn1])) == squeeze(withoutSentenceMarks(s.norm[sn0:sn1])) {
				set &^= 1 << Typography
			}
		}
	}
	if set == 0 {
		return
	}
	qs, ss := normalize.Span{Start: qo0, End: qo1}, normalize.Span{Start: so0, End: so1}
	if set != 1<<Spacing {
		// Point at what differs, not at the white space around it.
		qs, ss = trimSpan(q.orig, qo0, qo1), trimSpan(s.orig, so0, so1)
		qs, ss = trimCommon(q.orig, s.orig, qs, ss)
	}
	for _, k := range set.list() {
		al.add(k, qs, ss)
	}
}

// edgeDrops compares what normalization dropped (links, mentions, emoji)
// before the first token of both texts (start) or after their last, when
// the quote's edge words are not the source's, so that between never sees
// that edge: a quote that appends an insult to a post whose link it drops
// has both word_inserted and link.
func (al *aligner) edgeDrops(start bool) {
	q, s := al.q, al.s
	var qn0, qn1, qo0, qo1, sn0, sn1, so0, so1 int
	if start {
		qn0, qn1, qo0, qo1 = region(q, q.lo-1, q.lo)
		sn0, sn1, so0, so1 = region(s, -1, 0)
	} else {
		qn0, qn1, qo0, qo1 = region(q, q.hi-1, q.hi)
		sn0, sn1, so0, so1 = region(s, len(s.toks)-1, len(s.toks))
	}
	if strings.TrimSpace(q.orig[qo0:qo1]) == strings.TrimSpace(s.orig[so0:so1]) {
		return
	}
	set := mapKinds(q.text.KindsIn(qn0, qn1)|s.text.KindsIn(sn0, sn1), true)
	set &= 1<<Link | 1<<Mention | 1<<Emoji
	qs, ss := trimSpan(q.orig, qo0, qo1), trimSpan(s.orig, so0, so1)
	for _, k := range set.list() {
		al.add(k, qs, ss)
	}
}

// region returns the normalized and original byte ranges between tokens
// a and b of sd (a may be -1: from the start; b may be len: to the end).
func region(sd *side, a, b int) (n0, n1, o0, o1 int) {
	if a >= 0 {
		n0, o0 = sd.toks[a].End, sd.toks[a].OrigEnd
	}
	if b < len(sd.toks) {
		n1, o1 = sd.toks[b].Start, sd.toks[b].OrigStart
	} else {
		n1, o1 = len(sd.norm), len(sd.orig)
	}
	if o1 < o0 {
		o1 = o0
	}
	if n1 < n0 {
		n1 = n0
	}
	return
}

// trimSpan narrows [a, b) of text to its part without surrounding white
// space; an all-space range becomes empty at its start.
func trimSpan(text string, a, b int) normalize.Span {
	seg := text[a:b]
	l := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
	if l == len(seg) {
		return normalize.Span{Start: a, End: a}
	}
	r := len(strings.TrimRightFunc(seg, unicode.IsSpace))
	return normalize.Span{Start: a + l, End: a + r}
}

// gapKinds names the differences between two stretches without words.
func gapKinds(qo, so, qn, sn string, changes normalize.Kind) kindSet {
	if norm.NFC.String(qo) == norm.NFC.String(so) {
		return 0
	}
	var set kindSet
	if squeeze(qo) == squeeze(so) {
		set.add(Spacing)
		return set
	}
	set = mapKinds(changes, true)
	set &^= 1<<Spacing | 1<<Case | 1<<Accent | 1<<Inclusive | 1<<Ligature
	if squeeze(qn) != squeeze(sn) {
		set.add(Typography)
	}
	if set == 0 {
		set.add(Spacing)
	}
	return set
}

// squeeze removes white space and invisible format characters, and
// composes.
func squeeze(s string) string {
	return norm.NFC.String(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s))
}

// trimCommon narrows two spans to the part where their texts differ: the
// runes they share at the start and at the end are left out, and the
// white space next to what is left.
func trimCommon(qt, st string, qs, ss normalize.Span) (normalize.Span, normalize.Span) {
	for qs.Start < qs.End && ss.Start < ss.End {
		r1, n1 := utf8.DecodeRuneInString(qt[qs.Start:qs.End])
		r2, n2 := utf8.DecodeRuneInString(st[ss.Start:ss.End])
		if r1 != r2 || r1 == utf8.RuneError {
			break
		}
		qs.Start += n1
		ss.Start += n2
	}
	for qs.Start < qs.End && ss.Start < ss.End {
		r1, n1 := utf8.DecodeLastRuneInString(qt[qs.Start:qs.End])
		r2, n2 := utf8.DecodeLastRuneInString(st[ss.Start:ss.End])
		if r1 != r2 || r1 == utf8.RuneError {
			break
		}
		qs.End -= n1
		ss.End -= n2
	}
	return trimSpan(qt, qs.Start, qs.End), trimSpan(st, ss.Start, ss.End)
}
