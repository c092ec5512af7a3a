package provenance

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
)

// Author is an author as a screenshot shows one, or as a caller names
// one: a handle, a display name, or both.
//
// Comparing it with a post's author is the judgment that can accuse
// someone of a montage, so it says "no" only when the archive says
// enough to be sure (see Is).
type Author struct {
	// Handle is the handle shown, without its @: "SoleneRavenaud",
	// "cvidal@piaille.fr", "claire.bsky.social". May be empty.
	Handle string
	// Name is the display name shown when no handle is: "Solène
	// Ravenaud". May be empty.
	Name string
}

// ParseAuthor reads an author as shown: "@handle", "handle",
// "Display Name (@handle)", "Display Name @handle · 2 h", or a display
// name alone. A bare word without @ is read as a handle when it could be
// one (no space), else as a name.
func ParseAuthor(s string) Author {
	h, n := SplitAuthor(s)
	if h != "" {
		return Author{Handle: h}
	}
	if n != "" && !strings.ContainsFunc(n, func(r rune) bool { return r == ' ' || r == '\u00a0' }) {
		if bare := handleAt(n); bare == n {
			return Author{Handle: n}
		}
	}
	return Author{Name: n}
}

// IsZero reports an author that names nobody.
func (a Author) IsZero() bool { return a.Handle == "" && a.Name == "" }

// String returns the author as a reader would write it: "@handle", or
// the name.
func (a Author) String() string {
	if a.Handle != "" {
		return "@" + a.Handle
	}
	return a.Name
}

// Is reports whether p was written by a, and known=false when the
// archive does not say enough to tell (a display name shown, and the
// post has none).
//
// Handles are compared without case. A Mastodon handle shown without
// its domain ("@cvidal") is the account "cvidal@piaille.fr" or the local
// account "cvidal": screenshots of Mastodon often show the short form.
// A handle shown with a domain matches a local account when the post's
// own address is on that domain (or gives none). A handle equal to the
// post's platform account id (an X author_id, a Bluesky DID) matches.
//
// A display name matches when, once both are folded (normalize.Match:
// case, accents, emoji, punctuation), the words of one are all among the
// words of the other: "Claire Durand" is "Claire Durand 🌹 députée"; a
// one-letter word is an initial ("Julien M." is "Julien Marcy").
// A name is compared with the post's handle the same way. A name that
// matches neither is someone else's only when it shares no word with the
// post's display name: display names change ("Claire Vidal, députée"
// becomes "Claire Vidal, ministre"), and a name that shares some words,
// or a post without a display name, leaves the author unknown. A name the
// archive cannot check accuses nobody.
func (a Author) Is(p Post) (match, known bool) {
	switch {
	case a.Handle != "":
		return handleIs(a.Handle, p), true
	case a.Name != "":
		if namesMatch(a.Name, p.AuthorName) || namesMatch(a.Name, p.Author) {
			return true, true
		}
		// A display name changes over the years ("Claire Vidal, députée"
		// becomes "Claire Vidal, ministre"): only a name that shares no
		// word with the post's says it is someone else's.
		if p.AuthorName != "" && !sharesWord(a.Name, p.AuthorName) {
			return false, true
		}
		return false, false
	}
	return false, false
}

// sharesWord reports whether two names have a folded word of two letters
// or more in common.
func sharesWord(a, b string) bool {
	wb := nameWords(b)
	for _, w := range nameWords(a) {
		if len(w) > 1 && slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// handleIs compares a handle shown with the post's author.
func handleIs(shown string, p Post) bool {
	shown = strings.TrimPrefix(shown, "@")
	if strings.EqualFold(shown, p.Author) || p.AuthorID != "" && shown == p.AuthorID {
		return true
	}
	if p.Platform != Mastodon && p.Platform != Generic {
		return false
	}
	su, sd, sok := strings.Cut(shown, "@")
	pu, pd, pok := strings.Cut(p.Author, "@")
	if !strings.EqualFold(su, pu) {
		return false
	}
	switch {
	case !sok: // "@cvidal" shown: the short form of any domain
		return true
	case !pok: // a local account: its domain is its server's
		if p.URL == "" {
			return true
		}
		u, err := url.Parse(p.URL)
		return err == nil && strings.EqualFold(u.Hostname(), sd)
	}
	return strings.EqualFold(sd, pd)
}

// namesMatch reports whether the folded words of one name are all among
// those of the other.
func namesMatch(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.ContainsFunc(wb, func(x string) bool { return x == w || len(w) == 1 && strings.HasPrefix(x, w) }) {
			return false
		}
	}
	return true
}

// nameWords returns the words of a name folded by the Match profile,
// split at underscores, dots and hyphens too ("Claire_Durand").
func nameWords(s string) []string {
	return strings.FieldsFunc(normalize.Match.String(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && r != '·')
	})
}

// SplitAuthor splits an author as shown into its handle, without its @
// (the first @word that starts the string or follows a space or an
// opening bracket), and the display name before it: "Solène Ravenaud
// (@SoleneRavenaud) · 2 déc." gives "SoleneRavenaud" and "Solène
// Ravenaud". Either may be empty. A date or a client shown after a
// middle dot is not part of the author.
func SplitAuthor(s string) (handle, name string) {
	// A date or a client shown after a middle dot is not the author.
	for _, sep := range [...]string{"·", "•"} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '@' {
			continue
		}
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsSpace(prev) && !strings.ContainsRune("([{<\"'«“‹", prev) {
				continue
			}
		}
		h := handleAt(s[i+1:])
		if h == "" {
			continue
		}
		return h, strings.TrimRightFunc(s[:i], func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("([{<\"'«“‹-–—|:,", r)
		})
	}
	return "", strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("@|,:", r) })
}

// handleAt returns the handle at the start of s (just after its @):
// letters, digits, '_', and the dots, hyphens and one '@' that join the
// parts of a Bluesky or Mastodon handle.
func handleAt(s string) string {
	end, at := 0, false
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
		case r == '.' || r == '-':
		case r == '@' && !at && i > 0:
			at = true
		default:
			return strings.TrimRight(s[:end], ".-@")
		}
		end = i + utf8.RuneLen(r)
	}
	return strings.TrimRight(s[:end], ".-@")
}
