package montage_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
	"github.com/stretchr/testify/require"
)

func flagCodes(m *montage.Montage) []string {
	var out []string
	for _, f := range m.Flags {
		out = append(out, f.Flag.String())
	}
	slices.Sort(out)
	return out
}

// TestMontageTestdata judges the composites of testdata/montage, each
// carrying the verdict and flags it must get ("expect").
func TestMontageTestdata(t *testing.T) {
	ctx := context.Background()
	mem := provenance.NewMemory()
	_, err := (&provenance.Loader{}).Load(ctx, mem, "../testdata/montage/archive.jsonl")
	require.NoError(t, err)
	f, err := os.Open("../testdata/montage/composites.jsonl")
	require.NoError(t, err)
	defer f.Close()
	comps, rejected, err := montage.ReadComposites(f, "composites.jsonl")
	require.NoError(t, err)
	require.Empty(t, rejected)

	expect := map[string]struct {
		Verdict string   `json:"verdict"`
		Flags   []string `json:"flags"`
	}{}
	g, err := os.Open("../testdata/montage/composites.jsonl")
	require.NoError(t, err)
	defer g.Close()
	sc := bufio.NewScanner(g)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			ID     string `json:"id"`
			Expect struct {
				Verdict string   `json:"verdict"`
				Flags   []string `json:"flags"`
			} `json:"expect"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line))
		expect[line.ID] = line.Expect
	}
	require.Len(t, comps, len(expect))
	for _, c := range comps {
		t.Run(c.ID, func(t *testing.T) {
			m, err := montage.Judge(ctx, mem, c, montage.Options{Classifier: abuse.New()})
			require.NoError(t, err)
			want := expect[c.ID]
			require.Equal(t, want.Verdict, m.Verdict.String())
			wantFlags := slices.Clone(want.Flags)
			slices.Sort(wantFlags)
			if wantFlags == nil {
				wantFlags = []string{}
			}
			got := flagCodes(m)
			if got == nil {
				got = []string{}
			}
			require.Equal(t, wantFlags, got, "%+v", m.Flags)
			for _, f := range m.Flags {
				require.NotEmpty(t, f.Detail)
				require.True(t, strings.HasSuffix(f.Detail, "."), f.Detail)
			}
		})
	}
}

func TestMontageEdgeCases(t *testing.T) {
	ctx := context.Background()
	mem := provenance.NewMemory()
	_, err := (&provenance.Loader{}).Load(ctx, mem, "../testdata/montage/archive.jsonl")
	require.NoError(t, err)
	opts := montage.Options{Classifier: abuse.New()}

	// An item of only emoji holds no word: it is kept, not found, and says why.
	m, err := montage.Judge(ctx, mem, montage.Composite{Items: []montage.Item{{Text: "Affligé."}, {Text: "😡😡😡"}}}, opts)
	require.NoError(t, err)
	require.Equal(t, montage.Unverifiable, m.Verdict)
	require.ErrorIs(t, m.Items[1].Err, quote.ErrNoWords)
	require.Equal(t, []string{montage.FlagNotFound.String()}, flagCodes(m))

	// One item found is genuine: there is no pair to break.
	m, err = montage.Judge(ctx, mem, montage.Composite{Items: []montage.Item{{Text: "Affligé.", Author: "@KBelhadj_Avignon", Date: "22 janv. 2016"}}}, opts)
	require.NoError(t, err)
	require.Equal(t, montage.Genuine, m.Verdict)
	require.Empty(t, m.Flags)
	require.True(t, *m.Items[0].AuthorMatches)
	require.True(t, *m.Items[0].DateMatches)

	// A wrong date shown is said on the item.
	m, err = montage.Judge(ctx, mem, montage.Composite{Items: []montage.Item{{Text: "Affligé.", Date: "3 mars 2019"}}}, opts)
	require.NoError(t, err)
	require.False(t, *m.Items[0].DateMatches)

	_, err = montage.Judge(ctx, mem, montage.Composite{}, opts)
	require.ErrorContains(t, err, "no items")
	_, err = montage.Judge(ctx, mem, montage.Composite{Items: []montage.Item{{Text: "a"}}, Disputed: 3}, opts)
	require.ErrorContains(t, err, "out of range")

	// The zero Options judge abuse with abuse.Default.
	c := montage.Composite{Items: []montage.Item{{Text: "Affligé.", Author: "@KBelhadj_Avignon"}, {Text: "ferme ta gueule, pauvre connard"}}}
	m, err = montage.Judge(ctx, mem, c, montage.Options{})
	require.NoError(t, err)
	withDefault, err := montage.Judge(ctx, mem, c, montage.Options{Classifier: abuse.Default})
	require.NoError(t, err)
	require.Equal(t, withDefault, m)
	require.True(t, m.Items[1].Abuse.Abusive)
	// The montage holds the items as shown.
	require.Equal(t, c.Items[0], m.Items[0].Shown)

	// A date the judge cannot read keeps ParseDate's error; the report
	// says it in French.
	m, err = montage.Judge(ctx, mem, montage.Composite{Items: []montage.Item{{Text: "Affligé.", Date: "le jour des morts"}}}, opts)
	require.NoError(t, err)
	_, want := montage.ParseDate("le jour des morts", time.Time{})
	require.Error(t, want)
	require.Equal(t, want, m.Items[0].DateErr)
	require.Equal(t, "date non comprise : « le jour des morts »", m.Items[0].DateNote)
	require.Nil(t, m.Items[0].ShownDate)
}
