package corpus

// Proper nouns. All fictional: the parts below were invented by the
// guillemet authors to sound like French place and family names, and are
// combined at start-up with a fixed seed (see lex.go). A person, town,
// party or newspaper that exists is a coincidence.

// signatureTowns open the town list, so they are the most mentioned.
const signatureTowns = `Valbrune, Montferrand-sur-Orve, Saint-Aubin-de-Lézan, Beaumarais, Clairval, Fontbrune,
Roche-Fleury, Villeneuve-la-Sorne, Aubrac-sur-Vionne, Castelmorin, Puy-Sainte-Colombe, Lanvézec,
Marcillac-les-Bains, Bois-Ferrand, Sept-Chênes, Orvieux, Hautefond, Saint-Gilles-des-Marais,
Vernoux-en-Lézan, Belcourt, Mauléon-d’Orve, Esparcieux, Pont-Aubert, Lamblin, Sainte-Foy-la-Forêt,
Charvieu-le-Haut, Brézolles-sur-Sorne, Isigny-le-Vieux, Ambérieux, Fleurac, Ker-Lannic, Plouvenec,
Grandval, Neuvicq, Auterive-sur-Brune, Ussac, Oradour-la-Vionne, Écuvilly, Arçonnay, Étrelles`

// townHeads and townTails are glued into town names (Val + brune).
const townHeads = `Val, Mont, Roche, Beau, Font, Clair, Belle, Haut, Bois, Ville, Bourg, Castel, Cler, Mar,
Vern, Sau, Lan, Mor, Ver, Bel, Mau, Pier, Cour, Char, Bré, Gré, Plou, Ker, Lam, Aube, Ar, Or, Es,
Au, Ven, Sal, Fleur, Sept, Cha, Rive, Ro, Gour, Cham, Brie, Vil, Lor, Mé, Sé, Tré, Quin, Ros,
Blanc, Noir, Vau, Lu, Oza, Ber, Cor, Dom, Pel, Sar, Tau, Vaul, Vic, Ys, Mir, Al, Bar, Can`

const townTails = `brune, fleury, dieu, neuve, marais, ferrand, morin, court, ville, bourg, mont, val,
pierre, lieu, vert, fort, roux, lac, sec, bois, champ, chêne, ray, lande, noire, blanche, fond,
mare, sonne, lignac, zac, ac, ignan, oux, ols, ans, euil, ec, on, ay, ières, elles, ange, aure,
ibe, erre, gny, illy, ennes, ieu, et, ot, ignac, oles, ède, èze, ouze, anges, iers, eville,
ecourt, emont, enay, oux, ac, uel, ivet, ançon, ignon`

// townQualifiers follow some names: "-sur-" + river, "-les-Bains"…
const townQualifiers = `-sur-Orve, -sur-Sorne, -sur-Vionne, -sur-Brune, -sur-Lézan, -sur-Aurence, -les-Bains,
-le-Château, -la-Forêt, -en-Lézan, -en-Brune, -le-Haut, -le-Bas, -le-Vieux, -la-Rivière,
-des-Marais, -des-Bois, -d’Orve, -de-Sorne, -sous-Roche, -en-Val, -la-Ville, -les-Vignes`

const saintsM = `Aubin, Gilles, Rémy, Hilaire, Julien, Martin, Éloi, Amand, Cyprien, Loup, Médard, Ouen,
Ambroise, Yrieix, Germain, Florent, Savin, Léger, Privat, Sulpice, Vaast, Avit, Benoît, Christophe,
Didier, Étienne, Firmin, Genest, Jory, Lizier, Marcel, Nazaire, Pardoux, Quentin, Romain, Sever,
Thibault, Urbain, Victor`

const saintsF = `Foy, Colombe, Radegonde, Geneviève, Eulalie, Marguerite, Hélène, Cécile, Luce, Odile,
Sabine, Solange, Anne, Agathe, Barbe, Croix`

// regions: fictional "pays" and rivers for media names.
const regions = `Haut-Lézan, Val de Sorne, Pays d’Orve, Bas-Vionnais, Mont de Brune, Causse d’Orve,
Littoral brunois, Haut-Vionnais, Bocage sornais, Plateau d’Aurence`

const firstNamesM = `Jean, Pierre, Michel, Philippe, Nicolas, Christophe, Stéphane, Frédéric, Éric, Laurent, Olivier,
Sébastien, Julien, Thomas, Antoine, Mathieu, Guillaume, Benoît, Jérôme, Grégoire, François, Xavier,
Yannick, Loïc, Gaël, Hervé, Thierry, Pascal, Patrick, Bruno, Didier, Gilles, Jacques, Bernard,
Daniel, Marc, Luc, Paul, Hugo, Léo, Théo, Mathéo, Noé, Nathan, Lucas, Louis, Arthur, Jules, Gabriel,
Raphaël, Adam, Yanis, Karim, Mehdi, Samir, Rachid, Youssef, Moussa, Mamadou, Kevin, Dylan, Anthony,
Cédric, Fabien, Damien, Romain, Maxime, Alexis, Bastien, Clément, Quentin, Valentin, Florian,
Aurélien, Timothée, Émile, Baptiste, Tristan, Erwan, Killian, Enzo, René, Gérard, Roger, Henri,
André, Lucien, Marcel, Jean-Luc, Jean-Marc, Pierre-Yves, Jean-François, Joël, Régis, Serge, Alain`

const firstNamesF = `Marie, Sophie, Isabelle, Nathalie, Catherine, Sylvie, Valérie, Christine, Sandrine, Céline,
Aurélie, Julie, Émilie, Camille, Léa, Chloé, Manon, Inès, Sarah, Laura, Pauline, Claire, Hélène, Anne,
Agnès, Cécile, Clémence, Solène, Maëlle, Anaïs, Gaëlle, Zoé, Lina, Jade, Louise, Alice, Juliette,
Margaux, Élise, Amélie, Mathilde, Charlotte, Océane, Audrey, Virginie, Stéphanie, Delphine, Karine,
Laurence, Martine, Monique, Françoise, Brigitte, Danielle, Josiane, Thérèse, Odile, Bérénice,
Capucine, Salomé, Yasmine, Samira, Fatima, Nadia, Leïla, Aïcha, Awa, Fatoumata, Mélanie, Coralie,
Estelle, Fanny, Lucie, Noémie, Ophélie, Rose, Sabine, Tiphaine, Ségolène, Héloïse, Apolline,
Albane, Nolwenn, Morgane, Marie-Claire, Anne-Sophie, Marie-Hélène, Ghislaine, Éloïse, Maud`

// surnames: hand-written, then completed from surnameHeads × surnameTails.
const surnames = `Ravenaud, Castagnet, Lemoine, Duval, Marchetti, Girardot, Fauconnier, Bouvier, Chevalier,
Tessier, Vidal, Lafargue, Morel, Perrin, Robin, Besson, Bonnard, Brunet, Carrel, Chabert, Collin,
Delorme, Dervaux, Escoffier, Favre, Ferrand, Gallet, Garnier, Gauthier, Guillot, Hubert, Jacquet,
Joly, Lagarde, Lambert, Leclerc, Lemaire, Mallet, Masson, Michaud, Millet, Monnier, Pagès,
Pelletier, Poncet, Rey, Rochette, Rouget, Sabatier, Sauvage, Tardieu, Thibaud, Vallet, Verdier,
Vial, Barbier, Berthelot, Blanchard, Bourdon, Chambon, Clavel, Courtois, Dorval, Dumas, Fontaine,
Grosjean, Jouve, Larcher, Mathieu, Ménard, Picard, Pinel, Ribot, Serres, Tournier, Valette, Vernet,
Aubert, Bailly, Caron, Dupuis, Faure, Hamel, Imbert, Jourdan, Laurent, Maréchal, Noël, Olivier,
Prévost, Quéré, Roux, Simon, Texier, Vasseur, Benali, Haddad, Nguyen, Diallo, Traoré, Kaya,
Ferreira, Moreau, Lefèvre, Mercier, Boyer, Rousseau, Fournier, Girard, Bonnet, Legrand, Kerhervé,
Le Bihan, Goasguen, Etcheverry, Larrieu, Arnaud-Pagès, Lhermitte, Dufresne, Béranger, Crozet`

const surnameHeads = `Rav, Cast, Leb, Dub, Mar, Bouv, Chev, Fauc, Gir, Laf, Mor, Per, Rob, Tess, Vid, Bess,
Bon, Brun, Carr, Chab, Coll, Del, Derv, Esc, Fav, Fer, Gal, Garn, Gauth, Guill, Hub, Jac, Jol, Lag,
Lam, Lec, Lem, Mal, Mass, Mich, Mill, Mon, Nic, Pag, Pell, Pon, Rey, Roch, Roug, Sab, Sauv, Tard,
Thib, Vall, Verd, Vial, Bar, Bert, Blanch, Bour, Cham, Cla, Cour, Dor, Dum, Fon, Gar, Gros, Jou,
Lar, Mat, Mén, Pic, Pin, Ribo, Ser, Tour, Val, Vern, Aub, Bail, Car, Dup, Fau, Ham, Imb, Jour`

const surnameTails = `enaud, agnet, ier, eau, ard, on, ot, elle, in, oux, et, aud, ey, ière, ès, ac, ieu,
ais, and, ault, as, ert, ez, ol, ou, at, é, oud, ignac, ineau, eron, erot, illon, ichon, onnet,
elin, iot, ouin, ety, uel, eix, ade, ange, oche, ouët`

// parties: fictional national parties, with their initials.
const parties = `Horizon commun (HC), L’Élan républicain (ER), Alliance sociale et écologiste (ASE),
Mouvement des Territoires (MdT), Nouvelle Gauche populaire (NGP), Union des Libertés (UDL),
Parti de l’Avenir (PA), Cap citoyen (CC), Les Écologistes solidaires (LES), Renouveau national (RN2)`

// localListForms: names of municipal lists; % is the town.
const localListForms = `% Avenir, Ensemble pour %, % en commun, Vivre à %, Agir pour %, % d’abord,
Réinventons %, % écologique et solidaire, Un nouveau souffle pour %, % pour tous, Demain %,
% citoyenne, Fiers de %, Osons %`

// mediaForms: local media; % is a town, $ a region.
const mediaForms = `Le Courrier de %, L’Écho de %, $ Matin, La Voix du $, Radio %, % Infos, Le Petit %dem,
La Gazette de %, Le Réveil du $, % Actu, La Dépêche du $, Le Journal de %, France Locale $,
Le Républicain de %, % Hebdo`

// emoji: the ones political and local accounts use.
const emojiList = `👉, 🔴, 📢, 👏, 😡, 🙏, 👇, ✊, 🤔, 😂, ⚠️, 📍, 🗳️, 💪, 🤡, 😱, 😢, 💔, ❤️, 🇫🇷,
✅, ❌, ➡️, 🔥, 🙄, 😤, 👀, 🏊, 🚲, 🌳, 🏫, 🚆, 🚌, 💶, 📰, 🎥, 😔, 🤷, 👍, 💯`

// streets: the second part of street names.
const streetNames = `des Tilleuls, des Lilas, du Moulin, de la Gare, de la République, des Écoles, du Marché,
de la Liberté, des Acacias, du Stade, de l’Église, des Peupliers, du Château, de la Fontaine,
des Vignes, du Lavoir, de la Poste, des Jardins, du 8-Mai, du Général-Ferrand, Hélène-Castagnet,
Jules-Ravenaud, des Rosiers, du Port, de la Mairie, des Platanes, des Cerisiers, du Pressoir`

const streetKinds = `rue, avenue, place, boulevard, impasse, allée, chemin, quai, route`
