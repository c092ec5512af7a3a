package provenance

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// ZIP archives: the Mastodon account archive, the X archive and the
// "Download your information" exports come as one ZIP file. A ZIP found
// by its first bytes is opened in place (it is never extracted) and its
// entries are read as the files of a folder are (LoadFS's rules): each
// one's format detected from its content, X's account.js and Mastodon's
// actor.json found beside the files that need them. Messages name an
// entry FILE.zip/ENTRY.
//
// Limits, so that a ZIP bomb or a damaged ZIP costs neither memory nor
// hours:
//
//   - the central directory (read whole by archive/zip) holds at most
//     MaxZipEntries entries and MaxZipDirBytes bytes, as its end record
//     says before it is read;
//   - an entry is read only when it declares at most MaxZipEntryBytes,
//     and, above 1 MiB, at most MaxZipRatio times its compressed size (a
//     JSON export compresses 5 to 20 times; a bomb a thousand); archive/zip
//     stops an entry whose data runs past the size it declares;
//   - a ZIP inside the ZIP is not opened (rejected: unzip it);
//   - the entries are streamed as files are: records within
//     MaxRecordBytes and MaxLineBytes, whatever the entry's size; but a
//     Bluesky repository (CAR), whose reader goes back in the file, is
//     read whole into memory, when it declares at most MaxZipCARBytes
//     (rejected beyond: unzip it).
//
// A ZIP whose directory cannot be read (cut short: the directory is at
// its end) is rejected whole; an entry that breaks while it is read is
// rejected with the error, and the entries after it are not read. A ZIP
// read from a stream (ReadFrom) cannot be opened in place: it is
// rejected (unzip it).

const (
	// MaxZipEntries is the most entries a ZIP archive may list.
	MaxZipEntries = 200_000
	// MaxZipDirBytes is the largest central directory read.
	MaxZipDirBytes = 64 << 20
	// MaxZipEntryBytes is the largest entry, uncompressed, read.
	MaxZipEntryBytes = 4 << 30
	// MaxZipRatio is the largest ratio of an entry's size to its
	// compressed size, above 1 MiB.
	MaxZipRatio = 200
	// MaxZipCARBytes is the largest Bluesky repository (CAR) read from
	// a ZIP archive, uncompressed: it is held in memory while it is read
	// (a repository of 300 000 records is 87 MB).
	MaxZipCARBytes = 1 << 30
)

// zipMagic are the first bytes of a ZIP: a file entry, or the end record
// of an empty archive.
var zipMagic = [...]string{"PK\x03\x04", "PK\x05\x06"}

// readZip reads the ZIP archive in.file.
func (in *input) readZip() error {
	ra, size, ok := in.fileAt()
	if !ok {
		in.reject(at{}, "not an archive format: a ZIP archive read from a stream: unzip it to read the posts it may hold")
		return nil
	}
	if err := zipDirectory(ra, size); err != nil {
		in.reject(at{}, "a ZIP archive %v", err)
		return nil
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		in.reject(at{}, "a ZIP archive cut short or damaged (%v): its directory, at its end, cannot be read", err)
		return nil
	}
	name := in.name
	l := in.l
	inner := &Loader{
		Zone:   l.Zone,
		within: l.within + name + "/",
		Reject: func(r Rejection) {
			r.File = name + "/" + r.File
			if l.Reject != nil {
				l.Reject(r)
			}
		},
		Skip: func(r Rejection) {
			r.File = name + "/" + r.File
			l.skip(r.File, r.Msg)
		},
	}
	// The ZIP counts as a file read, and so does each entry read.
	st, err := inner.load(in.ctx, in.dst, fileSystem{zipFS{zr}}, []string{"."})
	in.stats.Add(st)
	switch {
	case err == nil:
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.Is(err, errNoPostFiles):
		if st.Rejected == 0 {
			in.reject(at{}, "a ZIP archive that holds no file of posts")
		}
	default:
		// "archive ENTRY: …: zip: checksum error": name the entry, and
		// say what broke.
		entry, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), "archive "), ": ")
		for errors.Unwrap(err) != nil {
			err = errors.Unwrap(err)
		}
		in.stats.Rejected++
		inner.Reject(Rejection{File: entry, Msg: fmt.Sprintf("%v: the entry breaks off there; the rest of the ZIP archive is not read", err)})
	}
	return nil
}

// zipEntryBytes reads the whole of the file being read when it is an
// entry of a ZIP archive (entry true), for a reader that goes back in it
// (what names it, in the rejection of an entry over MaxZipCARBytes: then
// data is nil). err is the entry's, when it breaks while it is read.
func (in *input) zipEntryBytes(what string) (data []byte, entry bool, err error) {
	if in.file == nil {
		return nil, false, nil
	}
	fi, err := in.file.Stat()
	if err != nil {
		return nil, false, nil
	}
	h, ok := fi.Sys().(*zip.FileHeader)
	if !ok {
		return nil, false, nil
	}
	if h.UncompressedSize64 > MaxZipCARBytes {
		in.reject(at{}, "%s of %s inside a ZIP archive, over the %d MiB read into memory: unzip it to read it",
			what, sizeText(int64(min(h.UncompressedSize64, 1<<62))), MaxZipCARBytes>>20)
		return nil, true, nil
	}
	var b bytes.Buffer
	b.Grow(int(h.UncompressedSize64))
	// archive/zip stops an entry that runs past the size it declares.
	if _, err := b.ReadFrom(io.LimitReader(in.br, MaxZipCARBytes+1)); err != nil {
		return nil, true, err
	}
	return b.Bytes(), true, nil
}

// zipDirectory checks what the end record of a ZIP says of its central
// directory (ZIP64 included) against MaxZipEntries and MaxZipDirBytes.
// A missing end record is left to archive/zip to report.
func zipDirectory(ra io.ReaderAt, size int64) error {
	const endLen, tail = 22, 22 + 65535
	start := max(0, size-tail)
	buf := make([]byte, size-start)
	if _, err := ra.ReadAt(buf, start); err != nil && err != io.EOF {
		return fmt.Errorf("that cannot be read: %v", err)
	}
	i := -1
	for j := len(buf) - endLen; j >= 0; j-- {
		if string(buf[j:j+4]) == "PK\x05\x06" {
			i = j
			break
		}
	}
	if i < 0 {
		return nil
	}
	entries := uint64(binary.LittleEndian.Uint16(buf[i+10:]))
	dir := uint64(binary.LittleEndian.Uint32(buf[i+12:]))
	if (entries == 0xffff || dir == 0xffffffff) && i >= 20 && string(buf[i-20:i-16]) == "PK\x06\x07" {
		// ZIP64: the locator gives the offset of the ZIP64 end record.
		var rec [56]byte
		off := int64(binary.LittleEndian.Uint64(buf[i-12:]))
		if off < 0 || off > size-56 {
			return nil
		}
		if _, err := ra.ReadAt(rec[:], off); err != nil || string(rec[:4]) != "PK\x06\x06" {
			return nil
		}
		entries, dir = binary.LittleEndian.Uint64(rec[32:]), binary.LittleEndian.Uint64(rec[40:])
	}
	switch {
	case entries > MaxZipEntries:
		return fmt.Errorf("of %d entries, over the limit of %d", entries, MaxZipEntries)
	case dir > MaxZipDirBytes:
		return fmt.Errorf("whose directory is %s, over the limit of %d MiB", sizeText(int64(min(dir, 1<<62))), MaxZipDirBytes>>20)
	}
	return nil
}

// zipFS is a ZIP archive's file system, whose entries are opened only
// within the limits.
type zipFS struct{ r *zip.Reader }

// Open opens an entry, refusing one past MaxZipEntryBytes or
// MaxZipRatio.
func (z zipFS) Open(name string) (fs.File, error) {
	f, err := z.r.Open(name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	h, ok := fi.Sys().(*zip.FileHeader)
	if !ok || fi.IsDir() {
		return f, nil
	}
	if err := zipEntryFits(h); err != nil {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f, nil
}

// zipEntryFits checks an entry's declared sizes against the limits.
func zipEntryFits(h *zip.FileHeader) error {
	u, c := h.UncompressedSize64, h.CompressedSize64
	switch {
	case u > MaxZipEntryBytes:
		return fmt.Errorf("an entry of %s, over the %d GiB limit", sizeText(int64(min(u, 1<<62))), MaxZipEntryBytes>>30)
	case u > 1<<20 && u/max(c, 1) > MaxZipRatio:
		return fmt.Errorf("an entry of %s compressed into %s (%d to 1, over %d to 1): a ZIP bomb, not an export",
			sizeText(int64(min(u, 1<<62))), sizeText(int64(c)), u/max(c, 1), MaxZipRatio)
	}
	return nil
}
