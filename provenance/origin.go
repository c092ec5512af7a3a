package provenance

import (
	"math"
	"sort"
	"strings"
)

// Where each post was read (Post.From), as Memory holds it: in each
// record a position (a line, or a number of places); the files' names
// once in a table, and each record's file number in runs of consecutive
// records read from one file (most records were read from the file the
// records before them were), which costs nothing a record; the origins
// beyond a post's first in a side map, for the few posts read more than
// once.

// placeBit marks a record's position that is not a line: the number of
// an entry of origins.places.
const placeBit = 1 << 31

// origins is Memory's table of where posts were read.
type origins struct {
	files []string          // file names by number; files[0] is "", no file
	num   map[string]uint32 // file name → number
	last  uint32            // the number of the last file named, looked up first
	// runs give the file of each record with a position: that of the
	// last run that starts at or before it, unless odd says otherwise
	// (a placeholder filled from another file than the records around
	// it).
	runs []fileRun
	odd  map[int32]uint32
	// places are the positions that are not a line alone: a JSON path,
	// with the line when there is one as well.
	places []place
	// more holds the origins of the posts read more than once beyond
	// their first, by post number.
	more map[int32]*moreFrom
}

// fileRun says that the records from first on were read from file.
type fileRun struct {
	first int32
	file  uint32
}

// place is a position in a file other than a line: a JSON path.
type place struct {
	line int
	path string
}

// moreFrom is a post's origins beyond its first (at most MaxFrom-1),
// and how many more were not kept.
type moreFrom struct {
	from  []packedOrigin
	count int
}

// packedOrigin is an origin as numbers: a file number and a position (a
// line, or placeBit and a number of places; 0 for none).
type packedOrigin struct{ file, pos uint32 }

// pack returns the numbers of o, whose File is not "", adding its file
// and place when new.
func (t *origins) pack(o Origin) packedOrigin {
	if t.files == nil {
		t.files, t.num = []string{""}, map[string]uint32{"": 0}
	}
	f := t.last
	if t.files[f] != o.File {
		var ok bool
		if f, ok = t.num[o.File]; !ok {
			f = uint32(len(t.files))
			name := strings.Clone(o.File)
			t.files = append(t.files, name)
			t.num[name] = f
		}
		t.last = f
	}
	if o.Path == "" && o.Line > 0 && o.Line < placeBit {
		return packedOrigin{f, uint32(o.Line)}
	}
	t.places = append(t.places, place{max(o.Line, 0), strings.Clone(o.Path)})
	return packedOrigin{f, placeBit | uint32(len(t.places)-1)}
}

// unpack returns the origin of packed numbers; the zero Origin for none.
func (t *origins) unpack(po packedOrigin) Origin {
	if po.pos == 0 || po.file == 0 || int(po.file) >= len(t.files) {
		return Origin{}
	}
	o := Origin{File: t.files[po.file]}
	switch {
	case po.pos&placeBit == 0:
		o.Line = int(po.pos)
	case int(po.pos&^placeBit) < len(t.places):
		pl := t.places[po.pos&^placeBit]
		o.Line, o.Path = pl.line, pl.path
	}
	return o
}

// runFile returns the file of the run record n is in; 0 when none.
func (t *origins) runFile(n int32) uint32 {
	k := len(t.runs)
	if k > 0 && t.runs[k-1].first <= n {
		return t.runs[k-1].file
	}
	i := sort.Search(k, func(i int) bool { return t.runs[i].first > n }) - 1
	if i < 0 {
		return 0
	}
	return t.runs[i].file
}

// fileOf returns the file of record n.
func (t *origins) fileOf(n int32) uint32 {
	if f, ok := t.odd[n]; ok {
		return f
	}
	return t.runFile(n)
}

// setFile makes f the file of record n; newest says that no record
// comes after n, so that a run may start there.
func (t *origins) setFile(n int32, f uint32, newest bool) {
	delete(t.odd, n)
	switch k := len(t.runs); {
	case t.runFile(n) == f:
	case newest && k > 0 && t.runs[k-1].first == n:
		t.runs[k-1].file = f
	case newest:
		t.runs = append(t.runs, fileRun{n, f})
	default:
		if t.odd == nil {
			t.odd = map[int32]uint32{}
		}
		t.odd[n] = f
	}
}

// set records from and more as the origins of record r, number n (the
// newest record when newest). An origin without a file is not kept, nor
// a count without an origin. The origins r already holds keep their
// numbers (a merge adds origins after them). The caller holds the write
// lock.
func (t *origins) set(n int32, r *rec, from []Origin, more int, newest bool) {
	old := t.more[n]
	if len(from) == 1 && from[0].File != "" && more == 0 && old == nil && r.pos == 0 {
		po := t.pack(from[0]) // a post read once: most posts
		r.pos = po.pos
		t.setFile(n, po.file, newest)
		return
	}
	var held []packedOrigin
	if r.pos != 0 {
		held = append(held, packedOrigin{t.fileOf(n), r.pos})
	}
	if old != nil {
		held = append(held, old.from...)
	}
	from, more = KeepFrom(from, more)
	packed := make([]packedOrigin, len(from))
	for i, o := range from {
		if i < len(held) && t.unpack(held[i]) == o {
			packed[i] = held[i]
		} else {
			packed[i] = t.pack(o)
		}
	}
	r.pos = 0
	delete(t.more, n)
	if len(packed) == 0 {
		return
	}
	r.pos = packed[0].pos
	t.setFile(n, packed[0].file, newest)
	if len(packed) > 1 || more > 0 {
		if t.more == nil {
			t.more = map[int32]*moreFrom{}
		}
		t.more[n] = &moreFrom{from: packed[1:], count: min(more, math.MaxInt32)}
	}
}

// first returns the numbers of record r's first origin, number n;
// {0, 0} when it has none.
func (t *origins) first(n int32, r *rec) packedOrigin {
	if r.pos == 0 {
		return packedOrigin{}
	}
	return packedOrigin{t.fileOf(n), r.pos}
}

// get returns the origins of record r, number n, and the count of those
// not kept. The caller holds the lock.
func (t *origins) get(n int32, r *rec) ([]Origin, int) {
	if r.pos == 0 {
		return nil, 0
	}
	first := t.unpack(t.first(n, r))
	mf := t.more[n]
	if mf == nil {
		return []Origin{first}, 0
	}
	from := make([]Origin, 0, 1+len(mf.from))
	from = append(from, first)
	for _, po := range mf.from {
		from = append(from, t.unpack(po))
	}
	return from, mf.count
}
