package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/guillemet/guillemet/provenance"
)

// multiFlag is a repeatable string flag (--archive A --archive B).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

// Set adds one value. Commas do not separate paths: a path may hold one.
func (m *multiFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty path")
	}
	*m = append(*m, v)
	return nil
}

// errStrict reports rejections under --strict.
var errStrict = errors.New("--strict: some records were rejected (listed above)")

// loadArchives reads the archives into memory, reporting on stderr each
// rejected record, file or link, each file or link skipped (with the
// reason), then the summary line (CONTRACT §6). Under strict, any
// rejection fails the load; a file skipped because it holds no posts (an
// image, like.js, a hidden entry) does not.
func loadArchives(ctx context.Context, cmd string, paths []string, strict bool, stderr io.Writer) (*provenance.Memory, provenance.LoadStats, time.Duration, error) {
	start := time.Now()
	mem, st, err := provenance.Open(ctx, provenance.OpenOptions{
		Paths:  paths,
		Strict: strict,
		Reject: func(r provenance.Rejection) {
			fmt.Fprintf(stderr, "guillemet %s: %s\n", cmd, r)
		},
		Skip: func(r provenance.Rejection) {
			fmt.Fprintf(stderr, "guillemet %s: %s: skipped: %s\n", cmd, r.File, r.Msg)
		},
	})
	elapsed := time.Since(start)
	fmt.Fprintf(stderr, "guillemet %s: %s\n", cmd, st)
	switch {
	case errors.Is(err, provenance.ErrRejected):
		err = errStrict
	case errors.Is(err, provenance.ErrNoPost):
		err = fmt.Errorf("no post could be loaded from %s", strings.Join(paths, ", "))
	}
	return mem, st, elapsed, err
}
