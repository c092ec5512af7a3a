package corpus

import (
	"strings"
	"unicode/utf8"
)

// French inflection, enough for the corpus: noun plurals, adjective
// gender and number, inclusive plurals, and the conjugation of regular
// and irregular verbs. The rules were written from a school grammar; the
// irregular table holds the principal parts of the verbs the lists use.

// pluralWord returns the plural of a single word.
func pluralWord(w string) string {
	switch w {
	case "bal", "carnaval", "festival", "récital", "chacal", "régal", "pneu", "bleu", "landau":
		return w + "s"
	case "travail":
		return "travaux"
	case "bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou":
		return w + "x"
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"):
		return w
	case strings.HasSuffix(w, "al"):
		return w[:len(w)-2] + "aux"
	case strings.HasSuffix(w, "au"), strings.HasSuffix(w, "eu"):
		return w + "x"
	}
	return w + "s"
}

// pluralNoun pluralizes the head (first word) of a noun phrase.
func pluralNoun(n string) string {
	if i := strings.IndexByte(n, ' '); i > 0 {
		return pluralWord(n[:i]) + n[i:]
	}
	return pluralWord(n)
}

// feminineAdj derives the feminine singular of an adjective (or a person
// noun) from its masculine singular.
func feminineAdj(m string) string {
	if i := strings.LastIndexByte(m, ' '); i > 0 { // "flambant neuf": inflect the last word
		return m[:i+1] + feminineAdj(m[i+1:])
	}
	switch m {
	case "majeur", "mineur", "meilleur", "supérieur", "intérieur", "extérieur", "antérieur", "postérieur", "ultérieur":
		return m + "e"
	}
	switch {
	case strings.HasSuffix(m, "e"):
		return m
	case strings.HasSuffix(m, "eux"):
		return m[:len(m)-1] + "se"
	case strings.HasSuffix(m, "eur"):
		return m[:len(m)-1] + "se"
	case strings.HasSuffix(m, "f"): // sportif, neuf
		return m[:len(m)-1] + "ve"
	case strings.HasSuffix(m, "el"), strings.HasSuffix(m, "eil"), strings.HasSuffix(m, "ien"),
		strings.HasSuffix(m, "on"), strings.HasSuffix(m, "en"), strings.HasSuffix(m, "et"):
		return m + m[len(m)-1:] + "e"
	case strings.HasSuffix(m, "er"):
		return m[:len(m)-2] + "ère"
	}
	return m + "e"
}

// pluralAdj derives the masculine plural of an adjective.
func pluralAdj(m string) string {
	if i := strings.LastIndexByte(m, ' '); i > 0 {
		return m[:i+1] + pluralAdj(m[i+1:])
	}
	switch m {
	case "final", "banal", "fatal", "natal", "naval", "bancal":
		return m + "s"
	}
	switch {
	case strings.HasSuffix(m, "s"), strings.HasSuffix(m, "x"):
		return m
	case strings.HasSuffix(m, "al"):
		return m[:len(m)-2] + "aux"
	case strings.HasSuffix(m, "eau"):
		return m + "x"
	}
	return m + "s"
}

// inclusivePlural writes the inclusive plural of a person noun from its
// two genders with the mark dot: habitant/habitante → habitant·e·s,
// agriculteur/agricultrice → agriculteur·rice·s. Multi-word nouns and
// nouns whose genders do not share a stem get "" (no inclusive form).
func inclusivePlural(m, f, dot string) string {
	if m == f || strings.ContainsAny(m, " -") {
		return ""
	}
	// Common prefix, in whole runes.
	i := 0
	for i < len(m) && i < len(f) && m[i] == f[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(f[i]) {
		i--
	}
	if i < len(m)-3 || i == len(f) {
		return ""
	}
	return m + dot + f[i:] + dot + "s"
}

// Verb form indices: forms[fInf], forms[fPres+p] for person p (0 je, 1
// tu, 2 il, 3 nous, 4 vous, 5 ils), and so on.
const (
	fInf  = 0
	fPres = 1
	fImp  = 7
	fFut  = 13
	fCond = 19
	fSubj = 25
	fPP   = 31 // + 0 ms, 1 fs, 2 mp, 3 fp
	fPPR  = 35
	nForm = 36
)

// verbForms holds every form of one verb.
type verbForms struct {
	f      [nForm]string
	ppIncl [3]string // inclusive plural participle (mobilisé·e·s)
	etre   bool      // passé composé with être
	imp    bool      // impersonal (falloir): only the third person singular
}

// irregularVerbs lists principal parts, one verb a line:
//
//	infinitive | présent (six persons) | future stem | past participle | options
//
// Options: aux=être, imp=stem (imparfait, default: nous form less -ons),
// subj=six forms, ppr=participle, fs=feminine participle, impersonal.
// A line "x<y" derives x from y by prefixing (promettre<mettre).
// Derived verbs inherit everything; "interdire" and friends override.
const irregularVerbs = `être|suis es est sommes êtes sont|ser|été|imp=ét subj=sois,sois,soit,soyons,soyez,soient ppr=étant
avoir|ai as a avons avez ont|aur|eu|subj=aie,aies,ait,ayons,ayez,aient ppr=ayant
aller|vais vas va allons allez vont|ir|allé|aux=être subj=aille,ailles,aille,allions,alliez,aillent
faire|fais fais fait faisons faites font|fer|fait|subj=fasse,fasses,fasse,fassions,fassiez,fassent
pouvoir|peux peux peut pouvons pouvez peuvent|pourr|pu|subj=puisse,puisses,puisse,puissions,puissiez,puissent
vouloir|veux veux veut voulons voulez veulent|voudr|voulu|subj=veuille,veuilles,veuille,voulions,vouliez,veuillent
savoir|sais sais sait savons savez savent|saur|su|subj=sache,saches,sache,sachions,sachiez,sachent ppr=sachant
devoir|dois dois doit devons devez doivent|devr|dû|fs=due
falloir|faut faut faut faut faut faut|faudr|fallu|imp=fall subj=faille,faille,faille,faille,faille,faille impersonal
valoir|vaux vaux vaut valons valez valent|vaudr|valu|subj=vaille,vailles,vaille,valions,valiez,vaillent
venir|viens viens vient venons venez viennent|viendr|venu|aux=être
tenir|tiens tiens tient tenons tenez tiennent|tiendr|tenu
dire|dis dis dit disons dites disent|dir|dit
interdire|interdis interdis interdit interdisons interdisez interdisent|interdir|interdit
contredire|contredis contredis contredit contredisons contredisez contredisent|contredir|contredit
prédire|prédis prédis prédit prédisons prédisez prédisent|prédir|prédit
voir|vois vois voit voyons voyez voient|verr|vu
prévoir|prévois prévois prévoit prévoyons prévoyez prévoient|prévoir|prévu
croire|crois crois croit croyons croyez croient|croir|cru
mettre|mets mets met mettons mettez mettent|mettr|mis
prendre|prends prends prend prenons prenez prennent|prendr|pris
battre|bats bats bat battons battez battent|battr|battu
ouvrir|ouvre ouvres ouvre ouvrons ouvrez ouvrent|ouvrir|ouvert
offrir|offre offres offre offrons offrez offrent|offrir|offert
souffrir|souffre souffres souffre souffrons souffrez souffrent|souffrir|souffert
partir|pars pars part partons partez partent|partir|parti|aux=être
sortir|sors sors sort sortons sortez sortent|sortir|sorti|aux=être
sentir|sens sens sent sentons sentez sentent|sentir|senti
servir|sers sers sert servons servez servent|servir|servi
suivre|suis suis suit suivons suivez suivent|suivr|suivi
vivre|vis vis vit vivons vivez vivent|vivr|vécu
écrire|écris écris écrit écrivons écrivez écrivent|écrir|écrit
inscrire|inscris inscris inscrit inscrivons inscrivez inscrivent|inscrir|inscrit
lire|lis lis lit lisons lisez lisent|lir|lu
conclure|conclus conclus conclut concluons concluez concluent|conclur|conclu
exclure|exclus exclus exclut excluons excluez excluent|exclur|exclu
inclure|inclus inclus inclut incluons incluez incluent|inclur|inclus
recevoir|reçois reçois reçoit recevons recevez reçoivent|recevr|reçu
décevoir|déçois déçois déçoit décevons décevez déçoivent|décevr|déçu
apercevoir|aperçois aperçois aperçoit apercevons apercevez aperçoivent|apercevr|aperçu
connaître|connais connais connaît connaissons connaissez connaissent|connaîtr|connu
paraître|parais parais paraît paraissons paraissez paraissent|paraîtr|paru
plaire|plais plais plaît plaisons plaisez plaisent|plair|plu
taire|tais tais tait taisons taisez taisent|tair|tu
rompre|romps romps rompt rompons rompez rompent|rompr|rompu
vaincre|vaincs vaincs vainc vainquons vainquez vainquent|vaincr|vaincu
résoudre|résous résous résout résolvons résolvez résolvent|résoudr|résolu
courir|cours cours court courons courez courent|courr|couru
acquérir|acquiers acquiers acquiert acquérons acquérez acquièrent|acquerr|acquis|subj=acquière,acquières,acquière,acquérions,acquériez,acquièrent
envoyer|envoie envoies envoie envoyons envoyez envoient|enverr|envoyé
accueillir|accueille accueilles accueille accueillons accueillez accueillent|accueiller|accueilli
cueillir|cueille cueilles cueille cueillons cueillez cueillent|cueiller|cueilli
fuir|fuis fuis fuit fuyons fuyez fuient|fuir|fui
suffire|suffis suffis suffit suffisons suffisez suffisent|suffir|suffi
nuire|nuis nuis nuit nuisons nuisez nuisent|nuir|nui
mourir|meurs meurs meurt mourons mourez meurent|mourr|mort|aux=être
naître|nais nais naît naissons naissez naissent|naîtr|né|aux=être
boire|bois bois boit buvons buvez boivent|boir|bu|subj=boive,boives,boive,buvions,buviez,boivent
promettre<mettre
permettre<mettre
admettre<mettre
remettre<mettre
transmettre<mettre
soumettre<mettre
commettre<mettre
comprendre<prendre
apprendre<prendre
reprendre<prendre
surprendre<prendre
entreprendre<prendre
combattre<battre
débattre<battre
abattre<battre
rouvrir<ouvrir
couvrir<ouvrir
découvrir<ouvrir
recouvrir<ouvrir
revenir<venir
devenir<venir
intervenir<venir
parvenir<venir
convenir<venir|aux=avoir
prévenir<venir|aux=avoir
soutenir<tenir
maintenir<tenir
obtenir<tenir
retenir<tenir
contenir<tenir
entretenir<tenir
appartenir<tenir
abstenir<tenir
revoir<voir
repartir<partir
ressortir<sortir
ressentir<sentir
consentir<sentir
poursuivre<suivre
survivre<vivre
décrire<écrire
élire<lire
réélire<lire
reconnaître<connaître
apparaître<paraître
disparaître<paraître
interrompre<rompre
convaincre<vaincre
parcourir<courir
secourir<courir
recourir<courir
renvoyer<envoyer
satisfaire<faire
défaire<faire
refaire<faire`

// conjugator builds verb forms; it holds the parsed irregular table.
type conjugator struct {
	irregular map[string]*verbForms // read by key only, never iterated
}

func newConjugator() *conjugator {
	c := &conjugator{irregular: make(map[string]*verbForms)}
	for _, line := range strings.Split(irregularVerbs, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			c.parseIrregular(line)
		}
	}
	return c
}

var subjEnd = [6]string{"e", "es", "e", "ions", "iez", "ent"}
var impEnd = [6]string{"ais", "ais", "ait", "ions", "iez", "aient"}
var futEnd = [6]string{"ai", "as", "a", "ons", "ez", "ont"}

func (c *conjugator) parseIrregular(line string) {
	head, opts, _ := strings.Cut(line, "|")
	if inf, base, ok := strings.Cut(head, "<"); ok {
		b := c.irregular[base]
		if b == nil {
			panic("corpus: irregular verb " + inf + " derives from unknown " + base)
		}
		prefix := strings.TrimSuffix(inf, base)
		v := &verbForms{etre: b.etre, imp: b.imp}
		for i, f := range b.f {
			v.f[i] = prefix + f
		}
		if strings.Contains(opts, "aux=avoir") {
			v.etre = false
		}
		c.irregular[inf] = v
		return
	}
	parts := strings.Split(line, "|")
	inf := parts[0]
	pres := strings.Fields(parts[1])
	fut, pp := parts[2], parts[3]
	v := &verbForms{}
	v.f[fInf] = inf
	copy(v.f[fPres:fPres+6], pres)
	impStem := strings.TrimSuffix(pres[3], "ons")
	ppr := impStem + "ant"
	subjStem := strings.TrimSuffix(pres[5], "ent")
	var subj []string
	fs := pp + "e"
	if len(parts) > 4 {
		for _, o := range strings.Fields(parts[4]) {
			k, val, _ := strings.Cut(o, "=")
			switch k {
			case "aux":
				v.etre = val == "être"
			case "imp":
				impStem = val
			case "subj":
				subj = strings.Split(val, ",")
			case "ppr":
				ppr = val
			case "fs":
				fs = val
			case "impersonal":
				v.imp = true
			}
		}
	}
	for p := range 6 {
		v.f[fImp+p] = impStem + impEnd[p]
		v.f[fFut+p] = fut + futEnd[p]
		v.f[fCond+p] = fut + impEnd[p]
		if subj != nil {
			v.f[fSubj+p] = subj[p]
		} else if p == 3 || p == 4 {
			v.f[fSubj+p] = impStem + subjEnd[p]
		} else {
			v.f[fSubj+p] = subjStem + subjEnd[p]
		}
	}
	v.f[fPP] = pp
	v.f[fPP+1] = fs
	v.f[fPP+2] = pluralAdj(pp)
	if strings.HasSuffix(pp, "û") { // dû, dus
		v.f[fPP+2] = strings.TrimSuffix(pp, "û") + "us"
	}
	v.f[fPP+3] = fs + "s"
	v.f[fPPR] = ppr
	c.irregular[inf] = v
}

// conjugate returns the forms of a verb given by its infinitive.
func (c *conjugator) conjugate(inf string) *verbForms {
	if v := c.irregular[inf]; v != nil {
		return v
	}
	switch {
	case strings.HasSuffix(inf, "uire"):
		return c.uire(inf)
	case strings.HasSuffix(inf, "indre") || strings.HasSuffix(inf, "oindre"):
		return c.indre(inf)
	case strings.HasSuffix(inf, "er"):
		return firstGroup(inf)
	case strings.HasSuffix(inf, "ir"):
		return secondGroup(inf)
	case strings.HasSuffix(inf, "dre"):
		return thirdGroup(inf)
	}
	panic("corpus: cannot conjugate " + inf)
}

// uire: conduire, construire, détruire, réduire, produire.
func (c *conjugator) uire(inf string) *verbForms {
	s := strings.TrimSuffix(inf, "re")
	pp := s + "t"
	if inf == "nuire" || inf == "luire" {
		pp = s
	}
	c.parseIrregular(inf + "|" + s + "s " + s + "s " + s + "t " + s + "sons " + s + "sez " + s + "sent|" + s + "r|" + pp)
	return c.irregular[inf]
}

// indre: craindre, plaindre, peindre, atteindre, joindre.
func (c *conjugator) indre(inf string) *verbForms {
	s := strings.TrimSuffix(inf, "ndre") // crai, pei, joi
	c.parseIrregular(inf + "|" + s + "ns " + s + "ns " + s + "nt " + s + "gnons " + s + "gnez " + s + "gnent|" + s + "ndr|" + s + "nt")
	return c.irregular[inf]
}

// secondGroup: finir.
func secondGroup(inf string) *verbForms {
	s := strings.TrimSuffix(inf, "ir")
	v := &verbForms{}
	v.f[fInf] = inf
	pres := [6]string{"is", "is", "it", "issons", "issez", "issent"}
	for p := range 6 {
		v.f[fPres+p] = s + pres[p]
		v.f[fImp+p] = s + "iss" + impEnd[p]
		v.f[fFut+p] = inf + futEnd[p]
		v.f[fCond+p] = inf + impEnd[p]
		v.f[fSubj+p] = s + "iss" + subjEnd[p]
	}
	v.f[fPP], v.f[fPP+1], v.f[fPP+2], v.f[fPP+3] = s+"i", s+"ie", s+"is", s+"ies"
	v.f[fPPR] = s + "issant"
	return v
}

// thirdGroup: vendre, attendre, répondre, perdre.
func thirdGroup(inf string) *verbForms {
	s := strings.TrimSuffix(inf, "re")
	v := &verbForms{}
	v.f[fInf] = inf
	pres := [6]string{"s", "s", "", "ons", "ez", "ent"}
	for p := range 6 {
		v.f[fPres+p] = s + pres[p]
		v.f[fImp+p] = s + impEnd[p]
		v.f[fFut+p] = s + "r" + futEnd[p]
		v.f[fCond+p] = s + "r" + impEnd[p]
		v.f[fSubj+p] = s + subjEnd[p]
	}
	v.f[fPP], v.f[fPP+1], v.f[fPP+2], v.f[fPP+3] = s+"u", s+"ue", s+"us", s+"ues"
	v.f[fPPR] = s + "ant"
	return v
}

// doubling verbs write their consonant twice before a mute e (appelle,
// jette); other e+consonant+er verbs take a grave accent (lève, achète).
var doubling = map[string]bool{"appeler": true, "rappeler": true, "jeter": true, "rejeter": true,
	"projeter": true, "renouveler": true, "épeler": true, "interpeler": true}

func isVowelByte(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// firstGroup conjugates a regular -er verb, with the spelling changes of
// -cer (ç), -ger (ge), -yer (i), e/é + consonant (è) and -eler/-eter.
func firstGroup(inf string) *verbForms {
	s := strings.TrimSuffix(inf, "er")
	v := &verbForms{}
	v.f[fInf] = inf
	// soft: the stem before an ending that starts with a or o.
	soft := s
	switch {
	case strings.HasSuffix(s, "c"):
		soft = s[:len(s)-1] + "ç"
	case strings.HasSuffix(s, "g"):
		soft = s + "e"
	}
	// mute: the stem before a mute e (je lève, il paie, il appelle);
	// futMute: the stem of the future (lèvera, paiera, appellera; but
	// préférera keeps its é).
	mute, futMute := s, s+"e"
	switch {
	case strings.HasSuffix(s, "y"): // paie, nettoie
		mute = s[:len(s)-1] + "i"
		futMute = mute + "e"
	case doubling[inf]:
		mute = s + s[len(s)-1:]
		futMute = mute + "e"
	default:
		// Find the last vowel of the stem, reading "gu" and "qu" as consonants.
		j := len(s)
		cons := 0
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			isU := r == 'u' && j-n > 0 && (s[j-n-1] == 'g' || s[j-n-1] == 'q')
			if r < utf8.RuneSelf && isVowelByte(byte(r)) && !isU || r == 'é' || r == 'è' || r == 'ê' || r == 'î' || r == 'â' || r == 'ô' || r == 'û' || r == 'ï' {
				break
			}
			if !isU {
				cons++
			}
			j -= n
		}
		if j == 0 || cons == 0 {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s[:j])
		tail := s[j:]
		okCluster := cons == 1 || cons == 2 && (strings.HasSuffix(tail, "r") || strings.HasSuffix(tail, "l")) && tail[0] != tail[1]
		if !okCluster {
			break
		}
		switch r {
		case 'é':
			mute = s[:j-n] + "è" + tail
		case 'e':
			mute = s[:j-n] + "è" + tail
			futMute = mute + "e"
		}
	}
	pres := [6]string{mute + "e", mute + "es", mute + "e", soft + "ons", s + "ez", mute + "ent"}
	for p := range 6 {
		v.f[fPres+p] = pres[p]
		if p == 3 || p == 4 {
			v.f[fImp+p] = s + impEnd[p]
		} else {
			v.f[fImp+p] = soft + impEnd[p]
		}
		v.f[fFut+p] = futMute + "r" + futEnd[p]
		v.f[fCond+p] = futMute + "r" + impEnd[p]
		if p == 3 || p == 4 {
			v.f[fSubj+p] = s + subjEnd[p]
		} else {
			v.f[fSubj+p] = mute + subjEnd[p]
		}
	}
	v.f[fPP], v.f[fPP+1], v.f[fPP+2], v.f[fPP+3] = s+"é", s+"ée", s+"és", s+"ées"
	v.f[fPPR] = soft + "ant"
	return v
}
