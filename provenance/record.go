package provenance

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// What the loader does with each record a format reader decodes: where
// it sits in its file, why it is rejected, how it is stored.

// input is one file being read. Format readers call post for each post
// they decode and reject for each record they cannot take.
type input struct {
	ctx   context.Context
	name  string     // file name for messages
	files fileSystem // where name is (the X archive looks for account.js beside it)
	file  fs.File    // the file being read, when it is one (a ZIP is read in place)
	br    *bufio.Reader
	dst   Sink
	l     *Loader
	stats LoadStats
	flat  flatDecoder
	// skipWhy, set by a document reader, says why a file that gave no
	// post and no rejection holds none (actor.json, likes.json).
	skipWhy string
	// owners are the accounts of the "Download your information"
	// exports, by platform, once looked for (nil: none found).
	owners map[string]*metaOwner
	// line is how many lines detection consumed before JSON Lines
	// begin: the JSON Lines reader numbers its lines from there.
	line int
}

// at is where a record sits in its file: a line, a JSON path, or both.
type at struct {
	line int
	path string
}

// reject reports a record the loader skips.
func (in *input) reject(where at, format string, args ...any) {
	in.stats.Rejected++
	if in.l.Reject != nil {
		in.l.Reject(Rejection{File: in.name, Line: where.line, Field: where.path, Msg: fmt.Sprintf(format, args...)})
	}
}

// post validates p and stores it, or rejects it naming where it was.
func (in *input) post(p Post, where at) {
	if reason := ready(&p); reason != "" {
		in.reject(where, "%s", reason)
		return
	}
	in.store(p, where)
}

// ready completes and checks a decoded post: the default platform, the
// contract's required fields, X milliseconds from the snowflake, the
// address of an X post. It returns why the post is rejected, or "".
func ready(p *Post) string { return readyAs(p, true) }

// readyUTF8 is ready for a post whose fields are known to be valid UTF-8.
func readyUTF8(p *Post) string { return readyAs(p, false) }

// readyAs is ready; checkUTF8 says whether the fields' UTF-8 must be
// checked.
func readyAs(p *Post, checkUTF8 bool) string {
	if p.Platform == "" {
		p.Platform = Generic
	}
	if err := p.validate(checkUTF8); err != nil {
		return err.Error()
	}
	refineXTime(p)
	fillXURL(p)
	return ""
}

// fillXURL gives an X post read without an address the one X serves it
// at, https://x.com/{handle}/status/{id}, when its handle and id are well
// formed (the canonical JSON Lines may leave url out; the X readers build
// it the same way). A url the file gives is kept as it is. No address is
// built for another platform: a Mastodon address depends on the server
// that serves the status, and a generic post has none.
func fillXURL(p *Post) {
	if p.Platform != X || p.URL != "" || !xHandle(p.Author) || len(p.ID) > 20 || strings.Trim(p.ID, "0123456789") != "" {
		return
	}
	p.URL = "https://x.com/" + p.Author + "/status/" + p.ID
}

// xHandle reports a well-formed X handle: letters, digits and _, at most
// 50 of them (X allows 15 today; older accounts kept longer ones).
func xHandle(h string) bool {
	if h == "" || len(h) > 50 {
		return false
	}
	for _, c := range []byte(h) {
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// store puts a ready post into the sink, with where it was read, and
// counts the outcome.
func (in *input) store(p Post, where at) {
	p.From = []Origin{in.origin(where)}
	in.count(putError(in.dst.Put(in.ctx, p), 0), where)
}

// origin is where a record of this file sits, as Post.From names it:
// every reader's posts get theirs here (store) or in the JSON Lines
// reader's batches (readJSONL), from the position the reader rejects
// them with.
func (in *input) origin(where at) Origin {
	return Origin{File: in.l.within + in.name, Line: where.line, Path: where.path}
}

// putError returns the error Put reported for the post at index i of
// its batch: its PutError, or an error of the whole batch.
func putError(err error, i int) error {
	var errs PutErrors
	if errors.As(err, &errs) {
		return errs.At(i)
	}
	return err
}

// count counts the outcome of storing one post.
func (in *input) count(err error, where at) {
	var cycle *CycleError
	switch {
	case err == nil:
		in.stats.Loaded++
	case errors.Is(err, ErrDuplicate):
		in.stats.Duplicates++
	case errors.As(err, &cycle):
		// The post is stored; only its reply link is refused.
		in.stats.Loaded++
		in.reject(where, "%v", err)
	default:
		in.reject(where, "%v", err)
	}
}
