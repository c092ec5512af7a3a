package linear

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtract: features are buckets in range, the same for the same
// text, with the n-grams and the words weighing 1/n each; the lexicon's
// hits add theirs.
func TestExtract(t *testing.T) {
	fs := Extract("t conne", "t conne", Lexicon{}, nil)
	// chars: " t", "t ", " t " (3) + " c", " co", " con", " conn", "co", … (18)
	// words: t, conne, "t conne"
	// the lexicon's score band
	require.Len(t, fs, 3+18+3+1)
	for _, f := range fs {
		assert.Less(t, f.Index, uint32(Size))
	}
	assert.InDelta(t, 1.0/21, fs[0].Value, 1e-6)
	assert.InDelta(t, 1.0/3, fs[21].Value, 1e-6)
	assert.Equal(t, fs, Extract("t conne", "t conne", Lexicon{}, nil))

	hits := Lexicon{Hits: []Hit{{Category: "insult", Severity: 2, Context: Negated}}, Score: 0}
	withHits := Extract("t conne", "t conne", hits, nil)
	assert.Len(t, withHits, len(fs)+4)
	assert.NotEqual(t, Extract("t conne", "t conne", Lexicon{Hits: []Hit{{Category: "insult", Severity: 2}}}, nil), withHits,
		"the context counts")
	assert.Greater(t, len(Extract("salope", "s@lope", Lexicon{}, nil)), len(Extract("salope", "salope", Lexicon{}, nil)),
		"the match key's words count where they differ")
}

// TestEncodeDecode: a model survives its file; a file of another
// version, layout or length is refused.
func TestEncodeDecode(t *testing.T) {
	m := &Model{Threshold: 0.37, Heads: []Head{{Name: "abusive", Bias: -0.5, W: make([]float32, Size)}}}
	m.Heads[0].W[7] = 1.25
	m.DataHash[0] = 0xab
	var b bytes.Buffer
	require.NoError(t, m.Encode(&b))
	got, err := Decode(b.Bytes())
	require.NoError(t, err)
	assert.Equal(t, m, got)
	assert.InDelta(t, Sigmoid(-0.5+1.25*2), got.Heads[0].Prob([]Feature{{Index: 7, Value: 2}}), 1e-9)

	file := b.Bytes()
	for name, bad := range map[string][]byte{
		"version": bytes.Replace(file, []byte("model 1"), []byte("model 9"), 1),
		"layout":  bytes.Replace(file, []byte("fnv1a32"), []byte("fnv1a64"), 1),
		"length":  file[:len(file)-4],
		"header":  []byte("guillemet abuse model 1"),
		"hash":    bytes.Replace(file, []byte("sha256:ab"), []byte("sha256:zz"), 1),
	} {
		_, err := Decode(bad)
		assert.ErrorContains(t, err, "linear: ", name)
	}
	m.Heads[0].W = m.Heads[0].W[:3]
	assert.ErrorContains(t, m.Encode(&b), "3 weights")
}

// TestVerdict: the lexicon's uttered abuse stands, its reported-only
// reading vetoes, and abuse found only inside reported quotations is
// quoted.
func TestVerdict(t *testing.T) {
	m := &Model{Heads: []Head{{Name: "abusive", Bias: -2, W: make([]float32, Size)}}}
	m.Heads[0].W[1] = 4
	bad, calm := []Feature{{Index: 1, Value: 1}}, []Feature{{Index: 2, Value: 1}}
	p := m.Heads[0].Prob(bad)
	for _, c := range []struct {
		name            string
		r               Reading
		p               float64
		abusive, quoted bool
	}{
		{"model", Reading{Features: bad}, p, true, false},
		{"below", Reading{Features: calm}, m.Heads[0].Prob(calm), false, false},
		{"lexicon", Reading{Features: calm, Uttered: true}, 0, true, false},
		{"reported", Reading{Features: bad, ReportedOnly: true}, p, false, false},
		{"quoted", Reading{Features: bad, Outside: calm}, p, false, true},
		{"also outside", Reading{Features: bad, Outside: bad}, p, true, false},
	} {
		abusive, quoted := m.Verdict(&c.r, c.p, 0.5)
		assert.Equal(t, c.abusive, abusive, c.name)
		assert.Equal(t, c.quoted, quoted, c.name)
	}
}

// TestExtractNamed: ExtractNamed gives Extract's features, and a name
// for each, in order, spelled from the bytes it hashes; a name always
// lands in the same bucket.
func TestExtractNamed(t *testing.T) {
	lex := Lexicon{Hits: []Hit{{Category: "insult", Severity: 2, Context: Reported}}, Score: 0.09}
	var names []string
	fs := ExtractNamed("t conne", "t cone", lex, nil, func(n Name) { names = append(names, n.String()) })
	assert.Equal(t, Extract("t conne", "t cone", lex, nil), fs)
	assert.Equal(t, []string{
		`char " t"`, `char " t "`, `char "t "`,
		`char " c"`, `char " co"`, `char " con"`, `char " conn"`,
		`char "co"`, `char "con"`, `char "conn"`, `char "conne"`,
		`char "on"`, `char "onn"`, `char "onne"`, `char "onne "`,
		`char "nn"`, `char "nne"`, `char "nne "`,
		`char "ne"`, `char "ne "`,
		`char "e "`,
		`word "t"`, `word "conne"`, `pair "t conne"`, `match "t"`, `match "cone"`,
		`lexicon score band low`,
		`lexicon insult/reported/2`, `lexicon insult/reported`, `lexicon any/reported`, `lexicon any/reported/2`,
	}, names)

	bucketOf := map[string]uint32{}
	for _, text := range []string{"t conne", "conne conne", "sale conne t", "t'es une conne"} {
		var names []Name
		fs := ExtractNamed(text, text, lex, nil, func(n Name) { names = append(names, n) })
		require.Len(t, names, len(fs), text)
		for i, n := range names {
			if b, seen := bucketOf[n.String()]; seen {
				assert.Equal(t, b, fs[i].Index, "%s in %q", n, text)
			}
			bucketOf[n.String()] = fs[i].Index
		}
	}
}

// BenchmarkExtract extracts the features of a tweet-length text with
// lexicon hits, without names (what the scorer does) and with them
// (what an explanation does).
func BenchmarkExtract(b *testing.B) {
	text := "@ValentinRoux t'es qu'une grosse conasse, on sait ou tu habites, je vais te demonter ta gueule"
	lex := Lexicon{Hits: []Hit{{Category: "insult", Severity: 2}, {Category: "threat", Severity: 4}}, Score: 0.95}
	var fs []Feature
	b.Run("plain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			fs = Extract(text, text, lex, fs[:0])
		}
	})
	b.Run("named", func(b *testing.B) {
		b.ReportAllocs()
		var names []Name
		for b.Loop() {
			names = names[:0]
			fs = ExtractNamed(text, text, lex, fs[:0], func(n Name) { names = append(names, n) })
		}
	})
}

// TestKindness: a word of kindness is one feature whatever the word,
// negated when one of the four words before it negates it; a text
// without one has none.
func TestKindness(t *testing.T) {
	names := func(deob string) []string {
		var out []string
		kindFeatures(deob, nil, func(n Name) { out = append(out, n.String()) })
		return out
	}
	assert.Equal(t, []string{"kindness plain"}, names("les homos devraient tous etre admires."))
	assert.Equal(t, []string{"kindness plain"}, names("j'adore les refugies et je les respecte"))
	assert.Equal(t, []string{"kindness negated"}, names("je n'aime pas les femmes"))
	assert.Equal(t, []string{"kindness plain", "kindness negated"}, names("j'aime les chats mais je ne respecte pas les chiens"))
	assert.Empty(t, names("les migrants devraient tous etre expulses"))
	assert.Empty(t, names("je deteste les femmes"))
	assert.Equal(t, names("je n'aime pas les femmes"), names("jamais je n aime"), "the four words before")
	assert.Equal(t, []string{"kindness plain"}, names("pas un mot pour dire que j'aime"))
}
