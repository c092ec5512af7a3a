package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The platforms' artefacts Match reads as separators: @mentions and links
// (the RT @x: prefix is in retweet.go).

func isHandleByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '_'
}

// mentionAt returns the end of "@handle" (or Mastodon "@user@domain") at
// s[i:], or -1. Handles are ASCII on the platforms, but any letter is
// taken here, so that the decision does not change once accents are
// folded ("@é" reads as "@e").
func mentionAt(s string, i int) int {
	j := i + 1
	for j < len(s) {
		if isHandleByte(s[j]) {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r < 0x80 || !isLetterLike(r) && !unicode.IsNumber(r) {
			break
		}
		j += n
	}
	if j == i+1 {
		return -1
	}
	if j+1 < len(s) && s[j] == '@' && isHandleByte(s[j+1]) {
		k := j + 1
		for k < len(s) && (isHandleByte(s[k]) || s[k] == '.' || s[k] == '-') {
			k++
		}
		for k > j+1 && (s[k-1] == '.' || s[k-1] == '-') {
			k--
		}
		j = k
	}
	return j
}

// urlFirst marks the first bytes of the URL prefixes urlAt knows.
var urlFirst = [256]bool{'h': true, 'H': true, 'w': true, 'W': true, 'p': true, 'P': true, 't': true, 'T': true}

// urlAt returns the end of a URL starting at s[i:], or -1. Trailing
// punctuation that ends the sentence is not part of the URL.
func urlAt(s string, i int) int {
	rest := s[i:]
	if len(rest) < 6 {
		return -1
	}
	switch rest[0] | 0x20 {
	case 'h':
		if rest[1]|0x20 != 't' {
			return -1
		}
	case 'w':
		if rest[1]|0x20 != 'w' {
			return -1
		}
	case 'p':
		if rest[1]|0x20 != 'i' {
			return -1
		}
	case 't':
		if rest[1] != '.' {
			return -1
		}
	default:
		return -1
	}
	ok := false
	for _, p := range [...]string{"https://", "http://", "www.", "pic.twitter.com/", "t.co/"} {
		if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) {
			ok = true
			break
		}
	}
	if !ok {
		return -1
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isSpace(r) || r == '"' || r == '<' || r == '>' || quoteClass(r) != 0 || r == utf8.RuneError && n == 1 {
			break
		}
		j += n
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if strings.ContainsRune(".,;:!?)]'’…", r) {
			j -= n
			continue
		}
		break
	}
	return j
}
