package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/guillemet/guillemet/provenance"
)

// The progress line of a long load: after a second, standard error
// says how many posts were read, how fast, and how many records were
// rejected so far. On a terminal the line is redrawn in place and erased
// before any other message, and, when the size of what is read is known
// (files, not a pipe), it ends with the share of it read and an estimate
// of the time left (guillemet ingest); elsewhere (a log, a CI) it is a
// plain line every few seconds.

const (
	// progressAfter is how long a load runs before its progress shows.
	progressAfter = time.Second
	// progressRedraw is how often the line is redrawn on a terminal.
	progressRedraw = 200 * time.Millisecond
	// progressEvery is how often a plain line is written elsewhere.
	progressEvery = 5 * time.Second
)

// eraseLine takes a terminal's cursor to the start of its line and
// clears it.
const eraseLine = "\r\x1b[K"

// progress writes the progress line of one load, and the messages the
// load writes meanwhile, to w. Its methods are safe for concurrent use.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	cmd   string
	tty   bool             // w is a terminal: redraw in place
	now   func() time.Time // the clock
	posts func() int       // posts read so far
	start time.Time
	last  time.Time // when a line was last written; zero before the first
	drawn bool      // a line is on the terminal and not erased
	// rejected counts the records rejected so far (message).
	rejected int
	// total is the size in bytes of what the load reads, 0 when it is
	// not known; read is how much of it was read (addRead).
	total int64
	read  atomic.Int64
}

// newProgress returns the progress of a load that starts now, posts
// telling how many posts it has read.
func newProgress(w io.Writer, cmd string, now func() time.Time, posts func() int) *progress {
	return &progress{w: w, cmd: cmd, tty: isTerminal(w), now: now, posts: posts, start: now()}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// run calls tick every period until the returned function is called;
// that function stops it and erases the line.
func (p *progress) run(period time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				p.tick()
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		p.mu.Lock()
		defer p.mu.Unlock()
		p.erase()
	}
}

// tick writes the progress line when it is due: not before
// progressAfter; then at every tick on a terminal, every progressEvery
// elsewhere.
func (p *progress) tick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	took := now.Sub(p.start)
	if took < progressAfter || !p.tty && !p.last.IsZero() && now.Sub(p.last) < progressEvery {
		return
	}
	n := p.posts()
	line := fmt.Sprintf("guillemet %s: reading: %d posts, %.0f posts/s, %d rejected", p.cmd, n, float64(n)/took.Seconds(), p.rejected)
	if p.tty {
		fmt.Fprint(p.w, eraseLine+line+p.eta(took))
		p.drawn = true
	} else {
		fmt.Fprintln(p.w, line)
	}
	p.last = now
}

// eta returns the end of the terminal's line: the share of the bytes
// read and the time left at the pace so far, took being the time since
// the start; "" while the size or the pace is not known.
func (p *progress) eta(took time.Duration) string {
	read := p.read.Load()
	if p.total <= 0 || read <= 0 {
		return ""
	}
	done := min(float64(read)/float64(p.total), 1)
	left := time.Duration(float64(took) * (1 - done) / done)
	return fmt.Sprintf(", %.0f%%, %s left", 100*done, left.Round(time.Second))
}

// addRead counts n more bytes read (provenance.Loader.Read).
func (p *progress) addRead(n int64) { p.read.Add(n) }

// inputSize returns the size in bytes of the files a load of paths
// reads (a folder's files but its hidden entries, which the loader
// skips unread), or 0 when one of the paths is not a file or a folder
// (a pipe, a device: its size is not known).
func inputSize(paths []string) int64 {
	var total int64
	for _, root := range paths {
		fi, err := os.Stat(root)
		switch {
		case err != nil:
			return 0
		case fi.Mode().IsRegular():
			total += fi.Size()
			continue
		case !fi.IsDir():
			return 0
		}
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || path == root {
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				total += fi.Size()
			}
			return nil
		})
	}
	return total
}

// reject and skip report, on the progress's writer, each record, file
// or link the loader rejects and each file or link it skips, with the
// reason (CONTRACT §6): Loader.Reject and Loader.Skip.
func (p *progress) reject(r provenance.Rejection) {
	p.message(fmt.Sprintf("guillemet %s: %s", p.cmd, r), true)
}

func (p *progress) skip(r provenance.Rejection) {
	p.message(fmt.Sprintf("guillemet %s: %s: skipped: %s", p.cmd, r.File, r.Msg), false)
}

// message writes one line of the load's messages, erasing the progress
// line first; rejected says that it names a rejection.
func (p *progress) message(line string, rejected bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
	if rejected {
		p.rejected++
	}
	fmt.Fprintln(p.w, line)
}

// erase clears the progress line from the terminal. The caller holds
// p.mu.
func (p *progress) erase() {
	if p.drawn {
		fmt.Fprint(p.w, eraseLine)
		p.drawn = false
	}
}

// countingSink passes posts on to a Sink and counts them: the posts read
// of a load whose archive cannot say how many it holds (guillemet
// ingest's database, while a transaction is open).
type countingSink struct {
	dst   provenance.Sink
	posts atomic.Int64
}

// Put stores posts and counts them.
func (c *countingSink) Put(ctx context.Context, posts ...provenance.Post) error {
	err := c.dst.Put(ctx, posts...)
	c.posts.Add(int64(len(posts)))
	return err
}

// count returns the posts given so far.
func (c *countingSink) count() int { return int(c.posts.Load()) }
