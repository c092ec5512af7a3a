package quote_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/quote"
)

// TestPrepareAlignsAsAlign checks that Prepare then Align gives, field
// for field, what the Align function gives: on the labelled set and on
// FuzzAlign's seeds, each quote against its own source, then one
// prepared quote against the sources of the next cases and inside a
// long source (a prepared quote keeps nothing of one alignment for the
// next).
func TestPrepareAlignsAsAlign(t *testing.T) {
	var pairs [][2]string
	for _, c := range loadLabelled(t) {
		pairs = append(pairs, [2]string{c.quote, c.source})
	}
	pairs = append(pairs, alignSeeds...)
	filler := articleSource(3000)
	for i, pr := range pairs {
		want, err := quote.Align(pr[0], pr[1])
		p, perr := quote.Prepare(pr[0])
		require.Equal(t, err, perr, "%q", pr[0])
		if err != nil {
			require.Nil(t, p)
			continue
		}
		require.Equal(t, pr[0], p.Text())
		require.Equal(t, want, p.Align(pr[1]), "%q / %q", pr[0], pr[1])
		for k := 1; k <= 5; k++ {
			s := pairs[(i+k)%len(pairs)][1]
			want, err := quote.Align(pr[0], s)
			require.NoError(t, err)
			require.Equal(t, want, p.Align(s), "%q / %q", pr[0], s)
		}
		long := filler + "\n\n" + pr[1] + "\n\n" + filler
		want, err = quote.Align(pr[0], long)
		require.NoError(t, err)
		require.Equal(t, want, p.Align(long), "%q in a long source", pr[0])
	}
}

// TestPrepareConcurrent aligns one prepared quote with many sources from
// several goroutines at once (run with -race): each alignment is the
// Align function's.
func TestPrepareConcurrent(t *testing.T) {
	cases := loadLabelled(t)
	q := "« Je ne suis (...) favorable à la réforme des retraites »"
	p, err := quote.Prepare(q)
	require.NoError(t, err)
	want := make([]quote.Alignment, len(cases))
	for i, c := range cases {
		want[i], err = quote.Align(q, c.source)
		require.NoError(t, err)
	}
	want = append(want, must(quote.Align(q, "« Je ne suis pas favorable à la réforme des retraites »")))
	var wg sync.WaitGroup
	got := make([][]quote.Alignment, 4)
	for g := range got {
		wg.Go(func() {
			for _, c := range cases {
				got[g] = append(got[g], p.Align(c.source))
			}
			got[g] = append(got[g], p.Align("« Je ne suis pas favorable à la réforme des retraites »"))
		})
	}
	wg.Wait()
	for _, g := range got {
		require.Equal(t, want, g)
	}
}

func must(a quote.Alignment, err error) quote.Alignment {
	if err != nil {
		panic(err)
	}
	return a
}

func TestPrepareErrors(t *testing.T) {
	for _, q := range []string{"", "  ", "« … »", "🙂 https://t.co/x"} {
		p, err := quote.Prepare(q)
		require.ErrorIs(t, err, quote.ErrNoWords, "%q", q)
		require.Nil(t, p)
	}
	var long []byte
	for range quote.MaxQuoteWords + 1 {
		long = append(long, "mot "...)
	}
	_, err := quote.Prepare(string(long))
	require.ErrorIs(t, err, quote.ErrQuoteTooLong)
	var zero quote.Prepared
	a := zero.Align("Il faut voter")
	require.Equal(t, quote.NotFound, a.Verdict)
	require.Empty(t, zero.Words())
}

// TestSupportedMeaningKinds checks how Supported and LongestRun read the
// meaning differences: an added negation is not supported by the
// source, a cut or dropped negation stops a run of words, and so does a
// word in inclusive writing against one gender (as a slip does).
func TestSupportedMeaningKinds(t *testing.T) {
	for _, tc := range []struct {
		quote, source string
		supported     int // quote words the source supports
		run           int // the longest run of them
	}{
		// ne and pas added: the other 8 words are the post's; the longest run follows pas.
		{"Nous ne sommes pas favorables à la réforme des retraites", "Nous sommes favorables à la réforme des retraites", 8, 6},
		// pas cut behind (...): every word is the post's, the run stops at the mark.
		{"Je ne suis (...) favorable à la réforme des retraites", "Je ne suis pas favorable à la réforme des retraites", 9, 6},
		// ne and pas dropped without a mark: the runs stop where they were.
		{"Je suis favorable à la réforme des retraites", "Je ne suis pas favorable à la réforme des retraites", 8, 6},
		// élu·e·s for élus matches, but is not written as the post wrote it.
		{"Les élu·e·s repoussent le projet de ludothèque", "Les élus repoussent le projet de ludothèque", 7, 5},
		// A word replaced: supported on both sides of it, the run stops there.
		{"Il faut voter contre la réforme des retraites", "Il faut voter pour la réforme des retraites", 7, 4},
		// Short words misread by OCR (« dc », « 1e ») are slips that do not
		// stop the run (issue 15): the 9 words run whole.
		{"1e maire dc la ville a voté lc budget", "Le maire de la ville a voté le budget", 9, 9},
		// A real slip of a long word does stop it.
		{"Le maire de la vile a voté le budget", "Le maire de la ville a voté le budget", 9, 4},
		// Sharing a few words is no support at all.
		{"Le conseil municipal a voté la fermeture des écoles", "Les écoles ferment", 0, 0},
	} {
		al, err := quote.Align(tc.quote, tc.source)
		require.NoError(t, err)
		n := 0
		for _, c := range al.Supported {
			if c {
				n++
			}
		}
		require.Equal(t, tc.supported, n, "%s\n%s", tc.quote, al)
		require.Equal(t, tc.run, al.LongestRun, "%s\n%s", tc.quote, al)
	}
}
