-- The PostgreSQL archive's schema (package pgarchive), version 1.
--
-- It holds what provenance.Memory holds, under the same rules
-- (provenance/archive.go): every post a row of posts, numbered in the
-- order the archive first met its key; a post only referred to (a parent,
-- a conversation root, a quoted or reposted post) is a placeholder row,
-- absent, until it arrives. Links are post numbers, never ids, so that a
-- placeholder filled keeps the links made to it. Go applies the rules
-- (provenance.Merge, provenance.ClosesCycle) and computes the search keys
-- (provenance.PostKeys); the database stores and finds.
--
-- archive      one row: the posts held (Len, and n in the search weights)
--              and the next numbers to give. Writers lock it (FOR UPDATE)
--              for a batch, so that batches are stored one at a time, as
--              provenance.Sink requires.
-- authors      one row an author: platform and handle compared without
--              case (handle_key is Go's strings.ToLower of the handle), the
--              handle first stored, the account id and name first known.
-- posts        n the post number; (platform, id) the key; absent marks a
--              placeholder; seq the order the post was stored (ties of the
--              timeline and of shares); created_ns the creation time in
--              Unix nanoseconds (Go's precision) and utc_offset its offset
--              in minutes; reply, conv, quote, repost the post numbers of
--              the parent, the conversation root and the quoted and
--              reposted posts.
--              Indexes: the key; the reply, quote and repost links (the
--              thread walks go down them in recursive CTEs); the author's
--              timeline by (author, created_ns, seq).
-- search_keys  one row a search key (provenance.SearchKeys): its number
--              and how many posts hold it (the document frequency of
--              provenance.Query.Terms).
-- postings     the inverted index: for each search key, the posts that
--              hold it, in chunks: one row a key and a transaction of
--              ingest (the first post, and the posts, ascending, as the
--              unsigned varints of their gaps, the first from 0), so that
--              a key's posts are a few rows of one index range, read whole,
--              about a byte a posting, stored uncompressed (EXTERNAL).
--              Measured at 1 000 000 posts, 77 664 postings a query on
--              average: one row a key and post scored in SQL was 3 to 10
--              times slower than chunks; chunks as integer[] took 10.4 ms
--              to read, as packed integers in bytea 4.5 ms, uncompressed
--              3.9 ms.
-- post_view    a post as provenance.Post reads it: the author's fields and
--              the ids of the linked posts.
--
-- A search reads, in one snapshot, the keys' frequencies, chooses the
-- terms in Go (provenance.Query.Terms), reads the terms' postings and
-- scores the posts in Go as Memory does (provenance.Score's float32 sums,
-- ties to the lower post number), so that scores and order are Memory's,
-- bit for bit; then it reads the best posts.

CREATE TABLE archive (
    one         boolean PRIMARY KEY DEFAULT true CHECK (one),
    posts       bigint  NOT NULL DEFAULT 0,
    next_post   bigint  NOT NULL DEFAULT 1,
    next_seq    bigint  NOT NULL DEFAULT 1,
    next_author integer NOT NULL DEFAULT 1
);
INSERT INTO archive DEFAULT VALUES;

CREATE TABLE authors (
    n          integer PRIMARY KEY,
    platform   text    NOT NULL,
    handle_key text    NOT NULL,
    handle     text    NOT NULL,
    author_id  text    NOT NULL,
    name       text    NOT NULL,
    UNIQUE (platform, handle_key)
);

CREATE TABLE posts (
    n          bigint   PRIMARY KEY,
    platform   text     NOT NULL,
    id         text     NOT NULL,
    absent     boolean  NOT NULL,
    seq        bigint,
    author     integer  REFERENCES authors,
    text       text,
    url        text,
    lang       text,
    created_ns bigint,
    utc_offset smallint,
    reply      bigint,
    conv       bigint,
    quote      bigint,
    repost     bigint,
    UNIQUE (platform, id)
);
CREATE INDEX posts_reply ON posts (reply) WHERE reply IS NOT NULL;
CREATE INDEX posts_quote ON posts (quote) WHERE quote IS NOT NULL;
CREATE INDEX posts_repost ON posts (repost) WHERE repost IS NOT NULL;
CREATE INDEX posts_timeline ON posts (author, created_ns, seq) WHERE NOT absent;

CREATE TABLE search_keys (
    n     integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    key   text    NOT NULL UNIQUE,
    posts integer NOT NULL
);

CREATE TABLE postings (
    key   integer  NOT NULL,
    first bigint   NOT NULL,
    posts bytea   NOT NULL,
    PRIMARY KEY (key, first)
);
ALTER TABLE postings ALTER COLUMN posts SET STORAGE EXTERNAL;

CREATE VIEW post_view AS
SELECT p.n, p.platform, p.id, p.absent, coalesce(p.seq, 0) AS seq,
       coalesce(p.created_ns, 0) AS created_ns, coalesce(p.utc_offset, 0) AS utc_offset,
       coalesce(p.text, '') AS text, coalesce(p.url, '') AS url, coalesce(p.lang, '') AS lang,
       coalesce(a.handle, '') AS author, coalesce(a.author_id, '') AS author_id, coalesce(a.name, '') AS author_name,
       coalesce(r.id, '') AS reply_to, coalesce(c.id, '') AS conversation,
       coalesce(q.id, '') AS quote_of, coalesce(s.id, '') AS repost_of
FROM posts p
LEFT JOIN authors a ON a.n = p.author
LEFT JOIN posts r ON r.n = p.reply
LEFT JOIN posts c ON c.n = p.conv
LEFT JOIN posts q ON q.n = p.quote
LEFT JOIN posts s ON s.n = p.repost;
