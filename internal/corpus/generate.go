package corpus

import (
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// Config sets the size and shape of a corpus. The zero value of every
// field but Posts selects its default.
type Config struct {
	// Posts is the number of posts.
	Posts int
	// Seed selects the corpus: the same Config gives the same posts,
	// byte for byte, on every machine.
	Seed uint64
	// Authors is the number of accounts (default Posts/20, at least 50).
	// Activity is Zipf-distributed (s ≈ 1.1): a few very active accounts
	// and a long tail of occasional ones.
	Authors int
	// Start is the time of the first post (default 2024-01-01T00:00:00Z).
	// Posts are spread over a year, more by day than by night. Ids encode
	// the creation time only from the X epoch (2010-11-04) on.
	Start time.Time
	// Platform is written in every post (default "x"). Ids and URLs keep
	// the shapes of X whatever the platform.
	Platform string
	// Wide selects a wide vocabulary from the same templates: ten times
	// the towns (with their demonyms, hashtags and slugs) and surnames,
	// seven times the people named, drawn with a flatter head, and the
	// facility, action, event, topic and other nouns again with 26
	// prefixes glued on (écorénovation, surtaxe). 100 000 posts then hold
	// 1.6 times the distinct words (79 000 against 48 000), more the
	// larger the corpus: for measuring an index's dictionary and load.
	Wide bool
}

// Post is a post in the shape of the canonical JSON Lines format
// (CONTRACT §1). ReplyTo, Conversation, QuoteOf and RepostOf hold ids of
// earlier posts of the same corpus; Conversation is the root of the reply
// chain, the post's own id for a post that replies to nothing.
type Post struct {
	Platform, ID, Author, AuthorName string
	CreatedAt                        time.Time
	Text                             string
	ReplyTo, Conversation            string
	QuoteOf, RepostOf                string
	URL, Lang                        string
}

// DefaultStart is the default time of the first post.
var DefaultStart = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// twitterEpoch is the millisecond X snowflake ids count from.
const twitterEpoch = 1288834974657

const (
	maxRunes = 280
	minRunes = 40
)

func (c Config) withDefaults() Config {
	if c.Authors <= 0 {
		c.Authors = max(c.Posts/20, 50)
	}
	if c.Start.IsZero() {
		c.Start = DefaultStart
	}
	c.Start = c.Start.UTC()
	if c.Platform == "" {
		c.Platform = "x"
	}
	return c
}

// Post kinds, kept while generating.
const (
	pOriginal uint8 = iota
	pReply
	pQuote
	pRepost
	pCopy
)

// meta is what generation remembers of a post besides the post itself.
type meta struct {
	author int32
	kind   uint8
	top    topic
}

// hourWeight is the share of posts by hour of the day in France, ‰ of
// the busiest hour (evenings).
var hourWeight = [24]int{150, 80, 40, 25, 25, 50, 200, 550, 800, 850, 800, 800, 900, 850, 750, 750, 750, 800, 900, 950, 1000, 1000, 800, 450}

// Generate returns a corpus of cfg.Posts posts in increasing time order.
// It is deterministic: the same Config gives the same posts.
//
// About 35% of the posts reply to a recent post (the text starts with the
// parent's @handle; chains run several levels deep), 5% quote a post, 5%
// repost one ("RT @author: " and the text, cut with "…" past 140
// characters), and a few copy another author's post word for word. Texts
// are 40 to 280 characters long.
func Generate(cfg Config) []Post {
	cfg = cfg.withDefaults()
	if cfg.Posts <= 0 {
		return nil
	}
	rs := newRNG(cfg.Seed, 1) // structure: authors, times, kinds, links
	authors := makeAuthors(cfg.Authors, rs)
	authorZ := newZipf(len(authors), 3, true)
	times := makeTimes(cfg, rs)

	posts := make([]Post, cfg.Posts)
	metas := make([]meta, cfg.Posts)
	lx := theLexicon()
	if cfg.Wide {
		lx = theWideLexicon()
	}
	g := newGen(lx, authors, authorZ, cfg.Start.Year())

	var (
		lastID  uint64
		lastMS  int64 = -1
		seq     uint64
		roots   ring // recent originals and quotes
		replies ring // recent replies
		urlBuf  []byte
	)
	for i := range posts {
		ms := times[i]
		if ms == lastMS {
			seq++
		} else {
			seq, lastMS = 0, ms
		}
		off := ms - twitterEpoch
		if off < 0 {
			off = 0
		}
		id := uint64(off)<<22 | seq&(1<<22-1)
		if id <= lastID && i > 0 {
			id = lastID + 1
		}
		lastID = id

		m := &metas[i]
		ai := authorZ.draw(rs)
		kind := pOriginal
		parent := -1
		switch k := rs.intn(1000); {
		case i < 20:
		case k < 350:
			kind = pReply
			if replies.n > 0 && rs.pm(550) {
				parent = replies.recent(rs)
			} else {
				parent = roots.recent(rs)
			}
		case k < 400:
			kind, parent = pQuote, roots.any(rs)
		case k < 450:
			kind, parent = pRepost, roots.any(rs)
		case k < 455:
			kind, parent = pCopy, roots.any(rs)
		}
		if parent >= 0 && metas[parent].author == int32(ai) {
			ai = (ai + 1 + authorZ.draw(rs)) % len(authors)
			if int32(ai) == metas[parent].author {
				ai = (ai + 1) % len(authors)
			}
		}
		if kind == pCopy && (metas[parent].kind != pOriginal || utf8.RuneCountInString(posts[parent].Text) < 60) {
			kind = pOriginal
		}
		a := &authors[ai]
		m.author, m.kind = int32(ai), kind

		p := &posts[i]
		p.Platform, p.Author, p.AuthorName, p.Lang = cfg.Platform, a.handle, a.name, "fr"
		p.CreatedAt = time.UnixMilli(ms).UTC()
		urlBuf = append(urlBuf[:0], "https://x.com/"...)
		urlBuf = append(urlBuf, a.handle...)
		urlBuf = append(urlBuf, "/status/"...)
		n := len(urlBuf)
		urlBuf = strconv.AppendUint(urlBuf, id, 10)
		p.URL = string(urlBuf)
		p.ID = p.URL[n:]
		p.Conversation = p.ID

		g.r.seed(cfg.Seed, uint64(i)+2) // each text has its own stream
		g.au = a
		g.st = a.st
		if g.r.pm(80) { // another device, another apostrophe
			if g.st.apos == "’" {
				g.st.apos = "'"
			} else {
				g.st.apos = "’"
			}
		}
		g.w.reset(&g.st)
		g.used, g.oCount = g.used[:0], 0
		switch kind {
		case pReply:
			pp := &posts[parent]
			p.ReplyTo, p.Conversation = pp.ID, pp.Conversation
			m.top = metas[parent].top
			if g.r.pm(300) {
				m.top = g.newTopic(int(m.top.town))
			}
			g.top = m.top
			var root *author
			if pp.Conversation != pp.ID && g.r.pm(300) {
				if ri := indexOf(posts, parent, pp.Conversation); ri >= 0 {
					root = &authors[metas[ri].author]
				}
			}
			g.reply(&authors[metas[parent].author], root)
			p.Text = string(g.w.b)
			replies.push(i)
		case pQuote:
			qp := &posts[parent]
			p.QuoteOf = qp.ID
			m.top = metas[parent].top
			g.top = m.top
			g.quote(qp.URL)
			p.Text = string(g.w.b)
			roots.push(i)
		case pRepost:
			orig := parent
			if metas[orig].kind == pRepost {
				orig = indexOf(posts, orig, posts[orig].RepostOf)
			}
			op := &posts[orig]
			p.RepostOf = op.ID
			m.top = metas[orig].top
			p.Text = retweetText(&g.w, authors[metas[orig].author].handle, op.Text)
		case pCopy:
			p.Text = posts[parent].Text
			m.top = metas[parent].top
			roots.push(i)
		default:
			town := a.town
			if g.r.pm(450) {
				town = g.lx.towns.idx(g)
			}
			m.top = g.newTopic(town)
			g.top = m.top
			g.original()
			p.Text = string(g.w.b)
			roots.push(i)
		}
	}
	return posts
}

// indexOf finds the post with id at or before index from. Ids increase
// with the index, so a binary search over ids of equal length works.
func indexOf(posts []Post, from int, id string) int {
	lo, hi := 0, from+1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if idLess(posts[m].ID, id) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo <= from && posts[lo].ID == id {
		return lo
	}
	return -1
}

func idLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// ring holds the indices of the last 1024 posts of a kind.
type ring struct {
	buf [1024]int32
	n   int
}

func (r *ring) push(i int) {
	r.buf[r.n%len(r.buf)] = int32(i)
	r.n++
}

// recent picks a recent entry, favouring the latest.
func (r *ring) recent(rs *rng) int {
	if r.n == 0 {
		return -1
	}
	span := min(r.n, 96)
	back := rs.intn(rs.intn(span) + 1)
	return int(r.buf[(r.n-1-back)%len(r.buf)])
}

// any picks any entry of the ring.
func (r *ring) any(rs *rng) int {
	if r.n == 0 {
		return -1
	}
	span := min(r.n, len(r.buf))
	return int(r.buf[(r.n-1-rs.intn(span))%len(r.buf)])
}

// makeTimes draws the creation times in milliseconds, sorted: uniform
// over a year, thinned by the hour of the day (Paris time, UTC+1).
func makeTimes(cfg Config, r *rng) []int64 {
	const year = 365 * 24 * 3600 * 1000
	start := cfg.Start.UnixMilli()
	ts := make([]int64, cfg.Posts)
	for i := range ts {
		for {
			ms := start + int64(r.intn(year))
			h := int(((ms/3600000)+1)%24+24) % 24
			if r.intn(1000) < hourWeight[h] {
				ts[i] = ms
				break
			}
		}
	}
	slices.Sort(ts)
	return ts
}

// retweetText builds "RT @handle: text", cut at a word boundary with
// "…" when longer than 140 characters, as old clients did.
func retweetText(w *writer, handle, text string) string {
	w.b = append(w.b[:0], "RT @"...)
	w.b = append(w.b, handle...)
	w.b = append(w.b, ": "...)
	w.b = append(w.b, text...)
	if utf8.RuneCount(w.b) <= 140 {
		return string(w.b)
	}
	// Keep at most 139 runes, then back to the last space.
	cut, n := 0, 0
	for i := range string(w.b) {
		if n == 139 {
			cut = i
			break
		}
		n++
	}
	for j := cut; j > 0; j-- {
		if w.b[j] == ' ' {
			cut = j
			break
		}
	}
	w.b = append(w.b[:cut], "…"...)
	return string(w.b)
}
