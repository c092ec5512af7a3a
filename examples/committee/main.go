// Command committee is what an ethics committee's clerk writes: it judges
// the composite of one screenshot (the contract's JSON) against an
// archive of posts, prints the readable French report, as guillemet
// montage does, and writes the report page the committee reads and
// prints, as guillemet montage --html does.
//
//	go run ./examples/committee [-html report.html] composite.json ARCHIVE...
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/guillemet/guillemet/htmlreport"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
)

func main() {
	page := flag.String("html", "", "write the report page (HTML) to `FILE`")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: committee [-html FILE] COMPOSITE.json ARCHIVE...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 2 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(context.Background(), flag.Arg(0), flag.Args()[1:], os.Stdout, *page); err != nil {
		fmt.Fprintln(os.Stderr, "committee:", err)
		os.Exit(1)
	}
}

// run judges the composite against the archive, writes its report to w
// and, when page is not "", its report page to that file.
func run(ctx context.Context, composite string, archive []string, w io.Writer, page string) error {
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
	if _, err = io.WriteString(w, m.String()); err != nil || page == "" {
		return err
	}
	f, err := os.Create(page)
	if err != nil {
		return err
	}
	err = htmlreport.Montage(f, []*montage.Montage{m}, htmlreport.Options{})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
