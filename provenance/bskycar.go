package provenance

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"slices"
	"strings"

	"github.com/fxamacker/cbor/v2"
	"github.com/guillemet/guillemet/internal/jsonrec"
)

// The Bluesky repository export: what com.atproto.sync.getRepo returns,
// and what the Bluesky app's "Export my data" saves (repo.car). It is a
// CAR v1 file (https://ipld.io/specs/transport/car/carv1/): a header
// {roots: [CID], version: 1} and a sequence of blocks, each
// varint(length) CID data, where data is DAG-CBOR. The root is the
// signed commit {did, version: 3, data, rev, prev, sig}; data is the
// root of a Merkle Search Tree whose nodes {l, e: [{p, k, v, t}]} map
// each record's key "collection/rkey" to the CID of the record's block
// (https://atproto.com/specs/repository).
//
// Records become posts as the XRPC reader makes them from a post view's
// record (see bluesky.go: facets, reply, embed, langs), with:
//
//   - ID: at://{did}/app.bsky.feed.post/{rkey}; a repost
//     (app.bsky.feed.repost) is at://{did}/app.bsky.feed.repost/{rkey},
//     with RepostOf = subject.uri, CreatedAt = createdAt and no text.
//   - AuthorID: the commit's DID; AuthorName: the displayName of the
//     repository's app.bsky.actor.profile/self record. Author: the
//     handle, which the repository does not hold (it lives in the DID
//     document): it is read from did.json beside the CAR, the DID
//     document as https://plc.directory/{did} (or a did:web's
//     /.well-known/did.json) serves it, its alsoKnownAs "at://handle";
//     without it, Author is the DID (as the XRPC reader does for an
//     invalid handle), which a screenshot's handle never matches by
//     itself.
//
// Other records (likes, follows, blocks…) hold no posts and are passed
// over. The signature is not checked (the file's origin is the user's
// word); each block's data is checked against its CID's SHA-256.
//
// Reading is in two passes over the file (it must be a file, or an
// entry of a ZIP archive, read whole into memory, MaxZipCARBytes at
// most: a CAR read from a stream is rejected, save it first): the
// first reads every block and keeps where each tree node and each
// post, repost and profile record is; the second walks the tree from
// the commit, in key order, reading each node and record again where
// it is. Memory: about 150 bytes for each post, repost and tree node
// (a node holds a few records), besides one block; a block is at most
// MaxRecordBytes. A repository of 300 000 records (200 000 posts,
// 100 000 likes, 87 MB) loads with a live heap of 40 MB at most, the
// posts stored aside. The walk never visits a node twice (a cycle is
// named and cut) and goes at most carMaxDepth levels down.
//
// Rejections name the byte offset: a file cut short (the records whose
// blocks came before still load), a block whose length, CID or data is
// broken, a node the tree names that the file lacks.

// carMaxDepth bounds the levels of the tree walked (an MST of 2^64
// records is 32 levels deep).
const carMaxDepth = 64

// carCollections are the record collections read, and whether their
// blocks are kept for the second pass.
var carCollections = map[string]bool{bskyPostType: true, bskyRepostType: true, bskyProfileType: true}

const (
	bskyRepostType  = "app.bsky.feed.repost"
	bskyProfileType = "app.bsky.actor.profile"
)

// carDec decodes DAG-CBOR: definite lengths only, no duplicate keys,
// maps of string keys.
var carDec = func() cbor.DecMode {
	dm, err := cbor.DecOptions{
		DupMapKey:       cbor.DupMapKeyEnforcedAPF,
		IndefLength:     cbor.IndefLengthForbidden,
		MaxNestedLevels: 64,
		DefaultMapType:  reflect.TypeFor[map[string]any](),
	}.DecMode()
	if err != nil {
		panic(err)
	}
	return dm
}()

// cidLink is a DAG-CBOR link (tag 42): the CID's bytes.
type cidLink []byte

// UnmarshalCBOR reads tag 42 around a byte string that starts with 0.
func (c *cidLink) UnmarshalCBOR(b []byte) error {
	var t cbor.RawTag
	if err := carDec.Unmarshal(b, &t); err != nil || t.Number != 42 {
		return errors.New("provenance: want a link (CBOR tag 42)")
	}
	var raw []byte
	if err := carDec.Unmarshal(t.Content, &raw); err != nil || len(raw) < 2 || raw[0] != 0 {
		return errors.New("provenance: want a link (CBOR tag 42) to a CID")
	}
	*c = raw[1:]
	return nil
}

type carHeader struct {
	Roots   []cidLink `cbor:"roots"`
	Version uint64    `cbor:"version"`
}

type carCommit struct {
	DID     string  `cbor:"did"`
	Version uint64  `cbor:"version"`
	Data    cidLink `cbor:"data"`
}

type mstEntry struct {
	P uint64   `cbor:"p"`
	K []byte   `cbor:"k"`
	V cidLink  `cbor:"v"`
	T *cidLink `cbor:"t"`
}

type mstNode struct {
	L *cidLink   `cbor:"l"`
	E []mstEntry `cbor:"e"`
}

// carBlock is where a block's data sits in the file.
type carBlock struct{ off, size int64 }

// carReader is the state of one repository being read.
type carReader struct {
	in      *input
	ra      io.ReaderAt
	size    int64
	root    string // the commit's CID
	commit  *carCommit
	nodes   map[string]carBlock // tree nodes by CID
	records map[string]carBlock // post, repost and profile blocks by CID
	visited map[string]bool
	author  *bskyAuthor
}

// isCAR recognises a CAR v1 header: a varint length, then a DAG-CBOR
// map of two keys, "roots" or "version" first.
func isCAR(head []byte) bool {
	n, k := binary.Uvarint(head)
	if k <= 0 || n < 10 || n > 1<<16 || len(head) < k+8 {
		return false
	}
	h := head[k:]
	return h[0] == 0xa2 && (bytes.HasPrefix(h[1:], []byte("eroots")) || bytes.HasPrefix(h[1:], []byte("gversion")))
}

// readCAR reads a Bluesky repository: a file, or an entry of a ZIP
// archive read whole into memory (zipEntryBytes).
func (in *input) readCAR() error {
	ra, size, ok := in.fileAt()
	if !ok {
		data, entry, err := in.zipEntryBytes("a Bluesky repository (CAR)")
		switch {
		case err != nil:
			return err
		case !entry:
			in.reject(at{}, "a Bluesky repository (CAR) read from a stream: save it to a file to read it")
			return nil
		case data == nil:
			return nil // too large: rejected
		}
		ra, size = bytes.NewReader(data), int64(len(data))
	}
	c := &carReader{in: in, ra: ra, size: size, nodes: map[string]carBlock{}, records: map[string]carBlock{}, visited: map[string]bool{}}
	if err := c.scan(); err != nil {
		return err
	}
	if c.commit == nil {
		in.reject(at{}, "a Bluesky repository without its commit (the root block %s is not in the file): no record can be found", cidText(c.root))
		return nil
	}
	c.author = &bskyAuthor{DID: c.commit.DID, Handle: c.handle(c.commit.DID)}
	return c.walk(string(c.commit.Data), 0)
}

// fileAt returns the file being read as an io.ReaderAt, with its size.
func (in *input) fileAt() (io.ReaderAt, int64, bool) {
	ra, ok := in.file.(io.ReaderAt)
	if !ok {
		return nil, 0, false
	}
	fi, err := in.file.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return nil, 0, false
	}
	return ra, fi.Size(), true
}

// scan is the first pass: the header, then every block.
func (c *carReader) scan() error {
	in := c.in
	br := bufio.NewReaderSize(io.NewSectionReader(c.ra, 0, c.size), 64<<10)
	var off int64
	n, k, err := carVarint(br)
	if err != nil || n > MaxRecordBytes {
		in.reject(at{}, "not a CAR file: its header length cannot be read at byte 0")
		return nil
	}
	off += int64(k)
	head := make([]byte, n)
	if _, err := io.ReadFull(br, head); err != nil {
		in.reject(at{}, "cut short at byte %d: the header of %d bytes ends past the end of the file (%d bytes)", c.size, n, c.size)
		return nil
	}
	var h carHeader
	if err := carDec.Unmarshal(head, &h); err != nil || h.Version != 1 || len(h.Roots) != 1 {
		in.reject(at{}, "not a CAR v1 repository: the header at byte %d is not {roots: [one CID], version: 1}", off)
		return nil
	}
	c.root = string(h.Roots[0])
	off += int64(n)
	var buf []byte
	for i := 0; ; i++ {
		if err := in.every256(i); err != nil {
			return err
		}
		start := off
		n, k, err := carVarint(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			in.reject(at{}, "cut short or damaged at byte %d: a block's length cannot be read; the blocks before it are read", start)
			return nil
		}
		off += int64(k)
		if n > MaxRecordBytes+64 {
			in.reject(at{}, "a block of %s at byte %d, over the %d MiB limit for one record: the rest of the file is not read", sizeText(int64(min(n, 1<<62))), start, MaxRecordBytes>>20)
			return nil
		}
		if int64(n) > c.size-off {
			in.reject(at{}, "cut short at byte %d: the block at byte %d is %d bytes long and the file ends %d bytes after its length; the blocks before it are read", c.size, start, n, c.size-off)
			return nil
		}
		// One buffer for every block: what is kept of a block
		// (nodes, CIDs) is decoded into copies.
		buf = slices.Grow(buf[:0], int(n))
		data := buf[:n]
		if _, err := io.ReadFull(br, data); err != nil {
			return fmt.Errorf("archive %s: %w", in.name, err)
		}
		off += int64(n)
		cid, body, err := splitCID(data)
		if err != nil {
			in.reject(at{}, "a block at byte %d: %v; it is passed over", start, err)
			continue
		}
		if err := checkCID(cid, body); err != nil {
			in.reject(at{}, "a block at byte %d: %v; it is passed over", start, err)
			continue
		}
		c.block(cid, body, off-int64(len(body)), start)
	}
}

// carVarint reads an unsigned varint of at most 9 bytes.
func carVarint(br *bufio.Reader) (uint64, int, error) {
	var n uint64
	for k := 0; k < 9; k++ {
		b, err := br.ReadByte()
		if err != nil {
			if k > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return 0, k, err
		}
		n |= uint64(b&0x7f) << (7 * k)
		if b < 0x80 {
			return n, k + 1, nil
		}
	}
	return 0, 9, errors.New("provenance: varint too long")
}

// splitCID splits a block into its CID and its data. A CID is v0 (a
// SHA-256 multihash, 0x12 0x20 and 32 bytes) or v1 (varints: version 1,
// codec, hash code, digest length, then the digest).
func splitCID(b []byte) (cid, data []byte, err error) {
	if len(b) >= 34 && b[0] == 0x12 && b[1] == 0x20 {
		return b[:34], b[34:], nil
	}
	i := 0
	var v [4]uint64
	for j := range v {
		n, k := binary.Uvarint(b[i:])
		if k <= 0 {
			return nil, nil, errors.New("its CID cannot be read")
		}
		v[j], i = n, i+k
	}
	if v[0] != 1 {
		return nil, nil, fmt.Errorf("its CID is of version %d (want 1)", v[0])
	}
	if v[3] > 64 || uint64(len(b)-i) < v[3] {
		return nil, nil, errors.New("its CID's digest runs past the block")
	}
	end := i + int(v[3])
	return b[:end], b[end:], nil
}

// checkCID checks a block's data against the SHA-256 digest of its CID
// (other hashes are taken on trust).
func checkCID(cid, data []byte) error {
	var digest []byte
	switch {
	case len(cid) == 34 && cid[0] == 0x12:
		digest = cid[2:]
	case len(cid) == 36 && cid[0] == 1 && cid[2] == 0x12 && cid[3] == 0x20:
		digest = cid[4:]
	default:
		return nil
	}
	sum := sha256.Sum256(data)
	if !bytes.Equal(sum[:], digest) {
		return errors.New("its data does not match its CID (damaged)")
	}
	return nil
}

// block keeps what the second pass needs of one block: the commit, or
// where a tree node or a record of the collections read is.
func (c *carReader) block(cid, data []byte, dataAt, start int64) {
	key := string(cid)
	if key == c.root {
		var cm carCommit
		if err := carDec.Unmarshal(data, &cm); err != nil || cm.DID == "" || cm.Data == nil {
			c.in.reject(at{}, "the commit at byte %d is not {did, version, data…}: %s", start, cborReason(err))
			return
		}
		if !strings.HasPrefix(cm.DID, "did:") {
			c.in.reject(at{}, "the commit at byte %d names %q, not a DID", start, jsonrec.Truncate(cm.DID, 40))
			return
		}
		c.commit = &cm
		return
	}
	var probe struct {
		Type string `cbor:"$type"`
	}
	if len(data) > 0 && data[0]&0xe0 == 0xa0 && carDec.Unmarshal(data, &probe) == nil {
		switch {
		case carCollections[probe.Type]:
			c.records[key] = carBlock{dataAt, int64(len(data))}
			return
		case probe.Type != "":
			return // a record of another collection
		}
	}
	var nd mstNode
	if carDec.Unmarshal(data, &nd) == nil && nd.E != nil {
		c.nodes[key] = carBlock{dataAt, int64(len(data))}
	}
}

// cborReason explains a DAG-CBOR decoding error without Go's types.
func cborReason(err error) string {
	if err == nil {
		return "a field is missing"
	}
	msg := strings.TrimPrefix(err.Error(), "cbor: ")
	if strings.Contains(msg, "Go ") || strings.Contains(msg, "provenance:") {
		return "a field holds a value of the wrong kind"
	}
	return msg
}

// cidText is a CID for a message: its bytes in hex, cut.
func cidText(cid string) string {
	return jsonrec.Truncate(fmt.Sprintf("%x", cid), 24)
}

// walk visits the tree node cid in key order and reads the records of
// the collections read as it meets them: the profile first
// ("app.bsky.actor.profile/self" sorts before "app.bsky.feed.…"), then
// the posts and reposts.
func (c *carReader) walk(cid string, depth int) error {
	if err := c.in.ctx.Err(); err != nil {
		return err
	}
	b, ok := c.nodes[cid]
	switch {
	case !ok:
		c.in.reject(at{}, "the tree of records names a node the file does not hold (%s): the records under it are missing", cidText(cid))
		return nil
	case c.visited[cid]:
		c.in.reject(at{}, "the tree of records loops (node %s is met twice): cut there", cidText(cid))
		return nil
	case depth > carMaxDepth:
		c.in.reject(at{}, "the tree of records is deeper than %d levels: cut there", carMaxDepth)
		return nil
	}
	c.visited[cid] = true
	var nd mstNode
	data, err := c.readAt(b)
	if err == nil {
		err = carDec.Unmarshal(data, &nd)
	}
	if err != nil {
		c.in.reject(at{}, "the tree's node at byte %d cannot be read again: %s", b.off, cborReason(err))
		return nil
	}
	if nd.L != nil {
		if err := c.walk(string(*nd.L), depth+1); err != nil {
			return err
		}
	}
	key := ""
	for _, e := range nd.E {
		if e.P > uint64(len(key)) {
			c.in.reject(at{}, "a node of the tree (%s) shares %d bytes with a key of %d: cut there", cidText(cid), e.P, len(key))
			return nil
		}
		key = key[:e.P] + string(e.K)
		if col, _, ok := strings.Cut(key, "/"); ok && carCollections[col] && e.V != nil {
			c.read(col, key, string(e.V))
		}
		if e.T != nil {
			if err := c.walk(string(*e.T), depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// readAt reads a block's data again.
func (c *carReader) readAt(b carBlock) ([]byte, error) {
	data := make([]byte, b.size)
	_, err := c.ra.ReadAt(data, b.off)
	return data, err
}

// read reads the record of key, of the collection col, whose block is
// cid: the profile gives the author's name, a post or a repost is
// stored.
func (c *carReader) read(col, key, cid string) {
	raw, ok := c.record(key, cid)
	switch {
	case !ok:
	case col == bskyProfileType:
		var p struct {
			DisplayName string `json:"displayName"`
		}
		if key == bskyProfileType+"/self" && json.Unmarshal(raw, &p) == nil {
			c.author.DisplayName = p.DisplayName
		}
	case col == bskyPostType:
		c.in.blueskyRecord("at://"+c.author.DID+"/"+key, c.author, raw, key, "record")
	default:
		c.repost("at://"+c.author.DID+"/"+key, c.author, raw, key)
	}
}

// record reads the record block cid of key, as JSON for the XRPC
// reader's record decoding. ok is false when it was rejected.
func (c *carReader) record(key, cid string) (json.RawMessage, bool) {
	b, ok := c.records[cid]
	if !ok {
		c.in.reject(at{path: key}, "the record's block (%s) is not in the file", cidText(cid))
		return nil, false
	}
	data, err := c.readAt(b)
	if err != nil {
		c.in.reject(at{path: key}, "the record at byte %d cannot be read: %v", b.off, err)
		return nil, false
	}
	var v map[string]any
	if err := carDec.Unmarshal(data, &v); err != nil {
		c.in.reject(at{path: key}, "the record at byte %d is not valid DAG-CBOR: %s", b.off, cborReason(err))
		return nil, false
	}
	raw, err := json.Marshal(v)
	if err != nil {
		c.in.reject(at{path: key}, "the record at byte %d holds a value JSON cannot hold (a float that is not a number)", b.off)
		return nil, false
	}
	return raw, true
}

// repost stores an app.bsky.feed.repost record.
func (c *carReader) repost(uri string, a *bskyAuthor, raw json.RawMessage, path string) {
	var r struct {
		Subject   bskyRef `json:"subject"`
		CreatedAt string  `json:"createdAt"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		c.in.rejectDecode(jsonPath(path, "record"), err)
		return
	}
	switch {
	case !isBskyPostURI(r.Subject.URI):
		c.in.reject(at{path: jsonPath(path, "record.subject.uri")}, "want the at:// URI of a post, got %q", jsonrec.Truncate(r.Subject.URI, 60))
		return
	case r.CreatedAt == "":
		c.in.reject(at{path: path}, "missing field record.createdAt")
		return
	}
	t, err := ParseTime(r.CreatedAt)
	if err != nil {
		c.in.reject(at{path: jsonPath(path, "record.createdAt")}, "%v", err)
		return
	}
	c.in.post(Post{Platform: Bluesky, ID: uri, Author: bskyHandle(a), AuthorID: a.DID, AuthorName: a.DisplayName,
		CreatedAt: t, RepostOf: r.Subject.URI}, at{path: path})
}

// maxDIDDocBytes bounds did.json (a real one is under 2 KiB).
const maxDIDDocBytes = 64 << 10

// handle reads the handle of did from did.json beside the CAR, or "".
func (c *carReader) handle(did string) string {
	name := c.in.files.beside(c.in.name, "did.json")
	b, err := readBeside(c.in.files, name, maxDIDDocBytes, "a DID document")
	if errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	var doc struct {
		ID          string   `json:"id"`
		AlsoKnownAs []string `json:"alsoKnownAs"`
	}
	if err == nil {
		if jerr := json.Unmarshal(b, &doc); jerr != nil {
			err = errors.New(docReason(jerr))
		}
	}
	switch {
	case err != nil:
		c.in.reject(at{}, "did.json beside it: %v: the author is the DID", err)
	case doc.ID != did:
		c.in.reject(at{}, "did.json beside it is the document of %s, not of %s: the author is the DID", jsonrec.Truncate(doc.ID, 60), did)
	default:
		for _, aka := range doc.AlsoKnownAs {
			if h, ok := strings.CutPrefix(aka, "at://"); ok && h != "" && !strings.Contains(h, "/") {
				return h
			}
		}
	}
	return ""
}

// isDIDDocument recognises a DID document (did.json), which holds no
// posts.
func isDIDDocument(o object) bool {
	if !has(o, "id") {
		return false
	}
	var id string
	_ = json.Unmarshal(o["id"], &id)
	return strings.HasPrefix(id, "did:") && (has(o, "alsoKnownAs") || has(o, "verificationMethod") || has(o, "service"))
}
