package abuse

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// span is an expected span: the original text it covers, its category,
// and whether it is reported.
type span struct {
	text     string
	cat      Category
	reported bool
}

func (s span) String() string {
	if s.reported {
		return fmt.Sprintf("%s«%s» reported", s.cat, s.text)
	}
	return fmt.Sprintf("%s«%s»", s.cat, s.text)
}

func sp(cat Category, text string) span       { return span{text, cat, false} }
func reported(cat Category, text string) span { return span{text, cat, true} }

// tricky are the cases the lexicon must get right, with their spans.
var tricky = []struct {
	name    string
	text    string
	abusive bool
	spans   []span
}{
	// The seeds.
	{"seed 000 collabo traître", "@KBelhadj_Avignon t’es qu’un c0llab0 et un tr@ître, rentre chez toi", true,
		[]span{sp(Insult, "c0llab0"), sp(Insult, "tr@ître"), sp(Hate, "rentre chez toi")}},
	{"seed 000 arabe de service", "@KBelhadj_Avignon Arabe de s.e.r.v.i.c.e, c-a-r-p-e-t-t-e !!!", true,
		[]span{sp(Hate, "Arabe de s.e.r.v.i.c.e"), sp(Insult, "c-a-r-p-e-t-t-e")}},
	{"seed 000 beur domestique", "@KBelhadj_Avignon beur domestique va", true, []span{sp(Hate, "beur domestique")}},
	{"seed 000 article", "Se faisant traiter « d’Arabe de service », de « collabo », de « traitre », de « carpette » ou de « beur domestique », il a déclenché une avalanche de haine.", false,
		[]span{reported(Hate, "Arabe de service"), reported(Insult, "collabo"), reported(Insult, "traitre"),
			reported(Insult, "carpette"), reported(Hate, "beur domestique")}},
	{"seed 002 salope", "Durand c’est une salope, qu’elle dégage", true, []span{sp(Insult, "salope")}},
	{"seed 002 tondre", "celle-là faudrait la tondre comme à la Libération", true, []span{sp(Threat, "faudrait la tondre")}},
	{"seed 002 tournante", "une bonne tournante et elle changera d’avis la Durand", true, []span{sp(Sexual, "tournante")}},
	{"seed 002 activist", "Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle !", true,
		[]span{sp(Insult, "sale putophobe")}},
	{"seed 002 demo tweet", "@MinistreDurand Démission ! Votre loi va précariser des milliers de travailleuses. On ne vous lâchera pas de tout votre mandat. Irresponsable !", false, nil},
	{"seed 002 blog", "il a été monté de façon qu'il apparaisse dans un bloc d'autres tweets qui insultent Vallaud Belkacem de « salope », qui appellent à la tondre, et un autre qui appellerait également à une « tournante ».", false,
		[]span{reported(Insult, "salope"), reported(Threat, "à la tondre"), reported(Sexual, "tournante")}},
	{"seed 002 footnote", "[1] Le Tweet dit : «Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle ! »", false,
		[]span{reported(Insult, "sale putophobe")}},
	{"seed 002 viol des putes", "ce texte qui dénonce justement la question du viol des putes, et de l'absence de crédit donné à leur parole.", false, nil},

	// Spelling.
	{"folded", "TRAÎTRE", true, []span{sp(Insult, "TRAÎTRE")}},
	{"unaccented", "traitre", true, []span{sp(Insult, "traitre")}},
	{"feminine", "sale traîtresse", true, []span{sp(Insult, "sale traîtresse")}},
	{"leet", "s@lope", true, []span{sp(Insult, "s@lope")}},
	{"spelled", "c.o.n.n.a.r.d", true, []span{sp(Insult, "c.o.n.n.a.r.d")}},
	{"masked", "p*te", true, []span{sp(Insult, "p*te")}},
	{"elongated", "SALOOOOPE", true, []span{sp(Insult, "SALOOOOPE")}},
	{"look-alike", "ѕаlоре", true, []span{sp(Insult, "ѕаlоре")}},
	{"connasse", "connasse", true, []span{sp(Insult, "connasse")}},
	{"plural", "des putes", true, []span{sp(Insult, "putes")}},
	{"slang", "@X tg", true, []span{sp(Insult, "tg")}},
	{"sms", "fdp ntm", true, []span{sp(Insult, "fdp"), sp(Insult, "ntm")}},
	{"pd slur", "sale pd", true, []span{sp(Hate, "sale pd")}},
	{"tepu", "tepu", true, []span{sp(Insult, "tepu")}},

	// Patterns.
	{"sale race", "sale race", true, []span{sp(Hate, "sale race")}},
	{"espèce de", "espèce de con", true, []span{sp(Insult, "espèce de con")}},
	{"espèce de slur", "espèce de tapette", true, []span{sp(Hate, "espèce de tapette")}},
	{"threat frame", "je vais te crever", true, []span{sp(Threat, "je vais te crever")}},
	{"threat on va", "on va te retrouver", true, []span{sp(Threat, "on va te retrouver")}},
	{"faut la", "faut la buter", true, []span{sp(Threat, "faut la buter")}},
	{"wish", "j'espère que tu crèves", true, []span{sp(Threat, "que tu crèves")}},
	{"rape wish", "qu'elle se fasse violer", true, []span{sp(Sexual, "qu'elle se fasse violer"), sp(Threat, "qu'elle se fasse violer")}},
	{"une balle", "une balle dans la tête", true, []span{sp(Threat, "une balle dans la tête")}},
	{"go back", "retourne dans ton pays", true, []span{sp(Hate, "retourne dans ton pays")}},
	{"on va te tondre", "on va te tondre", true, []span{sp(Threat, "on va te tondre")}},
	{"ta gueule", "Ta gueule", true, []span{sp(Insult, "Ta gueule")}},

	// Not abuse.
	{"negated", "tu n'es pas un connard", false, nil},
	{"negated report", "je ne dis pas qu'elle est une salope", false, nil},
	{"restrictive is not negation", "t'es pas qu'un connard", true, []span{sp(Insult, "connard")}},
	{"ne que", "tu n'es qu'une salope", true, []span{sp(Insult, "salope")}},
	{"reported", "ils me traitent de « collabo »", false, []span{reported(Insult, "collabo")}},
	{"reported passive", "il a été traité de « traître »", false, []span{reported(Insult, "traître")}},
	{"reported unquoted", "Je me fais traiter de sale pédé tous les jours.", false, []span{reported(Hate, "sale pédé")}},
	{"quoted message", "J'ai reçu ce message : « crève salope ».", false,
		[]span{reported(Threat, "crève"), reported(Insult, "salope")}},
	{"indirect speech", "Il m'a dit que j'étais une salope.", false, []span{reported(Insult, "salope")}},
	{"mention", "Le mot « pute » n'est pas une insulte ici.", false, []span{reported(Insult, "pute")}},
	{"scare quotes are uttered", "@X « collabo »", true, []span{sp(Insult, "collabo")}},
	{"self", "Je suis une salope et fière de l'être", false, nil},
	{"criticism", "Démission ! Incompétente, menteuse, honte à vous.", false, nil},
	{"criminelle", "votre politique est criminelle", false, nil},
	{"putophobe", "une politique putophobe", false, nil},
	{"containing", "connaissance conciliabule salopette computer", false, nil},
	{"surname", "Marc Sallope, conseiller municipal", false, nil},
	{"swearing", "Putain, quelle journée", false, nil},
	{"c'est con", "c'est con, j'ai raté le train", false, nil},
	{"présidence tournante", "la présidence tournante de l'UE", false, nil},
	{"raton laveur", "un raton laveur", false, nil},
	{"tapette à mouches", "une tapette à mouches", false, nil},
	{"pédale de frein", "la pédale de frein", false, nil},
	{"lawn", "je vais tondre la pelouse", false, nil},
	{"meeting", "je vais te retrouver à la gare", false, nil},
	{"news shot", "tué d'une balle dans la tête, selon le parquet", false, nil},
	{"hint alone", "Rentre chez toi, il est tard", false, nil},
	{"fear", "j'ai peur qu'elle se fasse violer en rentrant", false, nil},
	{"hungry", "je crève de faim", false, nil},
	{"empty", "", false, nil},
}

func TestAbuseTricky(t *testing.T) {
	lex := New()
	for _, tc := range tricky {
		t.Run(tc.name, func(t *testing.T) {
			r := lex.Analyze(tc.text)
			assert.Equal(t, tc.abusive, r.Abusive, "%s", r)
			var got []span
			for _, s := range r.Spans {
				got = append(got, span{tc.text[s.Start:s.End], s.Category, s.Reported})
			}
			assert.Equal(t, fmt.Sprint(tc.spans), fmt.Sprint(got), "%s", r)
			checkInvariants(t, tc.text, r)
		})
	}
}

// checkInvariants checks what every Result promises.
func checkInvariants(t *testing.T, text string, r Result) {
	t.Helper()
	bound := map[int]bool{len(text): true}
	for i := range text {
		bound[i] = true
	}
	uttered := false
	for i, s := range r.Spans {
		require.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(text), "span %v out of %q", s, text)
		require.True(t, bound[s.Start] && bound[s.End], "span %v not on rune boundaries of %q", s, text)
		require.Contains(t, []Category{Hate, Insult, Sexual, Threat}, s.Category)
		if i > 0 {
			p := r.Spans[i-1]
			require.True(t, p.Start < s.Start || p.Start == s.Start && (p.End < s.End || p.End == s.End && p.Category <= s.Category), "spans out of order: %v", r.Spans)
		}
		if !s.Reported {
			uttered = true
			require.Contains(t, r.Categories, s.Category, "uttered span of a category not listed: %s", r)
		} else {
			require.True(t, r.Reported, "reported span but Reported false: %s", r)
		}
	}
	require.True(t, slices.IsSorted(r.Categories), "categories not sorted: %v", r.Categories)
	require.Equal(t, len(r.Categories), len(slices.Compact(slices.Clone(r.Categories))), "categories not distinct: %v", r.Categories)
	require.True(t, 0 <= r.Score && r.Score <= 1, "score %v", r.Score)
	require.Equal(t, r.Score >= Threshold && uttered, r.Abusive, "%s", r)
	if r.Abusive {
		require.True(t, uttered, "abusive without an uttered span: %s", r)
		require.NotEmpty(t, r.Categories)
	} else {
		require.Empty(t, r.Categories)
	}
}

func TestAbuseClassifyContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r, err := Default.Classify(ctx, "connard")
	require.NoError(t, err)
	assert.True(t, r.Abusive)
	cancel()
	_, err = Default.Classify(ctx, "connard")
	assert.ErrorIs(t, err, context.Canceled)
}

func TestAbuseZeroLexicon(t *testing.T) {
	var l Lexicon
	assert.True(t, l.Analyze("connard").Abusive)
}

func TestAbuseResultString(t *testing.T) {
	assert.Equal(t, "abusive 0.90 [insult] insult[0,6)", New().Analyze("salope").String())
	assert.Equal(t, "not abusive 0.00 []", New().Analyze("bonjour").String())
	assert.Equal(t, "not abusive 0.09 [] insult[22,29) reported", New().Analyze("ils me traitent de « collabo »").String())
}

// TestAbuseCompile checks the word lists: every class word is one token and
// every pattern compiles (compile panics otherwise); every word of the
// lists is folded.
func TestAbuseCompile(t *testing.T) {
	tb := compiled()
	assert.Greater(t, len(tb.pats), 250)
	for _, w := range tb.words {
		assert.Equal(t, strings.ToLower(w), w)
	}
}

func TestAbuseScore(t *testing.T) {
	one := New().Analyze("@X traître").Score
	two := New().Analyze("@X traître, vendu").Score
	assert.Greater(t, two, one)
	assert.Less(t, New().Analyze("@X fais gaffe à toi").Score, Threshold)
}

func TestAbuseLongText(t *testing.T) {
	long := strings.Repeat("un texte ordinaire sans rien de grave, ", 20000) + "connard"
	r := New().Analyze(long)
	assert.True(t, r.Abusive)
	assert.Equal(t, "connard", long[r.Spans[0].Start:r.Spans[0].End])
	assert.True(t, utf8.ValidString(long[r.Spans[0].Start:r.Spans[0].End]))
}

// TestAbuseLinear feeds texts that defeat a naive reader (one sentence
// of thousands of quoted insults, thousands of exceptions, thousands of
// quotations): the time must grow with the length, not its square.
func TestAbuseLinear(t *testing.T) {
	for _, unit := range []string{"« connard ", "connard ", "sale raton laveur ", "« a » ", "ils me traitent de connard et de ", "je ne dis pas que tu es une salope "} {
		text := strings.Repeat(unit, (1<<18)/len(unit))
		start := time.Now()
		r := New().Analyze(text)
		checkInvariants(t, text, r)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q ×%d: %v", unit, (1<<18)/len(unit), d)
		}
	}
}
