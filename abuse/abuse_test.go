package abuse

import (
	"context"
	"encoding/json"
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
// its severity, and whether it is reported.
type span struct {
	text     string
	cat      Category
	sev      Severity
	reported bool
}

func (s span) String() string {
	if s.reported {
		return fmt.Sprintf("%s/%s«%s» reported", s.cat, s.sev, s.text)
	}
	return fmt.Sprintf("%s/%s«%s»", s.cat, s.sev, s.text)
}

func sp(cat Category, sev Severity, text string) span       { return span{text, cat, sev, false} }
func reported(cat Category, sev Severity, text string) span { return span{text, cat, sev, true} }

// Short names for the table.
const (
	harsh, insulting, degrading, violent = Harsh, Insulting, Degrading, Violent
)

// tricky are the cases the lexicon must get right, with their severity
// and spans.
var tricky = []struct {
	name    string
	text    string
	abusive bool
	sev     Severity
	spans   []span
}{
	// The seeds.
	{"seed 000 collabo traître", "@KBelhadj_Avignon t’es qu’un c0llab0 et un tr@ître, rentre chez toi", true, degrading,
		[]span{sp(Insult, harsh, "c0llab0"), sp(Insult, harsh, "tr@ître"), sp(Hate, degrading, "rentre chez toi")}},
	{"seed 000 arabe de service", "@KBelhadj_Avignon Arabe de s.e.r.v.i.c.e, c-a-r-p-e-t-t-e !!!", true, degrading,
		[]span{sp(Hate, degrading, "Arabe de s.e.r.v.i.c.e"), sp(Insult, harsh, "c-a-r-p-e-t-t-e")}},
	{"seed 000 beur domestique", "@KBelhadj_Avignon beur domestique va", true, degrading, []span{sp(Hate, degrading, "beur domestique")}},
	{"seed 000 article", "Se faisant traiter « d’Arabe de service », de « collabo », de « traitre », de « carpette » ou de « beur domestique », il a déclenché une avalanche de haine.", false, 0,
		[]span{reported(Hate, degrading, "Arabe de service"), reported(Insult, harsh, "collabo"), reported(Insult, harsh, "traitre"),
			reported(Insult, harsh, "carpette"), reported(Hate, degrading, "beur domestique")}},
	{"seed 002 salope", "Durand c’est une salope, qu’elle dégage", true, degrading,
		[]span{sp(Insult, degrading, "salope"), sp(Sexual, degrading, "salope")}},
	{"seed 002 connasse", "cette connasse de ministre, quelle grosse conne", true, insulting,
		[]span{sp(Insult, insulting, "connasse"), sp(Insult, insulting, "grosse conne")}},
	{"seed 002 tondre", "celle-là faudrait la tondre comme à la Libération", true, violent, []span{sp(Threat, violent, "faudrait la tondre")}},
	{"seed 002 tondre alone", "faudrait la tondre", true, violent, []span{sp(Threat, violent, "faudrait la tondre")}},
	{"seed 002 tournante", "une bonne tournante et elle changera d’avis la Durand", true, violent,
		[]span{sp(Sexual, violent, "tournante"), sp(Threat, violent, "tournante")}},
	{"seed 002 tournante alone", "une bonne tournante", true, violent,
		[]span{sp(Sexual, violent, "tournante"), sp(Threat, violent, "tournante")}},
	{"seed 002 activist", "Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle !", true, harsh,
		[]span{sp(Insult, harsh, "sale putophobe")}},
	{"seed 002 demo tweet", "@MinistreDurand Démission ! Votre loi va précariser des milliers de travailleuses. On ne vous lâchera pas de tout votre mandat. Irresponsable !", false, 0, nil},
	{"seed 002 blog", "il a été monté de façon qu'il apparaisse dans un bloc d'autres tweets qui insultent Vallaud Belkacem de « salope », qui appellent à la tondre, et un autre qui appellerait également à une « tournante ».", false, 0,
		[]span{reported(Insult, degrading, "salope"), reported(Sexual, degrading, "salope"), reported(Threat, violent, "à la tondre"),
			reported(Sexual, violent, "tournante"), reported(Threat, violent, "tournante")}},
	{"seed 002 footnote", "[1] Le Tweet dit : «Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle ! »", false, 0,
		[]span{reported(Insult, harsh, "sale putophobe")}},
	{"seed 002 viol des putes", "ce texte qui dénonce justement la question du viol des putes, et de l'absence de crédit donné à leur parole.", false, 0, nil},

	// Political pressure is not a threat; harassment until death is.
	{"harceler jusqu'à ce que tu crèves", "je vais te harceler jusqu'à ce que tu crèves", true, violent,
		[]span{sp(Threat, violent, "harceler jusqu'à ce que tu crèves")}},
	{"harceler durant ton mandat", "On va te harceler durant tout ton mandat jusqu'à ce que tu te casses", false, 0, nil},
	{"ne vous lâchera pas", "On ne vous lâchera pas", false, 0, nil},
	{"on sait où tu habites", "on sait où tu habites", true, violent, []span{sp(Threat, violent, "on sait où tu habites")}},
	{"tu vas le payer", "tu vas le payer", true, violent, []span{sp(Threat, violent, "tu vas le payer")}},
	{"payer dans les urnes", "vous allez le payer dans les urnes", false, 0, nil},
	{"ta peau aux élections", "on aura ta peau aux prochaines élections", false, 0, nil},

	// Calls to beat and to shave.
	{"casser la gueule", "lui casser la gueule", true, violent, []span{sp(Threat, violent, "lui casser la gueule")}},
	{"faut casser la gueule", "faut lui casser la gueule", true, violent, []span{sp(Threat, violent, "faut lui casser la gueule")}},
	{"démonter ta gueule", "je vais te démonter ta gueule", true, violent, []span{sp(Threat, violent, "je vais te démonter ta gueule")}},
	{"qu'on la tonde", "qu'on la tonde", true, violent, []span{sp(Threat, violent, "qu'on la tonde")}},
	{"tondez-la", "Tondez-la !", true, violent, []span{sp(Threat, violent, "Tondez-la")}},
	{"tondez la pelouse", "Tondez la pelouse", false, 0, nil},
	{"faudrait la tondre cette pelouse", "Faudrait la tondre cette pelouse", false, 0, nil},

	// Wishes are degrading, threats violent.
	{"wish", "j'espère que tu crèves", true, degrading, []span{sp(Threat, degrading, "que tu crèves")}},
	{"deserve", "tu mérites une balle dans la tête", true, degrading, []span{sp(Threat, degrading, "mérites une balle")}},
	{"rape wish", "qu'elle se fasse violer", true, violent, []span{sp(Sexual, violent, "qu'elle se fasse violer"), sp(Threat, violent, "qu'elle se fasse violer")}},
	{"rape threat", "tu vas te faire violer", true, violent, []span{sp(Sexual, violent, "tu vas te faire violer"), sp(Threat, violent, "tu vas te faire violer")}},
	{"rape wish with aller", "j'espère que tu vas te faire violer", true, violent,
		[]span{sp(Sexual, violent, "espère que tu vas te faire violer"), sp(Threat, violent, "espère que tu vas te faire violer")}},
	{"death wish with aller", "j'espère que tu vas crever", true, degrading, []span{sp(Threat, degrading, "espère que tu vas crever")}},
	{"death threat with aller", "tu vas crever", true, violent, []span{sp(Threat, violent, "tu vas crever")}},
	{"rape call", "bonne à violer", true, violent, []span{sp(Sexual, violent, "bonne à violer"), sp(Threat, violent, "bonne à violer")}},

	// Idioms are insults, not sexist slurs.
	{"fils de pute", "fils de pute", true, insulting, []span{sp(Insult, insulting, "fils de pute")}},
	{"ta mère la pute", "ta mère la pute", true, insulting, []span{sp(Insult, insulting, "ta mère la pute")}},
	{"sale pute", "sale pute", true, degrading, []span{sp(Insult, degrading, "sale pute"), sp(Sexual, degrading, "sale pute")}},
	{"sale chienne", "sale chienne", true, degrading, []span{sp(Insult, degrading, "sale chienne"), sp(Sexual, degrading, "sale chienne")}},
	{"traînée", "espèce de traînée", true, degrading, []span{sp(Insult, degrading, "espèce de traînée"), sp(Sexual, degrading, "espèce de traînée")}},
	{"traînée de poudre", "une traînée de poudre", false, 0, nil},
	{"harsh de merde", "traître de merde", true, insulting, []span{sp(Insult, insulting, "traître de merde")}},
	{"ableist", "espèce de gogol", true, degrading, []span{sp(Insult, degrading, "espèce de gogol")}},
	{"mongol people", "Un Mongol a gagné", false, 0, nil},

	// Spelling.
	{"folded", "TRAÎTRE", true, harsh, []span{sp(Insult, harsh, "TRAÎTRE")}},
	{"unaccented", "traitre", true, harsh, []span{sp(Insult, harsh, "traitre")}},
	{"feminine", "sale traîtresse", true, harsh, []span{sp(Insult, harsh, "sale traîtresse")}},
	{"leet", "s@lope", true, degrading, []span{sp(Insult, degrading, "s@lope"), sp(Sexual, degrading, "s@lope")}},
	{"spelled", "c.o.n.n.a.r.d", true, insulting, []span{sp(Insult, insulting, "c.o.n.n.a.r.d")}},
	{"masked", "p*te", true, degrading, []span{sp(Insult, degrading, "p*te"), sp(Sexual, degrading, "p*te")}},
	{"elongated", "SALOOOOPE", true, degrading, []span{sp(Insult, degrading, "SALOOOOPE"), sp(Sexual, degrading, "SALOOOOPE")}},
	{"look-alike", "ѕаlоре", true, degrading, []span{sp(Insult, degrading, "ѕаlоре"), sp(Sexual, degrading, "ѕаlоре")}},
	{"connasse", "connasse", true, insulting, []span{sp(Insult, insulting, "connasse")}},
	{"plural", "des putes", true, degrading, []span{sp(Insult, degrading, "putes"), sp(Sexual, degrading, "putes")}},
	{"slang", "@X tg", true, insulting, []span{sp(Insult, insulting, "tg")}},
	{"sms", "fdp ntm", true, insulting, []span{sp(Insult, insulting, "fdp"), sp(Insult, insulting, "ntm")}},
	{"pd slur", "sale pd", true, degrading, []span{sp(Hate, degrading, "sale pd")}},
	{"tepu", "tepu", true, degrading, []span{sp(Insult, degrading, "tepu"), sp(Sexual, degrading, "tepu")}},

	// Patterns.
	{"sale race", "sale race", true, degrading, []span{sp(Hate, degrading, "sale race")}},
	{"sale facho", "sale facho", true, harsh, []span{sp(Insult, harsh, "sale facho")}},
	{"espèce de", "espèce de con", true, insulting, []span{sp(Insult, insulting, "espèce de con")}},
	{"espèce de slur", "espèce de tapette", true, degrading, []span{sp(Hate, degrading, "espèce de tapette")}},
	{"threat frame", "je vais te crever", true, violent, []span{sp(Threat, violent, "je vais te crever")}},
	{"threat on va", "on va te retrouver", true, violent, []span{sp(Threat, violent, "on va te retrouver")}},
	{"faut la", "faut la buter", true, violent, []span{sp(Threat, violent, "faut la buter")}},
	{"une balle", "une balle dans la tête", true, violent, []span{sp(Threat, violent, "une balle dans la tête")}},
	{"go back", "retourne dans ton pays", true, degrading, []span{sp(Hate, degrading, "retourne dans ton pays")}},
	{"on va te tondre", "on va te tondre", true, violent, []span{sp(Threat, violent, "on va te tondre")}},
	{"ta gueule", "Ta gueule", true, insulting, []span{sp(Insult, insulting, "Ta gueule")}},
	{"mixed severities", "connard, on va te retrouver", true, violent,
		[]span{sp(Insult, insulting, "connard"), sp(Threat, violent, "on va te retrouver")}},
	{"sale collabo de merde", "t'es qu'un sale collabo de merde", true, insulting, []span{sp(Insult, insulting, "sale collabo de merde")}},

	// Not abuse.
	{"negated", "tu n'es pas un connard", false, 0, nil},
	{"negated report", "je ne dis pas qu'elle est une salope", false, 0, nil},
	{"restrictive is not negation", "t'es pas qu'un connard", true, insulting, []span{sp(Insult, insulting, "connard")}},
	{"ne que", "tu n'es qu'une salope", true, degrading, []span{sp(Insult, degrading, "salope"), sp(Sexual, degrading, "salope")}},
	{"reported", "ils me traitent de « collabo »", false, 0, []span{reported(Insult, harsh, "collabo")}},
	{"reported passive", "il a été traité de « traître »", false, 0, []span{reported(Insult, harsh, "traître")}},
	{"reported unquoted", "Je me fais traiter de sale pédé tous les jours.", false, 0, []span{reported(Hate, degrading, "sale pédé")}},
	{"quoted message", "J'ai reçu ce message : « crève salope ».", false, 0,
		[]span{reported(Threat, degrading, "crève"), reported(Insult, degrading, "salope"), reported(Sexual, degrading, "salope")}},
	{"indirect speech", "Il m'a dit que j'étais une salope.", false, 0, []span{reported(Insult, degrading, "salope"), reported(Sexual, degrading, "salope")}},
	{"mention", "Le mot « pute » n'est pas une insulte ici.", false, 0, []span{reported(Insult, degrading, "pute"), reported(Sexual, degrading, "pute")}},
	{"counter-speech", "traiter une femme de salope est inacceptable", false, 0, []span{reported(Insult, degrading, "salope"), reported(Sexual, degrading, "salope")}},
	{"reported tournante", "des messages appelant à une « tournante » sont restés en ligne", false, 0,
		[]span{reported(Sexual, violent, "tournante"), reported(Threat, violent, "tournante")}},
	{"scare quotes are uttered", "@X « collabo »", true, harsh, []span{sp(Insult, harsh, "collabo")}},
	{"self", "Je suis une salope et fière de l'être", false, 0, nil},
	{"criticism", "Démission ! Incompétente, menteuse, honte à vous.", false, 0, nil},
	{"criminelle", "votre politique est criminelle", false, 0, nil},
	{"putophobe", "une politique putophobe", false, 0, nil},
	{"containing", "connaissance conciliabule salopette computer", false, 0, nil},
	{"surname", "Marc Sallope, conseiller municipal", false, 0, nil},
	{"swearing", "Putain, quelle journée", false, 0, nil},
	{"c'est con", "c'est con, j'ai raté le train", false, 0, nil},
	{"présidence tournante", "la présidence tournante de l'UE", false, 0, nil},
	{"est tournante", "la présidence de l'UE est tournante", false, 0, nil},
	{"ping-pong", "une tournante au ping-pong", false, 0, nil},
	{"raton laveur", "un raton laveur", false, 0, nil},
	{"tapette à mouches", "une tapette à mouches", false, 0, nil},
	{"pédale de frein", "la pédale de frein", false, 0, nil},
	{"lawn", "je vais tondre la pelouse", false, 0, nil},
	{"mower", "passe la tondeuse", false, 0, nil},
	{"meeting", "je vais te retrouver à la gare", false, 0, nil},
	{"news shot", "tué d'une balle dans la tête, selon le parquet", false, 0, nil},
	{"hint alone", "Rentre chez toi, il est tard", false, 0, nil},
	{"fear", "j'ai peur qu'elle se fasse violer en rentrant", false, 0, nil},
	{"hungry", "je crève de faim", false, 0, nil},
	{"empty", "", false, 0, nil},
}

func TestAbuseTricky(t *testing.T) {
	lex := New()
	for _, tc := range tricky {
		t.Run(tc.name, func(t *testing.T) {
			r := lex.Analyze(tc.text)
			assert.Equal(t, tc.abusive, r.Abusive, "%s", r)
			assert.Equal(t, tc.sev, r.Severity, "%s", r)
			var got []span
			for _, s := range r.Spans {
				got = append(got, span{tc.text[s.Span.Start:s.Span.End], s.Category, s.Severity, s.Reported})
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
	maxSev := NoSeverity
	for i, s := range r.Spans {
		require.True(t, 0 <= s.Span.Start && s.Span.Start < s.Span.End && s.Span.End <= len(text), "span %v out of %q", s, text)
		require.True(t, bound[s.Span.Start] && bound[s.Span.End], "span %v not on rune boundaries of %q", s, text)
		require.Contains(t, []Category{Hate, Insult, Sexual, Threat}, s.Category)
		require.True(t, Harsh <= s.Severity && s.Severity <= Violent, "span %v without a severity", s)
		if i > 0 {
			p := r.Spans[i-1]
			require.True(t, p.Span.Start < s.Span.Start || p.Span.Start == s.Span.Start && (p.Span.End < s.Span.End || p.Span.End == s.Span.End && p.Category <= s.Category), "spans out of order: %v", r.Spans)
		}
		if !s.Reported {
			uttered = true
			maxSev = max(maxSev, s.Severity)
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
		require.Equal(t, maxSev, r.Severity, "severity is the highest of the uttered spans: %s", r)
	} else {
		require.Empty(t, r.Categories)
		require.Equal(t, NoSeverity, r.Severity, "%s", r)
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
	assert.Equal(t, "abusive 0.90 insulting [insult] insult[0,7)", New().Analyze("connard").String())
	assert.Equal(t, "abusive 0.99 degrading [insult sexual] insult[0,6) sexual[0,6)", New().Analyze("salope").String())
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
	assert.Equal(t, "connard", long[r.Spans[0].Span.Start:r.Spans[0].Span.End])
	assert.True(t, utf8.ValidString(long[r.Spans[0].Span.Start:r.Spans[0].Span.End]))
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

func TestAbuseSeverity(t *testing.T) {
	names := []string{"none", "harsh", "insulting", "degrading", "violent"}
	french := []string{"aucune", "propos durs", "injure", "injure dégradante", "violence"}
	for i, name := range names {
		s := Severity(i)
		assert.Equal(t, name, s.String())
		assert.Equal(t, french[i], s.French())
		b, err := s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, name, string(b))
		var back Severity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	assert.True(t, NoSeverity < Harsh && Harsh < Insulting && Insulting < Degrading && Degrading < Violent)
	assert.Equal(t, "severity(9)", Severity(9).String())
	assert.Equal(t, "severity(9)", Severity(9).French())
	_, err := Severity(9).MarshalText()
	assert.ErrorContains(t, err, "invalid severity 9")
	var s Severity
	assert.ErrorContains(t, s.UnmarshalText([]byte("Harsh")), `unknown severity "Harsh"`)

	// In JSON, a severity is its name.
	out, err := json.Marshal(struct{ S Severity }{Degrading})
	require.NoError(t, err)
	assert.Equal(t, `{"S":"degrading"}`, string(out))
	var in struct{ S Severity }
	require.NoError(t, json.Unmarshal([]byte(`{"S":"violent"}`), &in))
	assert.Equal(t, Violent, in.S)
	assert.Error(t, json.Unmarshal([]byte(`{"S":"grave"}`), &in))
}

// TestAbuseCompileSeverity checks that compile refuses a rule without a
// severity, an exception with one, and an idiom that is an exception.
func TestAbuseCompileSeverity(t *testing.T) {
	cls := map[string]string{"w": "connard"}
	for _, tc := range []struct {
		name         string
		rs, ids, fbs []rule
		want         string
	}{
		{"no severity", []rule{{"insult", NoSeverity, 0.9, "@w"}}, nil, nil, "without a valid severity"},
		{"out of range", []rule{{"insult", Violent + 1, 0.9, "@w"}}, nil, nil, "without a valid severity"},
		{"exception with severity", []rule{{"", Harsh, 0, "@w"}}, nil, nil, "exception with severity"},
		{"exception idiom", nil, []rule{{"", NoSeverity, 0, "@w"}}, nil, "cannot be an exception"},
		{"fallback without severity", nil, nil, []rule{{"insult", NoSeverity, 0.6, "@w"}}, "without a valid severity"},
	} {
		_, err := compile(cls, tc.rs, tc.ids, tc.fbs, nil)
		assert.ErrorContains(t, err, tc.want, tc.name)
	}
	_, err := compile(cls, []rule{{"insult", Insulting, 0.9, "@w"}}, nil, nil, nil)
	assert.NoError(t, err)
	assert.Panics(t, func() { contexts(4, "w", "insult", Insulting) })
}
