package provenance

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"time"
)

// Memory is the in-memory Archive, the embedded default. It is safe for
// concurrent use: any number of readers may query it while posts are
// being added. The zero value is an empty archive with the default
// search limits; NewMemory sets options.
//
// Posts are held compactly: one record a post with its strings, times
// and links as post numbers; authors, platforms and languages interned.
// A post that is referenced (as a parent, root, quoted or reposted post)
// before it is loaded gets a placeholder record, filled in when it
// arrives; until then it is absent and chains break there.
type Memory struct {
	mu        sync.RWMutex
	recs      []rec
	ids       []map[string]int32 // per platform number: id → post number
	platforms []string
	langs     []string
	authors   []author
	byAuthor  map[authorKey]int32
	idx       *index
	limits    Limits
	posts     int           // records that are posts, not placeholders
	indexTime time.Duration // spent building the index
	from      origins       // where the posts were read
}

// MemoryOption sets an option of NewMemory.
type MemoryOption func(*Memory)

// WithLimits sets the limits of Candidates' searches (zero fields keep
// their defaults).
func WithLimits(l Limits) MemoryOption {
	return func(m *Memory) { m.limits = l }
}

// NewMemory returns an empty archive with the options given.
func NewMemory(opts ...MemoryOption) *Memory {
	m := &Memory{}
	for _, o := range opts {
		o(m)
	}
	return m
}

const none = -1

// rec is one post, or a placeholder for a post only referenced so far.
type rec struct {
	id, text, url string
	created       int64 // Unix nanoseconds
	offset        int16 // the date's UTC offset, minutes
	platform      uint8
	lang          uint8
	// visibility is Post.Visibility's number (visibilityCode).
	visibility    uint8
	absent        bool // placeholder
	xurl          bool // url is X's address of the post, built again when read (setURL)
	deleted       bool // Post.Deleted
	author        int32
	reply, conv   int32
	quote, repost int32
	child, next   int32  // first reply; next sibling
	share, nextSh int32  // first quote or repost of this post; next one of the same target
	pos           uint32 // where in its file the post was first read; 0: nowhere (origins)
}

// authorKey finds an author: platform number and lower-case handle
// (handles compare without case on every platform).
type authorKey struct {
	platform uint8
	handle   string
}

type author struct {
	platform         uint8
	handle, id, name string
	posts            []int32 // by creation time once sorted
	unsorted         bool    // a post arrived out of time order
	last             int64   // the latest creation time of posts (read when one is appended)
}

// appendPost appends post n, created at created (Unix nanoseconds), to
// the author's timeline, noting when it arrives out of time order.
// The latest time is kept with the author: reading it from the last
// post's record cost a cache miss a post while loading.
func (au *author) appendPost(n int32, created int64) {
	if len(au.posts) > 0 && au.last > created {
		au.unsorted = true
	}
	if len(au.posts) == 0 || created > au.last {
		au.last = created
	}
	au.posts = append(au.posts, n)
}

func intern(table *[]string, s string) uint8 {
	for i, t := range *table {
		if t == s {
			return uint8(i)
		}
	}
	if len(*table) == 255 {
		return 255 // the table is full: the 256th value and beyond read as ""
	}
	*table = append(*table, strings.Clone(s))
	return uint8(len(*table) - 1)
}

func lookup(table []string, i uint8) string {
	if int(i) < len(table) {
		return table[i]
	}
	return ""
}

// Len returns the number of posts held (placeholders are not posts).
func (m *Memory) Len(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.posts, nil
}

// held returns the number of posts held.
func (m *Memory) held() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.posts
}

// IndexTime returns the time spent so far adding posts to the search
// index (the rest of loading is reading and decoding). The keying that
// the loader runs on several goroutines at once counts the time of each,
// so that IndexTime may exceed the wall time of a load.
func (m *Memory) IndexTime() time.Duration {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.indexTime
}

// Put stores posts in order (see Sink). It checks ctx once, before
// storing. The posts' search keys are computed first, on every core for
// a large batch (PostKeys), then the batch is stored under the lock.
func (m *Memory) Put(ctx context.Context, posts ...Post) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	t0 := time.Now()
	keys := PostKeys(posts)
	return m.put(posts, keys, time.Since(t0), true)
}

// putKeyed is Put for the loader: the posts are ready (validated, their
// platform set) and keyed (SearchKeys of each text) by the loader's
// workers, which spent keying on that. The caller checked ctx.
func (m *Memory) putKeyed(posts []Post, keys [][]string, keying time.Duration) error {
	return m.put(posts, keys, keying, false)
}

// put stores posts with their search keys under the write lock;
// validate says whether the posts must still be completed and checked.
func (m *Memory) put(posts []Post, keys [][]string, keying time.Duration, validate bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.init()
	var errs PutErrors
	// The posts stored for the first time, indexed after the batch: the
	// index's time is read twice a batch, not twice a post.
	type stored struct{ i, n int32 }
	var index []stored
	for i, p := range posts {
		var err error
		if validate {
			if p.Platform == "" {
				p.Platform = Generic
			}
			err = p.Validate()
		}
		if err == nil {
			var n int32
			if n, err = m.store(p); n != none {
				index = append(index, stored{int32(i), n})
			}
		}
		if err != nil {
			errs = append(errs, &PutError{Index: i, Key: p.Key(), Err: err})
		}
	}
	t0 := time.Now()
	for _, s := range index {
		m.idx.add(s.n, keys[s.i])
	}
	m.indexTime += keying + time.Since(t0)
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// init makes the zero Memory ready for its first post. The caller holds
// the write lock.
func (m *Memory) init() {
	if m.idx == nil {
		m.byAuthor = map[authorKey]int32{}
		m.idx = newIndex()
	}
}

// store stores a valid post and returns its number when it is stored
// for the first time, for the caller to index its text; none when it
// completes a post already stored. The caller holds the write lock.
func (m *Memory) store(p Post) (int32, error) {
	plat := intern(&m.platforms, p.Platform)
	for int(plat) >= len(m.ids) {
		m.ids = append(m.ids, map[string]int32{})
	}
	n, exists := m.ids[plat][p.ID]
	if exists && !m.recs[n].absent {
		return none, m.merge(n, p)
	}
	if !exists {
		n = m.newRec(plat, strings.Clone(p.ID))
	}
	r := &m.recs[n]
	r.absent = false
	r.text = p.Text
	r.created = p.CreatedAt.UnixNano()
	_, off := p.CreatedAt.Zone()
	r.offset = int16(off / 60)
	r.lang = intern(&m.langs, p.Lang)
	r.author = m.authorOf(plat, p)
	r.deleted = p.Deleted
	r.visibility = visibilityCode(p.Visibility)
	m.setURL(r, p.URL)
	m.from.set(n, r, p.From, p.MoreFrom, int(n) == len(m.recs)-1)
	m.authors[r.author].appendPost(n, r.created)
	m.posts++
	return n, m.link(n, plat, p)
}

// link makes the links of p, stored as n, that n does not have yet: a
// reply link unless it closes a cycle (then a *CycleError), and the
// conversation, quote and repost links, to placeholders when their
// posts are not held.
func (m *Memory) link(n int32, plat uint8, p Post) error {
	var err error
	if m.recs[n].reply == none && p.ReplyTo != "" {
		err = m.linkReply(n, plat, p)
	}
	if m.recs[n].conv == none && p.Conversation != "" {
		m.recs[n].conv = m.ref(plat, p.Conversation)
	}
	if m.recs[n].quote == none && p.QuoteOf != "" {
		m.recs[n].quote = m.linkShare(n, plat, p.QuoteOf)
	}
	if m.recs[n].repost == none && p.RepostOf != "" {
		m.recs[n].repost = m.linkShare(n, plat, p.RepostOf)
	}
	return err
}

// merge completes the stored post n with what p adds (Merge), or
// reports that p conflicts with it.
func (m *Memory) merge(n int32, p Post) error {
	merged, err := Merge(m.post(n), p)
	var conflict *ConflictError
	if errors.As(err, &conflict) {
		return err
	}
	r := &m.recs[n]
	m.setURL(r, merged.URL)
	r.deleted = merged.Deleted
	r.visibility = visibilityCode(merged.Visibility)
	m.from.set(n, r, merged.From, merged.MoreFrom, int(n) == len(m.recs)-1)
	a := &m.authors[r.author]
	a.name, a.id = strings.Clone(merged.AuthorName), strings.Clone(merged.AuthorID)
	if lerr := m.link(n, r.platform, merged); lerr != nil {
		return lerr
	}
	return err
}

func (m *Memory) newRec(plat uint8, id string) int32 {
	n := int32(len(m.recs))
	m.recs = append(m.recs, rec{id: id, platform: plat, absent: true, author: none,
		reply: none, conv: none, quote: none, repost: none, child: none, next: none, share: none, nextSh: none})
	m.ids[plat][id] = n
	return n
}

// ref returns the post number of id, creating a placeholder.
func (m *Memory) ref(plat uint8, id string) int32 {
	if n, ok := m.ids[plat][id]; ok {
		return n
	}
	return m.newRec(plat, strings.Clone(id))
}

// authorOf returns the number of p's author, added when new.
//
// Memory keeps copies of the strings of p it holds but the text: a
// reader may give a post's fields in one allocation (flatRecord), and
// the copies keep the rest of it from being held.
func (m *Memory) authorOf(plat uint8, p Post) int32 {
	key := authorKey{plat, strings.ToLower(p.Author)}
	if a, ok := m.byAuthor[key]; ok {
		au := &m.authors[a]
		if au.name == "" {
			au.name = strings.Clone(p.AuthorName)
		}
		if au.id == "" {
			au.id = strings.Clone(p.AuthorID)
		}
		return a
	}
	a := int32(len(m.authors))
	m.authors = append(m.authors, author{platform: plat, handle: strings.Clone(p.Author), id: strings.Clone(p.AuthorID), name: strings.Clone(p.AuthorName)})
	key.handle = strings.Clone(key.handle)
	m.byAuthor[key] = a
	return a
}

// linkReply links n under its parent, unless that closes a cycle.
func (m *Memory) linkReply(n int32, plat uint8, p Post) error {
	parent := m.ref(plat, p.ReplyTo)
	up := func(k int32) (int32, bool) { k = m.recs[k].reply; return k, k != none }
	if ClosesCycle(n, parent, up) {
		return &CycleError{Key: p.Key(), Parent: p.ReplyTo}
	}
	r := &m.recs[n]
	r.reply = parent
	r.next = m.recs[parent].child
	m.recs[parent].child = n
	return nil
}

// linkShare records that n quotes or reposts id and returns id's number.
func (m *Memory) linkShare(n int32, plat uint8, id string) int32 {
	t := m.ref(plat, id)
	if t == n {
		return none
	}
	m.recs[n].nextSh = m.recs[t].share
	m.recs[t].share = n
	return t
}

// post builds the Post of record n. The caller holds the lock.
func (m *Memory) post(n int32) Post {
	r := &m.recs[n]
	p := Post{
		Platform:  lookup(m.platforms, r.platform),
		ID:        r.id,
		Text:      r.text,
		URL:       m.url(r),
		Lang:      lookup(m.langs, r.lang),
		CreatedAt: time.Unix(0, r.created).In(zone(r.offset)),
		Deleted:   r.deleted,
	}
	p.Visibility = visibilityOf(r.visibility)
	p.From, p.MoreFrom = m.from.get(n, r)
	if r.author != none {
		a := &m.authors[r.author]
		p.Author, p.AuthorID, p.AuthorName = a.handle, a.id, a.name
	}
	idOf := func(k int32) string {
		if k == none {
			return ""
		}
		return m.recs[k].id
	}
	p.ReplyTo, p.Conversation, p.QuoteOf, p.RepostOf = idOf(r.reply), idOf(r.conv), idOf(r.quote), idOf(r.repost)
	return p
}

// xPrefix and xStatus frame X's address of a post: xPrefix, the
// author's handle, xStatus, the post's id (fillXURL builds it).
const xPrefix, xStatus = "https://x.com/", "/status/"

// setURL sets the address of record r, whose id and author are set. An
// address that is X's address of the post as its stored author's handle
// and its id spell it (most X posts') is not held: url builds it again,
// which saves a string of some 60 bytes a post.
func (m *Memory) setURL(r *rec, url string) {
	r.url, r.xurl = "", true
	if r.author != none && strings.HasPrefix(url, xPrefix) {
		rest := url[len(xPrefix):]
		h := m.authors[r.author].handle
		if strings.HasPrefix(rest, h) && strings.HasPrefix(rest[len(h):], xStatus) && rest[len(h)+len(xStatus):] == r.id {
			return
		}
	}
	r.url, r.xurl = strings.Clone(url), false
}

// url returns the address of record r (see setURL).
func (m *Memory) url(r *rec) string {
	if r.xurl {
		return xPrefix + m.authors[r.author].handle + xStatus + r.id
	}
	return r.url
}

// urlLen returns len(m.url(r)) without building the address.
func (m *Memory) urlLen(r *rec) int {
	if r.xurl {
		return len(xPrefix) + len(m.authors[r.author].handle) + len(xStatus) + len(r.id)
	}
	return len(r.url)
}

var zones sync.Map // int16 minutes → *time.Location

func zone(minutes int16) *time.Location {
	if minutes == 0 {
		return time.UTC
	}
	if l, ok := zones.Load(minutes); ok {
		return l.(*time.Location)
	}
	l, _ := zones.LoadOrStore(minutes, time.FixedZone("", int(minutes)*60))
	return l.(*time.Location)
}

// find returns the post number of k, or none when k is absent.
func (m *Memory) find(k Key) int32 {
	for i, p := range m.platforms {
		if p == k.Platform && i < len(m.ids) {
			if n, ok := m.ids[i][k.ID]; ok && !m.recs[n].absent {
				return n
			}
			return none
		}
	}
	return none
}

// Post returns the post with key k.
func (m *Memory) Post(ctx context.Context, k Key) (p Post, ok bool, err error) {
	err = m.with(ctx, k, func(n int32) { p, ok = m.post(n), true })
	return p, ok, err
}

// with runs fn under the read lock with the post number of k; fn does
// not run when the archive does not hold k.
func (m *Memory) with(ctx context.Context, k Key, fn func(n int32)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	if n := m.find(k); n != none {
		fn(n)
	}
	return nil
}

// Ancestors returns the reply chain above k.
func (m *Memory) Ancestors(ctx context.Context, k Key) (a Ancestry, err error) {
	err = m.with(ctx, k, func(n int32) { a = ancestors(m, n) })
	return a, err
}

// Descendants returns the replies below k in thread order.
func (m *Memory) Descendants(ctx context.Context, k Key, limit int) (out []Post, err error) {
	err = m.with(ctx, k, func(n int32) { out = descendants(m, n, limit) })
	return out, err
}

// Shares returns the posts quoting or reposting k, by time.
func (m *Memory) Shares(ctx context.Context, k Key) (out []Post, err error) {
	err = m.with(ctx, k, func(n int32) { out = shares(m, n) })
	return out, err
}

// links returns record n (graph). The caller holds the lock.
func (m *Memory) links(n int32) rec { return m.recs[n] }

// id returns record n's id (graph). The caller holds the lock.
func (m *Memory) id(n int32) string { return m.recs[n].id }

// records returns the number of records, posts and placeholders
// (graph). The caller holds the lock.
func (m *Memory) records() int { return len(m.recs) }

// Timeline returns the author's posts nearest to t. Each author's posts
// are kept in time order (sorted again, under the write lock, on the
// first query after a post arrived out of order), so the answer costs a
// binary search.
func (m *Memory) Timeline(ctx context.Context, platform, handle string, t time.Time, before, after int) ([]Post, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	key, ok := m.authorKey(platform, handle)
	if !ok {
		return nil, nil
	}
	m.mu.RLock()
	a, ok := m.byAuthor[key]
	if ok && m.authors[a].unsorted {
		m.mu.RUnlock()
		m.sortAuthor(a)
		m.mu.RLock()
	}
	defer m.mu.RUnlock()
	if !ok {
		return nil, nil
	}
	posts := m.authors[a].posts
	at := t.UnixNano()
	created := func(n int32, at int64) int { return cmp.Compare(m.recs[n].created, at) }
	lo, _ := slices.BinarySearchFunc(posts, at, created)   // first post at or after t
	hi, _ := slices.BinarySearchFunc(posts, at+1, created) // first post after t
	out := make([]Post, 0, before+after)
	for _, n := range posts[max(0, lo-before):lo] {
		out = append(out, m.post(n))
	}
	for _, n := range posts[hi:min(len(posts), hi+after)] {
		out = append(out, m.post(n))
	}
	return out, nil
}

// authorKey returns the key of an author, false for an unknown platform.
func (m *Memory) authorKey(platform, handle string) (authorKey, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	for i, p := range m.platforms {
		if p == platform {
			return authorKey{uint8(i), strings.ToLower(handle)}, true
		}
	}
	return authorKey{}, false
}

// sortAuthor puts author a's posts back in time order.
func (m *Memory) sortAuthor(a int32) {
	m.mu.Lock()
	defer m.mu.Unlock()
	au := &m.authors[a]
	if !au.unsorted {
		return
	}
	slices.SortStableFunc(au.posts, func(x, y int32) int { return cmp.Compare(m.recs[x].created, m.recs[y].created) })
	au.unsorted = false
}

// Candidates returns the posts of the best scores for q (see Score).
func (m *Memory) Candidates(ctx context.Context, q Query, limit int) ([]Candidate, error) {
	return m.rankedCandidates(ctx, q, limit, limit, 0)
}

// rankedCandidates is Candidates, the search widened from limit up to
// most, only the posts scoring share times the best or more when share
// > 0 (ranker).
func (m *Memory) rankedCandidates(ctx context.Context, q Query, limit, most int, share float64) ([]Candidate, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	if m.idx == nil {
		return nil, nil
	}
	hits := m.idx.search(q, m.posts, len(m.recs), limit, most, share, m.limits)
	out := make([]Candidate, 0, len(hits))
	for _, h := range hits {
		out = append(out, Candidate{Post: m.post(h.post), Score: float64(h.score)})
	}
	return out, nil
}
