package provenance_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// linkAllArchive loads the example archive (a post, a reply, a retweet).
func linkAllArchive(t *testing.T) *provenance.Memory {
	t.Helper()
	mem := provenance.NewMemory()
	_, err := (&provenance.Loader{}).ReadFrom(context.Background(), mem, "archive.jsonl", strings.NewReader(archive))
	require.NoError(t, err)
	return mem
}

// TestLinkAll answers many quotes on several workers: one answer a quote,
// in input order, each equal to what Link gives alone; a quote the caller
// could not read and one Link cannot judge are answered in their place.
func TestLinkAll(t *testing.T) {
	ctx := context.Background()
	mem := linkAllArchive(t)
	texts := []string{
		"Le débat mérite mieux que ça",
		"Affligé par ce que j'ai vu ce soir",
		"la police ment encore",
		"Le débat ne mérite pas mieux que ça",
		"« … »",
	}
	var quotes []provenance.Quote
	for i := range 200 {
		q := provenance.Quote{ID: fmt.Sprint("q", i+1), Line: i + 1, Text: texts[i%len(texts)]}
		if i%37 == 5 {
			q.Err = errors.New("not JSON")
		}
		quotes = append(quotes, q)
	}
	for _, workers := range []int{1, 4} {
		var got []provenance.Linked
		err := provenance.LinkAll(ctx, mem, slices.Values(quotes), nil, workers, func(l provenance.Linked) error {
			got = append(got, l)
			return nil
		})
		require.NoError(t, err)
		require.Len(t, got, len(quotes))
		for i, l := range got {
			q := quotes[i]
			require.Equal(t, q, l.Quote, "answer %d out of order", i)
			if q.Err != nil {
				assert.Equal(t, q.Err, l.Err)
				assert.Nil(t, l.Result)
				continue
			}
			want, err := provenance.Link(ctx, mem, q.Text, nil)
			if err != nil {
				assert.ErrorIs(t, l.Err, quote.ErrNoWords, "%s", q.Text)
				assert.True(t, provenance.IsQuoteError(l.Err))
				assert.Nil(t, l.Result)
				continue
			}
			require.NoError(t, l.Err)
			assert.Equal(t, want.Verdict, l.Result.Verdict, "%s", q.Text)
			assert.Equal(t, want.Source, l.Result.Source, "%s", q.Text)
		}
	}
}

// TestLinkAllStops: an error from yield stops the run and is returned; a
// context that ends is a failure of the run, not an answer.
func TestLinkAllStops(t *testing.T) {
	mem := linkAllArchive(t)
	endless := func(yield func(provenance.Quote) bool) {
		for i := 0; ; i++ {
			if !yield(provenance.Quote{ID: fmt.Sprint(i), Text: "Le débat mérite mieux"}) {
				return
			}
		}
	}
	errFull := errors.New("disk full")
	n := 0
	err := provenance.LinkAll(context.Background(), mem, endless, nil, 3, func(provenance.Linked) error {
		if n++; n == 25 {
			return errFull
		}
		return nil
	})
	assert.ErrorIs(t, err, errFull)
	assert.Equal(t, 25, n)

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = provenance.LinkAll(ctx, mem, endless, nil, 2, func(provenance.Linked) error {
		if n++; n == 10 {
			cancel()
		}
		return nil
	})
	assert.ErrorIs(t, err, context.Canceled)
}

// TestLinkAllAuthor: a quote's own Author overrides the options'.
func TestLinkAllAuthor(t *testing.T) {
	mem := provenance.NewMemory()
	data := `{"platform":"x","id":"1","author":"JulienMarcy","created_at":"2012-06-14T20:12:45Z","text":"Votre loi va précariser des milliers de travailleuses."}
{"platform":"mastodon","id":"9","author":"jmarcy@piaille.fr","created_at":"2012-06-14T20:13:00Z","text":"Votre loi va précariser des milliers de travailleuses."}
`
	_, err := (&provenance.Loader{}).ReadFrom(context.Background(), mem, "a.jsonl", strings.NewReader(data))
	require.NoError(t, err)
	quotes := []provenance.Quote{
		{Text: "Votre loi va précariser des milliers de travailleuses"},
		{Text: "Votre loi va précariser des milliers de travailleuses", Author: "jmarcy@piaille.fr"},
	}
	var ids []string
	err = provenance.LinkAll(context.Background(), mem, slices.Values(quotes), &provenance.Options{Author: "JulienMarcy"}, 2,
		func(l provenance.Linked) error {
			require.NoError(t, l.Err)
			ids = append(ids, l.Result.Source.ID)
			return nil
		})
	require.NoError(t, err)
	assert.Equal(t, []string{"1", "9"}, ids)
}
