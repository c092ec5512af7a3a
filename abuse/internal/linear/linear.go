// Package linear is the learned part of the abuse scorer: the features
// a text is read as (hashed character n-grams, words and word pairs of
// its keys, the lexicon's hits and their contexts), the linear heads
// over them, and the weights file that package abuse embeds and the
// training program (abuse/internal/train) writes.
//
// Everything here is deterministic: a feature's bucket is an FNV-1a hash
// of its bytes, a text's features come in text order, and the file is
// written in one fixed layout, so that retraining on the same data gives
// the same bytes.
package linear

import "strconv"

// Bits is the number of bits of a feature's bucket: every head has
// 1 << Bits weights.
const Bits = 17

// Size is the number of weights of a head.
const Size = 1 << Bits

// Layout names the feature layout the weights were trained on; the
// weights file records it, and Decode refuses a file of another layout.
const Layout = "fnv1a32/17: chars 2-5 of the deobfuscated words, padded, 1/n; words and word pairs of the deobfuscated key, words of the match key where it differs, 1/n; lexicon hits by category, severity and context; lexicon score band; words of kindness, plain and negated"

// Feature is one feature of a text: its bucket and its value.
type Feature struct {
	Index uint32
	Value float32
}

// Kind is the kind of a feature.
type Kind uint8

// The kinds of features, in the order Extract appends them, but for
// Kindness, which comes after the band and before the hits.
const (
	Char       Kind = iota // a character n-gram of a word of the deobfuscated key, padded with a space on each side
	Word                   // a word of the deobfuscated key
	Pair                   // two consecutive words of the deobfuscated key
	MatchWord              // a word of the match key, where it differs from the deobfuscated key
	Band                   // the band of the lexicon's score: none, low, abusive or high
	LexiconHit             // the lexicon's hits of a category (or of any), in a context, of a severity (or of any)
	Kindness               // a word of kindness (kindStems), plain or negated
)

// Name is what a feature stands for, which its bucket no longer says
// (ExtractNamed gives it).
type Name struct {
	Kind Kind
	// Text is the n-gram, the word, the pair (two words and a space) or
	// the band; for a lexicon hit, its category, or "any"; for kindness,
	// "plain" or "negated".
	Text string
	// Context is a lexicon hit's context (uttered, reported, negated or
	// self); Severity its severity, a digit, or "" for hits of any
	// severity.
	Context, Severity string
}

// String returns the name as one reads it: char "tte ", word "salope",
// pair "sale pute", match "conard", lexicon insult/uttered/3, lexicon
// any/reported, lexicon score band high, kindness plain.
func (n Name) String() string {
	switch n.Kind {
	case Char:
		return "char " + strconv.Quote(n.Text)
	case Word:
		return "word " + strconv.Quote(n.Text)
	case Pair:
		return "pair " + strconv.Quote(n.Text)
	case MatchWord:
		return "match " + strconv.Quote(n.Text)
	case Band:
		return "lexicon score band " + n.Text
	case Kindness:
		return "kindness " + n.Text
	}
	s := "lexicon " + n.Text + "/" + n.Context
	if n.Severity != "" {
		s += "/" + n.Severity
	}
	return s
}

// The contexts of a lexicon hit.
const (
	Uttered uint8 = iota
	Reported
	Negated
	Self
)

// contextNames are the contexts as the features spell them.
var contextNames = [...]string{"uttered", "reported", "negated", "self"}

// Hit is one match of the lexicon as the features see it: its category
// (insult, sexual, threat, hate), severity (abuse.Severity's value) and
// context (Uttered, Reported, Negated or Self).
type Hit struct {
	Category string
	Severity uint8
	Context  uint8
}

// Lexicon is what the lexicon read in a text: its hits, including the
// negated and self-directed ones it drops, its own score, and the byte
// ranges of the text inside quotations that a reporting word introduces
// or follows (« il m'a écrit "…" »).
type Lexicon struct {
	Hits   []Hit
	Score  float64
	Quoted [][2]int
}

// Reading is what the scorer reads of a text.
type Reading struct {
	// Features are the text's features (Extract).
	Features []Feature
	// Outside are the features of the text with its reported
	// quotations (Lexicon.Quoted) blanked; nil when it has none.
	Outside []Feature
	// Uttered is true when the lexicon finds abuse the author utters;
	// ReportedOnly when it finds only abuse the text reports or quotes.
	Uttered, ReportedOnly bool
}

// Read reads a text exactly as the scorer does. Package abuse sets it
// when it is initialised, so that the training program, which imports
// abuse, learns and chooses its threshold on what the scorer reads.
var Read func(text string) Reading

// Verdict is the scorer's decision at threshold th (of the first head's
// probability p): the text is abusive when the lexicon finds uttered
// abuse or p reaches th, unless the lexicon finds only reported abuse,
// or the text outside its reported quotations stays below th (quoted:
// the abuse is in what the text quotes).
func (m *Model) Verdict(r *Reading, p, th float64) (abusive, quoted bool) {
	switch {
	case r.Uttered:
		return true, false
	case r.ReportedOnly || p < th:
		return false, false
	case r.Outside != nil && m.Heads[0].Prob(r.Outside) < th:
		return false, true
	}
	return true, false
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// namespaces keep the feature kinds apart in the hash.
const (
	nsChar  = 'c'
	nsWord  = 'w'
	nsPair  = 'p'
	nsMatch = 'm'
	nsLex   = 'l'
)

func bucket(h uint32) uint32 { return (h ^ h>>15) & (Size - 1) }

func hashBytes(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func start(ns byte) uint32 { return (fnvOffset ^ uint32(ns)) * fnvPrime }

// isWordByte: letters and digits; bytes of non-ASCII runes belong to
// words too (the keys fold accents, what remains is letters).
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || c >= 0x80 || c == '*'
}

// words calls f with each word of s, in order.
func words(s string, f func(w string)) {
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		f(s[i:j])
		i = j
	}
}

// Extract appends the features of a text to dst: deob is its
// normalize.Deobfuscate key, match its normalize.Match key, lex what the
// lexicon read in it. Character n-grams (2 to 5 bytes of each word
// padded with a space on each side) and words weigh 1/n in their kind,
// n the number of features of that kind, so that a long text does not
// outweigh a short one; the lexicon's features weigh 1 each.
func Extract(deob, match string, lex Lexicon, dst []Feature) []Feature {
	return ExtractNamed(deob, match, lex, dst, nil)
}

// ExtractNamed is Extract, which also calls name, when it is not nil,
// with the name of each feature as it appends it: the names come in the
// order of the features, from the bytes that are hashed. Several names
// can share a bucket (the hash loses them), and a name that occurs twice
// in a text gives two features of one bucket: to say what carried a
// score, add up the contributions by name, not by bucket.
func ExtractNamed(deob, match string, lex Lexicon, dst []Feature, name func(Name)) []Feature {
	from := len(dst)
	// character n-grams
	var buf [64]byte
	words(deob, func(w string) {
		padded := append(append(append(buf[:0], ' '), w...), ' ')
		n := len(padded)
		for i := 0; i < n-1; i++ {
			h := start(nsChar)
			for k := i; k < n && k < i+5; k++ {
				h = (h ^ uint32(padded[k])) * fnvPrime
				if k > i {
					dst = append(dst, Feature{Index: bucket(h)})
					if name != nil {
						name(Name{Kind: Char, Text: string(padded[i : k+1])})
					}
				}
			}
		}
	})
	dst = scale(dst, from)
	// words and pairs of the deobfuscated key, words of the match key
	from = len(dst)
	prev := ""
	words(deob, func(w string) {
		dst = append(dst, Feature{Index: bucket(hashBytes(start(nsWord), w))})
		if name != nil {
			name(Name{Kind: Word, Text: w})
		}
		if prev != "" {
			h := hashBytes(start(nsPair), prev)
			h = (h ^ ' ') * fnvPrime
			dst = append(dst, Feature{Index: bucket(hashBytes(h, w))})
			if name != nil {
				name(Name{Kind: Pair, Text: prev + " " + w})
			}
		}
		prev = w
	})
	if match != deob {
		words(match, func(w string) {
			dst = append(dst, Feature{Index: bucket(hashBytes(start(nsMatch), w))})
			if name != nil {
				name(Name{Kind: MatchWord, Text: w})
			}
		})
	}
	dst = scale(dst, from)
	// the lexicon
	band := "none"
	switch {
	case lex.Score >= 0.8:
		band = "high"
	case lex.Score >= 0.5:
		band = "abusive"
	case lex.Score > 0:
		band = "low"
	}
	dst = lexFeature(dst, Name{Kind: Band, Text: band}, name)
	dst = kindFeatures(deob, dst, name)
	for _, h := range lex.Hits {
		ctx := contextNames[h.Context]
		sev := digits[h.Severity : h.Severity+1]
		dst = lexFeature(dst, Name{Kind: LexiconHit, Text: h.Category, Context: ctx, Severity: sev}, name)
		dst = lexFeature(dst, Name{Kind: LexiconHit, Text: h.Category, Context: ctx}, name)
		dst = lexFeature(dst, Name{Kind: LexiconHit, Text: "any", Context: ctx}, name)
		dst = lexFeature(dst, Name{Kind: LexiconHit, Text: "any", Context: ctx, Severity: sev}, name)
	}
	return dst
}

// digits spell the severities of the lexicon's hits, without
// allocating a string for each.
const digits = "0123456789"

// lexFeature appends the feature of a lexicon reading, named n, to dst,
// and calls name with n when it is not nil. The bucket is the hash of
// n's parts: for a hit its category, context and severity; for the band
// "score" and the band; for kindness "kind" and plain or negated.
func lexFeature(dst []Feature, n Name, name func(Name)) []Feature {
	a, b, c := n.Text, n.Context, n.Severity
	switch n.Kind {
	case Band:
		a, b, c = "score", n.Text, ""
	case Kindness:
		a, b, c = "kind", n.Text, ""
	}
	h := hashBytes(start(nsLex), a)
	h = hashBytes((h^'|')*fnvPrime, b)
	h = hashBytes((h^'|')*fnvPrime, c)
	if name != nil {
		name(n)
	}
	return append(dst, Feature{Index: bucket(h), Value: 1})
}

// scale gives the features of dst[from:] the value 1/n.
func scale(dst []Feature, from int) []Feature {
	if n := len(dst) - from; n > 0 {
		v := float32(1 / float64(n))
		for i := from; i < len(dst); i++ {
			dst[i].Value = v
		}
	}
	return dst
}
