package abuse

import (
	"unicode"
	"unicode/utf8"
)

// token is a word of the de-obfuscated text, with the clause, sentence
// and quotation it belongs to. Offsets are bytes of the normalized
// string.
type token struct {
	start, end int32
	id         int32 // vocabulary id, -1 for an unknown word
	clause     int32
	sent       int32
	quote      int32 // innermost quotation (index in regions), -1 outside
	colon      bool  // a colon follows the word
	question   bool  // a question mark follows the word
	// Set by annotate: what the words before this one, in its sentence,
	// say about reporting (see reported).
	naming    uint8 // the nearest naming verb before: 0 none, namingReport, namingSelf
	repBefore bool  // a list, introduced speech or indirect speech opened before
	// own: the word is in the clause after a verb of saying and "que"
	// that the author asserts (« je continuerai à dire que », « ceux qui
	// disent que … ont raison »: see counterSpeech): uttered; ownPersist
	// when the author asserts it by negating a verb of stopping (« je
	// n'arrêterai jamais de dire que »: that negation is not the
	// clause's).
	own uint8
}

// region is a quotation: the words between « and », first and last
// inclusive (last is -1 while the quotation is open).
type region struct{ first, last int32 }

// scratch is the per-call storage, pooled.
type scratch struct {
	toks    []token
	regions []region
	stack   []int32
	breaks  []int
	hits    []hit
	neutral []hit
	idioms  []hit
	spans   []Span
	wts     []float64
	// annotate's tables: sentence bounds (word indices, inclusive),
	// prefix counts of quote cues, and the quotations' verdicts.
	sentLo, sentHi []int32
	prefQ          []int32
	qcache         []int8
	// said are the clauses of reported speech that counterSpeech
	// found (word indices, first and last inclusive).
	said [][2]int32
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// tokenize splits the normalized string s into words. breaks are
// sorted positions of s where the original had a line break: they end
// sentences, as do . ! ? ; and "...". Commas, colons, brackets, dashes
// between spaces and @mentions end clauses. Apostrophes and hyphens
// inside words split them without ending anything ("t'es", "fils-de-pute").
// A '*' between letters stays in the word: a masked letter.
func (t *tables) tokenize(s string, sc *scratch) {
	toks, regions, stack := sc.toks[:0], sc.regions[:0], sc.stack[:0]
	var clause, sent int32 = -1, -1
	newClause, newSent := true, true
	bi := 0
	brk := func() { newClause, newSent = true, true }
	open := func() {
		regions = append(regions, region{first: int32(len(toks)), last: -1})
		stack = append(stack, int32(len(regions)-1))
	}
	closeQ := func() {
		if n := len(stack); n > 0 {
			regions[stack[n-1]].last = int32(len(toks)) - 1
			stack = stack[:n-1]
		}
	}
	for i := 0; i < len(s); {
		for bi < len(sc.breaks) && sc.breaks[bi] <= i {
			brk()
			bi++
		}
		c := s[i]
		if isWordByte(c) || c >= 0x80 && isLetterAt(s, i) {
			start := i
			masked := false
			for i < len(s) {
				c := s[i]
				if isWordByte(c) {
					i++
					continue
				}
				if c == '*' {
					j := i
					for j < len(s) && s[j] == '*' {
						j++
					}
					if j < len(s) && (isWordByte(s[j]) || s[j] >= 0x80 && isLetterAt(s, j)) {
						masked = true
						i = j
						continue
					}
					break
				}
				if c >= 0x80 {
					r, n := utf8.DecodeRuneInString(s[i:])
					if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
						i += n
						continue
					}
				}
				break
			}
			if newClause {
				clause++
				newClause = false
			}
			if newSent {
				sent++
				newSent = false
			}
			q := int32(-1)
			if n := len(stack); n > 0 {
				q = stack[n-1]
			}
			w := s[start:i]
			id, ok := t.vocab[w]
			if !ok {
				id = -1
				if masked {
					id = t.unmask(w)
				} else if len(w) >= fuzzyMin-1 {
					id = t.near(w)
				}
			}
			toks = append(toks, token{start: int32(start), end: int32(i), id: id, clause: clause, sent: sent, quote: q})
			continue
		}
		switch c {
		case ' ', '\'', '*', '_', '#', '\t':
			i++
		case '-':
			if !(i > 0 && isWordByte(s[i-1]) && i+1 < len(s) && isWordByte(s[i+1])) {
				newClause = true
			}
			i++
		case '?':
			if n := len(toks); n > 0 {
				toks[n-1].question = true
			}
			brk()
			i++
		case '.', '!', ';', '\n', '\r':
			brk()
			i++
		case ':':
			if n := len(toks); n > 0 {
				toks[n-1].colon = true
			}
			newClause = true
			i++
		case '@':
			// A mention: its name is no word of the text.
			i++
			for i < len(s) && (isWordByte(s[i]) || s[i] == '_' || s[i] == '.' && i+1 < len(s) && isWordByte(s[i+1])) {
				i++
			}
			newClause = true
		case '"':
			if len(stack) > 0 {
				closeQ()
			} else {
				open()
			}
			newClause = true
			i++
		default:
			if c < 0x80 {
				newClause = true
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '«':
				open()
			case '»':
				closeQ()
			case '…':
				brk()
			default:
				newClause = true
			}
			i += n
		}
	}
	for _, q := range stack {
		regions[q].last = int32(len(toks)) - 1
	}
	sc.toks, sc.regions, sc.stack = toks, regions, stack[:0]
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// unmask finds the word a masked word stands for: the first lexicon word
// of the same length whose letters agree, each '*' standing for one
// letter ("p*te" → pute, "enc*le" → encule). -1 when none does.
func (t *tables) unmask(w string) int32 {
	letters := 0
	for i := 0; i < len(w); i++ {
		if w[i] != '*' {
			letters++
		}
	}
	if letters < 2 {
		return -1
	}
	for _, id := range t.heads {
		cand := t.words[id]
		if len(cand) != len(w) {
			continue
		}
		ok := true
		for i := 0; i < len(w); i++ {
			if w[i] != '*' && w[i] != cand[i] || w[i] == '*' && !isWordByte(cand[i]) {
				ok = false
				break
			}
		}
		if ok {
			return id
		}
	}
	return -1
}

// near finds the word of class fuzzy that the unknown word w
// misspells: the same first letter, and two letters swapped, one left
// out or one added (« detetse », « etrnagler », « muslman »,
// « tortuerr »); a swap first (« musulmasn » is « musulmans », not
// « musulman » and an added letter). -1 when none does.
func (t *tables) near(w string) int32 {
	for _, n := range [...]int{len(w), len(w) - 1, len(w) + 1} {
		k := fuzzyKey(w[0], n)
		if k < 0 {
			continue
		}
		for _, id := range t.fuzzy[k] {
			if oneSlip(w, t.words[id]) {
				return id
			}
		}
	}
	return -1
}

// oneSlip reports whether a is b with two neighbouring letters swapped,
// one letter left out or one added.
func oneSlip(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case len(a)+1 == len(b):
		return a[i:] == b[i+1:]
	}
	return false
}

// before reports whether a word of set stands before word i, in its
// sentence or the one before, with no other plural noun after an
// article between them (« les femmes ont planté des ronces » : the
// ronces are what « les » stands for next).
func (t *tables) before(toks []token, i int, set int32, s string) bool {
	for j := i - 1; j >= 0 && toks[j].sent+1 >= toks[i].sent; j-- {
		if t.inSet(set, toks[j].id) {
			return true
		}
		if w := s[toks[j].start:toks[j].end]; j > 0 && len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') &&
			t.inSet(t.detPl, toks[j-1].id) {
			return false
		}
	}
	return false
}

// hit is a pattern matched at words [a, b) with its span words
// [sa, sb).
type hit struct {
	pat    int32
	a, b   int32
	sa, sb int32
}

// inSet reports whether word id is in set.
func (t *tables) inSet(set int32, id int32) bool {
	if set < 0 || id < 0 {
		return false
	}
	return t.bits[set][id>>6]&(1<<(id&63)) != 0
}

// slotOK reports whether word k fills slot sl.
func (t *tables) slotOK(sl *slot, tk *token, s string) bool {
	if sl.any || t.inSet(sl.set, tk.id) {
		return true
	}
	if !sl.plural && len(sl.suffix) == 0 {
		return false
	}
	w := s[tk.start:tk.end]
	if sl.plural && len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') {
		return true
	}
	for _, suf := range sl.suffix {
		if len(w) >= 5 && len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// match finds every pattern match in the words of sc, abusive ones in
// sc.hits (the idioms also in sc.idioms) and exceptions in sc.neutral.
func (t *tables) match(s string, sc *scratch) {
	toks := sc.toks
	hits, neutral, idioms := sc.hits[:0], sc.neutral[:0], sc.idioms[:0]
	for i := range toks {
		id := toks[i].id
		if id < 0 {
			continue
		}
		cl := toks[i].clause
		// The next word is tried against each candidate's second slot
		// before the pattern is read: most candidates stop here.
		follows := i+1 < len(toks) && toks[i+1].clause == cl
		nextID := int32(-1)
		if follows {
			nextID = toks[i+1].id
		}
		// The candidates are sorted by their second word's set (see
		// compile): when the next word is not in it, the whole run of
		// candidates that share it is skipped.
		cands := t.index[id]
		for ci := 0; ci < len(cands); ci++ {
			c := cands[ci]
			if c.next >= 0 && (!follows || !t.inSet(c.next, nextID)) {
				ci = int(c.end) - 1
				continue
			}
			pi := c.pat
			p := &t.pats[pi]
			n := len(p.slots)
			if i+n > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < n; k++ {
				tk := &toks[i+k]
				if tk.clause != cl || !t.slotOK(&p.slots[k], tk, s) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			prevSame := i > 0 && toks[i-1].clause == cl
			nextSame := i+n < len(toks) && toks[i+n].clause == cl
			if p.bol && prevSame || p.eol && nextSame || p.noQ && toks[i+n-1].question {
				continue
			}
			if p.pre >= 0 && prevSame && t.inSet(p.pre, toks[i-1].id) {
				continue
			}
			if p.post >= 0 && nextSame && t.inSet(p.post, toks[i+n].id) {
				continue
			}
			if p.back >= 0 && !t.before(toks, i, p.back, s) {
				continue
			}
			h := hit{pat: pi, a: int32(i), b: int32(i + n), sa: int32(i + p.from), sb: int32(i + p.to)}
			if p.neutral {
				neutral = append(neutral, h)
				continue
			}
			hits = append(hits, h)
			if p.idiom {
				idioms = append(idioms, h)
			}
		}
	}
	sc.hits, sc.neutral, sc.idioms = hits, neutral, idioms
}
