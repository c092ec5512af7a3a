package quote

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds who speaks: the attribution phrase after a quotation
// ("», a déclaré Marie Lenoir"), before it ("Marie Lenoir a réagi : «"),
// the sender of a received message, a handle, or nothing (the speaker is
// then inherited). The word lists below were written by the guillemet
// authors from French press usage; they are not exhaustive.

// speechVerbs are verbs of saying, as past participles and third-person
// present forms (without a pronoun suffix).
var speechVerbs = wordSet(`déclaré déclare dit affirmé affirme ajouté ajoute expliqué explique
confié confie tweeté tweete twitté écrit estimé estime raconté raconte lancé lance réagi réagit
souligné souligne assuré assure martelé martèle dénoncé dénonce regretté regrette poursuivi poursuit
insisté insiste indiqué indique précisé précise répondu répond commenté commente publié publie
posté poste rappelé rappelle fustigé fustige admis admet reconnu reconnaît reconnait confirmé confirme
avoué avoue répété répète glissé glisse résumé résume conclu conclut tranché tranche témoigné témoigne
prévenu prévient averti avertit jugé juge déploré déplore ironisé ironise interrogé interroge
indigné indigne insurgé insurge emporté emporte exclamé exclame défendu défend lâché lâche
annoncé annonce protesté proteste plaidé plaide répliqué réplique rétorqué rétorque démenti dément
accusé accuse attaqué attaque menacé menace alerté alerte résumait disait écrivait expliquait
rapporté rapporte relaté relate cité cite souffle soufflé murmure murmuré écrivait déclarait affirmait ajoutait estimait racontait confiait lançait tweetait assurait`)

// auxiliaries may come before a verb of saying.
var auxiliaries = wordSet(`a avait aurait ont avaient auront s'est s’est s'était s’était se sont
vient`)

// pronounForms are auxiliaries or suffixes that make the subject a
// pronoun: "a-t-elle", "dit-il", "estime-t-on".
var pronounSuffix = regexp.MustCompile(`(?i)-(?:t-)?(?:il|elle|ils|elles|on)$`)

// complementWords end a subject after the verb: "a déclaré Marie Lenoir
// sur France Inter".
var complementWords = wordSet(`sur à au aux dans devant lors en depuis avant après face pendant
lundi mardi mercredi jeudi vendredi samedi dimanche hier auprès via`)

// subjectStarts are the determiners that may open a subject written as a
// description ("le maire de Bordeaux").
var subjectStarts = wordSet(`le la les l' l’ un une son sa ses cet cette ce leur leurs notre votre`)

var timeRe = regexp.MustCompile(`(?i)^(?:(?:le|ce)\s+\d{1,2}(?:er)?\s+(?:` + monthsFR + `)(?:\s+\d{4})?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|midi|dernier|après-midi))?|hier(?:\s+(?:soir|matin|midi))?|(?:ce|cette)\s+(?:matin|soir|semaine|après-midi|nuit)|mardi)\s*`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// attribute finds the attribution of every quotation that is not an
// embedded post.
func (x *extractor) attribute() {
	for i, q := range x.quotes {
		if q.Kind == Embedded {
			continue
		}
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

// paraEnd returns the end of the paragraph holding offset at.
func (x *extractor) paraEnd(at int) int {
	for _, p := range x.paras {
		if at >= p.Start && at <= p.End {
			return p.End
		}
	}
	return at
}

func (x *extractor) paraStart(at int) int {
	for _, p := range x.paras {
		if at >= p.Start && at <= p.End {
			return p.Start
		}
	}
	return at
}

// after reads an attribution that follows the quotation: ", a déclaré X",
// ", a-t-elle confié", ", estime le maire de Bordeaux".
func (x *extractor) after(q *found, limit int) bool {
	i := q.close.End
	rest := x.text[i:limit]
	t := strings.TrimLeftFunc(rest, isBlank)
	if !strings.HasPrefix(t, ",") {
		return false
	}
	base := i + len(rest) - len(t) + 1
	clause := x.text[base:limit]
	words := fieldsAt(clause, base)
	k := 0
	pronoun := false
	if k < len(words) && auxiliaries[strings.ToLower(words[k].w)] {
		k++
	} else if k < len(words) && pronounSuffix.MatchString(words[k].w) && isAux(pronounSuffix.ReplaceAllString(words[k].w, "")) {
		pronoun = true
		k++
	}
	if k >= len(words) {
		return false
	}
	verb := strings.TrimRight(words[k].w, ",.;:!?")
	if pronounSuffix.MatchString(verb) {
		pronoun = true
		verb = pronounSuffix.ReplaceAllString(verb, "")
	}
	if !speechVerbs[strings.ToLower(verb)] {
		return false
	}
	verbEnd := words[k].at + len(strings.TrimRight(words[k].w, ",.;:!?"))
	q.after = true
	if pronoun {
		q.pronoun = true
		q.Attribution = x.text[words[0].at:verbEnd]
		q.afterEnd = verbEnd
		return true
	}
	// The subject: after a time expression, up to punctuation or a
	// complement.
	s := verbEnd
	subj := x.text[s:limit]
	lead := len(subj) - len(strings.TrimLeftFunc(subj, isBlank))
	s += lead
	if loc := timeRe.FindStringIndex(x.text[s:limit]); loc != nil {
		s += loc[1]
	}
	end := s
	for _, w := range fieldsAt(x.text[s:limit], s) {
		word := w.w
		cut := strings.IndexAny(word, ",.;:(«»!?")
		if cut == 0 {
			break
		}
		if end == s && !subjectStarts[strings.ToLower(word)] && !startsUpper(word) && !hasElidedDeterminer(word) {
			break
		}
		if end > s && complementWords[strings.ToLower(strings.TrimRight(word, ",.;:!?"))] {
			break
		}
		if cut > 0 {
			end = w.at + cut
			break
		}
		end = w.at + len(word)
	}
	if end == s {
		// A verb of saying with no subject we can read: the attribution is
		// the verb alone, the speaker inherited.
		q.Attribution = x.text[words[0].at:verbEnd]
		q.afterEnd = verbEnd
		return true
	}
	q.Attribution = x.text[words[0].at:end]
	q.afterEnd = end
	q.Speaker, q.named = nameOf(x.text[s:end])
	return true
}

func isAux(w string) bool { return auxiliaries[strings.ToLower(w)] }

func hasElidedDeterminer(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasPrefix(lw, "l'") || strings.HasPrefix(lw, "l’")
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
	selonRe    = regexp.MustCompile(`(?i)(?:^|[\s,])((?:selon|pour|d['’]après)\s+([^,:;«]{1,80}?))\s*,\s*$`)
)

// before reads an attribution in the sentence that leads to the
// quotation: "X a réagi : «", "selon X, «", a received message, a handle.
func (x *extractor) before(q *found, idx int) {
	from := x.paraStart(q.open.Start)
	if idx > 0 {
		if prev := x.quotes[idx-1]; prev.Kind != Embedded && prev.close.End <= q.open.Start && prev.close.End > from {
			from = prev.close.End
		}
	}
	pre := x.text[from:q.open.Start]
	// From the last sentence end.
	if k := strings.LastIndexAny(pre, ".!?"); k >= 0 && k+1 < len(pre) && !strings.HasPrefix(pre[k:], ".@") {
		from += k + 1
		pre = pre[k+1:]
	}
	if m := receivedRe.FindStringSubmatchIndex(pre); m != nil {
		q.Speaker = strings.TrimSpace(pre[m[2]:m[3]])
		q.Speaker, q.named = nameOf(q.Speaker)
		q.Attribution = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(pre[m[0]:]), ":"))
		return
	}
	if m := mentionRe.FindStringSubmatchIndex(pre); m != nil {
		q.Speaker = "@" + pre[m[2]:m[3]]
		q.Attribution = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(pre[m[0]:]), ":"))
		return
	}
	if m := selonRe.FindStringSubmatchIndex(pre); m != nil {
		q.Speaker, q.named = nameOf(pre[m[4]:m[5]])
		q.Attribution = pre[m[2]:m[3]]
		return
	}
	// "X [aux] verb [up to three words] :" or "X verb que".
	t := strings.TrimRightFunc(pre, isBlank)
	switch {
	case strings.HasSuffix(t, ":"):
		t = strings.TrimSuffix(t, ":")
	case strings.HasSuffix(t, " que"):
		t = strings.TrimSuffix(t, " que")
	case strings.HasSuffix(t, " qu'"), strings.HasSuffix(t, " qu’"):
		t = strings.TrimSuffix(strings.TrimSuffix(t, " qu'"), " qu’")
	default:
		return
	}
	words := fieldsAt(t, from)
	for v := len(words) - 1; v >= 0 && v >= len(words)-4; v-- {
		if !speechVerbs[strings.ToLower(strings.Trim(words[v].w, ",;"))] {
			continue
		}
		s := v
		if s > 0 && auxiliaries[strings.ToLower(words[s-1].w)] {
			s--
		}
		// The subject runs back to the sentence start or a comma.
		b := s
		for b > 0 && !strings.HasSuffix(words[b-1].w, ",") && s-b < 8 {
			b--
		}
		if b == s {
			return
		}
		subj := x.text[words[b].at : words[s-1].at+len(words[s-1].w)]
		q.Speaker, q.named = nameOf(subj)
		end := words[v].at + len(strings.Trim(words[v].w, ",;"))
		q.Attribution = x.text[words[b].at:end]
		return
	}
}

// nameOf returns the proper name in a subject ("Le député Paul Hamon" →
// "Paul Hamon", true), or the subject as written when it holds no run of
// two capitalised words ("le maire de Bordeaux", false).
func nameOf(np string) (string, bool) {
	np = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(np), ",;:"))
	best := ""
	for _, run := range nameRuns(np) {
		if len(run) > len(best) {
			best = run
		}
	}
	if best != "" {
		return best, true
	}
	return np, false
}

// nameRuns returns the runs of two or more capitalised words of s, in
// order. Punctuation after a word ends its run ("Hélène Marceau. À" gives
// "Hélène Marceau"); a capitalised determiner starts none.
func nameRuns(s string) []string {
	var runs []string
	var cur []string
	flush := func() {
		if len(cur) >= 2 {
			runs = append(runs, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for _, w := range strings.Fields(s) {
		bare := strings.TrimRight(w, ",.;:!?)»”\"")
		bare = strings.TrimLeft(bare, "(«“\"")
		if bare == "" || !startsUpper(bare) || subjectStarts[strings.ToLower(bare)] || hasElidedDeterminer(bare) {
			flush()
			continue
		}
		cur = append(cur, bare)
		if bare != w {
			flush()
		}
	}
	flush()
	return runs
}

// mergeIncises joins « A », a-t-il dit, « B » into one quotation when
// the attribution is all that stands between A and B and B has none of
// its own.
func (x *extractor) mergeIncises() {
	out := x.quotes[:0]
	for i := 0; i < len(x.quotes); i++ {
		a := x.quotes[i]
		if i+1 < len(x.quotes) {
			b := x.quotes[i+1]
			if a.Kind != Embedded && b.Kind != Embedded && a.after && a.afterEnd > 0 &&
				b.Attribution == "" && b.open.Start >= a.afterEnd && x.inciseGap(x.text[a.afterEnd:b.open.Start]) {
				a.Parts = append(a.Parts, b.Parts...)
				a.End = b.End
				a.Text += " " + b.Text
				a.Short = countWords(a.Text) <= MaxShortWords
				a.close = b.close
				out = append(out, a)
				i++
				continue
			}
		}
		out = append(out, a)
	}
	x.quotes = out
}

// inciseGap reports whether what follows an attribution before the next
// quotation is only the end of that clause: a comma or full stop, or a
// short apposition ending the sentence.
func (x *extractor) inciseGap(s string) bool {
	t := strings.TrimFunc(s, isBlank)
	if t == "" || t == "," || t == "." || t == ":" {
		return true
	}
	if len(t) > 200 || strings.ContainsAny(t, "«»\n\"“”") {
		return false
	}
	if !strings.HasPrefix(t, ",") {
		return false
	}
	body := strings.TrimRight(t, ".,")
	return (strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",")) && !strings.ContainsAny(body, ".!?")
}

// resolve gives pronouns, handles and unattributed quotations their
// speaker, in article order.
func (x *extractor) resolve() {
	lastNamed, last := "", ""
	for _, q := range x.quotes {
		if strings.HasPrefix(q.Speaker, "@") {
			if name, ok := x.handles[strings.ToLower(q.Speaker[1:])]; ok {
				q.Speaker, q.named = name, true
			}
		}
		switch {
		case q.pronoun:
			q.Speaker = lastNamed
			if q.Speaker == "" {
				q.Speaker = x.nameBefore(q.Start)
			}
		case q.Speaker == "":
			q.Speaker = last
		}
		if q.Speaker != "" && (q.Attribution != "" || q.Kind == Embedded) {
			last = q.Speaker
			if q.named || q.pronoun {
				lastNamed = q.Speaker
			}
		}
	}
}

// nameBefore returns the last run of two or more capitalised words before
// offset at, outside quotations.
func (x *extractor) nameBefore(at int) string {
	name := ""
	from := 0
	for _, q := range x.quotes {
		if q.open.Start >= at || q.Start >= at {
			break
		}
		if runs := nameRuns(x.text[from:min(q.Start, at)]); len(runs) > 0 {
			name = runs[len(runs)-1]
		}
		from = max(q.End, from)
	}
	if from < at {
		if runs := nameRuns(x.text[from:at]); len(runs) > 0 {
			name = runs[len(runs)-1]
		}
	}
	return name
}
