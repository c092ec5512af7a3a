package corpus

import (
	"strings"
	"testing"
)

func TestWriterElision(t *testing.T) {
	st := style{apos: "’", spaceHigh: "\u202f", spaceColon: "\u00a0", qOpen: "«\u202f", qClose: "\u202f»", ellipsis: "…", capAccent: true, incl: -1}
	plain := st
	plain.apos, plain.spaceHigh, plain.spaceColon, plain.capAccent = "'", " ", " ", false
	for _, tc := range []struct {
		st   *style
		in   string // words, and punctuation marks alone
		want string
	}{
		{&st, "le conseil a voté la fermeture de le hôpital .", "Le conseil a voté la fermeture de l’hôpital."},
		{&st, "la hausse de les impôts à le maire et à les habitants", "La hausse des impôts au maire et aux habitants"},
		{&st, "de le projet de la ville de des pétitions de un élu", "Du projet de la ville de pétitions d’un élu"},
		{&st, "je ai dit que il ne a pas vu ce hôpital ni ce est", "J’ai dit qu’il n’a pas vu cet hôpital ni c’est"},
		{&st, "la hausse de la honte , le handicap ; si il vient !", "La hausse de la honte, le handicap\u202f; s’il vient\u202f!"},
		{&st, "« le État » : à Yserre , de Yserre", "«\u202fL’État\u202f»\u00a0: à Yserre, d’Yserre"},
		{&plain, "à le hôpital , ce est l’État !", "A l'hôpital, c'est l'État !"},
		{&st, "elle se est opposée . se inquiéter", "Elle s’est opposée. S’inquiéter"},
		{&st, "les habitants de Le Courrier de Valbrune", "Les habitants du Courrier de Valbrune"},
	} {
		var w writer
		w.reset(tc.st)
		for _, f := range strings.Fields(tc.in) {
			if isPunctToken(f) {
				w.punct(f)
			} else {
				w.word(f)
			}
		}
		if got := string(w.b); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestConjugation(t *testing.T) {
	lx := theLexicon()
	for _, tc := range []struct {
		inf  string
		form int
		want string
	}{
		{"voter", fPres + 2, "vote"}, {"voter", fPres + 3, "votons"}, {"voter", fFut + 5, "voteront"},
		{"voter", fPP + 3, "votées"}, {"voter", fCond + 2, "voterait"}, {"voter", fSubj + 2, "vote"},
		{"lancer", fPres + 3, "lançons"}, {"lancer", fImp + 2, "lançait"}, {"exiger", fPres + 3, "exigeons"},
		{"exiger", fPPR, "exigeant"}, {"appeler", fPres + 2, "appelle"}, {"appeler", fFut + 2, "appellera"},
		{"acheter", fPres + 5, "achètent"}, {"acheter", fFut + 2, "achètera"}, {"préférer", fPres + 2, "préfère"},
		{"préférer", fPres + 3, "préférons"}, {"protéger", fPres + 2, "protège"}, {"protéger", fPres + 3, "protégeons"},
		{"payer", fPres + 2, "paie"}, {"payer", fFut + 2, "paiera"}, {"déléguer", fPres + 2, "délègue"},
		{"célébrer", fPres + 2, "célèbre"}, {"créer", fPP + 1, "créée"}, {"interpeller", fPres + 2, "interpelle"},
		{"finir", fPres + 5, "finissent"}, {"agir", fImp + 2, "agissait"}, {"rendre", fPres + 2, "rend"},
		{"rendre", fPP + 1, "rendue"}, {"faire", fPres + 4, "faites"}, {"faire", fSubj + 2, "fasse"},
		{"être", fImp + 5, "étaient"}, {"aller", fFut + 2, "ira"}, {"venir", fPres + 5, "viennent"},
		{"soutenir", fPP, "soutenu"}, {"soutenir", fFut + 2, "soutiendra"}, {"promettre", fPres + 2, "promet"},
		{"promettre", fPP + 1, "promise"}, {"interdire", fPres + 4, "interdisez"}, {"construire", fPres + 3, "construisons"},
		{"construire", fPP, "construit"}, {"craindre", fPres + 3, "craignons"}, {"rejoindre", fPP, "rejoint"},
		{"devoir", fPP + 1, "due"}, {"recevoir", fPres + 5, "reçoivent"}, {"décrire", fPres + 2, "décrit"},
		{"rouvrir", fPP, "rouvert"}, {"réélire", fPP, "réélu"}, {"falloir", fCond + 2, "faudrait"},
	} {
		v := lx.verbForms(tc.inf)
		if got := v.f[tc.form]; got != tc.want {
			t.Errorf("%s[%d] = %q, want %q", tc.inf, tc.form, got, tc.want)
		}
	}
}

func TestInflection(t *testing.T) {
	for _, tc := range [][2]string{
		{feminineAdj("courageux"), "courageuse"}, {feminineAdj("sportif"), "sportive"}, {feminineAdj("culturel"), "culturelle"},
		{feminineAdj("citoyen"), "citoyenne"}, {feminineAdj("financier"), "financière"}, {feminineAdj("trompeur"), "trompeuse"},
		{feminineAdj("juste"), "juste"}, {feminineAdj("flambant neuf"), "flambant neuve"}, {pluralAdj("municipal"), "municipaux"},
		{pluralAdj("nouveau"), "nouveaux"}, {pluralAdj("heureux"), "heureux"}, {pluralAdj("final"), "finals"},
		{pluralNoun("hôpital"), "hôpitaux"}, {pluralNoun("bureau de poste"), "bureaux de poste"}, {pluralNoun("prix"), "prix"},
		{pluralNoun("festival"), "festivals"}, {inclusivePlural("habitant", "habitante", "·"), "habitant·e·s"},
		{inclusivePlural("agriculteur", "agricultrice", "•"), "agriculteur•rice•s"}, {inclusivePlural("infirmier", "infirmière", "."), "infirmier.ère.s"},
		{inclusivePlural("citoyen", "citoyenne", "·"), "citoyen·ne·s"}, {inclusivePlural("maire", "maire", "·"), ""},
		{adverbOf(&adj{f: [4]string{"scandaleux", "scandaleuse"}}), "scandaleusement"},
		{adverbOf(&adj{f: [4]string{"évident", "évidente"}}), "évidemment"},
		{adverbOf(&adj{f: [4]string{"vrai", "vraie"}}), "vraiment"},
		{makeTown("Montferrand-sur-Orve", 0).dem[3], "Montferrandoises"},
		{makeTown("Saint-Aubin-de-Lézan", 1).dem[0], "Saint-Aubinais"},
		{makeTown("Fleury", 2).dem[0], "Fleurynois"},
	} {
		if tc[0] != tc[1] {
			t.Errorf("got %q, want %q", tc[0], tc[1])
		}
	}
}

func TestKeyWords(t *testing.T) {
	var got []string
	s := "@Marie L’État, c’est «\u202fnous\u202f» ! https://t.co/x #Valbrune habitant·e·s 12\u202f000 ŒUVRE"
	for _, w := range keyWords(nil, s) {
		got = append(got, s[w.start:w.end])
	}
	want := "L État c est nous Valbrune habitant e s 12 000 ŒUVRE"
	if strings.Join(got, " ") != want {
		t.Errorf("key words %q, want %q", strings.Join(got, " "), want)
	}
	a, b := keyWords(nil, "l'État"), keyWords(nil, "L’ETAT")
	if len(a) != 2 || a[0].h != b[0].h || a[1].h != b[1].h {
		t.Error("case, accents and apostrophes must not change key words")
	}
}

func TestOCRSlips(t *testing.T) {
	r := newRNG(1, 1)
	base := "La fermeture de la piscine municipale de Valbrune est une décision incompréhensible pour les familles."
	for range 200 {
		out, k := ocrSlips(base, r)
		if k == 0 {
			t.Fatal("no slips made")
		}
		a, b := strings.Fields(base), strings.Fields(out)
		if len(a) != len(b) {
			t.Fatalf("slips changed the words: %q", out)
		}
		n := 0
		for i := range a {
			if a[i] != b[i] {
				n++
				if len([]rune(strings.Trim(a[i], "."))) < 5 {
					t.Fatalf("slip in a short word: %q", b[i])
				}
			}
		}
		if n < 2 || n > 3 {
			t.Fatalf("%d slips in %d characters: %q", n, len([]rune(base)), out)
		}
	}
}

func TestZipfDeterministic(t *testing.T) {
	// The samplers use integer weights: check one table entry so that a
	// change of arithmetic shows.
	z := newZipf(1000, 3, true)
	if got := z.cum[0]; got != 231143846581 { // 2^40 / (4 · 4^(1/8))
		t.Errorf("first cumulative weight %d", got)
	}
	// math/rand/v2 fixes PCG's output for a seed; so does our seeding.
	r := newRNG(42, 0)
	if got := r.u64(); got != 0x54421b2d48fb0d28 {
		t.Errorf("first draw %#x: the random stream changed", got)
	}
}
