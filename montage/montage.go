package montage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/internal/wording"
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/quote"
)

// MaxGap is the time between consecutive items beyond which a montage
// is flagged time_gap.
const MaxGap = 24 * time.Hour

// Finding is one finding of a montage judgment: its flag, the items it
// concerns (indexes into the composite) and a one-sentence French
// explanation.
type Finding struct {
	// Flag is the finding's code (CONTRACT §4 montage).
	Flag Flag
	// Items are the indexes of the items it concerns, in the composite.
	Items []int
	// Detail says it in one French sentence (the JSON's flags[].detail).
	Detail string
}

// ItemJudgment is the judgment of one item of a composite.
type ItemJudgment struct {
	// Index is the item's place in the composite, from 0.
	Index int
	// Shown is the item as the composite shows it.
	Shown Item
	// Link is what provenance.Link found for the item's text;
	// Link.Source is nil when the archive does not support it.
	Link *provenance.Result
	// Err is set when the item could not be linked (a text without
	// words); the item then counts as not found.
	Err error
	// Abuse is the classifier's judgment of the item's text.
	Abuse abuse.Result
	// ShownAuthor is the handle (or else the name) the item shows;
	// AuthorMatches is nil when nothing is shown, nothing was found, or
	// the archive cannot tell (a display name shown, none in the
	// archive): an author the archive cannot check accuses nobody.
	ShownAuthor   string
	AuthorMatches *bool
	// Author is who wrote the source's words: the source's author, or
	// for a retweet's copy ("RT @x: …") or a repost, the original's.
	// Empty when not found, or when a repost's original is absent.
	Author string
	// ShownDate is the date the item shows, parsed. When the item shows
	// a date ParseDate cannot read, DateErr is ParseDate's error and
	// DateNote says so in French for the report (« date non comprise :
	// « … » »). DateMatches is nil when there is nothing to compare.
	ShownDate   *Date
	DateErr     error
	DateNote    string
	DateMatches *bool
	// SameContextAsPrevious is nil for the first item and when this item
	// or the previous one was not found; ContextReason says which link
	// joins them (French), and Gap is the time between their sources.
	SameContextAsPrevious *bool
	ContextReason         string
	Gap                   time.Duration
}

// Found reports whether the archive supports the item.
func (it *ItemJudgment) Found() bool { return it.Link != nil && it.Link.Source != nil }

// Montage is the judgment of a composite. It holds what the composite
// showed (each item's Shown, CapturedAt), so that it reads on its own.
type Montage struct {
	// ID is the composite's id, as given.
	ID string
	// Verdict is the judgment in one word, by precedence (spliced >
	// doctored > unverifiable > genuine).
	Verdict Verdict
	// Spliced is Verdict == Spliced, as the contract's JSON carries it.
	Spliced bool
	// Flags are the findings behind the verdict, in the order of the
	// Flag constants; empty for a genuine composite.
	Flags []Finding
	// Items holds one judgment per item, in screen order.
	Items []ItemJudgment
	// Disputed is the index of the disputed item in Items.
	Disputed int
	// CapturedAt is the composite's capture time; zero when not given.
	CapturedAt time.Time
}

// Options tune Judge. The zero value gives the defaults.
type Options struct {
	// Classifier judges abuse (nil: abuse.Default).
	Classifier abuse.Classifier
	// Link tunes the linking of each item (nil: defaults).
	Link *provenance.Options
}

// Judge judges a composite against the archive: who really wrote
// each item, when, in which conversation; whether consecutive items were
// ever together; whether their words, authors or dates were changed;
// whether abuse by other authors was set beside the disputed item.
//
// Each item is linked (provenance.Link) and classified
// (opts.Classifier). When
// several posts support an item equally (the same words cross-posted,
// posted again, copied or reposted), its source is chosen among them in
// this order (CONTRACT §4 montage): by the author the item shows; whose
// date the shown date contains; that shares a context with the
// neighbouring items; the earliest. The others stay in the item's
// Link.AlsoPosted. So the same words cross-posted or posted again by
// the author shown never make a genuine screenshot look spliced or
// misattributed.
//
// Two consecutive found items share a context when their sources are in
// the same conversation, one quotes or reposts the other, or they are
// consecutive posts of one author. The verdict, by precedence: Spliced
// when some consecutive pair of found items shares no context; Doctored
// when every pair found shares one but an item's words (altered), author
// (misattributed) or date (wrong_date) were changed; Unverifiable when
// some item is not found; else Genuine.
//
// spliced_abuse is raised when items that are abusive, written by
// another author than the disputed item's, from outside the disputed
// item's context, carry abuse categories the disputed item does not, or
// a severity it does not reach: a sexual insult or a threat set beside a
// harsh political insult. Whether an item is abusive is the
// classifier's verdict: with abuse.Default, the learned scorer at the
// threshold chosen on the development split so that it flags no group of
// innocent messages more than the lexicon alone (abuse/QUALITY.md,
// "Threshold"; its spliced_abuse figures on montages of real tweets are
// there too). A screenshot of a real thread where others replied
// abusively is Genuine with mixed_authors, not spliced.
func Judge(ctx context.Context, a provenance.Archive, c Composite, opts Options) (*Montage, error) {
	classifier := opts.Classifier
	if classifier == nil {
		classifier = abuse.Default
	}
	if len(c.Items) == 0 {
		return nil, errors.New("montage: the composite has no items")
	}
	if c.Disputed < 0 || c.Disputed >= len(c.Items) {
		return nil, fmt.Errorf("montage: disputed %d is out of range: %d items", c.Disputed, len(c.Items))
	}
	j := &judge{a: a, roots: map[provenance.Key]string{}, shared: map[[2]provenance.Key]sharing{}}
	m := &Montage{ID: c.ID, Disputed: c.Disputed, CapturedAt: c.CapturedAt, Items: make([]ItemJudgment, len(c.Items))}
	shown := make([]provenance.Author, len(c.Items))
	for i, item := range c.Items {
		it := &m.Items[i]
		it.Index, it.Shown = i, item
		res, err := provenance.Link(ctx, a, item.Text, opts.Link)
		switch {
		case err == nil:
		case errors.Is(err, quote.ErrNoWords) || errors.Is(err, quote.ErrQuoteTooLong):
			it.Err = err
			res = &provenance.Result{Quote: item.Text, Verdict: quote.NotFound}
		default:
			return nil, err
		}
		it.Link = res
		if it.Abuse, err = classifier.Classify(ctx, item.Text); err != nil {
			return nil, fmt.Errorf("montage: item %d: %w", i, err)
		}
		shown[i] = provenance.Author{Handle: item.Handle(), Name: item.Name()}
		it.ShownAuthor = shown[i].String()
		if strings.TrimSpace(item.Date) != "" {
			d, err := ParseDate(item.Date, c.CapturedAt)
			if err != nil {
				it.DateErr = err
				it.DateNote = "date non comprise : « " + strings.TrimSpace(item.Date) + " »"
			} else {
				it.ShownDate = &d
			}
		}
	}
	if err := j.chooseSources(ctx, m.Items, shown); err != nil {
		return nil, err
	}
	for i := range m.Items {
		if err := j.judgeShown(ctx, &m.Items[i], shown[i]); err != nil {
			return nil, err
		}
	}
	for i := 1; i < len(m.Items); i++ {
		prev, cur := &m.Items[i-1], &m.Items[i]
		if !prev.Found() || !cur.Found() {
			continue
		}
		sh, err := j.sharedContext(ctx, *prev.Link.Source, *cur.Link.Source)
		if err != nil {
			return nil, err
		}
		cur.SameContextAsPrevious, cur.ContextReason = &sh.same, sh.why
		cur.Gap = cur.Link.Source.CreatedAt.Sub(prev.Link.Source.CreatedAt).Abs()
	}
	if err := m.flag(ctx, j); err != nil {
		return nil, err
	}
	return m, nil
}

// judge holds what one Judge call learns of the archive, so that
// choosing sources and flagging ask for each conversation once.
type judge struct {
	a      provenance.Archive
	roots  map[provenance.Key]string
	shared map[[2]provenance.Key]sharing
}

// sharing is whether two posts share a context, and which.
type sharing struct {
	same bool
	why  string
}

// chooseSources picks each found item's source among the posts that
// support it equally (Result.Tied): those by the shown author, then
// those whose date the shown date contains, then the choice that gives
// the most consecutive pairs sharing a context, then the earliest.
func (j *judge) chooseSources(ctx context.Context, items []ItemJudgment, shown []provenance.Author) error {
	options := make([][]provenance.Post, len(items))
	for i := range items {
		it := &items[i]
		if !it.Found() {
			continue
		}
		j.seen(it.Link)
		var posts []provenance.Post
		for _, m := range it.Link.Tied() {
			posts = append(posts, m.Post)
		}
		slices.SortStableFunc(posts, func(x, y provenance.Post) int { return x.CreatedAt.Compare(y.CreatedAt) })
		if !shown[i].IsZero() {
			posts = keepIf(posts, func(p provenance.Post) bool { return provenance.Wrote(shown[i], p) })
		}
		if d := it.ShownDate; d != nil {
			posts = keepIf(posts, func(p provenance.Post) bool { return d.Contains(p.CreatedAt) })
		}
		options[i] = posts
	}
	// Over each run of consecutive found items, the choice with the most
	// pairs sharing a context, then the earliest posts (the smallest sum
	// of ranks in time order): a Viterbi pass over small sets.
	for lo := 0; lo < len(items); {
		if len(options[lo]) == 0 {
			lo++
			continue
		}
		hi := lo
		for hi+1 < len(items) && len(options[hi+1]) > 0 {
			hi++
		}
		type cell struct{ pairs, ranks, from int }
		cells := make([][]cell, hi-lo+1)
		cells[0] = make([]cell, len(options[lo]))
		for k := range cells[0] {
			cells[0][k] = cell{0, k, -1}
		}
		for i := lo + 1; i <= hi; i++ {
			row := make([]cell, len(options[i]))
			for k, p := range options[i] {
				best := cell{-1, 0, -1}
				for f, q := range options[i-1] {
					prev := cells[i-1-lo][f]
					sh, err := j.sharedContext(ctx, q, p)
					if err != nil {
						return err
					}
					c := cell{prev.pairs, prev.ranks + k, f}
					if sh.same {
						c.pairs++
					}
					if c.pairs > best.pairs || c.pairs == best.pairs && c.ranks < best.ranks {
						best = c
					}
				}
				row[k] = best
			}
			cells[i-lo] = row
		}
		k := 0
		last := cells[hi-lo]
		for x := range last {
			if last[x].pairs > last[k].pairs || last[x].pairs == last[k].pairs && last[x].ranks < last[k].ranks {
				k = x
			}
		}
		for i := hi; i >= lo; i-- {
			if _, err := items[i].Link.Prefer(ctx, j.a, options[i][k].Key()); err != nil {
				return err
			}
			j.seen(items[i].Link)
			k = cells[i-lo][k].from
		}
		lo = hi + 1
	}
	return nil
}

// keepIf returns the posts that pass, or all of them when none does.
func keepIf(posts []provenance.Post, pass func(provenance.Post) bool) []provenance.Post {
	var out []provenance.Post
	for _, p := range posts {
		if pass(p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return posts
	}
	return out
}

// judgeShown compares the author and date an item shows with its source.
func (j *judge) judgeShown(ctx context.Context, it *ItemJudgment, shown provenance.Author) error {
	if !it.Found() {
		return nil
	}
	src := it.Link.Source
	words, ok, err := j.wordsAuthor(ctx, *src)
	if err != nil {
		return err
	}
	if ok {
		it.Author = words.Author
		if !shown.IsZero() {
			if match, known := shown.Is(words); known {
				it.AuthorMatches = &match
			}
		}
	}
	if it.ShownDate != nil {
		ok := it.ShownDate.Contains(src.CreatedAt)
		it.DateMatches = &ok
	}
	return nil
}

// wordsAuthor returns the post whose author wrote p's words: p itself,
// or the original of a repost, or for a retweet's copy ("RT @x: …") a
// post by x. ok is false when a repost's original is absent.
func (j *judge) wordsAuthor(ctx context.Context, p provenance.Post) (provenance.Post, bool, error) {
	if by := normalize.RetweetOf(p.Text); by != "" {
		return provenance.Post{Platform: p.Platform, Author: by}, true, nil
	}
	if p.RepostOf == "" {
		return p, true, nil
	}
	orig, ok, err := j.a.Post(ctx, provenance.Key{Platform: p.Platform, ID: p.RepostOf})
	return orig, ok, err
}

// sharedContext reports whether two posts share a context, and which.
func (j *judge) sharedContext(ctx context.Context, p, q provenance.Post) (sharing, error) {
	k := [2]provenance.Key{p.Key(), q.Key()}
	if q.Key().String() < p.Key().String() {
		k = [2]provenance.Key{q.Key(), p.Key()}
	}
	if sh, ok := j.shared[k]; ok {
		return sh, nil
	}
	sh, err := j.share(ctx, p, q)
	if err != nil {
		return sh, err
	}
	j.shared[k] = sh
	return sh, nil
}

func (j *judge) share(ctx context.Context, p, q provenance.Post) (sharing, error) {
	if p.Platform == q.Platform {
		switch {
		case p.Key() == q.Key():
			return sharing{true, "le même message"}, nil
		case p.QuoteOf == q.ID || q.QuoteOf == p.ID:
			return sharing{true, "l'un cite l'autre"}, nil
		case p.RepostOf == q.ID || q.RepostOf == p.ID:
			return sharing{true, "l'un repartage l'autre"}, nil
		}
		rp, err := j.root(ctx, p)
		if err != nil {
			return sharing{}, err
		}
		rq, err := j.root(ctx, q)
		if err != nil {
			return sharing{}, err
		}
		if rp == rq {
			return sharing{true, "la même conversation"}, nil
		}
	}
	if p.Platform == q.Platform && strings.EqualFold(p.Author, q.Author) {
		first, second := p, q
		if second.CreatedAt.Before(first.CreatedAt) {
			first, second = second, first
		}
		next, err := j.a.Timeline(ctx, first.Platform, first.Author, first.CreatedAt, 0, 1)
		if err != nil {
			return sharing{}, err
		}
		if len(next) == 1 && next[0].Key() == second.Key() {
			return sharing{true, "deux messages consécutifs du même auteur"}, nil
		}
	}
	return sharing{}, nil
}

// seen keeps the conversation of a linked item's source, which its
// result's thread already holds.
func (j *judge) seen(r *provenance.Result) {
	if r.Source != nil {
		j.roots[r.Source.Key()] = r.Thread.Conversation
	}
}

// root returns the id of p's conversation (provenance.Thread's
// Conversation), once per post: from the thread of an item's source, or
// asked of the archive for the other posts that support an item.
func (j *judge) root(ctx context.Context, p provenance.Post) (string, error) {
	if r, ok := j.roots[p.Key()]; ok {
		return r, nil
	}
	r, err := provenance.ConversationOf(ctx, j.a, p)
	if err == nil {
		j.roots[p.Key()] = r
	}
	return r, err
}

// flag computes the verdict and the flags.
func (m *Montage) flag(ctx context.Context, j *judge) error {
	items := m.Items
	var notFound, altered, misattributed, wrongDate, unrelated, gaps []int
	allFound, anyBreak := true, false
	for i := range items {
		it := &items[i]
		if !it.Found() {
			allFound = false
			notFound = append(notFound, i)
			continue
		}
		if it.Link.Verdict == quote.Altered {
			altered = append(altered, i)
		}
		if it.AuthorMatches != nil && !*it.AuthorMatches {
			misattributed = append(misattributed, i)
		}
		if it.DateMatches != nil && !*it.DateMatches {
			wrongDate = append(wrongDate, i)
		}
		if s := it.SameContextAsPrevious; s != nil {
			if !*s {
				anyBreak = true
				unrelated = appendUnique(unrelated, i-1, i)
			}
			if it.Gap > MaxGap {
				gaps = appendUnique(gaps, i-1, i)
			}
		}
	}
	switch {
	case anyBreak:
		m.Verdict = Spliced
	case len(altered)+len(misattributed)+len(wrongDate) > 0:
		m.Verdict = Doctored
	case !allFound:
		m.Verdict = Unverifiable
	default:
		m.Verdict = Genuine
	}
	m.Spliced = m.Verdict == Spliced

	spliced, err := m.splicedAbuse(ctx, j)
	if err != nil {
		return err
	}
	if len(spliced) > 0 {
		d := &items[m.Disputed]
		m.Flags = append(m.Flags, Finding{FlagSplicedAbuse, spliced, fmt.Sprintf(
			"Des messages injurieux (%s) écrits par d'autres comptes (%s), hors du contexte de l'élément n°%d, ont été placés à côté de lui%s.",
			m.abuseBesideFR(spliced), strings.Join(m.authorsOf(spliced), ", "), m.Disputed+1, disputedAbuseFR(d))})
	}
	if authors := m.authorsOf(nil); len(authors) > 1 {
		var its []int
		for i := range items {
			if items[i].Found() {
				its = append(its, i)
			}
		}
		m.Flags = append(m.Flags, Finding{FlagMixedAuthors, its, fmt.Sprintf(
			"Les éléments retrouvés ont %d auteurs différents : %s.", len(authors), strings.Join(authors, ", "))})
	}
	if len(unrelated) > 0 {
		m.Flags = append(m.Flags, Finding{FlagUnrelatedContexts, unrelated,
			"Des éléments voisins sur la capture n'ont jamais été ensemble : ni même conversation, ni citation ou repartage, ni messages consécutifs d'un auteur."})
	}
	if len(misattributed) > 0 {
		var parts []string
		for _, i := range misattributed {
			parts = append(parts, fmt.Sprintf("n°%d montré sous « %s », écrit par @%s", i+1, items[i].ShownAuthor, items[i].Author))
		}
		m.Flags = append(m.Flags, Finding{FlagMisattributed, misattributed,
			"L'auteur affiché n'est pas celui du message retrouvé : " + strings.Join(parts, " ; ") + "."})
	}
	if len(altered) > 0 {
		m.Flags = append(m.Flags, Finding{FlagAltered, altered,
			fmt.Sprintf("Le texte %s diffère de la source retrouvée (%s).", wording.French.OfItems(altered), m.alteredKinds(altered))})
	}
	if len(wrongDate) > 0 {
		var parts []string
		for _, i := range wrongDate {
			parts = append(parts, fmt.Sprintf("n°%d daté « %s », publié le %s", i+1, items[i].ShownDate.Text, parisDateFR(items[i].Link.Source.CreatedAt)))
		}
		m.Flags = append(m.Flags, Finding{FlagWrongDate, wrongDate,
			"La date affichée n'est pas celle du message, ni en heure de Paris, ni en UTC" + captureZoneFR(items, wrongDate) + " : " + strings.Join(parts, " ; ") + "."})
	}
	if len(notFound) > 0 {
		m.Flags = append(m.Flags, Finding{FlagNotFound, notFound,
			fmt.Sprintf("Aucun message de l'archive ne porte le texte %s ; l'archive peut être incomplète, ce n'est pas la preuve d'un faux.", wording.French.OfItems(notFound))})
	}
	if len(gaps) > 0 {
		m.Flags = append(m.Flags, Finding{FlagTimeGap, gaps,
			fmt.Sprintf("Plus de 24 heures séparent des éléments voisins (%s).", wording.French.Items(gaps))})
	}
	return nil
}

// captureZoneFR names the capture's zone in the wrong_date sentence when
// one was tried.
func captureZoneFR(items []ItemJudgment, wrong []int) string {
	for _, i := range wrong {
		if z := items[i].ShownDate.capture; z != nil {
			return ", ni à l'heure de la capture (" + z.String() + ")"
		}
	}
	return ""
}

// alteredKinds names the kinds of word changes of the altered items, in
// French, for the altered flag's sentence.
func (m *Montage) alteredKinds(items []int) string {
	var kinds []string
	for _, i := range items {
		for _, d := range m.Items[i].Link.Alignment.Differences {
			var k string
			switch d.Kind {
			case quote.WordReplaced:
				k = "mots remplacés"
			case quote.WordInserted:
				k = "mots ajoutés"
			case quote.WordDeleted:
				k = "mots supprimés"
			case quote.Negation:
				k = "négation coupée, ôtée ou ajoutée"
			case quote.Punctuation:
				k = "ponctuation changée"
			}
			if k != "" && !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
	}
	if len(kinds) == 0 {
		return "mots changés"
	}
	return strings.Join(kinds, ", ")
}

// splicedAbuse returns, in screen order, the disputed item and the
// abusive items by other authors, outside its context, whose categories
// it does not carry; nil when there are none.
func (m *Montage) splicedAbuse(ctx context.Context, j *judge) ([]int, error) {
	d := &m.Items[m.Disputed]
	author := d.Author
	if author == "" && !d.Found() {
		author = d.ShownAuthor
	}
	var out []int
	for i := range m.Items {
		it := &m.Items[i]
		if i == m.Disputed || !it.Abuse.Abusive || !it.Found() {
			continue
		}
		if author != "" && strings.EqualFold(strings.TrimPrefix(it.Author, "@"), strings.TrimPrefix(author, "@")) {
			continue
		}
		if !newAbuse(d.Abuse, it.Abuse) {
			continue
		}
		if d.Found() {
			sh, err := j.sharedContext(ctx, *d.Link.Source, *it.Link.Source)
			if err != nil {
				return nil, err
			}
			if sh.same {
				continue
			}
		}
		out = append(out, i)
	}
	if len(out) == 0 {
		return nil, nil
	}
	out = append(out, m.Disputed)
	slices.Sort(out)
	return out, nil
}

// newAbuse reports whether the abuse of an item beside the disputed one
// is abuse the disputed item does not carry: a category it does not have,
// or a severity it does not reach (a sexual insult or a threat beside a
// harsh political insult; « connasse » beside « sale putophobe »). A
// classifier that grades no severity (abuse.NoSeverity on an abusive
// result) leaves the categories alone to decide.
func newAbuse(disputed, beside abuse.Result) bool {
	if slices.ContainsFunc(beside.Categories, func(c abuse.Category) bool { return !slices.Contains(disputed.Categories, c) }) {
		return true
	}
	graded := beside.Severity != abuse.NoSeverity && (disputed.Severity != abuse.NoSeverity || !disputed.Abusive)
	return graded && beside.Severity > disputed.Severity
}

// abuseBesideFR names, in French, the abuse of the items (all but the
// disputed one) that the disputed item does not carry: the categories it
// lacks, and the highest severity beside it when the disputed item does
// not reach it ("injure sexuelle, menace ; gravité : violence").
func (m *Montage) abuseBesideFR(items []int) string {
	var cats []abuse.Category
	mine := m.Items[m.Disputed].Abuse
	top := abuse.NoSeverity
	for _, i := range items {
		if i == m.Disputed {
			continue
		}
		for _, c := range m.Items[i].Abuse.Categories {
			if !slices.Contains(mine.Categories, c) && !slices.Contains(cats, c) {
				cats = append(cats, c)
			}
		}
		top = max(top, m.Items[i].Abuse.Severity)
	}
	slices.Sort(cats)
	var parts []string
	if len(cats) > 0 {
		parts = append(parts, abuse.FrenchList(cats))
	}
	if top > mine.Severity {
		parts = append(parts, "gravité : "+top.French())
	}
	return strings.Join(parts, " ; ")
}

// authorsOf returns the distinct authors of the words of the given
// found items (all found items when nil), as @handles, in item order.
func (m *Montage) authorsOf(items []int) []string {
	var out []string
	for i := range m.Items {
		if items != nil && !slices.Contains(items, i) || !m.Items[i].Found() || i == m.Disputed && items != nil {
			continue
		}
		a := m.Items[i].Author
		if a == "" {
			a = m.Items[i].Link.Source.Author
		}
		h := "@" + a
		if !slices.ContainsFunc(out, func(s string) bool { return strings.EqualFold(s, h) }) {
			out = append(out, h)
		}
	}
	return out
}

func appendUnique(list []int, xs ...int) []int {
	for _, x := range xs {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// disputedAbuseFR says what the disputed item itself carries.
func disputedAbuseFR(d *ItemJudgment) string {
	if len(d.Abuse.Categories) == 0 {
		return ", alors qu'il n'est lui-même pas injurieux"
	}
	s := ", alors qu'il ne relève lui-même que de : " + abuse.FrenchList(d.Abuse.Categories)
	if d.Abuse.Severity != abuse.NoSeverity {
		s += " (gravité : " + d.Abuse.Severity.French() + ")"
	}
	return s
}

var monthsFR = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// parisDateFR writes an instant as a French reader expects it, in Paris
// time: "12 juin 2012 à 20:41 (heure de Paris)".
func parisDateFR(t time.Time) string {
	t = t.In(paris)
	day := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	return fmt.Sprintf("%s %s %d à %02d:%02d (heure de Paris)", day, monthsFR[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}
