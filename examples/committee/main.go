// Command committee is what an ethics committee's clerk writes: it judges
// the composite of one screenshot (the contract's JSON) against an
// archive of posts and prints the readable French report, as guillemet
// montage does.
//
//	go run ./examples/committee composite.json ARCHIVE...
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: committee COMPOSITE.json ARCHIVE...")
		os.Exit(2)
	}
	if err := run(context.Background(), os.Args[1], os.Args[2:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "committee:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, composite string, archive []string, w io.Writer) error {
	arch, _, err := provenance.Open(ctx, provenance.OpenOptions{Paths: archive})
	if err != nil {
		return err
	}
	data, err := os.ReadFile(composite)
	if err != nil {
		return err
	}
	c, err := montage.ParseComposite(data)
	if err != nil {
		return fmt.Errorf("%s: %w", composite, err)
	}
	m, err := montage.Judge(ctx, arch, c, montage.Options{})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, m.String())
	return err
}
