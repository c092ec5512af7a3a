package provenance

// Search keys and ranking: what Archive.Candidates must return for a
// quote, exported so that an archive outside this package (a database)
// indexes posts under the same keys and ranks them as Memory does.
//
// Search keys. A key is a word of the text's normalize.Match key (case,
// accents, typography, ligatures, inclusive writing, mojibake, links and
// emoji already folded away), passed through normalize.OCRKey so that the
// usual OCR confusions (rn/m, cl/d, l/1/I, 0/O, vv/w) give the same key.
// Words of one letter and a short list of French function words are not
// keys: they are in most posts and would only cost time. A post is
// indexed under the keys of its text; a query looks up the keys of the
// quote (the same function on both sides).
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
// the most common (Query.Terms). Each key read gives every post indexed
// under it its inverse document frequency, log((n+1)/df). Keys held by
// more than a share of the posts (and by at least minCommon) are skipped
// once a few rarer keys have been read, and reading stops when a budget
// of postings has been spent (Limits): rare words decide which post a
// quote comes from, and the budget bounds the cost of a quote made of
// common words. A post's score is the sum of the weights of the keys read
// that it is indexed under (Score); the best-scored posts go to the
// aligner (package quote), which decides: the index only has to put the
// source among them.

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/guillemet/guillemet/normalize"
)

// SearchKeys returns the distinct search keys of text, in the order of
// their first occurrence: the keys a post with this text is indexed
// under, and the keys a query for this text looks up. A text of function
// words only has none.
func SearchKeys(text string) []string {
	ks := keyPool.Get().(*keyScratch)
	defer keyPool.Put(ks)
	textKeys(ks, text)
	return ownKeys(ks.keys)
}

// PostKeys returns the search keys of each post (SearchKeys of its
// text), in the order of posts. A large batch is keyed on every core:
// keying is the costly part of storing a post, and an archive's Put can
// do it before it takes a lock or opens a transaction.
func PostKeys(posts []Post) [][]string {
	out := make([][]string, len(posts))
	const chunk = 32
	workers := min(runtime.GOMAXPROCS(0), (len(posts)+chunk-1)/chunk)
	if workers <= 1 {
		for i := range posts {
			out[i] = SearchKeys(posts[i].Text)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				start := int(next.Add(chunk)) - chunk
				if start >= len(posts) {
					return
				}
				for i := start; i < min(start+chunk, len(posts)); i++ {
					out[i] = SearchKeys(posts[i].Text)
				}
			}
		})
	}
	wg.Wait()
	return out
}

// ownKeys copies keys that may point into a scratch buffer into one
// string, so that a post's keys cost one allocation besides their slice.
func ownKeys(keys []string) []string {
	if len(keys) == 0 {
		return nil
	}
	size := 0
	for _, k := range keys {
		size += len(k)
	}
	var b strings.Builder
	b.Grow(size)
	for _, k := range keys {
		b.WriteString(k)
	}
	all := b.String()
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i], all = all[:len(k)], all[len(k):]
	}
	return out
}

// Query is a quote as a search sees it: its text and its search keys,
// computed once (NewQuery). Archive.Candidates takes it.
type Query struct {
	text string
	keys []string
}

// NewQuery returns the query for text. Its keys are SearchKeys of
// text but for the OCR misreadings of short words (« Ia » for « la »,
// « dc » for « de », « 11 » for « il »: normalize.ShortMisreading): a
// screenshot's slip is no word of the post, and the few posts that hold
// it as a word (« IA », the command dc, the number 11) would outscore
// the post quoted, whose every other word the quote shares. The words
// misread stand for stop words, which are no keys either; the alignment
// reads the slips as such.
func NewQuery(text string) Query {
	keys := slices.DeleteFunc(SearchKeys(text), func(k string) bool { return normalize.ShortMisreading(k) != "" })
	return Query{text: text, keys: keys}
}

// Text returns the text the query was built from.
func (q Query) Text() string { return q.text }

// Keys returns the query's search keys (SearchKeys of its text, the
// short words' OCR misreadings left out: NewQuery). The slice is the
// query's own: do not modify it.
func (q Query) Keys() []string { return q.keys }

// Limits bound the postings one search reads, so that a quote made of
// common words costs a bounded time. A zero field takes its default; the
// defaults were measured at one million generated posts (README,
// "Linking at scale", BenchmarkSearchLimits).
type Limits struct {
	// CommonShare: a key held by more than one post in CommonShare (and
	// by at least 2 000 posts) is read only among the first MinKeys keys
	// (default 20).
	CommonShare int
	// MinKeys is how many keys a search reads before it may skip common
	// ones or stop on the budget (default 4).
	MinKeys int
	// Budget bounds the postings (posts counted once per key) a search
	// reads after its first MinKeys keys (default 400 000).
	Budget int
}

func (l Limits) withDefaults() Limits {
	if l.CommonShare <= 0 {
		l.CommonShare = 20
	}
	if l.MinKeys <= 0 {
		l.MinKeys = 4
	}
	if l.Budget <= 0 {
		l.Budget = 400_000
	}
	return l
}

// minCommon: a key held by fewer posts is never skipped as common;
// reading it costs little, and in a small archive every word would
// otherwise count as common.
const minCommon = 2000

// Term is a search key a query reads, with its weight.
type Term struct {
	Key string
	// Posts is the key's document frequency: how many posts of the
	// archive are indexed under it.
	Posts int
	// Weight is what the key adds to the score of each post indexed
	// under it: log((n+1)/Posts), n the posts the archive holds.
	Weight float32
}

// Terms returns the keys a search for q reads in an archive of n posts
// where df(key) posts are indexed under key, in reading order, with
// their weights. Keys no post holds are left out. The others are sorted
// from the rarest (fewest posts) to the most common; reading stops at
// the first key, past the first lim.MinKeys, that more than one post in
// lim.CommonShare holds (and at least 2 000), or whose postings would
// take the postings read past lim.Budget.
func (q Query) Terms(n int, df func(key string) int, lim Limits) []Term {
	lim = lim.withDefaults()
	terms := make([]Term, 0, len(q.keys))
	for _, k := range q.keys {
		if d := df(k); d > 0 {
			terms = append(terms, Term{Key: k, Posts: d, Weight: float32(math.Log(float64(n+1) / float64(d)))})
		}
	}
	slices.SortFunc(terms, func(a, b Term) int { return a.Posts - b.Posts })
	spent := 0
	for i, t := range terms {
		if i >= lim.MinKeys && (t.Posts > max(n/lim.CommonShare, minCommon) || spent+t.Posts > lim.Budget) {
			return terms[:i]
		}
		spent += t.Posts
	}
	return terms
}

// Score returns the retrieval score of a post indexed under keys (its
// SearchKeys) for the terms a search reads: the sum of the weights of
// the terms the post holds, added in the order of terms as float32. A
// post that holds none scores 0 and is not a candidate.
//
// Archive.Candidates returns the posts of the largest scores, best
// first, at most its limit; among equal scores, the post the archive
// stored first comes first (Memory numbers a post when it first meets
// its key, as a post or as a post referred to). Candidate.Score is this
// score.
func Score(terms []Term, keys []string) float32 {
	var s float32
	for _, t := range terms {
		if slices.Contains(keys, t.Key) {
			s += t.Weight
		}
	}
	return s
}

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

// stopKeys holds the stop words packed (packKey) in an open-addressed
// table (stopSlot, then the next slots): looking a key up costs no
// string hashing and, the table being mostly empty, one or two slots.
// A key longer than every stop word is not looked up.
var stopKeys = func() *[stopSlots]uint64 {
	var t [stopSlots]uint64
	for w := range stopwords {
		k, ok := packKey(w)
		if !ok {
			panic("provenance: a stop word longer than 7 bytes: " + w)
		}
		i := stopSlot(k)
		for t[i] != 0 {
			i = (i + 1) % stopSlots
		}
		t[i] = k
	}
	return &t
}()

// stopSlots is the size of stopKeys: a power of two (2^stopBits)
// several times the number of stop words.
const (
	stopBits  = 9
	stopSlots = 1 << stopBits
)

// stopSlot is where a packed key's search in stopKeys starts: the top
// bits of a Fibonacci hash.
func stopSlot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> (64 - stopBits)) }

// isStop reports whether the packed key k is a stop word's.
func isStop(k uint64) bool {
	for i := stopSlot(k); ; i = (i + 1) % stopSlots {
		switch stopKeys[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// indexable reports whether a word of a Match key (a word or number
// token's text) is a search key, and returns the key.
func indexable(w string) (string, bool) {
	if len(w) < 2 {
		return "", false
	}
	k := normalize.OCRKey(w)
	if p, ok := packKey(k); ok && isStop(p) {
		return "", false
	}
	return k, true
}

// keyScratch holds a text's normalized form, words and keys while its
// keys are prepared (textKeys) or its words counted (wordCount).
type keyScratch struct {
	buf   normalize.Buffer
	words []string
	keys  []string
}

var keyPool = sync.Pool{New: func() any { return new(keyScratch) }}

// textKeys sets ks.keys to the distinct search keys of text: they may
// point into ks's normalize buffer, so they are valid until ks is used
// again or put back in the pool.
func textKeys(ks *keyScratch, text string) {
	t := normalize.Match.NormalizeBuffer(text, &ks.buf)
	ks.words = t.AppendWords(ks.words[:0])
	ks.keys = ks.keys[:0]
	for _, w := range ks.words {
		k, ok := indexable(w)
		if ok && !slices.Contains(ks.keys, k) {
			ks.keys = append(ks.keys, k)
		}
	}
}
