package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchPosts is realistic French post text built from the fixtures: a few
// KB of replies, quotes and article sentences, in three variants.
var benchPosts = func() string {
	var b strings.Builder
	for _, s := range []string{
		"Chers gens que j’aime bien sur Twitter et cher•e•s inconnu•e•s qui m’aimez bien, ce message pour vous dire que je vais m’en aller pour un temps. Depuis 3 ans un homme me harcèle par différents moyens. Il y a eu 3 procès, il est allé en prison. Il vient de rerererecommencer pic.twitter.com/D6VCmJFxVF",
		"@SoleneRavenaud Démissionne sale putophobe. On va te harceler durant tout ton mandat jusqu’à ce que tu te casses. Criminelle !",
		"Affligé par ce que j’ai vu hier soir sur le plateau de « Paroles et des actes ». Le débat mérite mieux que ça.",
		"«\u00a0Et ça, c’est le moins pire de ce que j’ai reçu\u00a0», a-t-elle confié sur une radio publique lundi.",
		"Se faisant traiter « d’Arabe de service », de « collabo », de « traître » ou de « carpette », l’élu a reçu le soutien de nombreux militants — et même d’une ministre. #JeSoutiensKarim",
		"Il ne faut pas minimiser quand ça arrive à quelqu’un autour de vous, il faut pas dire que c’est pas grave… 👏🏽",
	} {
		b.WriteString(s)
		b.WriteString("\n")
	}
	base := b.String()
	return strings.Repeat(base, 4096/len(base)+1)
}()

var benchInputs = []struct{ name, text string }{
	{"typographic", benchPosts},
	{"plain", strings.NewReplacer("’", "'", "«\u00a0", "\"", "\u00a0»", "\"", "—", "-", "…", "...", "•", ".").Replace(benchPosts)},
	{"normal", Match.String(benchPosts)},
}

func BenchmarkMatch(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				_ = Match.Normalize(in.text)
			}
		})
	}
}

func BenchmarkDisplay(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				_ = Display.Normalize(in.text)
			}
		})
	}
}

// BenchmarkNFC is the reference: a bare norm.NFC.String pass over the same
// input. The target is Match at most 3× its cost.
func BenchmarkNFC(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				_ = norm.NFC.String(in.text)
			}
		})
	}
}

func BenchmarkTokens(b *testing.B) {
	x := Match.Normalize(benchPosts)
	b.SetBytes(int64(len(benchPosts)))
	b.ReportAllocs()
	for b.Loop() {
		_ = x.Tokens()
	}
}
