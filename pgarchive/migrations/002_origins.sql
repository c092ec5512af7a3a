-- Version 2 (issue 17): where each post was read, and whether its author
-- deleted it, as provenance.Memory keeps them.
--
-- posts.from_files, from_lines, from_paths  the places the post was read
--              from (provenance.Post.From), in reading order, MaxFrom at
--              most: three arrays of one length, a place's file, its line
--              (0 for a record named by a JSON path) and its JSON path (''
--              for a line); NULL for a post given without them and for a
--              placeholder.
-- posts.more_from  the places beyond those (Post.MoreFrom).
-- posts.deleted    its author deleted it (Post.Deleted: the X archive's
--              deleted-tweets.js).
-- post_view    gains them, after its columns of version 1.

ALTER TABLE posts
    ADD COLUMN from_files text[],
    ADD COLUMN from_lines bigint[],
    ADD COLUMN from_paths text[],
    ADD COLUMN more_from  integer NOT NULL DEFAULT 0,
    ADD COLUMN deleted    boolean NOT NULL DEFAULT false;

CREATE OR REPLACE VIEW post_view AS
SELECT p.n, p.platform, p.id, p.absent, coalesce(p.seq, 0) AS seq,
       coalesce(p.created_ns, 0) AS created_ns, coalesce(p.utc_offset, 0) AS utc_offset,
       coalesce(p.text, '') AS text, coalesce(p.url, '') AS url, coalesce(p.lang, '') AS lang,
       coalesce(a.handle, '') AS author, coalesce(a.author_id, '') AS author_id, coalesce(a.name, '') AS author_name,
       coalesce(r.id, '') AS reply_to, coalesce(c.id, '') AS conversation,
       coalesce(q.id, '') AS quote_of, coalesce(s.id, '') AS repost_of,
       coalesce(p.from_files, '{}') AS from_files, coalesce(p.from_lines, '{}') AS from_lines,
       coalesce(p.from_paths, '{}') AS from_paths, p.more_from, p.deleted
FROM posts p
LEFT JOIN authors a ON a.n = p.author
LEFT JOIN posts r ON r.n = p.reply
LEFT JOIN posts c ON c.n = p.conv
LEFT JOIN posts q ON q.n = p.quote
LEFT JOIN posts s ON s.n = p.repost;
