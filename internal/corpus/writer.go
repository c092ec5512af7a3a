package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// style is how one author types: apostrophes, spaces before high
// punctuation, quotation marks, ellipses, capitals, inclusive marks.
// Authors keep a style; a post sometimes departs from it (another
// device, another mood).
type style struct {
	apos       string // "’" or "'"
	spaceHigh  string // before ; ! ? : "\u202f", "\u00a0", " " or ""
	spaceColon string // before :
	qOpen      string // opening quotation mark with its inner space
	qClose     string
	ellipsis   string // "…" or "..."
	capAccent  bool   // À, É at the start of a sentence (else A, E)
	lower      bool   // never capitalises sentences
	incl       int8   // -1: no inclusive writing; else index in dots
	thousands  string // digit group separator
	pct        string // space before %
	shout      int    // ‰ chance of "!!!" for "!"
}

// writer appends words and punctuation to a post, applying French
// spelling rules across word boundaries: elision (le + hôpital →
// l’hôpital, que + il → qu’il, ce + est → c’est, ce + projet… cet
// hôpital), contraction (de + le → du, à + les → aux), and sentence
// capitals. It never allocates per word.
type writer struct {
	b  []byte
	st *style

	capNext bool
	glue    bool // no space before the next word (after « or an opening bracket)

	last      string // previous word as written by the template, lower case; "" after punctuation
	lastStart int    // its offset in b
	lastCap   bool   // it was capitalised
	pending   bool   // last is "le" after "de" or "à": contract unless the next word elides it
}

func (w *writer) reset(st *style) {
	w.b = w.b[:0]
	w.st = st
	w.capNext = true
	w.glue = false
	w.last = ""
	w.pending = false
}

// runes counts the characters written (bytes that start a UTF-8 sequence).
func (w *writer) runes() int {
	n := 0
	for _, c := range w.b {
		if c&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// hAspire lists the words starting with an aspirated h (no elision: la
// hausse, le handicap) among those the lists use.
func hAspire(s string) bool {
	for _, p := range [...]string{"hausse", "haine", "hall", "halle", "hameau", "hangar", "harc", "hasard",
		"haut", "héros", "honte", "hors", "huit", "hurl", "hâte", "handicap", "hache", "haie", "hockey",
		"hold-up", "hongr", "hausser", "hibou", "hiér", "hérisson"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// vowelStart reports whether s starts with a vowel sound.
func vowelStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'é', 'è', 'ê', 'à', 'â', 'î', 'ï', 'ô', 'û', 'œ', 'y':
		if r == 'y' { // "le yaourt"; but "d’Yserre", "il y a"
			return s == "y"
		}
		return !strings.HasPrefix(strings.ToLower(s), "onze") && !strings.HasPrefix(s, "oui")
	case 'h':
		return !hAspire(s)
	}
	return false
}

// elided returns the elided form of prev before next ("" if none).
func elided(prev, next string) string {
	switch prev {
	case "le", "la":
		return "l"
	case "de":
		return "d"
	case "que":
		return "qu"
	case "ne":
		return "n"
	case "je":
		return "j"
	case "se":
		return "s"
	case "me":
		return "m"
	case "te":
		return "t"
	case "jusque":
		return "jusqu"
	case "lorsque":
		return "lorsqu"
	case "puisque":
		return "puisqu"
	case "si":
		if next == "il" || next == "ils" {
			return "s"
		}
	case "ce":
		switch next {
		case "est", "était", "étaient", "en":
			return "c"
		}
		return "cet "
	}
	return ""
}

// words writes the space-separated words of s.
func (w *writer) words(s string) {
	for s != "" {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			w.word(s)
			return
		}
		if i > 0 {
			w.word(s[:i])
		}
		s = s[i+1:]
	}
}

// word writes one word.
func (w *writer) word(s string) {
	if s == "" {
		return
	}
	lowerLast := w.last
	if w.pending {
		w.pending = false
		if lowerLast == "le" && vowelStart(s) && !isDigit(s[0]) {
			// de le hôpital → de l’hôpital: handled by elision below.
		} else {
			w.contract()
			lowerLast = w.last
		}
	}
	if lowerLast != "" && !w.glue {
		// Contractions de/à + le/les.
		if (lowerLast == "de" || lowerLast == "à") && (s == "les" || s == "Les") {
			repl := "des"
			if lowerLast == "à" {
				repl = "aux"
			}
			w.replaceLast(repl)
			w.last = repl
			return
		}
		if lowerLast == "de" && s == "des" { // de des pétitions → de pétitions
			return
		}
		if (lowerLast == "de" || lowerLast == "à") && (s == "le" || s == "Le") {
			w.writeWord(s)
			w.pending = true
			return
		}
		if e := elided(lowerLast, s); e != "" && vowelStart(s) && !isDigit(s[0]) {
			w.b = w.b[:w.lastStart]
			if strings.HasSuffix(e, " ") { // cet
				w.appendCased(e[:len(e)-1], w.lastCap)
				w.b = append(w.b, ' ')
			} else {
				w.appendCased(e, w.lastCap)
				w.b = append(w.b, w.st.apos...)
			}
			w.glue = false
			w.lastCap = false
			w.writeWordRaw(s)
			return
		}
	}
	w.writeWord(s)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// contract turns a pending "de le"/"à le" into "du"/"au".
func (w *writer) contract() {
	// b ends with "<de|à> le"; find the preposition before lastStart.
	end := w.lastStart - 1 // the space before "le"
	start := end
	for start > 0 && (w.b[start-1] >= 0x80 || w.b[start-1] >= 'a' && w.b[start-1] <= 'z' || w.b[start-1] >= 'A' && w.b[start-1] <= 'Z') {
		start--
	}
	prep := string(w.b[start:end])
	repl := "du"
	if prep == "à" || prep == "À" || prep == "A" {
		repl = "au"
	}
	cap := start < len(w.b) && w.b[start] >= 'A' && w.b[start] <= 'Z' || strings.HasPrefix(prep, "À")
	w.b = w.b[:start]
	w.lastStart = start
	w.appendCased(repl, cap)
	w.last = repl
}

// replaceLast rewrites the previous word (de → des, keeping its case).
func (w *writer) replaceLast(repl string) {
	w.b = w.b[:w.lastStart]
	w.appendCased(repl, w.lastCap)
}

// writeWord writes s with a separating space and the sentence capital.
func (w *writer) writeWord(s string) {
	if len(w.b) > 0 && !w.glue {
		w.b = append(w.b, ' ')
	}
	w.glue = false
	w.writeWordRaw(s)
}

func (w *writer) writeWordRaw(s string) {
	w.lastStart = len(w.b)
	w.last = s
	// Template words are lower case but for names; fold the few
	// capitalised function words for the elision tables.
	switch s {
	case "Le", "La", "De", "Que", "Ne", "Je", "Se", "Ce", "Si":
		w.last = strings.ToLower(s)
	}
	cap := w.capNext && !w.st.lower && s[0] != '@' && s[0] != '#' && !isDigit(s[0])
	if w.capNext && isWordStart(s) {
		w.capNext = false
	}
	w.lastCap = cap
	w.appendCased(s, cap)
}

// isWordStart reports whether s consumes the sentence capital (a mention,
// hashtag or emoji does not).
func isWordStart(s string) bool {
	if s[0] == '@' || s[0] == '#' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '«' || r == '"'
}

// appendCased appends s, capitalising its first letter if cap, and
// writing apostrophes in the author's style.
func (w *writer) appendCased(s string, cap bool) {
	if cap {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsLower(r) {
			u := unicode.ToUpper(r)
			if !w.st.capAccent {
				if f, ok := foldRune(u); ok && len(f) == 1 {
					u = rune(f[0])
				}
			}
			w.b = utf8.AppendRune(w.b, u)
			s = s[n:]
		}
	}
	if w.st.apos != "’" && strings.Contains(s, "’") {
		for s != "" {
			i := strings.Index(s, "’")
			if i < 0 {
				break
			}
			w.b = append(w.b, s[:i]...)
			w.b = append(w.b, w.st.apos...)
			s = s[i+len("’"):]
		}
	}
	w.b = append(w.b, s...)
}

// punct writes a punctuation mark with French spacing in the author's
// style.
func (w *writer) punct(p string) {
	if w.pending {
		w.pending = false
		w.contract()
	}
	prev := w.last
	w.last = ""
	switch p {
	case ".", "…", "...":
		if p != "." {
			p = w.st.ellipsis
		}
		w.b = append(w.b, p...)
		w.capNext = true
	case ",", ")", "]":
		w.b = append(w.b, p...)
	case "!", "?", ";", ":", "!!", "?!", "!!!":
		n := len(w.b)
		if n > 0 && (w.b[n-1] == '!' || w.b[n-1] == '?') {
			w.b = append(w.b, p...)
		} else {
			if p == ":" {
				w.b = append(w.b, w.st.spaceColon...)
			} else {
				w.b = append(w.b, w.st.spaceHigh...)
			}
			w.b = append(w.b, p...)
		}
		w.capNext = p[0] == '!' || p[0] == '?'
	case "«":
		if len(w.b) > 0 && !w.glue {
			w.b = append(w.b, ' ')
		}
		w.b = append(w.b, w.st.qOpen...)
		w.glue = true
		// A quoted sentence takes a capital; a quoted word does not
		// ("parle de « gâchis »").
		w.capNext = w.capNext || prev != "de"
	case "»":
		w.b = append(w.b, w.st.qClose...)
	case "(", "[":
		if len(w.b) > 0 && !w.glue {
			w.b = append(w.b, ' ')
		}
		w.b = append(w.b, p...)
		w.glue = true
	case "–", "-", "—":
		w.b = append(w.b, ' ')
		w.b = append(w.b, p...)
	default: // emoji and other symbols: a word that is not one
		if len(w.b) > 0 && !w.glue {
			w.b = append(w.b, ' ')
		}
		w.glue = false
		w.b = append(w.b, p...)
	}
}

// raw appends s as it is, after a space.
func (w *writer) raw(s string) {
	if w.pending {
		w.pending = false
		w.contract()
	}
	if len(w.b) > 0 && !w.glue {
		w.b = append(w.b, ' ')
	}
	w.glue = false
	w.last = ""
	w.b = append(w.b, s...)
}

// number writes n with the author's digit grouping (12 000, 12 000, 12000).
func (w *writer) number(n int) {
	var d [20]byte
	digits := strconv.AppendInt(d[:0], int64(n), 10)
	w.startNumber()
	for k, c := range digits {
		if k > 0 && (len(digits)-k)%3 == 0 && len(digits) >= 4 {
			w.b = append(w.b, w.st.thousands...)
		}
		w.b = append(w.b, c)
	}
}

// glueWord appends sep and s to the previous word (Hélène-Ravenaud,
// anti-bétonnage).
func (w *writer) glueWord(sep, s string) {
	w.b = append(w.b, sep...)
	w.appendCased(s, false)
	w.last = ""
}

// appendSlug appends s folded for a URL: lower-case ASCII, words joined
// by hyphens.
func (w *writer) appendSlug(s string) {
	dash := len(w.b) > 0 && w.b[len(w.b)-1] != '/' && w.b[len(w.b)-1] != '-'
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash {
				w.b = append(w.b, '-')
				dash = false
			}
			w.b = append(w.b, byte(r))
		case r >= 'A' && r <= 'Z':
			if dash {
				w.b = append(w.b, '-')
				dash = false
			}
			w.b = append(w.b, byte(r+'a'-'A'))
		default:
			if f, ok := foldRune(r); ok {
				if dash {
					w.b = append(w.b, '-')
					dash = false
				}
				for i := 0; i < len(f); i++ {
					c := f[i]
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					w.b = append(w.b, c)
				}
			} else {
				dash = true
			}
		}
	}
}

// appendFolded appends s without accents (hashtags of authors who type
// them so).
func (w *writer) appendFolded(s string) {
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			w.b = append(w.b, f...)
		} else {
			w.b = utf8.AppendRune(w.b, r)
		}
	}
}

// year writes a year, without digit grouping.
func (w *writer) year(n int) {
	w.startNumber()
	w.number0(n)
}

// startNumber opens a number as a word of its own.
func (w *writer) startNumber() {
	if len(w.b) > 0 && !w.glue {
		w.b = append(w.b, ' ')
	}
	w.glue = false
	w.lastStart = len(w.b)
	w.last = "0"
	w.capNext = false
}

// lowerLast writes the previous word in lower case (a demonym used as an
// adjective: la piscine valbrunoise, le collège saint-aubinois).
func (w *writer) lowerLast() {
	for i := w.lastStart; i < len(w.b); {
		r, n := utf8.DecodeRune(w.b[i:])
		if unicode.IsUpper(r) {
			var tmp [4]byte
			if m := utf8.EncodeRune(tmp[:], unicode.ToLower(r)); m == n {
				copy(w.b[i:], tmp[:m])
			}
		}
		i += n
	}
}
