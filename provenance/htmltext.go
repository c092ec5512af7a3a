package provenance

import (
	"html"
	"strings"
)

// htmlText returns the text a reader sees in the HTML of a Mastodon
// status (its content field), as plain text:
//
//   - paragraphs (<p>, and other blocks: div, blockquote, pre, lists,
//     headings) are separated by a blank line ("\n\n"); <br> is "\n";
//   - a mention link (<a class="u-url mention">@<span>user</span></a>) is
//     "@user", a hashtag link (class "hashtag" or rel="tag") is "#Tag":
//     the text shown;
//   - a link Mastodon shortens for display (<span class="invisible"> and
//     <span class="ellipsis"> inside the <a>) is its full target (the
//     href), not the "exemple.fr/long/pa…" the reader sees: a quote that
//     copies the link then still matches, and the match profile of
//     normalize drops links anyway. Other links are their text;
//   - an element of class "quote-inline" (the "RE: <a>…</a>" paragraph
//     Mastodon adds to quote posts for clients that do not show quotes)
//     is dropped: the author did not write it. Script and style
//     elements are dropped too;
//   - entities (&amp; &#39; &quot; &nbsp; numeric ones) are decoded; the
//     other tags are dropped and their text kept; spaces inside text are
//     kept as they are (Mastodon shows them with white-space: pre-wrap).
//     White space at the very start and end is trimmed.
//
// It never panics and never drops text on malformed HTML: a '<' that does
// not start a tag is text, and from a tag left open at the end of the
// input (no '>'), the rest is kept as text. An element to drop whose end
// cannot be found is kept. It runs in time linear in len(s).
//
// For input without '<' and '&', htmlText(s) is s with the white space at
// both ends trimmed; so htmlText(htmlText(s)) == htmlText(s) whenever the
// result holds neither.
func htmlText(s string) string {
	c := htmlConv{src: s}
	// The text is at most about as long as the HTML: one allocation,
	// which becomes the result (a 1 MiB status costs 1 MiB of text, not
	// a chain of doublings and a copy).
	c.out.Grow(len(s))
	c.run()
	return c.out.String()
}

const asciiSpace = " \t\r\n\f"

// htmlConv is the state of one conversion.
type htmlConv struct {
	src string
	// out is the text so far. It never begins or ends with white space:
	// the white space after the last text waits in space, written when
	// more text follows on the same paragraph, dropped at a paragraph
	// break or at the end.
	out   strings.Builder
	space []byte
	para  bool // a paragraph break is due before the next text
	link  *htmlLink
	// noSkip is set once an element to drop had no end: later ones are
	// kept, so that the search for ends stays linear.
	noSkip bool
}

// htmlLink is an open <a> element: its text is gathered until </a>.
type htmlLink struct {
	href      string
	shown     bool // mention or hashtag: keep the text shown
	shortened bool // holds Mastodon's invisible/ellipsis spans
	text      []byte
}

// htmlTag is one parsed tag.
type htmlTag struct {
	name        string // lower case
	closing     bool   // </name>
	selfClosing bool   // <name/>
	attrs       string // raw text between the name and '>'
	end         int    // offset just past '>'
}

func (c *htmlConv) run() {
	s := c.src
	i := 0
	for i < len(s) {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			c.textEscaped((s[i:]))
			break
		}
		if lt > 0 {
			c.textEscaped((s[i : i+lt]))
			i += lt
		}
		// s[i] == '<'
		if strings.HasPrefix(s[i:], "<!--") {
			if e := strings.Index(s[i+4:], "-->"); e >= 0 {
				i += 4 + e + 3
				continue
			}
			c.textEscaped((s[i:]))
			break
		}
		if i+1 < len(s) && (s[i+1] == '!' || s[i+1] == '?') {
			if e := strings.IndexByte(s[i:], '>'); e >= 0 {
				i += e + 1
				continue
			}
			c.textEscaped((s[i:]))
			break
		}
		t, ok, eof := parseTag(s, i)
		if eof {
			// A tag left open until the end: keep the rest as text.
			c.textEscaped((s[i:]))
			break
		}
		if !ok {
			c.text("<")
			i++
			continue
		}
		i = c.tag(t)
	}
	c.closeLink()
}

// tag applies one tag and returns where reading resumes.
func (c *htmlConv) tag(t htmlTag) int {
	if !t.closing && !t.selfClosing && c.dropped(t) {
		if end, ok := c.findEnd(t); ok {
			return end
		}
	}
	switch t.name {
	case "br":
		c.lineBreak()
	case "a":
		c.closeLink()
		if !t.closing {
			cls := attr(t.attrs, "class")
			c.link = &htmlLink{
				href:  attr(t.attrs, "href"),
				shown: hasWord(cls, "mention") || hasWord(cls, "hashtag") || hasWord(attr(t.attrs, "rel"), "tag"),
			}
		}
	case "span":
		if c.link != nil && !t.closing {
			cls := attr(t.attrs, "class")
			if hasWord(cls, "invisible") || hasWord(cls, "ellipsis") {
				c.link.shortened = true
			}
		}
	case "p", "div", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
		"h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "tr", "section", "article", "header", "footer":
		c.closeLink()
		c.para = true
	}
	return t.end
}

// dropped reports whether the element t opens is not shown to the reader.
func (c *htmlConv) dropped(t htmlTag) bool {
	if c.noSkip {
		return false
	}
	switch t.name {
	case "script", "style", "template":
		return true
	}
	return hasWord(attr(t.attrs, "class"), "quote-inline")
}

// findEnd finds the end of the element t opens, counting nested
// elements of the same name. On failure it turns dropping off for the
// rest of the input, so that each byte is searched at most once.
func (c *htmlConv) findEnd(t htmlTag) (int, bool) {
	s := c.src
	depth := 1
	for i := t.end; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		u, ok, eof := parseTag(s, i)
		if eof {
			break
		}
		if !ok {
			i++
			continue
		}
		i = u.end
		if u.name != t.name || u.selfClosing {
			continue
		}
		if u.closing {
			depth--
			if depth == 0 {
				return u.end, true
			}
		} else {
			depth++
		}
	}
	c.noSkip = true
	return 0, false
}

// text writes decoded text where it belongs: the open link, or the output.
// textEscaped writes text that may hold character references, decoding
// them one at a time: a long text is not copied whole by
// html.UnescapeString before it is written. A reference runs from its
// '&' over letters, digits and '#', to a ';' or the first other byte;
// html.UnescapeString reads each the way it reads them in the whole
// text, so the result is the same.
func (c *htmlConv) textEscaped(s string) {
	for {
		amp := strings.IndexByte(s, '&')
		if amp < 0 {
			c.text(s)
			return
		}
		c.text(s[:amp])
		end := amp + 1
		for end < len(s) && isRefByte(s[end]) {
			end++
		}
		if end < len(s) && s[end] == ';' {
			end++
		}
		c.text(html.UnescapeString(s[amp:end]))
		s = s[end:]
	}
}

func isRefByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '#'
}

func (c *htmlConv) text(s string) {
	if s == "" {
		return
	}
	if c.link != nil {
		c.link.text = append(c.link.text, s...)
		return
	}
	c.emit(s)
}

// emit writes text to the output, opening a due paragraph break.
func (c *htmlConv) emit(s string) {
	if c.para || c.out.Len() == 0 {
		// White space between blocks, or at the start, is layout.
		s = strings.TrimLeft(s, asciiSpace)
		if s == "" {
			return
		}
	}
	if c.para {
		c.space = c.space[:0]
		if c.out.Len() > 0 {
			c.out.WriteString("\n\n")
		}
		c.para = false
	}
	body := strings.TrimRight(s, asciiSpace)
	if body == "" {
		c.space = append(c.space, s...)
		return
	}
	c.out.Write(c.space)
	c.out.WriteString(body)
	c.space = append(c.space[:0], s[len(body):]...)
}

func (c *htmlConv) lineBreak() {
	if c.link != nil {
		c.link.text = append(c.link.text, '\n')
		return
	}
	if c.para || c.out.Len() == 0 {
		return // the paragraph break separates already
	}
	c.space = append(c.space, '\n')
}

// closeLink writes the open link, if any, as the reader should read it.
func (c *htmlConv) closeLink() {
	l := c.link
	if l == nil {
		return
	}
	c.link = nil
	shown := string(l.text)
	if !l.shown && l.shortened && isWebURL(l.href) {
		shown = l.href
	}
	c.emit(shown)
}

func isWebURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// parseTag reads the tag starting at s[i] == '<'. ok is false when the
// '<' does not start a tag (it is then text); eof is true when the tag
// starts but the input ends before its '>'.
func parseTag(s string, i int) (t htmlTag, ok, eof bool) {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		t.closing = true
		j++
	}
	if j >= len(s) || !isASCIILetter(s[j]) {
		return t, false, false
	}
	k := j
	for k < len(s) && !isTagSpace(s[k]) && s[k] != '/' && s[k] != '>' {
		k++
	}
	t.name = strings.ToLower(s[j:k])
	// Attributes: find the '>' that is not inside a quoted value.
	a := k
	var quote byte
	for p := k; p < len(s); p++ {
		b := s[p]
		switch {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '"' || b == '\'':
			if afterEquals(s[a:p]) {
				quote = b
			}
		case b == '>':
			t.attrs = s[a:p]
			t.selfClosing = strings.HasSuffix(strings.TrimRight(t.attrs, asciiSpace), "/")
			t.end = p + 1
			return t, true, false
		}
	}
	return t, false, true
}

// afterEquals reports whether s ends with '=' and optional spaces: a
// quote there opens an attribute value.
func afterEquals(s string) bool {
	s = strings.TrimRight(s, asciiSpace)
	return strings.HasSuffix(s, "=")
}

// attr returns the decoded value of the attribute named name (lower
// case) in the raw attributes of a tag, or "".
func attr(attrs, name string) string {
	i := 0
	for i < len(attrs) {
		for i < len(attrs) && (isTagSpace(attrs[i]) || attrs[i] == '/') {
			i++
		}
		start := i
		for i < len(attrs) && !isTagSpace(attrs[i]) && attrs[i] != '=' && attrs[i] != '/' {
			i++
		}
		key := attrs[start:i]
		for i < len(attrs) && isTagSpace(attrs[i]) {
			i++
		}
		val := ""
		if i < len(attrs) && attrs[i] == '=' {
			i++
			for i < len(attrs) && isTagSpace(attrs[i]) {
				i++
			}
			if i < len(attrs) && (attrs[i] == '"' || attrs[i] == '\'') {
				q := attrs[i]
				e := strings.IndexByte(attrs[i+1:], q)
				if e < 0 {
					val, i = attrs[i+1:], len(attrs)
				} else {
					val, i = attrs[i+1:i+1+e], i+1+e+1
				}
			} else {
				vs := i
				for i < len(attrs) && !isTagSpace(attrs[i]) {
					i++
				}
				val = attrs[vs:i]
			}
		}
		if key == "" && i == start {
			i++ // a stray character: step over it
			continue
		}
		if strings.EqualFold(key, name) {
			return html.UnescapeString(val)
		}
	}
	return ""
}

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

func isTagSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}
