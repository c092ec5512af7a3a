package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QueryKind says how a query was made from the corpus.
type QueryKind string

// Query kinds.
const (
	// Variant is a whole post retyped: typography, case, accents,
	// spacing, inclusive marks, leading @mentions, links or emoji differ.
	Variant QueryKind = "variant"
	// Excerpt is a contiguous run of at least 8 words of a post, not the
	// whole post, sometimes with typographic changes.
	Excerpt QueryKind = "excerpt"
	// OCR is a whole post or an excerpt read back from a screenshot: 1.5
	// to 3.5 character slips per 100 characters, at most one per word,
	// only in words of 5 letters or more.
	OCR QueryKind = "ocr"
	// Elided is two or three runs of at least 3 words of a post joined by
	// an elision mark ("…", "(...)", "[…]", " ... ").
	Elided QueryKind = "elided"
	// Fabricated is a sentence in the corpus's manner that shares no run
	// of 5 words with any post.
	Fabricated QueryKind = "fabricated"
	// Merged is the end of one post followed by the start of another
	// post by the same author, at least 6 words each.
	Merged QueryKind = "merged"
	// Short is an excerpt of exactly 6 or 7 words.
	Short QueryKind = "short"
)

// Query is a labelled quote to look up in the corpus.
type Query struct {
	ID   string
	Kind QueryKind
	Text string
	// Want is the id of the original post: the earliest post with the
	// text the query comes from (never a repost or a later copy); "" for
	// a fabricated query. For a merged query, the post that supports most
	// of its words.
	Want string
	// Also is the other post of a merged query.
	Also string
	// Verdict is the verdict a verifier should give (CONTRACT §3):
	// "equivalent" for variants and whole-post OCR, "excerpt" for excerpts,
	// short excerpts and OCR excerpts, "elided", "not_found" for fabricated
	// and "altered" for merged queries (see Hard for the hard kinds).
	Verdict string
	// Slips counts the OCR slips of an OCR or short_ocr query, all
	// kinds together; ShortSlips those of them in words under four
	// letters (de read dc, le read 1e…).
	Slips, ShortSlips int
}

// share is a kind's part of a mix of queries, in ‰.
type share struct {
	kind QueryKind
	pm   int
}

// kindShares is the mix of kinds of Queries.
var kindShares = [...]share{{Variant, 200}, {Excerpt, 200}, {OCR, 150}, {Elided, 150}, {Fabricated, 200}, {Merged, 50}, {Short, 50}}

// Queries draws n labelled queries from posts, deterministically for a
// seed: 20% variants, 20% excerpts, 15% OCR, 15% elided, 20% fabricated,
// 5% merged and 5% short excerpts, in shuffled order (every kind once at
// least when n ≥ 7). Sources are original posts (not reposts nor later
// copies); excerpts, elided and short queries keep a run of 5 words that
// no other text of the corpus holds, so that Want is the only right
// answer. Fewer than n queries come back only when the corpus is too
// small to draw some kind from.
//
// posts need not come from Generate. Queries reads the whole corpus once
// or twice (about 4 s for a million posts) and keeps a Bloom filter of
// its 5-grams (about 30 MB for a million posts) while it runs.
func Queries(posts []Post, n int, seed uint64) []Query {
	if n <= 0 {
		return nil
	}
	x := newQIndex(posts)
	r := newRNG(seed, 0x71756572) // "quer"
	return x.draw(planKinds(n, kindShares[:], r), r, "q")
}

// draw fills the planned kinds, in order, and numbers the queries with
// prefix.
func (x *qindex) draw(plan []QueryKind, r *rng, prefix string) []Query {
	n := len(plan)
	slots := make([]*cand, len(plan))
	width := len(strconv.Itoa(n))
	take := func(cs []*cand) {
		for _, c := range cs {
			if c.ok && slots[c.slot] == nil && !x.usedText[c.q.Text] {
				slots[c.slot] = c
				x.usedText[c.q.Text] = true
			}
		}
	}
	// Rounds of candidates for the kinds that need a unique source: each
	// round proposes a few candidates for each open slot and checks them
	// in one scan of the corpus. The first scan also fills the Bloom
	// filter of the corpus's 5-grams that the kinds without a source are
	// tested against.
	for round := 0; round < 5; round++ {
		var cs []*cand
		for i, k := range plan {
			if slots[i] != nil || noSource(k) {
				continue
			}
			per := 4 << (2 * round) // enough that one scan is usually enough
			switch k {
			case Short, Elided, Merged, ShortQuote, ShortOCR, Splice:
				per = 6 << (2 * round)
			}
			for range per {
				if c := x.candidate(k, r); c != nil {
					c.slot = i
					cs = append(cs, c)
				}
			}
		}
		if len(cs) == 0 && x.bloom != nil {
			break
		}
		x.check(cs)
		take(cs)
	}
	for i, k := range plan {
		if !noSource(k) {
			continue
		}
		for try := 0; try < 2000 && slots[i] == nil; try++ {
			if c := x.candidate(k, r); c != nil {
				c.slot = i
				take([]*cand{c})
			}
		}
	}
	x.dropNearCopies(plan, slots, r)
	// A query's id is its slot's number, so that a slot left empty does
	// not renumber (and move to the other split) the queries after it.
	out := make([]Query, 0, n)
	for i, c := range slots {
		if c == nil {
			continue
		}
		q := c.q
		q.ID = prefix + pad(i+1, width)
		out = append(out, q)
	}
	return out
}

// dropNearCopies draws again the queries without a source that one post
// holds nearly all of (nearCopies), until none is left or eight rounds
// have passed (a slot still taken by a near copy is left empty): Unseen
// and Paraphrase, and in a hard set Fabricated ones too. A fabricated
// query shares no 5-gram with any post; it can still be a post's short
// sentence with two words inserted. The labelled set of Queries keeps
// the fabricated queries it was measured with.
func (x *qindex) dropNearCopies(plan []QueryKind, slots []*cand, r *rng) {
	const rounds = 8
	for round := 0; round < rounds; round++ {
		var at []int
		var texts []string
		for i, c := range slots {
			if c != nil && (c.q.Kind == Unseen || c.q.Kind == Paraphrase || x.hard && c.q.Kind == Fabricated) && !c.verified {
				at = append(at, i)
				texts = append(texts, c.q.Text)
			}
		}
		if len(at) == 0 {
			return
		}
		near := x.nearCopies(texts)
		for j, i := range at {
			if !near[j] {
				slots[i].verified = true
				continue
			}
			delete(x.usedText, slots[i].q.Text)
			slots[i] = nil
			if round == rounds-1 {
				continue
			}
			for try := 0; try < 2000 && slots[i] == nil; try++ {
				if c := x.candidate(plan[i], r); c != nil && c.ok && !x.usedText[c.q.Text] {
					c.slot = i
					slots[i] = c
					x.usedText[c.q.Text] = true
				}
			}
		}
	}
}

// noSource reports the kinds that no post holds.
func noSource(k QueryKind) bool { return k == Fabricated || k == Unseen || k == Paraphrase }

func pad(i, width int) string {
	s := strconv.Itoa(i)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// planKinds lays out the kinds of n queries by largest remainder, then
// shuffles them.
func planKinds(n int, shares []share, r *rng) []QueryKind {
	counts := make([]int, len(shares))
	rem := make([]int, len(shares))
	total := 0
	for i, ks := range shares {
		counts[i] = n * ks.pm / 1000
		rem[i] = n * ks.pm % 1000
		total += counts[i]
	}
	for total < n {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] {
				best = i
			}
		}
		counts[best]++
		rem[best] = -1
		total++
	}
	if n >= len(shares) {
		for i := range counts {
			for counts[i] == 0 {
				big := 0
				for j := range counts {
					if counts[j] > counts[big] {
						big = j
					}
				}
				counts[big]--
				counts[i]++
			}
		}
	}
	plan := make([]QueryKind, 0, n)
	for i, c := range counts {
		for range c {
			plan = append(plan, shares[i].kind)
		}
	}
	for i := len(plan) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		plan[i], plan[j] = plan[j], plan[i]
	}
	return plan
}

// cand is a candidate query with the checks it must pass.
type cand struct {
	slot   int
	q      Query
	pieces []piece // each must hold a 5-gram no other group holds
	ok     bool
	// verified is set on a query without a source once nearCopies has
	// found no post that holds nearly all of it.
	verified bool
}

type piece struct {
	group int32
	grams []uint64
}

// qindex is what Queries knows of the corpus.
type qindex struct {
	posts     []Post
	bloom     []uint64 // the corpus's 5-grams, filled by the first check
	group     []int32  // index of the original of each post's text
	families  []int    // the sources of Hard's families of copies
	members   [][]int  // each family's posts in time order, its source first
	usedText  map[string]bool
	hard      bool // drawing a hard set (dropNearCopies)
	gen       *gen
	textBytes int
	ws        []keyWord
	cs        []chunk
}

func newQIndex(posts []Post) *qindex {
	x := &qindex{posts: posts, group: make([]int32, len(posts)), usedText: map[string]bool{}}
	// The earliest post of each text; reposts belong to their original.
	first := make(map[uint64]int32, len(posts))
	hashes := make([]uint64, len(posts))
	wanted := map[string]int32{}
	for i := range posts {
		p := &posts[i]
		if p.RepostOf != "" {
			wanted[p.RepostOf] = -1
			continue
		}
		x.textBytes += len(p.Text)
		h := hashString(p.Text)
		hashes[i] = h
		j, ok := first[h]
		if !ok || posts[j].Text == p.Text && p.CreatedAt.Before(posts[j].CreatedAt) {
			first[h] = int32(i)
		}
	}
	for i := range posts {
		p := &posts[i]
		if _, ok := wanted[p.ID]; ok && wanted[p.ID] < 0 {
			wanted[p.ID] = int32(i)
		}
		if p.RepostOf != "" {
			continue
		}
		x.group[i] = int32(i)
		if j := first[hashes[i]]; posts[j].Text == p.Text {
			x.group[i] = j
		}
	}
	for i := range posts {
		if id := posts[i].RepostOf; id != "" {
			x.group[i] = int32(i)
			if j := wanted[id]; j >= 0 {
				x.group[i] = x.group[j]
			}
		}
	}
	return x
}

// The Bloom filter sets three bits of one 64-bit word a 5-gram (one
// cache miss a probe): with about 8 bits a 5-gram it answers "maybe" for
// about 4% of absent ones, which only costs a fabricated candidate; it
// never misses a present one.
func bloomBits(h uint64) uint64 {
	return 1<<(h>>40&63) | 1<<(h>>46&63) | 1<<(h>>52&63)
}

func (x *qindex) addBloom(h uint64) {
	x.bloom[h&uint64(len(x.bloom)-1)] |= bloomBits(h)
}

func (x *qindex) inBloom(h uint64) bool {
	b := bloomBits(h)
	return x.bloom[h&uint64(len(x.bloom)-1)]&b == b
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// chunk is a white-space separated piece of a post with its core (the
// piece without leading and trailing punctuation).
type chunk struct {
	start, end int // core
	rawEnd     int
	kind       uint8
}

const (
	cWord  uint8 = iota // letters or digits
	cPunct              // punctuation or emoji only
	cBad                // a mention, a hashtag or a link: excerpts do not take them
)

func chunks(dst []chunk, s string) []chunk {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		c := chunk{start: i, end: j, rawEnd: j}
		for c.start < c.end {
			r, n := utf8.DecodeRuneInString(s[c.start:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '#' {
				break
			}
			c.start += n
		}
		for c.end > c.start {
			r, n := utf8.DecodeLastRuneInString(s[c.start:c.end])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			c.end -= n
		}
		core := s[c.start:c.end]
		switch {
		case core == "":
			c.kind = cPunct
		case core[0] == '@' || core[0] == '#' || strings.Contains(core, "://"):
			c.kind = cBad
		default:
			c.kind = cWord
		}
		dst = append(dst, c)
		i = j
	}
	return dst
}

// src is a source post ready to cut: its words (chunks of kind cWord),
// with indices into its chunks.
type src struct {
	i     int
	text  string
	cs    []chunk
	words []int // chunk indices of the words
	ws    []keyWord
}

// pick draws a source post: an original (its group's first post, not a
// repost) with at least minWords words.
func (x *qindex) pick(r *rng, minWords int) *src {
	if len(x.posts) == 0 {
		return nil
	}
	for try := 0; try < 400; try++ {
		i := r.intn(len(x.posts))
		if s := x.source(i, minWords); s != nil {
			return s
		}
	}
	return nil
}

func (x *qindex) source(i, minWords int) *src {
	p := &x.posts[i]
	if p.RepostOf != "" || x.group[i] != int32(i) {
		return nil
	}
	s := &src{i: i, text: p.Text}
	s.cs = chunks(nil, p.Text)
	for k, c := range s.cs {
		if c.kind == cWord {
			s.words = append(s.words, k)
		}
	}
	if len(s.words) < minWords {
		return nil
	}
	s.ws = keyWords(nil, p.Text)
	return s
}

// clean reports whether the chunks from word a to word b (inclusive)
// hold no mention, hashtag or link.
func (s *src) clean(a, b int) bool {
	for k := s.words[a]; k <= s.words[b]; k++ {
		if s.cs[k].kind == cBad {
			return false
		}
	}
	return true
}

// span returns the byte span of words a to b.
func (s *src) span(a, b int) (int, int) { return s.cs[s.words[a]].start, s.cs[s.words[b]].end }

// run draws a clean run of n words leaving at least outside words of the
// post out, and not ending on a grammatical word (a quote does not stop
// at "de la"); it returns the first word index or -1.
func (s *src) run(r *rng, n, outside int) int {
	m := len(s.words)
	if n > m-outside {
		return -1
	}
	for try := 0; try < 12; try++ {
		a := r.intn(m - n + 1)
		if s.clean(a, a+n-1) && !s.dangling(a+n-1) && !s.midNumber(a) && s.meaningSafe(a, a+n-1) {
			return a
		}
	}
	return -1
}

// meaningSafe reports whether cutting the post down to words a..b keeps
// its meaning, so that the query's label (excerpt, elided) holds under
// CONTRACT §3: no negation word among the words cut from the sentences
// the run starts and ends in, none opening the sentence after it (an
// answer: "Raciste ? Jamais."), and no question mark dropped after its
// last word. A cut that hides a negation or drops a "?" is altered, and
// the quote package's labelled sets test those; the generated queries
// keep to cuts whose verdict does not depend on it. The test is
// conservative: it also refuses "plus" meaning "more".
func (s *src) meaningSafe(a, b int) bool {
	if s.after(b, "?") {
		return false
	}
	for k := a - 1; k >= 0 && !s.endsSentence(k); k-- {
		if s.negation(k) {
			return false
		}
	}
	k := b + 1
	if !s.endsSentence(b) {
		for ; k < len(s.words); k++ {
			if s.negation(k) {
				return false
			}
			if s.endsSentence(k) {
				k++
				break
			}
		}
	}
	return k >= len(s.words) || !s.negation(k)
}

// negationWords carry a French negation (CONTRACT §3, and the forms the
// quote package reads as negations).
var negationWords = map[string]bool{"ne": true, "pas": true, "plus": true, "jamais": true, "rien": true,
	"personne": true, "aucun": true, "aucune": true, "aucuns": true, "aucunes": true, "guère": true,
	"guere": true, "point": true, "sans": true, "nullement": true, "nul": true, "nulle": true, "non": true, "ni": true}

// negation reports whether word i is a negation, or an elided n'.
func (s *src) negation(i int) bool {
	c := s.cs[s.words[i]]
	w := strings.ToLower(s.text[c.start:c.end])
	return negationWords[w] || strings.HasPrefix(w, "n'") || strings.HasPrefix(w, "n’")
}

// endsSentence reports whether a sentence mark (. ! ? … ; :) follows
// word i.
func (s *src) endsSentence(i int) bool { return s.after(i, ".!?…;:") }

// after reports whether one of marks follows word i before the next
// word.
func (s *src) after(i int, marks string) bool {
	k := s.words[i]
	end := len(s.text)
	if i+1 < len(s.words) {
		end = s.cs[s.words[i+1]].start
	}
	return strings.ContainsAny(s.text[s.cs[k].end:end], marks)
}

// midNumber reports whether word i continues a number (000 of 900 000).
func (s *src) midNumber(i int) bool {
	if i == 0 {
		return false
	}
	c, p := s.cs[s.words[i]], s.cs[s.words[i-1]]
	digits := func(x string) bool { return x != "" && strings.Trim(x, "0123456789") == "" }
	return digits(s.text[c.start:c.end]) && digits(s.text[p.start:p.end]) && p.rawEnd == p.end
}

// dangling reports whether word i is a grammatical word a quote would not
// end on.
func (s *src) dangling(i int) bool {
	c := s.cs[s.words[i]]
	w := strings.ToLower(s.text[c.start:c.end])
	if c.rawEnd > c.end && strings.ContainsAny(s.text[c.end:c.rawEnd], ".!?…,;:") {
		return false // a word before punctuation ends a phrase
	}
	if strings.Trim(w, "0123456789") == "" {
		return true // 900 of "900 000", or a bare number
	}
	switch w {
	case "le", "la", "les", "l", "de", "d", "du", "des", "un", "une", "à", "a", "au", "aux", "en", "et",
		"ou", "que", "qu", "qui", "ne", "n", "sur", "pour", "par", "dans", "avec", "sans", "contre",
		"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
		"se", "s", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "c", "mais", "donc",
		"car", "si", "très", "plus", "moins", "est", "sont", "ont", "va", "vont", "devant", "après", "avant":
		return true
	}
	return false
}

func (x *qindex) pieceOf(s *src, start, end int) piece {
	return piece{group: int32(s.i), grams: grams(nil, s.ws, start, end)}
}

func (x *qindex) candidate(k QueryKind, r *rng) *cand {
	switch k {
	case Variant:
		return x.variant(r)
	case Excerpt:
		return x.excerpt(r, Excerpt)
	case Short:
		return x.excerpt(r, Short)
	case OCR:
		return x.ocr(r)
	case Elided:
		return x.elided(r)
	case Fabricated:
		return x.fabricated(r)
	case Merged, Splice:
		return x.merged(r, k)
	}
	return x.hardCandidate(k, r)
}

func (x *qindex) id(i int) string { return x.posts[i].ID }

func (x *qindex) variant(r *rng) *cand {
	s := x.pick(r, 8)
	if s == nil {
		return nil
	}
	text := retype(s.text, r)
	return &cand{
		q:      Query{Kind: Variant, Text: text, Want: x.id(s.i), Verdict: "equivalent"},
		pieces: []piece{x.pieceOf(s, 0, len(s.text))},
	}
}

func (x *qindex) excerpt(r *rng, k QueryKind) *cand {
	n := 8 + r.intn(r.intn(14)+1) // 8 to 21 words, mostly short
	if k == Short {
		n = 6 + r.intn(2)
	}
	s := x.pick(r, max(12, n+3))
	if s == nil {
		return nil
	}
	a := s.run(r, n, 2)
	if a < 0 {
		return nil
	}
	start, end := s.span(a, a+n-1)
	text := s.text[start:end]
	if k == Excerpt && r.pm(300) {
		text = flatten(text, r)
	}
	return &cand{
		q:      Query{Kind: k, Text: text, Want: x.id(s.i), Verdict: "excerpt"},
		pieces: []piece{x.pieceOf(s, start, end)},
	}
}

func (x *qindex) ocr(r *rng) *cand {
	whole := r.intn(2) == 0
	s := x.pick(r, 12)
	if s == nil {
		return nil
	}
	var base, verdict string
	var start, end int
	if whole {
		start, end = 0, len(s.text)
		base = retypeForOCR(s.text, r)
		verdict = "equivalent"
	} else {
		n := 10 + r.intn(8)
		a := s.run(r, n, 2)
		if a < 0 {
			return nil
		}
		start, end = s.span(a, a+n-1)
		base = s.text[start:end]
		verdict = "excerpt"
	}
	text, slips := ocrSlips(base, r)
	if slips == 0 {
		return nil
	}
	return &cand{
		q:      Query{Kind: OCR, Text: text, Want: x.id(s.i), Verdict: verdict, Slips: slips},
		pieces: []piece{x.pieceOf(s, start, end)},
	}
}

// elisionMarks are written between the runs of an elided quote.
var elisionMarks = [...]string{" … ", " (...) ", " […] ", " ... ", "… ", " (…) ", " [...] "}

func (x *qindex) elided(r *rng) *cand {
	s := x.pick(r, 12)
	if s == nil {
		return nil
	}
	m := len(s.words)
	k := 2
	if m >= 16 && r.intn(5) < 2 {
		k = 3
	}
	for try := 0; try < 10; try++ {
		// Run lengths: at least 3 words, the longest at least 5.
		lens := make([]int, k)
		need := 0
		for i := range lens {
			lens[i] = 3 + r.intn(4)
			need += lens[i]
		}
		lens[r.intn(k)] = 5 + r.intn(4)
		if r.intn(2) == 0 {
			lens[r.intn(k)] = 5 + r.intn(3)
		}
		need = 0
		for _, l := range lens {
			need += l
		}
		need += k - 1 // a word skipped at least between runs
		if need > m {
			continue
		}
		slack := m - need
		pos := 0
		if slack > 0 {
			pos = r.intn(slack/2 + 1)
			slack -= pos
		}
		var b strings.Builder
		all := piece{group: int32(s.i)}
		ok := true
		mark := elisionMarks[r.intn(len(elisionMarks))]
		for i, l := range lens {
			if i > 0 {
				gap := 1
				if slack > 0 {
					g := r.intn(min(slack, 6) + 1)
					gap += g
					slack -= g
				}
				pos += gap
				b.WriteString(mark)
			}
			if !s.clean(pos, pos+l-1) || s.dangling(pos+l-1) || !s.meaningSafe(pos, pos+l-1) {
				ok = false
				break
			}
			start, end := s.span(pos, pos+l-1)
			if run := s.text[start:end]; strings.ContainsAny(run, "…([])") || strings.Contains(run, "..") {
				ok = false // the run would read as holding an elision mark
				break
			}
			b.WriteString(s.text[start:end])
			all.grams = grams(all.grams, s.ws, start, end)
			pos += l
		}
		if !ok {
			continue
		}
		text := strings.TrimPrefix(b.String(), " ")
		return &cand{
			q:      Query{Kind: Elided, Text: text, Want: x.id(s.i), Verdict: "elided"},
			pieces: []piece{all},
		}
	}
	return nil
}

func (x *qindex) fabricated(r *rng) *cand {
	text := x.compose(r, true)
	if countWords(x.cs[:0], text) < 8 {
		return nil
	}
	ws := keyWords(x.ws[:0], text)
	x.ws = ws
	for k := 0; k+gramLen <= len(ws); k++ {
		if x.inBloom(gramHash(ws[k : k+gramLen])) {
			return nil // some post may hold these 5 words
		}
	}
	return &cand{q: Query{Kind: Fabricated, Text: text, Verdict: "not_found"}, ok: true}
}

// compose writes one or two sentences in the corpus's manner, as a
// citizen of a random town would: with uniform draws (fab, favouring
// rare words) or with the corpus's own Zipf draws.
func (x *qindex) compose(r *rng, fab bool) string {
	if x.gen == nil {
		x.gen = newGen(theLexicon(), nil, nil, DefaultStart.Year())
		x.gen.au = &author{}
	}
	g := x.gen
	g.fab = fab
	g.r.seed(r.u64(), r.u64())
	g.au.st = makeStyle(kindCitizen, &g.r)
	g.au.fem = g.r.intn(2) == 0
	g.au.kind = kindCitizen
	g.st = g.au.st
	g.st.lower = false
	g.top = g.newTopic(g.lx.towns.idx(g))
	g.fabricate()
	return string(g.w.b)
}

// countWords counts the words of text (chunks of kind cWord), using cs
// as scratch.
func countWords(cs []chunk, text string) int {
	words := 0
	for _, c := range chunks(cs, text) {
		if c.kind == cWord {
			words++
		}
	}
	return words
}

// merged joins the end of a post and the start of another: a later post
// by the same author (Merged), or any post by another author (Splice).
func (x *qindex) merged(r *rng, k QueryKind) *cand {
	a := x.pick(r, 8)
	if a == nil {
		return nil
	}
	author := x.posts[a.i].Author
	var b *src
	if k == Splice {
		if b = x.pick(r, 8); b == nil || x.posts[b.i].Author == author {
			return nil
		}
	}
	for j := a.i + 1; k == Merged && j < len(x.posts) && j < a.i+50000; j++ {
		if x.posts[j].Author == author && x.posts[j].Text != x.posts[a.i].Text {
			if b = x.source(j, 8); b != nil {
				break
			}
		}
	}
	if b == nil {
		return nil
	}
	// Tail of a: the last words before any trailing hashtag, link or emoji.
	last := len(a.words) - 1
	for last >= 0 && !a.clean(last, last) {
		last--
	}
	// Head of b: its first words, after the leading mentions.
	firstB := 0
	for firstB < len(b.words) && !b.clean(firstB, firstB) {
		firstB++
	}
	na, nb := 6+r.intn(7), 6+r.intn(7)
	if na == nb || na-nb == 1 || nb-na == 1 {
		if r.intn(2) == 0 {
			na = nb + 2
		} else {
			nb = na + 2
		}
	}
	fa := last - na + 1
	if fa < 0 || firstB+nb > len(b.words) || !a.clean(fa, last) || !b.clean(firstB, firstB+nb-1) {
		return nil
	}
	sa, ea := a.span(fa, last)
	// Keep the sentence's final mark (a full stop, ! or ?).
	if c := a.cs[a.words[last]]; c.rawEnd > c.end && strings.ContainsAny(a.text[c.end:c.rawEnd], ".!?…") {
		ea = c.rawEnd
	}
	sb, eb := b.span(firstB, firstB+nb-1)
	text := a.text[sa:ea] + " " + b.text[sb:eb]
	pa, pb := x.pieceOf(a, sa, ea), x.pieceOf(b, sb, eb)
	want, also := a.i, b.i
	if nb > na {
		want, also = b.i, a.i
	}
	return &cand{
		q:      Query{Kind: k, Text: text, Want: x.id(want), Also: x.id(also), Verdict: "altered"},
		pieces: []piece{pa, pb},
	}
}

// check scans the corpus once for the 5-grams the candidates name and
// marks the candidates that pass.
func (x *qindex) check(cs []*cand) {
	type state struct {
		first int32
		multi bool
	}
	idx := map[uint64]int32{}
	var states []state
	var bloom [1 << 14]uint64 // 2^20 bits
	add := func(h uint64) {
		if _, ok := idx[h]; !ok {
			idx[h] = int32(len(states))
			states = append(states, state{first: -1})
			bloom[(h>>6)&(1<<14-1)] |= 1 << (h & 63)
		}
	}
	for _, c := range cs {
		for _, p := range c.pieces {
			for _, h := range p.grams {
				add(h)
			}
		}
	}
	fill := x.bloom == nil
	if fill {
		bits := 1 << 20
		for bits < x.textBytes*2 { // about 8 bits a 5-gram
			bits <<= 1
		}
		x.bloom = make([]uint64, bits/64)
	}
	ws := x.ws[:0]
	for i := range x.posts {
		ws = keyWords(ws[:0], x.posts[i].Text)
		g := x.group[i]
		for k := 0; k+gramLen <= len(ws); k++ {
			h := gramHash(ws[k : k+gramLen])
			if fill {
				x.addBloom(h)
			}
			if len(states) == 0 || bloom[(h>>6)&(1<<14-1)]&(1<<(h&63)) == 0 {
				continue
			}
			j, ok := idx[h]
			if !ok {
				continue
			}
			st := &states[j]
			switch {
			case st.first < 0:
				st.first = g
			case st.first != g:
				st.multi = true
			}
		}
	}
	x.ws = ws
	for _, c := range cs {
		c.ok = true
		if len(c.pieces) == 0 {
			continue
		}
		for _, p := range c.pieces {
			own := false
			for _, h := range p.grams {
				st := states[idx[h]]
				if st.first == p.group && !st.multi {
					own = true
					break
				}
			}
			if !own {
				c.ok = false
			}
		}
	}
}
