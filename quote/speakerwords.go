package quote

import "strings"

// The word lists that attribution reads. They were written by the
// guillemet authors from French press usage; they are not exhaustive, and
// a word missing from them makes a speaker unknown, never wrong.

// speechVerbs are verbs of saying, as past participles, third-person
// present and imperfect forms (without a pronoun suffix).
var speechVerbs = wordSet(`déclaré déclare dit affirmé affirme ajouté ajoute expliqué explique
confié confie tweeté tweete twitté écrit estimé estime raconté raconte lancé lance réagi réagit
souligné souligne assuré assure martelé martèle dénoncé dénonce regretté regrette poursuivi poursuit
insisté insiste indiqué indique précisé précise répondu répond commenté commente publié publie
posté poste rappelé rappelle fustigé fustige admis admet reconnu reconnaît reconnait confirmé confirme
avoué avoue répété répète glissé glisse résumé résume conclu conclut tranché tranche témoigné témoigne
prévenu prévient averti avertit jugé juge déploré déplore ironisé ironise interrogé interroge
indigné indigne insurgé insurge emporté emporte exclamé exclame défendu défend lâché lâche
annoncé annonce protesté proteste plaidé plaide répliqué réplique rétorqué rétorque démenti dément
accusé accuse attaqué attaque menacé menace alerté alerte rapporté rapporte relaté relate cité cite
souffle soufflé murmure murmuré observé observe noté note objecté objecte nuancé nuance
qualifié qualifie traité traite parlé parle évoqué évoque réclamé réclame promis promet
salué salue demandé demande appelé appelle dénonçait qualifiait traitait parlait évoquait
résumait disait écrivait expliquait déclarait affirmait ajoutait estimait racontait confiait
lançait tweetait assurait répondait rétorquait insistait prévenait jugeait tranchait
contesté conteste contestait promettait réclamait demandait disent disaient appris apprend
déclarent affirment ajoutent expliquent estiment racontent dénoncent qualifient traitent parlent
évoquent réclament fustigent regrettent déplorent saluent jugent assurent répondent soulignent
rappellent préviennent alertent témoignent protestent promettent demandent confient`)

// makeVerbs are the infinitives that "faire" turns into a verb of
// saying: "a fait remarquer X", "a fait savoir".
var makeVerbs = wordSet(`remarquer observer valoir savoir part`)

// namingVerbs are the verbs of saying that take a quoted noun as their
// object with no colon: "X dénonce une « meute »", "X a qualifié Y de
// « traître »", "X parle d'un « budget de façade »".
var namingVerbs = wordSet(`dénoncé dénonce dénonçait qualifié qualifie qualifiait traité traite
traitait parlé parle parlait évoqué évoque évoquait réclamé réclame fustigé fustige promis promet
lancé lance lâché lâche regretté regrette déploré déplore salué salue appelé appelle tweeté tweete
écrit écrivait dit disait répondu répond demandé demande promettait réclamait demandait disent
disaient dénoncent qualifient traitent parlent évoquent réclament fustigent regrettent déplorent
saluent promettent demandent`)

// auxiliaries may come before a verb of saying.
var auxiliaries = wordSet(`a avait aurait ont avaient auront s'est s’est s'était s’était se sont
vient venait`)

// clitics are the object pronouns between a subject and its verb, or
// before an inverted auxiliary: "lui a rétorqué Y", "nous a confié X".
var clitics = wordSet(`lui leur nous vous me m' m’ te t' t’ l' l’ se s' s’ y en ne n' n’`)

// complementWords end a subject after the verb: "a déclaré Marie Lenoir
// sur Radio Ventoux".
var complementWords = wordSet(`sur à au aux dans devant lors en depuis avant après face pendant
lundi mardi mercredi jeudi vendredi samedi dimanche hier auprès via selon pour lorsque quand
alors tandis`)

// determiners may open a subject written as a description ("le maire de
// Bordeaux", "plusieurs élus").
var determiners = wordSet(`le la les l' l’ un une des du au aux son sa ses cet cette ce ces leur leurs
notre votre plusieurs certains certaines quelques d'autres`)

// preNominal are adjectives that may stand between a determiner and the
// noun of a description ("l'ancienne ministre", "un jeune élu").
var preNominal = map[string]gender{
	"ancien": masculine, "ancienne": feminine, "anciens": masculine, "anciennes": feminine,
	"nouveau": masculine, "nouvel": masculine, "nouvelle": feminine, "jeune": 0, "vieux": masculine,
	"vieille": feminine, "premier": masculine, "première": feminine, "seul": masculine, "seule": feminine,
	"ex": 0, "ex-": 0, "futur": masculine, "future": feminine, "actuel": masculine, "actuelle": feminine,
	"autre": 0, "même": 0, "principal": masculine, "principale": feminine,
}

// gender is the grammatical gender of a word or a mention; 0 when the
// text does not tell.
type gender uint8

const (
	masculine gender = 1 + iota
	feminine
	// unresolvable is the "gender" of a pronoun that names nobody in
	// particular: ils, elles, on.
	unresolvable
)

// speakerNouns are the heads of descriptions that can speak: people by
// their role, and bodies that issue statements. The value is the noun's
// gender; 0 for a noun of either gender ("le maire", "la maire"), whose
// gender comes from its determiner. Plurals are formed by adding s or x.
var speakerNouns = map[string]gender{}

func init() {
	// Roles written masculine/feminine.
	for _, pair := range strings.Fields(`préfet/préfète député/députée sénateur/sénatrice
		conseiller/conseillère adjoint/adjointe élu/élue recteur/rectrice président/présidente
		vice-président/vice-présidente avocat/avocate animateur/animatrice militant/militante
		enseignant/enseignante professeur/professeure procureur/procureure directeur/directrice
		candidat/candidate opposant/opposante habitant/habitante policier/policière
		harceleur/harceleuse collaborateur/collaboratrice interlocuteur/interlocutrice patron/patronne
		chercheur/chercheuse historien/historienne écrivain/écrivaine chroniqueur/chroniqueuse
		présentateur/présentatrice correspondant/correspondante agent/agente délégué/déléguée
		représentant/représentante dirigeant/dirigeante fondateur/fondatrice organisateur/organisatrice
		voisin/voisine ami/amie riverain/riveraine manifestant/manifestante eurodéputé/eurodéputée
		administrateur/administratrice inspecteur/inspectrice rapporteur/rapporteuse auteur/autrice
		commerçant/commerçante étudiant/étudiante salarié/salariée employé/employée cadre/cadre
		avocat-conseil/avocate-conseil homme/femme père/mère fils/fille frère/sœur mari/épouse
		supérieur/supérieure expert/experte assistant/assistante détenu/détenue plaignant/plaignante
		prévenu/prévenue accusé/accusée victime/victime`) {
		m, f, _ := strings.Cut(pair, "/")
		if m == f {
			speakerNouns[m] = 0
			continue
		}
		speakerNouns[m], speakerNouns[f] = masculine, feminine
	}
	// Roles of either gender.
	for _, w := range strings.Fields(`maire ministre journaliste juge secrétaire syndicaliste essayiste
		vidéaste chef élève adversaire responsable membre gendarme médecin politologue sociologue
		économiste philosophe éditorialiste reporter fonctionnaire proche collègue camarade internaute
		porte-parole député-maire sénateur-maire garde commissaire leader influenceur influenceuse
		témoin parent`) {
		speakerNouns[w] = 0
	}
	// Only the "victime" and "personne" that speak are feminine words for
	// anyone; they agree with "elle".
	speakerNouns["victime"], speakerNouns["personne"] = feminine, feminine
	// People and bodies of one grammatical gender.
	for _, w := range strings.Fields(`individu compte bureau groupe collectif syndicat parti
		gouvernement ministère parquet tribunal rectorat cabinet conseil comité entourage camp
		club cercle barreau ordre`) {
		speakerNouns[w] = masculine
	}
	for _, w := range strings.Fields(`source mairie préfecture direction chaîne station rédaction
		association opposition majorité plateforme entreprise société gendarmerie police commune ville
		région municipalité équipe famille défense partie intersyndicale fédération ligue coordination
		présidence assemblée cour justice agence sage-femme`) {
		speakerNouns[w] = feminine
	}
}

// speakerNoun returns the gender of a noun that can head a speaking
// description, singular or plural, and whether it is one.
func speakerNoun(w string) (g gender, plural, ok bool) {
	w = strings.ToLower(w)
	if g, ok := speakerNouns[w]; ok {
		return g, false, true
	}
	for _, suffix := range []string{"s", "x"} {
		if s, cut := strings.CutSuffix(w, suffix); cut {
			if g, ok := speakerNouns[s]; ok {
				return g, true, true
			}
		}
	}
	return 0, false, false
}

// honorifics stand before a name without telling its gender: "Me
// Anne-Sophie Blanc" (maître, a lawyer), "Dr Paul Hamon".
var honorifics = wordSet(`Me Maître Dr Pr`)

// titles are the civil titles that give a name's gender: "Mme Leroux".
var titles = map[string]gender{
	"m.": masculine, "monsieur": masculine, "mme": feminine, "madame": feminine, "mlle": feminine,
	"mademoiselle": feminine,
}

// firstNames are first names used in France for one sex only, with that
// sex; names used for both (Camille, Dominique, Claude, Sacha, Alix…) are
// left out, so that a pronoun never resolves on a guess.
var firstNames = map[string]gender{}

func init() {
	for _, n := range strings.Fields(`Adèle Agathe Agnès Aïcha Alexandra Alice Aline Amandine Amélie
		Anaïs Andrée Angèle Angélique Anne Annick Annie Antoinette Ariane Armelle Audrey Aurélie Aurore
		Béatrice Bérénice Bernadette Brigitte Capucine Carole Caroline Catherine Cécile Céline Chantal
		Charlotte Chloé Christelle Christiane Christine Claire Clara Clarisse Claudine Clémence Colette
		Coralie Corinne Cyrielle Danielle Delphine Denise Diane Djamila Dorothée Édith Éléonore Élisa
		Élisabeth Élise Élodie Éloïse Elsa Émilie Emma Emmanuelle Estelle Eva Éva Évelyne Fabienne
		Fanny Farida Fatima Fatou Florence Françoise Frédérique Gabrielle Geneviève Ghislaine Hélène
		Hortense Inès Ingrid Irène Isabelle Jacqueline Jeanne Jennifer Jessica Joëlle Josiane Juliette
		Julie Justine Karine Katia Khadija Laetitia Laëtitia Laura Laure Laurence Léa Leïla Léna Liliane
		Lina Lise Louise Lucie Lucille Lydie Madeleine Maëlle Magali Malika Manon Margaux Margot Marianne
		Marie Marine Marion Marthe Martine Maryse Mathilde Maud Mélanie Mélissa Michèle Micheline
		Mireille Monique Muriel Myriam Nadège Nadia Nadine Naïma Nathalie Nicole Noémie Océane Odile
		Ophélie Pascale Patricia Paule Pauline Perrine Rachida Rebecca Rose Rosine Roxane Sabine Sabrina
		Salomé Samia Samira Sandrine Sarah Séverine Simone Solène Sonia Sophie Stéphanie Suzanne Sylvie
		Thérèse Valentine Valérie Vanessa Véronique Victoire Virginie Viviane Yasmina Yasmine Yvette
		Yvonne Zoé Zohra Annabelle Bénédicte Gaëlle Hélèna Lorraine Maëva Nora Soraya Amina`) {
		firstNames[n] = feminine
	}
	for _, n := range strings.Fields(`Abdel Abdelkader Adrien Ahmed Alain Alban Albert Alexandre Alexis
		Ali Amaury André Antoine Antonin Armand Arnaud Arthur Aurélien Axel Baptiste Bastien Benjamin
		Benoît Bernard Bertrand Boris Bruno Cédric Charles Christian Christophe Clément Cyril Damien
		Daniel David Denis Didier Dimitri Djamel Édouard Éric Étienne Fabien Fabrice Farid Félix
		Fernand Florent Florian Francis Franck François Frédéric Gabriel Gaël Gaëtan Gaston Georges
		Gérard Germain Gilbert Gilles Grégoire Grégory Guillaume Gustave Guy Hamid Henri Hervé Hugo
		Hugues Jacques Jean Jérémie Jérôme Joël Jonathan Joseph Julien Jules Karim Kevin Kévin Laurent
		Léo Léon Lionel Loïc Louis Luc Lucas Lucien Ludovic Marc Marcel Martin Mathieu Matthieu
		Maurice Maxime Médéric Mehdi Michel Mickaël Mohamed Nicolas Noël Octave Olivier Pascal Patrice
		Patrick Paul Philippe Pierre Quentin Rachid Raphaël Raymond Régis Rémi Rémy Renaud René Richard
		Robert Roger Romain Samuel Sébastien Serge Simon Sofiane Stéphane Sylvain Thibault Thierry
		Thomas Timothée Tristan Valentin Victor Vincent Walid Xavier Yann Yannick Yves Yohan Youssef
		Anthony Bilal Brahim Christophe Erwan Gwenaël Hicham Ilyès Jordan Karl Killian Malik Marius
		Mathis Nabil Nordine Omar Rayan Tanguy Théo Hakim Jules-Henri Lucas Bruno`) {
		firstNames[n] = masculine
	}
}

// firstNameGender returns the sex a first name gives: the first part of
// a compound name decides ("Jean-Pierre", "Marie-Claire"), except
// "Jean-Marie" and its kin, which are men's names.
func firstNameGender(w string) gender {
	if g, ok := firstNames[w]; ok {
		return g
	}
	first, rest, ok := strings.Cut(w, "-")
	if !ok {
		return 0
	}
	g := firstNames[first]
	if first == "Jean" || first == "Pierre" || first == "Paul" {
		return masculine
	}
	if g == feminine && firstNames[rest] == masculine {
		return 0
	}
	return g
}

// notPersonWords mark a run of capitalised words as a body, a medium or
// a place rather than a person: "Radio Ventoux", "Ventoux TV", "Conseil
// des ministres".
var notPersonWords = wordSet(`Radio TV Télé Télévision Infos Info Inter Matin Soir Presse Libre
	Journal Courrier Progrès Hebdo Magazine FM Actu Média Médias Conseil Assemblée Sénat Ministère
	Tribunal Cour Parquet Mairie Préfecture Région Département République État Union Europe Nations
	Saint Sainte Avenue Rue Place Boulevard Quai Palais Hôtel Lycée Collège Université École Institut
	Facebook Twitter Instagram TikTok YouTube Telegram WhatsApp Snapchat LinkedIn Mastodon Bluesky
	Arcom AFP Parti Mouvement Front Rassemblement Comité Association Fédération Syndicat Ligue
	Société Groupe Club Fondation Agence Office Centre Hôpital Commissariat Gendarmerie Police
	Métropole Ville Communauté Vaucluse Provence France Paris Lyon Marseille Avignon`)

// elected are the roles an "élu" or "élue" may stand for: "l'élue" is
// the one councillor, mayor or member of parliament the article names.
var electedRoles = strings.Fields(`maire adjoint adjointe conseiller conseillère député députée
sénateur sénatrice eurodéputé eurodéputée député-maire sénateur-maire président présidente
vice-président vice-présidente`)
