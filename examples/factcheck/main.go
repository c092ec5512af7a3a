// Command factcheck is what a fact-checking desk writes: it verifies a CSV
// of quotes (id,quote,author; no header) against an archive of posts and
// prints one JSON line a quote, as guillemet verify --quotes --json does.
//
//	go run ./examples/factcheck quotes.csv ARCHIVE...
package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: factcheck QUOTES.csv ARCHIVE...")
		os.Exit(2)
	}
	if err := run(context.Background(), os.Args[1], os.Args[2:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "factcheck:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, quotes string, archive []string, w io.Writer) error {
	arch, _, err := provenance.Open(ctx, provenance.OpenOptions{Paths: archive})
	if err != nil {
		return err
	}
	f, err := os.Open(quotes)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 3
	rows := func(yield func(provenance.Quote) bool) {
		for {
			rec, err := r.Read()
			if err == io.EOF {
				return
			}
			q := provenance.Quote{Err: err}
			if err == nil {
				q.Line, _ = r.FieldPos(0)
				q.ID, q.Text, q.Author = rec[0], rec[1], rec[2]
			} else if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
				q.Line, q.ID = pe.StartLine, fmt.Sprint(pe.StartLine)
			}
			if !yield(q) {
				return
			}
		}
	}
	return provenance.LinkAll(ctx, arch, rows, nil, 0, func(l provenance.Linked) error {
		return report.WriteLine(w, report.Linked(l))
	})
}
