package provenance

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/guillemet/guillemet/internal/jsonrec"
)

// MaxLineBytes is the longest JSON Lines record the loader reads: a
// longer line, the first one included, is rejected with its length and
// skipped without being held. JSON Lines are streamed: a 2 GB file costs
// a few lines of memory at a time. Documents are bounded record by record
// (MaxRecordBytes).
const MaxLineBytes = 1 << 20

// Rejection names a record, file or link the loader could not take, and
// why (File, Line, Field: the JSON path inside a document such as
// data[3].created_at, Msg). Loader.Skip receives the same: a file or
// link left unread because it holds no posts, and why. Its Error method
// formats it as CONTRACT §6 asks: FILE:LINE: msg, FILE#json-path: msg,
// or FILE: msg for the whole file.
//
// Rejection is the one positioned error of every reader of JSON
// records (the loader, montage's composite reader, the command line's
// inputs): an alias, so that a rejection is the same value whoever
// reads the records, and the type keeps a public name.
type Rejection = jsonrec.Error

// Rejections is a list of rejections, in reading order; its Error
// method writes them one a line.
type Rejections = jsonrec.Errors

// LoadStats counts what a Load did.
type LoadStats struct {
	Files      int // files read
	Skipped    int // files and links not read because they hold no posts (each reported to Loader.Skip)
	Loaded     int // posts stored for the first time
	Duplicates int // posts already stored with the same text (merged)
	Rejected   int // records, files and links rejected (each reported to Loader.Reject)
}

// Add adds b's counts to s.
func (s *LoadStats) Add(b LoadStats) {
	s.Files += b.Files
	s.Skipped += b.Skipped
	s.Loaded += b.Loaded
	s.Duplicates += b.Duplicates
	s.Rejected += b.Rejected
}

// String is the summary line: "loaded 9 posts from 3 files (1 already
// known, 2 rejected, 4 files skipped)".
func (s LoadStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "loaded %d %s from %d %s", s.Loaded, plural(s.Loaded, "post", "posts"), s.Files, plural(s.Files, "file", "files"))
	var extra []string
	if s.Duplicates > 0 {
		extra = append(extra, fmt.Sprintf("%d already known", s.Duplicates))
	}
	extra = append(extra, fmt.Sprintf("%d rejected", s.Rejected))
	if s.Skipped > 0 {
		extra = append(extra, fmt.Sprintf("%d %s skipped", s.Skipped, plural(s.Skipped, "file", "files")))
	}
	b.WriteString(" (" + strings.Join(extra, ", ") + ")")
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Loader reads archive files into a Sink.
//
// Nothing is lost without a word: every record, file or link the loader
// cannot read although it may hold posts goes to Reject (and counts in
// LoadStats.Rejected, which --strict turns into a failure); every file or
// link it leaves unread because it holds no posts (an image, an X archive
// part such as like.js, a hidden entry, a link to a file already read)
// goes to Skip (and counts in LoadStats.Skipped). README, "Archives and
// provenance", lists which is which.
type Loader struct {
	// Reject receives every rejected record, file and link, in reading
	// order. Nil discards them (they are still counted).
	Reject func(Rejection)
	// Skip receives every file or link left unread because it holds no
	// posts, with the reason, in reading order (File and Reason are
	// set). Nil discards them (they are still counted).
	Skip func(Rejection)
	// Read, when set, is told how many bytes of the files are read, as
	// they are read: a file's bytes as its records are, then, when it is
	// done, what was not read of it in order (a ZIP archive read by its
	// directory, the rest of a file skipped or cut short), so that the
	// sum is the files' sizes once they are read (a stream's: what was
	// read). A progress line's estimate of the time left reads it.
	// Calls do not overlap, but they come from the goroutine that reads
	// the file, not the one that calls the Sink's Put: a count that both
	// read must be synchronized (an atomic counter).
	Read func(n int64)
	// Zone is the time zone of the computer that wrote an export whose
	// dates are local times without their offset: Telegram Desktop's
	// chats exported before 2021, whose messages have date but no
	// date_unixtime. Their dates are read in Zone; nil rejects such a
	// message (the loader never guesses a zone: a date an hour off is a
	// wrong date). Dates that carry their offset ignore it.
	Zone *time.Location

	// within prefixes the names of the posts' origins: "FILE.zip/"
	// for the loader of a ZIP archive's entries (readZip).
	within string
}

// Load reads each path of the OS file system (a file, or a folder walked
// recursively) and puts every post it holds into dst. The format of each
// file is detected from its content (CONTRACT §2). Bad records are
// reported to l.Reject and skipped; the rest loads.
//
// In a folder, links to files and folders are followed (a link to a
// folder that holds it, or to a file or folder already read, is skipped
// and named; a broken link is rejected), hidden entries are skipped and
// named, and the files are read in the order of their paths. Load
// returns an error only when a path named cannot be read at all, when a
// folder holds no file of posts, when a file cannot be read to its end,
// or when ctx is done. Load returns no error when no post loads: Open
// does.
func (l *Loader) Load(ctx context.Context, dst Sink, paths ...string) (LoadStats, error) {
	return l.load(ctx, dst, fileSystem{}, paths)
}

// LoadFS is Load on the file system fsys (an embed.FS, a zip.Reader, an
// fstest.MapFS, os.DirFS): paths are fsys's slash-separated names (see
// fs.ValidPath), and no path loads the whole of fsys ("."). Messages name
// files by these paths.
//
// The rules are Load's but for links: an fs.FS has none to follow, and an
// entry that fsys reports as a link (os.DirFS does) is skipped and named.
// The X archive's account.js is read from fsys, beside tweets.js.
func (l *Loader) LoadFS(ctx context.Context, dst Sink, fsys fs.FS, paths ...string) (LoadStats, error) {
	if fsys == nil {
		return LoadStats{}, errors.New("provenance: LoadFS needs a file system")
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	return l.load(ctx, dst, fileSystem{fsys}, paths)
}

// load reads each path of files.
func (l *Loader) load(ctx context.Context, dst Sink, files fileSystem, paths []string) (LoadStats, error) {
	var total LoadStats
	for _, p := range paths {
		st, err := files.stat(p)
		if err != nil {
			return total, fmt.Errorf("archive %s: %w", p, unwrapPathError(err))
		}
		if !st.IsDir() {
			s, err := l.loadFile(ctx, dst, files, p, true)
			total.Add(s)
			if err != nil {
				return total, err
			}
			continue
		}
		entries, err := files.walk(p)
		if err != nil {
			return total, fmt.Errorf("archive %s: %w", p, unwrapPathError(err))
		}
		var dirStats LoadStats
		for _, e := range entries {
			switch {
			case e.skip != "":
				dirStats.Skipped++
				l.skip(e.path, e.skip)
			case e.reject != "":
				dirStats.Rejected++
				if l.Reject != nil {
					l.Reject(Rejection{File: e.path, Msg: e.reject})
				}
			default:
				s, err := l.loadFile(ctx, dst, files, e.path, false)
				dirStats.Add(s)
				if err != nil {
					total.Add(dirStats)
					return total, err
				}
			}
		}
		total.Add(dirStats)
		if dirStats.Files == 0 {
			return total, fmt.Errorf("archive %s: %w", p, errNoPostFiles)
		}
	}
	return total, nil
}

// errNoPostFiles is Load's error for a folder that holds no file of
// posts.
var errNoPostFiles = errors.New("the folder holds no file of posts")

// skip reports a file left unread.
func (l *Loader) skip(name, why string) {
	if l.Skip != nil {
		l.Skip(Rejection{File: name, Msg: why})
	}
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadFile detects the format of one file and reads it. named is true
// for a file named on the command line: a file of no known format is
// then a rejection; in a folder it is skipped (see read).
func (l *Loader) loadFile(ctx context.Context, dst Sink, files fileSystem, name string, named bool) (LoadStats, error) {
	if err := ctx.Err(); err != nil {
		return LoadStats{}, err
	}
	f, err := files.open(name)
	if err != nil {
		if named {
			return LoadStats{}, fmt.Errorf("archive %s: %w", name, unwrapPathError(err))
		}
		// In a folder, one unreadable file does not stop the others.
		in := &input{ctx: ctx, name: name, l: l}
		in.reject(at{}, "cannot be read: %v", unwrapPathError(err))
		return in.stats, nil
	}
	defer f.Close()
	var r io.Reader = f
	if l.Read != nil {
		c := &countedReader{r: f, read: l.Read}
		defer c.rest(f)
		r = c
	}
	in := &input{ctx: ctx, name: name, files: files, file: f, br: bufio.NewReaderSize(r, detectWindow), dst: dst, l: l}
	skip, err := in.read(named)
	if err != nil {
		return in.stats, err
	}
	if skip != "" {
		in.stats.Skipped++
		l.skip(name, skip)
	} else {
		in.stats.Files++
	}
	return in.stats, nil
}

// countedReader tells read the bytes read through it.
type countedReader struct {
	r     io.Reader
	read  func(int64)
	total int64
}

func (c *countedReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.total += int64(n)
		c.read(int64(n))
	}
	return n, err
}

// rest tells read the bytes of the regular file f not read through c.
func (c *countedReader) rest(f fs.File) {
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > c.total {
		c.read(fi.Size() - c.total)
	}
}

// ReadFrom reads one stream of posts, as Load reads a file named name:
// the format is detected from the content. Readers of the X personal
// archive look for account.js beside name.
func (l *Loader) ReadFrom(ctx context.Context, dst Sink, name string, r io.Reader) (LoadStats, error) {
	in := &input{ctx: ctx, name: name, br: bufio.NewReaderSize(r, detectWindow), dst: dst, l: l}
	skip, err := in.read(true)
	if skip != "" {
		in.stats.Skipped++
		l.skip(name, skip)
	} else {
		in.stats.Files++
	}
	return in.stats, err
}

// read detects the format and reads the file. It returns why the file
// was not read when it holds no posts (a skip, not a rejection).
//
// What is a rejection: a file named on the command line that holds no
// posts of a known format; in a folder, a file whose name says it holds
// JSON (.json, .jsonl, .ndjson) but in which no JSON begins, compressed
// data and UTF-16 JSON. What is skipped: in a folder, an empty file,
// media, other binary data and text in which no JSON begins (notes,
// HTML pages, CSV); anywhere, the X archive's parts without posts.
func (in *input) read(named bool) (skip string, err error) {
	d, err := in.detect()
	if err != nil {
		return "", fmt.Errorf("archive %s: %w", in.name, err)
	}
	switch d.format {
	case formatEmpty:
		if named {
			in.reject(at{}, "empty file")
			return "", nil
		}
		return "empty file", nil
	case formatBinary:
		if named || d.reject {
			in.reject(at{}, "not an archive format: %s", d.why)
			return "", nil
		}
		return d.why + ", not an archive format", nil
	case formatNone:
		if named || jsonName(in.name) {
			in.reject(at{}, "%s: %s", unknownFormat, d.why)
			return "", nil
		}
		return d.why + ": not an archive format", nil
	case formatSkip:
		return d.why, nil
	case formatZip:
		return "", in.readZip()
	case formatCAR:
		return "", in.readCAR()
	}
	for _, s := range d.stray {
		in.reject(at{line: s.line}, "%s", s.reason)
	}
	switch d.format {
	case formatYTD:
		return readYTD(in)
	case formatJSONL:
		in.line = d.lines
		return "", in.readJSONL()
	}
	if err := in.readDocuments(); err != nil {
		return "", err
	}
	if in.skipWhy != "" && in.stats == (LoadStats{}) {
		return in.skipWhy, nil
	}
	return "", nil
}
