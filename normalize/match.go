package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The Match pass: one loop over the text that folds letters, typography,
// white space, inclusive writing and platform artefacts, writing the
// source map as it goes. Mojibake is repaired before it and elongations
// collapsed after it (see Profile.Normalize).
//
// White space, links, emoji and leading mentions are separators: they are
// gathered into a pending run that becomes one space, or nothing when the
// next character does not take a space before it (, . ; : ! ? ) ] } » %)
// or the previous one takes none after it (( [ { « and the apostrophe).

// What was written last.
const (
	cNone  = iota // nothing yet
	cWord         // a letter or digit: a word is open
	cOpen         // ( [ { « ' : no space after
	cPunct        // other punctuation or symbol
)

type matcher struct {
	b         *builder
	s         string
	drop      Kind // folds turned off
	wsStart   int  // pending separator run [wsStart, wsEnd), or -1
	wsEnd     int
	wsKind    Kind
	last      int  // class of what was written last
	inDouble  bool // inside a quotation opened by a toggling mark
	wordStart int  // output offset where the open word started
	wordOrig  int  // original offset where the open word started
	inclEnd   int  // output offset just after the last inclusive ending, or -1
	homoEnd   int  // the homoglyph decision below holds for s[:homoEnd]
	homoFold  bool
	// unstable is set when the output may read differently the second
	// time: a separator removed where it brings two things together that
	// the pass reads in context.
	unstable bool
	// elongRisk is set when the output may hold an elongation that the
	// pass did not collapse (letters written from different pieces).
	elongRisk bool
}

// contextual marks the ASCII characters whose reading depends on what is
// next to them: the starts of inclusive endings, mentions and hashtags.
// contextualAt extends it to the rest of Unicode.
var contextual = [256]bool{'.': true, '-': true, '(': true, '@': true, '#': true}

// contextualAt reports whether the character at s[i:] is read in context:
// an ASCII mark of the table, a middle dot or bullet, a dash, or a
// compatibility form of one of them.
func contextualAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < 0x80 {
		return contextual[s[i]]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isContextualRune(r)
}

// contextualBefore is contextualAt for the character that ends s[:i].
func contextualBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if s[i-1] < 0x80 {
		return contextual[s[i-1]]
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isContextualRune(r)
}

func isContextualRune(r rune) bool {
	if isInclusiveMark(r) || isDash(r) {
		return true
	}
	f, _, ok := foldRune(r)
	return ok && len(f) == 1 && contextual[f[0]]
}

// wordByte marks ASCII letters and digits.
var wordByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

func (m *matcher) on(k Kind) bool { return m.drop&k == 0 }

// atWordStart reports whether the next letter starts a new word.
func (m *matcher) atWordStart() bool { return m.wsStart >= 0 || m.last != cWord }

// sep adds s[i:j] to the pending separator run.
func (m *matcher) sep(i, j int, kind Kind) {
	if m.wsStart < 0 {
		m.wsStart = i
	}
	m.wsEnd, m.wsKind = j, m.wsKind|kind
}

// dropHidden deletes a character no reader sees (an invisible character,
// the glue of an emoji sequence, a stray combining mark). Among separators
// that changes nothing; elsewhere it brings two things together that the
// pass may have read apart, so the result is read again.
func (m *matcher) dropHidden(i, j int, kind Kind) {
	if m.wsStart < 0 && m.last != cNone || j < len(m.s) && !isSeparatorAt(m.s, j) {
		m.unstable, m.elongRisk = true, true
	}
	m.dropRange(i, j, kind)
}

// isSeparatorAt reports whether s[i:] starts with white space or an emoji.
func isSeparatorAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpace(r) || isEmoji(r)
}

func nextByte(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// drop deletes s[i:j] without separating what is around it.
func (m *matcher) dropRange(i, j int, kind Kind) {
	if m.wsStart >= 0 {
		m.wsEnd, m.wsKind = j, m.wsKind|kind
		return
	}
	m.b.remove(i, j, kind)
}

// flush writes the pending separator run as one space or as nothing.
func (m *matcher) flush(noSpaceBefore bool) {
	if m.wsStart < 0 {
		return
	}
	if m.b.olen() == 0 || noSpaceBefore || m.last == cOpen {
		// Removing the run brings two things together; if the pass reads
		// either in context, the result must be read again.
		if m.wsEnd < len(m.s) {
			next := m.s[m.wsEnd]
			if contextualAt(m.s, m.wsEnd) || wordByte[next] && m.b.last() == '(' || (next == '!' || next == '?') && m.b.last() == next ||
				next == ':' && strings.HasPrefix(m.s[m.wsEnd:], "://") || next == ')' && m.last == cWord {
				m.unstable = true
			}
		}
		m.b.remove(m.wsStart, m.wsEnd, m.wsKind)
	} else {
		m.b.replace(m.wsStart, m.wsEnd, " ", m.wsKind)
	}
	m.wsStart, m.wsKind = -1, 0
}

// word prepares to write a letter or digit that comes from s[i:].
func (m *matcher) word(i int) {
	if m.atWordStart() {
		m.flush(false)
		m.wordStart, m.wordOrig = m.b.olen(), i
	}
	m.last = cWord
}

// punct writes repl for s[i:j], a punctuation mark.
func (m *matcher) punct(i, j int, repl string, kind Kind, noSpaceBefore, open bool) {
	m.flush(noSpaceBefore)
	m.b.replace(i, j, repl, kind)
	if open {
		m.last = cOpen
	} else {
		m.last = cPunct
	}
}

// quote writes a quotation mark of the given class for s[i:j].
func (m *matcher) quote(i, j, class int) {
	if class == 2 {
		if m.inDouble {
			class = -1
		} else {
			class = 1
		}
		m.inDouble = !m.inDouble
	}
	if class > 0 {
		m.punct(i, j, "«", Typography, false, true)
	} else {
		m.punct(i, j, "»", Typography, true, false)
	}
}

// asciiPunct writes the ASCII punctuation c for s[i:j] (j > i+1 when c is
// the fold of a compatibility form such as a fullwidth mark).
func (m *matcher) asciiPunct(c byte, i, j int, kind Kind) {
	switch c {
	case '"':
		if m.on(Typography) {
			m.quote(i, j, 2)
			return
		}
	case '\'', '`':
		if m.on(Typography) {
			m.punct(i, j, "'", kind|Typography, false, true)
			return
		}
	case ',', '.', ';', ':', '!', '?', ')', ']', '}', '%':
		m.punct(i, j, string(c), kind, true, false)
		return
	case '(', '[', '{':
		m.punct(i, j, string(c), kind, false, true)
		return
	}
	m.punct(i, j, string(c), kind, false, false)
}

var lowerDigit = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	return t
}()

func isLowerDigit(c byte) bool { return lowerDigit[c] }

func (m *matcher) run() {
	s, b := m.s, m.b
	m.wsStart, m.inclEnd = -1, -1
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch {
			case isLowerDigit(c) || 'A' <= c && c <= 'Z':
				if m.atWordStart() {
					if m.on(Link) && (c|0x20 == 'h' || c|0x20 == 'w' || c|0x20 == 'p' || c|0x20 == 't') {
						if end := urlAt(s, i); end > i {
							m.sep(i, end, Link)
							i = end
							continue
						}
					}
					if c == 'R' && b.olen() == 0 && m.on(Mention) {
						if end := retweetAt(s, i); end > i {
							m.sep(i, end, Mention)
							i = end
							continue
						}
					}
				}
				m.word(i)
				i = m.asciiRun(i)
			case c == ' ' && m.wsStart < 0 && m.last == cWord && i+1 < len(s) && lowerDigit[s[i+1]] && (!urlFirst[s[i+1]] || !m.on(Link) || urlAt(s, i+1) < 0):
				// The common case: one space between two words.
				b.keep(i + 1)
				m.wordStart, m.wordOrig = b.olen(), i+1
				i = m.asciiRun(i + 1)
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				m.sep(i, i+1, Spacing)
				i++
			case c < 0x20 || c == 0x7F:
				m.dropHidden(i, i+1, Invisible)
				i++
			case c == '-':
				i = m.dash(i, 1, "-")
			case c == '.':
				if m.last == cWord && m.wsStart < 0 && sentenceEnd(s, i) {
					// "fin.Les autres": a sentence end missing its space.
					// The key spells the space out, so that it does not read
					// as an inclusive ending once folded to lower case.
					m.punct(i, i+1, ". ", Spacing, true, false)
					m.unstable = true
					i++
					continue
				}
				if end, ok := m.inclusive(i, '.', 1); ok {
					i = end
					continue
				}
				if strings.HasPrefix(s[i:], "...") {
					m.punct(i, i+3, "...", 0, true, false)
					i += 3
					continue
				}
				m.asciiPunct(c, i, i+1, 0)
				i++
			case c == '(':
				if end, ok := m.inclusive(i, '(', 1); ok {
					i = end
					continue
				}
				m.asciiPunct(c, i, i+1, 0)
				i++
			case c == '@':
				if m.on(Mention) && b.olen() == 0 {
					if end := mentionAt(s, i); end > i {
						m.sep(i, end, Mention)
						i = end
						continue
					}
				}
				if m.atWordStart() && mentionAt(s, i) > i {
					// A mention inside the text is content: keep it as a word.
					m.word(i)
					b.keep(i + 1)
					i++
					continue
				}
				m.asciiPunct(c, i, i+1, 0)
				i++
			case (c == '!' || c == '?') && m.on(Elongation) && i+1 < len(s) && s[i+1] == c:
				// "!!!" and "???" are emphasis, like elongated letters.
				j := i + 1
				for j < len(s) && s[j] == c {
					j++
				}
				m.punct(i, j, s[i:i+1], Elongation, true, false)
				i = j
			case c == '#':
				if m.on(Hashtag) && (m.wsStart >= 0 || m.last == cNone || m.last == cOpen) && i+1 < len(s) {
					if r, _ := utf8.DecodeRuneInString(s[i+1:]); isLetterLike(r) {
						if m.wsStart < 0 && b.last() == '(' {
							m.unstable = true // "(#x)" reads "(x)"
						}
						m.dropRange(i, i+1, Hashtag)
						i++
						continue
					}
				}
				m.asciiPunct(c, i, i+1, 0)
				i++
			default:
				m.asciiPunct(c, i, i+1, 0)
				i++
			}
			continue
		}

		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0xC0 && r < 0x250 && r != 0xD7 && r != 0xF7 {
			// Accented Latin letters, most of French: straight to the table.
			if k := foldDense[r]; k >= 0 {
				e := &foldTable[k]
				m.word(i)
				m.letterRisk(e.s)
				early := b.olen()-m.wordStart < 6
				b.replace(i, i+n, e.s, e.kind)
				if early {
					m.syllableRisk(i + n)
				}
				if nb := nextByte(s, i+n); nb|0x20 == e.s[len(e.s)-1] || nb >= 0xC0 && sameFold(s, i+n, e.s) {
					m.elongRisk = true
				}
				i += n
				continue
			}
		}
		subst, substKind := false, Kind(0)
	dispatch:
		switch {
		case r == utf8.RuneError && n == 1 && !subst:
			if l, ok := strayLetter(s[i]); ok {
				// A Latin-1 letter in UTF-8 text: read as that letter,
				// reported as an encoding change.
				r, subst, substKind = l, true, Encoding
				// What came before was read without this letter (a
				// look-alike beside it): read the output again.
				m.unstable = true
				goto dispatch
			}
			m.punct(i, i+1, "\uFFFD", Encoding, false, false)
		case isSpace(r):
			m.sep(i, i+n, Spacing)
		// Typography first: it is most of French's non-ASCII punctuation.
		case isApostrophe(r) && m.on(Typography):
			m.asciiPunct('\'', i, i+n, Typography)
		case quoteClass(r) != 0 && m.on(Typography):
			m.quote(i, i+n, quoteClass(r))
		case isDash(r) && m.on(Typography):
			i = m.dash(i, n, "-")
			continue
		case r == '…' && m.on(Typography):
			m.punct(i, i+n, "...", Typography, true, false)
		case isInclusiveMark(r):
			if end, ok := m.inclusive(i, r, n); ok {
				i = end
				continue
			}
			// In the key, · only ever marks an inclusive ending; other
			// middle dots and bullets separate words.
			m.sep(i, i+n, Typography)
		case r == 0xAD:
			if m.last == cWord && m.wsStart < 0 {
				if end, _ := hyphenBreak(s, i+n); end > 0 {
					b.remove(i, end, Hyphenation)
					m.unstable = true // the joined word is read as a whole the second time
					i = end
					continue
				}
			}
			m.dropHidden(i, i+n, Invisible)
		case isInvisible(r) || r == 0x200D:
			m.dropHidden(i, i+n, Invisible)
		case isEmojiPart(r) && m.on(Emoji):
			m.dropHidden(i, i+n, Emoji)
		case isEmoji(r) && m.on(Emoji):
			m.sep(i, i+n, Emoji)
		case isCombining(r):
			if m.last == cWord && m.wsStart < 0 && i == b.pos {
				b.absorb(i+n, Accent)
				// Decomposed text (NFD) is rare; what the mark hid (a URL,
				// a run) is read again.
				m.unstable, m.elongRisk = true, true
			} else {
				m.dropHidden(i, i+n, Accent)
			}
		default:
			f, kind, ok := foldRune(r)
			if ok && !subst && r >= 0x250 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				// A symbol whose compatibility form is another symbol
				// (₋ → −, ＂ → ") is read as that symbol.
				if fr, size := utf8.DecodeRuneInString(f); size == len(f) && fr >= 0x80 {
					r, subst, substKind = fr, true, kind
					goto dispatch
				}
			}
			if subst && !ok {
				f, kind, ok = string(r), substKind, true
			} else if subst && substKind == Encoding {
				kind |= Encoding
			}
			if !ok && (unicode.IsUpper(r) || unicode.IsTitle(r)) {
				// Scripts outside the fold table (Armenian, Georgian…)
				// still lose their capitals.
				if l := unicode.ToLower(r); l != r {
					f, kind, ok = string(l), Case, true
				}
			}
			look := r
			if ok {
				if fr, size := utf8.DecodeRuneInString(f); size == len(f) {
					look = fr
				}
			}
			if l, hg := homoglyphs[look]; hg && m.on(Homoglyph) && m.latinWord(i) {
				m.word(i)
				m.letterRisk(latinLetters[l-'a' : l-'a'+1])
				m.elongRisk = true // look-alikes come in runs ("nооооn")
				b.replace(i, i+n, latinLetters[l-'a':l-'a'+1], kind|Homoglyph)
				break
			}
			if ok && len(f) == 1 && f[0] < 0x80 && !isLowerDigit(f[0]) {
				if contextual[f[0]] || f[0] == '!' || f[0] == '?' {
					// ＠, ＃, ．…: the ASCII mark is read in context; read
					// the result again.
					m.unstable = true
				}
				m.asciiPunct(f[0], i, i+n, kind)
				break
			}
			if !ok {
				f = s[i : i+n]
			}
			if unicode.IsLetter(r) || unicode.IsNumber(r) || ok && f != "" && wordByte[f[0]] {
				m.word(i)
				if isLetterLike(r) {
					m.elongRisk = true // other scripts and compatibility letters: let the pass look
				}
				b.replace(i, i+n, f, kind)
			} else {
				if ok && utf8.RuneCountInString(f) > 1 {
					// "⁇" folds to "??": read the result again.
					m.unstable = true
				}
				m.punct(i, i+n, f, kind, false, false)
			}
		}
		i += n
	}
	if m.wsStart >= 0 {
		b.remove(m.wsStart, m.wsEnd, m.wsKind)
		m.wsStart = -1
	}
}

// asciiRun writes a stretch of ASCII words at s[i:] — letters and digits,
// folded to lower case, separated by single spaces — and returns where it
// stops. It is the pass's fast path: most of a French post is such a
// stretch. Three equal letters in a row, or a syllable repeated at the
// start of a word, send the word to elongatedRun.
func (m *matcher) asciiRun(i int) int {
	s, b := m.s, m.b
	j, wstart := i, i
	elong := m.on(Elongation)
	if elong && m.syllableAt(i) {
		return m.elongatedRun(i)
	}
	prev := byte(0)
	if m.last == cWord && b.olen() > m.wordStart {
		// The run continues a word: a letter equal to the last one
		// written may make a run across the two.
		prev = b.last()
		if o := b.olen(); o-m.wordStart >= 2 && b.outByte(o-2) == prev && j < len(s) && s[j]|0x20 == prev {
			m.elongRisk = true
		}
		if b.olen()-m.wordStart < 6 {
			m.syllableRisk(i)
		}
	}
	for {
		// The tight loop: lower-case letters and digits, none equal to the
		// one before.
		for j < len(s) {
			d := s[j]
			if !lowerDigit[d] || d == prev {
				break
			}
			prev = d
			j++
		}
		if j == len(s) {
			break
		}
		d := s[j]
		switch {
		case d == prev && lowerDigit[d]:
			// A double letter; a triple is an elongation.
			if d > '9' && elong && j+1 < len(s) && s[j+1]|0x20 == d {
				if b.pos > wstart || j == wstart {
					// Part of the word is written already, or the run
					// started before it: let the elongation pass look.
					m.elongRisk = true
				} else {
					b.keep(wstart)
					return m.elongatedRun(wstart)
				}
			}
			j++
			continue
		case d-'A' < 26:
			b.keep(j)
			b.replaceByte(d+'a'-'A', Case)
			d += 'a' - 'A'
			if d == prev && elong && j+1 < len(s) && s[j+1]|0x20 == d {
				m.elongRisk = true
			}
			prev = d
			j++
			continue
		case d == ' ' && j > wstart && j+1 < len(s) && wordByte[s[j+1]] && (!urlFirst[s[j+1]] || !m.on(Link) || urlAt(s, j+1) < 0):
			// One space between two words: the next word starts.
			j++
			b.keep(j)
			wstart, prev = j, 0
			m.wordStart, m.wordOrig = b.olen(), j
			if elong && j+5 < len(s) && s[j+2]|0x20 == s[j]|0x20 && m.syllableAt(j) {
				return m.elongatedRun(j)
			}
			continue
		}
		break
	}
	b.keep(j)
	return j
}

// syllableAt reports whether the word at s[i:] starts with a syllable
// written three times (cheap test first).
func (m *matcher) syllableAt(i int) bool {
	return i+5 < len(m.s) && m.s[i+2]|0x20 == m.s[i]|0x20 && m.s[i+3]|0x20 == m.s[i+1]|0x20 &&
		m.b.olen() == m.wordStart && hasASCIIElongation(m.s, i)
}

// sameFold reports whether the rune at s[i:] folds to a letter starting
// like f ends.
func sameFold(s string, i int, f string) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	g, _, ok := foldRune(r)
	return ok && len(g) > 0 && g[0] == f[len(f)-1]
}

// syllableRisk looks at the first six letters of the open word — those
// written, then those at s[i:] — when the word was written in pieces, and
// notes a syllable written three times, which the fast path did not see.
func (m *matcher) syllableRisk(i int) {
	b := m.b
	k := b.olen() - m.wordStart
	if k <= 0 || m.elongRisk {
		return
	}
	var w [6]byte
	k = min(k, 6)
	for p := 0; p < k; p++ {
		w[p] = b.outByte(m.wordStart + p)
	}
	for ; k < 6; k++ {
		if i >= len(m.s) {
			return
		}
		c := m.s[i]
		if c >= 0x80 {
			if r, _ := utf8.DecodeRuneInString(m.s[i:]); isLetterLike(r) {
				m.elongRisk = true // an accented letter ahead: let the pass look
			}
			return
		}
		if !wordByte[c] {
			return
		}
		w[k] = c | 0x20
		i++
	}
	if w[0] != w[1] && w[2] == w[0] && w[3] == w[1] && w[4] == w[0] && w[5] == w[1] {
		m.elongRisk = true
	}
}

// letterRisk notes a letter written from a non-ASCII rune: if it repeats
// the letter before it, the elongation pass must look.
func (m *matcher) letterRisk(f string) {
	if len(f) > 0 && m.b.olen() > m.wordStart && m.b.last() == f[0] {
		m.elongRisk = true
	}
}

// dash handles a dash of n bytes at s[i:]: a line-end hyphenation, an
// inclusive ending (cher-e-s), or a plain hyphen. It returns where to go on.
func (m *matcher) dash(i, n int, repl string) int {
	s, b := m.s, m.b
	if m.last == cWord && m.wsStart < 0 {
		if end, ok := m.inclusive(i, '-', n); ok {
			return end
		}
		if end, _ := hyphenBreak(s, i+n); end > 0 {
			if isCompoundHead(b.view(m.wordStart)) {
				b.replace(i, end, "-", Hyphenation)
				m.last = cPunct
				m.unstable = true // the joined "demi-e" may read as an inclusive ending
			} else {
				b.remove(i, end, Hyphenation)
			}
			// The joined word is read as a whole the second time.
			m.unstable = true
			return end
		}
	}
	kind := Kind(0)
	if s[i:i+n] != repl {
		kind = Typography
	}
	m.punct(i, i+n, repl, kind, false, false)
	return i + n
}

const latinLetters = "abcdefghijklmnopqrstuvwxyz"

// sentenceEnd reports whether the full stop at s[i] sits between a lower
// case letter and an upper case one.
func sentenceEnd(s string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsLower(prev) && unicode.IsUpper(next)
}

// latinWord reports whether the word around s[i] holds a Latin letter, in
// which case its Cyrillic and Greek look-alikes are folded to Latin.
func (m *matcher) latinWord(i int) bool {
	if i < m.homoEnd {
		return m.homoFold
	}
	start := i
	if !m.atWordStart() {
		start = m.wordOrig
	}
	latin := false
	j := start
	for j < len(m.s) {
		r, n := utf8.DecodeRuneInString(m.s[j:])
		if !isWordRune(r) && r != 0xAD && r != 0x200B && r != 0x200D {
			break
		}
		if _, hg := homoglyphs[r]; !hg && (isLatinLetter(r) || foldsToASCIILetter(r)) && !foldsToLookalike(r) {
			latin = true
		}
		j += n
	}
	m.homoEnd, m.homoFold = j, latin
	return latin
}

// foldsToASCIILetter reports whether r folds to a-z (𝐦, ｍ): such a letter
// reads as Latin.
func foldsToASCIILetter(r rune) bool {
	f, _, ok := foldRune(r)
	return ok && len(f) > 0 && 'a' <= f[0] && f[0] <= 'z'
}

// foldsToLookalike reports whether r folds to a Cyrillic or Greek
// look-alike.
func foldsToLookalike(r rune) bool {
	if r < 0x100 {
		return false
	}
	f, _, ok := foldRune(r)
	if !ok {
		return false
	}
	fr, size := utf8.DecodeRuneInString(f)
	_, hg := homoglyphs[fr]
	return hg && size == len(f)
}
