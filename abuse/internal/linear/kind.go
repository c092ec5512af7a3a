package linear

import (
	"slices"
	"strings"
)

// kindStems are the beginnings of French words of kindness, praise and
// care (accents folded, as the deobfuscated key writes them): the
// features read them as one class, so that a word of praise the
// training data never saw (« admirés », « chérir ») weighs as the ones
// it saw (« admiration », « honneur »). Almost every hateful message of
// the training data names a group, and many kind ones do too: without
// the class, « Les réfugiés devraient tous être admirés » reads as the
// hateful template « … devraient tous être exécutés ».
var kindStems = []string{
	"accueil", "admir", "ador", "aim", "amiti", "amour", "amoureu", "applaud",
	"bienveill", "bienvenu", "bonheur", "brav", "brillant", "celebr", "cher",
	"choy", "courag", "dignit", "egalit", "encourag", "epanou", "estim",
	"felicit", "fier", "fiert", "formidabl", "gentil", "genia", "gratitud",
	"heureu", "honneur", "honor", "inspir", "joie", "magnifiqu", "merci",
	"merveill", "precieu", "protege", "proteg", "remerc", "respect",
	"solidair", "solidarit", "soign", "soin", "souri", "soutien", "souten",
	"soutenu", "superb", "talent", "tendress", "valoris",
}

// negators are the words that turn a kind word around when they come
// shortly before it (« je n'aime pas », « jamais admirés »).
var negators = []string{"ne", "n", "pas", "jamais", "aucun", "aucune", "rien", "nul", "nulle"}

// isKind reports whether a word of the deobfuscated key is a word of
// kindness: it begins with one of kindStems.
func isKind(w string) bool {
	for _, s := range kindStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// kindFeatures appends the kindness features of the deobfuscated key:
// one for a kind word the four words before it do not negate, one for a
// negated one, each at most once; name, when not nil, is called with
// each feature's name.
func kindFeatures(deob string, dst []Feature, name func(Name)) []Feature {
	var recent [4]string
	n := 0
	var plain, negated bool
	words(deob, func(w string) {
		if isKind(w) {
			if slices.ContainsFunc(recent[:], func(r string) bool { return slices.Contains(negators, r) }) {
				negated = true
			} else {
				plain = true
			}
		}
		recent[n%len(recent)] = w
		n++
	})
	if plain {
		dst = lexFeature(dst, Name{Kind: Kindness, Text: "plain"}, name)
	}
	if negated {
		dst = lexFeature(dst, Name{Kind: Kindness, Text: "negated"}, name)
	}
	return dst
}
