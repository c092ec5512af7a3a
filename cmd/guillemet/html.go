package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// htmlPage is the report page --html writes: its file is created before
// the work, so that a path that cannot be written fails at once, and the
// page is written when the work is done. Every answer is kept in memory
// until then.
type htmlPage struct {
	path string
	f    *os.File
	done bool
}

// openHTML creates the file of --html; it returns nil when path is ""
// (no --html).
func openHTML(path string) (*htmlPage, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--html: %w", err)
	}
	return &htmlPage{path: path, f: f}, nil
}

// write writes the page with render and closes the file.
func (p *htmlPage) write(render func(io.Writer) error) error {
	if p == nil {
		return nil
	}
	p.done = true
	err := render(p.f)
	if cerr := p.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("--html %s: %w", p.path, err)
	}
	return nil
}

// abandon removes the file of a run that failed before its page was
// written, so that no empty page is left behind.
func (p *htmlPage) abandon() {
	if p == nil || p.done {
		return
	}
	_ = p.f.Close()
	_ = os.Remove(p.path)
}

// errHTMLStdout refuses --html -: standard output carries the report.
var errHTMLStdout = errors.New("--html needs a file name: standard output carries the usual report")
