package provenance

import (
	"context"
	"errors"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/guillemet/guillemet/internal/ordered"
	"github.com/guillemet/guillemet/quote"
)

// Quote is one quote for LinkAll: its words and what the caller knows of
// it.
type Quote struct {
	// ID is the caller's name for the quote (a CSV row's id, "q3"),
	// handed back untouched.
	ID string
	// Line is where the caller read the quote (0 when it does not say),
	// handed back untouched: an answer names its line.
	Line int
	// Text is the quote's words.
	Text string
	// Author, when set, is the author the quote is attributed to, as
	// Options.Author reads it; it overrides Options.Author for this
	// quote.
	Author string
	// Err, when set, is why the caller could not read this quote (a
	// malformed line): LinkAll does not link it and answers it in its
	// place with this error, so that nothing is lost and every answer
	// keeps its line.
	Err error
}

// Linked is LinkAll's answer to one Quote.
type Linked struct {
	// Quote is the quote answered, as given.
	Quote Quote
	// Result is what Link found; nil when Err is set.
	Result *Result
	// Err is why the quote has no result: Quote.Err, or a reason of the
	// quote's own that Link gave (IsQuoteError: no word, too long).
	// Failures of the run itself (the context ended, the archive failed)
	// are not answers: LinkAll returns them.
	Err error
	// Took is the time Link took on this quote (0 when Err is set before
	// linking).
	Took time.Duration
}

// IsQuoteError reports whether err, from Link, is about the quote itself
// (quote.ErrNoWords, quote.ErrQuoteTooLong): the same quote fails on any
// archive, and a run of many quotes answers it in its place and goes on.
// Any other error (the context ended, the archive failed) stops a run.
func IsQuoteError(err error) bool {
	return errors.Is(err, quote.ErrNoWords) || errors.Is(err, quote.ErrQuoteTooLong)
}

// LinkAll links many quotes against a on several goroutines (workers; 0
// means one a core) and calls yield with each answer in input order, as
// soon as it and every answer before it are ready: the first answers
// reach the caller while the rest are computed, and memory stays bounded
// whatever the number of quotes (quotes is read as the answers are
// consumed, a few per worker ahead). When the run stops early, a quote
// being read is read to its end before LinkAll returns.
//
// Every quote gets one answer, in its place: a quote the caller could not
// read (Quote.Err) or that Link cannot judge (IsQuoteError) is answered
// with its error. LinkAll returns the first error of the run itself: from
// Link (the context ended, the archive failed) or from yield, which stops
// the run. opts applies to every quote, each Quote.Author overriding
// opts.Author.
func LinkAll(ctx context.Context, a Archive, quotes iter.Seq[Quote], opts *Options, workers int, yield func(Linked) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	// The pipeline reads on a goroutine of its own; stop waits for a read
	// in progress (mu), as iter.Pull's next and stop must not overlap.
	pull, stop := iter.Pull(quotes)
	var mu sync.Mutex
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		stop()
	}()
	type answer struct {
		l   Linked
		err error // a failure of the run
	}
	return ordered.Run(ctx, workers, 8*workers,
		func() (Quote, bool, error) {
			mu.Lock()
			defer mu.Unlock()
			q, ok := pull()
			return q, ok, nil
		},
		func(ctx context.Context, q Quote) answer {
			l := Linked{Quote: q, Err: q.Err}
			if q.Err != nil {
				return answer{l: l}
			}
			qo := o
			if q.Author != "" {
				qo.Author = q.Author
			}
			t0 := time.Now()
			r, err := Link(ctx, a, q.Text, &qo)
			l.Took = time.Since(t0)
			switch {
			case err == nil:
				l.Result = r
			case IsQuoteError(err):
				l.Err = err
			default:
				return answer{err: err}
			}
			return answer{l: l}
		},
		func(an answer) error {
			if an.err != nil {
				return an.err
			}
			return yield(an.l)
		},
		func() error { return nil })
}
