package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How quotes drift from their source when retyped, pasted or read from
// a screenshot.

var flattener = strings.NewReplacer(
	"«\u202f", "\"", "«\u00a0", "\"", "« ", "\"", "«", "\"",
	"\u202f»", "\"", "\u00a0»", "\"", " »", "\"", "»", "\"",
	"“", "\"", "”", "\"", "’", "'", "\u202f", " ", "\u00a0", " ", "…", "...",
)

// flatten types s on a plain keyboard: straight quotes and apostrophes,
// ordinary spaces (or none before high punctuation), three dots.
func flatten(s string, r *rng) string {
	s = flattener.Replace(s)
	if r.intn(3) == 0 {
		s = strings.NewReplacer(" :", ":", " ;", ";", " !", "!", " ?", "?").Replace(s)
	}
	return s
}

// curl is what a word processor does: curly apostrophes.
func curl(s string) string { return strings.ReplaceAll(s, "'", "’") }

func foldAccents(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// swapInclusive changes the inclusive mark: · to . or •, • or . to ·.
func swapInclusive(s string, r *rng) string {
	switch {
	case strings.Contains(s, "·"):
		return strings.ReplaceAll(s, "·", [2]string{".", "•"}[r.intn(2)])
	case strings.Contains(s, "•"):
		return strings.ReplaceAll(s, "•", "·")
	}
	return s
}

// extraSpaces doubles some spaces.
func extraSpaces(s string, r *rng) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == ' ' && r.intn(6) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// dropMentions removes leading @mentions.
func dropMentions(s string) string {
	for strings.HasPrefix(s, "@") {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return s
		}
		s = s[i+1:]
	}
	return s
}

// dropLinksEmoji removes links and emoji.
func dropLinksEmoji(s string) string {
	var out []string
	for _, f := range strings.Split(s, " ") {
		if strings.Contains(f, "://") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		if f != "" && r > 0x2000 && !unicode.IsLetter(r) && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			continue
		}
		out = append(out, f)
	}
	return strings.TrimSpace(strings.Join(out, " "))
}

// retype makes a variant of a whole post that a verifier must find
// equivalent: one to three changes of typography, case, accents,
// inclusive marks, spacing, leading mentions, links or emoji, at least
// one of them more than white space.
func retype(s string, r *rng) string {
	out := s
	for n := 1 + r.intn(3); n > 0; n-- {
		switch k := r.intn(100); {
		case k < 35:
			out = flatten(out, r)
		case k < 42:
			out = curl(out)
		case k < 54:
			out = strings.ToLower(out)
		case k < 60:
			out = strings.ToUpper(out)
		case k < 72:
			out = foldAccents(out)
		case k < 80:
			out = swapInclusive(out, r)
		case k < 88:
			out = extraSpaces(out, r)
		case k < 94:
			out = dropMentions(out)
		default:
			out = dropLinksEmoji(out)
		}
	}
	if spaceless(out) != spaceless(s) {
		return out
	}
	// Only white space changed: that would be verbatim.
	if f := flatten(out, r); spaceless(f) != spaceless(s) {
		return f
	}
	if l := strings.ToLower(out); l != out {
		return l
	}
	return strings.ToUpper(out)
}

// spaceless removes white space: two texts with the same spaceless form
// differ only by white space (a verbatim quote).
func spaceless(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// retypeForOCR is what a screenshot loses before any slip: curly
// apostrophes and guillemets read as straight ones, narrow spaces as
// spaces. When the post has none, the first capital is read small, so
// that the whole post is still only equivalent, not verbatim.
func retypeForOCR(s string, r *rng) string {
	out := strings.NewReplacer("’", "'", "«", "\"", "»", "\"", "“", "\"", "”", "\"", "\u202f", " ", "\u00a0", " ").Replace(s)
	if spaceless(out) != spaceless(s) {
		return out
	}
	for i, c := range out {
		if unicode.IsUpper(c) && (i == 0 || out[i-1] == ' ') {
			return out[:i] + string(unicode.ToLower(c)) + out[i+utf8.RuneLen(c):]
		}
	}
	for i, c := range out {
		if unicode.IsLower(c) && (i == 0 || out[i-1] == ' ') {
			return out[:i] + string(unicode.ToUpper(c)) + out[i+utf8.RuneLen(c):]
		}
	}
	return out
}

// ocrSlips writes 2 to 3 character slips per 100 characters (never fewer
// than 1.5 nor more than 3.5), at most one a word and only in words of 5
// letters or more outside mentions, hashtags and links: m read rn and
// back, l read 1 or I and back, O read 0, accents lost, cl read d and
// back, a letter dropped or doubled. It returns the text and the number
// of slips, 0 when the text has too few such words.
func ocrSlips(s string, r *rng) (string, int) {
	type word struct{ start, end int }
	var words []word
	for _, c := range chunks(nil, s) {
		if c.kind != cWord {
			continue
		}
		// Letter runs of the chunk; one of them may take a slip, so that a
		// word between spaces has at most one.
		var runs []word
		i := c.start
		for i < c.end {
			ru, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(ru) {
				i += n
				continue
			}
			j, letters := i, 0
			for j < c.end {
				ru, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(ru) {
					break
				}
				j += n
				letters++
			}
			if letters >= 5 {
				runs = append(runs, word{i, j})
			}
			i = j
		}
		if len(runs) > 0 {
			words = append(words, runs[r.intn(len(runs))])
		}
	}
	length := utf8.RuneCountInString(s)
	lo := (15*length + 99) / 1000 // ceil(1.5 per 100)
	hi := 35 * length / 1000
	lo = max(lo, 1)
	rate := 20 + r.intn(11) // 2.0 to 3.0 per 100
	k := (rate*length + 500) / 1000
	k = min(max(k, lo), hi)
	if k < 1 || k > len(words) {
		return "", 0
	}
	// Choose k words.
	for i := range k {
		j := i + r.intn(len(words)-i)
		words[i], words[j] = words[j], words[i]
	}
	chosen := words[:k]
	// Write in order.
	for i := 1; i < len(chosen); i++ {
		for j := i; j > 0 && chosen[j].start < chosen[j-1].start; j-- {
			chosen[j], chosen[j-1] = chosen[j-1], chosen[j]
		}
	}
	var b strings.Builder
	prev := 0
	for _, w := range chosen {
		b.WriteString(s[prev:w.start])
		b.WriteString(slip(s[w.start:w.end], r))
		prev = w.end
	}
	b.WriteString(s[prev:])
	out := b.String()
	n := utf8.RuneCountInString(out)
	if k*1000 < 15*n || k*1000 > 35*n {
		return "", 0
	}
	return out, k
}

// slip makes one OCR error in word w.
func slip(w string, r *rng) string {
	rs := []rune(w)
	type op func() string
	var ops []op
	idx := func(c rune) []int {
		var out []int
		for i, x := range rs {
			if x == c {
				out = append(out, i)
			}
		}
		return out
	}
	replaceAt := func(i, n int, with string) string {
		return string(rs[:i]) + with + string(rs[i+n:])
	}
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == 'r' && rs[i+1] == 'n' {
			ops = append(ops, func() string { return replaceAt(i, 2, "m") })
			break
		}
	}
	if p := idx('m'); len(p) > 0 {
		ops = append(ops, func() string { return replaceAt(p[r.intn(len(p))], 1, "rn") })
	}
	if p := idx('l'); len(p) > 0 {
		ops = append(ops, func() string { return replaceAt(p[r.intn(len(p))], 1, [2]string{"1", "I"}[r.intn(2)]) })
	}
	if p := idx('I'); len(p) > 0 {
		ops = append(ops, func() string { return replaceAt(p[r.intn(len(p))], 1, "l") })
	}
	if p := append(idx('O'), idx('o')...); len(p) > 0 {
		ops = append(ops, func() string { return replaceAt(p[r.intn(len(p))], 1, "0") })
	}
	var acc []int
	for i, x := range rs {
		if f, ok := foldRune(x); ok && len(f) == 1 {
			acc = append(acc, i)
		}
	}
	if len(acc) > 0 {
		ops = append(ops, func() string {
			i := acc[r.intn(len(acc))]
			f, _ := foldRune(rs[i])
			return replaceAt(i, 1, f)
		})
	}
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == 'c' && rs[i+1] == 'l' {
			ops = append(ops, func() string { return replaceAt(i, 2, "d") })
			break
		}
	}
	if p := idx('d'); len(p) > 0 {
		ops = append(ops, func() string { return replaceAt(p[r.intn(len(p))], 1, "cl") })
	}
	ops = append(ops,
		func() string { // a letter dropped
			i := 1 + r.intn(len(rs)-2)
			return replaceAt(i, 1, "")
		},
		func() string { // a letter doubled
			i := 1 + r.intn(len(rs)-2)
			return replaceAt(i, 1, string([]rune{rs[i], rs[i]}))
		})
	return ops[r.intn(len(ops))]()
}
