package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/guillemet/guillemet/provenance"
)

// runIndex implements "guillemet index": the exports of --archive,
// loaded as verify loads them (the same messages; --strict refuses an
// incomplete archive), saved to one file (--out) that verify, montage
// and serve open with --index in milliseconds (provenance.OpenSaved).
// With --index OLD, the saved archive is read back and the exports are
// added to it under the archive's rules (a post seen again merged, a
// conflicting copy refused and named), then all is saved to --out. The
// file is written beside --out and renamed into place once complete, so
// that --out may be OLD and a failed run leaves no half-written file.
func runIndex(args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlagSet("index", stderr)
	archives := addArchivePaths(fs)
	tz := addZoneFlag(fs)
	old := fs.String("index", "", "a saved archive (`FILE`) to add the exports to")
	out := fs.String("out", "", "the saved archive to write (`FILE`)")
	strict := fs.Bool("strict", false, "exit 1, writing nothing, if any archive record is rejected")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: guillemet index --archive PATH... [--tz ZONE] [--index OLD] --out FILE [--strict]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	switch {
	case len(*archives) == 0:
		return usagef("--archive is required: the exports to save")
	case *out == "" || *out == "-":
		return usagef("--out needs a file name: the saved archive to write")
	}
	ctx := context.Background()
	var into *provenance.Memory
	if *old != "" {
		s, err := provenance.OpenSaved(*old, provenance.SavedOptions{})
		if err != nil {
			return err
		}
		into, err = s.Memory()
		s.Close()
		if err != nil {
			return err
		}
		n, _ := into.Len(ctx)
		fmt.Fprintf(stderr, "guillemet index: opened %s: %d posts (saved archive)\n", *old, n)
	}
	mem, _, _, err := loadArchives(ctx, "index", *archives, tz.loc, into, *strict, stderr)
	if err != nil {
		return err
	}
	size, err := saveArchive(mem, *out)
	if err != nil {
		return err
	}
	n, _ := mem.Len(ctx)
	fmt.Fprintf(stderr, "guillemet index: wrote %s: %d posts, %d bytes\n", *out, n, size)
	return nil
}

// saveArchive writes mem to a temporary file beside out, then renames it
// to out, and returns its size.
func saveArchive(mem *provenance.Memory, out string) (int64, error) {
	f, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return 0, err
	}
	err = f.Chmod(0o644) // as os.Create would, before the umask: the posts are public
	if err == nil {
		err = mem.Save(f)
	}
	if err == nil {
		err = f.Sync()
	}
	var size int64
	if fi, serr := f.Stat(); serr == nil {
		size = fi.Size()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), out)
	}
	if err != nil {
		return 0, errors.Join(err, os.Remove(f.Name()))
	}
	return size, nil
}
