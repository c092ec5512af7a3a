package provenance_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/provenance"
)

// A Result prints as its readable report: in French with String (or
// fmt), in English with WriteReport.
func ExampleResult_String() {
	ctx := context.Background()
	mem := provenance.NewMemory()
	if _, err := (&provenance.Loader{}).ReadFrom(ctx, mem, "archive.jsonl", strings.NewReader(archive)); err != nil {
		panic(err)
	}
	res, err := provenance.Link(ctx, mem, "Le débat mérite mieux que ça", &provenance.Options{Author: "@KBelhadj_Avignon"})
	if err != nil {
		panic(err)
	}
	fmt.Print(res)
	fmt.Println()
	_ = res.WriteReport(os.Stdout, language.English)
	// Output:
	// │ Le débat mérite mieux que ça
	//   → verdict : excerpt — extrait fidèle (score 0.99)
	//   Source : @KBelhadj_Avignon, 22 janv. 2016 à 22:14 UTC — https://x.com/KBelhadj_Avignon/status/101
	//   │ Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.
	//   Lu dans : archive.jsonl:1
	//   passage cité, octets [39,71) :
	//   │ Le débat mérite mieux que ça.
	//     · début omis         citation —  source «Affligé par ce que j’ai vu ce soir»
	//     · typographie        citation —  source «.»
	//   Mêmes mots publiés aussi par :
	//     @asso84 (X), 23 janv. 2016 à 08:00 UTC (verdict : excerpt) — https://x.com/asso84/status/103
	//   Fil : message d'ouverture de sa conversation
	//   Réponses (1) :
	//     ↳ @lucie_r, 22 janv. 2016 à 22:45 UTC : @KBelhadj_Avignon Tout mon soutien
	//   repartagé par @asso84, 23 janv. 2016 à 08:00 UTC : RT @KBelhadj_Avignon: Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.
	//
	//   │ Le débat mérite mieux que ça
	//   → verdict: excerpt — a faithful excerpt (score 0.99)
	//   Source: @KBelhadj_Avignon, 22 Jan 2016 at 22:14 UTC — https://x.com/KBelhadj_Avignon/status/101
	//   │ Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.
	//   Read from: archive.jsonl:1
	//   quoted passage, bytes [39,71):
	//   │ Le débat mérite mieux que ça.
	//     · start left out     quote —  source “Affligé par ce que j’ai vu ce soir”
	//     · typography         quote —  source “.”
	//   The same words were also posted by:
	//     @asso84 (X), 23 Jan 2016 at 08:00 UTC (verdict: excerpt) — https://x.com/asso84/status/103
	//   Thread: the opening post of its conversation
	//   Replies (1):
	//     ↳ @lucie_r, 22 Jan 2016 at 22:45 UTC: @KBelhadj_Avignon Tout mon soutien
	//   reshared by @asso84, 23 Jan 2016 at 08:00 UTC: RT @KBelhadj_Avignon: Affligé par ce que j’ai vu ce soir. Le débat mérite mieux que ça.
}
