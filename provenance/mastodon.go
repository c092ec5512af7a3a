package provenance

import (
	"encoding/json"
	"errors"
	"strings"
)

// Mastodon REST API entities (https://docs.joinmastodon.org/entities/):
// a Status (GET /api/v1/statuses/:id), an array of Statuses (account
// statuses, timelines, GET /api/v1/statuses/:id/quotes), a Context
// (GET /api/v1/statuses/:id/context: {ancestors, descendants}) and the
// statuses of search results (GET /api/v2/search).
//
// A Status becomes a Post with:
//
//   - ID: the status id on the server that answered. The reply tree is
//     built from id and in_reply_to_id only: a remote status's url and
//     uri carry the id its own server gave it, which is not the API id.
//   - Author: account.acct, "user" for a local account and
//     "user@domain" for a remote one (CONTRACT §4); AuthorID: account.id;
//     AuthorName: account.display_name.
//   - Text: the content HTML as a reader sees it (htmlText). A status with
//     a content warning (spoiler_text) reads "warning\n\ncontent": the
//     reader sees the warning first, and the author wrote it, so a quote
//     of the warning is found too; a quote of the body alone is then an
//     excerpt of the post.
//   - ReplyTo: in_reply_to_id. Conversation is left empty: a Status
//     carries no root id (the archive rebuilds it from reply links).
//   - A boost (reblog non-null) is a post of the booster with RepostOf =
//     reblog.id and an empty Text; the boosted status is stored too.
//   - QuoteOf: quote.quoted_status.id (Mastodon 4.4+; quote.status in the
//     first 4.4 documentation, quoted_status_id or status_id in a
//     ShallowQuote); the quoted status, when given whole, is stored too.
//     The "RE: <link>" paragraph Mastodon adds to a quote's content is
//     not part of the text.
//   - URL: url; Lang: language. Edits (edited_at) are not tracked: the
//     text is the status as it was fetched.
//   - Visibility: visibility, when it is one of Mastodon's four (public,
//     unlisted, private, direct); another server's own values (local,
//     list…) leave it "", not known.

// mastoMaxNest bounds the nesting of boosts and quotes read in one
// status (a boost of a quote of a quote…); real data nests two or three.
const mastoMaxNest = 32

type mastoAccount struct {
	ID          json.RawMessage `json:"id"`
	Username    string          `json:"username"`
	Acct        string          `json:"acct"`
	DisplayName string          `json:"display_name"`
}

type mastoStatus struct {
	ID          json.RawMessage `json:"id"`
	CreatedAt   string          `json:"created_at"`
	InReplyToID json.RawMessage `json:"in_reply_to_id"`
	Content     rawString       `json:"content"` // decoded once, into the text (see rawString)
	SpoilerText string          `json:"spoiler_text"`
	URL         string          `json:"url"`
	Language    string          `json:"language"`
	Visibility  string          `json:"visibility"`
	Account     *mastoAccount   `json:"account"`
	Reblog      *mastoStatus    `json:"reblog"`
	Quote       *mastoQuote     `json:"quote"`
}

// mastoQuote is a Quote or a ShallowQuote entity.
type mastoQuote struct {
	State          string          `json:"state"`
	QuotedStatus   *mastoStatus    `json:"quoted_status"`
	Status         *mastoStatus    `json:"status"`
	QuotedStatusID json.RawMessage `json:"quoted_status_id"`
	StatusID       json.RawMessage `json:"status_id"`
	// ID is set when quote is a whole Status, as some forks (Fedibird)
	// serve it.
	ID json.RawMessage `json:"id"`
}

// mastodonList reads a list of Statuses an envelope holds: a Context
// {ancestors, descendants} and the statuses of search results
// {accounts, statuses, hashtags}, one status at a time.
func mastodonList(d *docReader, s *jsonStream, path string) error {
	return d.in.streamList(s, path, "status", d.in.mastodonStatus)
}

// isMastodonStatus recognises a Status: an id, an HTML content and one
// of the fields only a Status has together with those.
func isMastodonStatus(o object) bool {
	if !has(o, "id", "content") {
		return false
	}
	for _, k := range [...]string{"account", "created_at", "spoiler_text", "in_reply_to_id", "reblog"} {
		if _, ok := o[k]; ok {
			return true
		}
	}
	return false
}

// mastodonStatus decodes one Status and stores its posts.
func (in *input) mastodonStatus(raw []byte, path string) {
	var st mastoStatus
	if err := json.Unmarshal(raw, &st); err != nil {
		in.rejectDecode(path, err)
		return
	}
	in.mastodonWalk(&st, path, 0)
}

// mastodonWalk stores st, then the status it boosts and the one it
// quotes.
func (in *input) mastodonWalk(st *mastoStatus, path string, depth int) {
	if depth > mastoMaxNest {
		in.reject(at{path: orRoot(path)}, "boosts and quotes nested deeper than %d levels: the rest is skipped", mastoMaxNest)
		return
	}
	p, field, err := st.post()
	if err != nil {
		in.reject(at{path: orRoot(jsonPath(path, field))}, "%v", err)
	} else {
		in.post(p, at{path: orRoot(path)})
	}
	if st.Reblog != nil {
		in.mastodonWalk(st.Reblog, jsonPath(path, "reblog"), depth+1)
	}
	if q := st.Quote; q != nil {
		switch {
		case q.QuotedStatus != nil:
			in.mastodonWalk(q.QuotedStatus, jsonPath(path, "quote.quoted_status"), depth+1)
		case q.Status != nil:
			in.mastodonWalk(q.Status, jsonPath(path, "quote.status"), depth+1)
		}
	}
}

// post turns a Status into a Post. On error, field names the field at
// fault ("" for the status itself).
func (st *mastoStatus) post() (p Post, field string, err error) {
	p.Platform = Mastodon
	if p.ID, err = idString(st.ID); err != nil {
		return p, "id", err
	}
	if p.ID == "" {
		return p, "", errors.New("missing field id")
	}
	a := st.Account
	if a == nil {
		return p, "", errors.New("missing field account")
	}
	p.Author = strings.TrimPrefix(strings.TrimSpace(a.Acct), "@")
	if p.Author == "" {
		return p, "account", errors.New("missing field acct")
	}
	if p.AuthorID, err = idString(a.ID); err != nil {
		return p, "account.id", err
	}
	p.AuthorName = a.DisplayName
	if st.CreatedAt == "" {
		return p, "", errors.New("missing field created_at")
	}
	if p.CreatedAt, err = ParseTime(st.CreatedAt); err != nil {
		return p, "created_at", err
	}
	if p.ReplyTo, err = idString(st.InReplyToID); err != nil {
		return p, "in_reply_to_id", err
	}
	p.URL, p.Lang = st.URL, st.Language
	if visibilityCode(st.Visibility) != 0 {
		p.Visibility = st.Visibility
	}
	if st.Reblog != nil {
		if p.RepostOf, err = idString(st.Reblog.ID); err != nil {
			return p, "reblog.id", err
		}
		if p.RepostOf == "" {
			return p, "reblog", errors.New("boost of a status without id")
		}
		return p, "", nil // a boost shows the boosted status, not text of its own
	}
	if !st.Content.set() {
		return p, "", errors.New("missing field content")
	}
	html := st.Content.String()
	st.Content = rawString{}
	p.Text = withWarning(st.SpoilerText, htmlText(html))
	if q := st.Quote; q != nil {
		for _, f := range [...]struct {
			name string
			raw  json.RawMessage
		}{{"quote.quoted_status.id", q.QuotedStatus.id()}, {"quote.status.id", q.Status.id()},
			{"quote.quoted_status_id", q.QuotedStatusID}, {"quote.status_id", q.StatusID}, {"quote.id", q.ID}} {
			if p.QuoteOf, err = idString(f.raw); err != nil {
				return p, f.name, err
			}
			if p.QuoteOf != "" {
				break
			}
		}
	}
	return p, "", nil
}

// withWarning puts a content warning before the text, as the reader sees
// it: "warning\n\ntext".
func withWarning(cw, text string) string {
	cw = strings.TrimSpace(cw)
	switch {
	case cw == "":
		return text
	case text == "":
		return cw
	}
	return cw + "\n\n" + text
}

func (st *mastoStatus) id() json.RawMessage {
	if st == nil {
		return nil
	}
	return st.ID
}

// jsonPath joins a JSON path and a field name.
func jsonPath(base, field string) string {
	switch {
	case field == "":
		return base
	case base == "":
		return field
	}
	return base + "." + field
}
