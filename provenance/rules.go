package provenance

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/guillemet/guillemet/internal/jsonrec"
)

// The rules every archive applies when it stores posts, as functions an
// archive outside this package calls so that it keeps what Memory keeps.

// ErrDuplicate reports a post already stored with the same text.
var ErrDuplicate = errors.New("post already stored")

// ConflictError reports a post whose key is already stored with a
// different text.
type ConflictError struct {
	Key          Key
	Stored, Text string
}

// Error names the key and both texts.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("duplicate id %s with different text (kept the first: %q; this one: %q)",
		e.Key, jsonrec.Truncate(e.Stored, 40), jsonrec.Truncate(e.Text, 40))
}

// CycleError reports a reply link that would close a loop of replies.
// The post is stored without that link.
type CycleError struct {
	Key    Key
	Parent string
}

// Error says which link was refused.
func (e *CycleError) Error() string {
	return fmt.Sprintf("reply_to %s would close a reply cycle through %s: post kept without that link", e.Parent, e.Key.ID)
}

// Merge returns what an archive keeps when p arrives with the key of a
// post it already holds, stored.
//
// When the texts differ, the first post is kept unchanged: Merge returns
// stored and a *ConflictError. Otherwise the post was seen twice (two
// exports, a thread and a timeline): Merge returns stored with the
// fields it lacks taken from p (URL, AuthorID, AuthorName, ReplyTo,
// Conversation, QuoteOf, RepostOf, Visibility; a field stored is never
// replaced),
// p's origins after its own (From, MaxFrom at most, the others counted
// in MoreFrom; an origin already listed, or without a file, is not
// kept: KeepFrom), marked
// Deleted when either is (a deletion says the post existed and was
// removed), and an error wrapping ErrDuplicate. The archive then makes the links
// the merged post gained; a reply link that closes a cycle (ClosesCycle)
// is not made, and the archive reports the *CycleError instead of the
// duplicate.
func Merge(stored, p Post) (Post, error) {
	if stored.Text != p.Text {
		return stored, &ConflictError{Key: p.Key(), Stored: stored.Text, Text: p.Text}
	}
	for _, f := range [...]struct {
		dst *string
		src string
	}{
		{&stored.URL, p.URL}, {&stored.AuthorID, p.AuthorID}, {&stored.AuthorName, p.AuthorName},
		{&stored.ReplyTo, p.ReplyTo}, {&stored.Conversation, p.Conversation},
		{&stored.QuoteOf, p.QuoteOf}, {&stored.RepostOf, p.RepostOf}, {&stored.Visibility, p.Visibility},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	stored.From = slices.Clip(stored.From) // never append to the caller's array
	stored.addFrom(p.From, p.MoreFrom)
	stored.Deleted = stored.Deleted || p.Deleted
	return stored, fmt.Errorf("%w: %s", ErrDuplicate, p.Key())
}

// ClosesCycle reports whether a reply link from post to parent would
// close a loop of replies: whether parent, or a post above it along the
// reply links, is post. ID is whatever the archive names posts by (a
// post number, a row id); parentOf returns the parent of a post, and
// false at the top of a chain (a root, or a post the archive does not
// hold). The walk stops after MaxDepth links.
//
// An archive does not make such a link: it stores the post without it
// and reports a *CycleError, so that every reply chain it holds ends.
func ClosesCycle[ID comparable](post, parent ID, parentOf func(ID) (ID, bool)) bool {
	a := parent
	for range MaxDepth {
		if a == post {
			return true
		}
		var ok bool
		if a, ok = parentOf(a); !ok {
			return false
		}
	}
	return false
}

// PutError is the error of one post of a batch given to Sink.Put.
type PutError struct {
	// Index is the post's position in the batch.
	Index int
	Key   Key
	// Err wraps ErrDuplicate (the post was already stored: the fields
	// it adds are merged), or is a *ConflictError (not stored: the key
	// is held with another text), a *CycleError (stored without its
	// reply link) or why the post is invalid (Post.Validate; not
	// stored).
	Err error
}

// Error names the post and its error.
func (e *PutError) Error() string {
	return "provenance: post " + strconv.Itoa(e.Index) + " of the batch (" + e.Key.String() + "): " + e.Err.Error()
}

// Unwrap returns the post's error.
func (e *PutError) Unwrap() error { return e.Err }

// PutErrors lists the posts of a batch that were not stored just as
// given, by increasing Index. The other posts of the batch are stored.
type PutErrors []*PutError

// Error gives the number of posts and the first errors.
func (e PutErrors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "provenance: %d %s of the batch not stored as given", len(e), plural(len(e), "post", "posts"))
	for i, pe := range e {
		if i == 3 {
			b.WriteString("; …")
			break
		}
		fmt.Fprintf(&b, "; post %d (%s): %v", pe.Index, pe.Key, pe.Err)
	}
	return b.String()
}

// Unwrap returns the posts' errors, for errors.Is and errors.As.
func (e PutErrors) Unwrap() []error {
	out := make([]error, len(e))
	for i, pe := range e {
		out[i] = pe
	}
	return out
}

// At returns the error of the post at index i of the batch, nil when it
// was stored as given.
func (e PutErrors) At(i int) error {
	if k, ok := slices.BinarySearchFunc(e, i, func(pe *PutError, i int) int { return pe.Index - i }); ok {
		return e[k].Err
	}
	return nil
}
