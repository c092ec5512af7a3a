package quote_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/guillemet/guillemet/quote"
)

// sentences are French sentences in the style of political posts, written
// for the benchmarks.
var sentences = []string{
	"Le conseil municipal a voté le budget de la culture après trois heures de débat houleux.",
	"Chers ami·es, je vous remercie pour vos messages de soutien depuis dimanche soir.",
	"Il ne faut pas minimiser le harcèlement que subissent les élues sur les réseaux sociaux.",
	"Notre ville mérite mieux que ces polémiques stériles entretenues par l’opposition.",
	"La préfecture a confirmé l’ouverture d’une enquête après les menaces reçues jeudi.",
	"Je ne céderai pas aux intimidations, ni aujourd’hui ni demain, quoi qu’il en coûte.",
	"Les habitants du quartier réclament depuis des mois une réunion publique sur la sécurité.",
	"Ce projet de loi est une attaque frontale contre les services publics de proximité.",
	"Merci aux bénévoles qui ont tenu le bureau de vote jusqu’à la fermeture hier soir.",
	"Nous porterons plainte contre chacun des auteurs de ces messages injurieux et sexistes.",
}

// articleSource returns about n bytes of French text made of numbered
// variations of the sentences, so that no long run repeats exactly.
func articleSource(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		s := sentences[i%len(sentences)]
		fmt.Fprintf(&b, "%s (%d) ", strings.TrimSuffix(s, "."), i)
		if i%7 == 6 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkAlignTweet aligns a tweet-sized quote (an altered excerpt with
// typographic changes, under 280 characters) against a 2 KB source.
// The source is 2,043 bytes; the quotes are 165 characters (two
// sentences) and 280 (four, the last cut at the limit).
func BenchmarkAlignTweet(b *testing.B) {
	src := articleSource(2000)
	two := sentences[3] + " " + sentences[4]
	longest := []rune(two + " " + sentences[5] + " " + sentences[6])[:280]
	for _, q := range []string{two, string(longest)} {
		q = strings.ReplaceAll(q, "’", "'")
		q = strings.Replace(q, "stériles", "inutiles", 1)
		b.Run(fmt.Sprintf("quote=%dc", utf8.RuneCountInString(q)), func(b *testing.B) {
			b.SetBytes(int64(len(q) + len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := quote.Align(q, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAlignArticle aligns a 1 KB elided quote against 20 KB and
// 200 KB sources, to show the cost grows with the source, not with its
// square.
func BenchmarkAlignArticle(b *testing.B) {
	for _, size := range []int{20_000, 200_000} {
		src := articleSource(size)
		mid := len(src) / 2
		mid += strings.Index(src[mid:], ". ") + 2
		q := src[mid : mid+1000]
		q = q[:strings.LastIndex(q, " ")]
		q = q[:300] + " (...) " + q[400:]
		q = strings.ReplaceAll(q, "’", "'")
		b.Run(fmt.Sprintf("source=%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(q) + len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := quote.Align(q, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtract extracts the quotations of a 20 KB article.
func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 20_000; i++ {
		fmt.Fprintf(&sb, "« %s », a déclaré Marie Lenoir%d. Selon Paul Hamon, « %s »\n\n", sentences[i%10], i, sentences[(i+3)%10])
	}
	art := sb.String()
	b.SetBytes(int64(len(art)))
	b.ReportAllocs()
	for b.Loop() {
		quote.Extract(art)
	}
}

// BenchmarkExtractLarge extracts a 1 MB article with a pronoun after every
// quotation, and a 1 MB article in one paragraph without a full stop: the
// cost stays linear in the article's size (speakers are resolved on
// sorted mentions, and look back a bounded distance).
func BenchmarkExtractLarge(b *testing.B) {
	var paras, one strings.Builder
	for i := 0; paras.Len() < 1_000_000; i++ {
		fmt.Fprintf(&paras, "« %s », a déclaré Marie Lenoir%d. Selon Paul Hamon, « %s ». « Oui », a-t-elle ajouté.\n\n",
			sentences[i%10], i, sentences[(i+3)%10])
	}
	for i := 0; one.Len() < 1_000_000; i++ {
		fmt.Fprintf(&one, "le maire Paul Hamon%d a dit « %s » et ", i, sentences[i%10])
	}
	for _, c := range []struct{ name, art string }{{"paragraphs", paras.String()}, {"one-paragraph", one.String()}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.art)))
			b.ReportAllocs()
			for b.Loop() {
				quote.Extract(c.art)
			}
		})
	}
}
