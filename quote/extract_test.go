package quote_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/quote"
)

// quotationJSON is a quotation as the golden and want files hold it.
type quotationJSON struct {
	Text        string       `json:"text"`
	Start       int          `json:"start,omitempty"`
	End         int          `json:"end,omitempty"`
	Speaker     string       `json:"speaker"`
	Attribution string       `json:"attribution,omitempty"`
	Short       bool         `json:"short,omitempty"`
	Kind        string       `json:"kind,omitempty"`
	Handle      string       `json:"handle,omitempty"`
	Date        string       `json:"date,omitempty"`
	Parts       []quote.Span `json:"parts,omitempty"`
}

func toJSON(q quote.Quotation) quotationJSON {
	o := quotationJSON{Text: q.Text, Start: q.Start, End: q.End, Speaker: q.Speaker,
		Attribution: q.Attribution, Short: q.Short, Handle: q.Handle, Date: q.Date}
	if q.Kind == quote.Embedded {
		o.Kind = "embedded"
	}
	if len(q.Parts) > 1 {
		o.Parts = q.Parts
	}
	return o
}

// checkQuotations asserts the invariants of Extract's output: spans inside
// the article and increasing, parts reproducing the text, no quotation
// mark left at either end of a part.
func checkQuotations(t testing.TB, article string, qs []quote.Quotation) {
	t.Helper()
	prev := -1
	for i, q := range qs {
		require.LessOrEqual(t, 0, q.Start, "quotation %d", i)
		require.LessOrEqual(t, q.Start, q.End, "quotation %d", i)
		require.LessOrEqual(t, q.End, len(article), "quotation %d", i)
		require.LessOrEqual(t, prev, q.Start, "quotations out of order at %d", i)
		prev = q.Start
		require.NotEmpty(t, q.Parts, "quotation %d", i)
		var texts []string
		last := -1
		for _, p := range q.Parts {
			require.True(t, p.Start >= q.Start && p.End <= q.End && p.Start < p.End && p.Start >= last, "quotation %d part %v", i, p)
			last = p.End
			texts = append(texts, article[p.Start:p.End])
		}
		if len(q.Parts) == 1 {
			require.Equal(t, article[q.Start:q.End], q.Text, "quotation %d", i)
		} else {
			joined := strings.Join(texts, "\n") == q.Text || strings.Join(texts, " ") == q.Text
			if !joined {
				// An incise joined with a space after paragraphs joined
				// with line breaks: every part still appears in order.
				rest := q.Text
				for _, tx := range texts {
					k := strings.Index(rest, tx)
					require.GreaterOrEqual(t, k, 0, "quotation %d part %q", i, tx)
					rest = rest[k+len(tx):]
				}
			}
		}
		if q.Kind == quote.Embedded {
			require.NotEmpty(t, q.Handle)
		}
	}
}

func TestExtractSeed001Golden(t *testing.T) {
	article := seed(t, "001_92f5ae7dbd1ad8c3.txt")
	qs := quote.Extract(article)
	checkQuotations(t, article, qs)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, q := range qs {
		require.NoError(t, enc.Encode(toJSON(q)))
	}
	golden(t, filepath.Join("quote", "seed001.golden.jsonl"), b.String())

	// The facts the golden file must keep, spelled out.
	require.Len(t, qs, 13)
	assert.Equal(t, "l'ancienne ministre du Logement", qs[0].Speaker)
	assert.Len(t, qs[0].Parts, 2, "the tweet is quoted in two parts around its attribution")
	assert.Equal(t, "cet individu", qs[1].Speaker, "the harasser's message")
	assert.Equal(t, quote.Embedded, qs[2].Kind)
	assert.Equal(t, "CecileDuflot", qs[2].Handle)
	assert.Equal(t, "2020-12-01", qs[2].Date)
	assert.Equal(t, "Cécile Duflot", qs[3].Speaker, "a-t-elle confié resolves to the last named speaker")
	assert.True(t, qs[4].Short, "«de femmes notamment» is a short quotation")
	assert.Equal(t, "franceinter", qs[11].Handle)
	assert.Equal(t, "Cécile Duflot", qs[12].Speaker, "the .@CecileDuflot handle resolves to the embedded post's name")
}

// TestExtractArticles checks the articles in testdata/quote/articles
// against their .want.jsonl files: every expected quotation, in order,
// with its speaker, shortness and embedded-post details.
func TestExtractArticles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "quote", "articles", "*.txt"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 15, "at least 15 articles")
	sort.Strings(files)
	total, right := 0, 0
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			article := string(b)
			qs := quote.Extract(article)
			checkQuotations(t, article, qs)
			wb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want.jsonl")
			require.NoError(t, err)
			var want []quotationJSON
			for n, line := range strings.Split(strings.TrimSpace(string(wb)), "\n") {
				var w quotationJSON
				require.NoError(t, json.Unmarshal([]byte(line), &w), "%s line %d", f, n+1)
				want = append(want, w)
			}
			total += len(want)
			got := make([]quotationJSON, len(qs))
			for i, q := range qs {
				got[i] = toJSON(q)
				got[i].Start, got[i].End, got[i].Attribution, got[i].Parts = 0, 0, "", nil
			}
			for i := range want {
				if i < len(got) && assert.Equal(t, want[i], got[i], "quotation %d", i+1) {
					right++
				}
			}
			assert.Equal(t, len(want), len(got), "number of quotations")
		})
	}
	t.Logf("extraction: %d of %d expected quotations exactly right (%.1f%%)", right, total, 100*float64(right)/float64(max(total, 1)))
}

func TestExtractForms(t *testing.T) {
	cases := []struct {
		name, article string
		texts         []string
		speakers      []string
	}{
		{"narrow no-break spaces", "La maire a réagi\u202f: «\u202fC’est une honte\u202f!\u202f»", []string{"C’est une honte\u202f!"}, []string{"La maire"}},
		{"no-break spaces, after", "«\u00a0Nous ne céderons pas\u00a0», a déclaré Marie Lenoir.", []string{"Nous ne céderons pas"}, []string{"Marie Lenoir"}},
		{"curly", "Selon Paul Hamon, “tout est faux”.", []string{"tout est faux"}, []string{"Paul Hamon"}},
		{"straight", `Le député Paul Hamon écrit : "Je démissionne ce soir."`, []string{"Je démissionne ce soir."}, []string{"Paul Hamon"}},
		{"nested", `«On m'a dit: "cachez-vous" et j'ai obéi», raconte Léa Martin.`, []string{`On m'a dit: "cachez-vous" et j'ai obéi`}, []string{"Léa Martin"}},
		{"incise", "« Je ne partirai pas », a-t-il dit, « je reste », a rapporté Le Progrès.", []string{"Je ne partirai pas", "je reste"}, []string{"", "Le Progrès"}},
		{"two parts", "Marie Lenoir était là. « Je ne partirai pas », a-t-elle dit, « je reste ici ».", []string{"Je ne partirai pas je reste ici"}, []string{"Marie Lenoir"}},
		{"unbalanced", "Il a lancé « vous êtes des traîtres\n\nLa suite du texte.", []string{"vous êtes des traîtres"}, nil},
		{"paragraphs", "« Premier paragraphe.\n\n« Second paragraphe », a conclu Marie Lenoir.", []string{"Premier paragraphe.\nSecond paragraphe"}, []string{"Marie Lenoir"}},
		{"empty marks", "Des guillemets vides « » et \"\" ne sont rien.", nil, nil},
		{"lone straight quote", `Il mesure 6" de haut.`, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := quote.Extract(c.article)
			checkQuotations(t, c.article, qs)
			var texts []string
			for _, q := range qs {
				texts = append(texts, q.Text)
			}
			assert.Equal(t, c.texts, texts)
			for i, s := range c.speakers {
				if assert.Less(t, i, len(qs)) {
					assert.Equal(t, s, qs[i].Speaker, "speaker of %d", i)
				}
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"« a », dit-il, « b ».", "«««", "»»» «", "\"x\" \"", "“ ”", "texte — Nom (@h) 1er mai 2020",
		"« un\n\n« deux\n\n» trois »", "\xff«\xfe»", ".@x, y : \"z\"", "", "« » « »",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, article string) {
		checkQuotations(t, article, quote.Extract(article))
	})
}
