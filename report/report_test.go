package report_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
	"github.com/guillemet/guillemet/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The fixtures of the command's goldens (cmd/guillemet/testdata).
var (
	archives = []string{
		"../testdata/provenance/jsonl/conversation.jsonl",
		"../cmd/guillemet/testdata/crosspost.jsonl",
		"../cmd/guillemet/testdata/golden/extra.jsonl",
	}
	quotesFile = "../cmd/guillemet/testdata/golden/quotes.jsonl"
	textsFile  = "../cmd/guillemet/testdata/golden/texts.jsonl"
	article    = "../testdata/quote/articles/17_modele_seed001_ancienne_ministre.txt"
)

// records reads the JSON lines of file that hold an id and a text,
// skipping the others (the fixtures hold malformed lines on purpose).
func records(t *testing.T, file string) []struct{ ID, Text, Author string } {
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	var out []struct{ ID, Text, Author string }
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec struct {
			ID     any    `json:"id"`
			Text   any    `json:"text"`
			Author string `json:"author"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		id, _ := rec.ID.(string)
		text, ok := rec.Text.(string)
		if !ok || id == "" {
			continue
		}
		out = append(out, struct{ ID, Text, Author string }{id, text, rec.Author})
	}
	require.NoError(t, sc.Err())
	return out
}

func load(t *testing.T) *provenance.Memory {
	mem := provenance.NewMemory()
	l := &provenance.Loader{Reject: func(provenance.Rejection) {}}
	_, err := l.Load(context.Background(), mem, archives...)
	require.NoError(t, err)
	return mem
}

// TestEnglishGolden writes the English reports of the command's golden
// fixtures — verify, abuse, extract — and compares them with
// testdata/english.golden (refresh with go test ./report -update).
func TestEnglishGolden(t *testing.T) {
	ctx := context.Background()
	mem := load(t)
	var buf bytes.Buffer
	en := report.NewText(&buf, language.English)
	for _, q := range records(t, quotesFile) {
		r, err := provenance.Link(ctx, mem, q.Text, &provenance.Options{Author: q.Author})
		if err != nil {
			reason, ok := report.QuoteReason(err, language.English)
			require.True(t, ok, err)
			en.Rejected(report.Quote{ID: q.ID}, q.Text, reason)
		} else {
			en.Verify(r, report.Quote{ID: q.ID})
		}
		en.Blank()
	}
	for _, tx := range records(t, textsFile) {
		r, err := abuse.Default.Classify(ctx, tx.Text)
		require.NoError(t, err)
		en.Abuse(tx.ID, tx.Text, r)
	}
	en.AbuseRejected("bad", 4, "text must be a string")
	en.Blank()
	b, err := os.ReadFile(article)
	require.NoError(t, err)
	en.Extract(quote.Extract(string(b)))
	en.Extract(nil)
	en.Blank()
	writeMontages(t, en)
	require.NoError(t, en.Err())

	golden := filepath.Join("testdata", "english.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), buf.String())
	// English through and through: no French word of the catalogue.
	for _, fr := range []string{"verdict :", "Citation", "Fil", "octets", "injurieux", "locuteur", "rejetée", "Réponses", "Autour"} {
		assert.NotContains(t, buf.String(), fr)
	}
}

// writeMontages writes the reports of the montage goldens' composites.
func writeMontages(t *testing.T, tx *report.Text) {
	ctx := context.Background()
	mem, _, err := provenance.Open(ctx, provenance.OpenOptions{Paths: []string{"../testdata/montage/archive.jsonl"}})
	require.NoError(t, err)
	for _, file := range []string{"../testdata/montage/composites.jsonl", "../cmd/guillemet/testdata/golden/composites.jsonl"} {
		f, err := os.Open(file)
		require.NoError(t, err)
		comps, _, err := montage.ReadComposites(f, file)
		f.Close()
		require.NoError(t, err)
		for _, c := range comps {
			m, err := montage.Judge(ctx, mem, c, montage.Options{})
			require.NoError(t, err)
			tx.Montage(m)
			tx.Blank()
		}
	}
}

// TestStringIsFrenchReport: a Result's String is its French report, the
// one Text writes under the quote's heading; any tag but English reads
// French.
func TestStringIsFrenchReport(t *testing.T) {
	r, err := provenance.Link(context.Background(), load(t), "Le débat mérite mieux que ça", nil)
	require.NoError(t, err)
	for _, tag := range []language.Tag{language.French, language.Und, language.German, language.MustParse("fr-CA")} {
		var buf bytes.Buffer
		report.NewText(&buf, tag).Verify(r, report.Quote{ID: "q1"})
		assert.Equal(t, "Citation q1 :\n"+r.String(), buf.String(), tag)
	}
	var buf bytes.Buffer
	report.NewText(&buf, language.MustParse("en-GB")).Verify(r, report.Quote{ID: "q1"})
	assert.True(t, strings.HasPrefix(buf.String(), "Quote q1:\n"), buf.String())
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestTextKeepsFirstError(t *testing.T) {
	tx := report.NewText(failWriter{}, language.French)
	tx.DemoHeader()
	tx.Extract(nil)
	assert.ErrorIs(t, tx.Err(), os.ErrClosed)
}

// TestQuoteReason: only a quote's own faults have a reason.
func TestQuoteReason(t *testing.T) {
	reason, ok := report.QuoteReason(quote.ErrQuoteTooLong, language.English)
	assert.True(t, ok)
	assert.Contains(t, reason, "too long")
	_, ok = report.QuoteReason(context.Canceled, language.French)
	assert.False(t, ok)
}
