package corpus

import (
	"bufio"
	"io"
	"unicode/utf8"
)

// WriteJSONL writes posts as canonical JSON Lines (CONTRACT §1), one
// object a line, fields in the contract's order: platform, id, author,
// author_name, created_at (RFC 3339 in UTC with milliseconds), text,
// reply_to, conversation, quote_of, repost_of, url, lang. Empty optional
// fields are left out; text is always written. Strings are escaped as
// encoding/json does, without HTML escaping; invalid UTF-8 becomes
// U+FFFD.
func WriteJSONL(w io.Writer, posts []Post) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	buf := make([]byte, 0, 1024)
	for i := range posts {
		buf = AppendJSON(buf[:0], &posts[i])
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// AppendJSON appends the canonical JSON object of p (without a newline)
// to dst.
func AppendJSON(dst []byte, p *Post) []byte {
	dst = append(dst, `{"platform":`...)
	dst = appendString(dst, p.Platform)
	dst = append(dst, `,"id":`...)
	dst = appendString(dst, p.ID)
	dst = append(dst, `,"author":`...)
	dst = appendString(dst, p.Author)
	dst = appendField(dst, `,"author_name":`, p.AuthorName)
	dst = append(dst, `,"created_at":"`...)
	dst = p.CreatedAt.UTC().AppendFormat(dst, "2006-01-02T15:04:05.000Z")
	dst = append(dst, `","text":`...)
	dst = appendString(dst, p.Text)
	dst = appendField(dst, `,"reply_to":`, p.ReplyTo)
	dst = appendField(dst, `,"conversation":`, p.Conversation)
	dst = appendField(dst, `,"quote_of":`, p.QuoteOf)
	dst = appendField(dst, `,"repost_of":`, p.RepostOf)
	dst = appendField(dst, `,"url":`, p.URL)
	dst = appendField(dst, `,"lang":`, p.Lang)
	return append(dst, '}')
}

func appendField(dst []byte, key, v string) []byte {
	if v == "" {
		return dst
	}
	dst = append(dst, key...)
	return appendString(dst, v)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
