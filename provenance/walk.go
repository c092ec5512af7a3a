package provenance

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Walking a folder.
//
// A folder is walked recursively and every entry ends in one of three
// ways: a file to read, an entry skipped because it holds no posts
// (named, with the reason), or an entry rejected because it may hold
// posts the loader cannot read (named, with the reason). Nothing is left
// out without a word.
//
//   - Hidden entries (a name starting with ".") are skipped and named; a
//     hidden folder is one entry, its content is not listed.
//   - Links are followed, to files and to folders, after the folder that
//     holds them has been walked, so that a file or folder met both
//     through a link and by its own path is read once, under its own
//     path; the link is then skipped and named. A link to a folder that
//     holds it (a loop) is skipped and named. A broken link, or a chain
//     of links that loops, is rejected: what it pointed to may have held
//     posts.
//   - Named pipes, sockets and devices are skipped and named: reading one
//     could wait for ever.
//   - A subfolder that cannot be read is rejected.
//
// An fs.FS (LoadFS) is walked by the same rules, but has no links to
// follow: an entry it reports as a link is skipped and named.

// fileSystem is where a load reads its files: the operating system's
// (Load, ReadFrom), or fsys when it is set (LoadFS).
type fileSystem struct{ fsys fs.FS }

// open opens the file name.
func (f fileSystem) open(name string) (fs.File, error) {
	if f.fsys == nil {
		return os.Open(name)
	}
	return f.fsys.Open(name)
}

// stat describes the file name, following links.
func (f fileSystem) stat(name string) (fs.FileInfo, error) {
	if f.fsys == nil {
		return os.Stat(name)
	}
	return fs.Stat(f.fsys, name)
}

// beside names the file called sibling in the folder of the file name.
func (f fileSystem) beside(name, sibling string) string {
	if f.fsys == nil {
		return filepath.Join(filepath.Dir(name), sibling)
	}
	return path.Join(path.Dir(name), sibling)
}

// walk lists what the folder root holds, in the order of the paths.
func (f fileSystem) walk(root string) ([]entry, error) {
	if f.fsys == nil {
		return walkFolder(root)
	}
	return walkFS(f.fsys, root)
}

// entry is what a folder walk found.
type entry struct {
	path   string // the folder joined with the names, links not resolved
	skip   string // why it is not read, when it holds no posts
	reject string // why it cannot be read, although it may hold posts
}

// walker walks one folder given to Load.
type walker struct {
	entries []entry
	dirs    map[string]string // real path of every folder walked → its path as shown
	files   map[string]string // real path of every file to read → its path as shown
	links   []link            // links met, followed after the walk of their folder
}

// link is a link met in the folder whose real path is dir.
type link struct{ path, dir string }

// walkFolder lists what a folder holds, in the order of the paths.
func walkFolder(root string) ([]entry, error) {
	real, err := realPath(root)
	if err != nil {
		return nil, err
	}
	w := &walker{dirs: map[string]string{real: root}, files: map[string]string{}}
	if err := w.dir(root, real, true); err != nil {
		return nil, err
	}
	for len(w.links) > 0 {
		l := w.links[0]
		w.links = w.links[1:]
		w.follow(l)
	}
	sort.Slice(w.entries, func(i, j int) bool { return w.entries[i].path < w.entries[j].path })
	return w.entries, nil
}

// realPath resolves every link of p and makes it absolute.
func realPath(p string) (string, error) {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(r)
}

// dir walks the folder shown as shown, whose real path is real.
func (w *walker) dir(shown, real string, root bool) error {
	des, err := os.ReadDir(shown)
	if err != nil {
		if root {
			return err
		}
		w.entries = append(w.entries, entry{path: shown, reject: fmt.Sprintf("the folder cannot be read: %v", unwrapPathError(err))})
		return nil
	}
	for _, de := range des {
		name := de.Name()
		p, r := filepath.Join(shown, name), filepath.Join(real, name)
		t := de.Type()
		switch {
		case strings.HasPrefix(name, "."):
			w.entries = append(w.entries, entry{path: p, skip: hidden(t)})
		case t&fs.ModeSymlink != 0:
			w.links = append(w.links, link{path: p, dir: real})
		case t.IsDir():
			if prev, ok := w.dirs[r]; ok {
				w.entries = append(w.entries, entry{path: p, skip: "a folder already read as " + prev})
				continue
			}
			w.dirs[r] = p
			if err := w.dir(p, r, false); err != nil {
				return err
			}
		case t.IsRegular():
			if prev, ok := w.files[r]; ok { // met first through a link
				w.entries = append(w.entries, entry{path: p, skip: "a file already read as " + prev})
				continue
			}
			w.files[r] = p
			w.entries = append(w.entries, entry{path: p})
		default:
			w.entries = append(w.entries, entry{path: p, skip: notRegular(t)})
		}
	}
	return nil
}

// walkFS lists what the folder root of fsys holds, in the order of the
// paths.
func walkFS(fsys fs.FS, root string) ([]entry, error) {
	var entries []entry
	err := fs.WalkDir(fsys, root, func(p string, de fs.DirEntry, err error) error {
		switch {
		case err != nil && p == root:
			return err
		case err != nil:
			entries = append(entries, entry{path: p, reject: fmt.Sprintf("the folder cannot be read: %v", unwrapPathError(err))})
			return nil
		case p == root:
			return nil
		}
		t := de.Type()
		switch {
		case strings.HasPrefix(de.Name(), "."):
			entries = append(entries, entry{path: p, skip: hidden(t)})
			if t.IsDir() {
				return fs.SkipDir
			}
		case t&fs.ModeSymlink != 0:
			entries = append(entries, entry{path: p, skip: "a link: links are not followed in an fs.FS"})
		case t.IsRegular():
			entries = append(entries, entry{path: p})
		case !t.IsDir():
			entries = append(entries, entry{path: p, skip: notRegular(t)})
		}
		return nil
	})
	sort.Slice(entries, func(i, j int) bool { return entries[i].path < entries[j].path })
	return entries, err
}

// hidden is why a hidden entry of mode t is skipped.
func hidden(t fs.FileMode) string {
	if t.IsDir() {
		return "hidden folder"
	}
	return "hidden file"
}

// notRegular is why an entry of mode t that is neither a folder nor a
// file nor a link is skipped.
func notRegular(t fs.FileMode) string {
	return "not a regular file (" + modeKind(t) + ")"
}

// follow resolves a link and reads what it points to, unless it was read
// already.
func (w *walker) follow(l link) {
	target, _ := os.Readlink(l.path)
	real, err := realPath(l.path)
	var fi os.FileInfo
	if err == nil {
		fi, err = os.Stat(real)
	}
	if err != nil {
		w.entries = append(w.entries, entry{path: l.path, reject: fmt.Sprintf("broken link to %s: %s", target, linkReason(err))})
		return
	}
	switch {
	case fi.IsDir():
		if within(l.dir, real) {
			w.entries = append(w.entries, entry{path: l.path, skip: fmt.Sprintf("a link loop: %s leads back to a folder that holds it", target)})
			return
		}
		if prev, ok := w.dirs[real]; ok {
			w.entries = append(w.entries, entry{path: l.path, skip: fmt.Sprintf("a link to a folder already read as %s", prev)})
			return
		}
		w.dirs[real] = l.path
		w.dir(l.path, real, false) // not the root: never fails
	case fi.Mode().IsRegular():
		if prev, ok := w.files[real]; ok {
			w.entries = append(w.entries, entry{path: l.path, skip: fmt.Sprintf("a link to a file already read as %s", prev)})
			return
		}
		w.files[real] = l.path
		w.entries = append(w.entries, entry{path: l.path})
	default:
		w.entries = append(w.entries, entry{path: l.path, skip: fmt.Sprintf("a link to %s, not a regular file (%s)", target, modeKind(fi.Mode()))})
	}
}

// within reports whether path is dir or lies inside it.
func within(path, dir string) bool {
	if path == dir {
		return true
	}
	if !strings.HasSuffix(dir, string(filepath.Separator)) {
		dir += string(filepath.Separator)
	}
	return strings.HasPrefix(path, dir)
}

// linkReason says why a link cannot be followed.
func linkReason(err error) string {
	if strings.Contains(err.Error(), "too many links") {
		return "the links loop"
	}
	return unwrapPathError(err).Error()
}

// modeKind names a file that is not a regular file.
func modeKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
