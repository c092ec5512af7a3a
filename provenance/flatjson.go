package provenance

import (
	"unicode/utf16"
	"unicode/utf8"
)

// A fast path for canonical JSON Lines. encoding/json decodes a post
// line in about 7 µs, most of it reflection and a second validating
// scan; this decoder reads the flat objects of CONTRACT §1 in well under
// a microsecond. It accepts only what it fully understands: an object
// whose known fields are strings, integers or null. Anything else
// (invalid JSON, a known field of another type, a number id with a
// fraction) makes it give up, and encoding/json decodes the line again
// and explains what is wrong. FuzzFlatJSON checks that whenever it
// accepts a line, encoding/json reads the same values.

// flatPost holds the field values of one canonical line. Strings are
// unescaped: sub-slices of the line when nothing needed unescaping.
type flatPost struct {
	fields [numFlatFields]flatValue
}

type flatValue struct {
	set   bool // present and not null
	isNum bool
	v     []byte
}

const (
	fPlatform = iota
	fID
	fAuthor
	fAuthorID
	fAuthorName
	fCreatedAt
	fText
	fReplyTo
	fConversation
	fQuoteOf
	fRepostOf
	fURL
	fLang
	numFlatFields
)

// flatField maps a key to its field, or -1.
func flatField(k []byte) int {
	switch string(k) {
	case "platform":
		return fPlatform
	case "id":
		return fID
	case "author":
		return fAuthor
	case "author_id":
		return fAuthorID
	case "author_name":
		return fAuthorName
	case "created_at":
		return fCreatedAt
	case "text":
		return fText
	case "reply_to":
		return fReplyTo
	case "conversation":
		return fConversation
	case "quote_of":
		return fQuoteOf
	case "repost_of":
		return fRepostOf
	case "url":
		return fURL
	case "lang":
		return fLang
	}
	return -1
}

// flatDecoder decodes flat objects.
type flatDecoder struct {
	s []byte
	i int
}

// decode reads line into p. It returns false when the line is not a
// flat object it fully understands.
func (d *flatDecoder) decode(line []byte, p *flatPost) bool {
	*p = flatPost{}
	d.s, d.i = line, 0
	d.ws()
	if !d.eat('{') {
		return false
	}
	d.ws()
	if d.eat('}') {
		return d.end()
	}
	for {
		d.ws()
		key, ok := d.str(false)
		if !ok {
			return false
		}
		d.ws()
		if !d.eat(':') {
			return false
		}
		d.ws()
		f := flatField(key)
		if f < 0 {
			if !d.skip(0) {
				return false
			}
		} else if !d.value(&p.fields[f]) {
			return false
		}
		d.ws()
		if d.eat(',') {
			continue
		}
		if d.eat('}') {
			return d.end()
		}
		return false
	}
}

func (d *flatDecoder) end() bool {
	d.ws()
	return d.i == len(d.s)
}

func (d *flatDecoder) ws() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *flatDecoder) eat(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *flatDecoder) lit(w string) bool {
	if len(d.s)-d.i >= len(w) && string(d.s[d.i:d.i+len(w)]) == w {
		d.i += len(w)
		return true
	}
	return false
}

// value reads a known field: a string, an integer, or null.
func (d *flatDecoder) value(v *flatValue) bool {
	*v = flatValue{}
	if d.i >= len(d.s) {
		return false
	}
	switch c := d.s[d.i]; {
	case c == '"':
		s, ok := d.str(true)
		v.set, v.v = ok, s
		return ok
	case c == 'n':
		return d.lit("null")
	case c >= '0' && c <= '9':
		start := d.i
		if c == '0' && d.i+1 < len(d.s) && d.s[d.i+1] >= '0' && d.s[d.i+1] <= '9' {
			return false
		}
		for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
			d.i++
		}
		if d.i < len(d.s) {
			switch d.s[d.i] {
			case '.', 'e', 'E':
				return false // not an integer: let encoding/json say why
			}
		}
		v.set, v.isNum, v.v = true, true, d.s[start:d.i]
		return true
	}
	return false
}

// str reads a string. With keep false the result may be the raw bytes
// (keys are compared, not kept); with keep true escapes are decoded.
func (d *flatDecoder) str(keep bool) ([]byte, bool) {
	if !d.eat('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			s := d.s[start:d.i]
			d.i++
			return s, true
		case c == '\\':
			return d.escaped(start)
		case c < 0x20:
			return nil, false
		case c < utf8.RuneSelf:
			d.i++
		default:
			r, n := utf8.DecodeRune(d.s[d.i:])
			if r == utf8.RuneError && n == 1 {
				return nil, false
			}
			d.i += n
		}
	}
	return nil, false
}

// escaped finishes a string that holds escapes, decoding into scratch.
func (d *flatDecoder) escaped(start int) ([]byte, bool) {
	out := make([]byte, 0, len(d.s)-start)
	out = append(out, d.s[start:d.i]...)
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return out, true
		case c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(d.s[d.i:])
			if r == utf8.RuneError && n == 1 {
				return nil, false
			}
			out = append(out, d.s[d.i:d.i+n]...)
			d.i += n
			continue
		case c != '\\':
			out = append(out, c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.s) {
			return nil, false
		}
		e := d.s[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return nil, false
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if d.i+1 < len(d.s) && d.s[d.i] == '\\' && d.s[d.i+1] == 'u' {
					save := d.i
					d.i += 2
					if x, ok := d.hex4(); ok {
						r2 = x
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
					} else {
						d.i = save
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return nil, false
		}
	}
	return nil, false
}

func (d *flatDecoder) hex4() (rune, bool) {
	if len(d.s)-d.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range d.s[d.i : d.i+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	d.i += 4
	return r, true
}

// skip passes over any JSON value (an unknown field's), validating it.
func (d *flatDecoder) skip(depth int) bool {
	if depth > 64 || d.i >= len(d.s) {
		return false
	}
	switch c := d.s[d.i]; {
	case c == '"':
		_, ok := d.str(false)
		return ok
	case c == '{' || c == '[':
		d.i++
		d.ws()
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		if d.eat(closing) {
			return true
		}
		for {
			d.ws()
			if c == '{' {
				if _, ok := d.str(false); !ok {
					return false
				}
				d.ws()
				if !d.eat(':') {
					return false
				}
				d.ws()
			}
			if !d.skip(depth + 1) {
				return false
			}
			d.ws()
			if d.eat(',') {
				continue
			}
			return d.eat(closing)
		}
	case c == 't':
		return d.lit("true")
	case c == 'f':
		return d.lit("false")
	case c == 'n':
		return d.lit("null")
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	}
	return false
}

// number passes over a JSON number, checking its grammar.
func (d *flatDecoder) number() bool {
	d.eat('-')
	digits := func() int {
		n := 0
		for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.eat('0') {
		// a leading zero stands alone
	} else if digits() == 0 {
		return false
	}
	if d.eat('.') && digits() == 0 {
		return false
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		d.i++
		if !d.eat('+') {
			d.eat('-')
		}
		if digits() == 0 {
			return false
		}
	}
	return true
}
