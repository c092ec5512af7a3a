package provenance

// The saved archive: a Memory written to one file (Memory.Save,
// "guillemet index") and opened again (OpenSaved) by mapping the file
// into memory, without reading any export or building any index: the
// posts, their links, the authors' timelines and the search index are
// laid out in the file as the reader uses them.
//
// File format (version 3; version 1 had neither origins nor
// deletions, version 2 no visibility: both are refused, since a file
// built again from the same exports answers otherwise). All integers
// are little-endian; offsets are byte offsets from the start of the
// file, except where said. Nothing is aligned: the reader decodes every
// field with encoding/binary.
//
//	file       = header section* checksum
//	header     = magic version nsections keys size posts records table
//	savedMagic      = "\x89GIDX\r\n\x1a"      (8 bytes: a high byte, CR LF and ^Z catch 7-bit and text-mode copies)
//	version    = uint32                  (3)
//	nsections  = uint32                  (13)
//	keys       = [32]byte                (the search keys' fingerprint, below)
//	size       = uint64                  (the whole file, checksum included)
//	posts      = uint64                  (posts held; placeholders are not posts)
//	records    = uint64                  (posts and placeholders)
//	table      = (offset uint64, length uint64) × nsections, in this order:
//	             strings platforms langs recs ids authors timelines byauthor dict postings
//	             files places froms
//	strings    = byte*                   (every string below points here)
//	strref     = offset uint64 length uint32        (offset within strings)
//	platforms  = strref*                 (platform names, by platform number)
//	langs      = strref*                 (languages, by number)
//	recs       = rec × records           (by post number, the order Memory numbered them)
//	rec        = created int64           (Unix nanoseconds)
//	             text uint64              (offset within strings of id, text and url, one after the other)
//	             idlen uint32 textlen uint32 urllen uint32
//	             author int32             (author number; -1: none, for a placeholder)
//	             reply conv quote repost int32 (post numbers; -1: none)
//	             child next int32         (first reply; next sibling)
//	             share nextshare int32    (first quote or repost of this post; next one of the same post)
//	             zone int16               (the date's UTC offset, minutes)
//	             platform uint8 lang uint8
//	             flags uint8              (1: a placeholder, referred to but not held;
//	                                       2: deleted by its author, Post.Deleted)
//	             visibility uint8         (Post.Visibility: 0 not known, 1 public,
//	                                       2 unlisted, 3 private, 4 direct)
//	             reserved [2]byte         (zero)
//	             file uint32              (where the post was first read, Post.From[0]:
//	                                       a number in files; 0: nowhere, no origin)
//	             pos uint32               (its line in file; with the high bit 0x80000000
//	                                       set, a number in places; 80 bytes in all)
//	ids        = uint32 × records        (post numbers sorted by platform number, then id bytes)
//	authors    = author*                 (by author number)
//	author     = platform uint32 handle strref id strref name strref lower strref
//	             first uint64 count uint32 (the author's posts: timelines[first : first+count])
//	                                      (64 bytes; lower is the handle in lower case, the lookup key)
//	timelines  = uint32*                 (post numbers, each author's in time order, equal times as stored)
//	byauthor   = uint32 × len(authors)   (author numbers sorted by platform, then lower bytes)
//	dict       = entry*                  (sorted by key bytes)
//	entry      = key strref first uint64 count uint32 (postings[first : first+count]; 24 bytes)
//	postings   = uint32*                 (post numbers: each key's posts in the order Memory indexed them)
//	files      = strref*                 (the names of the files posts were read from, by number;
//	                                      files[0] is "", no file, when any is named)
//	places     = place*                  (positions that are not a line alone, by number)
//	place      = line uint32 path strref (a JSON path, and the line when there is one; 16 bytes)
//	froms      = from*                   (the origins of the posts read more than once, beyond
//	                                      their first, sorted by post, each post's in reading order)
//	from       = post uint32 file uint32 pos uint32 (12 bytes; file and pos as a rec's, or, after
//	                                      the last of a post's, file 0 and pos the count of the
//	                                      origins not kept, Post.MoreFrom)
//	checksum   = uint32                  (CRC-32C, Castagnoli, of every byte before it)
//
// The keys fingerprint is the SHA-256 of the stop words and of the
// search keys (SearchKeys) of probe sentences that exercise each of
// their features (case, accents, typography, OCR confusions, elision,
// inclusive writing, ligatures, links and emoji, one-letter words): a
// file written by a guillemet whose keys differ is refused, since its
// index would not find what the keys of a quote now look up.
//
// Why CRC-32C: it catches what happens to files — a copy cut short, a
// bit flipped on a disk, two files pasted together — and the processor
// computes it (SSE 4.2, ARMv8) at several gigabytes a second, so that
// checking a million posts stays within the open's budget. A
// cryptographic hash (SHA-256) would cost ten times more and prove
// nothing more: whoever can change the file can write its hash again.
// A file that is damaged on purpose and given a good checksum gives
// wrong answers, never a crash: every number read is checked against the
// size of what it points into.
//
// Worked example: an archive of one post, x:1 by @Ana_L on 2024-03-01
// at 09:00 +01:00, "Le Sénat vote la loi", in French, without a URL,
// read from line 1 of a.jsonl, saved by Memory.Save: 626 bytes.
//
//	0x000  89 47 49 44 58 0d 0a 1a       magic
//	0x008  03 00 00 00 0d 00 00 00       version 3, 13 sections
//	0x010  b1 3f c7 0d …                 keys fingerprint (32 bytes; this build's)
//	0x030  72 02 00 00 00 00 00 00       size 626
//	0x038  01 00 … 01 00 …               1 post, 1 record
//	0x048  the table, (offset, length) of each section:
//	       strings (280, 54)  platforms (334, 12)  langs (346, 12)  recs (358, 80)
//	       ids (438, 4)  authors (442, 64)  timelines (506, 4)  byauthor (510, 4)
//	       dict (514, 72)  postings (586, 12)  files (598, 24)  places (622, 0)
//	       froms (622, 0)
//	0x118  strings: "1" "Le Sénat vote la loi" ""    record 0's id, text and url
//	       "Ana_L" "" "" "ana_l"                     author 0's handle, id, name, lower
//	       "x" "fr" "loi" "senat" "vote"             platform 0, lang 0, the keys
//	       "" "a.jsonl"                              files 0 and 1
//	0x14e  platforms: (32, 1)                        "x"
//	0x15a  langs: (33, 2)                            "fr"
//	0x166  record 0: created 00 ae 95 1a 95 b8 17 00 (1709280000000000000),
//	       strings at 0, lengths 1 21 0, author 0, eight links ff ff ff ff
//	       (none), zone 3c 00 (60 minutes), platform 0, lang 0, flags 0,
//	       visibility 0 (not known), file 1, pos 1 (a.jsonl, line 1)
//	0x1b6  ids: 0
//	0x1ba  author 0: platform 0, handle (22, 5), id (27, 0), name (27, 0),
//	       lower (27, 5), timeline from 0, 1 post
//	0x1fa  timelines: 0                  0x1fe  byauthor: 0
//	0x202  dict: "loi" (35, 3) postings from 0, 1; "senat" (38, 5) from 1, 1;
//	       "vote" (43, 4) from 2, 1 ("le" and "la" are stop words: no key)
//	0x24a  postings: 0 0 0
//	0x256  files: (47, 0) (47, 7)                    "" and "a.jsonl"
//	0x26e  checksum: CRC-32C of the 622 bytes above (no places, no froms)
//
// TestSavedExample checks these figures against Memory.Save.

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Layout of version 3.
const (
	savedVersion = 3
	savedMagic   = "\x89GIDX\r\n\x1a"
	nsections    = 13
	headerSize   = 72 + 16*nsections
	recSize      = 80
	authorSize   = 64
	entrySize    = 24
	strrefSize   = 12
	placeSize    = 4 + strrefSize
	fromSize     = 12
)

// Sections, in the order of the header's table.
const (
	secStrings = iota
	secPlatforms
	secLangs
	secRecs
	secIDs
	secAuthors
	secTimelines
	secByAuthor
	secDict
	secPostings
	secFiles
	secPlaces
	secFroms
)

var sectionNames = [nsections]string{"strings", "platforms", "langs", "recs", "ids", "authors", "timelines", "byauthor", "dict", "postings", "files", "places", "froms"}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// keyProbes exercise every feature of the search keys (see
// keysFingerprint).
var keyProbes = []string{
	"L’ÉTAT, c’est MOI ! « Démissionne » — tout de suite…",
	"La réforrne des retraites sera votée avant l'été, 1e gouvemement c1ose le débat.",
	"Les élu·e·s et les citoyen·nes ; l'œuvre, l'Œdipe, ﬁnances publiques.",
	"RT @Lea_Morel: https://exemple.fr/x?y=1 🙂 qu'il vienne, jusqu'à demain, d'abord !",
	"crÃ¨ches Ã  Paris 0rdinateur vvagon a b c d ça où y",
}

// keysFingerprint identifies the search keys of this build.
var keysFingerprint = sync.OnceValue(func() [32]byte {
	h := sha256.New()
	words := make([]string, 0, len(stopwords))
	for w := range stopwords {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		h.Write([]byte(w + "\x00"))
	}
	for _, p := range keyProbes {
		h.Write([]byte("\x01" + strings.Join(SearchKeys(p), "\x00")))
	}
	return [32]byte(h.Sum(nil))
})

// Errors a saved archive is refused with, wrapped in a *SavedError that
// names the file.
var (
	// ErrNotSaved: the file is not a saved archive (empty, an export, an
	// image, another program's file).
	ErrNotSaved = errors.New("provenance: not a saved archive")
	// ErrTruncated: the file is shorter (or longer) than its header says.
	ErrTruncated = errors.New("provenance: truncated saved archive")
	// ErrSavedVersion: another version of the format.
	ErrSavedVersion = errors.New("provenance: saved archive of another format version")
	// ErrChecksum: the bytes do not match the file's checksum.
	ErrChecksum = errors.New("provenance: saved archive damaged (checksum)")
	// ErrOtherKeys: the file's index was built with other search keys.
	ErrOtherKeys = errors.New("provenance: saved archive built with other search keys")
	// ErrCorrupt: the checksum holds but the layout does not (a section
	// out of the file, a table of the wrong size, a number out of range).
	ErrCorrupt = errors.New("provenance: corrupt saved archive")
	// ErrClosed: the saved archive was closed.
	ErrClosed = errors.New("provenance: saved archive closed")
)

// SavedError is the error OpenSaved returns for a file it refuses.
type SavedError struct {
	// File is the file's name, as OpenSaved was given it.
	File string
	// Kind is one of ErrNotSaved, ErrTruncated, ErrSavedVersion,
	// ErrChecksum, ErrOtherKeys, ErrCorrupt.
	Kind error
	// Detail says what is wrong, for a person.
	Detail string
}

func (e *SavedError) Error() string { return "provenance: " + e.File + ": " + e.Detail }

// Unwrap returns Kind.
func (e *SavedError) Unwrap() error { return e.Kind }

// SavedOptions tune OpenSaved. The zero value gives the defaults.
type SavedOptions struct {
	// Limits bound the archive's searches, as NewMemory's WithLimits
	// does; the zero value takes the defaults.
	Limits Limits
}

// Saved is an archive saved to a file (Memory.Save) and opened with
// OpenSaved: an Archive that answers every question as the Memory it was
// saved from, reading the file where it lies (memory-mapped on Unix, read
// once elsewhere). It is read-only (no Put: to add posts, read it back
// into a Memory with Saved.Memory), safe for concurrent use, and must be
// closed; a method called after Close returns ErrClosed.
type Saved struct {
	name   string
	limits Limits
	mu     sync.RWMutex
	data   []byte // the file; nil once closed
	unmap  func([]byte) error
	sec    [nsections][]byte
	posts  int
	nrec   int
	plats  []string
	langs  []string
}

// OpenSaved opens the saved archive in file. It refuses, with a
// *SavedError naming the file and what is wrong, an empty file, another
// program's file, a truncated one, another version of the format, a
// damaged one (checksum) and one whose index was built with other search
// keys. Only the header and the checksum are read: the posts and the
// index are read where they lie, as questions need them.
func OpenSaved(file string, o SavedOptions) (*Saved, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.Size() == 0 {
		return nil, &SavedError{file, ErrNotSaved, "empty file, not a saved archive (guillemet index writes them)"}
	}
	if int64(int(fi.Size())) != fi.Size() {
		return nil, &SavedError{file, ErrCorrupt, "too large for this machine"}
	}
	data, unmap, err := mapFile(f, int(fi.Size()))
	if err != nil {
		return nil, fmt.Errorf("provenance: %s: %w", file, err)
	}
	s, err := newSaved(file, data, o)
	if err != nil {
		if unmap != nil {
			unmap(data)
		}
		return nil, err
	}
	s.unmap = unmap
	return s, nil
}

// newSaved checks data, the bytes of file, and returns the archive they
// hold.
func newSaved(file string, data []byte, o SavedOptions) (*Saved, error) {
	fail := func(kind error, format string, args ...any) (*Saved, error) {
		return nil, &SavedError{file, kind, fmt.Sprintf(format, args...)}
	}
	if !bytes.HasPrefix(data, []byte(savedMagic)) {
		return fail(ErrNotSaved, "not a saved archive: %s", whatIs(data))
	}
	if len(data) < headerSize+4 {
		return fail(ErrTruncated, "truncated: %d bytes, shorter than a saved archive's header (%d)", len(data), headerSize+4)
	}
	le := binary.LittleEndian
	if v := le.Uint32(data[8:]); v != savedVersion {
		return fail(ErrSavedVersion, "format version %d; this guillemet reads version %d: build it again with guillemet index", v, savedVersion)
	}
	if n := le.Uint32(data[12:]); n != nsections {
		return fail(ErrCorrupt, "corrupt: %d sections, version %d has %d", n, savedVersion, nsections)
	}
	switch size := le.Uint64(data[48:]); {
	case size > uint64(len(data)):
		return fail(ErrTruncated, "truncated: %d bytes of the %d its header records", len(data), size)
	case size < uint64(len(data)):
		return fail(ErrCorrupt, "corrupt: %d bytes after the %d its header records", uint64(len(data))-size, size)
	}
	body := data[:len(data)-4]
	if got, want := crc32.Checksum(body, castagnoli), le.Uint32(data[len(body):]); got != want {
		return fail(ErrChecksum, "damaged: its bytes give the checksum %08x, it records %08x (CRC-32C)", got, want)
	}
	if keys := keysFingerprint(); !bytes.Equal(data[16:48], keys[:]) {
		return fail(ErrOtherKeys, "its index was built with other search keys (fingerprint %x…, this guillemet's %x…): build it again with guillemet index", data[16:20], keys[:4])
	}
	s := &Saved{name: file, limits: o.Limits, data: data}
	posts, nrec := le.Uint64(data[56:]), le.Uint64(data[64:])
	if nrec > 1<<31-1 || posts > nrec {
		return fail(ErrCorrupt, "corrupt: %d posts in %d records", posts, nrec)
	}
	s.posts, s.nrec = int(posts), int(nrec)
	for i := range nsections {
		off, n := le.Uint64(data[72+16*i:]), le.Uint64(data[80+16*i:])
		if off < headerSize || off > uint64(len(body)) || n > uint64(len(body))-off {
			return fail(ErrCorrupt, "corrupt: section %s [%d, +%d) outside the file", sectionNames[i], off, n)
		}
		s.sec[i] = body[off : off+n]
	}
	for _, c := range []struct {
		sec, size int
		count     int // -1: any
	}{
		{secPlatforms, strrefSize, -1}, {secLangs, strrefSize, -1}, {secRecs, recSize, s.nrec}, {secIDs, 4, s.nrec},
		{secAuthors, authorSize, -1}, {secTimelines, 4, -1}, {secByAuthor, 4, len(s.sec[secAuthors]) / authorSize},
		{secDict, entrySize, -1}, {secPostings, 4, -1}, {secFiles, strrefSize, -1}, {secPlaces, placeSize, -1}, {secFroms, fromSize, -1},
	} {
		n := len(s.sec[c.sec])
		if n%c.size != 0 || c.count >= 0 && n/c.size != c.count {
			return fail(ErrCorrupt, "corrupt: section %s of %d bytes", sectionNames[c.sec], n)
		}
	}
	primeScorer(s.nrec)
	s.plats = s.strrefs(s.sec[secPlatforms])
	s.langs = s.strrefs(s.sec[secLangs])
	if len(s.plats) > 255 || len(s.langs) > 255 {
		return fail(ErrCorrupt, "corrupt: %d platforms, %d languages", len(s.plats), len(s.langs))
	}
	return s, nil
}

// whatIs names what data looks like, for the error that refuses it.
func whatIs(data []byte) string {
	head := bytes.TrimLeft(data[:min(len(data), 512)], "\xef\xbb\xbf \t\r\n")
	switch {
	case len(head) > 0 && (head[0] == '{' || head[0] == '['):
		return "it holds JSON (an export? give it to --archive, or save it with guillemet index)"
	case bytes.HasPrefix(data, []byte("window.YTD.")):
		return "it is an X archive file (give it to --archive)"
	}
	if what, _, ok := binaryKind(data); ok {
		return "it is " + what
	}
	return fmt.Sprintf("it starts with %q, not %q", data[:min(len(data), 8)], savedMagic)
}

// Close unmaps the file. The archive's methods then return ErrClosed;
// the posts they returned before stay valid (they own their strings).
func (s *Saved) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.data == nil {
		return nil
	}
	data := s.data
	s.data, s.sec = nil, [nsections][]byte{}
	if s.unmap != nil {
		return s.unmap(data)
	}
	return nil
}

// read runs fn under the read lock, unless ctx is done or s is closed.
func (s *Saved) read(ctx context.Context, fn func()) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.data == nil {
		return ErrClosed
	}
	fn()
	return nil
}

var le = binary.LittleEndian

// str returns a copy of the string at off, n bytes, of the strings
// section; "" when it lies outside.
func (s *Saved) str(off uint64, n uint32) string {
	b := s.strBytes(off, n)
	return string(b)
}

// strBytes returns the bytes of a string, without copying; nil when it
// lies outside the strings section.
func (s *Saved) strBytes(off uint64, n uint32) []byte {
	all := s.sec[secStrings]
	if off > uint64(len(all)) || uint64(n) > uint64(len(all))-off {
		return nil
	}
	return all[off : off+uint64(n)]
}

// strrefs decodes a section of string references.
func (s *Saved) strrefs(sec []byte) []string {
	out := make([]string, len(sec)/strrefSize)
	for i := range out {
		out[i] = s.str(le.Uint64(sec[i*strrefSize:]), le.Uint32(sec[i*strrefSize+8:]))
	}
	return out
}

// recBytes returns the bytes of record n, nil when n is out of range.
func (s *Saved) recBytes(n int32) []byte {
	if n < 0 || int(n) >= s.nrec {
		return nil
	}
	return s.sec[secRecs][int(n)*recSize : (int(n)+1)*recSize]
}

// num reads a post number, none when out of range.
func (s *Saved) num(b []byte) int32 {
	n := int32(le.Uint32(b))
	if n < 0 || int(n) >= s.nrec {
		return none
	}
	return n
}

// links decodes record n without its strings (graph).
func (s *Saved) links(n int32) rec {
	b := s.recBytes(n)
	if b == nil {
		return rec{absent: true, author: none, reply: none, conv: none, quote: none, repost: none,
			child: none, next: none, share: none, nextSh: none}
	}
	return rec{
		created: int64(le.Uint64(b)), author: int32(le.Uint32(b[28:])),
		reply: s.num(b[32:]), conv: s.num(b[36:]), quote: s.num(b[40:]), repost: s.num(b[44:]),
		child: s.num(b[48:]), next: s.num(b[52:]), share: s.num(b[56:]), nextSh: s.num(b[60:]),
		offset: int16(le.Uint16(b[64:])), platform: b[66], lang: b[67], absent: b[68]&flagAbsent != 0,
		deleted: b[68]&flagDeleted != 0, visibility: b[69], pos: le.Uint32(b[76:]),
	}
}

// idBytes returns record n's id without copying.
func (s *Saved) idBytes(n int32) []byte {
	b := s.recBytes(n)
	if b == nil {
		return nil
	}
	return s.strBytes(le.Uint64(b[8:]), le.Uint32(b[16:]))
}

// id returns record n's id (graph).
func (s *Saved) id(n int32) string { return string(s.idBytes(n)) }

// records returns the number of records (graph).
func (s *Saved) records() int { return s.nrec }

// post builds the Post of record n (graph).
func (s *Saved) post(n int32) Post {
	b := s.recBytes(n)
	if b == nil {
		return Post{}
	}
	r := s.links(n)
	off, idLen, textLen, urlLen := le.Uint64(b[8:]), le.Uint32(b[16:]), le.Uint32(b[20:]), le.Uint32(b[24:])
	p := Post{
		Platform:  lookup(s.plats, b[66]),
		ID:        s.str(off, idLen),
		Text:      s.str(off+uint64(idLen), textLen),
		URL:       s.str(off+uint64(idLen)+uint64(textLen), urlLen),
		Lang:      lookup(s.langs, b[67]),
		CreatedAt: time.Unix(0, r.created).In(zone(r.offset)),
		Deleted:   r.deleted,
	}
	p.Visibility = visibilityOf(r.visibility)
	p.From, p.MoreFrom = s.origins(n, r)
	if a := s.authorBytes(r.author); a != nil {
		p.Author, p.AuthorID, p.AuthorName = s.strref(a[4:]), s.strref(a[16:]), s.strref(a[28:])
	}
	p.ReplyTo, p.Conversation, p.QuoteOf, p.RepostOf = s.id(r.reply), s.id(r.conv), s.id(r.quote), s.id(r.repost)
	return p
}

// strref decodes a string reference at the start of b.
func (s *Saved) strref(b []byte) string { return s.str(le.Uint64(b), le.Uint32(b[8:])) }

// authorBytes returns the bytes of author a, nil when out of range.
func (s *Saved) authorBytes(a int32) []byte {
	all := s.sec[secAuthors]
	if a < 0 || int(a) >= len(all)/authorSize {
		return nil
	}
	return all[int(a)*authorSize : (int(a)+1)*authorSize]
}

// platform returns the number of a platform name, false when unknown.
func (s *Saved) platform(name string) (uint8, bool) {
	i := slices.Index(s.plats, name)
	return uint8(i), i >= 0
}

// find returns the post number of k, or none when k is absent.
func (s *Saved) find(k Key) int32 {
	plat, ok := s.platform(k.Platform)
	if !ok {
		return none
	}
	ids := s.sec[secIDs]
	i := sort.Search(s.nrec, func(i int) bool {
		n := s.num(ids[4*i:])
		b := s.recBytes(n)
		if b == nil {
			return true
		}
		return cmp.Or(cmp.Compare(b[66], plat), bytes.Compare(s.idBytes(n), []byte(k.ID))) >= 0
	})
	if i == s.nrec {
		return none
	}
	n := s.num(ids[4*i:])
	if b := s.recBytes(n); b == nil || b[66] != plat || string(s.idBytes(n)) != k.ID || b[68]&flagAbsent != 0 {
		return none
	}
	return n
}

// Post returns the post with key k.
func (s *Saved) Post(ctx context.Context, k Key) (p Post, ok bool, err error) {
	err = s.read(ctx, func() {
		if n := s.find(k); n != none {
			p, ok = s.post(n), true
		}
	})
	return p, ok, err
}

// Ancestors returns the reply chain above k.
func (s *Saved) Ancestors(ctx context.Context, k Key) (a Ancestry, err error) {
	err = s.read(ctx, func() {
		if n := s.find(k); n != none {
			a = ancestors(s, n)
		}
	})
	return a, err
}

// Descendants returns the replies below k in thread order.
func (s *Saved) Descendants(ctx context.Context, k Key, limit int) (out []Post, err error) {
	err = s.read(ctx, func() {
		if n := s.find(k); n != none {
			out = descendants(s, n, limit)
		}
	})
	return out, err
}

// Shares returns the posts quoting or reposting k, by time.
func (s *Saved) Shares(ctx context.Context, k Key) (out []Post, err error) {
	err = s.read(ctx, func() {
		if n := s.find(k); n != none {
			out = shares(s, n)
		}
	})
	return out, err
}

// Timeline returns the author's posts nearest to t (see Archive).
func (s *Saved) Timeline(ctx context.Context, platform, handle string, t time.Time, before, after int) (out []Post, err error) {
	err = s.read(ctx, func() {
		plat, ok := s.platform(platform)
		if !ok {
			return
		}
		a := s.findAuthor(plat, strings.ToLower(handle))
		if a == nil {
			return
		}
		posts := s.timeline(a)
		at := t.UnixNano()
		created := func(i int, at int64) int { return cmp.Compare(s.links(s.num(posts[4*i:])).created, at) }
		lo := sort.Search(len(posts)/4, func(i int) bool { return created(i, at) >= 0 })
		hi := sort.Search(len(posts)/4, func(i int) bool { return created(i, at+1) >= 0 })
		out = make([]Post, 0, before+after)
		for i := max(0, lo-before); i < lo; i++ {
			out = append(out, s.post(s.num(posts[4*i:])))
		}
		for i := hi; i < min(len(posts)/4, hi+after); i++ {
			out = append(out, s.post(s.num(posts[4*i:])))
		}
	})
	return out, err
}

// findAuthor returns the bytes of the author of a platform whose
// lower-case handle is lower, nil when there is none.
func (s *Saved) findAuthor(plat uint8, lower string) []byte {
	by := s.sec[secByAuthor]
	key := func(i int) int {
		a := s.authorBytes(int32(le.Uint32(by[4*i:])))
		if a == nil {
			return 1
		}
		return cmp.Or(cmp.Compare(le.Uint32(a), uint32(plat)), bytes.Compare(s.strBytes(le.Uint64(a[40:]), le.Uint32(a[48:])), []byte(lower)))
	}
	n := len(by) / 4
	i := sort.Search(n, func(i int) bool { return key(i) >= 0 })
	if i == n || key(i) != 0 {
		return nil
	}
	return s.authorBytes(int32(le.Uint32(by[4*i:])))
}

// timeline returns the bytes of an author's post numbers, in time order.
func (s *Saved) timeline(a []byte) []byte {
	all := s.sec[secTimelines]
	first, n := le.Uint64(a[52:]), uint64(le.Uint32(a[60:]))
	if first > uint64(len(all))/4 || n > uint64(len(all))/4-first {
		return nil
	}
	return all[4*first : 4*(first+n)]
}

// postings returns the bytes of the postings of key k, nil when no post
// holds it.
func (s *Saved) postings(k string) []byte {
	dict := s.sec[secDict]
	n := len(dict) / entrySize
	key := func(i int) []byte { e := dict[i*entrySize:]; return s.strBytes(le.Uint64(e), le.Uint32(e[8:])) }
	i := sort.Search(n, func(i int) bool { return bytes.Compare(key(i), []byte(k)) >= 0 })
	if i == n || string(key(i)) != k {
		return nil
	}
	e := dict[i*entrySize:]
	all := s.sec[secPostings]
	first, count := le.Uint64(e[12:]), uint64(le.Uint32(e[20:]))
	if first > uint64(len(all))/4 || count > uint64(len(all))/4-first {
		return nil
	}
	return all[4*first : 4*(first+count)]
}

// Candidates returns the posts of the best scores for q (see Score), as
// Memory ranks them.
func (s *Saved) Candidates(ctx context.Context, q Query, limit int) ([]Candidate, error) {
	return s.rankedCandidates(ctx, q, limit, limit, 0)
}

// rankedCandidates is Candidates, the search widened from limit up to
// most, only the posts scoring share times the best or more when share
// > 0 (ranker).
func (s *Saved) rankedCandidates(ctx context.Context, q Query, limit, most int, share float64) (out []Candidate, err error) {
	err = s.read(ctx, func() {
		df := func(k string) int { return len(s.postings(k)) / 4 }
		hits := rank(q, s.posts, s.nrec, limit, most, share, s.limits, df, func(sc *scorer, t Term) {
			ps := s.postings(t.Key)
			for i := 0; i+4 <= len(ps); i += 4 {
				if p := s.num(ps[i:]); p != none {
					sc.add(p, t.Weight)
				}
			}
		}, nil)
		out = make([]Candidate, 0, len(hits))
		for _, h := range hits {
			out = append(out, Candidate{Post: s.post(h.post), Score: float64(h.score)})
		}
	})
	return out, err
}

// Len returns the number of posts held.
func (s *Saved) Len(ctx context.Context) (n int, err error) {
	err = s.read(ctx, func() { n = s.posts })
	return n, err
}

// Flags of a saved record.
const (
	flagAbsent  = 1 // a placeholder
	flagDeleted = 2 // Post.Deleted
)

// origin decodes a file number and a position (a rec's, a from's); the
// zero Origin when the file is none or out of range.
func (s *Saved) origin(file, pos uint32) Origin {
	files := s.sec[secFiles]
	if file == 0 || pos == 0 || uint64(file) >= uint64(len(files)/strrefSize) {
		return Origin{}
	}
	o := Origin{File: s.strref(files[int(file)*strrefSize:])}
	places := s.sec[secPlaces]
	switch i := uint64(pos &^ placeBit); {
	case pos&placeBit == 0:
		o.Line = int(pos)
	case i < uint64(len(places)/placeSize):
		pl := places[i*placeSize:]
		o.Line, o.Path = int(le.Uint32(pl)), s.strref(pl[4:])
	}
	return o
}

// froms returns the bytes of the further origins of post n (froms),
// nil when it has none.
func (s *Saved) froms(n int32) []byte {
	all := s.sec[secFroms]
	count := len(all) / fromSize
	post := func(i int) int32 { return int32(le.Uint32(all[i*fromSize:])) }
	lo := sort.Search(count, func(i int) bool { return post(i) >= n })
	hi := lo
	for hi < count && post(hi) == n {
		hi++
	}
	return all[lo*fromSize : hi*fromSize]
}

// origins returns the origins of post n, whose record is r, and the count
// of those not kept.
func (s *Saved) origins(n int32, r rec) (from []Origin, more int) {
	first := s.origin(le.Uint32(s.recBytes(n)[72:]), r.pos)
	if first.File == "" {
		return nil, 0
	}
	from = []Origin{first}
	fs := s.froms(n)
	for i := 0; i+fromSize <= len(fs); i += fromSize {
		file, pos := le.Uint32(fs[i+4:]), le.Uint32(fs[i+8:])
		if file == 0 {
			more += int(pos)
		} else if o := s.origin(file, pos); o.File != "" && len(from) < MaxFrom {
			from = append(from, o)
		}
	}
	return from, more
}
