package provenance

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/normalize"
	"github.com/guillemet/guillemet/quote"
)

// Montage verdicts (CONTRACT §4 montage).
const (
	Spliced      = "spliced"
	Genuine      = "genuine"
	Unverifiable = "unverifiable"
)

// Montage flag codes (CONTRACT §4 montage).
const (
	FlagSplicedAbuse      = "spliced_abuse"
	FlagMixedAuthors      = "mixed_authors"
	FlagUnrelatedContexts = "unrelated_contexts"
	FlagMisattributed     = "misattributed"
	FlagAltered           = "altered"
	FlagNotFound          = "not_found"
	FlagTimeGap           = "time_gap"
)

// MaxGap is the time between consecutive items beyond which a montage
// is flagged time_gap.
const MaxGap = 24 * time.Hour

// Flag is one finding of a montage judgment, with the items it concerns
// (indexes into the composite) and a one-sentence French explanation.
type Flag struct {
	Code   string
	Items  []int
	Detail string
}

// MontageItem is the judgment of one item of a composite.
type MontageItem struct {
	Index int
	// Link is what Link found for the item's text; Link.Source is nil
	// when the archive does not support it.
	Link *Result
	// Err is set when the item could not be linked (a text without
	// words); the item then counts as not found.
	Err error
	// Abuse is the classifier's judgment of the item's text.
	Abuse abuse.Result
	// ShownAuthor is the handle (or else the name) the item shows;
	// AuthorMatches is nil when nothing is shown or nothing was found.
	ShownAuthor   string
	AuthorMatches *bool
	// ShownDate is the date the item shows, parsed; DateNote says why it
	// could not be (French). DateMatches is nil when there is nothing to
	// compare.
	ShownDate   *ShownDate
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
func (it *MontageItem) Found() bool { return it.Link != nil && it.Link.Source != nil }

// Montage is the judgment of a composite.
type Montage struct {
	ID       string
	Verdict  string // Spliced, Genuine or Unverifiable
	Spliced  bool
	Flags    []Flag
	Items    []MontageItem
	Disputed int
}

// MontageOptions tune JudgeMontage.
type MontageOptions struct {
	// Classifier judges abuse; required.
	Classifier abuse.Classifier
	// Link tunes the linking of each item (nil: defaults).
	Link *Options
}

// ErrNoClassifier is returned by JudgeMontage without a classifier.
var ErrNoClassifier = errors.New("montage: no abuse classifier")

// JudgeMontage judges a composite against the archive: who really wrote
// each item, when, in which conversation; whether consecutive items were
// ever together; whether abuse by other authors was set beside the
// disputed item.
//
// Each item is linked (Link) and classified (opts.Classifier); its shown
// author and date are compared with its source's. Two consecutive found
// items share a context when their sources are in the same conversation,
// one quotes or reposts the other, or they are consecutive posts of one
// author. The verdict is Spliced when some consecutive pair of found
// items shares no context, Genuine when every item is found and every
// pair shares one, Unverifiable otherwise (CONTRACT §4).
//
// spliced_abuse is raised when items that are abusive, written by
// another author than the disputed item's, from outside the disputed
// item's context, carry abuse categories the disputed item does not: a
// harsh political insult set beside others' sexual insults and threats.
// A screenshot of a real thread where others replied abusively is
// Genuine with mixed_authors, not spliced.
func JudgeMontage(ctx context.Context, a Archive, c Composite, opts MontageOptions) (*Montage, error) {
	if opts.Classifier == nil {
		return nil, ErrNoClassifier
	}
	if len(c.Items) == 0 {
		return nil, errors.New("montage: the composite has no items")
	}
	if c.Disputed < 0 || c.Disputed >= len(c.Items) {
		return nil, fmt.Errorf("montage: disputed %d is out of range: %d items", c.Disputed, len(c.Items))
	}
	m := &Montage{ID: c.ID, Disputed: c.Disputed, Items: make([]MontageItem, len(c.Items))}
	for i, item := range c.Items {
		it := &m.Items[i]
		it.Index = i
		res, err := Link(ctx, a, item.Text, opts.Link)
		switch {
		case err == nil:
		case errors.Is(err, quote.ErrNoWords) || errors.Is(err, quote.ErrQuoteTooLong):
			it.Err = err
		default:
			return nil, err
		}
		it.Link = res
		if it.Abuse, err = opts.Classifier.Classify(ctx, item.Text); err != nil {
			return nil, fmt.Errorf("montage: item %d: %w", i, err)
		}
		judgeShown(it, item, c.CapturedAt)
	}
	for i := 1; i < len(m.Items); i++ {
		prev, cur := &m.Items[i-1], &m.Items[i]
		if !prev.Found() || !cur.Found() {
			continue
		}
		same, why, err := sharedContext(ctx, a, *prev.Link.Source, *cur.Link.Source)
		if err != nil {
			return nil, err
		}
		cur.SameContextAsPrevious, cur.ContextReason = &same, why
		cur.Gap = cur.Link.Source.CreatedAt.Sub(prev.Link.Source.CreatedAt).Abs()
	}
	if err := m.flag(ctx, a); err != nil {
		return nil, err
	}
	return m, nil
}

// judgeShown compares the author and date an item shows with its source.
func judgeShown(it *MontageItem, item Item, captured time.Time) {
	it.ShownAuthor = item.Handle()
	byName := false
	if it.ShownAuthor == "" {
		it.ShownAuthor, byName = item.Name(), true
	}
	if strings.TrimSpace(item.Date) != "" {
		d, err := ParseShownDate(item.Date, captured)
		if err != nil {
			it.DateNote = "date non comprise : « " + strings.TrimSpace(item.Date) + " »"
		} else {
			it.ShownDate = &d
		}
	}
	if !it.Found() {
		return
	}
	src := it.Link.Source
	if it.ShownAuthor != "" {
		var ok bool
		if byName {
			ok = normalize.Match.Equal(it.ShownAuthor, src.AuthorName) || normalize.Match.Equal(it.ShownAuthor, src.Author)
		} else {
			ok = strings.EqualFold(it.ShownAuthor, src.Author)
		}
		it.AuthorMatches = &ok
	}
	if it.ShownDate != nil {
		ok := it.ShownDate.Contains(src.CreatedAt)
		it.DateMatches = &ok
	}
}

// sharedContext reports whether two posts share a context, and which.
func sharedContext(ctx context.Context, a Archive, p, q Post) (bool, string, error) {
	if p.Platform == q.Platform {
		switch {
		case p.Key() == q.Key():
			return true, "le même message", nil
		case p.QuoteOf == q.ID || q.QuoteOf == p.ID:
			return true, "l'un cite l'autre", nil
		case p.RepostOf == q.ID || q.RepostOf == p.ID:
			return true, "l'un repartage l'autre", nil
		}
		rp, err := conversationRoot(ctx, a, p)
		if err != nil {
			return false, "", err
		}
		rq, err := conversationRoot(ctx, a, q)
		if err != nil {
			return false, "", err
		}
		if rp == rq {
			return true, "la même conversation", nil
		}
	}
	if p.Platform == q.Platform && strings.EqualFold(p.Author, q.Author) {
		first, second := p, q
		if second.CreatedAt.Before(first.CreatedAt) {
			first, second = second, first
		}
		next, err := a.Timeline(ctx, first.Platform, first.Author, first.CreatedAt, 0, 1)
		if err != nil {
			return false, "", err
		}
		if len(next) == 1 && next[0].Key() == second.Key() {
			return true, "deux messages consécutifs du même auteur", nil
		}
	}
	return false, "", nil
}

// conversationRoot returns the id of p's conversation: the platform's
// conversation id when it gave one, else the top of the reply chain as
// far as the archive knows it (a missing parent counts as the root).
func conversationRoot(ctx context.Context, a Archive, p Post) (string, error) {
	if p.Conversation != "" {
		return p.Conversation, nil
	}
	if p.ReplyTo == "" {
		return p.ID, nil
	}
	anc, err := a.Ancestors(ctx, p.Key())
	if err != nil {
		return "", err
	}
	switch {
	case anc.BrokenAt != "":
		return anc.BrokenAt, nil
	case len(anc.Posts) > 0:
		if c := anc.Posts[0].Conversation; c != "" {
			return c, nil
		}
		return anc.Posts[0].ID, nil
	}
	return p.ID, nil
}

// flag computes the verdict and the flags.
func (m *Montage) flag(ctx context.Context, a Archive) error {
	items := m.Items
	var notFound, altered, misattributed, unrelated, gaps []int
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
	case allFound:
		m.Verdict = Genuine
	default:
		m.Verdict = Unverifiable
	}
	m.Spliced = m.Verdict == Spliced

	spliced, err := m.splicedAbuse(ctx, a)
	if err != nil {
		return err
	}
	if len(spliced) > 0 {
		d := &items[m.Disputed]
		m.Flags = append(m.Flags, Flag{FlagSplicedAbuse, spliced, fmt.Sprintf(
			"Des messages injurieux (%s) écrits par d'autres comptes, hors du contexte de l'élément n°%d, ont été placés à côté de lui%s.",
			abuse.FrenchList(m.abuseBeside(spliced)), m.Disputed+1, disputedAbuseFR(d))})
	}
	if authors := m.authors(); len(authors) > 1 {
		var its []int
		for i := range items {
			if items[i].Found() {
				its = append(its, i)
			}
		}
		m.Flags = append(m.Flags, Flag{FlagMixedAuthors, its, fmt.Sprintf(
			"Les éléments retrouvés ont %d auteurs différents : %s.", len(authors), strings.Join(authors, ", "))})
	}
	if len(unrelated) > 0 {
		m.Flags = append(m.Flags, Flag{FlagUnrelatedContexts, unrelated,
			"Des éléments voisins sur la capture n'ont jamais été ensemble : ni même conversation, ni citation ou repartage, ni messages consécutifs d'un auteur."})
	}
	if len(misattributed) > 0 {
		var parts []string
		for _, i := range misattributed {
			parts = append(parts, fmt.Sprintf("n°%d montré sous « %s », écrit par @%s", i+1, items[i].ShownAuthor, items[i].Link.Source.Author))
		}
		m.Flags = append(m.Flags, Flag{FlagMisattributed, misattributed,
			"L'auteur affiché n'est pas celui du message retrouvé : " + strings.Join(parts, " ; ") + "."})
	}
	if len(altered) > 0 {
		m.Flags = append(m.Flags, Flag{FlagAltered, altered,
			fmt.Sprintf("Le texte de %s diffère de la source retrouvée par des mots remplacés, ajoutés ou supprimés.", itemsFR(altered))})
	}
	if len(notFound) > 0 {
		m.Flags = append(m.Flags, Flag{FlagNotFound, notFound,
			fmt.Sprintf("Aucun message de l'archive ne porte le texte de %s ; l'archive peut être incomplète, ce n'est pas la preuve d'un faux.", itemsFR(notFound))})
	}
	if len(gaps) > 0 {
		m.Flags = append(m.Flags, Flag{FlagTimeGap, gaps,
			fmt.Sprintf("Plus de 24 heures séparent des éléments voisins (%s).", itemsFR(gaps))})
	}
	return nil
}

// splicedAbuse returns, in screen order, the disputed item and the
// abusive items by other authors, outside its context, whose categories
// it does not carry; nil when there are none.
func (m *Montage) splicedAbuse(ctx context.Context, a Archive) ([]int, error) {
	d := &m.Items[m.Disputed]
	author := d.ShownAuthor
	if d.Found() {
		author = d.Link.Source.Author
	}
	var out []int
	for i := range m.Items {
		it := &m.Items[i]
		if i == m.Disputed || !it.Abuse.Abusive || !it.Found() {
			continue
		}
		if author != "" && strings.EqualFold(it.Link.Source.Author, author) {
			continue
		}
		if !slices.ContainsFunc(it.Abuse.Categories, func(c abuse.Category) bool { return !slices.Contains(d.Abuse.Categories, c) }) {
			continue
		}
		if d.Found() {
			same, _, err := sharedContext(ctx, a, *d.Link.Source, *it.Link.Source)
			if err != nil {
				return nil, err
			}
			if same {
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

// abuseBeside returns the categories of the items (all but the
// disputed one) that the disputed item does not carry.
func (m *Montage) abuseBeside(items []int) []abuse.Category {
	var cats []abuse.Category
	mine := m.Items[m.Disputed].Abuse.Categories
	for _, i := range items {
		if i == m.Disputed {
			continue
		}
		for _, c := range m.Items[i].Abuse.Categories {
			if !slices.Contains(mine, c) && !slices.Contains(cats, c) {
				cats = append(cats, c)
			}
		}
	}
	slices.Sort(cats)
	return cats
}

// authors returns the distinct authors of the found items, as @handles,
// in item order.
func (m *Montage) authors() []string {
	var out []string
	for i := range m.Items {
		if !m.Items[i].Found() {
			continue
		}
		h := "@" + m.Items[i].Link.Source.Author
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
func disputedAbuseFR(d *MontageItem) string {
	if len(d.Abuse.Categories) == 0 {
		return ", alors qu'il n'est lui-même pas injurieux"
	}
	return ", alors qu'il ne relève lui-même que de : " + abuse.FrenchList(d.Abuse.Categories)
}

// itemsFR names items for a sentence: "l'élément n°2", "les éléments n°1, 3".
func itemsFR(items []int) string {
	var ns []string
	for _, i := range items {
		ns = append(ns, fmt.Sprint(i+1))
	}
	if len(ns) == 1 {
		return "l'élément n°" + ns[0]
	}
	return "les éléments n°" + strings.Join(ns, ", ")
}
