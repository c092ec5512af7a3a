package abuse

import (
	"slices"
	"strconv"
	"strings"
)

// The lexicon's data: word classes, rules and the words that tell
// reported or negated abuse from uttered abuse.
//
// How the lists were made. Every list in this file was written by hand by
// the guillemet authors for this package, from French moderation
// experience (the words and turns of phrase that moderators of French
// social networks, comment sections and newsrooms meet every day) and
// from the seed cases in ../shared/seeds: 000, the insults an elected
// councillor received (« Arabe de service », « collabo », « traître »,
// « carpette », « beur domestique »), and 002, the tweets spliced beside an
// activist's post (« salope », « à tondre », « tournante »). No list was
// copied from a published lexicon, a dictionary or a platform's data.
// The lists are factual: they name the words so that a moderation tool
// can find them, they do not endorse them.
//
// Notation. Words are written as a French reader spells them, with their
// accents: they are folded at compile time (normalize.FoldWord), so
// "traître" also matches "traitre", "TRAÎTRE" and "tr@ître". A suffix in
// parentheses is optional and the optional suffixes combine:
// "enculé(e)(s)" stands for enculé, enculée, enculés, enculées. A class
// holds single words (the tokenizer splits hyphens and elisions: "fils de
// pute" for "fils-de-pute", "t es" for "t'es"). A rule is a list of
// patterns, one a line, written in the token language of the normalized
// text:
//
//	word|word     one of the words
//	@class        any word of a class; @class/pl only its plural forms
//	*             any word; *s any word ending in s or x
//	~suffix       any word of 5 letters or more ending in suffix
//	slot?         the slot may be absent
//	!a|b          (first or last only) the word before / after the match
//	              must not be one of these
//	^ $           (first or last only) the match starts / ends a clause
//	$!?           (last only) the match ends a clause that is no question
//	<a|@class     (first only, before ^ and !) one of these words must
//	              stand before the match, in its sentence or the one
//	              before: the group a pronoun refers to
//	[ ... ]       the slots that make the span; all slots by default
//
// Patterns match words of one clause (commas, colons, sentence ends,
// mentions and line breaks end a clause). A rule without category is an
// exception: its matches cancel the abusive matches they overlap ("raton
// laveur", "présidence tournante"). An idiom is read as a whole: the
// matches inside its span give way to it ("fils de pute" is an insult,
// not the sexist slur "pute").
//
// Categories. A sexist slur aimed at a person (salope, pute, pétasse,
// traînée, tchoin, « sale chienne ») is insult and sexual; the fixed
// insults built on such a word and aimed at someone's mother (fils de
// pute, ta mère la pute, enfant de salope) are idioms and insults only.
// A call to shave (« faudrait la tondre »), to gang-rape (« tournante »),
// to rape, beat or kill someone is a threat, and sexual when it is
// sexual. Ableist slurs (mongol, gogol, triso) are insults.
//
// Severity. Every rule carries one (compile refuses a rule without), and
// a span takes the highest severity of the rules that match it:
//
//   - Harsh: the name-calling that is also the currency of harsh
//     political talk: traître, collabo, carpette, larbin, lèche-bottes,
//     gauchiasse (harshStrong, harsh), facho, vendu, guignol (harsh2),
//     and « sale » before a role or a political label (label, « sale
//     putophobe », « sale facho », « sale journaliste », « sale menteur »).
//   - Insulting: insults aimed at a person: the strong, mid and weak
//     classes (connard, connasse, abruti, « grosse conne », enfoiré,
//     ordure, « sale type », garce), the fixed insults (ta gueule, fils de
//     pute, nique ta mère, va te faire foutre) and « X de merde », even
//     when X is harsh (« facho de merde »).
//   - Degrading: sexual insults and sexist slurs (sexist, sexist2,
//     sexist3, sexWord: salope, pute, traînée, « mal baisée »), sexual
//     harassment (« suce », « montre tes seins », « elle a couché pour »),
//     slurs and hate of origin, religion, sexuality or gender identity
//     (every hate rule but calls to kill; hate without slurs too: « je
//     déteste les musulmans », « les X sont des ordures », « les X
//     devraient être enfermés »), ableist slurs (ableist), and
//     wishes of harm or death that name no one who would act (« crève »,
//     « va te pendre », « j'espère que tu crèves », « je te souhaite un
//     cancer », and what someone « mérite »: « tu mérites une balle »).
//   - Violent: wishes of rape, whoever would act (« qu'elle se fasse
//     violer », « tu mérites d'être violée »: the lead's decision on
//     2026-12-06, since a rape wish aimed at a woman in public life reads
//     as the call it stands for), and threats and calls to violence,
//     rape or death: the author
//     or others will or should act (« je vais te buter », « faut la
//     pendre », « faudrait la tondre », « une bonne tournante », « on va
//     te violer », « bonne à violer », « mort aux … », « au poteau »,
//     « une balle dans la tête »), announced reprisals (« tu vas le
//     payer », « on sait où tu habites », « tes jours sont comptés »,
//     « surveille tes arrières », « tu vas voir ce qui va t'arriver »,
//     « ta famille va le payer »), their sms forms (« jte bute », « jvais
//     tegorger »), and harassment whose end is the person's death (« je
//     vais te harceler jusqu'à ce que tu crèves »).
//
// Political pressure is not a threat. A promise to keep opposing,
// criticising or campaigning against someone in their public role, until
// they resign, leave office or withdraw a law, by political means, is
// not abuse at all: « On va te harceler durant tout ton mandat jusqu'à ce
// que tu te casses », « On ne vous lâchera pas », « on sera là à chaque
// conseil », « vous allez le payer dans les urnes », « on aura ta peau aux
// élections ». It becomes a threat when it reaches the person's body,
// life, home or family, or when its end is their death or harm: « je vais
// te harceler jusqu'à ce que tu crèves », « on sait où tu habites », « tu
// vas le payer » (a reprisal with no ballot in sight), « on va te
// retrouver ». The lists keep that line: no rule reads « harceler »,
// « lâcher » or « jusqu'à ce que tu partes » as a threat; « jusqu'à ce
// que tu crèves » after a verb of harassment is one; the election
// exception cancels « payer », « regretter », « avoir ta peau » before
// « aux élections », « dans les urnes ».

// classes are the word classes the rules use.
var classes = map[string]string{
	// ── Insults ─────────────────────────────────────────────────────
	//
	// strong: insults whatever their context (Insulting). Hand-written.
	// Left out: words whose usual sense is not an insult (they are in
	// the weak classes below, which need a context), the sexist slurs
	// (sexist) and the seed's political name-calling (harshStrong).
	"strong": `connard(s) connarde(s) connasse(s) conasse(s) conard(s)
		salopard(e)(s) salaud(s) salopiaud(s) salop
		enculé(e)(s) grognasse(s) enfoiré(e)(s) enflure(s) raclure(s) crevure(s) merdeux merdeuse(s)
		trouduc(s) cassos boloss bolos bolosse(s) baltringue(s) journalope(s)
		fdp ntm ftg vtff vtfe`,
	// sexist: sexist slurs whatever their context: insult and sexual,
	// Degrading. Hand-written; the seed's « salope » is here.
	"sexist": `salope(s) saloppe(s) pute(s) tepu(s) tchoin(s) putasse(s) pétasse(s) pouffiasse(s) poufiasse(s)`,
	// harshStrong: seed 000's « collabo », the name-calling of harsh
	// political talk that is abusive on its own (Harsh). From the seed.
	"harshStrong": `collabo(s)`,
	// harsh: the other political name-calling of seed 000 (traître,
	// carpette, larbin): abusive on its own, with a lower weight (Harsh).
	// From the seed, and « gauchiasse », hand-written.
	"harsh": `traître(s) traîtresse(s) carpette(s) larbin(s) gauchiasse(s)`,
	// mid: insults that count on their own with a lower weight, as
	// harsh does (Insulting). Hand-written.
	"mid": `garce(s) feignasse(s)`,
	// weak: words that insult a person but are also adjectives or
	// ordinary nouns ("c'est con", "une idée débile"): they need a
	// context that points at a person (sale, espèce de, t'es un, quel…):
	// see contexts, level 1 (Insulting).
	"weak": `con conne(s) cons abruti(e)(s) crétin(e)(s) débile(s) idiot(e)(s) imbécile(s)
		couillon(ne)(s) demeuré(e)(s) naze(s) nase(s) tocard(e)(s) minable(s) bouffon(ne)(s) loser(s) looser(s)
		lopette(s) mauviette(s) hystérique(s) pouilleux pouilleuse(s)
		plouc(s) mocheté(s) laideron(s) branleur(s) branleuse(s) pignouf(s)`,
	// ableist: slurs of disability, with the contexts of weak ("espèce
	// de gogol", "t'es un attardé"): insults, Degrading. Hand-written,
	// taken out of weak when the severity was added; « dégénéré » added
	// in the second round of hate rules (« t'es qu'un dégénéré »; « un
	// cas dégénéré », « les cellules dégénérées » have no context).
	"ableist": `mongolien(ne)(s) gogol(s) triso(s) attardé(e)(s) dégénéré(e)(s)`,
	// weak2: animal and thing words used as insults ("espèce d'ordure",
	// "gros porc"), and the names that also describe people in the news
	// ("des racailles"): an insult with sale, espèce de, a second person
	// or on their own as an address ("Ordure !"): contexts, level 2
	// (Insulting).
	"weak2": `ordure(s) fumier(s) charogne(s) porc(s) bâtard(e)(s) vermine(s) larve(s) truie(s)
		pourriture(s) déchet(s) cafard(s) blaireau(x) parasite(s) racaille(s)`,
	// harsh2: political name-calling that also describes people in the
	// news ("des fachos ont attaqué", "un vendu"): level 2, Harsh.
	// Hand-written (seed 000's « vendu »), taken out of weak2.
	"harsh2": `facho(s) vendu(e)(s) guignol(s)`,
	// sexist2: sexist slurs that are also ordinary words (the trail
	// "traînée", the fish "morue"): level 2, insult and sexual, Degrading.
	// Hand-written, taken out of weak2.
	"sexist2": `traînée(s) catin(s) morue(s)`,
	// ableist2: « mongol », also the people of Mongolia ("un Mongol a
	// gagné"): level 2, Degrading. Taken out of weak and weak2.
	"ableist2": `mongol(e)(s)`,
	// weak3: words that are insults only with sale, espèce de, pauvre,
	// petite or a second person ("pauvre merde", "t'es une tache"): never
	// on their own ("Merde !" is swearing, not abuse): contexts, level 3
	// (Insulting).
	"weak3": `merde(s) cloche(s) tache(s) buse(s) gland(s) andouille(s) dinde(s)
		pintade(s) thon(s) boudin(s) baleine(s) cochon(ne)(s) chien(s) rat(s) vache(s) singe(s)
		saloperie(s)`,
	// sexist3: sexist slurs that are swearing or animals on their own
	// ("Putain !", "ma chienne a eu des chiots"): level 3, insult and
	// sexual, Degrading. Taken out of weak3.
	"sexist3": `putain(s) chienne(s)`,
	// The adjectives and determiners that turn a weak word into an
	// insult.
	"adjStrong": `sale(s) gros grosse(s) triple sacré(e)(s) sombre vrai(e) véritable`,
	"adjMild":   `petit(e)(s) pauvre(s) pauv vieux vieille(s) vieil`,
	"demo":      `ce cet cette ces quel quelle(s) quels`,
	"det":       `un une des`,
	// detPl: the articles and possessives of a plural noun, which takes
	// the reference of a pronoun from a group named before it (see
	// tables.before).
	"detPl": `les des ces mes tes ses nos vos leurs`,
	// notAfterT: the words after « t » and a weak word that make the
	// word a verb, not an insult in sms spelling (« t'abrutis pas devant
	// la télé », « t'idiot » is no French).
	"notAfterT": `pas plus jamais point trop devant avec de d du des à a au aux en sur dans la le les l
		ta ton tes ma mon mes sa son ses leur leurs me te se`,
	// interj: the interjections that may open a clause before an sms
	// address (« mdr t conne », « wesh té con »).
	"interj": `mdr ptdr lol wesh frère frer bah ah oh mais et putain ptn bref sérieux bon`,
	"intens": `vraiment juste complètement franchement tellement totalement trop si qu que rien`,
	"be2":    `es êtes`,
	"be":     `es êtes est sont était étais étaient`,
	// person: nouns for a person, an insult after "sale" ("sale type",
	// "sale gonzesse"): Insulting. Hand-written.
	"person": `type(s) mec(s) gars keum(s) meuf(s) gonzesse(s) nana(s) bonhomme gamin(e)(s)
		individu(s) vioque(s)`,
	// label: roles, trades and political labels, name-calling after
	// "sale" ("sale journaliste", "sale flic", "sale gauchiste"): Harsh,
	// the currency of harsh political talk. Hand-written; split from
	// person when the severity was added.
	"label": `bourgeois(e) riche(s) flic(s) keuf(s) poulet(s) politicien(ne)(s) politicard(e)(s) journaleux
		journaliste(s) ministre(s) élu(e)(s) député(e)(s) prof(s) juge(s) menteur(s) menteuse(s)
		voleur(s) voleuse(s) escroc(s) gaucho(s) bobo(s) droitard(e)(s)
		gauchiste(s) fasciste(s) communiste(s) macroniste(s) féministe(s) frontiste(s)`,

	// ── Hate ────────────────────────────────────────────────────────
	//
	// slur: ethnic, religious, homophobic and transphobic slurs that are
	// slurs in every use. Hand-written from moderation practice. Left
	// out: ethnonyms and verlan that are self-designations (beur, rebeu,
	// renoi, feuj, manouche) — they are in "group" and count only after
	// "sale" or in the patterns below.
	"slur": `bougnoule(s) bougnoul(s) bicot(s) crouille(s) négro(s) négrillon(ne)(s) youpin(e)(s) youtre(s)
		chintok(s) chinetoque(s) chinetoc(s) niakoué(s) niakwé(s) pédé(s) tarlouze(s) tafiole(s)
		fiotte(s) tantouze(s) tantouse(s) gouine(s) travelo(s) souchien(s) muzz`,
	// weakSlur: slurs that are also ordinary words (the ghost-writer
	// "nègre", the bicycle "pédale", the fly "tapette", the "raton
	// laveur", the engine "bridé", the historical "harki"): hate only with
	// sale, espèce de, a second person or as an address.
	"weakSlur": `pd nègre(s) négresse(s) bamboula(s) raton(s) bridé(e)(s) macaque(s) tapette(s)
		pédale(s) bounty(s) harki(s) romano(s) romanichel(s) fatma(s) polak(s) rital(s) boche(s) melon(s)`,
	// group: the groups protected by French law against hate speech
	// (origin, nationality, religion, sexual orientation, gender
	// identity), as they are named in hateful posts. Neutral words: they
	// count only after "sale", before "de merde", with "dehors", "mort
	// aux" or the dehumanising patterns.
	"group": `arabe(s) juif(s) juive(s) noir(e)(s) musulman(e)(s) blanc(s) blanche(s) beur(s) beurette(s)
		rebeu(s) renoi(s) feuj(s) black(s) chinois(e)(s) asiatique(s) jaune(s) gitan(e)(s) rom(s)
		manouche(s) tzigane(s) roumain(e)(s) africain(e)(s) maghrébin(e)(s) algérien(ne)(s)
		marocain(e)(s) tunisien(ne)(s) turc(s) turque(s) sénégalais(e)(s) malien(ne)(s) comorien(ne)(s)
		immigré(e)(s) migrant(e)(s) étranger(s) étrangère(s) clandestin(e)(s) réfugié(e)(s) homo(s)
		gay(s) lesbienne(s) trans travesti(e)(s) français(e)(s) francaoui(s) babtou(s) gaouri(s)
		toubab(s) catho(s) catholique(s) chrétien(ne)(s) portugais(e)(s) polonais(e)(s) italien(ne)(s)
		espagnol(e)(s) anglais(e)(s) asiat(s) négro(s) nègre(s) pédé(s) pd gouine(s)`,
	// dehum: what dehumanising posts say a group is ("les X sont des
	// rats"): vermin and animal words, and the stereotypes of hate speech.
	"dehum": `rats cafards vermine(s) parasites animaux bêtes singes sauvages chiens porcs nuisibles
		microbes barbares envahisseurs terroristes violeurs voleurs délinquants criminels malades
		pervers dégénérés détraqués tarés anormaux pédophiles cancrelats sangsues inférieurs
		inférieures merdes ordures déchets`,
	// goBack: the imperatives of "go back to your country".
	"goBack":  `retourne retournez rentre rentrez repars repartez va allez dégage dégagez barre barrez`,
	"goBack2": `retourne retournez rentre rentrez repars repartez`,
	// notGo: the subjects that make "rentre au bled" a plan, not an
	// order ("je rentre au bled cet été").
	"notGo": `je j on nous il elle ils elles tu t qui se s me m`,
	// notKind: "une espèce de", "la bande de" describe, they do not
	// address.
	"notKind": `une la l cette les des d de chaque quelle toute même nouvelle autre notre votre leur
		ma ta sa son nos vos leurs ses aucune première seule grande petite rare certaine telle
		dernière cette sous`,
	"home": `pays bled brousse jungle arbre désert grotte cocotier gourbi tribu pirogue cabane`,
	"homeLand": `bled afrique brousse jungle maghreb algérie maroc tunisie sénégal mali arabie
		cambrousse`,

	// ── Threats ─────────────────────────────────────────────────────
	//
	// The subjects and auxiliaries of a threat ("je vais", "on va",
	// "j'veux", "ils vont"). Hand-written.
	"subj":  `je j on nous ils elles`,
	"aux":   `vais va allons vont veux veut voulons voudrais voudrait aimerais aimerait devrais devrait devrions devraient pourrais pourrait peux dois doit`,
	"faut":  `faut faudrait faudra faudrais fallait`,
	"op":    `te t vous la le l les lui`,
	"op2":   `te t vous`,
	"all":   `tous toutes`,
	"dieS":  `crève(s) crèvent creviez meure(s) meurent mouriez`,
	"goAux": `va vas vais vont allez aille(s) aillent`,
	"wish":  `espère espérons souhaite souhaitons souhaiterais prie veux voudrais vivement pourvu`,
	"fear":  `peur crains craint crainte éviter évite empêcher empêche avant pas ce sans pour attendre attend jusqu craignent craignais éviterait`,
	"merit": `mérite(s) méritent mériterait mériterais mériteraient méritez méritait`,
	"body":  `tête crâne nuque bouche front gueule tronche dos ventre cervelle figure face`,
	"headT": `gueule tête figure dents face crâne genoux jambes bras nez tronche mâchoire couilles yeux portrait`,
	"poss":  `la ta sa le ton son leur vos ses tes`,
	"live":  `habites habite habitez vis vit vivez dors dort travailles travaille bosses bosse crèches crèche gares loges caches`,
	"kid":   `enfants gosses mômes filles fils fille femme mari famille parents`,
	// notPlace: what follows "on va te retrouver" when it is a meeting,
	// not a threat.
	"notPlace": `un une des du de le la les l mon ma mes ton ta tes à au aux devant demain ce cet cette chez ici là après avant vers dans sur pour en
		tout tous bientôt lundi mardi mercredi jeudi vendredi samedi dimanche quand dès plus
		tranquille tranquillement facilement vite sans`,
	// notDie: "qu'il crève de faim", "crève la dalle".
	"notDie": `de d la le les pas sous à a au en un une des du ma ta sa mon ton son pour tes ses
		leur`,
	// shot: news of a shooting ("tué d'une balle dans la tête").
	"shot": `d reçu reçoit touché touchée atteint atteinte tué tuée blessé blessée mortellement par
		prend pris prit a avec pris une`,
	"lawn": `pelouse(s) gazon(s) herbe(s) mouton(s) haie(s) jardin(s) prairie(s) champ(s) chien(s)
		caniche(s) brebis`,
	"headT2": `gueule figure dents face crâne genoux jambes bras nez tronche mâchoire yeux portrait`,
	// notTournante: "la présidence tournante", "une grève tournante",
	// "la garde est tournante".
	"notTournante": `présidence(s) grève(s) table(s) porte(s) plaque(s) scène(s) machine(s)
		caisse(s) équipe(s) garde(s) permanence(s) rotation(s) stratégie(s) lumière(s) caméra(s)
		lame(s) tournée(s) chaise(s) partie(s) direction(s) grille(s) tour(s) présidence(s) scène(s)
		cuve(s) brosse(s) lampe(s) plate(s) plateforme(s) roue(s) est sont était étaient sera seront
		devient deviennent reste restent en`,
	// harass: the verbs of a harassment campaign; a threat only when its
	// end is the person's death ("je vais te harceler jusqu'à ce que tu
	// crèves"), never on their own (see "Political pressure" above).
	// Hand-written from seed 002's « On va te harceler durant tout ton
	// mandat ».
	"harass": `harceler harcèle harcèles harcèlent harcèlerai harcèlera harcèlerons harcèleront
		pourrir pourrirai pourrira pourrirons pourriront traquer traquerai traquera traquerons
		traqueront lâcher lâcherai lâchera lâcherons lâcheront suivre suivrai suivra suivrons
		suivront poursuivre poursuivrai poursuivra poursuivrons poursuivront emmerder emmerderai
		emmerdera emmerderons emmerderont`,
	// ballot: where a political reprisal happens ("vous allez le payer
	// dans les urnes", "on aura ta peau aux municipales"). Hand-written.
	"ballot": `élection(s) urne(s) municipales législatives régionales européennes sénatoriales
		présidentielle(s) primaire(s) scrutin(s) vote(s) cantonales départementales`,
	// goWill and goWish split goAux: "tu vas te faire violer" announces,
	// "qu'elle aille se faire violer" wishes.
	"goWill": `va vas vais vont allez`,
	"goWish": `aille(s) aillent`,
	"punish": `poteau potence bûcher guillotine lanterne peloton`,
	"oven":   `four fours gaz goulag bûcher poteau`,
	// notThreat: what follows « tu vas voir ce qui va t'arriver » when
	// it is a surprise (« … en ouvrant ton cadeau », « … demain »).
	"notThreat": `en quand si lorsque lorsqu avec à a au aux dans pendant demain ce cette le la les
		ton ta tes pour après avant chez sur comme de d du des samedi dimanche ce soir cadeau`,
	// weapon: what a threat says it will come with (« on va t'attendre
	// avec des barres de fer »).
	"weapon": `barre(s) batte(s) couteau(x) flingue(s) fusil(s) arme(s) machette(s) cutter(s)
		hache(s) pistolet(s) kalach kalash kalachnikov(s) gun(s) calibre(s) schlass surin(s)`,
	// game: the games and sports after which « je vais te défoncer »,
	// « je vais te tuer » is play (« au tennis », « à Mario Kart », « a
	// fifa »).
	"game": `tennis foot football basket handball rugby volley ping pingpong badminton squash
		padel golf pétanque boules billard babyfoot bowling échecs dames scrabble monopoly
		belote tarot poker uno cartes mario fifa pes fortnite lol smash tekken cod warzone
		minecraft jeu jeux match partie course sprint marathon quiz quizz trivial karaoké
		console play playstation switch xbox cache`,

	// ── Hate without slurs ──────────────────────────────────────────
	//
	// hated: the groups protected by French law against hate speech
	// (origin, religion, sexual orientation, gender identity,
	// disability, sex), named as such in the plural, with their common
	// sms and typo forms: the targets of the dislike, disgust and
	// elimination rules below (« je déteste les musulmans », « les trans
	// me dégoûtent », « les femmes devraient être enfermées »). Hand-
	// written. Left out, for precision: the western European
	// nationalities and the colours blanc and jaune (« je déteste les
	// Anglais » is rugby banter, « les blancs » are also egg whites and
	// laundry), and the groups defined by a legal status (hatedStatus).
	"hated": `arabe(s) arab(s) juif(s) juive(s) noir(e)(s) musulman(e)(s) musulmant(e)(s) muslim(s)
		beur(s) beurette(s) rebeu(s) renoi(s) feuj(s) black(s) chinois(e)(s) asiatique(s) asiat(s)
		gitan(e)(s) rom(s) manouche(s) tzigane(s) tsigane(s) roumain(e)(s) africain(e)(s)
		maghrébin(e)(s) algérien(ne)(s) marocain(e)(s) tunisien(ne)(s) turc(s) turque(s)
		sénégalais(e)(s) malien(ne)(s) comorien(ne)(s) homo(s) gay(s) gai(s) lesbienne(s) trans
		travesti(e)(s) transgenre(s) transexuel(le)(s) transsexuel(le)(s) homosexuel(le)(s)
		bisexuel(le)(s) catho(s) catholique(s) chrétien(ne)(s) israélite(s) bouddhiste(s)
		hindou(e)(s) femme(s) meuf(s) gonzesse(s) handicapé(e)(s) handicapes autiste(s)
		trisomique(s)`,
	// hatedStatus: groups defined by a legal status: hated, but a call
	// to expel them is a policy (« les clandestins doivent être
	// expulsés »), not hate; a call to kill or lock them up is.
	"hatedStatus": `immigré(e)(s) migrant(e)(s) étranger(s) étrangère(s) clandestin(e)(s)
		réfugié(e)(s) exilé(e)(s)`,
	// notSubj: the words before a group noun that make it a complement,
	// not the subject: « les conditions de vie des migrants sont
	// dégueulasses » speaks of the conditions.
	"notSubj": `de d des du aux au à a pour entre sur chez avec contre par sans envers`,
	// hateV: first-person verbs of hatred and contempt, with the sms
	// forms that glue the subject (« jdéteste »).
	"hateV":     `déteste détèste hais méprise exècre abhorre vomis emmerde haïs`,
	"hateVPl":   `détestons haïssons méprisons exécrons emmerdons`,
	"hateGlued": `jdéteste jedéteste jdetest jhais jméprise jexècre jemmerde jvomis`,
	// hateIntens: the adverbs that may stand in the hate patterns
	// (« sont tout simplement dégueulasses »).
	"hateIntens": `juste vraiment tellement trop très complètement totalement absolument simplement
		tout franchement réellement profondément vraiment clairement tous toutes`,
	// vile: what the attribute rules say a group is (« les femmes sont
	// des ordures », « les trans sont dégueulasses »): nouns of filth and
	// adjectives of disgust. Hand-written.
	"vile": `ordure(s) pourriture(s) racaille(s) raclure(s) vermine(s) merde(s) déchet(s)
		immonde(s) dégueulasse(s) dégueu(x) répugnant(e)(s) abject(e)(s) écœurant(e)(s)
		écoeurant(e)(s) repoussant(e)(s) merdique(s) irrécupérable(s) dégoûtant(e)(s)
		dégoutant(e)(s) infect(e)(s) ignoble(s) nuisible(s) parasite(s) cafard(s) rats
		soushomme(s) inférieur(e)(s) cancrelat(s) sangsue(s) crasseux crasseuse(s)`,
	// vile2: the derogatory attributes a hateful post gives a whole
	// protected group (« les femmes sont stupides », « les musulmans sont
	// tous malhonnêtes »): hate only after a group named as such, as
	// vile; not before « de » (« ignorants de leurs droits ») nor
	// « que » (« aussi cruelles que les hommes »). Left out: sale,
	// puant, inutile (« les réfugiés sont sales et épuisés » is news).
	"vile2": `stupide(s) idiot(e)(s) débile(s) abruti(e)(s) crétin(e)(s) attardé(e)(s) arriéré(e)(s)
		dégénéré(e)(s) ignorant(e)(s) malhonnête(s) pitoyable(s) révoltant(e)(s) cruel(le)(s)
		sauvage(s) horrible(s) aberrant(e)(s) hypocrite(s) fourbe(s) détestable(s) méprisable(s)`,
	// fuzzy: the long words of the hate rules that a word one typing
	// slip away still stands for (« détetse », « étrnagler »,
	// « odrures », « muslman »: two letters swapped, one left out or
	// one added; see tables.near): the hate verbs, the words of filth
	// and derogation, the verbs of killing of the group rules and the
	// group nouns, of 7 letters or more. Shorter words and the first
	// letter are never read loosely (« tuer », « pute », « cancer » next
	// to « cancre »). Hand-chosen from the hate rules above.
	"fuzzy": `déteste(s) détestons détestent méprise(s) emmerde(s) abhorre(s)
		étrangler égorger torturer massacrer exterminer éradiquer poignarder souffrir assassiner
		décapiter lyncher fusiller éliminer
		ordures pourriture(s) vermine(s) immonde(s) dégueulasse(s) répugnant(e)(s) abject(e)(s)
		ignoble(s) parasites inférieur(e)(s) dégoûtant(e)(s) stupide(s) pitoyable(s) malhonnête(s)
		sauvages ignorant(e)(s) révoltant(e)(s) dégénéré(e)(s) attardé(e)(s)
		musulman(e)(s) handicapé(e)(s) réfugié(e)(s) homosexuel(le)(s) lesbienne(s) africain(e)(s)
		maghrébin(e)(s) immigré(e)(s) migrants migrantes clandestin(e)(s) transgenre(s)`,
	// notFuzzy: the French words one typing slip away from a fuzzy
	// word, which are read as themselves (« massacre » is not
	// « massacrer », « étranger » not « étrangler »): every word of the
	// Debian wfrench word list at that distance, taken once with a
	// throwaway program, and the inflections of the fuzzy words that
	// the classes do not hold.
	"notFuzzy": `abhorree abhorrees abhorrer abhorrez abject assassine assassinera attarder attardez
		decapite decapitera degenerer degenerez degotant degoutat degoutates degouttant detestee
		detestees detester detestez detestions egorge egorgera egorgeur elimine eliminera
		emmerdee emmerdees emmerder emmerdez engorger eradique eradiquera etranger etrangle
		etranglera etrangleur extermine exterminera fusille fusillera fusilleur handicap
		handicaper handicapez handicaps ignorat ignorates immigrer immigrez lynche lynchera
		lyncheur massacre massacrera massacreur mepris meprisee meprisees mepriser meprisez
		meprisse meprisses merise merises migrant migrante migrates ordres ordure parasite
		parasitees poignarde poignardera refuge refuges refugier refugiez refuie refuies
		repugnat repugnates revolant revoltat revoltates revotant sauvage souffrira torture
		torturera verine verines`,
	// rage: what a group « makes » the author (« les X me rendent
	// furieux », « me mettent hors de moi »); not « fou »: « les femmes
	// me rendent fou » is love.
	"rage": `furieux furieuse malade malades hystérique hystériques`,
	// plague: what a group « est » with an article (« les migrants sont
	// une plaie », « un cancer pour ce pays »).
	"plague": `cancer plaie fléau virus poison calamité gangrène peste vermine lèpre tumeur
		maladie`,
	// disgust: the verbs of « les X me dégoûtent ».
	"disgust": `dégoûtent dégoutent répugnent débectent écœurent écoeurent insupportent
		horripilent dégoûte répugne débecte écœure`,
	// killPP and lockPP: what a call says should be done to a group
	// (« les X devraient être exterminés », « … enfermés »).
	"killPP": `tué(e)(s) exterminé(e)(s) éliminé(e)(s) abattu(e)(s) pendu(e)(s) fusillé(e)(s)
		gazé(e)(s) brûlé(e)(s) massacré(e)(s) égorgé(e)(s) éradiqué(e)(s) exécuté(e)(s) lynché(e)(s)
		noyé(e)(s) buté(e)(s) décapité(e)(s) lapidé(e)(s) crucifié(e)(s) empoisonné(e)(s)`,
	"lockPP": `enfermé(e)(s) interné(e)(s) stérilisé(e)(s) castré(e)(s) parqué(e)(s) déporté(e)(s)
		emprisonné(e)(s) enchaîné(e)(s) séquestré(e)(s) euthanasié(e)(s)`,
	"expelPP": `expulsé(e)(s) renvoyé(e)(s) viré(e)(s) chassé(e)(s) bannis banni(e)(s) jeté(e)(s)`,
	"mustBe":  `devraient doivent devront devrait`,
	"extermV": `exterminer éliminer éradiquer gazer massacrer tuer buter pendre fusiller brûler
		enfermer interner stériliser castrer euthanasier`,

	// ── Sexual ──────────────────────────────────────────────────────
	"sexVerb": `violer baiser sauter tringler niquer enculer sodomiser défoncer prendre`,
	"rapeP":   `violer violée(s) violé(s) défoncer tringler sauter`,
	// notSuck: what follows « va sucer » when it is no order to a
	// person: an article, a possessive, food.
	"notSuck": `un une des du de d le la les l ce cet cette ces mon ma mes ton ta tes son sa ses notre
		votre nos vos leur leurs glace glaces glaçon glaçons bonbon bonbons sucette sucettes
		pouce citron caramel`,
	"sexPart": `bite(s) queue teub zob zizi couilles gland chibre`,
	"breasts": `seins nichons nibards miches loches fesses cul chatte nudes`,
	"sexWord": `suceuse(s) chaudasse(s) michetonneuse(s) salopasse(s) pompeuse(s)`,
}

// A rule's categories: insult, sexual, threat, hate, joined with "+"; an
// empty string makes an exception. Every rule but an exception has a
// severity (see "Severity" at the top of this file).
type rule struct {
	cats   string
	sev    Severity
	weight float64
	pats   string
}

// contexts returns the rules that make the words of a weak class (class
// names it) an insult, in the contexts of its level:
//
//   - level 3 (weak3, sexist3: "pauvre merde", "sale chienne"): espèce
//     de, sale, grosse, sacré, triple, pauvre before it; "t'es une"
//     before it; "bande de" before it;
//   - level 2 (weak2, harsh2, sexist2, ableist2: "espèce d'ordure", "gros
//     porc", "sale traînée"): espèce de, the strong adjectives (sale,
//     gros, vrai…), "t'es un" before it; alone in its clause, or with
//     "va" ("Vendu !", "bâtard va"); "bande de" before it, "de merde"
//     after it;
//   - level 1 (weak, ableist: "pauvre con", "quel abruti", "t'es con"):
//     level 2, and the mild adjectives (petit, pauvre, vieux), "t'es"
//     without an article, "le con" alone; weaker, "c'est un", "quel",
//     "un" before it.
//
// The levels are the contexts of the three weak classes, written once so
// that a class of sexist slurs or of harsh name-calling that has a weak
// class's ambiguity gets the same contexts with its own categories and
// severity.
func contexts(level int, class, cats string, sev Severity) []rule {
	w := "@" + class
	strong := []string{"bande de|d " + w}
	mid := []string{"[espèce de|d " + w + "]", "@be2 @intens? @intens? @det [" + w + "]",
		"[tu|t e|est @intens? @intens? @det " + w + "]", "[te|tes|t un|une @intens? " + w + "]"}
	var weaker []string
	switch level {
	case 3:
		mid = append(mid, "[sale|sales|grosse|grosses|espèce|sacré|sacrée|triple|pauvre|pauv "+w+"]")
	case 2, 1:
		strong = append(strong, w+" de merde")
		adj := "[@adjStrong " + w + "]"
		if level == 1 {
			adj = "[@adjStrong|@adjMild " + w + "]"
		}
		mid = append(mid, adj, "^ ["+w+"] $", "^ ["+w+"] va|vas $", "^ [que|qu "+w+"] $",
			"^ [quel|quelle|quels|quelles "+w+"] $!?",
			"[tu|t e|est @intens? @intens? "+w+"]", "^ @interj? [te|t "+w+"] !@notAfterT")
		if level == 1 {
			mid = append(mid, "@be2 @intens? @intens? ["+w+"]", "^ le|la ["+w+"] $")
			weaker = []string{"@be @intens? @intens? @det [" + w + "]", "@demo [" + w + "]", "@det [" + w + "]"}
		}
	default:
		panic("abuse: no context level " + strconv.Itoa(level))
	}
	rs := []rule{{cats, sev, 0.9, strings.Join(strong, "\n")}, {cats, sev, 0.75, strings.Join(mid, "\n")}}
	if len(weaker) > 0 {
		rs = append(rs, rule{cats, sev, 0.65, strings.Join(weaker, "\n")})
	}
	return rs
}

// rules are the lexicon. Weights are the confidence that a match alone
// makes a text abusive; the text is abusive from 0.5 (see score). Each
// block says what it covers; the words are hand-written (see the top of
// this file).
var rules = slices.Concat([]rule{
	// ── Insults ─────────────────────────────────────────────────────
	//
	// Strong insults and the fixed insulting phrases of French (nique
	// ta mère, ta gueule, va te faire foutre…; fils de pute is an idiom,
	// below), written from moderation practice: Insulting.
	{"insult", Insulting, 0.9, `@strong
		[@adjStrong|@adjMild @strong]
		nique|niquer|nik|niquez ta|tes|vos|sa|votre mère|mere|race|morts|sœur|soeur|grand
		trou|trous du|de cul|balle
		sous merde|merdes
		ferme|fermez|fermes ta|vos|votre gueule|gueules
		!sur|dans|à|a|de|d|en|sa|la|ma|@hurtInf|@hurtPres|@hurtFut|@killInf|@killPres|@killFut|refaire|arracher|arrache [ta gueule] !de|d
		^ [tg] $
		^ [tg] ta|sale|connard|connasse
		mange|bouffe merde|merdes
		lèche cul|culs
		tête|tronche|face de|d con|nœud|bite|cul|gland|fion|pet|chiotte|chiottes|pine
		sac|sacs à|a merde|vin
		va|allez|vas te|vous faire foutre|enculer|mettre
		allez|va|vas chier|niquer
		allez|va|vas te|vous branler
		je|j|on te|t|vous encule|nique
		bande de|d @strong|@slur
		petite|pauvre|sale|espèce|sacrée|grosse merde
		journal|journaliste|ministre|député|maire|élu|présidente|président|prof|politicien|facho|gaucho de merde
		@person|@label|@harsh|@harshStrong|@harsh2|@mid de merde`},
	{"insult", Insulting, 0.75, `[espèce de|d @strong|@person|@mid]
		[sale|sales|gros|grosse|vrai|vraie|sacré|sacrée @mid]
		[pauvre|pauv type|types]
		[sale|sales @person]
		[gros|grosse|grosses porc|porcs|vache|vaches|truie|truies|baleine|baleines|dinde]`},
	{"insult", Insulting, 0.68, `@mid`},
	{"insult", Insulting, 0.55, `!c|ça|cela|ce|tout|qui|rien|idée|plan|truc|film|jeu|texte|loi|projet|chose est|était|sont [con|conne|connes|cons|abruti|abrutie|abrutis|crétin|crétine|crétins|imbécile|imbéciles|idiot|idiote|idiots]`},

	// The name-calling of harsh political talk (seed 000's traître,
	// collabo, carpette, larbin; seed 002's « sale putophobe »): abusive,
	// but Harsh.
	{"insult", Harsh, 0.9, `@harshStrong
		[@adjStrong|@adjMild @harshStrong]`},
	{"insult", Harsh, 0.68, `@harsh
		lèche bottes`},
	{"insult", Harsh, 0.75, `[espèce de|d @harsh|@harshStrong|@label]
		[sale|sales|gros|grosse|vrai|vraie|sacré|sacrée @harsh]
		[sale|sales @label]`},
	// "sale" before a political or ideological label ("sale putophobe",
	// seed 002): an insulting form, weakly.
	{"insult", Harsh, 0.6, `[sale|sales ~iste|~istes|~phobe|~phobes]`},

	// Sexist slurs (seed 002's « salope »): insult and sexual, Degrading.
	{"insult+sexual", Degrading, 0.9, `@sexist
		[@adjStrong|@adjMild @sexist]
		bande de|d @sexist`},
	{"insult+sexual", Degrading, 0.75, `[espèce de|d @sexist]
		[une|cette|vieille putain|putains] !de|d
		[une|cette|grosse|petite|sale traînée|traînées] !de|d
		[sales|sale|grosse|gros|cette|une|vieille pouffe|pouffes]`},
},
	// Weak words in a context that points at a person.
	contexts(1, "weak", "insult", Insulting),
	contexts(2, "weak2", "insult", Insulting),
	contexts(3, "weak3", "insult", Insulting),
	contexts(2, "harsh2", "insult", Harsh),
	contexts(2, "sexist2", "insult+sexual", Degrading),
	contexts(3, "sexist3", "insult+sexual", Degrading),
	contexts(1, "ableist", "insult", Degrading),
	contexts(2, "ableist2", "insult", Degrading),
	[]rule{
		// « l'attardé », « l'gogol »: the elided article before an
		// ableist slur, as « un attardé » (level 1, weaker).
		{"insult", Degrading, 0.65, `l [@ableist]`},
		// « retournez sucer Lucas », « va sucer » as an order: sexual,
		// Degrading; not before an article or a possessive (« va sucer
		// ton pouce », « allez sucer des glaçons ») nor after a subject
		// (« il va sucer »).
		{"sexual", Degrading, 0.9, `!@notGo|ça|ca|bébé|enfant|gamin retourne|retournez|retournes|va|vas|allez sucer !@notSuck`},
		// ── Hate ────────────────────────────────────────────────────
		//
		// Slurs, the tokenism slurs of seed 000 (« Arabe de service »,
		// « beur domestique »), "sale" before a group, dehumanising
		// sentences, "go back to your country", and the antisemitic and
		// nazi formulas that moderators meet most: Degrading.
		{"hate", Degrading, 0.95, `@slur`},
		{"hate", Degrading, 0.9, `arabe|arabes|noir|noirs|noire|beur|beurs|rebeu|renoi|black|musulman|musulmane|bougnoule|nègre|juif|maghrébin|harki|beurette de|d service
			beur|beurs|arabe|arabes|nègre|nègres|noir|noirs|rebeu|musulman|beurette domestique|domestiques
			nègre|nègres|noir|noirs|arabe|arabes de maison
			sale|sales race|races
			race|races inférieure|inférieures
			race|races de sous hommes
			sous race|races|homme|hommes
			[sale|sales @group]
			!une|la|cette|leur|sa|grande|petite|la [espèce|bande de|d @group]
			@group de merde
			[@adjStrong @weakSlur]
			[espèce|bande de|d @weakSlur]
			[sale|sales melon|melons]
			[espèce de|d melon|melons]
			@be2 @intens? @intens? @det? [@weakSlur]
			^ [@weakSlur] $
			^ [@weakSlur] va|vas $
			un|des|les|ces|ce|cette|mon|ton [pd]
			@group/pl ne? sont|étaient|seront|restent @all? que|qu? des|les @dehum
			@group/pl ne? sont|étaient|seront|restent @all? @dehum
			les|ces @group/pl c est|ce sont des @dehum
			juif|juifs contrôlent|dirigent|possèdent|tiennent|contrôlaient les|la|le|tout|nos médias|finance|banques|monde|pouvoir|gouvernement|tout|presse
			face|faces de|d citron|craie
			hitler avait|a raison
			vive|heil hitler
			sieg heil
			!@notGo @goBack dans|à|au|en ton|ta|tes|votre|vos|leur @home
			!@notGo @goBack2 au|en|à|dans le|la? @homeLand
			!@notGo casse|cassez|barre|barrez toi|vous dans|à|au|en ton|ta|votre|leur @home
			chez toi|vous en|au @homeLand
			renvoyez|renvoyer|expulsez|expulser|virez|virer|renvoie|dégagez|dégager les|tous|ces @group/pl? chez eux
			renvoyez|renvoyer|expulsez|expulser|virez|virer|renvoie|dégagez|dégager les|tous|ces @group/pl? dans|au|en leur? pays|bled|afrique|brousse
			@group/pl dehors
			dehors les|tous|ces @group/pl
			retour au|à|en bled|afrique|brousse|jungle`},
		// "Rentre chez toi" alone is not enough: it is xenophobic beside
		// other abuse (seed 000: "t'es qu'un collabo et un traître, rentre
		// chez toi"), ordinary in a quarrel.
		{"hate", Degrading, 0.45, `^ rentre|rentrez|retourne|retournez chez toi|vous`},
		// Hate without slurs against a protected group named as such
		// (hated, hatedStatus): the author's hatred (« je déteste les
		// musulmans », « j'emmerde les trans », « je trouve les femmes
		// dégueulasses »), what a group is said to be (« les X sont des
		// ordures / une plaie / dégueulasses »), the disgust a group
		// gives (« les X me dégoûtent / me donnent la nausée »), calls
		// to lock up or expel a group (« les X devraient être
		// enfermés »; expulsion not for a legal status, see
		// hatedStatus), and what a group « mérite ». The group noun
		// must be the subject or the object: not after de, des, pour…
		// (notSubj: « les conditions des migrants sont dégueulasses »);
		// a relative after it restricts and is left out (« je déteste
		// les femmes qui trichent »). Negation and reporting are the
		// context's (« je ne déteste pas les trans », « arrêtez de dire
		// que les X sont … »). Degrading. Second round (HateCheck's
		// train and dev templates, the examples): derogatory
		// attributes (vile2: « les X sont tous malhonnêtes », « à ce
		// point stupides », « des êtres inférieurs », « les pires »; not
		// before de, que: « ignorants de leurs droits », « aussi
		// cruelles que les hommes »), the emotion a group gives (« me
		// rendent furieux », « me mettent hors de moi », « je ne
		// supporte pas les X », « j'ai tant de haine pour les X », « rien
		// de plus répugnant qu'un X », « un parfait manque de respect
		// pour les X »), negated positives (« n'ont pas leur place sur
		// cette terre », « ne pourront jamais être aussi intelligents
		// que »), slurs in the plural (« il y a trop de bamboulas dans ce
		// pays »).
		{"hate", Degrading, 0.9, `je|j|on|moi @hateV @all? les|ces @hated/pl|@hatedStatus/pl !qui|qu|quand|lorsque|lorsqu|que
			nous @hateVPl @all? les|ces @hated/pl|@hatedStatus/pl !qui|qu|quand|lorsque|lorsqu|que
			@hateGlued @all? les|ces @hated/pl|@hatedStatus/pl !qui|qu|quand|lorsque|lorsqu|que
			je|j trouve @all? les|ces @hated/pl|@hatedStatus/pl @hateIntens? @hateIntens? @vile
			je|j ai|a la? haine des|contre|envers les? @hated/pl|@hatedStatus/pl
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous|moi? sont|étaient|seront|restent|êtes @hateIntens? @hateIntens? des|de|d? la|les? @vile
			!@notSubj @hated/pl|@hatedStatus/pl c|cé|ce sont? @hateIntens? des|de|d? la? @vile
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous|moi? ne|n sont|étaient|seront|restent|êtes @hateIntens? @hateIntens? que|qu des|de|d? la? @vile
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous|moi? sont|étaient|seront|êtes @hateIntens? @hateIntens? un|une @plague
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m @hateIntens? @disgust
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m donnent|filent @hateIntens? @hateIntens? la nausée|gerbe
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m font @hateIntens? vomir|gerber|horreur
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m rendent @hateIntens? malade|malades
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? @mustBe @all? être @all? @lockPP
			!@notSubj @hated/pl comme? toi|vous? @mustBe @all? être @all? @expelPP
			@faut|@aux @extermV @all? les|ces @hated/pl|@hatedStatus/pl
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? ne|n sont @hateIntens? @hateIntens? des|de|d? la|les? @vile
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous|moi? ne|n? sont|étaient|seront|restent|êtes @hateIntens? @hateIntens? @vile2 !de|d|du|des|à|a|au|aux|en|sur|face|que|qu
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous|moi? sont|étaient|seront|êtes @all? aussi|si|tellement @vile2|@vile !de|d|du|des|à|a|au|aux|en|sur|face|que|qu
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous|moi? sont|étaient|seront|êtes @all? à|a ce point @vile2|@vile
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous|moi? sont|étaient|seront|êtes @hateIntens? des êtres|sous inférieurs|inférieures|hommes
			!@notSubj @hated/pl|@hatedStatus/pl sont|étaient @hateIntens? les|la pires|pire $
			!@notSubj @hated/pl|@hatedStatus/pl sont|étaient @hateIntens? les|la pires|pire qui|de soient|soit|existent|tous|toutes|la
			je|j trouve @all? les|ces @hated/pl|@hatedStatus/pl @hateIntens? @hateIntens? @vile2 !de|d|du|des|à|a|au|aux|en|sur|face|que|qu
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m rendent @hateIntens? @rage
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m rendent fou|folle|folles de rage
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m mettent @hateIntens? hors de|d moi
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? me|m font @hateIntens? bouillir|gerber|vomir|horreur
			je|j ne|n? peux|supporte|supporterai|peut @hateIntens? pas|plus supporter? les|ces @hated/pl|@hatedStatus/pl !qui|qu|quand|lorsque|lorsqu|que|dont|de|d
			je|j ai|éprouve|ressens @hateIntens? tant|trop|tellement|beaucoup? de|d haine|mépris|dégoût|dédain pour|envers|contre @all? les|ces|vous? autres? @hated/pl|@hatedStatus/pl
			je|j suis @hateIntens? dégoûté|dégoûtée|dégouté|dégoutée|écœuré|écœurée|écoeuré|écoeurée|répugné|répugnée par @all? les|ces @hated/pl|@hatedStatus/pl !qui|qu|quand|lorsque|lorsqu|que|dont|de|d
			je|j éprouve|ai|ressens un|une? @hateIntens? parfait|total|profond|immense? manque de|d respect pour|envers @all? les|ces @hated/pl|@hatedStatus/pl
			je|j refuse @hateIntens? de|d accorder|donner du|le|mon|moindre? respect à|a|aux @all? ces|les? @hated/pl|@hatedStatus/pl
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? n|ne ont pas|plus|aucunement leur place sur|dans cette|notre|la|le|ce terre|planète|société|pays|france|monde
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? n|ne ont aucun droit d|de être|rester en vie
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? n|ne ont aucun droit de|d vivre|exister !dans|comme|ainsi|sous|avec|en|sans|de|d|à|a|au|aux|là|ici|chez|parmi|seuls|seules|libres|heureux|heureuses|normalement|cachés|cachées|tranquilles|dignement
			!@notSubj @hated/pl comme? toi|vous? ne|n pourront|seront|peuvent jamais|pas être? aussi|si intelligents|intelligentes que|qu
			il y a|avait trop de|d nègres|négresses|bamboulas|ratons|bridés|bridées|pédales|tapettes|fatmas|romanos|romanichels|polaks|ritals|boches|harkis|@ableist/pl dans|en ce|cette|notre|la|le pays|france|ville|quartier|gouvernement
			rien de|d plus horrible|dégoûtant|dégoutant|répugnant|immonde|abject|détestable|méprisable|ignoble|repoussant|dégueulasse qu|que un|une|les|des @hated !qui|qu|que|dont|de|d`},
		{"hate+threat", Degrading, 0.9, `!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? @merit de|d crever|mourir|disparaître|souffrir
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? @merit d|de être @all? @killPP
			@wish que|qu @all? les|ces @hated/pl|@hatedStatus/pl soient|soit|finissent @all? @killPP
			@wish|aimerais|voudrais @hateIntens? voir @all? les|ces @hated/pl|@hatedStatus/pl souffrir|crever|mourir|brûler|cramer
			!@notSubj @hated/pl comme? toi|vous? se faisaient|fassent|feraient @killInf
			se porterait|porteraient|serait|seraient mieux sans @all? les|ces? @hated/pl !de|d|du|qui|qu|que|dont
			monde juste|idéal|parfait @all? les|ces @hated/pl|@hatedStatus/pl seraient morts|mortes|@killPP
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? ne|n méritent pas|plus de|d vivre|exister !dans|comme|ainsi|sous|avec|en|sans|de|d|à|a|au|aux|là|ici|chez|parmi|seuls|seules|libres|heureux|heureuses|normalement|cachés|cachées|tranquilles|dignement`},
		// Calls to kill a group: Violent. Second round: someone called on
		// to kill (« quelqu'un devrait poignarder ces X », « briser le
		// cou de ces X »), the first person plural (« éradiquons ces X »,
		// « débarrassons-nous des X », « nous ne devons laisser vivre
		// aucun X »), « je vais tirer sur le prochain X ». The wishes
		// (« je souhaite que les X soient abattus », « le monde se
		// porterait mieux sans les X ») are Degrading, above.
		{"threat+hate", Violent, 0.92, `@faut|@aux|allons|aller @killInf @all? les|ces @group/pl
			@group/pl|tous|toutes au|aux|à|a la? @oven
			@group/pl|tous|toutes|les à|a la chambre|chambres à|a gaz
			hitler aurait|aurais du|dû finir|terminer le|son travail|boulot
			^ mort à|a|aux @group
			!@notSubj @hated/pl|@hatedStatus/pl comme? toi|vous? @mustBe @all? être @all? @killPP
			!@notSubj @hated/pl de|d ce|cette genre|espèce|type @mustBe @all? être @all? @killPP
			quelqu un? devrait|doit|pourrait|pouvait|va @hateIntens? @killInf|briser|éliminer|exterminer @all? les|ces @hated/pl|@hatedStatus/pl
			quelqu un? devrait|doit|pourrait|pouvait|va @hateIntens? briser|casser|tordre|trancher|couper le|la cou|gorge|nuque de|d|des|à|a @all? ces|les? @hated/pl|@hatedStatus/pl
			@subj|@faut @aux? aller? leur|les briser|casser|tordre|trancher|couper le|la cou|gorge|nuque à|a @all les @hated/pl|@hatedStatus/pl
			@aux @hateIntens? @killInf haut et court @all? les|ces @hated/pl|@hatedStatus/pl
			exterminons|éradiquons|éliminons|massacrons|gazons|tuons|butons @hateIntens? @all? les|ces @hated/pl|@hatedStatus/pl
			débarrasser|débarrassons|débarrassez nous|vous? des|de|d @hated/pl !de|d|du|qui|qu|que|dont
			@subj @aux aller? tirer une? balle? sur le|la|les|ce|cet|cette|ces prochain|prochaine|prochains @hated|@hatedStatus
			@subj @aux aller? mettre fin à|a la vie de|d|des chaque|tous|toutes|ces? @hated|@hatedStatus
			ne|n devons|devrions|devez|devriez|doit|devrait|faut|faudrait laisser vivre aucun|aucune @hated`},
		// Pronouns that refer to a group named in the clause or the
		// sentence before (« Les X ne changeront jamais. Il faudrait
		// les éradiquer. », « Quand les X rétorquent, j'ai juste envie
		// de les tuer. », « … je les déteste »): calls and wishes to
		// kill them (Violent), the author's hatred (Degrading, below).
		// The subject is the author or « il faut », never a past tense
		// (« les nazis voulaient les exterminer » is history); a plural
		// noun after an article between the group and the pronoun takes
		// the reference (« les femmes ont planté des ronces, il faudrait
		// les éradiquer »: see tables.before); « s'en débarrasser » is
		// left out (« en » is things as often: « on devrait s'en
		// débarrasser, de ces caravanes »).
		{"threat+hate", Violent, 0.9, `<@hated/pl|@hatedStatus/pl je|j|on|nous @aux @hateIntens? @all? les|leur @all? @extermV|@killInf
			<@hated/pl|@hatedStatus/pl faut|faudrait|faudra @hateIntens? @all? les @extermV|@killInf
			<@hated/pl|@hatedStatus/pl envie de|d les|leur @all? @extermV|@killInf
			<@hated/pl|@hatedStatus/pl charger|occuper de|d les faire souffrir|crever|disparaître`},
		{"hate", Degrading, 0.9, `<@hated/pl je|j les @hateV @all? !pas|plus|jamais|point|guère|quand|lorsque|lorsqu|si|parfois|quelquefois
			<@hated/pl je|j les trouve @hateIntens? @hateIntens? @vile`},
		// A rape threat against a member of a group (« il va falloir que
		// je viole une femme »; not « on viole », a report of war
		// crimes as often): Violent.
		{"hate+sexual+threat", Violent, 0.92, `je|j viole|violerai un|une|les|ces|des|cette|ce|cet @hated`},

		// ── Threats ─────────────────────────────────────────────────
		//
		// Threat frames: a subject and an auxiliary (je vais, on va, il
		// faut, faudrait) before an object pronoun and a violent verb;
		// calls to shave (seed 002: « faudrait la tondre ») and to beat
		// (« lui casser la gueule »); "on sait où tu habites"; calls to
		// punish; harassment until death: Violent. Death and suicide
		// wishes: Degrading.
		{"threat", Violent, 0.95, `@subj @aux aller? @all? @op @killInf
			jvais|jvai aller? @all? @op @killInf
			il? @faut @all? @op @killInf
			@subj @op @killFut
			@subj @op2 @killPres
			!vous @killImp la|le|les|l|lui|leur`},
		{"threat", Violent, 0.8, `@subj @aux aller? @all? @op2 @hurtInf
			jvais|jvai aller? @all? @op2 @hurtInf
			il? @faut @all? @op2 @hurtInf
			@subj @op2 @hurtFut|@hurtPres
			@subj @aux aller? @op|lui faire la peau
			@subj @aux aller? @op|lui refaire le portrait
			@faut lui|leur|la|le|les faire la peau
			on|nous aura|aurons ta|sa|leur|votre peau
			on|nous va|allons avoir ta|sa|leur|votre peau
			@subj @aux aller? @op|lui casser|péter|éclater|exploser|défoncer|fracasser|arracher|niquer|démonter|refaire|crever|couper la|les|le|ta|tes|sa @headT
			@subj @op|lui casse|pète|éclate|explose|défonce|arrache|nique|démonte|crève la|les|le @headT2
			@subj @op|lui casserai|péterai|éclaterai|exploserai|défoncerai|arracherai|couperai la|les|le @headT
			il? @faut @op|lui|leur casser|péter|éclater|exploser|défoncer|fracasser|démonter|arracher|refaire la|les|le|sa|ta|leur @headT
			^ lui|leur casser|péter|éclater|exploser|défoncer|fracasser|démonter la|les|sa|leur @headT2
			!@lawn à|a tondre
			à|a la|le|les tondre
			@faut la|le|les|te tondre
			@subj @aux te|vous tondre
			que|qu on la|le|les|te|vous tonde|tondent
			!vous tondez|tondons la|le|les $`},
		{"threat", Violent, 0.85, `!@shot|@merit une|1|deux|12|des balle|balles dans|entre @poss @body
			^ une|1 balle $
			tes|vos|ses|leurs jours sont comptés
			on|je|j sait|sais|connait|connais|connaissons|savons où tu|vous|il|elle @live
			on|je|j sait|sais|connait|connais|connaissons|savons où sont|vont|habitent|dorment tes|vos|ses @kid
			tu|vous ne perds|perdez rien pour attendre
			^ mort à|a|aux *
			^ à|a mort les|le|la *
			[au @punish] $
			[à|a la @punish] $
			^ [au @punish] !de|d|du|des
			^ [à|a la @punish] !de|d|du|des
			@harass *? *? *? *? jusqu à ce que|qu tu|t|vous|il|elle|ils|elles @dieS
			@harass *? *? *? *? jusqu à ta|sa|votre|leur mort`},
		{"threat", Degrading, 0.85, `!@fear que|qu tu|t|il|elle|ils|elles|vous @dieS !@notDie
			@wish que|qu tu|t|il|elle|ils|elles|vous @goAux crever|mourir|clamser !de|d
			^ crève|crèves|crevez !@notDie
			^ va|vas|allez|aller crever|mourir|clamser !de|d
			et va|vas|allez crever|mourir|clamser !de|d
			tu|vous peux|pouvez|peut aller? crever|clamser
			^ va|vas|allez te|vous pendre|tuer|suicider|flinguer|noyer|buter|immoler !de|d
			^ va|vas|allez te|vous jeter !à|a|dans|au
			pends|tue|suicide|flingue|noie|immole toi|vous
			@wish|je|j te|vous|lui|leur souhaite|souhaiterais de|d crever|mourir|clamser
			souhaite|souhaiterais|souhaitons|souhaitent un|une cancer|avc|mort|accident
			souhaite|souhaiterais|souhaitons|souhaitent ta|sa|leur|votre|la mort
			@merit une|1|la|le balle|mort|corde|potence|bûcher|guillotine|peloton|chaise|balles
			@merit de|d crever|mourir|clamser
			@merit d|de être pendu|pendue|pendus|abattu|abattue|abattus|fusillé|fusillée|fusillés|tué|tuée|tués|égorgé|égorgée|brûlé|brûlée|brûlés|lapidé|lapidée`},
		{"threat", Violent, 0.72, `@subj @aux venir? @op2 retrouver !@notPlace
			@subj @op2 retrouverai|retrouvera|retrouverons|retrouveront !@notPlace
			on|je|j a|ai|avons|connait|connais|connaissons ton|ta|votre|vos adresse|adresses
			tu|vous vas|allez|va le|la|me|nous regretter|payer
			tu|vous vas|allez|va payer|prendre cher
			!que|qu tu|vous vas|allez|va morfler|crever !de|d
			tu|vous vas|allez|va le sentir passer
			surveille|surveillez tes|vos|ses arrières|enfants|gosses
			ça|cela va mal finir pour toi|vous|lui`},
		// Implicit and sms threats aimed at a person, and threats against
		// a protected group: the announced surprise (« tu vas voir ce qui
		// va t'arriver », at the end of its clause: « … en ouvrant ton
		// cadeau » is a gift), sms forms of the threat frames (« jte
		// bute », « jvais tegorger », « je vais te demonte ta gueule »,
		// « jsais où tu bosses »), harm to the body (« je vais t'arracher
		// la langue », « je vais te faire très mal », « tu vas finir à
		// l'hôpital »), to the home and family (« je vais foutre le feu à
		// ta baraque », « ta famille va le payer »), weapons (« on va
		// t'attendre avec des barres de fer »), calls on someone (« que
		// quelqu'un le bute ») and threats to kill a group (« je vais
		// massacrer les musulmans »). Games and sports cancel them (see
		// the exceptions: « je vais te défoncer au tennis »). Violent.
		{"threat", Violent, 0.85, `tu|vous vas|va|allez voir ce qui|quil|qu|que il? va|vas|vont t|te|vous arriver !@notThreat
			tu|vous vas|va|allez voir ce qui|quil|qu|que il? va|vas|vont tarriver !@notThreat
			tu|vous vas|va|allez voir ce que|qu tu|vous vas|allez|va prendre|ramasser|morfler !@notThreat
			tu|vous vas|va|allez voir ce que|qu je|j|on vais|va|allons te|vous faire|mettre !@notThreat
			jte|jt|jvais|jvai @killPres|@killGlued|@killInf
			jte|jt @hurtPres
			jvais|jvai|jte|jt|on|je|j @aux? @hurtGlued
			@subj @aux aller? @killGlued
			jvais|jvai venir? @op2 retrouver !@notPlace
			@subj @aux aller? @op|lui casse|pète|éclate|explose|défonce|fracasse|démonte|nique|arrache|refait la|les|le|ta|tes|sa @headT
			jsais|jconnais|chais ou|où tu|vous @live
			@subj @aux aller? @op2|lui arracher|couper|trancher|ouvrir|briser|tordre|crever|percer|éclater la|le|les|ta|ton|tes langue|ventre|gorge|cou|bide|yeux|œil|oeil|doigts|crâne|gueule|tronche
			[@subj @aux aller? @op2 faire @hateIntens? mal] $
			[@subj @aux aller? @op2 faire souffrir] $
			@subj @aux aller? @op2 envoyer|mettre|expédier à|a|au|aux la? morgue|cimetière
			@subj @aux aller? @op2 envoyer|mettre|expédier six pieds sous terre
			[@subj @aux aller? @op2 envoyer|mettre|expédier à|a|au|aux l|les? hôpital|hosto|urgences] $
			[tu|vous vas|va|allez finir|terminer à|a|au|aux l|la|les? hôpital|hosto|urgences|morgue|cimetière|cercueil] $
			[tu|vous vas|va|allez finir six pieds sous terre]
			@subj|jvais|jvai @aux? aller? foutre|mettre le feu à|a|chez ta|ton|tes|toi maison|baraque|voiture|bagnole|caisse|appart|appartement|permanence|bureau|boutique|magasin|maison
			@subj|jvais|jvai @aux? aller? brûler|cramer|incendier ta|ton|tes maison|baraque|voiture|bagnole|caisse|appart|appartement|permanence|bureau|boutique|magasin
			ta|ton|tes|votre|vos famille|femme|mari|enfants|gosses|mère|daronne|fille|fils|proches|parents va|vont le|la payer|regretter
			ta|ton|tes|votre|vos famille|femme|mari|enfants|gosses|mère|daronne|fille|fils|proches|parents va|vont morfler|y passer
			@subj @aux aller? @op2 attendre *? *? *? avec des|une|un|nos|mes @weapon
			@subj @aux aller? venir? @op2 chercher|retrouver|attendre *? *? avec des|une|un|nos|mes @weapon
			tu|vous vas|va|allez le regreter|regretté
			quelqu un? devrait|doit|pourrait|peut|pouvait|va @hateIntens? @op|lui|leur @killInf
			que|qu quelqu un? @op|lui|leur @killPres
			@subj|@faut @aux? aller? @killInf|@killGlued|assassiner|torturer|exterminer|éradiquer|éliminer @all? les|ces|une|un|ce|cette|chaque @hated|@hatedStatus
			@subj @aux @killPres ce|cet|cette|ces|les|un|une @hated|@hatedStatus
			@faut|@subj @aux? aller? faire souffrir les|ces|tous|toutes @hated/pl|@hatedStatus/pl`},
		{"threat", Degrading, 0.85, `@merit que|qu on|quelqu un? @op @killPres`},
		// Hints: threatening beside other abuse, ordinary alone.
		{"threat", Violent, 0.45, `fais|faites gaffe à|a toi|vous
			@subj @aux s|m|nous occuper de|du toi|ton|vous|son cas
			@subj @aux bien? soccuper|moccuper de|du toi|ton|son cas`},

		// ── Sexual ──────────────────────────────────────────────────
		//
		// Rape threats, calls and wishes (seed 002: « tournante »), sexual
		// harassment (sexual acts, body parts, requests for nudes), and
		// the sexual slurs and innuendo aimed at women in public life
		// ("elle a couché pour", "mal baisée"). Threats, calls and wishes
		// of rape or gang-rape are Violent; the rest Degrading.
		{"sexual+threat", Violent, 0.92, `@subj @aux aller? @all? @op violer|sodomiser|enculer
			jvais|jvai aller? @all? @op violer|sodomiser|enculer
			il? @faut @all? @op violer
			@subj @op violerai|violera|violerons|violeront|sodomiserai
			!vous violez la|le|les
			!que|qu je|j|tu|t|il|elle|on|ils|elles|vous @goWill te|se|vous faire violer|violée|violé|tringler|défoncer|sodomiser
			bonne|bonnes à|a violer`},
		{"sexual+threat", Violent, 0.92, `!@fear que|qu tu|t|il|elle|ils|elles|vous|on se|te|vous fasse|fasses|fassent|fera|feras|feront|fassiez @rapeP
			@goWish te|se|vous faire violer|violée|violé|tringler|défoncer|sodomiser
			@wish que|qu tu|t|il|elle|ils|elles|vous @goWill te|se|vous faire @rapeP
			@merit de|d se|te|vous faire @rapeP
			@merit d être violée|violées|violé|violés
			@wish que|qu on te|la|le|les|vous viole|violent
			@wish que|qu * *? se|te fasse|fasses|fassent|fera|feras|feront|ferait @rapeP
			@wish|je|j te|vous|lui|leur souhaite|souhaiterais de|d te|vous|se faire @rapeP`},
		{"sexual+threat", Violent, 0.9, `!@notTournante [tournante|tournantes] !de|du|des|d|entre`},
		{"sexual+insult", Degrading, 0.9, `@sexWord
			grosse|grosses chienne|chiennes
			grosse|grosses|sale|petite cochonne|cochonnes
			mal baisée|baisé|baisées|baisés
			malbaisée|malbaisées
			sac|sacs|vide|garage|garages|trou|trous à|a foutre|bite|bites|couilles|sperme
			vide couilles
			suce boules|bites`},
		{"sexual", Degrading, 0.9, `baisable|baisables
			tu suces $
			viens|venez sucer
			photo|photos de|d tes|ta|ton seins|nichons|fesses|cul|chatte
			@subj @op2 baise|baiserai !les
			couché|couchée avec qui
			^ ton petit|gros? cul $
			suce|suces|sucer|sucez ma|mon|des|une|nos|les @sexPart
			suce|sucez moi
			viens|viendra|venez me|la|le sucer
			bonne|bonnes|juste|faite à|a baiser|sucer|tringler|sauter|niquer|enculer
			@subj @aux aller? @op2|la baiser|sauter|tringler|prendre
			@subj @op2|la baiserais|sauterais|tringlerais|prendrais|baiserai
			je|j me la|le ferais|taperais|tape|taperai|ferai bien?
			montre|montrez|envoie|envoies|envoyez moi|nous? tes|ta|ton|vos|des seins|nichons|nibards|fesses|cul|chatte|nudes|nude
			a|as|avez|ont sucé|couché|couchée pour|combien|qui
			sucé|sucée|couché|couchée pour avoir|obtenir|arriver|être|son|sa|le|la|ce|cette|en|un|une
			promotion|promo canapé
			je|j me branle|branlerais sur|devant ta|tes|ton|sa|vos
			je|j me suis branlé sur|devant ta|tes|ton|sa|vos
			@subj @aux aller? jouir|éjaculer|gicler sur|dans ta|ton|tes|toi
			tu|t|elle|il aimes|aime|aimerais la|les|le bite|bites|queue|sperme
			ta petite? chatte|schneck|foufoune
			ma|mon grosse? bite|queue|teub|zob|chibre !de|d
			à|a genoux et|pour suce|sucer
			elle|tu|il suce|suces bien
			doit|dois|doivent bien? sucer`},

		// ── Exceptions ──────────────────────────────────────────────
		//
		// Hand-written from the false alarms a naive filter raises on
		// news and everyday talk: the fly swatter, the raccoon, the
		// bicycle pedal, the mood « quel cafard », the rotating
		// presidency and the table tennis « tournante », the trail « traînée de poudre », the lawn to
		// mow, the sex workers' own words (seed 002: "le viol des
		// putes"), swearing that targets nobody, and the reprisals that
		// happen at the ballot box (see "Political pressure" above).
		{"", NoSeverity, 0, `raton|ratons laveur|laveurs
			tapette|tapettes à|a mouches|souris|rats
			pédale|pédales de|d|du frein|vélo|accélérateur|embrayage|gaz|piano
			pédale douce
			perdre|perd|perds|perdu|perdent|perdais les pédales
			viol|viols|droits|parole|marche|syndicat|collectif|fierté|santé|assemblée|travail des|de putes|pute
			coup|coups de|d pute|putain
			putain|putains de|d
			nom|noms d|de un? chien
			temps|mal|vie|caractère|humeur de|d chien|chiens
			chien|chiens de garde|traîneau|chasse|berger
			vache|vaches folle|folles|laitière|laitières|sacrée|sacrées|maigres
			vache|vaches à|a lait
			peau de|d vache
			à|a la con|cons
			chili con carne
			quel cafard
			idiot|idiots|idiote|idiotes utile|utiles
			@op @killInf dans l œuf
			pendre la crémaillère
			crève les yeux
			enculer|encule|encules les mouches
			mort aux rats
			tournante|tournantes au|à|a ping|pingpong|tennis|babyfoot|baby|billard
			inférieur|inférieurs|inférieure|inférieures en nombre
			@killInf|@hurtInf|@killGlued|@hurtGlued|@killPres|@hurtPres|@killFut|@hurtFut *? *? au|à|a|aux|en @game
			traînée|traînées de|d
			tondre|tonde|tondent|tondez|tondons ce|cette|la|le|les|ta|ma|sa|ton|mon|son|notre|votre|leur|leurs|nos|vos|mes|tes|ses? @lawn
			payer|regretter|peau aux|au|dans|lors|en les|des? prochaines|prochains|prochaine|prochain? @ballot`},
	})

// idioms are fixed insults read as a whole: the matches inside an
// idiom's span give way to it. "fils de pute", "ta mère la pute" and
// "enfant de salope" insult through someone's mother: insults,
// Insulting, not the sexist slur their last word is on its own.
var idioms = []rule{
	{"insult", Insulting, 0.9, `fils|fille|fils de|d pute|putain|chienne|chien|salope|garce|bâtard|catin|pétasse
		ta mère|mere la|une pute|chienne|salope|putain
		enfant|enfants de|d putain|salaud|salope`},
}

// fallbacks are rules that give way to any other match over the same
// words: "espèce de X" and "bande de X" are insults unless X says more
// ("espèce de tapette" is hate, not an insult).
var fallbacks = []rule{
	{"insult", Insulting, 0.65, `!@notKind [espèce de|d *]
		!@notKind [bande de|d *s]`},
}

// Verbs of threats: the infinitives; their future, present and
// imperative forms are conjugated by rule (conjugate). killInf kills or
// maims with any object; hurtInf hurts, and is a threat only against
// "te" or "vous" ("je vais le démolir" is a debate).
var (
	killVerbs = `tuer buter égorger crever pendre brûler cramer flinguer fusiller massacrer saigner
		poignarder étrangler noyer lyncher décapiter éventrer achever dézinguer trouer tabasser
		défigurer lapider immoler gazer crucifier dépecer fracasser suriner buter décalquer
		massacrer zigouiller liquider refroidir`
	hurtVerbs = `défoncer démolir exploser éclater frapper cogner taper démonter planter fumer
		descendre abattre niquer détruire dérouiller défoncer latter calmer rétamer marraver
		casser niquer`
)

// Cue words: the words that tell reported, quoted and negated abuse
// from uttered abuse (see context.go). Hand-written from French news
// reports of online abuse (the seed 000 article: "Se faisant traiter
// « d'Arabe de service », de « collabo »…") and from replies that report
// the abuse their author receives.
var cues = map[uint32]string{
	// naming verbs: "traiter X de Y", "se faire traiter de", "qualifier
	// de", "insulter de"; a span after "de" in their sentence is reported.
	fNaming: `traiter traite traitée traites traitées traitent traitait traitaient traitant traiterait
		traiteraient traitera traiteront traitons traitez traitais traité traités traiterai
		traiterais traiterez traiterons insulter insulte
		insultée insultes insultées insultent insultait insultaient insultant insulté insultés
		qualifier qualifie qualifiée qualifiés qualifiées qualifient qualifiait qualifiant qualifié
		taxer taxe taxée taxés taxent taxait taxé surnommer surnomme surnommée surnomment
		surnommait surnommé affubler affublé affublée accuser accusé accusée injurier injurié
		injuriée injurient injuriait appeler appelle appelles appellent appelait appelaient
		appelez appelé appelée appelés appelées appelant`,
	// immediate cues: a span right after them is a mention ("le mot
	// pute", "m'a appelé sale arabe", "qui appellent à la tondre").
	fImmediate: `mot mots terme termes insulte insultes injure injures expression expressions
		qualificatif qualificatifs épithète épithètes surnom surnoms slogan slogans hashtag
		hashtags dire écrire crier hurler lancer scander taguer tweeter appeler appelé appelée
		appelés appelées appelait appelaient appellent appelle appelant appellerait
		appelleraient surnommé surnommée qualifié qualifiée traité traitée traités traitées traite
		criant hurlant scandant scandaient scandait scandé scande écrit écrivant tagué taguée
		insulté insultée insultés injurié injuriée lit lu graffiti tag tags inscription inscriptions
		appel appels`,
	// quote cues: a quotation is reported when its sentence (or the
	// one that introduces it) holds one of these.
	fQuote: `dit dis disent disait disaient dire disant dira diront écrit écrivent écrivait
		écrivaient écrire écrivant tweeté tweetait tweeter twitté posté postait publié publiait
		message messages commentaire commentaires réponse réponses mail mails courriel courriels
		courrier courriers lettre lettres sms tag tags graffiti graffitis inscription inscriptions
		tweet tweets post posts publication publications propos phrase phrases reçu reçue reçus
		reçues reçois reçoit reçoivent recevoir recevait recevais lancé lancée lancés lançait crié
		criait hurlé hurlait scandé répété répétait menace menaces menacé menacée menacent
		harcelé harcelée harcèlement plainte plaintes condamné condamnée condamnés poursuivi
		poursuivie procès tribunal prévenu prévenue accusé accusée victime victimes ciblé ciblée
		visé visée lire lisait selon rapporte rapportent raconte racontent témoigne témoignent
		affirme affirment explique ajoute répond répondu signale signalent dénonce dénoncent
		dénoncé injurieux injurieuse injurieuses insultant insultants insultante insultantes
		misogyne misogynes raciste racistes antisémite antisémites homophobe homophobes sexiste
		sexistes haineux haineuse haineuses ordurier orduriers ordurière ordurières cite citait
		citant citer citation citations titre titrait entendu entendre entend insultes insulte
		injure injures mot mots terme termes traiter traite traitée traité traités traitent
		traitait traitaient traitant insulter insultent insultait insulté insultée qualifié
		qualifiée qualifiant qualifie surnommé surnommée appelé appelée appellent appelait
		appelaient appelant appellerait hashtag slogan slogans qualificatif expression
		commenté commentait répondu répondait lâché lâchait balancé balançait déversé tagué
		taguée tagués taguer lis lisons lisez lit vois voit voyons déclaration déclarations
		remarque remarques blague blagues affirmation affirmations paroles discours croire`,
	// cue nouns: "des insultes comme…", "les messages : …".
	fCueNoun: `insultes insulte injures injure messages message tweets tweet commentaires
		commentaire mots mot termes terme noms menaces qualificatifs réponses propos horreurs
		amabilités joyeusetés slogans tags inscriptions graffitis déclarations remarques blagues
		affirmations paroles`,
	fListIntro: `comme tel tels telle telles type genre dont notamment ainsi`,
	// speech verbs: "il m'a dit que j'étais une salope".
	fSpeech: `dit disent disait disaient dira diront écrit écrivent écrivait écrivaient prétend
		prétendent prétendait affirme affirment affirmait insinue insinuent raconte racontent
		crie crient hurle hurlent répète répètent pense pensent croit croient explique
		expliquent trouve trouvent`,
	fNegator:   `pas jamais point guère nullement aucunement`,
	fNegatorNe: `plus ni personne`,
	fNe:        `ne n`,
	fNegQuant:  `personne aucun aucune rien nul nulle`,
	// transparent: words a negation reaches through ("je ne dis pas
	// qu'elle est une salope", "tu n'es pas un connard").
	fTransparent: `un une des de d du le la les l si aussi vraiment tellement trop tout toute
		forcément totalement complètement dis dit dire pense crois trouve affirme prétends
		suis es est sommes êtes sont était étais étaient serait serais sera seras être devenu
		devenue ai a as avons avez ont traite traitée traité traités insulte qualifie appelé
		appelée personne elle il ils elles tu vous c ce ça cela on je j t s m me te lui leur que
		qu jamais ni soit sois soient soyez fusse`,
	fDet:   `un une des du de d le la les l`,
	fQue:   `que qu ke`,
	fSelf:  `suis sommes jsuis chui chuis fais`,
	fFirst: `je j nous moi`,
	fObj:   `te t vous`,
	// words a reported span may stand behind: "traité de sale arabe",
	// "traiter de « vrai connard »".
	fWalk: `un une des qu que vrai vraie véritable gros grosse petit petite pauvre sale sales vieux
		vieille espèce bande sacré sacrée à a la le les`,
	fDe: `de d des du comme`,
	// verbs of saying, and their infinitives: the clause after them and
	// "que" may be reported speech (see counterSpeech in context.go).
	fSay: `dire dis dit disent disait disaient dira diront dise disent dites prétendre prétend
		prétends prétendent prétendait prétendaient répéter répète répètes répètent répétait
		répétaient affirmer affirme affirmes affirment affirmait écrire écrit écrivent écrivait
		raconter raconte racontes racontent racontait insister insiste insistes insistent
		hurler hurle hurlent clamer clame clament insinuer insinue insinuent soutenir soutient
		soutiennent croire`,
	fSayInf: `dire prétendre répéter affirmer écrire raconter insister hurler clamer insinuer croire
		soutenir`,
	// words of stopping and blame that govern a verb of saying: « arrêtez
	// de dire que », « c'est honteux de prétendre que », « ils ont tort
	// de répéter que ».
	fStop: `arrêter arrête arrêtes arrêtez arrêtons arrêtent arrêtera arrêteras arrêterez
		arrêterons arrêteront arrêterai arrêté cesser cesse cesses cessez cessent cessera
		stop stopper stoppez assez marre honte honteux honteuse inacceptable intolérable
		tolérable inadmissible scandaleux scandaleuse ignoble abject abjecte raciste racistes
		tort refuse refuser refusons interdit interdire faux fausse absurde ridicule
		dangereux dénoncer dénonce condamner condamne`,
	// verbs of continuing, starting and daring: reported when their
	// subject is not the author (« ils continuent à dire que », not « je
	// continuerai à dire que »).
	fGoOn: `continuer continue continues continuent continuez continuons continuera continueront
		continuait continué commencer commence commencent commencé recommence recommencent
		passent passe passer passé oser ose oses osent osez osé osait droit`,
	// verbs of hearing and letting: « entendre dire que », « laisser
	// dire que ».
	fHear: `entendre entend entends entendent entendu voir vois voit voient laisser laisse
		laisses laissez laissons laisserai laissera laisseront lire`,
	// endorsement: « ceux qui disent que … ont raison », « c'est la
	// vérité », « il avait raison de dire que ».
	fEndorse: `raison vérité vrai faut faudrait`,
	fHave:    `ont avaient auront eu c est`,
	fWrong:   `tort tord`,
	// verbs of learning: « apprends à écrire connasse » orders, it
	// mentions nothing (the insult after « écrire » is a vocative).
	fLearn: `apprendre apprends apprend apprenez apprenne réapprends réapprenez`,
	fTo:    `à`,
}
