package provenance

// The candidate index.
//
// Data layout. Every post is a slot in the archive's slice of records
// (an int32 "post number", in loading order). The index maps each
// distinct search key to a postings list: the numbers of the posts that
// hold the key, in the order they were stored, as a plain []int32. Keys
// are interned in one map[string]int32 into a slice of postings lists.
// Nothing else is stored per post: no positions, no copy of the
// normalized text (Link re-normalizes the few candidates it aligns), so
// a post costs four bytes per distinct key besides its record.
//
// Search keys. A key is a word of the post's normalize.Match key (case,
// accents, typography, ligatures, inclusive writing, mojibake, links and
// emoji already folded away), passed through normalize.OCRKey so that the
// usual OCR confusions (rn/m, cl/d, l/1/I, 0/O, vv/w) give the same key. Words
// of one letter and a short list of French function words are not
// indexed: they are in most posts and would only cost time.
//
// Why it tolerates the perturbations a circulated quote carries.
//   - Typography, case, accents, inclusive marks, ligatures, links,
//     emoji, leading @mentions, RT prefixes, mojibake: the Match key
//     removes them on both sides before a key is formed.
//   - OCR slips: the confusions above give the same key; any other slip
//     spoils one word, and the quote's other words still vote.
//   - Excerpts and elided quotes: every word votes for the posts that
//     hold it, wherever it sits in them, so missing text costs nothing
//     but the votes it would have added.
//   - Merged quotes: both posts gather the votes of their half and both
//     reach the candidate list.
//
// Ranking. A query's keys are looked up and sorted from the rarest to
// the most common. Each key gives every post that holds it its inverse
// document frequency, log(N/df). Keys held by more than a twentieth of
// the posts (and by at least minCommon) are skipped once four rarer keys
// have been read, and reading stops when a budget of postings has been
// spent: rare words decide which post a quote comes from, and the budget
// bounds the cost of a quote made of common words. The best-scored posts
// go to the aligner (package quote), which decides; the index only has
// to put the source among them.
//
// Memory. Postings grow by append, so a list holds up to twice its
// length; over a million generated posts the whole archive, records and
// index, stays at 1.1 times the size of its JSON Lines (README).

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/guillemet/guillemet/normalize"
)

// Ranking limits, measured at one million generated posts (README,
// "Linking at scale"). Variables so that the sweep test can move them.
var (
	// commonShare: keys held by more than one post in commonShare are
	// read only when the quote has too few rarer keys.
	commonShare = 20
	// minKeys is how many keys a query reads before it may skip common
	// ones or stop on the budget.
	minKeys = 4
	// postingsBudget bounds the postings one query reads.
	postingsBudget = 400_000
)

// minCommon: a key held by fewer posts is never skipped as common;
// reading it costs little, and in a small archive every word would
// otherwise count as common.
const minCommon = 2000

// stopwords are French function words, folded as Match folds them. The
// list was written by hand from the most frequent words of French
// (articles, prepositions, pronouns, auxiliaries, conjunctions): each is
// in a large share of posts, so it never tells one post from another.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"le", "la", "les", "un", "une", "des", "de", "du", "au", "aux", "et", "ou",
		"en", "dans", "par", "pour", "sur", "avec", "sans", "sous", "entre", "vers",
		"ce", "cet", "cette", "ces", "ca", "cela", "ceci", "son", "sa", "ses", "leur", "leurs",
		"mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos",
		"qui", "que", "qu", "quoi", "dont", "ou", "ne", "pas", "plus", "il", "elle",
		"ils", "elles", "on", "nous", "vous", "je", "tu", "me", "te", "se", "lui",
		"est", "sont", "ont", "ete", "etre", "avoir", "fait", "mais", "donc", "car", "si",
		"tout", "tous", "toute", "toutes", "tres", "bien", "aussi", "comme", "quand",
	} {
		m[normalize.OCRKey(w)] = true
	}
	return m
}()

// indexable reports whether a token of a Match key is a search key, and
// returns the key.
func indexable(tok normalize.Token) (string, bool) {
	if tok.Kind == normalize.Punct || len(tok.Text) < 2 {
		return "", false
	}
	k := normalize.OCRKey(tok.Text)
	if stopwords[k] {
		return "", false
	}
	return k, true
}

// index is the inverted index of an archive. It is not safe for
// concurrent use: the archive's lock guards it.
type index struct {
	dict     map[string]int32
	postings [][]int32
}

func newIndex() *index { return &index{dict: map[string]int32{}} }

// keyScratch holds a text's keys while it is being prepared.
type keyScratch struct {
	buf  normalize.Buffer
	toks []normalize.Token
	keys []string
}

var keyPool = sync.Pool{New: func() any { return new(keyScratch) }}

// textKeys returns the distinct search keys of text in a scratch from
// the pool: the keys may point into its normalize buffer, so they are
// valid until the scratch is put back (keyPool.Put).
func textKeys(text string) *keyScratch {
	ks := keyPool.Get().(*keyScratch)
	t := normalize.Match.NormalizeBuffer(text, &ks.buf)
	ks.toks = t.AppendTokens(ks.toks[:0])
	ks.keys = ks.keys[:0]
	for _, tok := range ks.toks {
		k, ok := indexable(tok)
		if ok && !slices.Contains(ks.keys, k) {
			ks.keys = append(ks.keys, k)
		}
	}
	return ks
}

// add records that post n holds keys.
func (x *index) add(n int32, keys []string) {
	for _, k := range keys {
		id, ok := x.dict[k]
		if !ok {
			id = int32(len(x.postings))
			x.dict[strings.Clone(k)] = id
			x.postings = append(x.postings, nil)
		}
		p := x.postings[id]
		if len(p) > 0 && p[len(p)-1] == n {
			continue
		}
		x.postings[id] = append(p, n)
	}
}

// hit is a post and its retrieval score.
type hit struct {
	post  int32
	score float32
}

// scorer accumulates scores over the posts of an archive; pooled, since
// it holds one float per post.
type scorer struct {
	score   []float32
	touched []int32
}

var scorerPool = sync.Pool{New: func() any { return new(scorer) }}

// search returns up to limit posts that hold the most of keys, weighted
// by rarity, best first. n is the number of posts. skip, when not nil,
// excludes posts (placeholders).
func (x *index) search(keys []string, n int, limit int, skip func(int32) bool) []hit {
	if n == 0 || limit <= 0 {
		return nil
	}
	type term struct {
		list []int32
		idf  float32
	}
	terms := make([]term, 0, len(keys))
	for _, k := range keys {
		id, ok := x.dict[k]
		if !ok {
			continue
		}
		list := x.postings[id]
		terms = append(terms, term{list, float32(math.Log(float64(n+1) / float64(len(list))))})
	}
	slices.SortFunc(terms, func(a, b term) int { return len(a.list) - len(b.list) })

	sc := scorerPool.Get().(*scorer)
	if cap(sc.score) < n {
		sc.score = make([]float32, n+n/4)
	}
	sc.score = sc.score[:n]
	spent := 0
	for i, t := range terms {
		if i >= minKeys && (len(t.list) > max(n/commonShare, minCommon) || spent+len(t.list) > postingsBudget) {
			break
		}
		for _, p := range t.list {
			if sc.score[p] == 0 {
				sc.touched = append(sc.touched, p)
			}
			sc.score[p] += t.idf
		}
		spent += len(t.list)
	}
	hits := topHits(sc, limit, skip)
	for _, p := range sc.touched {
		sc.score[p] = 0
	}
	sc.touched = sc.touched[:0]
	scorerPool.Put(sc)
	return hits
}

// topHits selects the limit best-scored touched posts, best first; ties
// go to the earlier post.
func topHits(sc *scorer, limit int, skip func(int32) bool) []hit {
	better := func(a, b hit) bool {
		if a.score != b.score {
			return a.score > b.score
		}
		return a.post < b.post
	}
	// A small sorted slice: limit is a few dozen at most.
	top := make([]hit, 0, limit+1)
	for _, p := range sc.touched {
		h := hit{p, sc.score[p]}
		if len(top) == limit && !better(h, top[len(top)-1]) {
			continue
		}
		if skip != nil && skip(p) {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, h, func(a, b hit) int {
			if better(a, b) {
				return -1
			}
			return 1
		})
		top = slices.Insert(top, i, h)
		if len(top) > limit {
			top = top[:limit]
		}
	}
	return top
}
