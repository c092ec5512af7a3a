package provenance

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/guillemet/guillemet/internal/jsonrec"
)

// Telegram Desktop's chat export ("Export chat history", format
// "Machine-readable JSON"): result.json, one chat
//
//	{"name", "type", "id": 1234567890, "messages": [{"id", "type": "message",
//	 "date", "date_unixtime", "from", "from_id", "reply_to_message_id",
//	 "forwarded_from", "text", "text_entities"}, …]}
//
// or, from "Export Telegram data", every chat:
// {"about", "personal_information", …, "chats": {"about", "list": [chat, …]},
// "left_chats": {…}}.
//
// A message of type "message" becomes a Post with:
//
//   - Platform "telegram"; ID "{chat id}/{message id}" (a message's id is
//     its place in its chat); ReplyTo "{chat id}/{reply_to_message_id}".
//     A chat whose id comes after its messages (never so in Telegram
//     Desktop's files) keys them by the message id alone.
//   - Author: from_id ("user123456789", "channel1234567890"): the export
//     holds no user name; AuthorName: from, the name the chat showed (a
//     screenshot's name matches it).
//   - CreatedAt: date_unixtime (seconds). date is the exporting
//     computer's local time without its offset: a message without
//     date_unixtime (exports before 2021) has its date read in
//     Loader.Zone, the zone the user names (guillemet --tz), and is
//     rejected without it, and when its date falls in an hour the clocks
//     went back (it names two times) or skipped. No zone is guessed.
//   - Text: text_entities (or text) joined: the text shown; links, mentions
//     and hashtags as shown (a text_link's words, not its target, as the
//     reader sees them).
//   - A forwarded message (forwarded_from: the name of whom it copies) keeps
//     its text and has RepostOf "forwarded:{chat id}/{message id}", a post
//     the export does not hold (it gives no id nor date for the
//     original): the words are not its forwarder's, and linking never
//     takes a repost for their source.
//
// Service messages (joins, pins, calls) are passed over: they hold no
// one's words. Each message is a record (MaxRecordBytes); a chat of any
// length is streamed.

// Telegram is the platform of the posts of Telegram's chat exports.
const Telegram = "telegram"

type tgMessage struct {
	ID              json.RawMessage `json:"id"`
	Type            string          `json:"type"`
	DateUnix        string          `json:"date_unixtime"`
	Date            string          `json:"date"`
	From            *string         `json:"from"`
	FromID          string          `json:"from_id"`
	ReplyTo         json.RawMessage `json:"reply_to_message_id"`
	ForwardedFrom   *string         `json:"forwarded_from"`
	Text            json.RawMessage `json:"text"`
	TextEntities    json.RawMessage `json:"text_entities"`
	ForwardedFromID string          `json:"forwarded_from_id"`
}

// telegramMessages reads the messages of a chat that is the document
// itself.
func telegramMessages(d *docReader, s *jsonStream, path string) error {
	return d.in.telegramList(s, path, d.id)
}

// telegramList reads the messages of the chat chatID.
func (in *input) telegramList(s *jsonStream, path, chatID string) error {
	return in.streamList(s, path, "message", func(raw []byte, p string) {
		in.telegramMessage(raw, p, chatID)
	})
}

// telegramChats reads the chats of a whole export: {"about", "list": [chat…]}.
func telegramChats(d *docReader, s *jsonStream, path string) error {
	in := d.in
	if ok, err := in.opens(s, path, '{', "an object of chats"); !ok {
		return err
	}
	return s.members(path, func(k string) error {
		kp := jsonPath(path, k)
		if k != "list" {
			return atPath(kp, s.skip())
		}
		if ok, err := in.arrayNext(s, kp, "an array of chats"); !ok {
			return err
		}
		return s.elements(kp, func(i int) error {
			return in.telegramChat(s, kp+"["+strconv.Itoa(i)+"]")
		})
	})
}

// telegramChat reads one chat of a whole export, streaming its messages.
func (in *input) telegramChat(s *jsonStream, path string) error {
	if ok, err := in.opens(s, path, '{', "a chat object"); !ok {
		return err
	}
	chatID := ""
	return s.members(path, func(k string) error {
		kp := jsonPath(path, k)
		switch k {
		case "id":
			raw, _, err := s.value(64)
			if err != nil {
				return atPath(kp, err)
			}
			chatID, _ = idString(raw)
			return nil
		case "messages":
			return in.telegramList(s, kp, chatID)
		}
		return atPath(kp, s.skip())
	})
}

// telegramMessage reads one message.
func (in *input) telegramMessage(raw []byte, path, chatID string) {
	var m tgMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		in.rejectDecode(path, err)
		return
	}
	if m.Type != "message" {
		if m.Type == "" {
			in.reject(at{path: path}, "missing field type")
		}
		return // a service message: no one's words
	}
	p, field, err := m.post(chatID, in.l.Zone)
	if err != nil {
		in.reject(at{path: jsonPath(path, field)}, "%v", err)
		return
	}
	in.post(p, at{path: path})
}

// post turns a message into a Post, a date without date_unixtime read
// in zone; on error, field names the field at fault.
func (m *tgMessage) post(chatID string, zone *time.Location) (p Post, field string, err error) {
	p.Platform = Telegram
	id, err := idString(m.ID)
	if err != nil || id == "" {
		return p, "id", orMissing(err, "id")
	}
	key := func(n string) string {
		if chatID == "" {
			return n
		}
		return chatID + "/" + n
	}
	p.ID = key(id)
	if p.Author = strings.TrimSpace(m.FromID); p.Author == "" {
		return p, "", errors.New("missing field from_id")
	}
	if m.From != nil {
		p.AuthorName = *m.From
	}
	if m.DateUnix == "" {
		if p.CreatedAt, field, err = localDate(m.Date, zone); err != nil {
			return p, field, err
		}
	} else {
		sec, err := strconv.ParseInt(m.DateUnix, 10, 64)
		if err != nil || sec < 0 || sec > 1<<40 {
			return p, "date_unixtime", fmt.Errorf("want seconds since 1970, got %q", jsonrec.Truncate(m.DateUnix, 30))
		}
		p.CreatedAt = time.Unix(sec, 0).UTC()
	}
	if len(m.ReplyTo) > 0 && string(m.ReplyTo) != "null" {
		r, err := idString(m.ReplyTo)
		if err != nil {
			return p, "reply_to_message_id", err
		}
		p.ReplyTo = key(r)
	}
	if m.ForwardedFrom != nil || m.ForwardedFromID != "" {
		p.RepostOf = "forwarded:" + p.ID
	}
	if p.Text, field, err = m.text(); err != nil {
		return p, field, err
	}
	return p, "", nil
}

// tgLocalLayout is the layout of a Telegram Desktop date: the exporting
// computer's local time, without its offset.
const tgLocalLayout = "2006-01-02T15:04:05"

// localDate reads date, a local time without its offset, in zone. It
// fails when zone is nil (none was named: the date could be any of
// twenty-six hours), and when the date is not one instant in zone: in
// the hour the clocks went back it names two, in the hour they skipped
// none. On error, field names the field at fault.
func localDate(date string, zone *time.Location) (t time.Time, field string, err error) {
	if date == "" {
		return t, "", errors.New("missing field date_unixtime (and date)")
	}
	if zone == nil {
		return t, "date", fmt.Errorf("no date_unixtime (an export before 2021), and date %q is the exporting computer's local time without its offset: name that computer's time zone (guillemet --tz Europe/Paris; Loader.Zone) to read it",
			jsonrec.Truncate(date, 30))
	}
	wall, err := time.Parse(tgLocalLayout, date)
	if err != nil {
		return t, "date", fmt.Errorf("want a local time %s, got %q", tgLocalLayout, jsonrec.Truncate(date, 30))
	}
	// The instants whose wall clock in zone is date: one for each offset
	// zone has around it.
	var at []time.Time
	for _, probe := range [...]time.Time{wall.Add(-26 * time.Hour), wall.Add(26 * time.Hour)} {
		_, off := probe.In(zone).Zone()
		u := wall.Add(-time.Duration(off) * time.Second).In(zone)
		if u.Format(tgLocalLayout) == date && !slices.ContainsFunc(at, u.Equal) {
			at = append(at, u)
		}
	}
	switch len(at) {
	case 0:
		return t, "date", fmt.Errorf("date %q does not exist in %s (the clocks skipped that hour)", date, zone)
	case 2:
		return t, "date", fmt.Errorf("date %q is two times in %s (the clocks went back that hour): %s or %s",
			date, zone, at[0].Format(time.RFC3339), at[1].Format(time.RFC3339))
	}
	return at[0], "", nil
}

// text joins text_entities (or text, when the export has no entities)
// into the text shown.
func (m *tgMessage) text() (string, string, error) {
	field, raw := "text_entities", m.TextEntities
	if len(raw) == 0 || string(raw) == "null" {
		field, raw = "text", m.Text
	}
	if len(raw) == 0 || string(raw) == "null" {
		return "", "", nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, "", nil
	}
	var parts []json.RawMessage
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", field, errors.New("want a string or an array of text parts")
	}
	var b strings.Builder
	for i, part := range parts {
		if json.Unmarshal(part, &s) == nil {
			b.WriteString(s)
			continue
		}
		var e struct {
			Text *string `json:"text"`
		}
		if json.Unmarshal(part, &e) != nil || e.Text == nil {
			return "", field + "[" + strconv.Itoa(i) + "]", errors.New(`want a string or {"type", "text"}`)
		}
		b.WriteString(*e.Text)
	}
	return b.String(), "", nil
}
