package main

import (
	"context"
	"embed"
	"fmt"

	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// The demo stories. They are modelled on the three seed articles in
// ../shared/seeds, with fictional people and accounts: nobody real is
// quoted here. Each story's archive is a JSON Lines file of demodata/,
// embedded in the binary.

//go:embed demodata
var demoData embed.FS

// story is one case the demo tells end to end: an archive, and the texts
// that circulated.
type story struct {
	title   string
	context string
	archive string   // file of demodata/
	article string   // file of demodata/ whose quotations are verified, or ""
	quotes  []string // texts that circulated, verified one by one
	// replies, when set, lists the replies to the source found in the
	// archive, read through the de-obfuscation fold.
	replies bool
	// montage is a file of demodata/ holding a composite (a screenshot
	// as it circulated) to judge against the archive, or "".
	montage string
}

var stories = []story{
	{
		title: "Un article cite une ancienne ministre, et le texte dérive",
		context: "Hélène Marceau (@HeleneMarceau), ancienne ministre, annonce qu'elle quitte le réseau : un homme la harcèle. " +
			"Un site d'information cite son tweet : apostrophes droites, écriture inclusive retapée, lien perdu, coupes marquées (...). " +
			"Puis une version retouchée circule. Chaque citation de l'article est cherchée dans l'archive de ses messages.",
		archive: "marceau.jsonl",
		article: "marceau_article.txt",
	},
	{
		title: "Un élu local, un seul mot, et le flot des réponses",
		context: "Karim Belhadj (@KBelhadj_Avignon), conseiller municipal, réagit d'un mot à un débat télévisé. " +
			"Une capture de son message circule avec les réponses injurieuses qu'il a reçues. Qui a écrit quoi ?",
		archive: "belhadj.jsonl",
		quotes:  []string{"« Affligé »"},
		replies: true,
	},
	{
		title: "Un tweet politique dur, et ce qui l'entourait ce soir-là",
		context: "Julien Marcy (@JulienMarcy), militant, interpelle une ministre fictive, Claire Durand, avec les mots mêmes du tweet " +
			"de la note 1 de l'article d'origine. Des années plus tard, son tweet circule seul, dans un courriel mal encodé et dans " +
			"une capture retapée, puis dans un bloc de messages d'autres comptes qui la traitent de « salope » et appellent à la tondre. " +
			"L'archive rend ses autres messages de la soirée.",
		archive: "marcy.jsonl",
		quotes: []string{
			"« On va te harceler durant tout ton mandat »",
			"DÃ©missionne sale putophobe. On va te harceler durant tout ton mandat jusquâ€™Ã  ce que tu te casses. Criminelle !",
			"DEMISSIONNE sale putophobe.\nOn va te harceler durant tout ton mandat jusqu'a ce que tu te casses. CRIMINELLE !!!",
		},
		montage: "marcy_montage.json",
	},
}

// loadStory reads a story's archive from the binary: every record of it
// must load.
func loadStory(ctx context.Context, s story) (*provenance.Memory, error) {
	mem, _, err := provenance.Open(ctx, provenance.OpenOptions{FS: demoData, Paths: []string{"demodata/" + s.archive}, Strict: true})
	return mem, err
}

// storyQuotes returns the story's quotes to verify: the quotations of its
// article, then the circulated texts.
func storyQuotes(s story) ([]verifyInput, error) {
	var out []verifyInput
	if s.article != "" {
		b, err := demoData.ReadFile("demodata/" + s.article)
		if err != nil {
			return nil, err
		}
		for _, q := range quote.Extract(string(b)) {
			out = append(out, verifyInput{id: fmt.Sprintf("q%d", len(out)+1), text: q.Text, speaker: q.Speaker})
		}
	}
	for _, q := range s.quotes {
		out = append(out, verifyInput{id: fmt.Sprintf("q%d", len(out)+1), text: q})
	}
	return out, nil
}

// storyMontage reads a story's composite.
func storyMontage(s story) (montage.Composite, error) {
	b, err := demoData.ReadFile("demodata/" + s.montage)
	if err != nil {
		return montage.Composite{}, err
	}
	return montage.ParseComposite(b)
}
