package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLabelledPairs(t *testing.T) {
	pairs := readPairs(t, "../testdata/normalize/pairs.tsv")
	require.GreaterOrEqual(t, len(pairs), 300)
	type score struct{ ok, n int }
	byWhat := map[string]*score{}
	var tp, tn, fp, fn int
	for _, p := range pairs {
		ka, kb := Match.String(p.a), Match.String(p.b)
		got := ka == kb
		s := byWhat[p.what]
		if s == nil {
			s = &score{}
			byWhat[p.what] = s
		}
		s.n++
		switch {
		case got && p.same:
			tp++
			s.ok++
		case !got && !p.same:
			tn++
			s.ok++
		case got:
			fp++
			t.Errorf("pairs.tsv:%d: %s pair keyed the same, want different:\n  %q\n  %q\n  key %q", p.line, p.what, p.a, p.b, ka)
		default:
			fn++
			t.Errorf("pairs.tsv:%d: %s pair keyed differently, want same:\n  %q -> %q\n  %q -> %q", p.line, p.what, p.a, ka, p.b, kb)
		}
	}
	acc := float64(tp+tn) / float64(len(pairs))
	t.Logf("labelled pairs: %d (same %d, different %d); accuracy %.4f; same recognised %d/%d; different kept apart %d/%d",
		len(pairs), tp+fn, tn+fp, acc, tp, tp+fn, tn, tn+fp)
}

func TestMatchTable(t *testing.T) {
	tests := []struct{ in, want string }{
		// apostrophes, quotes, dashes, ellipsis
		{"L’ÉTAT, c’est moi !", "l'etat, c'est moi!"},
		{"l' État", "l'etat"},
		{"«\u00a0Bonjour\u00a0»", "«bonjour»"},
		{"«\u202fBonjour\u202f»", "«bonjour»"},
		{"“Bonjour”", "«bonjour»"},
		{`"Bonjour"`, "«bonjour»"},
		{"„Bonjour“", "«bonjour»"},
		{"‹ Bonjour ›", "«bonjour»"},
		{"Paris – Lyon — Marseille", "paris - lyon - marseille"},
		{"Et alors…", "et alors..."},
		{"réagi (...) j'ai", "reagi (...) j'ai"},
		{"réagi […] j'ai", "reagi [...] j'ai"},
		// white space and French spacing
		{"  un\tdeux\n\ntrois\u2009quatre  ", "un deux trois quatre"},
		{"Vraiment ? Oui ! Non ; peut-être : 50 %", "vraiment? oui! non; peut-etre: 50%"},
		{"Vraiment\u202f?", "vraiment?"},
		// case and accents
		{"ÉTAT État Etat etat", "etat etat etat etat"},
		{"e\u0301te\u0301", "ete"},
		{"Œuvre, cœur, ægide, Straße", "oeuvre, coeur, aegide, strasse"},
		{"𝐌𝐚𝐜𝐫𝐨𝐧 ＡＢＣ ﬁn", "macron abc fin"},
		// inclusive writing
		{"cher·e·s cher•e•s cher.e.s cher-e-s cher(e)s cher·es", "cher·es cher·es cher·es cher·es cher·es cher·es"},
		{"élu·e acteur.rice.s CHER.E.S", "elu·e acteur·rices cher·es"},
		{"iel iels", "iel iels"},
		{"dis-le, va-t-en, peut-être, porte-parole", "dis-le, va-t-en, peut-etre, porte-parole"},
		{"fin.Les autres", "fin. les autres"},
		// elongations
		{"noooon", "non"},
		{"rerererecommencer", "recommencer"},
		{"rerecommencer elle comme cool", "rerecommencer elle comme cool"},
		{"XIIIe siècle, ouiiii, mdrrrr", "xiiie siecle, oui, mdr"},
		{"2000000", "2000000"},
		{"IRRESPONSABLE !!! Vraiment ??? Hein ?!", "irresponsable! vraiment? hein?!"},
		// mojibake
		{"DÃ©missionne", "demissionne"},
		{"jusquâ€™Ã  ce que", "jusqu'a ce que"},
		{"Â«Â bonjourÂ Â»", "«bonjour»"},
		{"Å“uvre", "oeuvre"},
		{"10â€¯km", "10 km"},
		{"ÃƒÂ©tÃƒÂ©", "ete"},
		{"NOËL château naïve", "noel chateau naive"},
		// invisible characters and hyphenation
		{"sa\u200blope", "salope"},
		{"\ufeffbon\u00adjour\u200e", "bonjour"},
		{"le gou-\nvernement", "le gouvernement"},
		{"le gou\u00ad\nvernement", "le gouvernement"},
		{"le porte-\nparole", "le porte-parole"},
		{"Paris -\nLyon", "paris - lyon"},
		// look-alikes
		{"Маcron sаlope", "macron salope"},
		{"сор", "сор"},
		// platform artefacts
		{"@a @b_c Bonjour", "bonjour"},
		{"@anna@mastodon.social salut", "salut"},
		{"RT @x: texte https://t.co/abc.", "texte."},
		{"voir www.exemple.fr/page, merci", "voir, merci"},
		{"merci @CecileX !", "merci @cecilex!"},
		{".@CecileX, bravo", ".@cecilex, bravo"},
		{"Bravo 👏🏽👍 ❤️ 🇫🇷 !", "bravo!"},
		{"#Retraites #JeSoutiens", "retraites jesoutiens"},
		{"mot#tag ##deux", "mot#tag ##deux"},
		{"Il vient de recommencer pic.twitter.com/D6VCmJFxVF", "il vient de recommencer"},
		// bad input
		{"", ""},
		{"a\x81b", "a\ufffdb"},
	}
	for _, tt := range tests {
		x := Match.Normalize(tt.in)
		assert.Equal(t, tt.want, x.String(), "Match(%q)", tt.in)
		assert.Equal(t, x.String(), Match.String(x.String()), "Match not idempotent on %q", tt.in)
		checkMap(t, x)
	}
}

func TestDisplayTable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"L’ÉTAT, c’est moi !", "L’ÉTAT, c’est moi !"},
		{"  un \t deux\u00a0 !\n\n\n\ntrois  ", "un deux\u00a0!\n\ntrois"},
		{"Vraiment\u202f?", "Vraiment\u202f?"},
		{"DÃ©missionne Â«Â nonÂ Â»", "Démissionne «\u00a0non\u00a0»"},
		{"e\u0301te\u0301", "été"},
		{"sa\u200blope\u200e", "salope"},
		{"le gou-\nvernement et le porte-\nparole", "le gouvernement et le porte-parole"},
		{"👨\u200d👩\u200d👧 famille", "👨\u200d👩\u200d👧 famille"},
		{"a\x81b", "a\ufffdb"},
		{"ligne 1\r\nligne 2", "ligne 1\nligne 2"},
	}
	for _, tt := range tests {
		x := Display.Normalize(tt.in)
		assert.Equal(t, tt.want, x.String(), "Display(%q)", tt.in)
		assert.Equal(t, x.String(), Display.String(x.String()), "Display not idempotent on %q", tt.in)
		checkMap(t, x)
	}
}

func TestSpansMapBack(t *testing.T) {
	src := "Chers gens que j’aime bien sur Twitter et cher•e•s inconnu•e•s qui m’aimez bien pic.twitter.com/D6VCmJFxVF"
	x := Match.Normalize(src)
	key := Match.String("cher.e.s inconnu.e.s qui m'aimez")
	i := strings.Index(x.String(), key)
	require.GreaterOrEqual(t, i, 0)
	os, oe := x.OriginalSpan(i, i+len(key))
	assert.Equal(t, "cher•e•s inconnu•e•s qui m’aimez", src[os:oe])
	ns, ne := x.NormalizedSpan(os, oe)
	assert.Equal(t, key, x.String()[ns:ne])

	toks := x.Tokens()
	var words []string
	for _, tok := range toks {
		words = append(words, src[tok.OrigStart:tok.OrigEnd])
	}
	assert.Equal(t, []string{"Chers", "gens", "que", "j", "aime", "bien", "sur", "Twitter", "et", "cher•e•s", "inconnu•e•s", "qui", "m", "aimez", "bien"}, words)
	assert.True(t, toks[3].Elided)
}

func TestElisionTokens(t *testing.T) {
	a := Match.Normalize("l'État").Tokens()
	b := Match.Normalize("l’Etat").Tokens()
	require.Len(t, a, 2)
	require.Len(t, b, 2)
	for i := range a {
		assert.Equal(t, a[i].Text, b[i].Text)
	}
	assert.Equal(t, "l", a[0].Text)
	assert.True(t, a[0].Elided)
	assert.Equal(t, "etat", a[1].Text)
	assert.Equal(t, "État", "l'État"[a[1].OrigStart:a[1].OrigEnd])
	// A word ending in qu before an apostrophe is elided, slips and all.
	for _, w := range []string{"jusqu'au", "presqu’île", "jussqu'au"} {
		d := Match.Normalize(w).Tokens()
		require.Len(t, d, 2, w)
		assert.True(t, d[0].Elided, w)
	}
	// aujourd'hui is one word
	c := Match.Normalize("aujourd’hui").Tokens()
	require.Len(t, c, 1)
	assert.Equal(t, "aujourd'hui", c[0].Text)
}

func TestInvalidUTF8Span(t *testing.T) {
	s := "ok \x81\x9d fin" // undefined in Windows-1252
	x := Match.Normalize(s)
	assert.Equal(t, "ok \ufffd\ufffd fin", x.String())
	i := strings.Index(x.String(), "\ufffd")
	os, oe := x.OriginalSpan(i, i+3)
	assert.Equal(t, [2]int{3, 4}, [2]int{os, oe})
	os, oe = x.OriginalSpan(i+3, i+6)
	assert.Equal(t, [2]int{4, 5}, [2]int{os, oe})
}

// TestLatin1Letters reads the letters of text saved in Latin-1 or
// Windows-1252 inside UTF-8 text, and reports an encoding change.
func TestLatin1Letters(t *testing.T) {
	for _, c := range []struct{ in, match, display string }{
		{"La d\xe9put\xe9e", "la deputee", "La députée"},
		{"\xc9TAT", "etat", "ÉTAT"},
		{"c\x9cur", "coeur", "cœur"},             // 0x9C is œ in Windows-1252
		{"a \xab b", "a \ufffd b", "a \ufffd b"}, // « is not a letter: stays unknown
	} {
		m := Match.Normalize(c.in)
		assert.Equal(t, c.match, m.String(), "Match %q", c.in)
		assert.NotZero(t, m.Kinds()&Encoding, "Match %q", c.in)
		d := Display.Normalize(c.in)
		assert.Equal(t, c.display, d.String(), "Display %q", c.in)
		assert.NotZero(t, d.Kinds()&Encoding, "Display %q", c.in)
	}
}

func TestKinds(t *testing.T) {
	x := Match.Normalize("L’ÉTAT 😀 https://t.co/x cher•e•s")
	k := x.Kinds()
	for _, want := range []Kind{Typography, Case, Accent, Emoji, Link, Inclusive, Spacing} {
		assert.NotZero(t, k&want, "missing %v in %v", want, k)
	}
	assert.Equal(t, "case+accent", (Case | Accent).String())
	kk, ok := ParseKind("mojibake")
	assert.True(t, ok)
	assert.Equal(t, Mojibake, kk)
	// KindsIn tells which kinds touch the word ÉTAT: "etat" is at 2..6.
	assert.Equal(t, Case|Accent, x.KindsIn(2, 6)&(Case|Accent))
}

func TestWithout(t *testing.T) {
	p := New(Without(Emoji|Link), Named("keep-emoji"))
	assert.Equal(t, "keep-emoji", p.Name())
	assert.Equal(t, "bravo 👏 https://t.co/x", p.String("Bravo 👏 https://t.co/x"))
}

func TestAlreadyNormalAllocs(t *testing.T) {
	normal := Match.String(strings.Repeat("Chers gens que j’aime bien sur Twitter, ce message pour vous dire que je vais m’en aller. ", 20))
	n := testing.AllocsPerRun(50, func() { _ = Match.Normalize(normal) })
	assert.Zero(t, n, "Match on already-normal text allocates %v times", n)
	disp := Display.String("Chers gens que j’aime bien sur Twitter, ce message pour vous dire que je vais m’en aller.")
	n = testing.AllocsPerRun(50, func() { _ = Display.Normalize(disp) })
	assert.Zero(t, n, "Display on already-normal text allocates %v times", n)
}

func TestHugeInputs(t *testing.T) {
	// 100 000 combining marks on one letter: linear, and both profiles end.
	marks := "e" + strings.Repeat("\u0301", 100000) + " fin"
	assert.Equal(t, "e fin", Match.String(marks))
	d := Display.Normalize(marks)
	assert.True(t, utf8.ValidString(d.String()))
	assert.True(t, strings.HasSuffix(d.String(), " fin"))
	// A 10 MB line.
	line := strings.Repeat("Il vient de rerererecommencer, l’ÉTAT c’est moi ! ", 10<<20/52)
	x := Match.Normalize(line)
	assert.True(t, strings.HasPrefix(x.String(), "il vient de recommencer, l'etat c'est moi! il"))
	os, oe := x.OriginalSpan(0, len(x.String()))
	assert.Equal(t, 0, os)
	assert.Equal(t, len(strings.TrimRight(line, " ")), oe)
}

func TestCompose(t *testing.T) {
	// Compose against a per-byte reference on chained passes.
	for _, s := range []string{"ÃƒÂ©tÃƒÂ© Noooon", "DÃ©mi\u200bssionne cher.e.s", "rerererecommencer", "a \u00e9\u0301 b"} {
		x := Match.Normalize(s)
		checkMap(t, x)
		// Every token maps to a range whose Match key is the token.
		for _, tok := range x.Tokens() {
			if tok.Kind == Punct {
				continue
			}
			assert.Equal(t, tok.Text, Match.String(s[tok.OrigStart:tok.OrigEnd]), "token %q of %q", tok.Text, s)
		}
	}
}
