package corpus

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The hard query kinds: the families that a corpus built by others made
// hard for a verifier (near-duplicates, short quotes, OCR in short words,
// unseen sentences of the same domain, splices).
const (
	// Copied is a post that has a family of copies (see Hard), retyped
	// whole ("equivalent") or cut to 16 words or more ("excerpt"). Want is
	// the family's source: the earliest post, never a copy.
	Copied QueryKind = "copied"
	// ShortQuote is an excerpt of 8 to 15 words of a post that has a
	// family of copies ("excerpt").
	ShortQuote QueryKind = "short_quote"
	// ShortOCR is a post or an excerpt of 8 words or more (half of them
	// from posts with a family) with 1 to 3 OCR slips in words under
	// four letters (de read dc or cle, le read lc or 1e, la read Ia, il
	// read Il or 11), and half the time the slips of OCR in longer words
	// as well.
	ShortOCR QueryKind = "short_ocr"
	// Unseen is one or two sentences the generator writes with the
	// corpus's own word frequencies but never posts: no post holds a run
	// of more than half its words (runs of five words may be shared, as
	// sentences of one subject share phrasing), nor two in five of them in
	// a run at one end, nor four in five of them in order (nearCopies). Verdict
	// "not_found". A sentence that one post holds more of is altered
	// against that post (CONTRACT §3: a word or two changed, or the
	// post's sentence glued to another, as a splice is), so the family
	// leaves it out.
	Unseen QueryKind = "unseen"
	// Paraphrase is a run of 10 to 25 words of a post with one word in
	// four (two at least, of four letters or more; words counted as Link
	// counts them, an elided article apart) replaced by words of other
	// posts that the post does not hold (capitalized alike, of about the
	// same length: a name for a name), spread so that no post holds more
	// than half of it in a row, nor two in five of its words in a run at
	// one end, nor four in five in order:
	// the same sentence about something else. Verdict "not_found".
	Paraphrase QueryKind = "paraphrase"
	// Splice is the end of one post followed by the start of a post by
	// another author, 6 to 12 words each: "altered" against the post
	// that supports most of it (Want), with the other (Also) among the
	// candidates (CONTRACT §3).
	Splice QueryKind = "splice"
)

// hardShares is the mix of kinds of Hard: every kind of Queries, and
// two thirds of hard ones.
var hardShares = [...]share{
	{Variant, 60}, {Excerpt, 60}, {OCR, 50}, {Elided, 40}, {Fabricated, 60}, {Merged, 20}, {Short, 30},
	{Copied, 150}, {ShortQuote, 150}, {ShortOCR, 150}, {Unseen, 100}, {Paraphrase, 80}, {Splice, 50},
}

// HardConfig sets a hard corpus and its queries.
type HardConfig struct {
	// Config is the corpus Generate writes before the families are added
	// (Config.Wide for a wide vocabulary).
	Config
	// Families is the number of families of copies added (default one
	// for every 500 posts, at least 4).
	Families int
	// Queries is the number of labelled queries (default 2 000).
	Queries int
	// QuerySeed selects the queries (the corpus keeps Config.Seed).
	QuerySeed uint64
}

// HardSet is a hard corpus and its labelled queries.
type HardSet struct {
	// Posts is the corpus, in increasing time order: Generate's posts
	// and the families' copies.
	Posts []Post
	// Queries are labelled as Queries labels them, with the hard kinds.
	Queries []Query
	// Source maps the id of each copy Hard added to the id of the post
	// it copies.
	Source map[string]string
}

// Hard generates a corpus (Generate) and adds families of copies to it:
// for a post of 14 words or more, 4 to 64 later posts by other accounts
// (now and then its own author again), a minute to a month after it:
// word-for-word copies (35 %), retweets "RT @author: …" cut at 140
// characters (15 %), the post with a few words of comment before or
// after it as a quote-tweet or a share has (25 %), the post after a
// sentence of another post as boilerplate is (10 %), and near-copies
// with one word dropped (15 %). It then draws cfg.Queries labelled
// queries: every kind of Queries (a third) and the hard kinds (two
// thirds: Copied 15 %, ShortQuote 15 %, ShortOCR 15 %, Unseen 10 %,
// Paraphrase 8 %, Splice 5 %). A query's Want is always the family's
// source, never a copy; its Split and LengthClass say how to read it.
//
// Everything is deterministic for a HardConfig.
func Hard(cfg HardConfig) HardSet {
	if cfg.Families <= 0 {
		cfg.Families = max(cfg.Posts/500, 4)
	}
	if cfg.Queries <= 0 {
		cfg.Queries = 2000
	}
	posts, sources, source := addFamilies(Generate(cfg.Config), cfg.Families, cfg.Seed)
	x := newQIndex(posts)
	x.hard = true
	at := map[string]int32{}
	for _, id := range sources {
		at[id] = -1
	}
	for i := range posts {
		if _, ok := at[posts[i].ID]; ok {
			at[posts[i].ID] = int32(i)
		}
	}
	for i := range posts {
		if id, ok := source[posts[i].ID]; ok {
			x.group[i] = x.group[at[id]]
		}
	}
	// Each family's posts in time order, its source first.
	family := map[int32]int{}
	for i := range posts {
		id, ok := source[posts[i].ID]
		if !ok {
			continue
		}
		root := x.group[at[id]]
		f, seen := family[root]
		if !seen {
			f = len(x.families)
			family[root] = f
			x.families = append(x.families, int(root))
			x.members = append(x.members, []int{int(root)})
		}
		x.members[f] = append(x.members[f], i)
	}
	r := newRNG(cfg.QuerySeed, 0x68617264) // "hard"
	qs := x.draw(planKinds(cfg.Queries, hardShares[:], r), r, "h")
	return HardSet{Posts: posts, Queries: qs, Source: source}
}

// comments are written before or after a copied post. Half are made of
// French function words only, as the comments of shares often are: they
// add no word that tells the share from the post it shares.
var comments = [...]string{"Exactement.", "À lire :", "Tout est dit.", "Partagez !", "Bravo.", "Incroyable…",
	"Ils osent tout.", "Je signe.", "Voilà.", "Merci pour ce rappel.", "Lisez ça 👇", "À faire tourner.",
	"On en parle ?", "C’est exactement ça.", "Rien à ajouter.", "Enfin quelqu’un qui le dit.", "+1", "Ça mérite d’être relu.",
	"Et c’est tout.", "C’est ça.", "Tout est là.", "Et pour vous ?", "Et vous ?", "Nous aussi.", "Et nous ?",
	"Pour qui ?", "Et ils sont où ?", "Et ce n’est pas tout.", "C’est tout.", "Pour nous tous.", "Il est où ?",
	"C’est pour quand ?", "Qui est qui ?", "Mais pour qui ?", "Et avec quoi ?", "Et elle est où ?"}

// addFamilies adds n families of copies to posts (see Hard) and returns
// the posts in time order, the ids of the families' sources and the
// source of each copy.
func addFamilies(posts []Post, n int, seed uint64) ([]Post, []string, map[string]string) {
	r := newRNG(seed, 0x66616d69) // "fami"
	type account struct{ handle, name string }
	var accounts []account
	known := map[string]bool{}
	for i := range posts {
		if !known[posts[i].Author] {
			known[posts[i].Author] = true
			accounts = append(accounts, account{posts[i].Author, posts[i].AuthorName})
		}
	}
	source := map[string]string{}
	var sources []string
	if len(posts) < 10 || len(accounts) < 2 {
		return posts, sources, source
	}
	chosen := map[int]bool{}
	var added []Post
	var cs []chunk
	var w writer
	seq := uint64(1 << 21) // above the sequence numbers Generate gives
	for range n {
		si := -1
		for try := 0; try < 200 && si < 0; try++ {
			i := r.intn(len(posts) * 9 / 10)
			p := &posts[i]
			if !chosen[i] && p.ReplyTo == "" && p.RepostOf == "" && p.QuoteOf == "" && countWords(cs[:0], p.Text) >= 14 {
				si = i
			}
		}
		if si < 0 {
			continue
		}
		chosen[si] = true
		src := posts[si]
		sources = append(sources, src.ID)
		for range 8 + r.intn(r.intn(91)+1) {
			a := pick(r, accounts)
			if a.handle == src.Author && !r.pm(50) {
				a = pick(r, accounts)
			}
			ms := src.CreatedAt.UnixMilli() + 60_000*int64(1+r.intn(r.intn(60*24*30)+1))
			off := max(ms-twitterEpoch, 0)
			id := strconv.FormatUint(uint64(off)<<22|seq, 10)
			seq++
			p := Post{Platform: src.Platform, ID: id, Author: a.handle, AuthorName: a.name,
				CreatedAt: time.UnixMilli(ms).UTC(), Conversation: id, Lang: src.Lang,
				URL: "https://x.com/" + a.handle + "/status/" + id}
			switch k := r.intn(1000); {
			case k < 350:
				p.Text = src.Text
			case k < 500:
				p.Text = retweetText(&w, src.Author, src.Text)
				p.RepostOf = src.ID
			case k < 750:
				c := comments[r.intn(len(comments))]
				if r.intn(2) == 0 {
					p.Text = c + " " + src.Text
				} else {
					p.Text = src.Text + " " + c
				}
			case k < 850:
				p.Text = opening(posts[r.intn(len(posts))].Text) + " " + src.Text
			default:
				p.Text = dropWord(src.Text, r)
			}
			added = append(added, p)
			source[id] = src.ID
		}
	}
	posts = append(posts, added...)
	slices.SortStableFunc(posts, func(a, b Post) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		if idLess(a.ID, b.ID) {
			return -1
		}
		return 1
	})
	return posts, sources, source
}

// opening returns the first sentence of text, or its first 60 bytes
// cut at a space, with the mentions of a reply left out.
func opening(text string) string {
	for strings.HasPrefix(text, "@") {
		_, text, _ = strings.Cut(text, " ")
	}
	if i := strings.IndexAny(text, ".!?"); i > 0 && i < 120 {
		return text[:i+1]
	}
	if len(text) > 60 {
		if i := strings.LastIndexByte(text[:60], ' '); i > 0 {
			return text[:i] + "."
		}
	}
	return text
}

// dropWord drops one word of text, not its first nor a negation.
func dropWord(text string, r *rng) string {
	cs := chunks(nil, text)
	var ok []int
	for k, c := range cs {
		w := strings.ToLower(text[c.start:c.end])
		if k > 0 && c.kind == cWord && !negationWords[w] && !strings.HasPrefix(w, "n'") && !strings.HasPrefix(w, "n’") {
			ok = append(ok, k)
		}
	}
	if len(ok) == 0 {
		return text
	}
	k := ok[r.intn(len(ok))]
	end := len(text)
	if k+1 < len(cs) {
		end = cs[k+1].start
	}
	return text[:cs[k].start] + text[end:]
}

// hardCandidate draws a candidate of a hard kind other than Splice.
func (x *qindex) hardCandidate(k QueryKind, r *rng) *cand {
	switch k {
	case Copied:
		return x.copied(r)
	case ShortQuote:
		return x.shortQuote(r)
	case ShortOCR:
		return x.shortOCR(r)
	case Unseen:
		return x.unseen(r)
	case Paraphrase:
		return x.paraphrase(r)
	}
	return nil
}

// pickFamily draws the source of a family of copies with at least
// minWords words.
func (x *qindex) pickFamily(r *rng, minWords int) *src {
	if len(x.families) == 0 {
		return nil
	}
	for try := 0; try < 20; try++ {
		if s := x.source(x.families[r.intn(len(x.families))], minWords); s != nil {
			return s
		}
	}
	return nil
}

func (x *qindex) copied(r *rng) *cand {
	if r.intn(2) == 0 {
		return x.straddle(r, 16+r.intn(15), Copied)
	}
	s := x.pickFamily(r, 12)
	if s == nil {
		return nil
	}
	if len(s.words) < 20 || r.intn(2) == 0 {
		return &cand{
			q:      Query{Kind: Copied, Text: retype(s.text, r), Want: x.id(s.i), Verdict: "equivalent"},
			pieces: []piece{x.pieceOf(s, 0, len(s.text))},
		}
	}
	n := 16 + r.intn(min(len(s.words)-2, 30)-15)
	return x.cut(s, r, n, Copied)
}

func (x *qindex) shortQuote(r *rng) *cand {
	if r.intn(2) == 0 {
		return x.straddle(r, 8+r.intn(8), ShortQuote)
	}
	s := x.pickFamily(r, 10)
	if s == nil {
		return nil
	}
	return x.cut(s, r, 8+r.intn(8), ShortQuote)
}

// straddle cuts n words from a copy that adds words to its source (a
// comment, a sentence before it): 2 to 6 of its own words and the
// source's words next to them. The copy is not the earliest post of the
// family, and its own words are few and common: the post a quote-tweet
// or a share of boilerplate is quoted from. Want is the earliest post of
// the family that holds the excerpt.
func (x *qindex) straddle(r *rng, n int, k QueryKind) *cand {
	if len(x.families) == 0 {
		return nil
	}
	f := r.intn(len(x.families))
	root := x.posts[x.families[f]].Text
	ms := x.members[f]
	i, at := -1, -1
	for try := 0; try < 8 && at < 0; try++ { // a copy with words of its own
		if i = ms[r.intn(len(ms))]; len(x.posts[i].Text) > len(root) {
			at = strings.Index(x.posts[i].Text, root)
		}
	}
	if at < 0 {
		return nil
	}
	text := x.posts[i].Text
	s := &src{i: i, text: text, cs: chunks(nil, text), ws: keyWords(nil, text)}
	first, last := -1, -1 // the source's words in the copy
	for w, c := range s.cs {
		if c.kind != cWord {
			continue
		}
		if c.start >= at && c.end <= at+len(root) {
			if first < 0 {
				first = len(s.words)
			}
			last = len(s.words)
		}
		s.words = append(s.words, w)
	}
	own := 2 + r.intn(5)
	var a int
	switch {
	case first >= own && n-own <= last-first+1: // own words before the source
		a = first - own
	case last+own < len(s.words) && n-own <= last-first+1: // after it
		a = last + own - n + 1
	default:
		return nil
	}
	if n-own < 5 || !s.clean(a, a+n-1) || s.dangling(a+n-1) || s.midNumber(a) || !s.meaningSafe(a, a+n-1) {
		return nil
	}
	start, end := s.span(a, a+n-1)
	q := text[start:end]
	want := -1
	for _, j := range ms {
		if strings.Contains(x.posts[j].Text, q) {
			want = j
			break
		}
	}
	return &cand{
		q:      Query{Kind: k, Text: q, Want: x.id(want), Verdict: "excerpt"},
		pieces: []piece{{group: x.group[i], grams: grams(nil, s.ws, start, end)}},
	}
}

// cut makes an excerpt of n words of s, of kind k.
func (x *qindex) cut(s *src, r *rng, n int, k QueryKind) *cand {
	a := s.run(r, n, 1)
	if a < 0 {
		return nil
	}
	start, end := s.span(a, a+n-1)
	return &cand{
		q:      Query{Kind: k, Text: s.text[start:end], Want: x.id(s.i), Verdict: "excerpt"},
		pieces: []piece{x.pieceOf(s, start, end)},
	}
}

func (x *qindex) shortOCR(r *rng) *cand {
	var s *src
	if r.intn(2) == 0 {
		s = x.pickFamily(r, 10)
	} else {
		s = x.pick(r, 10)
	}
	if s == nil {
		return nil
	}
	var c *cand
	if r.intn(4) == 0 {
		c = &cand{
			q:      Query{Kind: ShortOCR, Text: retypeForOCR(s.text, r), Want: x.id(s.i), Verdict: "equivalent"},
			pieces: []piece{x.pieceOf(s, 0, len(s.text))},
		}
	} else if c = x.cut(s, r, 8+r.intn(r.intn(13)+1), ShortOCR); c == nil {
		return nil
	}
	text, k := shortWordSlips(c.q.Text, 1+r.intn(3), r)
	if k == 0 {
		return nil
	}
	c.q.Text, c.q.Slips, c.q.ShortSlips = text, k, k
	if r.intn(2) == 0 {
		if t, more := ocrSlips(text, r); more > 0 {
			c.q.Text, c.q.Slips = t, k+more
		}
	}
	return c
}

// shortSlips are the OCR readings of short words.
var shortSlips = map[string][]string{"de": {"dc", "cle"}, "le": {"lc", "1e"}, "la": {"Ia"}, "il": {"Il", "11"}, "Il": {"11"}}

// shortWordSlips writes k slips in k of the short words of s that OCR
// misreads (shortSlips); it returns the text and k, or 0 when s has
// fewer than k such words.
func shortWordSlips(s string, k int, r *rng) (string, int) {
	var at []chunk
	for _, c := range chunks(nil, s) {
		if c.kind == cWord && shortSlips[s[c.start:c.end]] != nil {
			at = append(at, c)
		}
	}
	if len(at) < k {
		return "", 0
	}
	for i := range k {
		j := i + r.intn(len(at)-i)
		at[i], at[j] = at[j], at[i]
	}
	chosen := at[:k]
	slices.SortFunc(chosen, func(a, b chunk) int { return a.start - b.start })
	var b strings.Builder
	prev := 0
	for _, c := range chosen {
		b.WriteString(s[prev:c.start])
		b.WriteString(pick(r, shortSlips[s[c.start:c.end]]))
		prev = c.end
	}
	b.WriteString(s[prev:])
	return b.String(), k
}

func (x *qindex) unseen(r *rng) *cand {
	text := x.compose(r, false)
	if !x.unheld(text) {
		return nil
	}
	return &cand{q: Query{Kind: Unseen, Text: text, Verdict: "not_found"}, ok: true}
}

func (x *qindex) paraphrase(r *rng) *cand {
	s := x.pick(r, 10)
	if s == nil {
		return nil
	}
	n := min(10+r.intn(16), len(s.words))
	a := s.run(r, n, 0)
	if a < 0 {
		return nil
	}
	start, _ := s.span(a, a)
	_, end := s.span(a+n-1, a+n-1)
	prev := start
	// One word in four as Link counts words: an elided article is a word
	// of its own (l'appel is two).
	ws := keyWords(x.ws[:0], s.text[start:end])
	x.ws = ws
	m := max(2, (len(ws)+3)/4)
	if m > n/2 {
		return nil
	}
	var b strings.Builder
	last := a - 1
	for j := range m {
		i := a + (j+1)*n/(m+1) + r.intn(3) - 1
		if i <= last || i >= a+n {
			return nil // the words replaced are m distinct words, in order
		}
		last = i
		c := s.cs[s.words[i]]
		if c.end-c.start < 4 || s.negation(i) || strings.ContainsAny(s.text[c.start:c.end], "'’") {
			return nil
		}
		word := x.likeWord(r, s.text[c.start:c.end])
		if word == "" || containsWord(s.text, word) {
			return nil
		}
		b.WriteString(s.text[prev:c.start])
		b.WriteString(word)
		prev = c.end
	}
	b.WriteString(s.text[prev:end])
	text := b.String()
	if !x.unheld(text) {
		return nil
	}
	return &cand{q: Query{Kind: Paraphrase, Text: text, Verdict: "not_found"}, ok: true}
}

// likeWord draws a word of another post that could stand for w: another
// word, capitalized as w is, of about its length (four bytes or more,
// no elision, no negation); "" when none is found.
func (x *qindex) likeWord(r *rng, w string) string {
	for try := 0; try < 8; try++ {
		other := x.pick(r, 8)
		if other == nil {
			return ""
		}
		oc := other.cs[other.words[r.intn(len(other.words))]]
		o := other.text[oc.start:oc.end]
		if len(o) >= 4 && len(o) >= len(w)-2 && len(o) <= len(w)+2 && !strings.EqualFold(o, w) &&
			isUpperStart(o) == isUpperStart(w) && !strings.ContainsAny(o, "'’") && !negationWords[strings.ToLower(o)] {
			return o
		}
	}
	return ""
}

// containsWord reports whether text holds the words of w (compared as
// Link compares them, whatever their case and accents): a replacement
// word that the post already holds elsewhere lets an alignment match it
// there.
func containsWord(text, w string) bool {
	in := map[uint64]bool{}
	for _, k := range keyWords(nil, text) {
		in[k.h] = true
	}
	for _, k := range keyWords(nil, w) {
		if in[k.h] {
			return true
		}
	}
	return false
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// unheld reports whether text has 8 words or more and no post can hold
// a run of more than half of them: the longest run of its 5-grams that
// the corpus may hold (the Bloom filter answers "maybe" for some absent
// ones, so the test is conservative) spans at most half its words.
// nearCopies then tests the runs at the ends of the text against each
// post exactly.
func (x *qindex) unheld(text string) bool {
	ws := keyWords(x.ws[:0], text)
	x.ws = ws
	if countWords(x.cs[:0], text) < 8 || len(ws) < 8 {
		return false
	}
	run, longest := 0, 0
	for k := 0; k+gramLen <= len(ws); k++ {
		if x.inBloom(gramHash(ws[k : k+gramLen])) {
			run++
			longest = max(longest, run+gramLen-1)
		} else {
			run = 0
		}
	}
	return 2*longest <= len(ws)
}

// Split is "dev" or "test", half and half by a hash of the query's id
// and text: tune on the dev queries, judge on the test ones.
func (q Query) Split() string {
	if mix64(hashString(q.ID+"\x00"+q.Text))&1 == 0 {
		return "dev"
	}
	return "test"
}

// LengthClass is the query's length in words: "1-7", "8-15", "16-25"
// or "26+".
func (q Query) LengthClass() string {
	switch n := countWords(nil, q.Text); {
	case n < 8:
		return "1-7"
	case n <= 15:
		return "8-15"
	case n <= 25:
		return "16-25"
	}
	return "26+"
}
