package quote

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the attribution a quotation carries in its own
// sentence: the clause after it ("», a déclaré Marie Lenoir", "», lui a
// rétorqué Paul Hamon", "», a-t-elle ajouté", "», selon X"), or before it
// ("Marie Lenoir a réagi : «", "selon X, adjoint aux finances, «", "X,
// elle, a répondu : «", "X dénonce une «", a received message's sender, a
// handle, an interview's "X : «"). What it cannot read it leaves empty:
// resolve.go then gives pronouns their referent and a quotation in the
// same sentence as another its speaker, and leaves every other speaker
// unknown.

// pronounSuffix matches an inverted subject pronoun: "a-t-elle",
// "dit-il", "estime-t-on".
var pronounSuffix = regexp.MustCompile(`(?i)-(?:t-)?(il|elle|ils|elles|on)$`)

var timeRe = regexp.MustCompile(`(?i)^(?:(?:le|ce)\s+\d{1,2}(?:er)?\s+(?:` + monthsFR + `)(?:\s+\d{4})?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|midi|dernier|après-midi))?|hier(?:\s+(?:soir|matin|midi))?|(?:ce|cette)\s+(?:matin|soir|semaine|après-midi|nuit))\s*`)

// adverbs may stand between an auxiliary and its verb, or between a verb
// and the subject after it: "a simplement répondu", "a finalement confié
// X". Words in -ment are adverbs too.
var adverbs = wordSet(`aussi également encore déjà ensuite toujours alors enfin surtout ainsi
bien aussitôt d'abord d’abord tard volontiers toutefois cependant pourtant néanmoins d'ailleurs
d’ailleurs lui-même elle-même même souvent parfois`)

// negations make a verb of saying deny the words: "X n'a pas dit « … »".
var negations = wordSet(`pas jamais plus guère point nullement`)

// relatives and subordinators end the gap between a verb of saying and
// the quotation: the words after them belong to another clause.
var relatives = wordSet(`qui que qu' qu’ dont où lequel laquelle lesquels lesquelles quand lorsque
si comme parce puisque`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// attribute reads the attribution of every quotation that is not an
// embedded post.
func (x *extractor) attribute() {
	for i, q := range x.quotes {
		if q.Kind == Embedded {
			q.Basis = SpeakerNamed
			continue
		}
		q.post = x.postOf(q)
		limit := x.paraEnd(q.close.End)
		if i+1 < len(x.quotes) && x.quotes[i+1].open.Start >= q.close.End && x.quotes[i+1].open.Start < limit {
			limit = x.quotes[i+1].open.Start
		}
		if x.after(q, limit) {
			continue
		}
		x.before(q, i)
	}
}

// postOf returns the embedded post whose text holds q, or nil.
func (x *extractor) postOf(q *found) *found {
	// The posts are in article order; the last one starting at or
	// before q is the only one that can hold it.
	k := sort.Search(len(x.posts), func(i int) bool { return x.posts[i].Span.Start > q.Span.Start }) - 1
	if k >= 0 && q.Span.End <= x.posts[k].Span.End && q != x.posts[k] {
		return x.posts[k]
	}
	return nil
}

// paraIndex returns the index of the paragraph holding offset at (its
// end included), or -1.
func (x *extractor) paraIndex(at int) int {
	k := sort.Search(len(x.paras), func(i int) bool { return x.paras[i].End >= at })
	if k < len(x.paras) && x.paras[k].Start <= at {
		return k
	}
	return -1
}

// paraEnd returns the end of the paragraph holding offset at.
func (x *extractor) paraEnd(at int) int {
	if k := x.paraIndex(at); k >= 0 {
		return x.paras[k].End
	}
	return at
}

// paraStart returns the start of the paragraph holding offset at.
func (x *extractor) paraStart(at int) int {
	if k := x.paraIndex(at); k >= 0 {
		return x.paras[k].Start
	}
	return at
}

// setSpeaker records a speaker named by the attribution: np is the
// subject as written.
func (q *found) setSpeaker(np string) bool {
	sp, ok := readSpeaker(np)
	if !ok {
		return false
	}
	q.Speaker, q.named, q.Basis = sp.text, sp.name, SpeakerNamed
	return true
}

// after reads an attribution that follows the quotation: ", a déclaré X",
// ", a-t-elle confié", ", lui a rétorqué X", ", estime le maire de
// Bordeaux", ", selon X". It reports whether a clause of attribution was
// there, even one whose subject cannot be read.
func (x *extractor) after(q *found, limit int) bool {
	i := q.close.End
	rest := x.text[i:limit]
	t := strings.TrimLeftFunc(rest, isBlank)
	if !strings.HasPrefix(t, ",") {
		return false
	}
	base := i + len(rest) - len(t) + 1
	words := fieldsAt(x.text[base:limit], base)
	if len(words) == 0 {
		return false
	}
	if w0 := strings.ToLower(words[0].w); (w0 == "selon" || w0 == "d'après" || w0 == "d’après") && len(words) > 1 {
		end := x.descriptionEnd(words[1:], limit)
		if end <= words[0].at+len(words[0].w) {
			return false
		}
		np := x.text[words[1].at:end]
		if g, ok := pronounSubject(np); ok {
			q.pronoun, q.pronounAt, q.after = g, words[0].at, true
			q.Attribution, q.afterEnd = x.text[words[0].at:end], end
			return true
		}
		if !q.setSpeaker(np) {
			return false
		}
		q.after, q.Attribution, q.afterEnd = true, x.text[words[0].at:end], end
		return true
	}
	k := 0
	reply := false
	for k < len(words) && clitics[strings.ToLower(words[k].w)] {
		if lw := strings.ToLower(words[k].w); lw == "lui" || lw == "leur" {
			reply = true
		}
		k++
	}
	if k >= len(words) {
		return false
	}
	pronoun := ""
	head := stripElidedClitic(words[k].w)
	if auxiliaries[strings.ToLower(head)] {
		k++
	} else if m := pronounSuffix.FindStringSubmatch(head); m != nil && isAux(head[:len(head)-len(m[0])]) {
		pronoun = strings.ToLower(m[1])
		k++
	}
	for k < len(words) && isAdverb(words[k].w) {
		k++
	}
	if k >= len(words) {
		return false
	}
	verb := strings.TrimRight(words[k].w, ",.;:!?")
	if m := pronounSuffix.FindStringSubmatch(verb); m != nil {
		pronoun = strings.ToLower(m[1])
		verb = verb[:len(verb)-len(m[0])]
	}
	if strings.EqualFold(verb, "fait") && k+1 < len(words) && makeVerbs[strings.ToLower(strings.TrimRight(words[k+1].w, ",.;:!?"))] {
		// "lui a fait remarquer X": the infinitive carries the saying.
		k++
	} else if !speechVerbs[strings.ToLower(verb)] {
		return false
	}
	verbEnd := words[k].at + len(strings.TrimRight(words[k].w, ",.;:!?"))
	q.after = true
	q.Attribution, q.afterEnd = x.text[words[0].at:verbEnd], verbEnd
	if pronoun != "" {
		// il, elle: resolved later; ils, elles, on: nobody in particular.
		q.pronoun = pronounGender(pronoun)
		q.pronounAt, q.reply = words[0].at, reply
		return true
	}
	// The subject: after a time expression and adverbs, up to punctuation
	// or a complement.
	s := verbEnd
	subj := x.text[s:limit]
	s += len(subj) - len(strings.TrimLeftFunc(subj, isBlank))
	for {
		if loc := timeRe.FindStringIndex(x.text[s:limit]); loc != nil && loc[1] > 0 {
			s += loc[1]
			continue
		}
		ws := fieldsAt(x.text[s:limit], s)
		if len(ws) > 1 && isAdverb(ws[0].w) {
			s = ws[1].at
			continue
		}
		break
	}
	end := x.descriptionEnd(fieldsAt(x.text[s:limit], s), limit)
	if end <= s || !q.setSpeaker(x.text[s:end]) {
		// A verb of saying whose subject we cannot read: the attribution
		// is the verb alone, the speaker unknown.
		return true
	}
	if !q.named {
		// "a répondu le maire, Bernard Fauque": the name.
		if name, e := x.nameAfterComma(end, limit); name != "" {
			q.Speaker, q.named, end = name, true, e
		}
	}
	q.Attribution, q.afterEnd = x.text[words[0].at:end], end
	return true
}

// nameAfterComma reads ", Name" at offset at, a person's name in
// apposition to the description before it, and returns the name and
// where it ends; "" when there is none.
func (x *extractor) nameAfterComma(at, limit int) (string, int) {
	t := x.text[at:limit]
	if !strings.HasPrefix(t, ",") {
		return "", 0
	}
	ws := fieldsAt(x.text[at+1:limit], at+1)
	if len(ws) == 0 || !startsUpper(ws[0].w) {
		return "", 0
	}
	k := capitalRun(ws)
	name := joinBare(ws[:k])
	if k < 2 || notPersonName(name) {
		return "", 0
	}
	// The name ends the apposition: punctuation or the sentence's end.
	last := ws[k-1].w
	if bare(last) == last && k < len(ws) {
		return "", 0
	}
	return name, end(ws[k-1])
}

// descriptionEnd returns where a subject written from words[0] ends: at
// punctuation, a complement ("sur Radio Ventoux", "lors d'un débat"), a
// relative or a verb, or after twelve words. It returns words[0].at when
// words[0] cannot open a subject.
func (x *extractor) descriptionEnd(words []word, limit int) int {
	if len(words) == 0 {
		return limit
	}
	s := words[0].at
	end, last := s, ""
	for n, w := range words {
		if n == 12 {
			break
		}
		wd := w.w
		cut := strings.IndexAny(wd, ",.;:(«»!?\"“”")
		if cut == 0 {
			break
		}
		lw := strings.ToLower(strings.TrimRight(wd, ",.;:!?"))
		if end == s && !determiners[lw] && !startsUpper(wd) && !hasElidedDeterminer(wd) && titles[lw] == 0 {
			break
		}
		if end > s && (complementWords[lw] || relatives[lw] || clitics[lw] || lw == "et" || lw == "ou" ||
			verbAfter(words[n-1].w, wd)) {
			break
		}
		if cut > 0 {
			// "M." is a title, not the end of the subject.
			if titles[strings.ToLower(wd)] != 0 {
				end, last = w.at+len(wd), ""
				continue
			}
			end, last = w.at+cut, ""
			break
		}
		end = w.at + len(wd)
		if prepositions[lw] || determiners[lw] {
			if last == "" {
				last = x.text[s:w.at]
			}
		} else {
			last = ""
		}
	}
	if last != "" {
		// A description does not end on "de" or "la": "les manifestants
		// de « casseurs »" is "les manifestants".
		end = s + len(strings.TrimRightFunc(last, isBlank))
	}
	return end
}

func isAux(w string) bool { return auxiliaries[strings.ToLower(w)] }

// isAdverb reports whether w is an adverb that may stand inside a clause
// of attribution: one of adverbs, or a word in -ment.
func isAdverb(w string) bool {
	lw := strings.ToLower(strings.TrimRight(w, ","))
	return adverbs[lw] || (strings.HasSuffix(lw, "ment") && len(lw) > 6 && !startsUpper(w))
}

// stripElidedClitic returns w without an elided object pronoun when what
// follows is an auxiliary: "m'a-t-elle" → "a-t-elle", "l'a" → "a".
func stripElidedClitic(w string) string {
	for _, c := range []string{"m'", "m’", "l'", "l’", "t'", "t’", "s'", "s’", "n'", "n’"} {
		if len(w) > len(c) && strings.EqualFold(w[:len(c)], c) {
			rest := w[len(c):]
			if isAux(rest) || isAux(pronounSuffix.ReplaceAllString(rest, "")) {
				return rest
			}
		}
	}
	return w
}

func pronounGender(p string) gender {
	switch p {
	case "il", "lui":
		return masculine
	case "elle":
		return feminine
	}
	return unresolvable
}

// pronounSubject reports whether np is a subject pronoun and its gender:
// il, elle, lui (as in "selon lui"), and ils, elles, on, eux, which name
// nobody in particular.
func pronounSubject(np string) (gender, bool) {
	switch strings.ToLower(strings.TrimSpace(np)) {
	case "il", "lui":
		return masculine, true
	case "elle":
		return feminine, true
	case "ils", "elles", "on", "eux", "je", "j'", "j’", "nous", "vous", "tu", "moi":
		return unresolvable, true
	}
	return 0, false
}

func hasElidedDeterminer(w string) bool {
	return len(w) > 1 && (w[0] == 'l' || w[0] == 'L') && (w[1] == '\'' || strings.HasPrefix(w[1:], "’"))
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

type word struct {
	w  string
	at int
}

// fieldsAt splits s at white space, keeping each word's offset (plus
// base).
func fieldsAt(s string, base int) []word {
	var ws []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isBlank(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isBlank(r) {
				break
			}
			j += n
		}
		ws = append(ws, word{s[i:j], base + i})
		i = j
	}
	return ws
}

var (
	receivedRe = regexp.MustCompile(`(?i)\b(?:reçu|reçus|reçue|reçues|recevait|reçoit|recevais|recevoir|envoyé|envoyés|envoyait|adressé|adressés)\b.*\bde\s+((?:cet|cette|ce|son|sa|ses|leur|un|une|le|la|l['’])\s*[^,:;.«]{1,60}?)\s*:\s*$`)
	mentionRe  = regexp.MustCompile(`(?:^|\s)\.?@([A-Za-z0-9_]{1,30})\b[^:«"“]*:\s*$`)
)

// before reads an attribution in the sentence that leads to the
// quotation.
func (x *extractor) before(q *found, idx int) {
	para := x.paraStart(q.open.Start)
	from := para
	if idx > 0 {
		if prev := x.quotes[idx-1]; prev.Kind != Embedded && prev.close.End <= q.open.Start && prev.close.End > from {
			from = max(prev.close.End, prev.afterEnd)
			q.prev = prev
		}
	}
	if from > q.open.Start {
		return
	}
	pre := x.text[from:q.open.Start]
	if k := sentenceEnd(pre); k >= 0 {
		from += k
		pre = pre[k:]
		q.prev = nil
	}
	if m := receivedRe.FindStringSubmatchIndex(pre); m != nil {
		q.Speaker, q.named = nameOf(pre[m[2]:m[3]])
		q.Basis = SpeakerNamed
		q.Attribution = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(pre[m[0]:]), ":"))
		return
	}
	if m := mentionRe.FindStringSubmatchIndex(pre); m != nil {
		q.Speaker = "@" + pre[m[2]:m[3]]
		q.Basis = SpeakerNamed
		q.Attribution = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(pre[m[0]:]), ":"))
		return
	}
	words := fieldsAt(pre, from)
	if x.selon(q, words) || x.label(q, words, from == para) {
		return
	}
	x.clause(q, words)
}

// sentenceEnd returns the offset in pre just after its last sentence end
// (. ! ? … followed by a space), or -1. "M." and initials ("J.") end no
// sentence.
func sentenceEnd(pre string) int {
	for i := len(pre) - 1; i >= 0; i-- {
		c := pre[i]
		if c != '.' && c != '!' && c != '?' && !strings.HasPrefix(pre[i:], "…") {
			continue
		}
		j := i + 1
		if c != '.' && c != '!' && c != '?' {
			j = i + len("…")
		}
		if j < len(pre) {
			r, _ := utf8.DecodeRuneInString(pre[j:])
			if !isBlank(r) && r != '»' && r != '”' && r != '"' && r != ')' {
				continue
			}
		}
		if c == '.' {
			w := pre[:i]
			if k := strings.LastIndexFunc(w, isBlank); k >= 0 {
				w = w[k+1:]
			}
			if w == "M" || w == "Mme" || w == "Mlle" || w == "Me" || w == "Dr" ||
				utf8.RuneCountInString(w) == 1 && startsUpper(w) {
				continue
			}
		}
		return j
	}
	return -1
}

// selon reads "selon X, «", "d'après X, «", "pour X, «", with up to two
// appositions after X ("Selon Jean Dupré, adjoint aux finances, «").
// "pour" counts only when X is a speaker ("pour le préfet", not "pour la
// première fois").
func (x *extractor) selon(q *found, words []word) bool {
	n := len(words)
	if n < 2 || !strings.HasSuffix(words[n-1].w, ",") {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-30; k-- {
		lw := strings.ToLower(strings.TrimLeft(words[k].w, "("))
		if lw != "selon" && lw != "d'après" && lw != "d’après" && lw != "pour" {
			continue
		}
		// X runs to the first comma; what follows is appositions.
		e := k + 1
		for e < n && !strings.HasSuffix(words[e].w, ",") {
			e++
		}
		if e == n {
			return false
		}
		segs := 0
		for j := e + 1; j < n; j++ {
			if speechVerbs[strings.ToLower(bare(words[j].w))] || relatives[strings.ToLower(bare(words[j].w))] {
				return false
			}
			if strings.HasSuffix(words[j].w, ",") {
				segs++
			}
		}
		if segs > 2 {
			return false
		}
		np := strings.TrimSuffix(joinWords(x.text, words[k+1:e+1]), ",")
		attr := strings.TrimSuffix(joinWords(x.text, words[k:e+1]), ",")
		if g, ok := pronounSubject(np); ok && lw != "pour" {
			q.pronoun, q.pronounAt, q.Attribution = g, words[k].at, attr
			return true
		}
		if !q.setSpeaker(np) {
			return false
		}
		if !q.named && e+1 < n {
			// "Selon l'adjoint aux sports, Marc Ollier, «": the name.
			if name, _ := x.nameAfterComma(words[e].at+len(words[e].w)-1, words[n-1].at+len(words[n-1].w)); name != "" {
				q.Speaker, q.named = name, true
			}
		}
		q.Attribution = attr
		return true
	}
	return false
}

// label reads an interview's "Marie Lenoir : «" at the start of a
// paragraph: a name or a description, a colon, and the quotation.
func (x *extractor) label(q *found, words []word, atStart bool) bool {
	n := len(words)
	if !atStart || n == 0 || n > 7 {
		return false
	}
	last := words[n-1].w
	switch {
	case last == ":":
		n--
	case strings.HasSuffix(last, ":") && len(last) > 1:
	default:
		return false
	}
	if n == 0 {
		return false
	}
	for _, w := range words[:n] {
		lw := strings.ToLower(bare(w.w))
		if speechVerbs[lw] || auxiliaries[lw] || relatives[lw] {
			return false
		}
	}
	np := strings.TrimSuffix(joinWords(x.text, words[:n]), ":")
	if !q.setSpeaker(strings.TrimSpace(np)) {
		return false
	}
	q.Attribution = strings.TrimSpace(np)
	return true
}

// objectWords may stand between a verb of saying and a quotation it
// takes as its object: "dénonce une «", "a qualifié X de «".
var objectWords = wordSet(`de d' d’ du des un une d'un d'une d’un d’une le la l' l’ les en à au aux
comme par`)

// clause reads "X a réagi : «", "X déclare que «", "X, elle, a répondu
// sobrement : «", "X dénonce une «", "elle a ajouté : «".
func (x *extractor) clause(q *found, words []word) {
	n := len(words)
	if n == 0 {
		return
	}
	const (
		colon = iota
		that
		object
	)
	kind, maxGap := object, 6
	last := strings.ToLower(words[n-1].w)
	switch {
	case last == ":":
		kind, maxGap, n = colon, 5, n-1
	case strings.HasSuffix(last, ":"):
		kind, maxGap = colon, 5
	case last == "que" || last == "qu'" || last == "qu’" || isQuPronoun(last):
		kind, maxGap, n = that, 4, n-1
	case objectWords[last] || strings.HasSuffix(last, "d'") || strings.HasSuffix(last, "d’"):
	case namingVerbs[bare(last)]:
		// "X a lancé « … »": the verb just before the quotation.
	default:
		return
	}
	v := -1
	for k := n - 1; k >= 0 && k >= n-1-maxGap; k-- {
		w := words[k].w
		lw := verbForm(w)
		if k < n-1 || kind != colon {
			if relatives[lw] || (kind != colon && strings.HasSuffix(w, ",")) {
				break
			}
		}
		if makeVerbs[lw] && k > 0 && strings.ToLower(words[k-1].w) == "fait" {
			v = k - 1
			break
		}
		if kind == object && namingVerbs[lw] || kind != object && speechVerbs[lw] {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	end := words[v].at + len(bare(words[v].w))
	if makeVerbs[verbForm(words[min(v+1, n-1)].w)] && strings.ToLower(words[v].w) == "fait" {
		end = words[v+1].at + len(bare(words[v+1].w))
	}
	for _, u := range words[v:n] {
		if negations[strings.ToLower(bare(u.w))] {
			return // "X n'a jamais dit « … »" names who did not say it.
		}
	}
	// Back over adverbs, negations, auxiliaries and object pronouns to the
	// subject.
	s := v
	for s > 0 {
		lw := strings.ToLower(bare(words[s-1].w))
		switch {
		case negations[lw]:
			return // "X n'a pas dit « … »" names who did not say it.
		case beVerbs[lw]:
			return // "X a été traité de « … » par Y": Y spoke.
		case isAdverb(words[s-1].w) || auxiliaries[lw] || clitics[lw] || auxiliaries[stripElidedClitic(lw)] ||
			lw == "la" || lw == "le" || lw == "les":
			s--
			continue
		}
		break
	}
	if s == 0 {
		return
	}
	// A relative or subordinate clause still open before the verb has its
	// own subject: "un internaute qui le qualifie de «" (qui), "ce qu'on
	// m'écrit :" (on).
	subj := words[:s]
	for r := len(subj) - 1; r >= 0; r-- {
		w := strings.ToLower(bare(subj[r].w))
		if strings.HasSuffix(subj[r].w, ",") {
			break
		}
		if isQuPronoun(w) {
			g, _ := pronounSubject(trimElision(w))
			if r == len(subj)-1 && g != unresolvable {
				q.pronoun, q.pronounAt, q.Attribution = g, subj[r].at, x.text[subj[r].at:end]
			}
			return
		}
		if relatives[w] {
			if w == "qui" || w == "que" || w == "qu'" || w == "qu’" || w == "dont" || w == "où" {
				return
			}
			subj = subj[r+1:]
			break
		}
	}
	if len(subj) == 0 {
		return
	}
	np, npAt, pron, ok := subjectBefore(x.text, subj)
	if !ok {
		return
	}
	if pron != 0 {
		if pron != unresolvable {
			q.pronoun, q.pronounAt = pron, npAt
		}
		q.Attribution = x.text[npAt:end]
		return
	}
	if !q.setSpeaker(np) {
		return
	}
	q.Attribution = x.text[npAt:end]
}

// verbForm returns w in lower case without punctuation or an elided
// object pronoun: "m'écrit" → "écrit".
func verbForm(w string) string {
	lw := strings.ToLower(bare(w))
	for _, c := range []string{"m'", "m’", "t'", "t’", "s'", "s’", "l'", "l’", "n'", "n’"} {
		if rest, ok := strings.CutPrefix(lw, c); ok && speechVerbs[rest] {
			return rest
		}
	}
	return lw
}

func isQuPronoun(w string) bool {
	for _, p := range []string{"qu'", "qu’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			switch rest {
			case "il", "elle", "ils", "elles", "on":
				return true
			}
		}
	}
	return false
}

// coordinators may open a subject's segment: "Mais le maire a dit".
var coordinators = wordSet(`et mais puis alors ensuite enfin or donc aussi pourtant cependant
toutefois ainsi`)

// subjectBefore reads the subject of a verb from the words of the
// sentence before it, segment by segment from the verb back: a segment
// that reads as a speaker is the subject; "X, elle," is X; a bare
// pronoun is returned as such; an apposition or a circumstance ("sous
// couvert d'anonymat", "adjoint aux finances", "joint vendredi") is
// skipped, up to three of them.
func subjectBefore(text string, words []word) (np string, at int, pron gender, ok bool) {
	var segs [][]word
	start := 0
	for i, w := range words {
		if strings.HasSuffix(w.w, ",") {
			segs = append(segs, words[start:i+1])
			start = i + 1
		}
	}
	if start < len(words) {
		segs = append(segs, words[start:])
	}
	for hops := 0; len(segs) > 0 && hops < 4; hops++ {
		seg := segs[len(segs)-1]
		segs = segs[:len(segs)-1]
		for len(seg) > 0 && coordinators[strings.ToLower(bare(seg[0].w))] {
			seg = seg[1:]
		}
		if len(seg) == 0 {
			return "", 0, 0, false
		}
		s := strings.TrimSuffix(joinWords(text, seg), ",")
		if g, isPron := pronounSubject(s); isPron {
			// "La rectrice, elle, a répondu": the segment before.
			if len(segs) > 0 {
				prev := segs[len(segs)-1]
				ps := strings.TrimSuffix(joinWords(text, prev), ",")
				if _, ok := readSpeaker(ps); ok {
					return ps, prev[0].at, 0, true
				}
			}
			if strings.EqualFold(s, "lui") {
				return "", 0, 0, false
			}
			return "", seg[0].at, g, true
		}
		if _, ok := readSpeaker(s); ok {
			// "Le maire, Paul Hamon, a réagi": the attribution starts
			// with the description in apposition.
			at := seg[0].at
			if len(segs) > 0 {
				prev := segs[len(segs)-1]
				if _, ok := readSpeaker(strings.TrimSuffix(joinWords(text, prev), ",")); ok {
					at = prev[0].at
				}
			}
			return s, at, 0, true
		}
		if !isAside(seg) {
			return "", 0, 0, false
		}
	}
	return "", 0, 0, false
}

// asideStarts open a segment that is not a subject: a circumstance, a
// participle, an apposition.
var asideStarts = wordSet(`sous selon pour d'après d’après dans sur après avant lors en à au aux
depuis face devant chez par avec sans contre malgré comme qui joint jointe joints interrogé interrogée
interrogés contacté contactée contactés invité invitée invités interpellé interpellée présent présente
visiblement manifestement de du des hier lundi mardi mercredi jeudi vendredi samedi dimanche ce cette
quelques tout toute`)

// isAside reports whether a comma-separated segment is a circumstance or
// an apposition rather than a subject.
func isAside(seg []word) bool {
	lw := strings.ToLower(bare(seg[0].w))
	if asideStarts[lw] || isAdverb(seg[0].w) {
		return true
	}
	// An apposition without a determiner: "adjoint aux finances", "41 ans".
	if _, _, ok := speakerNoun(lw); ok {
		return true
	}
	r, _ := utf8.DecodeRuneInString(lw)
	return unicode.IsDigit(r) || strings.HasSuffix(lw, "é") || strings.HasSuffix(lw, "ée")
}

// joinWords returns the text from the first word to the end of the last.
func joinWords(text string, ws []word) string {
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	return text[ws[0].at : last.at+len(last.w)]
}

// bare returns w without the punctuation around it.
func bare(w string) string {
	return strings.Trim(w, ",.;:!?()«»\"“”…")
}
