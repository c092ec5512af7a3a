-- Version 2 (issue 17): where each post was read, and whether its author
-- deleted it, as provenance.Memory keeps them.
--
-- posts.from_file, from_line, from_path  the first place the post was read
--              from (provenance.Post.From[0]): its file, its line (NULL for
--              a record named by a JSON path) and its JSON path (NULL for a
--              line); NULL for a post given without places and for a
--              placeholder.
-- posts.more_files, more_lines, more_paths  the places after the first, in
--              reading order (MaxFrom in all at most), as three arrays of
--              one length (a line 0 or a path '' where there is none);
--              NULL for the posts read once, most of them: a post costs a
--              few bytes more, not three arrays.
-- posts.more_from  the places beyond those (Post.MoreFrom); NULL for none.
-- posts.deleted    its author deleted it (Post.Deleted: the X archive's
--              deleted-tweets.js).
-- post_view    gains them, after its columns of version 1, as three arrays
--              of one length (from_files, from_lines, from_paths), the
--              count and the deletion.

ALTER TABLE posts
    ADD COLUMN from_file  text,
    ADD COLUMN from_line  bigint,
    ADD COLUMN from_path  text,
    ADD COLUMN more_files text[],
    ADD COLUMN more_lines bigint[],
    ADD COLUMN more_paths text[],
    ADD COLUMN more_from  integer,
    ADD COLUMN deleted    boolean NOT NULL DEFAULT false;

CREATE OR REPLACE VIEW post_view AS
SELECT p.n, p.platform, p.id, p.absent, coalesce(p.seq, 0) AS seq,
       coalesce(p.created_ns, 0) AS created_ns, coalesce(p.utc_offset, 0) AS utc_offset,
       coalesce(p.text, '') AS text, coalesce(p.url, '') AS url, coalesce(p.lang, '') AS lang,
       coalesce(a.handle, '') AS author, coalesce(a.author_id, '') AS author_id, coalesce(a.name, '') AS author_name,
       coalesce(r.id, '') AS reply_to, coalesce(c.id, '') AS conversation,
       coalesce(q.id, '') AS quote_of, coalesce(s.id, '') AS repost_of,
       CASE WHEN p.from_file IS NULL THEN '{}' ELSE p.from_file || coalesce(p.more_files, '{}') END AS from_files,
       CASE WHEN p.from_file IS NULL THEN '{}' ELSE coalesce(p.from_line, 0) || coalesce(p.more_lines, '{}') END AS from_lines,
       CASE WHEN p.from_file IS NULL THEN '{}' ELSE coalesce(p.from_path, '') || coalesce(p.more_paths, '{}') END AS from_paths,
       coalesce(p.more_from, 0) AS more_from, p.deleted
FROM posts p
LEFT JOIN authors a ON a.n = p.author
LEFT JOIN posts r ON r.n = p.reply
LEFT JOIN posts c ON c.n = p.conv
LEFT JOIN posts q ON q.n = p.quote
LEFT JOIN posts s ON s.n = p.repost;
