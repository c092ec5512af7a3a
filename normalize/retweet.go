package normalize

import (
	"strings"
	"unicode"
)

// RetweetOf returns x for the text of a retweet's copy, "RT @x: …" (as
// the X personal archive keeps retweets, and as people retweeted by hand
// before X had a button), and "" for any other text. White space before
// "RT" is ignored; the handle is read as Match reads a mention (letters,
// digits and _, and a Mastodon "@domain"), and a colon must follow it.
//
// It is the one place guillemet recognises a retweet's text: Match drops
// the same prefix (with or without its colon) as a Mention, the X readers
// keep a retweet's links, linking never counts such a post as its
// poster's words, and a montage gives them to x.
func RetweetOf(text string) string {
	s := strings.TrimLeftFunc(text, unicode.IsSpace)
	end := retweetAt(s, 0)
	if end < 0 || s[end-1] != ':' {
		return ""
	}
	return s[len("RT @") : end-1]
}

// retweetAt returns the end of an "RT @handle" prefix at s[i:], past the
// colon that follows it when there is one, or -1.
func retweetAt(s string, i int) int {
	if !strings.HasPrefix(s[i:], "RT @") {
		return -1
	}
	j := mentionAt(s, i+3)
	if j < 0 {
		return -1
	}
	if j < len(s) && s[j] == ':' {
		j++
	}
	return j
}
