package corpus

// A sentence drawn as one that no post holds (Unseen, Paraphrase) must
// not be one post with a word or two changed: CONTRACT §3 calls that
// quote altered against the post, and Link is right to name the post.
// The 5-gram test the kinds are drawn with (unheld) bounds only the
// longest run a post may share; a post with two words changed has no
// long run but holds nearly all of the sentence. nearCopies finds such
// posts exactly: one scan of the corpus lists, for each 5-gram of the
// sentences, the posts that hold it, and the words the sentence shares
// in order with each of those posts (their longest common subsequence)
// are counted.

// nearCopyShare is the share of a sentence's words that one post may
// hold in order before the sentence counts as that post altered. Link
// names a source from 85 % of the words supported (provenance,
// supportShare); 80 % leaves a margin for the words it counts apart
// from the generator (hyphenated names, numbers) and for its spelling
// slips.
const nearCopyShare = 0.80

// maxHolders bounds the posts listed for one 5-gram: a phrase that more
// posts share is boilerplate, and a post that holds nearly all of a
// sentence also holds its rarer 5-grams.
const maxHolders = 64

// endShare is the share of a sentence's words that one post may hold in
// one run at the start or at the end of the sentence before the sentence
// counts as that post's words with others glued on: CONTRACT §3 calls a
// quote built from two posts altered against the one that supports most
// of it, and not_found honest too; Link names a post that holds 45 % of
// a quote in one run at one end (provenance, runShare). A run in the
// middle of the sentence may be up to half of it (unheld): that is a
// phrase many posts of one subject share.
const endShare = 0.40

// nearCopies reports, for each text, whether one post of the corpus
// holds nearCopyShare of its words in order, or endShare of them in one
// run at one end of the text (endGlued), or all of them but two inserted
// (heldWithInsertions).
func (x *qindex) nearCopies(texts []string) []bool {
	type gram struct {
		holders []int32
		common  bool
	}
	idx := map[uint64]*gram{}
	words := make([][]uint64, len(texts))
	grs := make([][]uint64, len(texts))
	for i, t := range texts {
		ws := keyWords(nil, t)
		words[i] = make([]uint64, len(ws))
		for k, w := range ws {
			words[i][k] = w.h
		}
		for k := 0; k+gramLen <= len(ws); k++ {
			h := gramHash(ws[k : k+gramLen])
			grs[i] = append(grs[i], h)
			if idx[h] == nil {
				idx[h] = &gram{}
			}
		}
	}
	ws := x.ws[:0]
	for i := range x.posts {
		if x.posts[i].RepostOf != "" || x.group[i] != int32(i) {
			continue // a copy or a repost says what its original says
		}
		ws = keyWords(ws[:0], x.posts[i].Text)
		for k := 0; k+gramLen <= len(ws); k++ {
			g := idx[gramHash(ws[k:k+gramLen])]
			switch {
			case g == nil || g.common:
			case len(g.holders) == maxHolders:
				g.common = true
			case len(g.holders) == 0 || g.holders[len(g.holders)-1] != int32(i):
				g.holders = append(g.holders, int32(i))
			}
		}
	}
	x.ws = ws
	out := make([]bool, len(texts))
	var post []uint64
	for i := range texts {
		seen := map[int32]bool{}
		for _, h := range grs[i] {
			for _, p := range idx[h].holders {
				if seen[p] {
					continue
				}
				seen[p] = true
				ws = keyWords(ws[:0], x.posts[p].Text)
				post = post[:0]
				for _, w := range ws {
					post = append(post, w.h)
				}
				n := float64(len(words[i]))
				if float64(commonInOrder(words[i], post)) >= nearCopyShare*n || endGlued(words[i], post) ||
					heldWithInsertions(words[i], post) {
					out[i] = true
					break
				}
			}
			if out[i] {
				break
			}
		}
	}
	x.ws = ws
	return out
}

// commonInOrder is the length of the longest common subsequence of a
// and b.
func commonInOrder(a, b []uint64) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for _, x := range a {
		for j, y := range b {
			switch {
			case x == y:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// endGlued reports whether b holds a run of five words or more, and of
// endShare of a's words, at the start or at the end of a (a shorter run
// is a phrase, which Link never pins a quote on).
func endGlued(a, b []uint64) bool {
	r := endRun(a, b)
	return r >= gramLen && float64(r) >= endShare*float64(len(a))
}

// endRun is the longest run of a's first words, or of its last words,
// that b holds in a row.
func endRun(a, b []uint64) int {
	best := 0
	for p := range b {
		k := 0
		for k < len(a) && p+k < len(b) && a[k] == b[p+k] {
			k++
		}
		best = max(best, k)
		k = 0
		for k < len(a) && p-k >= 0 && a[len(a)-1-k] == b[p-k] {
			k++
		}
		best = max(best, k)
	}
	return best
}

// heldWithInsertions reports whether a is some words of b in a row, four
// or more, with at most two words inserted among them: « Les
// restaurateurs de Grébois ne sont pas dupes » against a post's « Les
// restaurateurs ne sont pas dupes ». CONTRACT §3 calls that altered
// against the post (words inserted), and Link names the post
// (provenance, fewEdits).
func heldWithInsertions(a, b []uint64) bool {
	for p := range b {
		k := 0 // b[p:p+k] is a subsequence of a, matched greedily
		for _, w := range a {
			if p+k < len(b) && b[p+k] == w {
				k++
			}
		}
		if k >= 4 && k >= len(a)-2 {
			return true
		}
	}
	return false
}
