package abuse

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/guillemet/guillemet/normalize"
)

// catSet is a set of categories.
type catSet uint8

const (
	catInsult catSet = 1 << iota
	catSexual
	catThreat
	catHate
)

// allCats lists the categories in the order Result.Categories sorts
// them (by name).
var allCats = [...]struct {
	bit catSet
	cat Category
}{{catHate, Hate}, {catInsult, Insult}, {catSexual, Sexual}, {catThreat, Threat}}

// Cue flags of vocabulary words (see cues in lists.go).
const (
	fNaming uint32 = 1 << iota
	fImmediate
	fQuote
	fCueNoun
	fListIntro
	fSpeech
	fNegator
	fNegatorNe
	fNe
	fTransparent
	fDet
	fQue
	fSelf
	fFirst
	fObj
	fWalk
	fDe
	fNegQuant
	fSay
	fSayInf
	fStop
	fGoOn
	fHear
	fEndorse
	fHave
	fWrong
	fLearn
	fTo
)

// slot is one word position of a pattern.
type slot struct {
	set    int32    // index in tables.sets, -1 for none
	any    bool     // any word
	plural bool     // any word ending in s or x
	suffix []string // any word of 5 bytes or more ending in one of these
}

// pattern is a compiled pattern line.
type pattern struct {
	slots     []slot
	pre, post int32 // negative sets, -1 for none
	// back is the set one of whose words must stand before the match,
	// in its sentence or the one before (a group the pronoun of the
	// match refers to: « Les X ne changeront jamais. Il faudrait les
	// éradiquer. »), -1 for none.
	back     int32
	bol, eol bool
	noQ      bool // the clause the match ends must not end with a question mark
	from, to int  // the span: slots[from:to]
	cats     catSet
	sev      Severity
	weight   float64
	neutral  bool
	fallback bool
	idiom    bool
	src      string
}

// cand is a pattern that may start at a word: its index in tables.pats
// and, so that most candidates are turned down without reading the
// pattern, the set its second word must be in (candAny when the second
// slot is not a plain set, candNone when the pattern has one word), and
// the end of the run of the word's candidates that share that set (see
// compile), where match goes on when the set turns the word down.
type cand struct{ pat, next, end int32 }

const (
	candAny  = -1
	candNone = -2
)

// tables are the compiled lexicon, shared by every Lexicon.
type tables struct {
	vocab map[string]int32
	words []string
	flags []uint32
	index [][]cand // by word id: the patterns whose first slot holds it
	pats  []pattern
	sets  [][]int32  // sorted word ids
	bits  [][]uint64 // the same sets as bitsets over the word ids
	heads []int32    // the words a masked word ("p*te") may stand for, in rule order
	// maxLen is the number of words of the longest pattern.
	maxLen int32
	// fuzzy are the words a word one typing slip away may stand for
	// (class fuzzy), by first letter and length: fuzzy[fuzzyKey(w)]
	// (see near).
	fuzzy [][]int32
	// detPl is the set of class detPl (see before).
	detPl int32
}

// fuzzyLen bounds the length of a fuzzy word, in bytes.
const fuzzyLen = 32

// fuzzyKey is the index in tables.fuzzy of the words of first letter c
// and length n; -1 when there are none (c not a to z, n out of range).
func fuzzyKey(c byte, n int) int {
	if c < 'a' || c > 'z' || n < fuzzyMin || n >= fuzzyLen {
		return -1
	}
	return int(c-'a')*fuzzyLen + n
}

// fuzzyMin is the length, in bytes of the folded word, from which a
// word of class fuzzy stands for its misspellings.
const fuzzyMin = 7

var compiled = sync.OnceValue(func() *tables {
	t, err := compile(classes, rules, idioms, fallbacks, cues)
	if err != nil {
		panic("abuse: " + err.Error())
	}
	return t
})

// compiler holds the state of one compilation.
type compiler struct {
	t       *tables
	classes map[string][]string // folded, expanded
	setKeys map[string]int32
	isHead  map[int32]bool
}

// compile compiles the lexicon: the word classes, the rules, the
// idioms, the fallbacks and the cue lists. Every rule but an exception
// must carry a severity, and an exception none.
func compile(cls map[string]string, rs, ids, fbs []rule, cueLists map[uint32]string) (*tables, error) {
	c := &compiler{
		t:       &tables{vocab: map[string]int32{}},
		classes: map[string][]string{},
		setKeys: map[string]int32{},
		isHead:  map[int32]bool{},
	}
	for name, list := range cls {
		words, err := expandList(list)
		if err != nil {
			return nil, fmt.Errorf("class %s: %v", name, err)
		}
		c.classes[name] = words
	}
	for name, list := range map[string]string{"kill": killVerbs, "hurt": hurtVerbs} {
		inf, err := expandList(list)
		if err != nil {
			return nil, fmt.Errorf("verbs %s: %v", name, err)
		}
		forms := conjugate(inf)
		c.classes[name+"Inf"] = inf
		c.classes[name+"Fut"] = forms.fut
		c.classes[name+"Pres"] = forms.pres
		c.classes[name+"Imp"] = forms.imp
		c.classes[name+"Glued"] = glue(inf)
	}
	all := slices.Concat(rs, ids, fbs)
	for ri, r := range all {
		cats, neutral, err := parseCats(r.cats)
		if err != nil {
			return nil, err
		}
		switch {
		case neutral && r.sev != NoSeverity:
			return nil, fmt.Errorf("exception with severity %s: %.40q", r.sev, r.pats)
		case !neutral && (r.sev == NoSeverity || r.sev > Violent):
			return nil, fmt.Errorf("rule %s without a valid severity (%s): %.40q", r.cats, r.sev, r.pats)
		case neutral && ri >= len(rs):
			return nil, fmt.Errorf("an idiom or fallback cannot be an exception: %.40q", r.pats)
		}
		for _, line := range strings.Split(r.pats, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			ps, err := c.pattern(line)
			if err != nil {
				return nil, fmt.Errorf("pattern %q: %v", line, err)
			}
			for _, p := range ps {
				p.cats, p.sev, p.weight, p.neutral, p.src = cats, r.sev, r.weight, neutral, line
				p.idiom = ri >= len(rs) && ri < len(rs)+len(ids)
				p.fallback = ri >= len(rs)+len(ids)
				c.t.pats = append(c.t.pats, p)
			}
		}
	}
	// Cue flags.
	flags := map[int32]uint32{}
	for f, list := range cueLists {
		words, err := expandList(list)
		if err != nil {
			return nil, fmt.Errorf("cues: %v", err)
		}
		for _, w := range words {
			flags[c.intern(w)] |= f
		}
	}
	// The fuzzy words, and the French words beside them that stand for
	// themselves.
	c.t.fuzzy = make([][]int32, 26*fuzzyLen)
	for _, w := range c.classes["fuzzy"] {
		if k := fuzzyKey(w[0], len(w)); k >= 0 {
			c.t.fuzzy[k] = append(c.t.fuzzy[k], c.intern(w))
		}
	}
	for _, w := range c.classes["notFuzzy"] {
		c.intern(w)
	}
	c.t.detPl = -1
	if _, ok := c.classes["detPl"]; ok {
		set, err := c.set([]string{"@detPl"})
		if err != nil {
			return nil, err
		}
		c.t.detPl = set
	}
	t := c.t
	t.bits = make([][]uint64, len(t.sets))
	for i, ids := range t.sets {
		b := make([]uint64, (len(t.words)+63)/64)
		for _, id := range ids {
			b[id>>6] |= 1 << (id & 63)
		}
		t.bits[i] = b
	}
	t.flags = make([]uint32, len(t.words))
	for id, f := range flags {
		t.flags[id] = f
	}
	// Index the patterns by the words of their first slot.
	t.index = make([][]cand, len(t.words))
	for i := range t.pats {
		p := &t.pats[i]
		t.maxLen = max(t.maxLen, int32(len(p.slots)))
		first := p.slots[0]
		if first.set < 0 {
			return nil, fmt.Errorf("pattern %q: the first word must be words or a class", p.src)
		}
		cd := cand{pat: int32(i), next: candNone}
		if len(p.slots) > 1 {
			cd.next = candAny
			if s := p.slots[1]; s.set >= 0 && !s.any && !s.plural && len(s.suffix) == 0 {
				cd.next = s.set
			}
		}
		for _, id := range t.sets[first.set] {
			t.index[id] = append(t.index[id], cd)
		}
		if !p.neutral {
			for _, s := range p.slots {
				if s.set >= 0 {
					for _, id := range t.sets[s.set] {
						if !c.isHead[id] {
							c.isHead[id] = true
							t.heads = append(t.heads, id)
						}
					}
				}
			}
		}
	}
	// Candidates that share their second word's set follow each other,
	// so that match tests the set once for all of them.
	for _, cs := range t.index {
		slices.SortStableFunc(cs, func(x, y cand) int { return int(x.next) - int(y.next) })
		for i := len(cs) - 1; i >= 0; i-- {
			cs[i].end = int32(i + 1)
			if i+1 < len(cs) && cs[i+1].next == cs[i].next {
				cs[i].end = cs[i+1].end
			}
		}
	}
	return t, nil
}

func parseCats(s string) (catSet, bool, error) {
	if s == "" {
		return 0, true, nil
	}
	var cs catSet
	for _, name := range strings.Split(s, "+") {
		found := false
		for _, c := range allCats {
			if string(c.cat) == name {
				cs |= c.bit
				found = true
			}
		}
		if !found {
			return 0, false, fmt.Errorf("unknown category %q", name)
		}
	}
	return cs, false, nil
}

func (c *compiler) intern(w string) int32 {
	if id, ok := c.t.vocab[w]; ok {
		return id
	}
	id := int32(len(c.t.words))
	c.t.vocab[w] = id
	c.t.words = append(c.t.words, w)
	return id
}

// rawSlot is a slot as written.
type rawSlot struct {
	alts              []string
	opt               bool
	spanOpen, spanEnd bool
}

// pattern compiles one pattern line into one pattern per combination of
// its optional slots.
func (c *compiler) pattern(line string) ([]pattern, error) {
	fields := strings.Fields(line)
	var p pattern
	p.pre, p.post, p.back = -1, -1, -1
	if strings.HasPrefix(fields[0], "<") {
		set, err := c.set(strings.Split(fields[0][1:], "|"))
		if err != nil {
			return nil, err
		}
		p.back = set
		fields = fields[1:]
	}
	if len(fields) > 0 && fields[0] == "^" {
		p.bol = true
		fields = fields[1:]
	}
	if n := len(fields); n > 0 && (fields[n-1] == "$" || fields[n-1] == "$!?") {
		p.eol, p.noQ = true, fields[n-1] == "$!?"
		fields = fields[:n-1]
	}
	if len(fields) > 0 && strings.HasPrefix(fields[0], "!") {
		set, err := c.set(strings.Split(fields[0][1:], "|"))
		if err != nil {
			return nil, err
		}
		p.pre = set
		fields = fields[1:]
	}
	if len(fields) > 0 && strings.HasPrefix(fields[len(fields)-1], "!") {
		set, err := c.set(strings.Split(fields[len(fields)-1][1:], "|"))
		if err != nil {
			return nil, err
		}
		p.post = set
		fields = fields[:len(fields)-1]
	}
	if len(fields) == 0 {
		return nil, fmt.Errorf("no words")
	}
	var raw []rawSlot
	for _, f := range fields {
		var r rawSlot
		if strings.HasPrefix(f, "[") {
			r.spanOpen, f = true, f[1:]
		}
		if strings.HasSuffix(f, "]") {
			r.spanEnd, f = true, f[:len(f)-1]
		}
		if strings.HasSuffix(f, "?") {
			r.opt, f = true, f[:len(f)-1]
		}
		if f == "" || strings.ContainsAny(f, "![]?^$") {
			return nil, fmt.Errorf("bad slot %q", f)
		}
		if r.opt && (r.spanOpen || r.spanEnd) {
			return nil, fmt.Errorf("an optional slot cannot bound the span")
		}
		r.alts = strings.Split(f, "|")
		raw = append(raw, r)
	}
	// Compile each slot once, then combine the optional ones.
	slots := make([]slot, len(raw))
	for i, r := range raw {
		s, err := c.slot(r.alts)
		if err != nil {
			return nil, err
		}
		slots[i] = s
	}
	var out []pattern
	var rec func(i int, cur []slot, from, to int)
	rec = func(i int, cur []slot, from, to int) {
		if i == len(raw) {
			q := p
			q.slots = slices.Clone(cur)
			q.from, q.to = from, to
			if q.from < 0 {
				q.from = 0
			}
			if q.to < 0 {
				q.to = len(q.slots)
			}
			out = append(out, q)
			return
		}
		if raw[i].opt {
			rec(i+1, cur, from, to)
		}
		f, t := from, to
		if raw[i].spanOpen {
			f = len(cur)
		}
		if raw[i].spanEnd {
			t = len(cur) + 1
		}
		rec(i+1, append(cur, slots[i]), f, t)
	}
	rec(0, nil, -1, -1)
	for _, q := range out {
		if q.slots[0].set < 0 {
			return nil, fmt.Errorf("the first word must be words or a class")
		}
		if q.from >= q.to {
			return nil, fmt.Errorf("empty span")
		}
	}
	return out, nil
}

// slot compiles the alternatives of one slot.
func (c *compiler) slot(alts []string) (slot, error) {
	s := slot{set: -1}
	var words []string
	for _, a := range alts {
		switch {
		case a == "*":
			s.any = true
		case a == "*s":
			s.plural = true
		case strings.HasPrefix(a, "~"):
			s.suffix = append(s.suffix, normalize.FoldWord(a[1:]))
		default:
			words = append(words, a)
		}
	}
	if len(words) > 0 {
		set, err := c.set(words)
		if err != nil {
			return s, err
		}
		s.set = set
	}
	return s, nil
}

// set compiles a list of words and @classes to a word set.
func (c *compiler) set(alts []string) (int32, error) {
	var ids []int32
	for _, a := range alts {
		if strings.HasPrefix(a, "@") {
			name, plOnly := strings.CutSuffix(a[1:], "/pl")
			words, ok := c.classes[name]
			if !ok {
				return -1, fmt.Errorf("unknown class %q", name)
			}
			for _, w := range words {
				if plOnly && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "x") {
					continue
				}
				ids = append(ids, c.intern(w))
			}
			continue
		}
		words, err := expandWord(a)
		if err != nil {
			return -1, err
		}
		for _, w := range words {
			ids = append(ids, c.intern(w))
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	key := fmt.Sprint(ids)
	if i, ok := c.setKeys[key]; ok {
		return i, nil
	}
	i := int32(len(c.t.sets))
	c.t.sets = append(c.t.sets, ids)
	c.setKeys[key] = i
	return i, nil
}

// expandList expands a white-space separated list of words.
func expandList(list string) ([]string, error) {
	var out []string
	for _, w := range strings.Fields(list) {
		ws, err := expandWord(w)
		if err != nil {
			return nil, err
		}
		out = append(out, ws...)
	}
	return out, nil
}

// expandWord expands the optional suffixes of a word ("enculé(e)(s)")
// and folds the forms.
func expandWord(w string) ([]string, error) {
	base, rest, _ := strings.Cut(w, "(")
	forms := []string{base}
	if rest != "" {
		rest = "(" + rest
		for rest != "" {
			if rest[0] != '(' {
				return nil, fmt.Errorf("bad word %q", w)
			}
			end := strings.IndexByte(rest, ')')
			if end < 0 {
				return nil, fmt.Errorf("bad word %q", w)
			}
			suf := rest[1:end]
			rest = rest[end+1:]
			n := len(forms)
			for i := 0; i < n; i++ {
				forms = append(forms, forms[i]+suf)
			}
		}
	}
	out := forms[:0]
	for _, f := range forms {
		f = normalize.FoldWord(f)
		if f == "" || strings.ContainsAny(f, " '-’()|") {
			return nil, fmt.Errorf("bad word %q: a class word is one token", w)
		}
		out = append(out, f)
	}
	return out, nil
}

// glue returns the sms forms of folded infinitives with the object
// pronoun glued on: « jvais tegorger », « on va tcrever ».
func glue(inf []string) []string {
	out := make([]string, 0, len(inf))
	for _, v := range inf {
		out = append(out, "t"+v)
	}
	sort.Strings(out)
	return out
}

// verbForms are the conjugated forms of a list of verbs.
type verbForms struct{ fut, pres, imp []string }

// conjugate conjugates folded infinitives by the regular rules: the
// future (je te tuerai, on te tuera, nous te tuerons, ils te tueront),
// the present singular and plural (je te bute, ils te butent) and the
// imperative plural (pendez-les). Irregular forms are not needed: the
// verbs of threats are regular, and a wrong form of a rare verb matches
// nothing.
func conjugate(inf []string) verbForms {
	var f verbForms
	for _, v := range inf {
		switch {
		case strings.HasSuffix(v, "er"):
			stem := v[:len(v)-2]
			for _, e := range []string{"ai", "a", "as", "ons", "ont", "ez"} {
				f.fut = append(f.fut, v+e)
			}
			f.pres = append(f.pres, stem+"e", stem+"es", stem+"ent", stem+"ons")
			f.imp = append(f.imp, stem+"ez")
		case strings.HasSuffix(v, "re"):
			stem := v[:len(v)-2]
			for _, e := range []string{"ai", "a", "as", "ons", "ont", "ez"} {
				f.fut = append(f.fut, v[:len(v)-1]+e)
			}
			f.pres = append(f.pres, stem+"s", stem+"ent", stem+"ons")
			f.imp = append(f.imp, stem+"ez")
		case strings.HasSuffix(v, "ir"):
			for _, e := range []string{"ai", "a", "as", "ons", "ont", "ez"} {
				f.fut = append(f.fut, v+e)
			}
		}
	}
	sort.Strings(f.fut)
	sort.Strings(f.pres)
	sort.Strings(f.imp)
	return f
}
