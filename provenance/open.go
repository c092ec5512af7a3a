package provenance

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"
)

// OpenOptions says what Open reads and how it reports what it could not.
// Only Paths (or FS) is needed.
type OpenOptions struct {
	// Paths are the files and folders to read, by Load's rules (folders
	// walked recursively, links followed), or, when FS is set, paths of
	// FS by LoadFS's rules (no path reads the whole of FS).
	Paths []string
	// FS, when set, is the file system Paths name: an embed.FS, a
	// zip.Reader, an fstest.MapFS. Nil reads the operating system's files.
	FS fs.FS
	// Reject receives every record, file or link rejected, in reading
	// order (see Loader.Reject). Nil discards them; they are counted.
	Reject func(Rejection)
	// Skip receives every file or link left unread because it holds no
	// posts (see Loader.Skip). Nil discards them; they are counted.
	Skip func(Rejection)
	// Strict makes any rejection an error (ErrRejected): the archive may
	// lack posts a record held. A file skipped because it holds no posts
	// (an image, like.js, a hidden entry) is no error.
	Strict bool
	// Limits bound the archive's searches (NewMemory's WithLimits); the
	// zero value takes the defaults. Unused with Into.
	Limits Limits
	// Zone is the time zone of local dates without an offset (see
	// Loader.Zone); nil rejects them.
	Zone *time.Location
	// Into, when set, is the Memory the posts are added to (under its
	// rules for duplicates, merges and reply links), instead of a new
	// one: a saved archive read back with Saved.Memory, to add exports
	// to it. Open returns it.
	Into *Memory
}

// ErrNoPost is the error (wrapped) Open returns when the archive holds no
// post: every quote verified against it would be not_found.
var ErrNoPost = errors.New("provenance: no post could be loaded")

// ErrRejected is the error (wrapped) Open returns under
// OpenOptions.Strict when a record, file or link was rejected.
var ErrRejected = errors.New("provenance: the archive is incomplete")

// Open reads an archive into a new Memory (or o.Into) in one call: the files and
// folders of o.Paths, each file's format detected from its content. It
// fails when a path cannot be read at all (Load's errors), under o.Strict
// when anything was rejected (ErrRejected, naming the first rejection),
// and when the archive holds no post (ErrNoPost), where Load returns no
// error: a caller never verifies quotes against an empty archive by
// mistake. The
// LoadStats count what was read, also when Open fails.
func Open(ctx context.Context, o OpenOptions) (*Memory, LoadStats, error) {
	if o.FS == nil && len(o.Paths) == 0 {
		return nil, LoadStats{}, errors.New("provenance: Open needs Paths, or an FS")
	}
	var first *Rejection
	l := &Loader{Skip: o.Skip, Zone: o.Zone, Reject: func(r Rejection) {
		if first == nil {
			first = &r
		}
		if o.Reject != nil {
			o.Reject(r)
		}
	}}
	mem := o.Into
	if mem == nil {
		mem = NewMemory(WithLimits(o.Limits))
	}
	var st LoadStats
	var err error
	if o.FS != nil {
		st, err = l.LoadFS(ctx, mem, o.FS, o.Paths...)
	} else {
		st, err = l.Load(ctx, mem, o.Paths...)
	}
	switch {
	case err != nil:
		return nil, st, err
	case o.Strict && st.Rejected > 0:
		return nil, st, fmt.Errorf("%w: %d rejected, the first: %s", ErrRejected, st.Rejected, first)
	case st.Loaded == 0 && mem.held() == 0:
		where := strings.Join(o.Paths, ", ")
		if where == "" {
			where = "the file system"
		}
		return nil, st, fmt.Errorf("%w from %s", ErrNoPost, where)
	}
	return mem, st, nil
}
