package pgarchive

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/provenance"
)

// Put stores posts in order, as if one at a time (provenance.Sink), in
// one transaction: all of the batch is stored or, when the database
// fails or ctx is done, none of it.
//
// The posts are checked and keyed in Go (provenance.PostKeys, on every
// core). The transaction locks the archive row, so that batches are
// stored one at a time whoever sends them, and reads the rows the batch
// touches: the posts of its keys and of the posts they refer to, their
// authors. Go then applies the archive's rules to them in order, as
// provenance.Memory does (a post seen again merged, a conflicting copy
// refused, a reply link that closes a cycle not made, placeholders for
// the posts referred to), and the rows that changed are copied (COPY)
// into a staging table and upserted; the new posts' search keys are
// counted and copied into the postings. A post seen again that adds
// nothing writes nothing: ingesting the same files twice leaves the
// database as it was.
func (a *Archive) Put(ctx context.Context, posts ...provenance.Post) error {
	w := a.Writer(0)
	err := w.Put(ctx, posts...)
	if errs := (provenance.PutErrors)(nil); err != nil && !errors.As(err, &errs) {
		return err
	}
	if ferr := w.Flush(ctx); ferr != nil {
		return ferr
	}
	return err
}

// Writer is a provenance.Sink that stores the batches of several Puts in
// one transaction, committed when it holds about size posts (Flush
// commits the rest): the bulk path of guillemet ingest, where the cost
// of a transaction (reading and writing the counts of the keys, the
// archive row) is paid once for many of the loader's batches. Each Put
// reports its posts' errors at once, as Archive.Put does; a database
// failure rolls back the posts given since the last commit, and is
// returned by the Put or Flush that meets it. Until Flush, the archive
// row stays locked: other writers wait. A Writer is not safe for
// concurrent use.
type Writer struct {
	a       *Archive
	size    int
	b       *batch // the open transaction's state; nil when none is open
	pending int    // posts given since the last commit
}

// Writer returns a Writer committing every size posts (≤ 0: at Flush
// only).
func (a *Archive) Writer(size int) *Writer { return &Writer{a: a, size: size} }

// Put stores posts in the open transaction (opening one), and commits it
// once it holds size posts or more.
func (w *Writer) Put(ctx context.Context, posts ...provenance.Post) error {
	if err := ctx.Err(); err != nil {
		w.Abort()
		return err
	}
	if len(posts) == 0 {
		return nil
	}
	var errs provenance.PutErrors
	ready := make([]provenance.Post, len(posts))
	valid := make([]bool, len(posts))
	for i, p := range posts {
		if p.Platform == "" {
			p.Platform = provenance.Generic
		}
		if err := cmp.Or(p.Validate(), storable(&p)); err != nil {
			errs = append(errs, &provenance.PutError{Index: i, Key: p.Key(), Err: err})
			continue
		}
		ready[i], valid[i] = p, true
	}
	keys := provenance.PostKeys(ready)
	if err := w.begin(ctx); err != nil {
		return err
	}
	b := w.b
	b.ctx = ctx
	if err := b.load(ready, valid); err != nil {
		w.Abort()
		return err
	}
	for i, p := range ready {
		if !valid[i] {
			continue
		}
		if err := b.store(p, keys[i]); err != nil {
			errs = append(errs, &provenance.PutError{Index: i, Key: p.Key(), Err: err})
		}
		if b.err != nil {
			w.Abort()
			return b.err
		}
	}
	w.pending += len(posts)
	if w.size > 0 && w.pending >= w.size {
		if err := w.Flush(ctx); err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		slices.SortFunc(errs, func(x, y *provenance.PutError) int { return x.Index - y.Index })
		return errs
	}
	return nil
}

// begin opens a transaction and locks the archive row, unless one is
// open.
func (w *Writer) begin(ctx context.Context) error {
	if w.b != nil {
		return nil
	}
	tx, err := w.a.pool.Begin(ctx)
	if err != nil {
		return describe(err, "")
	}
	b := &batch{ctx: ctx, tx: tx, sharded: w.a.sharded}
	if err := b.begin(); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	w.b = b
	return nil
}

// Flush writes and commits the posts given since the last commit.
func (w *Writer) Flush(ctx context.Context) error {
	if w.b == nil {
		return nil
	}
	b := w.b
	b.ctx = ctx
	if err := b.write(); err != nil {
		w.Abort()
		return err
	}
	err := b.tx.Commit(ctx)
	w.b, w.pending = nil, 0
	return describe(err, "")
}

// Abort rolls back the posts given since the last commit.
func (w *Writer) Abort() {
	if w.b != nil {
		w.b.tx.Rollback(context.WithoutCancel(w.b.ctx))
		w.b, w.pending = nil, 0
	}
}

// storable returns an error when p holds a NUL character, which a
// PostgreSQL text cannot: such a post is refused by itself, where the
// memory archive would keep it.
func storable(p *provenance.Post) error {
	for _, f := range [...]struct{ name, v string }{
		{"platform", p.Platform}, {"id", p.ID}, {"author", p.Author}, {"author_id", p.AuthorID},
		{"author_name", p.AuthorName}, {"text", p.Text}, {"reply_to", p.ReplyTo},
		{"conversation", p.Conversation}, {"quote_of", p.QuoteOf}, {"repost_of", p.RepostOf},
		{"url", p.URL}, {"lang", p.Lang},
	} {
		if strings.IndexByte(f.v, 0) >= 0 {
			return fmt.Errorf("pgarchive: field %s holds a NUL character, which PostgreSQL cannot store", f.name)
		}
	}
	return nil
}

// batch is the state of the rows a transaction touches.
type batch struct {
	ctx context.Context
	tx  pgx.Tx
	err error // the database failed: the batch is abandoned
	// sharded: posts is partitioned over foreign tables (shard.go), which
	// take no ON CONFLICT: a changed row is deleted and inserted again.
	sharded bool

	held, nextPost, nextSeq int64
	nextAuthor              int32

	byKey   map[provenance.Key]*prow
	byN     map[int64]*prow
	authors map[authorKey]*arow
	byAN    map[int32]*arow
	parents map[int64]int64 // reply links read for cycle checks (0: none)
	touched []*prow         // rows to write, in the order met
	stored  []*prow         // posts stored by this batch, whose keys go to the postings
}

// prow is a row of posts; a link of 0 is none.
type prow struct {
	n                          int64
	platform, id               string
	absent                     bool
	seq                        int64
	author                     int32
	text, url, lang            string
	created                    int64
	offset                     int16
	reply, conv, quote, repost int64
	from                       []provenance.Origin // provenance.Post.From
	moreFrom                   int
	deleted                    bool
	visibility                 string // provenance.Post.Visibility

	keys         []string
	dirty, fresh bool // to write; created by this batch
	child        bool // a row of this batch replies to it
}

// arow is a row of authors.
type arow struct {
	n                               int32
	platform, key, handle, id, name string
	dirty                           bool
}

type authorKey struct{ platform, handle string }

// begin reads the archive row, locking it, and makes the batch ready.
func (b *batch) begin() error {
	b.byKey, b.byN = map[provenance.Key]*prow{}, map[int64]*prow{}
	b.authors, b.byAN = map[authorKey]*arow{}, map[int32]*arow{}
	b.parents = map[int64]int64{}
	err := b.tx.QueryRow(b.ctx, "SELECT posts, next_post, next_seq, next_author FROM archive FOR UPDATE").
		Scan(&b.held, &b.nextPost, &b.nextSeq, &b.nextAuthor)
	return describe(err, "")
}

// loadSQL reads the posts of the keys of platforms $1 and ids $2 ($3:
// the platforms, each once).
const loadSQL = `SELECT n, platform, id, absent, coalesce(seq, 0), coalesce(author, 0),
	coalesce(text, ''), coalesce(url, ''), coalesce(lang, ''), coalesce(created_ns, 0), coalesce(utc_offset, 0),
	coalesce(reply, 0), coalesce(conv, 0), coalesce(quote, 0), coalesce(repost, 0),
	from_file, coalesce(from_line, 0), coalesce(from_path, ''), more_files, more_lines, more_paths, coalesce(more_from, 0), deleted,
	coalesce(visibility, '')
	FROM posts JOIN unnest($1::text[], $2::text[]) AS k(platform, id) USING (platform, id)
	WHERE posts.platform = ANY($3) AND posts.id = ANY($2)`

// load reads the rows the valid posts touch that the batch has not read
// yet: the posts of their keys and of the posts they refer to, their
// authors. The keys' platforms and ids are also given apart, as a
// condition each shard of a sharded archive answers from its index on
// (platform, id), where the join alone would read every shard's posts.
func (b *batch) load(posts []provenance.Post, valid []bool) error {
	seen := map[provenance.Key]bool{}
	seenAuthor := map[authorKey]bool{}
	var plats, ids, aplats, handles []string
	for i, p := range posts {
		if !valid[i] {
			continue
		}
		for _, id := range [...]string{p.ID, p.ReplyTo, p.Conversation, p.QuoteOf, p.RepostOf} {
			if k := (provenance.Key{Platform: p.Platform, ID: id}); id != "" && !seen[k] && b.byKey[k] == nil {
				seen[k] = true
				plats, ids = append(plats, k.Platform), append(ids, k.ID)
			}
		}
		if ak := (authorKey{p.Platform, strings.ToLower(p.Author)}); !seenAuthor[ak] && b.authors[ak] == nil {
			seenAuthor[ak] = true
			aplats, handles = append(aplats, ak.platform), append(handles, ak.handle)
		}
	}
	rows, err := b.tx.Query(b.ctx, loadSQL, plats, ids, distinct(plats))
	if err != nil {
		return describe(err, "")
	}
	var r prow
	var pl places
	var authorNs []int32
	if _, err := pgx.ForEachRow(rows, []any{&r.n, &r.platform, &r.id, &r.absent, &r.seq, &r.author, &r.text, &r.url, &r.lang,
		&r.created, &r.offset, &r.reply, &r.conv, &r.quote, &r.repost,
		&pl.first, &pl.line, &pl.path, &pl.files, &pl.lines, &pl.paths, &r.moreFrom, &r.deleted, &r.visibility}, func() error {
		row := r
		row.from = pl.origins()
		b.byKey[provenance.Key{Platform: row.platform, ID: row.id}] = &row
		b.byN[row.n] = &row
		if row.author != 0 && b.byAN[row.author] == nil {
			authorNs = append(authorNs, row.author)
		}
		return nil
	}); err != nil {
		return describe(err, "")
	}
	rows, err = b.tx.Query(b.ctx, `SELECT n, platform, handle_key, handle, author_id, name FROM authors
		WHERE (platform, handle_key) IN (SELECT * FROM unnest($1::text[], $2::text[])) OR n = ANY($3)`, aplats, handles, authorNs)
	if err != nil {
		return describe(err, "")
	}
	var au arow
	_, err = pgx.ForEachRow(rows, []any{&au.n, &au.platform, &au.key, &au.handle, &au.id, &au.name}, func() error {
		if b.byAN[au.n] != nil {
			return nil // read before, and maybe changed since
		}
		row := au
		b.authors[authorKey{row.platform, row.key}] = &row
		b.byAN[row.n] = &row
		return nil
	})
	return describe(err, "")
}

// store stores a valid post with its search keys, as Memory stores it,
// and returns the post's error (provenance.PutError's Err).
func (b *batch) store(p provenance.Post, keys []string) error {
	r := b.byKey[p.Key()]
	if r != nil && !r.absent {
		return b.merge(r, p)
	}
	if r == nil {
		r = b.newRow(p.Platform, p.ID)
	}
	r.absent = false
	r.text = p.Text
	r.created = p.CreatedAt.UnixNano()
	_, off := p.CreatedAt.Zone()
	r.offset = int16(off / 60)
	r.lang = p.Lang
	r.author = b.authorOf(p)
	r.url = p.URL
	r.from, r.moreFrom = provenance.KeepFrom(p.From, p.MoreFrom)
	r.deleted = p.Deleted
	r.visibility = p.Visibility
	r.seq = b.nextSeq
	b.nextSeq++
	b.held++
	r.keys = keys
	b.stored = append(b.stored, r)
	b.touch(r)
	return b.link(r, p)
}

// merge completes the stored post r with what p adds (provenance.Merge),
// or reports that p conflicts with it.
func (b *batch) merge(r *prow, p provenance.Post) error {
	au := b.byAN[r.author]
	stored := provenance.Post{Platform: r.platform, ID: r.id, Text: r.text, URL: r.url, Author: au.handle, AuthorID: au.id, AuthorName: au.name,
		From: r.from, MoreFrom: r.moreFrom, Deleted: r.deleted, Visibility: r.visibility}
	merged, err := provenance.Merge(stored, p)
	var conflict *provenance.ConflictError
	if errors.As(err, &conflict) {
		return err
	}
	if merged.URL != r.url || !slices.Equal(merged.From, r.from) || merged.MoreFrom != r.moreFrom || merged.Deleted != r.deleted ||
		merged.Visibility != r.visibility {
		r.url, r.from, r.moreFrom, r.deleted, r.visibility = merged.URL, merged.From, merged.MoreFrom, merged.Deleted, merged.Visibility
		b.touch(r)
	}
	if merged.AuthorID != au.id || merged.AuthorName != au.name {
		au.id, au.name, au.dirty = merged.AuthorID, merged.AuthorName, true
	}
	// The links r lacks are p's: Merge fills only the empty fields.
	if lerr := b.link(r, p); lerr != nil {
		return lerr
	}
	return err
}

// link makes the links of p, stored as r, that r does not have yet.
func (b *batch) link(r *prow, p provenance.Post) error {
	var err error
	if r.reply == 0 && p.ReplyTo != "" {
		parent := b.ref(p.Platform, p.ReplyTo)
		if b.closesCycle(r, parent) {
			err = &provenance.CycleError{Key: p.Key(), Parent: p.ReplyTo}
		} else {
			r.reply, parent.child = parent.n, true
			b.touch(r)
		}
	}
	if r.conv == 0 && p.Conversation != "" {
		r.conv = b.ref(p.Platform, p.Conversation).n
		b.touch(r)
	}
	for _, l := range [...]struct {
		dst *int64
		id  string
	}{{&r.quote, p.QuoteOf}, {&r.repost, p.RepostOf}} {
		if *l.dst == 0 && l.id != "" {
			if t := b.ref(p.Platform, l.id); t != r {
				*l.dst = t.n
				b.touch(r)
			}
		}
	}
	return err
}

// touch marks r to be written.
func (b *batch) touch(r *prow) {
	if !r.dirty {
		r.dirty = true
		b.touched = append(b.touched, r)
	}
}

// newRow adds a placeholder for a key the archive has never met.
func (b *batch) newRow(platform, id string) *prow {
	r := &prow{n: b.nextPost, platform: platform, id: id, absent: true, fresh: true}
	b.nextPost++
	b.byKey[provenance.Key{Platform: platform, ID: id}] = r
	b.byN[r.n] = r
	b.touch(r)
	return r
}

// ref returns the row of a post referred to, a new placeholder when the
// archive never met it.
func (b *batch) ref(platform, id string) *prow {
	if r := b.byKey[provenance.Key{Platform: platform, ID: id}]; r != nil {
		return r
	}
	return b.newRow(platform, id)
}

// authorOf returns the number of p's author, added when new; a known
// author's missing id and name are filled in.
func (b *batch) authorOf(p provenance.Post) int32 {
	key := authorKey{p.Platform, strings.ToLower(p.Author)}
	if au := b.authors[key]; au != nil {
		if au.name == "" && p.AuthorName != "" {
			au.name, au.dirty = p.AuthorName, true
		}
		if au.id == "" && p.AuthorID != "" {
			au.id, au.dirty = p.AuthorID, true
		}
		return au.n
	}
	au := &arow{n: b.nextAuthor, platform: p.Platform, key: key.handle, handle: p.Author, id: p.AuthorID, name: p.AuthorName, dirty: true}
	b.nextAuthor++
	b.authors[key], b.byAN[au.n] = au, au
	return au.n
}

// closesCycle reports whether a reply link from r to parent would close
// a loop (provenance.ClosesCycle). A row this batch created that no row
// replies to cannot be reached from above but by itself: no walk. Otherwise the walk
// reads the rows of the batch, then the database's reply links.
func (b *batch) closesCycle(r, parent *prow) bool {
	if r.fresh && !r.child && parent != r {
		return false
	}
	return provenance.ClosesCycle(r.n, parent.n, b.parentOf)
}

// parentsSQL reads the reply links of post $1 and of the chain above it,
// at most $2 posts (one database's: see walk.go).
const parentsSQL = `WITH RECURSIVE up(n, reply, depth) AS (
		SELECT n, reply, 1 FROM posts WHERE n = $1
	UNION ALL
		SELECT p.n, p.reply, up.depth + 1 FROM up JOIN posts p ON p.n = up.reply WHERE up.depth < $2
	) SELECT n, coalesce(reply, 0) FROM up`

// parentOf returns the parent of post n: the batch's row, else the
// database's link, read with the chain above it (in one query; on a
// sharded archive a lookup a level, walk.go).
func (b *batch) parentOf(n int64) (int64, bool) {
	if r := b.byN[n]; r != nil {
		return r.reply, r.reply != 0
	}
	if p, ok := b.parents[n]; ok {
		return p, p != 0
	}
	if b.err != nil {
		return 0, false
	}
	note := func(k, parent int64) {
		if _, ok := b.parents[k]; !ok {
			b.parents[k] = parent
		}
	}
	if b.sharded {
		for cur, depth := n, 1; cur != 0 && depth <= provenance.MaxDepth; depth++ {
			ls, err := readLinks(b.ctx, b.tx, linksSQL, []int64{cur})
			if err != nil || len(ls) == 0 {
				b.err = err
				break
			}
			_, seen := b.parents[cur]
			note(cur, ls[0].reply)
			if cur = ls[0].reply; seen {
				break
			}
		}
	} else {
		rows, err := b.tx.Query(b.ctx, parentsSQL, n, provenance.MaxDepth)
		if err != nil {
			b.err = describe(err, "")
			return 0, false
		}
		var k, parent int64
		if _, err := pgx.ForEachRow(rows, []any{&k, &parent}, func() error {
			note(k, parent)
			return nil
		}); err != nil {
			b.err = describe(err, "")
			return 0, false
		}
	}
	p := b.parents[n]
	return p, p != 0
}

// distinct returns the distinct strings of ss.
func distinct(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return slices.Compact(out)
}

// stageColumns are the columns of posts, in the order write copies them.
var stageColumns = []string{"n", "platform", "id", "absent", "seq", "author", "text", "url", "lang",
	"created_ns", "utc_offset", "reply", "conv", "quote", "repost",
	"from_file", "from_line", "from_path", "more_files", "more_lines", "more_paths", "more_from", "deleted", "visibility"}

// write stores the batch's changes: the authors, the posts through the
// staging table, the search keys' counts, the postings and the archive
// row.
func (b *batch) write() error {
	if err := b.writeAuthors(); err != nil {
		return err
	}
	if len(b.touched) > 0 {
		if _, err := b.tx.Exec(b.ctx, `CREATE TEMP TABLE IF NOT EXISTS stage_posts (LIKE posts) ON COMMIT DELETE ROWS`); err != nil {
			return describe(err, "")
		}
		rows := make([][]any, len(b.touched))
		for i, r := range b.touched {
			rows[i] = r.values()
		}
		if _, err := b.tx.CopyFrom(b.ctx, pgx.Identifier{"stage_posts"}, stageColumns, pgx.CopyFromRows(rows)); err != nil {
			return describe(err, "")
		}
		cols := strings.Join(stageColumns, ", ")
		upsert := ` ON CONFLICT (n) DO UPDATE SET `
		var set []string
		for _, c := range stageColumns[3:] {
			set = append(set, c+" = excluded."+c)
		}
		upsert += strings.Join(set, ", ")
		if b.sharded {
			// The shards delete by number (pushed down to each), and the
			// insert routes each row to its author's shard.
			ns := make([]int64, len(b.touched))
			for i, r := range b.touched {
				ns[i] = r.n
			}
			if _, err := b.tx.Exec(b.ctx, `DELETE FROM posts WHERE n = ANY($1)`, ns); err != nil {
				return describe(err, "")
			}
			upsert = ""
		}
		if _, err := b.tx.Exec(b.ctx, `INSERT INTO posts (`+cols+`) SELECT `+cols+` FROM stage_posts`+upsert); err != nil {
			return describe(err, "")
		}
	}
	if err := b.writeKeys(); err != nil {
		return err
	}
	_, err := b.tx.Exec(b.ctx, "UPDATE archive SET posts = $1, next_post = $2, next_seq = $3, next_author = $4",
		b.held, b.nextPost, b.nextSeq, b.nextAuthor)
	return describe(err, "")
}

// values returns r's columns (stageColumns), NULL for what a
// placeholder lacks and for links not made.
func (r *prow) values() []any {
	link := func(n int64) any {
		if n == 0 {
			return nil
		}
		return n
	}
	v := []any{r.n, r.platform, r.id, r.absent, nil, nil, nil, nil, nil, nil, nil,
		link(r.reply), link(r.conv), link(r.quote), link(r.repost), nil, nil, nil, nil, nil, nil, nil, r.deleted}
	if !r.absent {
		v[4], v[5], v[6], v[7], v[8], v[9], v[10] = r.seq, r.author, r.text, r.url, r.lang, r.created, r.offset
	}
	orNull := func(x any, none bool) any {
		if none {
			return nil
		}
		return x
	}
	if len(r.from) > 0 {
		first := r.from[0]
		v[15], v[16], v[17] = first.File, orNull(int64(first.Line), first.Line == 0), orNull(first.Path, first.Path == "")
	}
	if len(r.from) > 1 {
		rest := r.from[1:]
		files, lines, paths := make([]string, len(rest)), make([]int64, len(rest)), make([]string, len(rest))
		for i, o := range rest {
			files[i], lines[i], paths[i] = o.File, int64(o.Line), o.Path
		}
		v[18], v[19], v[20] = files, lines, paths
	}
	v[21] = orNull(int32(min(r.moreFrom, math.MaxInt32)), r.moreFrom == 0)
	return append(v, orNull(r.visibility, r.visibility == ""))
}

// places are the columns of posts that say where a post was read
// (migrations/002_origins.sql), as read: from_file (nil for none),
// from_line and from_path (0 and "" for NULL), more_files, more_lines
// and more_paths.
type places struct {
	first *string
	line  int64
	path  string
	files []string
	lines []int64
	paths []string
}

// origins returns the places as provenance.Post.From holds them (nil
// when there are none).
func (pl *places) origins() []provenance.Origin {
	if pl.first == nil {
		return nil
	}
	n := min(len(pl.files), len(pl.lines), len(pl.paths))
	out := make([]provenance.Origin, n+1)
	out[0] = provenance.Origin{File: *pl.first, Line: int(pl.line), Path: pl.path}
	for i := range n {
		out[i+1] = provenance.Origin{File: pl.files[i], Line: int(pl.lines[i]), Path: pl.paths[i]}
	}
	return out
}

// writeAuthors upserts the authors added or completed.
func (b *batch) writeAuthors() error {
	var ns []int32
	var plats, keys, handles, ids, names []string
	for _, au := range b.authors {
		if au.dirty {
			ns = append(ns, au.n)
			plats, keys, handles = append(plats, au.platform), append(keys, au.key), append(handles, au.handle)
			ids, names = append(ids, au.id), append(names, au.name)
		}
	}
	if len(ns) == 0 {
		return nil
	}
	_, err := b.tx.Exec(b.ctx, `INSERT INTO authors (n, platform, handle_key, handle, author_id, name)
		SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
		ON CONFLICT (n) DO UPDATE SET author_id = excluded.author_id, name = excluded.name`,
		ns, plats, keys, handles, ids, names)
	return describe(err, "")
}

// writeKeys counts the stored posts' search keys (new keys numbered)
// and copies their postings: a row a key.
func (b *batch) writeKeys() error {
	count := map[string]int32{}
	for _, r := range b.stored {
		for _, k := range r.keys {
			count[k]++
		}
	}
	if len(count) == 0 {
		return nil
	}
	keys := make([]string, 0, len(count))
	counts := make([]int32, 0, len(count))
	for k, c := range count {
		keys, counts = append(keys, k), append(counts, c)
	}
	if _, err := b.tx.Exec(b.ctx, `INSERT INTO search_keys (key, posts)
		SELECT k, 0 FROM unnest($1::text[]) AS k WHERE NOT EXISTS (SELECT 1 FROM search_keys s WHERE s.key = k)`, keys); err != nil {
		return describe(err, "")
	}
	rows, err := b.tx.Query(b.ctx, `UPDATE search_keys s SET posts = s.posts + t.c
		FROM unnest($1::text[], $2::integer[]) AS t(k, c) WHERE s.key = t.k RETURNING s.key, s.n`, keys, counts)
	if err != nil {
		return describe(err, "")
	}
	num := make(map[string]int32, len(keys))
	var k string
	var n int32
	if _, err := pgx.ForEachRow(rows, []any{&k, &n}, func() error { num[k] = n; return nil }); err != nil {
		return describe(err, "")
	}
	// One row a key: the batch's posts holding it, ascending (stored
	// gives them in storing order, not in number order).
	chunks := make(map[int32][]int64, len(num))
	for _, r := range b.stored {
		for _, k := range r.keys {
			chunks[num[k]] = append(chunks[num[k]], r.n)
		}
	}
	rowsOut := make([][]any, 0, len(chunks))
	for key, posts := range chunks {
		slices.Sort(posts)
		rowsOut = append(rowsOut, []any{key, posts[0], appendPostings(nil, posts)})
	}
	slices.SortFunc(rowsOut, func(x, y []any) int { return cmp.Compare(x[0].(int32), y[0].(int32)) })
	_, err = b.tx.CopyFrom(b.ctx, pgx.Identifier{"postings"}, []string{"key", "first", "posts"}, pgx.CopyFromRows(rowsOut))
	return describe(err, "")
}

// Analyze updates the planner's statistics of the archive's tables
// (ANALYZE): after a large ingest, before autovacuum gets to it, the
// queries otherwise run on plans made for empty tables. On a sharded
// archive's coordinator it samples the shards' tables, which autovacuum
// never analyzes there: without it, the thread and share queries read
// whole shards.
func (a *Archive) Analyze(ctx context.Context) error {
	_, err := a.pool.Exec(ctx, "ANALYZE archive, authors, posts, search_keys, postings")
	return describe(err, "")
}

// appendPostings appends ascending post numbers to b as postings store
// them: the unsigned varints of their gaps, the first from 0.
func appendPostings(b []byte, posts []int64) []byte {
	prev := int64(0)
	for _, p := range posts {
		b = binary.AppendUvarint(b, uint64(p-prev))
		prev = p
	}
	return b
}

// readPostings calls fn with each post number of postings b, and
// returns an error when b is not postings.
func readPostings(b []byte, fn func(post int64)) error {
	prev := int64(0)
	for len(b) > 0 {
		gap, n := binary.Uvarint(b)
		if n <= 0 {
			return errors.New("pgarchive: damaged postings")
		}
		prev += int64(gap)
		fn(prev)
		b = b[n:]
	}
	return nil
}
