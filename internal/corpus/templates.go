package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence templates. Each line is one sentence: words, punctuation
// (separated by spaces; the writer applies French spacing, elision and
// contraction), slots in braces and choices in brackets [a|b|c] (the
// first alternative is the most frequent; an empty one is allowed).
// Slots:
//
//	{S:kind}        subject noun phrase; sets the agreement of the verbs
//	                and adjectives that follow (inst, grp, grp0 without a
//	                complement, grpnum, dem, elus, anti, pers, persrole, role,
//	                je, tu, nous, vous, on, O, T, F, media, party, evt)
//	{V:class:tense[:neg][:t]}  verb agreeing with the subject (classes
//	                decide, act, opin, say, intr, mob, person, modal, decay;
//	                or {V=lemma:…}); tenses pres, pc, imp, fut, cond, pqp,
//	                proche, recent, inf, subj, ppr; neg pas, jamais, plus,
//	                rien; t adds a time adverb (after the object when the
//	                verb ends with fixed words: "revenir sur X hier")
//	{O} {O:dem} {O2} the post's topic ("la fermeture de la piscine
//	                municipale"), its short form ("cette fermeture"), another one
//	{F} {T} {G}     facility, theme and group noun phrases ({G:bare},
//	                {G:indef}, {G:0} without a complement)
//	{N:class:det[:pl][:pre]}  noun (eval, event, misc, time, trend, action,
//	                dec, place) with a determiner (def, indef, dem, bare, poss, our)
//	{A:class:agr}   adjective (neg, pos, rel, state, emo, pre, or =lemma)
//	                agreeing with S (subject), N (last noun) or fixed (fs, mp, fp)
//	{PP:class:agr}  past participle, of a class or =lemma
//	{adv:class}     adverb (deg, man, time, fin)
//	{P} {P:role} {P:roleend} {R} {pron} people; {town} {dem} {party} {list}
//	                {media} {assoc} {src} {PL} {street} {TR} {AMT} {anti}
//	{num} {num2} {sig} {pct} {money} {hour} {day} {date} {year} {until}
//	{link} {tag} {emoji} {mention} {clause} {closer} {conn}
//
// The templates were written by the guillemet authors after the way
// local newspapers, councillors, collectives and residents post.

// news: reports, mostly by media, institutions and elected officials.
const newsTemplates = `
{S:inst} {V:decide:pc:t} {O} .
{adv:time} , {S:inst} {V:decide:pc} {O} .
[INFO|🔴 INFO|ALERTE|EXCLUSIF|Urgent|DIRECT] : {S:inst} {V:act:proche} {F} .
{S:persrole} {V:say:pres} que {clause} .
« {clause} » , [a déclaré|a affirmé|a martelé|a lancé|a regretté|a estimé|a assuré|a ajouté|a réagi] {P:roleend} [à l’issue du conseil|en séance|devant la presse|] .
Selon {src} , {clause} .
{S:grpnum} {V:mob:pc} {adv:time} devant {PL} .
{S:O} [{V=coûter:fut}|{V=coûter:pc}|{V=devoir:cond} coûter|{V=aller:pres} coûter] {money} [aux contribuables|à la commune|aux habitants|à l’agglo] .
{S:inst} {V:decide:pres} {O} , [une première|une décision attendue|une annonce surprise|un tournant] [depuis des années|pour les habitants|à {town}|pour la commune] .
Après {num2} [mois|ans|semaines|années] de {N:event:bare:pl} , {S:inst} {V:decide:pc} {adv:fin} {O} .
{S:grp} {V:mob:pres} [contre|face à] {O} .
[Une pétition|La pétition] contre {O} a déjà recueilli {sig} signatures .
{S:inst} [{V=annoncer:pres}|{V=annoncer:pc}|{V=confirmer:pres}|{V=prévoir:pres}] {TR:indef} de {pct} de {AMT} [en {year}|l’an prochain|dès janvier|dès la rentrée|sur trois ans] .
{S:inst} {V:decide:pc} {adv:man} {O} , {PP:=saisir:S} par {assoc} .
{date} , {S:pers} [{V=inaugurer:fut}|{V=visiter:fut}|{V=inaugurer:pc}|{V=visiter:pc}] {F} .
[Ce soir|Demain soir|Lundi|Jeudi soir] , conseil municipal à {hour} : [au menu|à l’ordre du jour|au programme] , {O} et {O2} .
{S:inst} [{V=lancer:pres}|{V=ouvrir:pres}|{V=organiser:fut}] {N:event:indef} sur {O} {until} .
{S:role} {V:say:pc} que {clause} .
{S:persrole} {V:say:pc} : « {clause} . »
{S:inst} {V:decide:pc:pas} {O} [malgré|en dépit de] {N:event:def} [des habitants|du collectif|de l’opposition|des riverains] .
Fin du suspense : {S:inst} {V:decide:pc:t} {O} .
{S:O} [{V=être:pres}|{V=être:fut}|{V=rester:pres}] [{A:=provisoire:S}|{A:=définitif:S}|{A:=temporaire:S}] [jusqu’à nouvel ordre|jusqu’en {year}|pour une durée indéterminée|jusqu’à la fin des travaux] .
{S:inst} informe {G} que {S:F} {V=être:fut} [{PP:=fermer:S}|{PP:=rouvrir:S}|{A:=inaccessible:S}] {until} .
{S:grp0} de {street} {V:intr:pres} [depuis des mois|depuis l’été|encore une fois] .
[VIDÉO|PHOTOS|REPORTAGE|ENQUÊTE|ANALYSE] [–|:] {S:grp0} [de {town}|du quartier|] {V:intr:pc} {adv:time} .
{S:media} {V:say:pc} que {clause} .
{S:inst} {V:modal:pres} {V:decide:inf} {O} {adv:man} .
{S:party} {V:opin:pres} {O} et {V=demander:pres} [un vote|une consultation|un référendum|des garanties] .
[Coup de théâtre|Rebondissement|Nouveau rebondissement|Surprise] [au conseil municipal|à la mairie|à l’agglo] : {clause} .
{O} : {S:inst} [{V=faire:pc} marche arrière|{V=temporiser:pres}|{V=maintenir:pres} le cap|{V=jouer:pres} la montre] .
{S:grpnum} [{V=être:pc}|{V=être:imp}] [réunis|présents|rassemblés] {adv:time} [à la salle des fêtes|devant {PL}|sur la place du marché] [pour dire non à|contre|pour défendre] {O} .
{S:O} [{V=être:pc}|{V=être:fut}|{V=être:cond}|{V=être:pres}] {PP:decide:S} {adv:time} [par {S:inst}|en conseil municipal|à l’unanimité|à une voix près|] .
Selon {src} , {S:inst} {V:decide:cond} {O} [avant l’été|d’ici la fin de l’année|dès la rentrée|en {year}|] .
Selon {src} , {S:inst} {V:modal:cond} {V:decide:inf} {O} .
[Pour rappel|Rappel|Contexte] : {S:inst} {V:decide:imp} [depuis des mois|depuis le printemps|depuis {year}] {O} .
En {V:decide:ppr} {O} , {S:inst} {V:say:pres} [vouloir|pouvoir] {V:act:inf} {F} .
{S:F} {V=être:fut} {PP:act:S} [d’ici|avant] [l’été|la fin de l’année|{year}] , [annonce|précise|assure|affirme|confirme] {P:roleend} .
{S:dem} {V=être:pc} {A:emo:S} [d’apprendre|de découvrir] {O} .
{S:dem} {V:mob:pc} [samedi|dimanche|{adv:time}] contre {O} .
{S:inst} {V:decide:pc} {O} : {S:grp} {V:intr:proche} [, prévient {assoc}|, craint {assoc}|] .
`

// opinion: reactions and positions.
const opinionTemplates = `
{O} , c’est {N:eval:indef} pour {G:0} [de {town}|du quartier|] .
« {A:neg:ms} » : c’est le mot [employé|choisi|utilisé] par {P} pour qualifier {O} .
{N:dec:indef} {adv:deg} {A:neg:N} pour {G} .
{S:je} {V:opin:pres} {O} .
{S:nous} {V:opin:pres} {O} [avec force|sans réserve|fermement|] .
{town} mérite mieux que {O} .
Ils nous avaient promis {O2} . Résultat : {O} .
Qui va payer {O} ? [Les contribuables|Les habitants|Nous|Toujours les mêmes] , [comme toujours|évidemment|encore une fois] .
{S:inst} {V:person:pc:pas} {G} [sur|avant] {O} .
Jusqu’à quand [allons-nous|faudra-t-il|devrons-nous] [subir|payer|supporter|accepter] {O} ?
{O} ? {A:neg:ms} .
C’est {adv:deg} {A:neg:ms} de {V:decide:inf} {O} [en pleine crise|alors que les familles souffrent|sans la moindre concertation|à quelques mois des élections|en plein été] .
Le vrai sujet , c’est {T} , pas {O} .
Pendant ce temps , {S:T} {V:decay:pres} à {town} .
{S:pers} {V:opin:pc} {O} . [Cohérence|Bravo|Quelle surprise|Sans surprise|Quel courage|Magnifique|Étonnant] [!|…|.]
Merci à {G:0} de {town} pour leur [mobilisation|soutien|présence|courage|engagement] {adv:time} !
{S:je} {V:opin:pc} {O} [en séance|au conseil|ce soir|hier] . {S:nous} {V:opin:fut} {O:dem} [jusqu’au bout|sans relâche|avec les habitants] .
Ce soir au conseil , j’ai défendu {O} . La majorité a préféré {V:decide:inf} {O2} .
{S:dem} [en ont assez|en ont marre|en ont ras-le-bol|ne veulent plus] de {O} .
[Encore|Toujours] {TR:indef} de {AMT} [à|pour] {town} : {adv:deg} {A:neg:N} .
Les chiffres sont [clairs|têtus|sans appel|accablants] : {pct} de {G} se disent {A:state:N} .
[Personne|Aucun habitant|Aucun élu] n’a [demandé|voulu|réclamé] {O} .
Il est [temps|urgent] de {V:decide:inf} {O} .
Il faut [{V:decide:inf} {O}|{V:act:inf} {F}] [maintenant|sans attendre|au plus vite|] .
[Bravo|Merci|Félicitations] à {P} pour [son|ce] [travail|engagement|combat] sur {O} .
[La majorité|Le maire|L’exécutif|La préfecture] parle de « {N:eval:bare} » . [Sérieusement|Vraiment|On croit rêver] [?|!|…]
Quand {S:persrole} {V:say:pres} que « {clause} » , [on croit rêver|il faut le rappeler|personne n’est dupe] .
Honte à {S:inst} qui {V:decide:pc} {O} [sans consulter personne|en catimini|en plein été|sans débat|{adv:man}] !
{S:inst} {V=préférer:pres} {V:decide:inf} {O} plutôt que de {V:decide:inf} {O2} .
[Tout mon|Tout notre|Plein] soutien à {G} {A:=mobilisé:N} contre {O} .
Voilà {num2} ans que {S:grp} {V:intr:pres} et que rien ne bouge .
Si {S:inst} {V:decide:pres} {O} , {S:grp} {V:mob:fut} .
{S:je} [ne comprends pas|ne comprends toujours pas|ne m’explique pas] pourquoi {S:inst} {V:decide:pc} {O} .
On nous parle de {T} , mais {S:inst} {V:decide:pres} {O} . Cherchez l’erreur .
{S:O} {V=être:pres} {adv:deg} {A:neg:S} et {S:grp} le {V=savoir:pres} .
{S:O} {V=être:pres} {A:pos:S} , [mais|et] il [faudra|fallait] aller plus loin [sur|pour] {T} .
[Quel|Un tel] mépris pour {G:0} de {town} .
[On ne lâchera|Nous ne lâcherons] rien sur {O} .
{S:inst} {V:decide:pc} {O} . {conn} , {clause} .
{S:vous} {V:opin:pc} {O} , {S:vous} {V:opin:fut:pas} {O2} .
La [question|vraie question|seule question] : qui a {PP:=décider:ms} {O} , et pourquoi ?
{S:je} [soutiens|défends|salue] {O} . {S:grp} [le méritent|l’attendaient depuis longtemps|en ont besoin] .
{S:je} [suis|reste] {A:state:S} [après|face à] {O} .
Il faut que {S:inst} {V:decide:subj} {O} [maintenant|sans attendre|avant l’été|] .
{S:nous} [exigeons|demandons|souhaitons] que {S:inst} {V:decide:subj} {O} .
{S:inst} {V:decide:imp:pas} [pourtant|vraiment|] {O} [l’an dernier|il y a deux ans|pendant la campagne] .
{S:nous} {V:decide:pc} {O} , {S:vous} {V:decide:pc} {O2} . [Cherchez l’erreur|Chacun jugera|Les habitants jugeront] .
[Si j’étais|Si nous étions] [maire|aux responsabilités|élus] , {S:nous} {V:decide:cond} {O} [dès le premier jour|immédiatement|sans attendre] .
{S:vous} {V:opin:imp} {O} , [et maintenant|aujourd’hui|désormais] {S:vous} {V:decide:pres} {O2} ?
{S:anti} {V:mob:pres} [encore|à nouveau|une fois de plus] contre {O} .
[La ligne|Le discours|La stratégie] {anti} de {party} [ne passe plus|ne convainc personne|fait des ravages] à {town} .
{S:dem} {V:opin:cond} [volontiers|sans doute|certainement] {O} .
{S:inst} {V:decide:fut:pas} {O} [tant que nous serons là|sans se battre|sans consulter les habitants] .
{S:elus} {V:decide:pres} {O} {adv:man} .
{S:elus} {V:decide:imp} {O} [quand ils étaient aux responsabilités|il y a six ans|sous le mandat précédent] .
{S:nous} {V:decide:fut} {O} [si nous sommes élus|dès notre élection|en {year}|dès le premier conseil] .
{S:vous} {V:decide:pres} {O} [et vous osez parler de {T}|sans rougir|en pleine crise] ?
Demain , {S:nous} {V:decide:fut} {O} [avec les habitants|ensemble|sans attendre] .
{S:je} {V:decide:fut} {O} [, je m’y engage|dès {year}|si je suis élu|si je suis élue] .
Quand {S:inst} {V:decide:fut} {O} , {S:grp} {V:intr:fut} .
{S:elus} {V:opin:imp} {O} [hier encore|il y a peu|pendant la campagne] , [et aujourd’hui|mais aujourd’hui] {S:elus} {V:decide:pres} {O} .
`

// calls: announcements and calls to act.
const callTemplates = `
Rendez-vous {day} à {hour} devant {PL} pour dire non à {O} !
Signez et partagez la pétition pour [sauver|défendre|protéger] {F} : {link}
Lisez [le communiqué|la tribune|la lettre ouverte|la réaction] de {party} sur {O} : {link}
📢 [Réunion publique|Conseil de quartier|Permanence|Assemblée générale] {day} à {hour} [à la salle des fêtes|en mairie|au centre social|à la médiathèque] : {O} . [Venez nombreux|Ouvert à tous|Entrée libre|Venez nombreuses] !
[Tous|Toutes et tous|Tous ensemble] [devant|à] {PL} {day} à {hour} contre {O} !
[Mobilisation|Rassemblement|Manifestation] {day} à {hour} , {street} , contre {O} . {closer}
{S:inst} [vous invite|invite les habitants] à [une réunion publique|un atelier|une balade urbaine] sur {O} {date} à {hour} .
[La liste|Notre liste] {list} [sera|était] présente {day} [au marché|à la sortie des écoles|devant la gare] pour parler de {T} .
[Consultation|Enquête publique|Concertation] sur {O} : [donnez votre avis|exprimez-vous|participez] {until} sur {link}
[Pétition|Appel] : [non|oui] à {O} ! [Signez|Partagez|Relayez] {emoji}
{S:nous} [serons|étions] {day} [aux côtés|auprès] de {G} pour [défendre|sauver] {F} .
`

// replies: short reactions under another post.
const replyTemplates = `
[Source|Sources|Des sources] ?
« {clause} » ? [Vraiment|Sérieusement|Ah bon] ?
Vous avez écrit « {clause} » [en {year}|pendant la campagne|il y a deux ans] . [Ça a bien vieilli|Cohérence|On s’en souviendra] .
[Totalement|Entièrement|Tout à fait|Complètement] d’accord [avec vous|avec toi|] [.|!]
Vous avez lu [le texte|le rapport|le budget|la délibération] avant de [commenter|tweeter|parler] ?
[Et|Mais] qui va payer {O} ?
C’est [faux|inexact|un mensonge] : {S:inst} {V:decide:pc:pas} {O} .
Merci pour [votre|ton] [soutien|message|retour|engagement|travail] [!|.|🙏]
[Exactement|Voilà|Tout est dit|Bien dit|Parfaitement résumé] [.|!] {clause} .
[N’importe quoi|Du grand n’importe quoi|Quelle blague|Sérieusement] [.|?|!] {S:O} {V=régler:fut:rien} .
[Vous oubliez|Tu oublies|On oublie] de dire que {clause} .
Et {T} dans tout ça ?
Pourquoi personne ne parle de {O} ?
[Je confirme|Même chose|Pareil chez nous] , à {town} [c’est pareil|c’est la même chose|rien n’a changé] [depuis des mois|depuis l’été|depuis deux ans] .
[On attend toujours|J’attends toujours|Nous attendons toujours] [les chiffres|une réponse|des explications] [sur|concernant] {O} .
[Bien dit|Excellent|Bravo|Merci|Exactement] [!|.]
Vous étiez [pourtant|bien] [pour|favorables à] {O} [il y a deux ans|en {year}|pendant la campagne] .
[Faux|Archi faux|Totalement faux] . {S:inst} {V:decide:pc} {O} [en {year}|il y a deux ans|sous le mandat précédent] .
{S:tu} [racontes n’importe quoi|mélanges tout|n’as rien compris|devrais relire le texte] .
[Ah bon|Vraiment|Sérieux] ? [Et|Mais] {O} , [on en parle|c’est pour quand|ça avance] ?
Je ne vois pas le rapport avec {O} .
C’est exactement ce que {S:nous} [dénonçons|disons|répétons] depuis [des mois|le début|deux ans] .
[Et|Mais] {S:inst} , {pron} [en pense quoi|fait quoi|dit quoi] ?
[Ça|Cela] fait [des mois|des années|trop longtemps] que {S:grp} {V:intr:pres} .
{S:vous} {V:decide:pc} {O} , {S:vous} {V:opin:pres:pas} {S:grp0} !
Et {S:vous} , {S:vous} {V:opin:cond} {O} ?
{S:tu} {V:opin:pres} {O} [maintenant|aujourd’hui] ? [Sérieusement|Vraiment|Étonnant] .
[Courage|Bon courage|Tout mon soutien] à {G:0} [de {town}|] [!|.]
[Et|Mais] pendant ce temps {S:T} {V:decay:pres} .
{S:vous} {V:decide:pc} {O} [vous-mêmes|vous-même] en {year} .
`

// quotes: comments on a quoted post.
const quoteTemplates = `
[À lire|À voir|À écouter|Important|À partager|Lisez ça|Édifiant|Glaçant|Accablant|Instructif] [.|👇|!|:]
[Et après|Et] ils s’étonnent que {G} [ne votent plus|soient en colère|se détournent de la politique|ne croient plus à rien] .
[Voilà|Voici] comment {S:inst} [traite|considère|écoute|respecte] {G} .
[Merci|Bravo] à {mention} pour [cet article|ce fil|cette enquête|ce travail] sur {O} .
[Rappel|Pour rappel|Petit rappel] : {clause} .
{S:inst} [ose|continue de|persiste à] [parler de|défendre] {O} . [Incroyable|Sans vergogne|Quel culot|Rien ne les arrête] .
{A:neg:ms} . {clause} .
Tout est dit . {S:grp} [apprécieront|jugeront|s’en souviendront] .
`

// closers: short sentences that end or pad a post.
const closerTemplates = `
[C’est une honte|Quelle honte|Inadmissible|Scandaleux|Enfin|Bonne nouvelle|À suivre|Affaire à suivre|On ne lâche rien|Tous mobilisés|Bravo|Incroyable|Pathétique|Lamentable|On vous tiendra informés|Cherchez l’erreur|Ça suffit|Réveillez-vous|Il était temps|On y sera|Partagez|Merci à tous|Honteux|Sans commentaire|Bref|Courage à tous] [!|.|!!|…]
`

// clauses: embedded clauses (after "que", "Selon X ,"…), without final punctuation.
const clauseTemplates = `
{S:inst} {V:decide:pc} {O}
{S:O} [{V=être:pres}|{V=être:fut}|{V=être:cond}|{V=rester:pres}] {N:eval:indef}
{S:O} {V=être:pres} {adv:deg} {A:neg:S}
{S:O} {V=être:pres} {A:pos:S}
{S:grp} [ne sont pas dupes|{V=être:pres} {A:state:S}|{V:intr:pres}]
{S:inst} {V:decide:pc:pas} {O}
{S:O} {V=coûter:fut} {money} [aux contribuables|à la commune]
{S:T} {V=devoir:pres} rester une priorité
{S:inst} {V:modal:pres} {V:decide:inf} {O}
{S:pers} {V:opin:pc} {O}
{S:dem} {V=mériter:pres} mieux que {O}
{S:inst} {V:decide:fut} {O} [avant l’été|d’ici la fin de l’année|en {year}|après les élections]
{S:role} {V:opin:pres} {O}
{S:inst} {V:decide:recent} {O}
{S:grp} {V:mob:proche} contre {O}
{S:inst} {V:decide:cond} {O}
{S:elus} {V:decide:cond} {O}
{S:elus} {V:decide:pres} {O} {adv:man}
{S:O} {V=être:pc} {PP:decide:S} {adv:man}
{S:grp} {V:intr:imp} [déjà|depuis longtemps]
{S:O} {V=avoir:pc} {PP:=coûter:ms} {money} [à la commune|aux habitants]
{S:dem} {V:opin:pres} {O}
`

// assocForms, srcForms: sub-phrases.
const assocTemplates = `
le collectif Sauvons {F}
l’association {town} Environnement
l’association des riverains de {street}
le collectif {anti}
l’association Vivre à {town}
le collectif citoyen de {town}
l’union locale des commerçants
le comité de défense de {F}
l’association des parents d’élèves de {town}
le syndicat des usagers
`

const srcTemplates = `
la préfecture
nos informations
{media}
le rapport de la chambre régionale des comptes
un document interne
plusieurs élus
des sources concordantes
la direction
le syndicat
un courrier que nous avons pu consulter
l’entourage du maire
`

type nodeKind uint8

const (
	nWord nodeKind = iota
	nPunct
	nSlot
	nChoice
)

type node struct {
	kind nodeKind
	s    string // word, punctuation, or slot name
	args []string
	alts [][]node
	z    *zipf
	verb *verbForms // {V=lemma} and {PP:=lemma}, resolved when parsed
	adj  *adj       // {A:=lemma}
}

type tmplSet = list[[]node]

type templates struct {
	news, opinion, call, reply, quote, closer, clause, assoc, src tmplSet
}

// buildTemplates parses the templates and resolves the verbs and
// adjectives they name, conjugating the verbs the lists lack.
func (lx *lexicon) buildTemplates() *templates {
	zc := zipfCache{}
	mk := func(src string) tmplSet {
		var ts [][]node
		for _, line := range strings.Split(src, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				t := parseTemplate(line, zc)
				lx.resolve(t)
				ts = append(ts, t)
			}
		}
		return mkFlat(zc, ts, 4)
	}
	return &templates{
		news: mk(newsTemplates), opinion: mk(opinionTemplates), call: mk(callTemplates),
		reply: mk(replyTemplates), quote: mk(quoteTemplates), closer: mk(closerTemplates),
		clause: mk(clauseTemplates), assoc: mk(assocTemplates), src: mk(srcTemplates),
	}
}

func (lx *lexicon) resolve(nodes []node) {
	for i := range nodes {
		n := &nodes[i]
		for _, alt := range n.alts {
			lx.resolve(alt)
		}
		if n.kind != nSlot || len(n.args) == 0 || n.args[0] == "" || n.args[0][0] != '=' {
			continue
		}
		lemma := n.args[0][1:]
		switch n.s {
		case "V", "PP":
			n.verb = lx.verbForms(lemma)
		case "A":
			n.adj = lx.adjByLemma[lemma]
			if n.adj == nil {
				panic("corpus: template adjective not in the lists: " + lemma)
			}
		}
	}
}

// parseTemplate parses one template line.
func parseTemplate(src string, zc zipfCache) []node {
	nodes, i := parseSeq(src, 0, "", zc)
	if i != len(src) {
		panic("corpus: bad template " + src)
	}
	return nodes
}

func parseSeq(src string, i int, stop string, zc zipfCache) ([]node, int) {
	var nodes []node
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case strings.IndexByte(stop, c) >= 0:
			return nodes, i
		case c == '{':
			j := strings.IndexByte(src[i:], '}')
			parts := strings.Split(src[i+1:i+j], ":")
			if name, lemma, ok := strings.Cut(parts[0], "="); ok { // {V=être:pres}
				parts = append([]string{name, "=" + lemma}, parts[1:]...)
			}
			nodes = append(nodes, node{kind: nSlot, s: parts[0], args: parts[1:]})
			i += j + 1
		case c == '[':
			i++
			var alts [][]node
			for {
				var seq []node
				seq, i = parseSeq(src, i, "|]", zc)
				alts = append(alts, seq)
				if i >= len(src) {
					panic("corpus: unclosed choice in " + src)
				}
				if src[i] == ']' {
					i++
					break
				}
				i++
			}
			nodes = append(nodes, node{kind: nChoice, alts: alts, z: zc.get(len(alts))})
		default:
			j := i
			for j < len(src) && !strings.ContainsRune(" \t[]|{}", rune(src[j])) {
				j++
			}
			tok := src[i:j]
			k := nWord
			if isPunctToken(tok) {
				k = nPunct
			}
			nodes = append(nodes, node{kind: k, s: tok})
			i = j
		}
	}
	return nodes, i
}

func isPunctToken(t string) bool {
	switch t {
	case ".", ",", ":", ";", "!", "?", "…", "...", "«", "»", "(", ")", "–", "—", "-", "!!":
		return true
	}
	c := t[0]
	if c < 0x80 {
		return false
	}
	// A token that starts with a letter is a word; anything else (emoji) is a mark.
	r, _ := utf8.DecodeRuneInString(t)
	return !unicode.IsLetter(r)
}
