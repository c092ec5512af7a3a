-- Version 3 (issue 17): who could read each post when it was posted, as
-- provenance.Memory keeps it.
--
-- posts.visibility  provenance.Post.Visibility: public, unlisted, private
--              (the author's followers) or direct (the accounts it
--              mentions), as Mastodon names them; NULL when the export does
--              not say (every platform but Mastodon) and for a placeholder.
-- post_view    gains it, after its columns of version 2, '' when not known.

ALTER TABLE posts ADD COLUMN visibility text;

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
       coalesce(p.more_from, 0) AS more_from, p.deleted, coalesce(p.visibility, '') AS visibility
FROM posts p
LEFT JOIN authors a ON a.n = p.author
LEFT JOIN posts r ON r.n = p.reply
LEFT JOIN posts c ON c.n = p.conv
LEFT JOIN posts q ON q.n = p.quote
LEFT JOIN posts s ON s.n = p.repost;
