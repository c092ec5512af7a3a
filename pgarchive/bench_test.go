package pgarchive_test

import (
	"bytes"
	"context"
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/internal/pgtest"
	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
)

// BenchmarkArchives loads one generated corpus (100 000 posts and,
// without -short, 1 000 000) and links the same labelled queries against
// three archives, side by side:
//
//   - memory: provenance.Memory, loaded from the JSON Lines;
//   - pgarchive: the database, ingested as guillemet ingest does (a
//     Writer committing every 20 000 posts, then ANALYZE);
//   - trgm: the baseline a database engineer reaches for first, the same
//     posts table searched by pg_trgm's word_similarity (<% with ORDER BY
//     <<->, a GIN trigram index) over lower(unaccent(text)), its
//     candidates aligned by Link as the others' are.
//
// Each reports its load time, its size (size-MB: the live heap of the
// memory archive; the database's tables with their indexes; the trigram
// index alone, built on pgarchive's posts), Link's p50 and p99, recall@1 (the source first, or not found
// for a fabricated quote) over the queries and the precision of its
// not_found answers; pgarchive also the queries whose answers differ
// from memory's (0 expected). Run it alone, one sub-benchmark a line:
//
//	go test -run '^$' -bench Archives -benchtime 1x ./pgarchive
//
// GUILLEMET_BENCH_QUERIES sets the number of queries (default 1 000;
// the trigram baseline takes one query in 10 of them at 1 000 000
// posts); GUILLEMET_BENCH_TRGM=off leaves the baseline out.
func BenchmarkArchives(b *testing.B) {
	queries := 1000
	if v, err := strconv.Atoi(os.Getenv("GUILLEMET_BENCH_QUERIES")); err == nil && v > 0 {
		queries = v
	}
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("1M posts")
			}
			benchArchives(b, n, queries)
		})
	}
}

func benchArchives(b *testing.B, n, nq int) {
	ctx := context.Background()
	posts := corpus.Generate(corpus.Config{Posts: n, Seed: 1})
	var buf bytes.Buffer
	if err := corpus.WriteJSONL(&buf, posts); err != nil {
		b.Fatal(err)
	}
	queries := corpus.Queries(posts, nq, 11)
	posts = nil
	memAnswers := map[string]string{}
	dbRight := map[string]bool{} // pgarchive's source first, by query
	db, url := openEmpty(b)      // the schema lives until the trgm run is done
	ingested := false

	b.Run("memory", func(b *testing.B) {
		before := liveHeap()
		start := time.Now()
		mem := provenance.NewMemory()
		if _, err := ingest(ctx, mem, buf.Bytes()); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(start).Seconds(), "load-s")
		b.ReportMetric((liveHeap()-before)/(1<<20), "size-MB")
		linkAll(b, mem, queries, func(q corpus.Query, r *provenance.Result) { memAnswers[q.ID] = answer(r) })
		runtime.KeepAlive(mem)
	})
	b.Run("pgarchive", func(b *testing.B) {
		start := time.Now()
		w := db.Writer(20_000)
		st, err := ingest(ctx, w, buf.Bytes())
		if err == nil {
			err = w.Flush(ctx)
		}
		if err == nil {
			err = db.Analyze(ctx)
		}
		if err != nil || st.Loaded != n {
			b.Fatalf("ingest: %v, %v", st, err)
		}
		ingested = true
		b.ReportMetric(time.Since(start).Seconds(), "load-s")
		b.ReportMetric(schemaMB(b, url, "%"), "size-MB")
		differ := 0
		linkAll(b, db, queries, func(q corpus.Query, r *provenance.Result) {
			if want, ok := memAnswers[q.ID]; ok && want != answer(r) {
				differ++
			}
			dbRight[q.ID] = sourceFirst(q, r)
		})
		b.ReportMetric(float64(differ), "answers-differ")
	})
	b.Run("trgm", func(b *testing.B) {
		switch {
		case !ingested:
			b.Skip("the pgarchive run failed")
		case os.Getenv("GUILLEMET_BENCH_TRGM") == "off":
			b.Skip("GUILLEMET_BENCH_TRGM=off")
		}
		start := time.Now()
		tr := newTrgm(b, url)
		b.ReportMetric(time.Since(start).Seconds(), "load-s")
		b.ReportMetric(schemaMB(b, url, "posts_trgm"), "size-MB")
		qs := queries
		if n >= 1_000_000 {
			qs = everyTenth(queries)
		}
		same := 0 // pgarchive's recall@1 on these queries, to compare
		linkAll(b, tr, qs, func(q corpus.Query, _ *provenance.Result) {
			if dbRight[q.ID] {
				same++
			}
		})
		b.ReportMetric(float64(same)/float64(len(qs)), "pgarchive-recall@1")
	})
}

// linkAll links every query against a, reporting the latencies, recall@1
// and the precision of not_found; seen receives each answer.
func linkAll(b *testing.B, a provenance.Archive, queries []corpus.Query, seen func(corpus.Query, *provenance.Result)) {
	ctx := context.Background()
	var times []time.Duration
	right, notFound, notFoundRight := 0, 0, 0
	for _, q := range queries {
		t0 := time.Now()
		r, err := provenance.Link(ctx, a, q.Text, nil)
		times = append(times, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		if sourceFirst(q, r) {
			right++
		}
		if r.Source == nil {
			notFound++
			if q.Want == "" {
				notFoundRight++
			}
		}
		seen(q, r)
	}
	b.ReportMetric(pct(times, 50), "p50-ms")
	b.ReportMetric(pct(times, 99), "p99-ms")
	b.ReportMetric(float64(right)/float64(len(queries)), "recall@1")
	if notFound > 0 {
		b.ReportMetric(float64(notFoundRight)/float64(notFound), "notfound-precision")
	}
	b.ReportMetric(float64(len(queries)), "queries")
}

// sourceFirst reports whether r found q's source (for a fabricated
// quote: found nothing).
func sourceFirst(q corpus.Query, r *provenance.Result) bool {
	got := ""
	if r.Source != nil {
		got = r.Source.ID
	}
	return got == q.Want || q.Want != "" && got == q.Also
}

func everyTenth(qs []corpus.Query) []corpus.Query {
	var out []corpus.Query
	for i := 0; i < len(qs); i += 10 {
		out = append(out, qs[i])
	}
	return out
}

// pct returns the p-th percentile of ds in milliseconds.
func pct(ds []time.Duration, p int) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	return float64(s[min(len(s)-1, len(s)*p/100)]) / float64(time.Millisecond)
}

// liveHeap returns the bytes of the live heap after two collections.
func liveHeap() float64 {
	runtime.GC()
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	return float64(st.HeapAlloc)
}

// schemaMB returns the size in MiB of the relations (tables with their
// indexes and TOAST, or lone indexes) of url's schema whose names are
// LIKE pattern.
func schemaMB(b *testing.B, url, pattern string) float64 {
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(context.Background())
	var size float64
	err = conn.QueryRow(context.Background(), `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
		WHERE c.relnamespace = current_schema()::regnamespace AND c.relname LIKE $1
		AND (c.relkind IN ('r', 'm') OR c.relkind = 'i' AND $1 <> '%')`, pattern).Scan(&size)
	if err != nil {
		b.Fatal(err)
	}
	return size / (1 << 20)
}

// trgm is the baseline: the database archive with Candidates replaced by
// a pg_trgm word_similarity search.
type trgm struct {
	*pgarchive.Archive
	conn *pgx.Conn
}

// newTrgm builds the trigram index on the posts of url's schema and
// returns the baseline archive. pg_trgm and unaccent go in public, once
// per database; the index is on an immutable wrapper of unaccent.
func newTrgm(b *testing.B, url string) *trgm {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { conn.Close(ctx) })
	var schema string
	if err := conn.QueryRow(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{
		"CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
		"CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
		`CREATE FUNCTION folded(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
			AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
		"CREATE INDEX posts_trgm ON posts USING gin (folded(text) public.gin_trgm_ops) WHERE NOT absent",
		"ANALYZE posts",
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			b.Fatal(q, ": ", err)
		}
	}
	withPublic, err := pgtest.WithParam(url, "search_path", schema+",public")
	if err != nil {
		b.Fatal(err)
	}
	a, err := pgarchive.Open(ctx, withPublic, pgarchive.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(a.Close)
	c2, err := pgx.Connect(ctx, withPublic)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { c2.Close(ctx) })
	return &trgm{Archive: a, conn: c2}
}

// Candidates returns the posts whose folded text holds the folded quote
// best, by word_similarity: the posts over pg_trgm's threshold (<%),
// nearest first (<<->).
func (t *trgm) Candidates(ctx context.Context, q provenance.Query, limit int) ([]provenance.Candidate, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := t.conn.Query(ctx, `SELECT p.platform, p.id, 1 - (folded($1) <<-> folded(p.text)) FROM posts p
		WHERE NOT p.absent AND folded($1) <% folded(p.text)
		ORDER BY folded($1) <<-> folded(p.text), p.n LIMIT $2`, q.Text(), limit)
	if err != nil {
		return nil, err
	}
	var out []provenance.Candidate
	var k provenance.Key
	var score float64
	if _, err := pgx.ForEachRow(rows, []any{&k.Platform, &k.ID, &score}, func() error {
		out = append(out, provenance.Candidate{Post: provenance.Post{Platform: k.Platform, ID: k.ID}, Score: score})
		return nil
	}); err != nil {
		return nil, err
	}
	for i := range out {
		p, _, err := t.Post(ctx, out[i].Post.Key())
		if err != nil {
			return nil, err
		}
		out[i].Post = p
	}
	return out, nil
}
