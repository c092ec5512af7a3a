package corpus

// Word lists. Every list below was written by hand for this package by the
// guillemet authors, from general knowledge of the French of local news,
// council meetings and political accounts; none was copied from a
// dictionary or a corpus. Names of towns, people, parties and media are
// fictional (town and surname lists are completed at start-up by
// combining the hand-written parts below, see names.go).
//
// Lists are comma-separated strings, parsed once (see lex.go):
//
//	noun:     "lemma:g" with g one of m, f, mp, fp (plural-only), and an
//	          optional "=plural" when the default rule (+s, -al→-aux,
//	          -eau→-eaux, s/x/z unchanged, head word only) is wrong.
//	person:   "masculine|feminine", optionally "=plural|plural"; a single
//	          gender is written "lemma:g". A trailing "@" on a role means
//	          "followed by de + town" (maire de Valbrune).
//	adjective:"masculine" or "masculine=feminine" or
//	          "masculine=feminine=masculine plural"; a leading "<" marks an
//	          adjective placed before the noun.
//	verb:     a verb phrase: infinitive, optionally preceded by se/s’ and
//	          followed by fixed words ("mettre fin à").
//
// Order matters: samplers draw early entries more often (Zipf over the
// list), so each list starts with its most common words.

// facilityNouns: places and public equipment a council argues about.
// Written from the agendas of a typical French municipal council.
const facilityNouns = `piscine:f, école:f, gare:f, médiathèque:f, collège:m, hôpital:m, maternité:f,
crèche:f, gymnase:m, stade:m, parc:m, marché:m, salle des fêtes:f, bureau de poste:m, lycée:m,
centre social:m=centres sociaux, maison de santé:f, ligne de bus:f, piste cyclable:f=pistes cyclables,
rocade:f, pont:m, parking:m, rond-point:m=ronds-points, bibliothèque:f, cantine:f, EHPAD:m=EHPAD,
halle:f, commissariat:m, gendarmerie:f, caserne:f, tribunal:m, usine:f, centre-ville:m=centres-villes,
quartier:m, zone commerciale:f=zones commerciales, zone industrielle:f=zones industrielles,
tramway:m, théâtre:m, cinéma:m, musée:m, conservatoire:m, patinoire:f, camping:m, port:m, plage:f,
forêt:f, lac:m, quai:m, place:f, rue:f, avenue:f, boulevard:m, lotissement:m, cimetière:m,
terrain de foot:m, skatepark:m, aire de jeux:f, fontaine:f, kiosque:m, beffroi:m, château:m,
abbaye:f, moulin:m, ferme:f, vignoble:m, carrière:f, barrage:m, digue:f, tour:f, immeuble:m,
résidence:f, maison de retraite:f, office de tourisme:m, salle de sport:f,
centre aquatique:m=centres aquatiques, école de musique:f, centre de loisirs:m, maison des jeunes:f,
boulodrome:m, halte-garderie:f=haltes-garderies, dispensaire:m, clinique:f, pharmacie:f,
cabinet médical:m=cabinets médicaux, supermarché:m, hypermarché:m,
entrepôt logistique:m=entrepôts logistiques, méga-bassine:f, retenue d’eau:f, antenne relais:f=antennes relais,
abattoir:m, coopérative:f, silo:m, voie verte:f=voies vertes, sentier:m, chemin:m,
route départementale:f=routes départementales, autoroute:f, échangeur:m, viaduc:m, passerelle:f,
giratoire:m, square:m, jardin partagé:m=jardins partagés, verger:m, friche:f, hangar:m,
stand de tir:m, fourrière:f, golf:m, hippodrome:m, vélodrome:m, base nautique:f=bases nautiques,
parc éolien:m=parcs éoliens, centrale solaire:f=centrales solaires, station d’épuration:f,
déchetterie:f, incinérateur:m, foyer:m, aéroport:m, tunnel:m, contournement:m, téléphérique:m,
prison:f, entrepôt:m, jardin public:m=jardins publics, city stade:m, salle polyvalente:f=salles polyvalentes,
maison France services:f=maisons France services, centre de vaccination:m, urgences:fp,
centre des impôts:m, trésorerie:f, agence postale:f=agences postales, aire de covoiturage:f,
parc relais:m=parcs relais, gare routière:f=gares routières, halle aux grains:f, lavoir:m,
presbytère:m, chapelle:f, église:f, temple:m, mosquée:f, synagogue:f, jumelage:m, crématorium:m,
refuge:m, chenil:m, haras:m, piscine olympique:f=piscines olympiques, pôle culturel:m=pôles culturels,
tiers-lieu:m=tiers-lieux, ressourcerie:f, recyclerie:f, épicerie solidaire:f=épiceries solidaires,
banque alimentaire:f=banques alimentaires, foyer de jeunes travailleurs:m, internat:m, IUT:m=IUT,
auditorium:m, amphithéâtre:m, bassin:m, canal:m, écluse:f, esplanade:f, promenade:f, belvédère:m,
arboretum:m, roseraie:f, serre:f, pépinière:f, jardinerie:f, manège:m, carrousel:m, guinguette:f,
buvette:f, brasserie:f, halle gourmande:f=halles gourmandes, conserverie:f, laiterie:f, minoterie:f,
scierie:f, tannerie:f, filature:f, fonderie:f, papeterie:f, briqueterie:f, sucrerie:f, distillerie:f,
cave coopérative:f=caves coopératives, abbatiale:f, basilique:f, cathédrale:f, collégiale:f, prieuré:m,
calvaire:m, oratoire:m, citadelle:f, rempart:m, donjon:m, pigeonnier:m, grange:f, bergerie:f,
métairie:f, domaine:m, manoir:m, pavillon:m, chalet:m, refuge de montagne:m, télésiège:m, téléski:m,
tremplin:m, pumptrack:m, bowl:m, dojo:m, piste d’athlétisme:f, terrain de rugby:m, salle d’escalade:f,
mur d’escalade:m, centre équestre:m=centres équestres, ludothèque:f, cyberbase:f, fablab:m, pépinière d’entreprises:f,
hôtel d’entreprises:m, zone d’activités:f, technopole:f, incubateur:m, data center:m, entrepôt frigorifique:m,
plateforme logistique:f, quai de transbordement:m, port de plaisance:m, capitainerie:f, criée:f,
marina:f, phare:m, sémaphore:m, estacade:f, jetée:f, embarcadère:m, bac:m, passage à niveau:m,
halte ferroviaire:f, ligne TER:f, rond-point des Tilleuls:m, parvis:m, préau:m, réfectoire:m, gymnase scolaire:m=gymnases scolaires`

// actionNouns: what a decision does to a facility ("la fermeture de la
// piscine"). From council minutes and local headlines.
const actionNouns = `fermeture:f, rénovation:f, construction:f, projet:m, suppression:f, réouverture:f,
démolition:f, extension:f, agrandissement:m, vente:f, privatisation:f, réhabilitation:f, avenir:m,
financement:m, transformation:f, réaménagement:m, modernisation:f, déplacement:m, création:f,
fusion:f, sécurisation:f, installation:f, implantation:f, délocalisation:f, gel:m, report:m,
abandon:m, coût:m, chantier:m, sauvetage:m, mise en vente:f, mise aux normes:f, déménagement:m,
requalification:f, inauguration:f, retard:m, gestion:f, entretien:m, éclairage:m, nettoyage:m,
surveillance:f, dégradation:f, cession:f, végétalisation:f, piétonnisation:f, ouverture:f,
destruction:f, rachat:m, déclassement:m, concession:f, budget:m, dossier:m, sort:m, calendrier:m,
restructuration:f, mutualisation:f, externalisation:f, remunicipalisation:f, relocalisation:f,
extinction:f, éclairement:m, bétonnage:m, artificialisation:f, réfection:f, dépollution:f,
désamiantage:m, mise en sécurité:f, reconstruction:f, rénovation énergétique:f, tarification:f,
redécoupage:m, aménagement:m, élargissement:m, doublement:m, électrification:f, numérisation:f,
densification:f, goudronnage:m, bitumage:m, pavage:m, débitumage:m, désimperméabilisation:f,
renaturation:f, réensauvagement:m, dévoiement:m, détournement:m, enfouissement:m, démantèlement:m,
réaffectation:f, reconversion:f, mise en concurrence:f, délégation de service public:f, régie:f,
réattribution:f, démutualisation:f, vidéoprotection:f, climatisation:f, isolation:f, agrandissement partiel:m,
rehaussement:m, surélévation:f, fermeture partielle:f, fermeture estivale:f, ouverture dominicale:f,
gratuité:f, tarification sociale:f, labellisation:f, certification:f, remise à neuf:f, reprise en régie:f,
mise à disposition:f, mise en location:f, déclassement partiel:m, rétrocession:f, préemption:f,
expropriation:f, démolition partielle:f, réouverture partielle:f, mise sous cloche:f, privatisation rampante:f`

// trendNouns: movements of an amount ("la hausse des loyers").
const trendNouns = `hausse:f, baisse:f, augmentation:f, explosion:f, flambée:f, recul:m, chute:f,
envolée:f, réduction:f, diminution:f, doublement:m, triplement:m, stagnation:f, plafonnement:m,
dérapage:m, gel:m, effondrement:m, revalorisation:f, dérive:f, rabotage:m, coup de rabot:m`

// amountNouns: what rises and falls in a local budget or a daily life.
const amountNouns = `impôts locaux:mp, taxe foncière:f=taxes foncières, loyers:mp, prix de l’énergie:m=prix de l’énergie,
factures d’énergie:fp, tarifs de la cantine:mp, dotations de l’État:fp, subventions aux associations:fp,
effectifs:mp, salaires:mp, pensions:fp, dépenses de fonctionnement:fp, dette:f, frais de stationnement:mp,
indemnités des élus:fp, taxe d’habitation:f, tarifs des transports:mp, prix de l’eau:m=prix de l’eau,
crédits:mp, budget de la culture:m, moyens de la police municipale:mp, nombre de lits:m,
prix de l’immobilier:mp, charges:fp, tarifs du périscolaire:mp, facture d’électricité:f, places en crèche:fp,
délais d’attente:mp, coût de la vie:m, fréquentation:f, trafic:m, accidents:mp, cambriolages:mp,
incivilités:fp, dépôts sauvages:mp, nuisances sonores:fp, pollution de l’air:f, bouchons:mp,
retards de trains:mp, délinquance:f, chômage des jeunes:m, précarité énergétique:f, taxe de séjour:f,
tarifs de la piscine:mp, prix des repas:mp, frais de garde:mp, budget des écoles:m, heures supplémentaires:fp,
primes:fp, aides sociales:fp, recettes fiscales:fp, investissements:mp, emprunts:mp, intérêts de la dette:mp,
budget participatif:m, postes d’enseignants:mp, fermetures de classes:fp, effectifs de policiers:mp,
contrôles de vitesse:mp, amendes:fp, places de parking:fp, logements vacants:mp, permis de construire:mp,
demandes de logement social:fp, tarifs de l’eau:mp, cotisations:fp, taxe sur les ordures:f`

// topicNouns: the themes of campaigns and columns.
const topicNouns = `sécurité:f, pouvoir d’achat:m, logement:m, santé:f, propreté:f, emploi:m, éducation:f,
transports:mp, environnement:m, climat:m, chômage:m, culture:f, sport:m, mobilité:f, biodiversité:f,
agriculture:f, eau:f, énergie:f, démocratie locale:f, laïcité:f, jeunesse:f, solidarité:f,
précarité:f, inflation:f, fiscalité:f, urbanisme:m, tourisme:m, commerce de proximité:m, ruralité:f,
déserts médicaux:mp, accès aux soins:m, services publics:mp, transition écologique:f, sobriété:f,
tranquillité publique:f, circulation:f, stationnement:m, bruit:m, pollution:f, déchets:mp,
inondations:fp, sécheresse:f, handicap:m, petite enfance:f, vivre-ensemble:m, vie associative:f,
patrimoine:m, dette publique:f, numérique:m, vidéosurveillance:f, police municipale:f,
bien-être animal:m, égalité femmes-hommes:f, harcèlement scolaire:m, fracture numérique:f,
réindustrialisation:f, télétravail:m, souveraineté alimentaire:f, artificialisation des sols:f,
zéro artificialisation nette:f, qualité de l’air:f, rénovation des écoles:f, accueil des réfugiés:m,
aide alimentaire:f, isolement des aînés:m, sport santé:m, dépendance:f, revitalisation des centres-bourgs:f,
gentrification:f, désindustrialisation:f, désertification:f, exode rural:m, surtourisme:m,
mal-logement:m, sans-abrisme:m, précarité étudiante:f, santé mentale:f, addictions:fp, rixes:fp,
trafic de drogue:m, narcotrafic:m, rodéos urbains:mp, violences intrafamiliales:fp,
violences faites aux femmes:fp, discriminations:fp, racisme:m, antisémitisme:m, homophobie:f,
égalité des chances:f, mixité sociale:f, réussite éducative:f, décrochage scolaire:m, illettrisme:m,
fracture territoriale:f, mobilité douce:f, covoiturage:m, autopartage:m, vélo:m, marche à pied:f,
îlots de chaleur:mp, végétalisation des cours d’école:f, qualité de l’eau:f, pesticides:mp, nitrates:mp,
algues vertes:fp, bruit aérien:m, pollution lumineuse:f, biodiversité urbaine:f, trame verte:f`

// policyNouns: what a council adopts about a theme ("le plan pour la
// sécurité"); the preposition before the theme follows the bar.
const policyNouns = `plan:m|pour, budget:m|de, stratégie:f|pour, programme:m|pour, pacte:m|pour, charte:f|pour,
feuille de route:f|sur, schéma directeur:m|de, engagements:mp|sur, assises:fp|de,
plan d’urgence:m|pour, fonds:m=fonds|pour, contrat local:m=contrats locaux|pour, observatoire:m|de,
état des lieux:m=états des lieux|de, grand débat:m=grands débats|sur, conseil consultatif:m=conseils consultatifs|de,
appel à projets:m=appels à projets|pour, plan pluriannuel:m=plans pluriannuels|pour, diagnostic:m|de`

// adverbBases: adjectives whose -ment adverb is in common use; lex.go
// derives the adverbs (scandaleusement, évidemment, vraiment).
const adverbBases = `scandaleux, honteux, injuste, absurde, dangereux, ridicule, lamentable, cynique, hypocrite,
brutal, inutile, arbitraire, illégal, courageux, juste, nécessaire, essentiel, excellent, remarquable,
raisonnable, logique, légitime, efficace, sérieux, lucide, intelligent, sage, digne, honnête, collectif,
durable, positif, clair, fort, net=nette, complet=complète, total, évident, massif, définitif,
provisoire, discret=discrète, rapide, lent, progressif, immédiat, direct, officiel, réel, vrai, franc=franche,
simple, terrible, extrême, particulier, parfait, absolu, entier, large, heureux, malheureux,
incroyable, étonnant, curieux, étrange, habile, maladroit, violent, ferme, constant, récent, patient,
méchant, injustifiable, inévitable, légal, démocratique, politique, économique, social, local,
financier, public=publique, fiscal, juridique, technique, moral, symbolique, concret=concrète,
sincère, calme, tranquille, froid, ouvert, précipité, unanime, obstiné, systématique, régulier,
fréquent, rare, long=longue, naïf, timide, maladroit, généreux, gratuit, entier, seul`

// institutionNouns: who decides. "@" = takes "de + town".
const institutionNouns = `conseil municipal:m=conseils municipaux@, mairie:f@, municipalité:f@, majorité municipale:f@,
préfecture:f, opposition municipale:f@, département:m, région:f, gouvernement:m, agglomération:f@,
agglo:f, intercommunalité:f, communauté de communes:f, métropole:f, conseil départemental:m,
conseil régional:m, ministère:m, tribunal administratif:m, rectorat:m, agence régionale de santé:f,
bailleur social:m, syndicat des eaux:m, chambre d’agriculture:f, SNCF:f, exécutif:m,
direction de l’hôpital:f, comité de quartier:m, association des riverains:f, collectif citoyen:m,
intersyndicale:f, union des commerçants:f, conseil d’école:m, office HLM:m, centre hospitalier:m@,
chambre régionale des comptes:f, Cour des comptes:f, Conseil d’État:m, sous-préfecture:f,
commission d’enquête:f, conseil de quartier:m, centre communal d’action sociale:m@`

// groupNouns: people affected, always plural in templates. Written so
// that inclusive forms can be built from the two genders.
const groupNouns = `habitant|habitante, riverain|riveraine, famille:f, commerçant|commerçante,
parent:m, agriculteur|agricultrice, enseignant|enseignante, élu|élue, citoyen|citoyenne,
jeune:m, retraité|retraitée, salarié|salariée, usager|usagère, militant|militante,
soignant|soignante, contribuable:m, étudiant|étudiante, électeur|électrice, infirmier|infirmière,
médecin:m, policier|policière, pompier:m, cheminot|cheminote, lycéen|lycéenne, agent|agente,
fonctionnaire:m, artisan|artisane, entrepreneur|entrepreneuse, éleveur|éleveuse, pêcheur|pêcheuse,
conducteur|conductrice, cycliste:m, automobiliste:m, piéton|piétonne, voisin|voisine, locataire:m,
propriétaire:m, bénévole:m, adhérent|adhérente, sympathisant|sympathisante, collègue:m, ami|amie,
résident|résidente, travailleur|travailleuse, chercheur|chercheuse, journaliste:m, patient|patiente,
élève:m, animateur|animatrice, éducateur|éducatrice, aide-soignant|aide-soignante,
saisonnier|saisonnière, producteur|productrice, viticulteur|viticultrice, maraîcher|maraîchère,
boulanger|boulangère, restaurateur|restauratrice, hôtelier|hôtelière, supporter:m, abonné|abonnée,
lecteur|lectrice, candidat|candidate, délégué|déléguée, représentant|représentante, paysan|paysanne,
ouvrier|ouvrière, employé|employée, cadre:m, chômeur|chômeuse, allocataire:m, sinistré|sinistrée,
auditeur|auditrice, contrôleur|contrôleuse, livreur|livreuse, instituteur|institutrice,
directeur d’école|directrice d’école, assistant maternel|assistante maternelle=assistants maternels|assistantes maternelles,
aidant|aidante, accompagnant|accompagnante, commerçant ambulant|commerçante ambulante=commerçants ambulants|commerçantes ambulantes,
frontalier|frontalière, navetteur|navetteuse, usager des transports|usagère des transports,
personnel hospitalier:m=personnels hospitaliers, agent municipal|agente municipale=agents municipaux|agentes municipales,
gardien|gardienne, surveillant|surveillante, technicien|technicienne, ingénieur|ingénieure,
collégien|collégienne, apprenti|apprentie, stagiaire:m, intérimaire:m, exploitant|exploitante,
vacancier|vacancière, touriste:m, randonneur|randonneuse, chasseur|chasseuse, promeneur|promeneuse`

// roleNouns: titles of the people quoted. "@" = "de + town".
const roleNouns = `maire|maire@, adjoint|adjointe@, premier adjoint|première adjointe@,
conseiller municipal|conseillère municipale@, député|députée, sénateur|sénatrice,
président de l’agglo|présidente de l’agglo, ministre|ministre, préfet|préfète,
directeur de l’hôpital|directrice de l’hôpital, porte-parole|porte-parole,
secrétaire départemental|secrétaire départementale, candidat|candidate@, tête de liste|tête de liste@,
conseiller régional|conseillère régionale, conseiller départemental|conseillère départementale,
président du département|présidente du département, adjoint aux finances|adjointe aux finances,
adjoint à la culture|adjointe à la culture, adjoint à la sécurité|adjointe à la sécurité,
adjoint aux sports|adjointe aux sports, adjoint à l’urbanisme|adjointe à l’urbanisme,
chef de l’opposition|cheffe de l’opposition@, élu d’opposition|élue d’opposition@,
président du collectif|présidente du collectif, secrétaire de section|secrétaire de section,
président de l’association|présidente de l’association, délégué syndical|déléguée syndicale,
adjoint à l’environnement|adjointe à l’environnement, adjoint à l’éducation|adjointe à l’éducation,
conseiller délégué|conseillère déléguée@, rapporteur du budget|rapporteuse du budget,
ancien maire|ancienne maire@, président de la commission|présidente de la commission`

// evalNouns: what a post calls a decision ("une honte", "un scandale").
const evalNouns = `honte:f, scandale:m, erreur:f, bonne nouvelle:f=bonnes nouvelles, victoire:f, catastrophe:f,
mascarade:f, trahison:f, mensonge:m, provocation:f, injustice:f, aberration:f, faute:f, choix:m,
succès:m, échec:m, recul:m, avancée:f, coup dur:m=coups durs, gâchis:m, non-sens:m, mépris:m,
déni de démocratie:m, coup de force:m, insulte:f, camouflet:m, désaveu:m, renoncement:m, reniement:m,
gifle:f, claque:f, signal fort:m=signaux forts, pas en avant:m=pas en avant, premier pas:m=premiers pas,
étape:f, tournant:m, symbole:m, naufrage:m, fiasco:m, supercherie:f, arnaque:f, hold-up:m=hold-up,
passage en force:m=passages en force, bricolage:m, rafistolage:m, fuite en avant:f, cadeau:m,
usine à gaz:f=usines à gaz, serpent de mer:m=serpents de mer, piège:m, leurre:m,
écran de fumée:m=écrans de fumée, opération de com:f=opérations de com, enfumage:m,
mauvaise nouvelle:f=mauvaises nouvelles, farce:f, défaite:f, première:f, soulagement:m, gabegie:f,
double peine:f=doubles peines, coup de massue:m=coups de massue, coup de bluff:m, vaste blague:f=vastes blagues`

// eventNouns: mobilisations, procedures and media items.
const eventNouns = `pétition:f, manifestation:f, rassemblement:m, réunion publique:f=réunions publiques,
consultation:f, concertation:f, référendum:m, vote:m, débat:m, séance:f, motion:f, délibération:f,
amendement:m, recours:m, plainte:f, enquête:f, rapport:m, audit:m, étude:f, communiqué:m, tribune:f,
lettre ouverte:f=lettres ouvertes, question écrite:f=questions écrites, courrier:m, interview:f,
article:m, émission:f, vidéo:f, reportage:m, sondage:m, bilan:m, programme:m, liste:f, campagne:f,
élection:f, scrutin:m, candidature:f, alliance:f, accord:m, polémique:f, affaire:f, démission:f,
marche:f, sit-in:m=sit-in, chaîne humaine:f=chaînes humaines, blocage:m, occupation:f,
piquet de grève:m, permanence:f, porte-à-porte:m=porte-à-porte, tractage:m, réunion:f,
assemblée générale:f=assemblées générales, visite:f, grève:f, mobilisation:f, conférence de presse:f,
table ronde:f=tables rondes, enquête publique:f=enquêtes publiques, marche blanche:f=marches blanches,
votation citoyenne:f=votations citoyennes, commission:f, conseil communautaire:m=conseils communautaires`

// miscNouns: the rest of the nouns a political post needs.
const miscNouns = `argent public:m, travaux:mp, promesses:fp, chiffres:mp, réponses:fp, questions:fp, silence:m,
explications:fp, arguments:mp, propositions:fp, courage:m, transparence:f, dialogue:m, moyens:mp,
bon sens:m, colère:f, inquiétude:f, lassitude:f, exaspération:f, indignation:f, fierté:f, émotion:f,
respect:m, confiance:f, défiance:f, méthode:f, cap:m, vision:f, stratégie:f, ambition:f, priorité:f,
urgence:f, combat:m, bataille:f, engagement:m, parole:f, voix:f, droit:m, devoir:m, loi:f, décret:m,
arrêté:m, règle:f, procédure:f, délai:m, date:f, majorité:f, opposition:f, mandat:m, bilan:m,
contribuables:mp, budget:m, compte rendu:m=comptes rendus, ordre du jour:m, mensonges:mp, annonce:f,
réforme:f, mesure:f, décision:f, consigne:f, avis:m, recommandation:f, conclusion:f, fil:m,
soutien:m, message:m, retour:m, travail:m, temps:m, sujet:m, problème:m, solution:f, idée:f,
responsabilité:f, exemple:m, question:f, réponse:f, personne:f, ville:f, village:f, commune:f,
territoire:m, pays:m, région:f, avenir:m, passé:m, histoire:f, vérité:f, justice:f, république:f,
démocratie:f, liberté:f, égalité:f, fraternité:f, nation:f, État:m, peuple:m, élus:mp`

// placeNouns: where people gather ("devant la mairie").
const placeNouns = `mairie:f, préfecture:f, hôtel de ville:m, sous-préfecture:f, conseil départemental:m,
salle du conseil:f, hôtel de région:m, tribunal:m, hôpital:m, rectorat:m, gare:f, place du marché:f,
parvis de la mairie:m, monument aux morts:m, siège de l’agglo:m, palais de justice:m, Assemblée:f`

// timeNouns: periods.
const timeNouns = `semaine:f, mois:m, année:f, jour:m, soir:m, matin:m, nuit:f, week-end:m, rentrée:f, été:m,
hiver:m, printemps:m, automne:m, trimestre:m, mandat:m, décennie:f, quinzaine:f`

// Adjectives. Masculine singular first; feminine and plural forms are
// derived (-eux→-euse, -if→-ive, -el→-elle, -ien→-ienne, -on→-onne,
// -er→-ère, -al→-aux…) unless given.

// evalNegAdjs: how a post judges a decision it dislikes.
const evalNegAdjs = `incompréhensible, scandaleux, inacceptable, injuste, honteux, inadmissible, absurde,
irresponsable, dangereux, inquiétant, ridicule, lamentable, catastrophique, indécent, grotesque,
alarmant, préoccupant, désastreux, pitoyable, navrant, consternant, révoltant, choquant, affligeant,
méprisant, cynique, hypocrite, démagogique, brutal, opaque, coûteux, inutile, inefficace,
insuffisant, injustifiable, indigne, aberrant, sidérant, effarant, hallucinant, ubuesque, kafkaïen,
surréaliste, irréaliste, inéquitable, autoritaire, antidémocratique, précipité, improvisé, bâclé,
dogmatique, idéologique, électoraliste, clientéliste, mensonger, trompeur, fallacieux, illégal,
illégitime, arbitraire, discriminatoire, punitif, insupportable, intolérable, invivable, délirant,
déconnecté, irrespectueux, incohérent, contradictoire, dérisoire, minable, pathétique, indigeste,
douteux, hasardeux, risqué, prématuré, tardif, brouillon, chaotique, confus, flou, vague,
insensé, irrationnel, dispendieux, ruineux, onéreux, scandaleusement cher=scandaleusement chère,
dévastateur=dévastatrice, destructeur=destructrice, liberticide, rétrograde, passéiste, technocratique,
bureaucratique, ubuesque, inique, injurieux, scabreux, sournois, fourbe, mesquin, pingre, radin,
irréfléchi, inconséquent, inconsidéré, désinvolte, cavalier, expéditif, sommaire, lacunaire,
approximatif, fantaisiste, farfelu, loufoque, rocambolesque, pharaonique, démesuré, disproportionné,
exorbitant, astronomique, faramineux, mirobolant, fumeux, nébuleux, filandreux, alambiqué, abscons,
indigeste, soporifique, calamiteux, piteux, miteux, bancal=bancale=bancals, boiteux, vaseux, foireux`

// evalPosAdjs: how a post praises.
const evalPosAdjs = `courageux, juste, nécessaire, indispensable, essentiel, urgent, important, excellent,
formidable, remarquable, exemplaire, ambitieux, cohérent, responsable, raisonnable, logique,
légitime, historique, utile, efficace, pragmatique, concret=concrète, solide, équilibré, sérieux,
lucide, salutaire, bienvenu, encourageant, prometteur, innovant, audacieux, intelligent, sage,
digne, honnête, transparent, collectif, solidaire, durable, positif, constructif, apaisé,
exceptionnel, magnifique, superbe, indéniable, incontestable, attendu, réaliste, sensé, équitable,
vertueux, exigeant, ambitieux, volontariste, fort, clair, net=nette, complet=complète, inédit,
novateur=novatrice, fédérateur=fédératrice, rassembleur=rassembleuse, mobilisateur=mobilisatrice,
structurant, visionnaire, courageux, lumineux, rigoureux, scrupuleux, consciencieux, généreux,
chaleureux, respectueux, soucieux, ingénieux, judicieux, pertinent, percutant, convaincant,
rassurant, apaisant, stimulant, enthousiasmant, réjouissant, éclairant, instructif, inspirant,
exemplaire, irréprochable, impeccable, limpide, cohérent, sobre, mesuré, pondéré, réfléchi, abouti,
ambitieux, pionnier=pionnière, précurseur, porteur=porteuse, fécond, fructueux, salvateur=salvatrice`

// relAdjs: classifying adjectives placed after a facility or a policy.
const relAdjs = `municipal, public=publique, local, social, nouveau=nouvelle=nouveaux, régional, national,
départemental, économique, écologique, politique, financier, budgétaire, culturel, sportif,
scolaire, urbain, rural, agricole, industriel, commercial, touristique, associatif, populaire,
démocratique, républicain, laïque, énergétique, sanitaire, médical, hospitalier, judiciaire, fiscal,
foncier, immobilier, numérique, environnemental, climatique, territorial, communal, intercommunal,
métropolitain, routier, ferroviaire, piétonnier, nautique, aquatique, patrimonial, paysager,
forestier, viticole, maritime, alimentaire, périscolaire, éducatif, pédagogique, citoyen,
participatif, provisoire, temporaire, définitif, partiel, total, massif, principal=principale=principaux,
central, historique, ancien, actuel, prochain, futur, vieillissant, vétuste, flambant neuf=flambant neuve,
modernisé, rénové, prévu, annoncé, promis, attendu, contesté, controversé, décrié, abandonné,
menacé, fragile, indispensable, stratégique, structurant, emblématique, intercommunal, saisonnier,
nocturne, estival, hivernal, quotidien, hebdomadaire, mensuel, annuel, pluriannuel`

// stateAdjs: how people feel or are described.
const stateAdjs = `furieux, déçu, inquiet=inquiète, satisfait, mécontent, attentif, vigilant, mobilisé, déterminé,
uni, divisé, fier=fière, heureux, triste, fatigué, épuisé, écœuré, excédé, exaspéré, sidéré, choqué,
soulagé, reconnaissant, impatient, sceptique, méfiant, solidaire, présent, nombreux, oublié,
abandonné, méprisé, ignoré, sacrifié, inquiété, révolté, indigné, scandalisé, surpris, étonné,
perplexe, partagé, résigné, optimiste, confiant, prudent, opposé, favorable, hostile, prêt, seul,
démuni, isolé, lésé, pénalisé, concerné, touché, sinistré, mobilisé, motivé, consterné, abasourdi,
dégoûté, désabusé, désespéré, désemparé, découragé, dépité, amer=amère, inquiet=inquiète, angoissé,
stressé, tendu, remonté, survolté, déchaîné, ulcéré, outré, offusqué, vexé, froissé, blessé, meurtri,
épuisé, lessivé, usé, exsangue, étranglé, asphyxié, pris à la gorge=prise à la gorge=pris à la gorge,
combatif=combative, résolu, soudé, solidaire, reconnaissant, ravi, enchanté, comblé, rassuré, apaisé`

// preAdjs: adjectives placed before the noun.
const preAdjs = `<grand, <petit, <nouveau=nouvelle=nouveaux, <vrai, <vieux=vieille=vieux, <beau=belle=beaux,
<bon=bonne, <mauvais, <gros=grosse, <seul, <premier=première, <dernier=dernière, <énorme, <véritable,
<simple, <immense, <lourd, <long=longue, <jeune, <sacré, <pur, <fameux, <énième=énième, <éternel`

// Adverbs. Many more are derived from adjectives (scandaleusement,
// courageusement, politiquement) in lex.go.

// degreeAdvs: before an adjective ("totalement injuste").
const degreeAdvs = `totalement, vraiment, complètement, profondément, particulièrement, parfaitement,
absolument, franchement, tellement, très, assez, plutôt, extrêmement, clairement, terriblement,
parfois, encore, toujours, juste, simplement, tout simplement, carrément, franchement, pas très,
un peu, bien, trop, si`

// mannerAdvs: after a verb or at the start of a sentence.
const mannerAdvs = `finalement, discrètement, officiellement, brutalement, clairement,
visiblement, manifestement, apparemment, évidemment, heureusement, malheureusement, sans surprise,
en catimini, sans concertation, en urgence, à l’unanimité, à une large majorité, de justesse,
en toute discrétion, sans débat, en pleine nuit, en plein été, dans la précipitation,
à huis clos, en force, sans vote, au dernier moment, une fois de plus, encore une fois, à nouveau,
définitivement, provisoirement, temporairement, unanimement, majoritairement, massivement,
rapidement, lentement, précipitamment, subitement, soudainement, progressivement, concrètement`

// timeAdvs: when it happened.
const timeAdvs = `hier soir, ce matin, hier, ce soir, cette semaine, lundi, mardi soir, jeudi dernier,
en séance, cette nuit, la semaine dernière, vendredi, samedi matin, aujourd’hui, mercredi,
dimanche, ce week-end, il y a quelques jours, ce lundi, lors du dernier conseil, en fin de séance,
cet après-midi, à la surprise générale, dans la soirée, ce jeudi, avant-hier, le mois dernier,
en début de semaine, en commission, lors du conseil communautaire`

// connectives and function words used between clauses. The templates
// hold the rest of the function words (articles, prepositions,
// pronouns), and the writer elides and contracts them (de le → du,
// que il → qu’il).
const connectives = `pourtant, d’ailleurs, en plus, bref, au passage, en attendant,
pendant ce temps, résultat, au final, en clair, autrement dit, surtout, en réalité, cela dit,
pour rappel, au fond, franchement, sérieusement, clairement, rappelons-le, soyons clairs, en somme`

// Verbs, by the slot they fill. Regular -er verbs are conjugated by rule;
// -ir verbs like finir, -re verbs like vendre and the irregular verbs of
// irregularVerbs are recognised by their infinitive.

// decideVerbs: what an institution does to a policy.
const decideVerbs = `voter, adopter, annoncer, approuver, valider, rejeter, refuser, lancer, suspendre,
reporter, geler, bloquer, supprimer, financer, confirmer, entériner, acter, programmer, présenter,
dévoiler, repousser, abandonner, enterrer, imposer, autoriser, interdire, signer, examiner, étudier,
préparer, accélérer, retarder, relancer, décider, mettre fin à, donner son feu vert à,
faire marche arrière sur, revenir sur, renoncer à, mettre en place, mettre en œuvre,
remettre en cause, engager, planifier, budgéter, officialiser, trancher sur, plancher sur,
débattre de, statuer sur, se prononcer sur, s’attaquer à, cacher, imposer, décréter, ratifier,
amender, réviser, chiffrer, provisionner, prolonger, conditionner, repenser, réorienter, arbitrer`

// policyVerbs: more of what is done to a policy, for the long tail of
// verb forms. Regular -er verbs for the most part, written from the
// vocabulary of council minutes and opposition tracts.
const policyVerbs = `accompagner, adapter, afficher, aggraver, ajuster, alimenter, alléger, allouer, améliorer,
amorcer, analyser, anticiper, appliquer, apporter, approfondir, arrêter, assouplir, assumer, attribuer,
augmenter, avancer, baisser, bâcler, booster, bricoler, calculer, camoufler, canaliser, centraliser,
chambouler, chapeauter, cibler, clarifier, clôturer, coordonner, compenser, compliquer, concentrer,
concrétiser, confier, conforter, consolider, contourner, contrôler, corriger, couper, cumuler, décaler,
décentraliser, déclencher, décortiquer, dédier, déléguer, démarrer, dénaturer, dépasser, déployer,
déposer, déréglementer, désigner, déstabiliser, détailler, détourner, développer, diffuser, diluer,
diminuer, discuter, disperser, diviser, documenter, doper, doubler, dramatiser, économiser, élaborer,
élargir, éliminer, empêcher, encadrer, encourager, endetter, enrayer, entamer, envisager, épargner,
équilibrer, esquiver, évaluer, éviter, évoquer, exagérer, exécuter, exploiter, explorer, exposer,
externaliser, faciliter, favoriser, figer, filtrer, finaliser, fixer, fragiliser, freiner, fusionner,
généraliser, gérer, gonfler, grignoter, harmoniser, hiérarchiser, honorer, identifier, ignorer,
illustrer, imaginer, impliquer, improviser, inciter, indexer, initier, injecter, installer, instaurer,
instrumentaliser, intégrer, intensifier, inverser, justifier, légaliser, limiter, liquider, localiser,
mandater, manipuler, masquer, maximiser, mesurer, minimiser, modérer, modifier, moduler, multiplier,
mutualiser, négliger, négocier, neutraliser, numériser, occulter, optimiser, orchestrer, organiser,
orienter, oublier, pérenniser, perturber, piloter, plafonner, politiser, porter, pousser, précipiter,
préciser, préserver, prioriser, privilégier, proclamer, proposer, provoquer, publier, quantifier,
raccourcir, rallonger, rationaliser, réactiver, réaffirmer, réajuster, réaliser, rebaptiser,
recalculer, recenser, recommander, reconduire, recruter, rectifier, recycler, redéployer, redessiner,
redistribuer, redonner, redresser, réformer, regrouper, réguler, réinventer, relever, remanier,
remplacer, rémunérer, renforcer, renouveler, répartir, repérer, requalifier, réserver, restaurer,
restreindre, restructurer, retoquer, revitaliser, revoter, rogner, saboter, sanctuariser, sauvegarder,
scinder, segmenter, sélectionner, séparer, signaler, simplifier, solder, solliciter, standardiser,
stimuler, stopper, structurer, subventionner, sabrer, taxer, tester, torpiller, tracer, traiter,
transférer, transposer, tripler, utiliser, valoriser, vérifier, verrouiller, verser, viser, chiffrer,
dévoyer, défigurer, démanteler, dépecer, déshabiller, dilapider, enterrer, escamoter, éventrer,
flécher, gripper, hypothéquer, maquiller, marchander, monnayer, pilonner, plomber, ponctionner,
racketter, raboter, rapiécer, reléguer, saucissonner, siphonner, squeezer, tailler, trafiquer,
tronçonner, vampiriser, court-circuiter, contingenter, pérenniser, sectoriser, territorialiser`

// actVerbs: what is done to a facility.
const actVerbs = `fermer, rénover, construire, rouvrir, démolir, agrandir, moderniser, sécuriser, vendre,
privatiser, sauver, protéger, abandonner, transformer, réaménager, déplacer, entretenir, nettoyer,
équiper, végétaliser, inaugurer, visiter, bétonner, raser, reconstruire, brader, céder, racheter,
louer, réhabiliter, étendre, relocaliser, délaisser, sacrifier, murer, mettre en vente,
mettre aux normes, laisser tomber, laisser pourrir, dépolluer, désamianter, éclairer, surveiller,
rénover entièrement, isoler, chauffer, climatiser, financer, préserver, défendre, occuper, bloquer`

// opinionVerbs: what a person or a group thinks of a policy.
const opinionVerbs = `soutenir, dénoncer, défendre, refuser, condamner, saluer, regretter, contester,
critiquer, combattre, déplorer, rejeter, approuver, exiger, réclamer, demander, attendre, suivre de près,
s’opposer à, dire non à, dire oui à, se battre contre, se réjouir de, s’inquiéter de, prendre acte de,
alerter sur, s’interroger sur, applaudir, remettre en question, découvrir, relayer, partager,
soutenir pleinement, dénoncer fermement, refuser catégoriquement, appeler à, militer pour,
plaider pour, s’engager pour, lutter contre, prendre position contre, se mobiliser contre,
se féliciter de, s’étonner de, pointer du doigt, mettre en garde contre, réfuter`

// sayVerbs: introduce "que + clause".
const sayVerbs = `affirmer, expliquer, assurer, rappeler, estimer, annoncer, reconnaître, dire, promettre,
déclarer, considérer, juger, penser, croire, admettre, prétendre, répéter, marteler, souligner,
préciser, indiquer, confirmer, avouer, ajouter, laisser entendre, faire savoir, constater, observer,
noter, répondre, rétorquer, soutenir, regretter, craindre, redouter, déplorer, rappeler fermement,
jurer, garantir, écrire, démontrer, prouver, révéler, dévoiler`

// intransVerbs: what groups do.
const intransVerbs = `manifester, protester, se mobiliser, réagir, se rassembler, s’inquiéter, voter,
s’indigner, attendre, se réunir, s’organiser, résister, témoigner, trinquer, payer les pots cassés,
souffrir, se plaindre, s’exprimer, s’abstenir, déchanter, craindre le pire, perdre patience,
monter au créneau, tirer la sonnette d’alarme, hausser le ton, claquer la porte, démissionner,
se retirer, répondre présent, se serrer la ceinture, tenir bon, se désolidariser, se diviser,
se fâcher, s’insurger, se révolter, grogner, pétitionner, interpeller les élus, exiger des réponses`

// personVerbs: what one does to a person.
const personVerbs = `remercier, féliciter, soutenir, interpeller, rencontrer, recevoir, accuser, critiquer,
défendre, écouter, accueillir, convaincre, tromper, trahir, mépriser, ignorer, épingler, tacler,
recadrer, désavouer, lâcher, saluer, rejoindre, contredire, citer, relayer, suivre, interroger,
attaquer, épauler, accompagner, consulter, associer, écarter, exclure, humilier, caricaturer`

// modalVerbs: followed by an infinitive.
const modalVerbs = `devoir, pouvoir, vouloir, aller, refuser de, promettre de, envisager de, tenter de,
décider de, prévoir de, continuer à, chercher à, hésiter à, renoncer à, oser, accepter de,
s’engager à, menacer de, proposer de, projeter de`

// extraVerbs: conjugated for the vocabulary but used in fixed template
// words (être, avoir, falloir, faire…).
const extraVerbs = `être, avoir, faire, falloir, venir, mériter, payer, coûter, rester, sembler, devenir,
changer, parler, compter, rappeler, oublier, penser, voir, savoir, lire, comprendre, prendre,
agir, réussir, choisir, réfléchir, finir, investir, établir, garantir, subir, ralentir, aboutir,
réagir, bâtir, réunir, perdre, répondre, entendre, rendre, descendre, dépendre, tendre,
répandre, vivre, suivre, écrire, courir, ouvrir, offrir, partir, sortir, servir, conduire, produire,
réduire, détruire, craindre, rejoindre, atteindre, battre, rompre, convaincre, résoudre, conclure,
recevoir, décevoir, connaître, paraître, disparaître, apparaître, plaire, élire, réélire, tenir,
obtenir, maintenir, retenir, prévoir, revoir, apprendre, reprendre, surprendre, permettre, admettre,
transmettre, acquérir, envoyer, valoir, accueillir, fuir, suffire, nuire, exclure, inclure,
appeler, jeter, acheter, lever, mener, amener, céder, préférer, espérer, répéter, protéger,
gérer, payer, employer, nettoyer, essayer, créer, commencer, manger, partager, exiger, menacer,
placer, remplacer, annoncer, prononcer, engager, aménager, encourager, déléguer, libérer, intégrer,
considérer, accélérer, inquiéter, révéler, régler, compléter, interpréter, délibérer, célébrer`
