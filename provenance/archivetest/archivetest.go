// Package archivetest checks that an implementation of
// provenance.Archive keeps the contract provenance/archive.go documents,
// in the spirit of testing/fstest.TestFS: a new archive (a database, a
// saved file) runs the suite in one line of its own tests, and passes
// when Link, Thread and the montage judge may read it as they read
// provenance.Memory.
//
// A PostgreSQL archive, say, would run it against a fresh schema:
//
//	func TestConformance(t *testing.T) {
//		archivetest.Run(t, func(t *testing.T) archivetest.Store {
//			return openEmpty(t) // a new, empty archive with the default limits
//		})
//	}
//
// The suite stores the fictional posts of Batches (a thread, a broken
// chain, reply cycles, quotes and reposts, four platforms, one author
// under handles that differ in case, duplicates and a conflict, posts
// arriving after the posts that refer to them, the files posts were read
// from and a deletion) and checks every method:
// Post, Ancestors, Descendants (thread order and limit), Shares,
// Timeline (before, after, and the post exactly at t left out), Len,
// Candidates (the source first for perturbed quotes, and the exact
// ranking of provenance.Query.Terms and provenance.Score), the
// positioned errors of a batch, placeholders before and after their post
// arrives, and context cancellation.
package archivetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/guillemet/guillemet/provenance"
)

// Store is an archive the suite can fill.
type Store interface {
	provenance.Archive
	provenance.Sink
}

// Run checks the archives open returns. open is called once per subtest
// and must return a new, empty archive with the default
// provenance.Limits; it may register its cleanup with t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) Store) {
	t.Run("Put", func(t *testing.T) { checkPut(t, open(t)) })
	t.Run("Placeholders", func(t *testing.T) { checkPlaceholders(t, open(t)) })
	t.Run("Cancel", func(t *testing.T) { checkCancel(t, open(t)) })
	t.Run("Read", func(t *testing.T) {
		a := open(t)
		fill(t, a)
		t.Run("Post", func(t *testing.T) { checkPost(t, a) })
		t.Run("Ancestors", func(t *testing.T) { checkAncestors(t, a) })
		t.Run("Descendants", func(t *testing.T) { checkDescendants(t, a) })
		t.Run("Shares", func(t *testing.T) { checkShares(t, a) })
		t.Run("Timeline", func(t *testing.T) { checkTimeline(t, a) })
		t.Run("Candidates", func(t *testing.T) { checkCandidates(t, a) })
	})
}

var ctx = context.Background()

// wantErrs is what Put must report for each batch of Batches: the
// position of each post not stored as given, and the error it wraps
// (nil: an invalid post, any error).
var wantErrs = []map[int]error{
	nil,
	nil,
	nil,
	{5: new(provenance.CycleError), 6: new(provenance.CycleError)},
	{1: provenance.ErrDuplicate, 2: new(provenance.ConflictError), 3: nil},
}

// fill stores every batch, checking Put's errors and Len.
func fill(t *testing.T, a Store) {
	t.Helper()
	for i, b := range Batches() {
		checkBatchErrors(t, fmt.Sprintf("batch %d", i+1), a.Put(ctx, b...), wantErrs[i])
	}
	n, err := a.Len(ctx)
	if err != nil || n != heldPosts {
		t.Fatalf("Len = %d, %v; want %d posts held (placeholders, duplicates, a conflict and an invalid post are not)", n, err, heldPosts)
	}
}

// from and more return p's origins and their count beyond them, for a
// message; none when p is nil.
func from(p *provenance.Post) []provenance.Origin {
	if p == nil {
		return nil
	}
	return p.From
}

func more(p *provenance.Post) int {
	if p == nil {
		return 0
	}
	return p.MoreFrom
}

// checkBatchErrors checks that err is nil when want is empty, else a
// provenance.PutErrors with one error at each position of want.
func checkBatchErrors(t *testing.T, batch string, err error, want map[int]error) {
	t.Helper()
	if len(want) == 0 {
		if err != nil {
			t.Errorf("Put(%s) = %v, want nil", batch, err)
		}
		return
	}
	var errs provenance.PutErrors
	if !errors.As(err, &errs) {
		t.Errorf("Put(%s) = %v (%T), want provenance.PutErrors", batch, err, err)
		return
	}
	var got []int
	for _, pe := range errs {
		got = append(got, pe.Index)
	}
	var positions []int
	for i := range want {
		positions = append(positions, i)
	}
	slices.Sort(positions)
	if !slices.Equal(got, positions) {
		t.Errorf("Put(%s): errors at positions %v, want %v (in order): %v", batch, got, positions, err)
		return
	}
	for _, i := range positions {
		e := errs.At(i)
		var ok bool
		switch w := want[i].(type) {
		case nil:
			ok = e != nil
		case *provenance.CycleError:
			ok = errors.As(e, &w)
		case *provenance.ConflictError:
			ok = errors.As(e, &w)
		default:
			ok = errors.Is(e, w)
		}
		if !ok {
			t.Errorf("Put(%s): post %d: error %v, want %T %v", batch, i, e, want[i], want[i])
		}
	}
}

// checkPut stores batches with every kind of error in one and checks
// that the rest of the batch is stored.
func checkPut(t *testing.T, a Store) {
	p := func(id, author, text string) provenance.Post {
		return provenance.Post{Platform: provenance.X, ID: id, Author: author, CreatedAt: t0, Text: text}
	}
	first := p("1", "nadia_b", "Premier message du lot.")
	cyc1, cyc2 := p("4", "nadia_b", "Une réponse."), p("5", "nadia_b", "Sa réponse.")
	cyc1.ReplyTo, cyc2.ReplyTo = "5", "4"
	batch := []provenance.Post{first, first, p("2", "", "Sans auteur."), p("3", "nadia_b", "Troisième message."),
		p("1", "nadia_b", "Premier message, autre texte."), cyc1, cyc2, p("6", "nadia_b", "Dernier message du lot.")}
	checkBatchErrors(t, "a batch of errors", a.Put(ctx, batch...),
		map[int]error{1: provenance.ErrDuplicate, 2: nil, 4: new(provenance.ConflictError), 6: new(provenance.CycleError)})
	for _, id := range []string{"1", "3", "4", "5", "6"} {
		got := post(t, a, provenance.Key{Platform: provenance.X, ID: id})
		if got == nil {
			t.Errorf("post x:%s of the batch not stored", id)
		}
	}
	if got := post(t, a, provenance.Key{Platform: provenance.X, ID: "1"}); got != nil && got.Text != first.Text {
		t.Errorf("x:1 reads %q after a conflict, want the first text %q", got.Text, first.Text)
	}
	if got := post(t, a, provenance.Key{Platform: provenance.X, ID: "5"}); got != nil && got.ReplyTo != "" {
		t.Errorf("x:5 reads reply_to %q, want none: the link closing the cycle is not made", got.ReplyTo)
	}
	if n, err := a.Len(ctx); err != nil || n != 5 {
		t.Errorf("Len = %d, %v; want 5", n, err)
	}
	if err := a.Put(ctx); err != nil {
		t.Errorf("Put of no post = %v, want nil", err)
	}
}

// checkPlaceholders checks the posts referred to before they arrive.
func checkPlaceholders(t *testing.T, a Store) {
	b := Batches()
	if err := a.Put(ctx, b[3][2:4]...); err != nil { // x:501 replies to x:500, x:402 reposts it
		t.Fatalf("Put = %v", err)
	}
	k500 := provenance.Key{Platform: provenance.X, ID: "500"}
	if post(t, a, k500) != nil {
		t.Errorf("Post(x:500) found before it is stored")
	}
	if n, err := a.Len(ctx); err != nil || n != 2 {
		t.Errorf("Len = %d, %v; want 2: a placeholder is not a post", n, err)
	}
	anc, err := a.Ancestors(ctx, provenance.Key{Platform: provenance.X, ID: "501"})
	if err != nil || anc.BrokenAt != "500" || len(anc.Posts) != 0 {
		t.Errorf("Ancestors(x:501) = %+v, %v; want broken at 500", anc, err)
	}
	checkKeys(t, "Descendants(x:500) before it arrives", descendants(t, a, k500, 0), nil)
	sh, err := a.Shares(ctx, k500)
	checkKeys(t, "Shares(x:500) before it arrives", sh, err)
	if err := a.Put(ctx, b[4][0]); err != nil {
		t.Fatalf("Put(x:500) = %v, want nil: a placeholder filled is not a duplicate", err)
	}
	anc, err = a.Ancestors(ctx, provenance.Key{Platform: provenance.X, ID: "501"})
	if err != nil || anc.BrokenAt != "" || !slices.Equal(ids(anc.Posts), []string{"x:500"}) {
		t.Errorf("Ancestors(x:501) = %+v, %v; want [x:500]", anc, err)
	}
	checkKeys(t, "Descendants(x:500)", descendants(t, a, k500, 0), nil, "x:501")
	sh, err = a.Shares(ctx, k500)
	checkKeys(t, "Shares(x:500)", sh, err, "x:402")
}

// checkCancel checks that every method returns the context's error.
func checkCancel(t *testing.T, a Store) {
	if err := a.Put(ctx, Batches()[0]...); err != nil {
		t.Fatalf("Put = %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	k := provenance.Key{Platform: provenance.X, ID: "100"}
	_, _, errPost := a.Post(cctx, k)
	_, errAnc := a.Ancestors(cctx, k)
	_, errDesc := a.Descendants(cctx, k, 0)
	_, errSh := a.Shares(cctx, k)
	_, errTl := a.Timeline(cctx, provenance.X, "Lea_Morel", t0, 1, 1)
	_, errCand := a.Candidates(cctx, provenance.NewQuery("la réforme des retraites"), 3)
	_, errLen := a.Len(cctx)
	errPut := a.Put(cctx, Batches()[1]...)
	for name, err := range map[string]error{"Post": errPost, "Ancestors": errAnc, "Descendants": errDesc, "Shares": errSh,
		"Timeline": errTl, "Candidates": errCand, "Len": errLen, "Put": errPut} {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context = %v, want context.Canceled", name, err)
		}
	}
}

func checkPost(t *testing.T, a Store) {
	x := func(id string) provenance.Key { return provenance.Key{Platform: provenance.X, ID: id} }
	p := post(t, a, x("100"))
	switch {
	case p == nil:
		t.Fatal("Post(x:100) not found")
	case p.URL != "https://x.com/Lea_Morel/status/100":
		t.Errorf("x:100 url %q: the copy seen again fills the address the first lacked (provenance.Merge)", p.URL)
	case p.AuthorName != "Léa Morel" || p.AuthorID != "7001":
		t.Errorf("x:100 author name %q, id %q: want those a later post of the same author (lea_morel) gave", p.AuthorName, p.AuthorID)
	case !p.CreatedAt.Equal(t0) || p.Lang != "fr":
		t.Errorf("x:100 created %v, lang %q", p.CreatedAt, p.Lang)
	case !p.Deleted:
		t.Error("x:100 not deleted: the copy seen again was deleted, and a deletion is kept (provenance.Merge)")
	}
	if want := []provenance.Origin{{File: "export-a/data/tweets.js", Path: "[0].tweet"}, {File: "export-b/data/deleted-tweets.js", Path: "[3].tweet"}}; p == nil || !slices.Equal(p.From, want) || p.MoreFrom != 0 {
		t.Errorf("x:100 read from %v (%d more), want %v: both copies' origins, in the order they arrived", from(p), more(p), want)
	}
	if p := post(t, a, x("102")); p == nil || p.Author != "Lea_Morel" || p.ReplyTo != "101" || p.Conversation != "100" {
		t.Errorf("x:102 = %+v: want the handle first stored for the author, Lea_Morel, and its links", p)
	}
	if p := post(t, a, x("112")); p == nil || p.Text != "Merci aux militants venus nombreux au meeting de Lille." {
		t.Errorf("x:112 = %+v: a conflicting copy keeps the first text", p)
	} else if len(p.From) != provenance.MaxFrom || p.From[0] != (provenance.Origin{File: "timeline.jsonl", Line: 10}) || p.MoreFrom != 2 || p.Deleted {
		t.Errorf("x:112 read from %v (%d more), deleted %v: want the first %d of its 10 origins, 2 more counted, none of the conflicting copy's", p.From, p.MoreFrom, p.Deleted, provenance.MaxFrom)
	}
	if p := post(t, a, provenance.Key{Platform: provenance.Mastodon, ID: "100"}); p == nil || p.Visibility != provenance.VisibilityPrivate {
		t.Errorf("mastodon:100 = %+v: want its visibility, private, kept (provenance.Post.Visibility)", p)
	}
	if p := post(t, a, x("101")); p == nil || p.Visibility != "" {
		t.Errorf("x:101 = %+v: a post given without visibility has none", p)
	}
	if p := post(t, a, x("101")); p == nil || p.From != nil || p.MoreFrom != 0 || p.Deleted {
		t.Errorf("x:101 = %+v: a post given without origin has none, and is not deleted", p)
	}
	if p := post(t, a, x("401")); p == nil || p.RepostOf != "100" {
		t.Errorf("x:401 = %+v, want repost_of 100", p)
	}
	if p := post(t, a, x("403")); p == nil || p.QuoteOf != "" {
		t.Errorf("x:403 = %+v: a post quoting itself is stored without that link", p)
	}
	for _, id := range []string{"301", "302"} {
		if p := post(t, a, x(id)); p == nil || p.ReplyTo != "" {
			t.Errorf("x:%s = %+v: stored without the reply link that closes a cycle", id, p)
		}
	}
	m := post(t, a, provenance.Key{Platform: provenance.Mastodon, ID: "100"})
	if m == nil || m.Text != "Sur Mastodon aussi : la commission des finances siège demain." {
		t.Errorf("mastodon:100 = %+v: the same id on another platform is another post", m)
	} else if _, off := m.CreatedAt.Zone(); off != 3600 || !m.CreatedAt.Equal(t0.Add(30*time.Minute)) {
		t.Errorf("mastodon:100 created %v: the date keeps its instant and its +01:00 offset", m.CreatedAt)
	}
	if g := post(t, a, provenance.Key{Platform: provenance.Generic, ID: "g1"}); g == nil || g.Platform != provenance.Generic {
		t.Errorf("generic:g1 = %+v: a post stored without platform is generic", g)
	}
	for _, id := range []string{"199", "600", "999"} {
		if post(t, a, x(id)) != nil {
			t.Errorf("x:%s found: never stored (referred to, invalid, unknown)", id)
		}
	}
	for _, k := range keys() {
		if p := post(t, a, k); p != nil && p.Key() != k {
			t.Errorf("Post(%s) returned %s", k, p.Key())
		}
	}
}

func checkAncestors(t *testing.T, a Store) {
	for _, c := range []struct {
		id, broken string
		want       []string
	}{
		{"104", "", []string{"x:100", "x:101", "x:102"}},
		{"100", "", nil},
		{"201", "199", []string{"x:200"}},
		{"200", "199", nil},
		{"501", "", []string{"x:500"}},
		{"300", "", []string{"x:301"}},
		{"301", "", nil},
		{"999", "", nil},
	} {
		anc, err := a.Ancestors(ctx, provenance.Key{Platform: provenance.X, ID: c.id})
		if err != nil || anc.BrokenAt != c.broken || anc.Cycle || !slices.Equal(ids(anc.Posts), c.want) {
			t.Errorf("Ancestors(x:%s) = %v broken at %q cycle %v, %v; want %v broken at %q", c.id, ids(anc.Posts), anc.BrokenAt, anc.Cycle, err, c.want, c.broken)
		}
	}
}

func checkDescendants(t *testing.T, a Store) {
	root := provenance.Key{Platform: provenance.X, ID: "100"}
	// Each reply followed by its own; siblings by time, x:101 before
	// x:105 (the same minute) because it was stored first.
	checkKeys(t, "Descendants(x:100)", descendants(t, a, root, 0), nil, "x:101", "x:102", "x:104", "x:105", "x:103")
	checkKeys(t, "Descendants(x:100, limit 3)", descendants(t, a, root, 3), nil, "x:101", "x:102", "x:104")
	checkKeys(t, "Descendants(x:104)", descendants(t, a, provenance.Key{Platform: provenance.X, ID: "104"}, 0), nil)
	checkKeys(t, "Descendants(x:199)", descendants(t, a, provenance.Key{Platform: provenance.X, ID: "199"}, 0), nil)
}

func checkShares(t *testing.T, a Store) {
	for _, c := range []struct {
		id   string
		want []string
	}{
		{"100", []string{"x:400", "x:401"}}, // by time: x:401 was stored first
		{"500", []string{"x:402"}},
		{"403", nil},
		{"101", nil},
	} {
		sh, err := a.Shares(ctx, provenance.Key{Platform: provenance.X, ID: c.id})
		checkKeys(t, "Shares(x:"+c.id+")", sh, err, c.want...)
	}
}

func checkTimeline(t *testing.T, a Store) {
	for _, c := range []struct {
		platform, handle string
		at               time.Duration
		before, after    int
		want             []string
	}{
		// x:102 is exactly at t: left out. Handles match without case.
		{provenance.X, "lea_morel", 2 * time.Minute, 2, 2, []string{"x:110", "x:100", "x:111", "x:112"}},
		{provenance.X, "LEA_MOREL", 2 * time.Minute, 1, 1, []string{"x:100", "x:111"}},
		{provenance.X, "Lea_Morel", 3 * time.Minute, 2, 0, []string{"x:100", "x:102"}},
		{provenance.X, "Lea_Morel", -2 * time.Hour, 3, 1, []string{"x:110"}},
		{provenance.Mastodon, "Lea_Morel", 0, 5, 5, []string{"mastodon:100"}},
		{provenance.Bluesky, "lea_morel", 0, 5, 5, nil},
		{provenance.X, "personne", 0, 5, 5, nil},
	} {
		tl, err := a.Timeline(ctx, c.platform, c.handle, t0.Add(c.at), c.before, c.after)
		checkKeys(t, fmt.Sprintf("Timeline(%s, %s, %s, %d, %d)", c.platform, c.handle, t0.Add(c.at).Format(time.RFC3339), c.before, c.after), tl, err, c.want...)
	}
}

func checkCandidates(t *testing.T, a Store) {
	for _, c := range []struct{ quote, want string }{
		// The original before its retweet: the same score, stored first.
		{"la reforme des retraites sera VOTEE avant l'ete", "x:100"},
		{"« La réforrne des retraites sera votée »", "x:100"}, // OCR: rn for m
		{"pistes cyclables du boulevard Voltaire… en septembre", "bluesky:at://did:plc:fictif1/app.bsky.feed.post/3k1"},
		{"la mairie ouvre trois nouvelles crÃ¨ches", "generic:g1"}, // mojibake
		{"La commission des finances siège demain", "mastodon:100"},
	} {
		q := provenance.NewQuery(c.quote)
		cands, err := a.Candidates(ctx, q, 3)
		if err != nil || len(cands) == 0 || cands[0].Post.Key().String() != c.want {
			t.Errorf("Candidates(%q) = %v, %v; want %s first", c.quote, candKeys(cands), err, c.want)
		}
		checkRanking(t, a, q, 3)
		checkRanking(t, a, q, 100)
	}
	for _, quote := range []string{"de la et le", "mot introuvable ailleurs"} {
		if cands, err := a.Candidates(ctx, provenance.NewQuery(quote), 3); err != nil || len(cands) != 0 {
			t.Errorf("Candidates(%q) = %v, %v; want none", quote, candKeys(cands), err)
		}
	}
	if cands, err := a.Candidates(ctx, provenance.NewQuery("la réforme des retraites"), 0); err != nil || len(cands) != 0 {
		t.Errorf("Candidates(limit 0) = %v, %v; want none", candKeys(cands), err)
	}
}

// checkRanking checks Candidates against the ranking computed from the
// posts the archive holds: every score is provenance.Score of the post's
// keys, best first, and no post left out scores more than the last one
// returned.
func checkRanking(t *testing.T, a Store, q provenance.Query, limit int) {
	t.Helper()
	held := map[provenance.Key][]string{}
	df := map[string]int{}
	for _, k := range keys() {
		if p := post(t, a, k); p != nil {
			held[k] = provenance.SearchKeys(p.Text)
			for _, key := range held[k] {
				df[key]++
			}
		}
	}
	terms := q.Terms(len(held), func(k string) int { return df[k] }, provenance.Limits{})
	scoring := 0
	for _, keys := range held {
		if provenance.Score(terms, keys) > 0 {
			scoring++
		}
	}
	cands, err := a.Candidates(ctx, q, limit)
	if err != nil {
		t.Errorf("Candidates(%q) = %v", q.Text(), err)
		return
	}
	if len(cands) != min(limit, scoring) {
		t.Errorf("Candidates(%q, %d) gave %d posts, want %d: %v", q.Text(), limit, len(cands), min(limit, scoring), candKeys(cands))
	}
	returned := map[provenance.Key]bool{}
	for i, c := range cands {
		k := c.Post.Key()
		returned[k] = true
		want := float64(provenance.Score(terms, held[k]))
		if c.Score != want || want == 0 {
			t.Errorf("Candidates(%q): %s scores %v, want provenance.Score %v", q.Text(), k, c.Score, want)
		}
		if i > 0 && c.Score > cands[i-1].Score {
			t.Errorf("Candidates(%q): %s (%v) after a lower score (%v)", q.Text(), k, c.Score, cands[i-1].Score)
		}
	}
	if len(cands) == 0 {
		return
	}
	last := cands[len(cands)-1].Score
	for k, keys := range held {
		if s := float64(provenance.Score(terms, keys)); !returned[k] && s > last {
			t.Errorf("Candidates(%q, %d) left out %s, which scores %v, more than %v", q.Text(), limit, k, s, last)
		}
	}
}

// post returns the post with key k, nil when the archive does not hold
// it.
func post(t *testing.T, a Store, k provenance.Key) *provenance.Post {
	t.Helper()
	p, ok, err := a.Post(ctx, k)
	if err != nil {
		t.Errorf("Post(%s) = %v", k, err)
	}
	if !ok {
		return nil
	}
	return &p
}

func descendants(t *testing.T, a Store, k provenance.Key, limit int) []provenance.Post {
	t.Helper()
	d, err := a.Descendants(ctx, k, limit)
	if err != nil {
		t.Errorf("Descendants(%s) = %v", k, err)
	}
	return d
}

// checkKeys checks that posts are those of want, in order.
func checkKeys(t *testing.T, what string, posts []provenance.Post, err error, want ...string) {
	t.Helper()
	if got := ids(posts); err != nil || !slices.Equal(got, want) {
		t.Errorf("%s = %v, %v; want %v", what, got, err, want)
	}
}

func ids(posts []provenance.Post) []string {
	var out []string
	for _, p := range posts {
		out = append(out, p.Key().String())
	}
	return out
}

func candKeys(cands []provenance.Candidate) []string {
	var out []string
	for _, c := range cands {
		out = append(out, fmt.Sprintf("%s (%.3f)", c.Post.Key(), c.Score))
	}
	return out
}
