package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/guillemet/guillemet/internal/ordered"
	"github.com/guillemet/guillemet/report"
)

// workers is how many goroutines answer quotes at once; 0 means
// runtime.GOMAXPROCS(0), one a core. Tests set it to compare a run on
// one worker with a run on several.
var workers = 0

func workerCount() int {
	if workers > 0 {
		return workers
	}
	return runtime.GOMAXPROCS(0)
}

// answer is one input's answer, printed: its JSON line or its report.
type answer struct {
	out []byte
	// rejected is the input's rejection as stderr names it
	// ("FILE:LINE: reason"); empty when the input was answered.
	rejected string
	took     time.Duration // the time the work took, for --stats
	err      error         // a failure that stops the run
	// kept, when set, is called in input order as the answer is
	// written: it keeps what --html shows.
	kept func()
}

// answerAll answers the inputs on every core (ordered) and writes each
// answer to stdout as soon as it and those before it are ready, in input
// order: one JSON line each, or reports separated by a blank line. A
// rejected input is named on stderr ("guillemet CMD: …") and keeps its
// place in the output. The times of the answered inputs go to st when
// it is not nil. answered counts every input, rejected ones included.
func answerAll[In any](ctx context.Context, cmd string, stdout, stderr io.Writer, asJSON bool, st *report.Stats,
	next func() (In, bool, error), work func(context.Context, In) answer) (answered, rejected int, err error) {
	out := bufio.NewWriterSize(stdout, 64<<10)
	reports := 0
	n := workerCount()
	err = ordered.Run(ctx, n, 8*n, next, work,
		func(a answer) error {
			if a.err != nil {
				return a.err
			}
			if a.kept != nil {
				a.kept()
			}
			answered++
			if a.rejected != "" {
				rejected++
				fmt.Fprintf(stderr, "guillemet %s: %s\n", cmd, a.rejected)
			} else if st != nil {
				st.Query(a.took)
			}
			if !asJSON && len(a.out) > 0 {
				if reports > 0 {
					out.WriteByte('\n')
				}
				reports++
			}
			_, err := out.Write(a.out)
			return err
		},
		out.Flush)
	if flushErr := out.Flush(); err == nil {
		err = flushErr
	}
	return answered, rejected, err
}
