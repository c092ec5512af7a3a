package provenance

import (
	"bufio"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"strings"
)

// Save writes the archive to w in the saved archive's format (saved.go):
// its posts and placeholders, the authors with their timelines, and the
// search index, as they are, so that OpenSaved answers every question as
// m does. It holds the read lock while it writes.
func (m *Memory) Save(w io.Writer) error {
	m.mu.RLock()
	defer m.mu.RUnlock()
	l := m.layout()
	crc := crc32.New(castagnoli)
	bw := bufio.NewWriterSize(io.MultiWriter(w, crc), 1<<16)
	put := func(v any) { binary.Write(bw, binary.LittleEndian, v) } // bufio keeps the first error
	bw.WriteString(savedMagic)
	put(uint32(savedVersion))
	put(uint32(nsections))
	keys := keysFingerprint()
	bw.Write(keys[:])
	put(uint64(l.size))
	put(uint64(m.posts))
	put(uint64(len(m.recs)))
	for i := range nsections {
		put(uint64(l.offset[i]))
		put(uint64(l.length[i]))
	}
	l.write(m, bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("provenance: saving the archive: %w", err)
	}
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc.Sum32())
	if _, err := w.Write(sum[:]); err != nil {
		return fmt.Errorf("provenance: saving the archive: %w", err)
	}
	return nil
}

// layout is where each section of a saved archive goes, and the orders
// its tables are written in.
type layout struct {
	offset, length [nsections]int
	size           int
	ids            []int32  // post numbers by platform, then id
	lower          []string // each author's lookup key
	byAuthor       []int32  // author numbers by platform, then lower
	timelines      [][]int32
	keys           []string // the index's keys, sorted
	froms          []int32  // the posts read more than once, sorted
	nfroms         int      // entries of the froms section
}

// layout computes the saved layout of m. The caller holds the lock.
func (m *Memory) layout() *layout {
	l := &layout{}
	l.ids = make([]int32, len(m.recs))
	for i := range l.ids {
		l.ids[i] = int32(i)
	}
	slices.SortFunc(l.ids, func(a, b int32) int {
		return cmp.Or(cmp.Compare(m.recs[a].platform, m.recs[b].platform), strings.Compare(m.recs[a].id, m.recs[b].id))
	})
	l.lower = make([]string, len(m.authors))
	for k, a := range m.byAuthor {
		l.lower[a] = k.handle
	}
	l.byAuthor = make([]int32, len(m.authors))
	l.timelines = make([][]int32, len(m.authors))
	timelines := 0
	for a := range m.authors {
		l.byAuthor[a] = int32(a)
		posts := slices.Clone(m.authors[a].posts)
		slices.SortStableFunc(posts, func(x, y int32) int { return cmp.Compare(m.recs[x].created, m.recs[y].created) })
		l.timelines[a] = posts
		timelines += len(posts)
	}
	slices.SortFunc(l.byAuthor, func(a, b int32) int {
		return cmp.Or(cmp.Compare(m.authors[a].platform, m.authors[b].platform), strings.Compare(l.lower[a], l.lower[b]))
	})
	postings := 0
	if m.idx != nil {
		m.idx.keys(func(k string, id int32) {
			l.keys = append(l.keys, k)
			postings += len(m.idx.postings[id])
		})
	}
	slices.Sort(l.keys)
	for n, mf := range m.from.more {
		l.froms = append(l.froms, n)
		l.nfroms += len(mf.from)
		if mf.count > 0 {
			l.nfroms++
		}
	}
	slices.Sort(l.froms)
	strs := 0
	for i := range m.recs {
		strs += len(m.recs[i].id) + len(m.recs[i].text) + m.urlLen(&m.recs[i])
	}
	for a, au := range m.authors {
		strs += len(au.handle) + len(au.id) + len(au.name) + len(l.lower[a])
	}
	for _, s := range slices.Concat(m.platforms, m.langs, l.keys, m.from.files) {
		strs += len(s)
	}
	for _, pl := range m.from.places {
		strs += len(pl.path)
	}
	l.length = [nsections]int{strs, strrefSize * len(m.platforms), strrefSize * len(m.langs), recSize * len(m.recs),
		4 * len(m.recs), authorSize * len(m.authors), 4 * timelines, 4 * len(m.authors), entrySize * len(l.keys), 4 * postings,
		strrefSize * len(m.from.files), placeSize * len(m.from.places), fromSize * l.nfroms}
	at := headerSize
	for i, n := range l.length {
		l.offset[i] = at
		at += n
	}
	l.size = at + 4
	return l
}

// write writes the sections of m in the layout's order. The caller
// holds the lock; w keeps the first error.
func (l *layout) write(m *Memory, w *bufio.Writer) {
	// The strings, in the order the tables below point to them.
	for i := range m.recs {
		r := &m.recs[i]
		w.WriteString(r.id)
		w.WriteString(r.text)
		w.WriteString(m.url(r))
	}
	for a, au := range m.authors {
		for _, s := range []string{au.handle, au.id, au.name, l.lower[a]} {
			w.WriteString(s)
		}
	}
	for _, s := range slices.Concat(m.platforms, m.langs, l.keys, m.from.files) {
		w.WriteString(s)
	}
	for _, pl := range m.from.places {
		w.WriteString(pl.path)
	}
	var buf [recSize]byte
	le := binary.LittleEndian
	off := uint64(0)
	ref := func(b []byte, s string) {
		le.PutUint64(b, off)
		le.PutUint32(b[8:], uint32(len(s)))
		off += uint64(len(s))
	}
	recStrings := uint64(0)
	for i := range m.recs {
		recStrings += uint64(len(m.recs[i].id) + len(m.recs[i].text) + m.urlLen(&m.recs[i]))
	}
	// Platforms and languages come after the records' and authors'
	// strings.
	off = recStrings
	for _, au := range m.authors {
		off += uint64(len(au.handle) + len(au.id) + len(au.name))
	}
	for _, s := range l.lower {
		off += uint64(len(s))
	}
	for _, s := range slices.Concat(m.platforms, m.langs) {
		ref(buf[:], s)
		w.Write(buf[:strrefSize])
	}
	keysAt := off
	off = 0
	for i := range m.recs {
		r := &m.recs[i]
		clear(buf[:])
		le.PutUint64(buf[0:], uint64(r.created))
		le.PutUint64(buf[8:], off)
		le.PutUint32(buf[16:], uint32(len(r.id)))
		le.PutUint32(buf[20:], uint32(len(r.text)))
		le.PutUint32(buf[24:], uint32(m.urlLen(r)))
		for j, v := range []int32{r.author, r.reply, r.conv, r.quote, r.repost, r.child, r.next, r.share, r.nextSh} {
			le.PutUint32(buf[28+4*j:], uint32(v))
		}
		le.PutUint16(buf[64:], uint16(r.offset))
		buf[66], buf[67] = r.platform, r.lang
		if r.absent {
			buf[68] |= flagAbsent
		}
		if r.deleted {
			buf[68] |= flagDeleted
		}
		buf[69] = r.visibility
		le.PutUint32(buf[72:], m.from.first(int32(i), r).file)
		le.PutUint32(buf[76:], r.pos)
		w.Write(buf[:recSize])
		off += uint64(len(r.id) + len(r.text) + m.urlLen(r))
	}
	for _, n := range l.ids {
		le.PutUint32(buf[:], uint32(n))
		w.Write(buf[:4])
	}
	first := uint64(0)
	for a, au := range m.authors {
		clear(buf[:])
		le.PutUint32(buf[0:], uint32(au.platform))
		for j, s := range []string{au.handle, au.id, au.name, l.lower[a]} {
			ref(buf[4+strrefSize*j:], s)
		}
		le.PutUint64(buf[52:], first)
		le.PutUint32(buf[60:], uint32(len(l.timelines[a])))
		w.Write(buf[:authorSize])
		first += uint64(len(l.timelines[a]))
	}
	for _, posts := range l.timelines {
		for _, n := range posts {
			le.PutUint32(buf[:], uint32(n))
			w.Write(buf[:4])
		}
	}
	for _, a := range l.byAuthor {
		le.PutUint32(buf[:], uint32(a))
		w.Write(buf[:4])
	}
	off, first = keysAt, 0
	for _, k := range l.keys {
		id, _ := m.idx.id(k)
		ps := m.idx.postings[id]
		ref(buf[:], k)
		le.PutUint64(buf[12:], first)
		le.PutUint32(buf[20:], uint32(len(ps)))
		w.Write(buf[:entrySize])
		first += uint64(len(ps))
	}
	for _, k := range l.keys {
		id, _ := m.idx.id(k)
		for _, n := range m.idx.postings[id] {
			le.PutUint32(buf[:], uint32(n))
			w.Write(buf[:4])
		}
	}
	// The strings of files and places follow the keys'.
	for _, f := range m.from.files {
		ref(buf[:], f)
		w.Write(buf[:strrefSize])
	}
	for _, pl := range m.from.places {
		le.PutUint32(buf[:], uint32(min(pl.line, math.MaxUint32)))
		ref(buf[4:], pl.path)
		w.Write(buf[:placeSize])
	}
	from := func(n int32, po packedOrigin) {
		le.PutUint32(buf[:], uint32(n))
		le.PutUint32(buf[4:], po.file)
		le.PutUint32(buf[8:], po.pos)
		w.Write(buf[:fromSize])
	}
	for _, n := range l.froms {
		mf := m.from.more[n]
		for _, po := range mf.from {
			from(n, po)
		}
		if mf.count > 0 {
			from(n, packedOrigin{0, uint32(min(mf.count, math.MaxUint32))})
		}
	}
}

// Memory reads the saved archive back into a new Memory with the same
// posts, placeholders, authors and index, numbered as they were, so that
// posts Put into it follow Memory's rules (duplicates, merges, reply
// cycles, placeholders filled) exactly as they would have in the Memory
// that was saved: how "guillemet index --index OLD --archive NEW" adds
// exports to a saved archive. The new Memory has s's limits and owns its
// strings (s may be closed). It fails on a layout whose numbers point
// outside their tables (ErrCorrupt).
func (s *Saved) Memory() (*Memory, error) {
	var m *Memory
	var err error
	if rerr := s.read(context.Background(), func() { m, err = s.memory() }); rerr != nil {
		return nil, rerr
	}
	return m, err
}

// memory builds the Memory of s. The caller holds the read lock.
func (s *Saved) memory() (*Memory, error) {
	corrupt := func(what string, args ...any) error {
		return &SavedError{s.name, ErrCorrupt, "corrupt: " + fmt.Sprintf(what, args...)}
	}
	m := NewMemory(WithLimits(s.limits))
	m.init()
	m.platforms, m.langs = slices.Clone(s.plats), slices.Clone(s.langs)
	all := string(s.sec[secStrings]) // one copy: every string of m is a part of it
	str := func(off uint64, n uint32) (string, bool) {
		if off > uint64(len(all)) || uint64(n) > uint64(len(all))-off {
			return "", false
		}
		return all[off : off+uint64(n)], true
	}
	inRange := func(v, n int32) bool { return v >= none && v < n }
	nauth := int32(len(s.sec[secAuthors]) / authorSize)
	m.recs = make([]rec, s.nrec)
	for i := range m.recs {
		b := s.recBytes(int32(i))
		r := s.links(int32(i))
		for _, v := range []uint32{le.Uint32(b[32:]), le.Uint32(b[36:]), le.Uint32(b[40:]), le.Uint32(b[44:]), le.Uint32(b[48:]), le.Uint32(b[52:]), le.Uint32(b[56:]), le.Uint32(b[60:])} {
			if !inRange(int32(v), int32(s.nrec)) {
				return nil, corrupt("record %d links to %d, of %d records", i, int32(v), s.nrec)
			}
		}
		if !inRange(r.author, nauth) || r.author == none && !r.absent {
			return nil, corrupt("record %d has author %d, of %d", i, r.author, nauth)
		}
		off, idLen, textLen, urlLen := le.Uint64(b[8:]), le.Uint32(b[16:]), le.Uint32(b[20:]), le.Uint32(b[24:])
		var ok1, ok2, ok3 bool
		r.id, ok1 = str(off, idLen)
		r.text, ok2 = str(off+uint64(idLen), textLen)
		r.url, ok3 = str(off+uint64(idLen)+uint64(textLen), urlLen)
		if !ok1 || !ok2 || !ok3 {
			return nil, corrupt("record %d's strings lie outside the strings section", i)
		}
		m.recs[i] = r
		if !r.absent {
			m.posts++
		}
		for int(r.platform) >= len(m.ids) {
			m.ids = append(m.ids, map[string]int32{})
		}
		m.ids[r.platform][r.id] = int32(i)
	}
	if m.posts != s.posts {
		return nil, corrupt("%d posts in the records, %d in the header", m.posts, s.posts)
	}
	for a := range nauth {
		b := s.authorBytes(a)
		var au author
		var ok [4]bool
		au.platform = uint8(le.Uint32(b))
		au.handle, ok[0] = str(le.Uint64(b[4:]), le.Uint32(b[12:]))
		au.id, ok[1] = str(le.Uint64(b[16:]), le.Uint32(b[24:]))
		au.name, ok[2] = str(le.Uint64(b[28:]), le.Uint32(b[36:]))
		lower, lok := str(le.Uint64(b[40:]), le.Uint32(b[48:]))
		ok[3] = lok && le.Uint32(b) < 256
		tl := s.timeline(b)
		if ok != [4]bool{true, true, true, true} || tl == nil && le.Uint32(b[60:]) > 0 {
			return nil, corrupt("author %d lies outside its tables", a)
		}
		for i := 0; i < len(tl); i += 4 {
			n := int32(le.Uint32(tl[i:]))
			if n < 0 || int(n) >= s.nrec {
				return nil, corrupt("author %d's timeline holds %d, of %d records", a, n, s.nrec)
			}
			au.posts = append(au.posts, n)
		}
		if k := len(au.posts); k > 0 {
			au.last = m.recs[au.posts[k-1]].created // the timeline is saved in time order
		}
		m.authors = append(m.authors, au)
		m.byAuthor[authorKey{au.platform, lower}] = a
	}
	dict := s.sec[secDict]
	for i := 0; i < len(dict); i += entrySize {
		k, ok := str(le.Uint64(dict[i:]), le.Uint32(dict[i+8:]))
		ps := s.postings(k)
		if !ok || ps == nil && le.Uint32(dict[i+20:]) > 0 {
			return nil, corrupt("index entry %d lies outside its tables", i/entrySize)
		}
		list := make([]int32, len(ps)/4)
		for j := range list {
			if list[j] = int32(le.Uint32(ps[4*j:])); list[j] < 0 || int(list[j]) >= s.nrec {
				return nil, corrupt("the postings of %q hold %d, of %d records", k, list[j], s.nrec)
			}
		}
		id, ok := m.idx.id(k)
		if !ok {
			id = m.idx.newKey(k) // a key given twice keeps the last list, as a map would
		}
		m.idx.postings[id] = list
	}
	if err := s.memoryOrigins(m, str); err != nil {
		return nil, corrupt("%v", err)
	}
	return m, nil
}

// memoryOrigins reads the files, places and froms of s into m, whose
// records are read, and checks every record's origin against them.
func (s *Saved) memoryOrigins(m *Memory, str func(uint64, uint32) (string, bool)) error {
	t := &m.from
	files := s.sec[secFiles]
	for i := 0; i < len(files); i += strrefSize {
		f, ok := str(le.Uint64(files[i:]), le.Uint32(files[i+8:]))
		if !ok || i == 0 && f != "" {
			return fmt.Errorf("file %d lies outside the strings section, or file 0 is not empty", i/strrefSize)
		}
		if t.files == nil {
			t.num = map[string]uint32{}
		}
		t.num[f] = uint32(len(t.files))
		t.files = append(t.files, f)
	}
	places := s.sec[secPlaces]
	for i := 0; i < len(places); i += placeSize {
		path, ok := str(le.Uint64(places[i+4:]), le.Uint32(places[i+12:]))
		if !ok {
			return fmt.Errorf("place %d lies outside the strings section", i/placeSize)
		}
		t.places = append(t.places, place{int(le.Uint32(places[i:])), path})
	}
	valid := func(po packedOrigin) bool {
		return po.file == 0 && po.pos == 0 || po.file != 0 && po.pos != 0 && int(po.file) < len(t.files) && (po.pos&placeBit == 0 || int(po.pos&^placeBit) < len(t.places))
	}
	for i := range m.recs {
		r := &m.recs[i]
		file := le.Uint32(s.recBytes(int32(i))[72:])
		if !valid(packedOrigin{file, r.pos}) {
			return fmt.Errorf("record %d was read from file %d, position %#x, of %d files and %d places", i, file, r.pos, len(t.files), len(t.places))
		}
		if r.pos != 0 {
			t.setFile(int32(i), file, true)
		}
	}
	froms := s.sec[secFroms]
	for i := 0; i < len(froms); i += fromSize {
		n := int32(le.Uint32(froms[i:]))
		po := packedOrigin{le.Uint32(froms[i+4:]), le.Uint32(froms[i+8:])}
		if n < 0 || int(n) >= len(m.recs) || m.recs[n].pos == 0 || po.file != 0 && !valid(po) {
			return fmt.Errorf("further origin %d names record %d, file %d, position %#x", i/fromSize, n, po.file, po.pos)
		}
		if t.more == nil {
			t.more = map[int32]*moreFrom{}
		}
		mf := t.more[n]
		if mf == nil {
			mf = &moreFrom{}
			t.more[n] = mf
		}
		switch {
		case po.file == 0:
			mf.count += int(po.pos)
		case len(mf.from) < MaxFrom-1:
			mf.from = append(mf.from, po)
		default:
			mf.count++
		}
	}
	return nil
}
