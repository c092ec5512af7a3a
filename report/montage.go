package report

import (
	"time"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/quote"
)

// MontageJSON is one line of "guillemet montage --json" (CONTRACT §4
// montage): the judgment of one composite. Every field is always present
// but id.
type MontageJSON struct {
	// ID is the composite's "id", echoed; left out when it has none.
	ID string `json:"id,omitempty"`
	// Verdict is, by precedence: "spliced" when some consecutive pair of
	// found items shares no context; "doctored" when every pair found
	// shares one but some item's words, author or date were changed;
	// "unverifiable" when some item is not found; else "genuine" (every
	// item found, words as posted, by the author shown, on the date
	// shown, in one context).
	Verdict montage.Verdict `json:"verdict"`
	// Spliced is verdict == "spliced".
	Spliced bool `json:"spliced"`
	// Flags lists the findings, in the order of the contract's flag
	// codes; [] when none.
	Flags []FlagJSON `json:"flags"`
	// Items holds each item's judgment, in the composite's order.
	Items []MontageItemJSON `json:"items"`
	// Disputed is the index (from 0) of the disputed item: the
	// composite's "disputed", 0 by default.
	Disputed int `json:"disputed"`
	// Context is the disputed item's real context; null when it was not
	// found.
	Context *ContextJSON `json:"context"`
}

// FlagJSON is one finding of a montage judgment.
type FlagJSON struct {
	// Code is spliced_abuse, mixed_authors, unrelated_contexts,
	// misattributed, altered, wrong_date, not_found or time_gap
	// (CONTRACT §4 montage).
	Code montage.Flag `json:"code"`
	// Items are the indexes (from 0) of the items it concerns.
	Items []int `json:"items"`
	// Detail says it in one French sentence, for a committee.
	Detail string `json:"detail"`
}

// ItemAbuseJSON is the abuse judgment of an item's text (CONTRACT §4
// montage, "abuse"); its fields mean what AbuseJSON's of the same names
// mean.
type ItemAbuseJSON struct {
	// Abusive is true when the item's author utters abuse.
	Abusive bool `json:"abusive"`
	// Categories lists the categories uttered; [] when none.
	Categories []abuse.Category `json:"categories"`
	// Score is the classifier's confidence, from 0 to 1.
	Score float64 `json:"score"`
	// Severity is the highest severity uttered ("none" when not
	// abusive).
	Severity abuse.Severity `json:"severity"`
	// Reported is true when the item quotes or reports abuse instead of
	// uttering it; left out when false.
	Reported bool `json:"reported,omitempty"`
}

// MontageItemJSON is the judgment of one item of a composite. The
// contract's fields come first and are always present; the others are
// added and left out when they say nothing, but also_posted.
type MontageItemJSON struct {
	// Index is the item's place in the composite, from 0.
	Index int `json:"index"`
	// Verdict is the item's words against its source, as verify's
	// verdict; not_found when the archive does not support them.
	Verdict quote.Verdict `json:"verdict"`
	// Source names the post that holds the item's words; null when not
	// found.
	Source *PostRef `json:"source"`
	// Abuse is the classifier's judgment of the item's text.
	Abuse ItemAbuseJSON `json:"abuse"`
	// SameContextAsPrevious says whether this item and the one before
	// share a context (the same conversation, one quotes or reposts the
	// other, consecutive posts of one author); null for the first item
	// and when either item was not found.
	SameContextAsPrevious *bool `json:"same_context_as_previous"`
	// Score is the alignment's score against the source, from 0 to 1;
	// 0 when not found.
	Score float64 `json:"score"`
	// Text is the item's text as the composite shows it.
	Text string `json:"text"`
	// SourceText is the source's text; left out when not found.
	SourceText string `json:"source_text,omitempty"`
	// differences lists the differences between the item and its
	// source, as verify's; left out when none or not found.
	Differences []DifferenceJSON `json:"differences,omitempty"`
	// ContextReason says in French which link joins this item to the
	// one before ("la même conversation", "l'un cite l'autre", …); left
	// out when they share no context or either was not found.
	ContextReason string `json:"context_reason,omitempty"`
	// GapHours is the time between this item's source and the previous
	// one's, in hours to the hundredth (rounded to the minute first);
	// left out when same_context_as_previous is null.
	GapHours *float64 `json:"gap_hours,omitempty"`
	// ShownAuthor is the handle (or else the name) the item shows; left
	// out when it shows none.
	ShownAuthor string `json:"shown_author,omitempty"`
	// AuthorMatches says whether the shown author wrote the words; left
	// out when nothing is shown, nothing was found, or the archive
	// cannot tell (a display name shown, none in the archive).
	AuthorMatches *bool `json:"author_matches,omitempty"`
	// ShownDate is the date the item shows, as shown; left out when it
	// shows none or it could not be read (see date_note).
	ShownDate string `json:"shown_date,omitempty"`
	// DateMatches says whether the shown date, read with its precision,
	// contains the source's date (in UTC, Paris time or the capture's
	// offset); left out when there is nothing to compare.
	DateMatches *bool `json:"date_matches,omitempty"`
	// DateNote says in French why a shown date could not be read (« date
	// non comprise : « … » »); left out otherwise.
	DateNote string `json:"date_note,omitempty"`
	// Author is who wrote the words: the source's author, or for a
	// retweet's copy or a repost, the original's; left out when not
	// found, or when a repost's original is absent.
	Author string `json:"author,omitempty"`
	// AlsoPosted lists the other posts that support the item as well as
	// its source, as verify's also_posted; [] when none.
	AlsoPosted []PostRef `json:"also_posted"`
	// Error says why the item could not be linked (a text without
	// words); left out otherwise. Such an item counts as not found.
	Error string `json:"error,omitempty"`
}

// ContextJSON is the disputed item's real context: its thread, and its
// author's posts just before and after it, with their text.
type ContextJSON struct {
	// Thread is the source's conversation, as verify's thread.
	Thread *ThreadJSON `json:"thread"`
	// Before and After are the author's own posts just before and just
	// after the source, with their text; [] when none.
	Before []PostJSON `json:"before"`
	After  []PostJSON `json:"after"`
	// Posts holds, with their text, the other posts the context names:
	// the thread's ancestors and replies, the posts that quote or repost
	// the source, those with the same words, a merged quote's second
	// post; left out when none.
	Posts []PostJSON `json:"posts,omitempty"`
}

// Montage returns the JSON line of a montage judgment.
func Montage(m *montage.Montage) MontageJSON {
	o := MontageJSON{ID: m.ID, Verdict: m.Verdict, Spliced: m.Spliced, Disputed: m.Disputed, Flags: []FlagJSON{}, Items: []MontageItemJSON{}}
	for _, f := range m.Flags {
		o.Flags = append(o.Flags, FlagJSON{f.Flag, f.Items, f.Detail})
	}
	for i := range m.Items {
		o.Items = append(o.Items, montageItem(&m.Items[i]))
	}
	if d := &m.Items[m.Disputed]; d.Found() {
		o.Context = context(d)
	}
	return o
}

// montageItem is the JSON of one item's judgment.
func montageItem(it *montage.ItemJudgment) MontageItemJSON {
	cats := it.Abuse.Categories
	if cats == nil {
		cats = []abuse.Category{}
	}
	j := MontageItemJSON{Index: it.Index, Verdict: it.Link.Verdict, Score: it.Link.Score, Text: it.Link.Quote,
		Abuse:                 ItemAbuseJSON{Abusive: it.Abuse.Abusive, Categories: cats, Score: it.Abuse.Score, Severity: it.Abuse.Severity, Reported: it.Abuse.Reported},
		SameContextAsPrevious: it.SameContextAsPrevious, ContextReason: it.ContextReason,
		ShownAuthor: it.ShownAuthor, AuthorMatches: it.AuthorMatches, DateMatches: it.DateMatches, DateNote: it.DateNote,
		Author: it.Author, AlsoPosted: alsoPosted(it.Link)}
	if it.Err != nil {
		j.Error = it.Err.Error()
	}
	if it.ShownDate != nil {
		j.ShownDate = it.ShownDate.Text
	}
	if it.Found() {
		src := ref(*it.Link.Source)
		j.Source, j.SourceText = &src, it.Link.Source.Text
		j.Differences = differences(it.Link.Alignment)
	}
	if it.SameContextAsPrevious != nil {
		h := float64(it.Gap.Round(time.Minute).Minutes()) / 60
		h = float64(int(h*100+0.5)) / 100
		j.GapHours = &h
	}
	return j
}

// context is the real context of the disputed item d, found.
func context(d *montage.ItemJudgment) *ContextJSON {
	v := Verify(d.Link, Quote{})
	c := &ContextJSON{Thread: v.Thread, Before: []PostJSON{}, After: []PostJSON{}}
	around := map[string]bool{d.Link.Source.ID: true}
	for _, p := range d.Link.Before {
		c.Before = append(c.Before, fullPost(p))
		around[p.ID] = true
	}
	for _, p := range d.Link.After {
		c.After = append(c.After, fullPost(p))
		around[p.ID] = true
	}
	for _, p := range v.Posts {
		if !around[p.ID] {
			c.Posts = append(c.Posts, p)
		}
	}
	return c
}
