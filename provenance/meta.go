package provenance

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
)

// Facebook's and Instagram's "Download your information" (format JSON):
// a folder (or its ZIP) of JSON files, the account's own posts and
// comments among them:
//
//	Facebook  your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json
//	          [{"timestamp", "data": [{"post": "…"}], "attachments", "title"}]
//	          your_facebook_activity/comments_and_reactions/comments.json
//	          {"comments_v2": [{"timestamp", "data": [{"comment": {"timestamp", "comment", "author"}}], "title"}]}
//	          personal_information/profile_information/profile_information.json
//	          {"profile_v2": {"name": {"full_name"}, "username"}}
//	Instagram your_instagram_activity/content/posts_1.json
//	          [{"media": [{"uri", "creation_timestamp", "title"}], "title", "creation_timestamp"}]
//	          your_instagram_activity/comments/post_comments_1.json
//	          [{"string_map_data": {"Comment": {"value"}, "Media Owner": {"value"}, "Time": {"timestamp"}}}]
//	          personal_information/personal_information/personal_information.json
//	          {"profile_user": [{"string_map_data": {"Username": {"value"}, "Name": {"value"}}}]}
//
// (older exports lack the your_…_activity level). The export writes
// every string as UTF-8 bytes read as Latin-1 ("j\u00e2\u0080\u0099ai"
// for "j’ai"): a string made only of such characters is decoded back
// as UTF-8, and what remains is repaired by normalize.RepairMojibake.
// Timestamps are seconds.
//
// A post or comment becomes a Post with:
//
//   - Platform "facebook" or "instagram". The export gives no id: ID is
//     "{timestamp}-{12 hex digits of the SHA-256 of the text}", the same
//     in every export of the account.
//   - Author: the account's username (Facebook's, when it has one, else
//     its full name; Instagram's), AuthorName its name, both from the
//     profile file of the same export, found by going up from the posts'
//     folder (at most three levels). Without it, a comment's author (a
//     Facebook comment names it) is taken, and a post is rejected: the
//     file does not say who wrote it.
//   - Text: the post, the comment, the caption.
//   - No ReplyTo: a comment names the owner of what it answers ("Media
//     Owner", the title's "a commenté la publication de …"), never the
//     post; the parent cannot be linked. A comment is a post of its own.
//
// Other files of the export (likes, messages, ads, settings) are JSON
// of other shapes: in a folder, their records are rejected as of no
// known format, so give --archive the posts and comments files (README).

// Platforms of the "Download your information" exports.
const (
	Facebook  = "facebook"
	Instagram = "instagram"
)

// metaOwner is the account an export belongs to.
type metaOwner struct{ handle, name string }

// metaProfiles are where the profile file lies, from the export's root.
var metaProfiles = map[string][]string{
	Facebook: {"personal_information/profile_information/profile_information.json", "profile_information/profile_information.json"},
	Instagram: {"personal_information/personal_information/personal_information.json",
		"personal_information/personal_information.json"},
}

// metaOwner returns the account of the export that holds the file being
// read, from its profile file: found, or nil.
func (in *input) metaOwner(platform string) *metaOwner {
	if in.owners == nil {
		in.owners = map[string]*metaOwner{}
	}
	if o, ok := in.owners[platform]; ok {
		return o
	}
	var o *metaOwner
	up := ""
	for level := 0; level <= 3 && o == nil; level++ {
		for _, rel := range metaProfiles[platform] {
			b, err := readBeside(in.files, in.files.beside(in.name, up+rel), maxActorBytes, "a profile")
			if err != nil {
				continue
			}
			o = parseMetaProfile(platform, b)
			if o != nil {
				break
			}
		}
		up += "../"
	}
	in.owners[platform] = o
	return o
}

// parseMetaProfile reads a profile file, or returns nil.
func parseMetaProfile(platform string, b []byte) *metaOwner {
	if platform == Facebook {
		var p struct {
			Profile struct {
				Name struct {
					FullName string `json:"full_name"`
				} `json:"name"`
				Username string `json:"username"`
			} `json:"profile_v2"`
		}
		if json.Unmarshal(b, &p) != nil || p.Profile.Name.FullName == "" {
			return nil
		}
		name := metaText(p.Profile.Name.FullName)
		handle := strings.TrimPrefix(metaText(p.Profile.Username), "@")
		if handle == "" {
			handle = name
		}
		return &metaOwner{handle: handle, name: name}
	}
	var p struct {
		Users []struct {
			Data map[string]struct {
				Value string `json:"value"`
			} `json:"string_map_data"`
		} `json:"profile_user"`
	}
	if json.Unmarshal(b, &p) != nil || len(p.Users) == 0 {
		return nil
	}
	d := p.Users[0].Data
	handle := strings.TrimPrefix(metaText(d["Username"].Value), "@")
	if handle == "" {
		return nil
	}
	return &metaOwner{handle: handle, name: metaText(d["Name"].Value)}
}

// metaText undoes the export's encoding: a string whose characters are
// all below U+0100 and whose bytes, so read, are UTF-8 is decoded; the
// rest is left to normalize.RepairMojibake.
func metaText(s string) string {
	b := make([]byte, 0, len(s))
	latin := true
	high := false
	for _, r := range s {
		if r >= 0x100 {
			latin = false
			break
		}
		high = high || r >= 0x80
		b = append(b, byte(r))
	}
	if latin && high && utf8.Valid(b) {
		return string(b)
	}
	t, _ := normalize.RepairMojibake(s)
	return t
}

// metaID is the id of a post of the export: its time and its text's
// digest.
func metaID(ts int64, text string) string {
	sum := sha256.Sum256([]byte(text))
	return strconv.FormatInt(ts, 10) + "-" + hex.EncodeToString(sum[:6])
}

// metaTime reads a timestamp in seconds.
func metaTime(raw json.RawMessage) (time.Time, error) {
	var n int64
	if err := json.Unmarshal(raw, &n); err != nil || n <= 0 || n > 1<<40 {
		return time.Time{}, errors.New("want a timestamp in seconds")
	}
	return time.Unix(n, 0).UTC(), nil
}

// metaPost stores a post or comment of the export.
func (in *input) metaPost(platform string, ts json.RawMessage, text, commenter, path, tsField string) {
	t, err := metaTime(ts)
	if err != nil {
		if len(ts) == 0 {
			err = errors.New("missing field " + tsField)
		}
		in.reject(at{path: jsonPath(path, tsField)}, "%v", err)
		return
	}
	text = metaText(text)
	p := Post{Platform: platform, ID: metaID(t.Unix(), text), CreatedAt: t, Text: text}
	switch o := in.metaOwner(platform); {
	case o != nil:
		p.Author, p.AuthorName = o.handle, o.name
	case commenter != "":
		p.Author = metaText(commenter)
		p.AuthorName = p.Author
	default:
		in.reject(at{path: path}, "no profile file in this %s export (%s): cannot tell who wrote it", metaName(platform), metaProfiles[platform][0])
		return
	}
	in.post(p, at{path: path})
}

func metaName(platform string) string {
	if platform == Facebook {
		return "Facebook"
	}
	return "Instagram"
}

// isFacebookPost recognises a post of your_posts_….json: read before the
// envelopes, as its "data" is not the X API's.
func isFacebookPost(o object) bool {
	return has(o, "timestamp") && (has(o, "data") || has(o, "attachments")) && !has(o, "id") && !has(o, "includes")
}

// readFacebookPost reads a post: {"timestamp", "data": [{"post"}, …]}.
func readFacebookPost(in *input, raw []byte, _ object, path string) {
	var p struct {
		Timestamp json.RawMessage `json:"timestamp"`
		Data      []struct {
			Post *string `json:"post"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		in.rejectDecode(path, err)
		return
	}
	text := ""
	for _, d := range p.Data {
		if d.Post != nil {
			text = *d.Post
			break
		}
	}
	in.metaPost(Facebook, p.Timestamp, text, "", orRoot(path), "timestamp")
}

// facebookComments reads comments_v2: [{"timestamp", "data": [{"comment": {…}}]}].
func facebookComments(d *docReader, s *jsonStream, path string) error {
	in := d.in
	return in.streamList(s, path, "comment", func(raw []byte, p string) {
		var c struct {
			Timestamp json.RawMessage `json:"timestamp"`
			Data      []struct {
				Comment *struct {
					Timestamp json.RawMessage `json:"timestamp"`
					Comment   string          `json:"comment"`
					Author    string          `json:"author"`
				} `json:"comment"`
			} `json:"data"`
		}
		if err := json.Unmarshal(raw, &c); err != nil {
			in.rejectDecode(p, err)
			return
		}
		for _, d := range c.Data {
			if d.Comment != nil {
				ts := d.Comment.Timestamp
				if len(ts) == 0 {
					ts = c.Timestamp
				}
				in.metaPost(Facebook, ts, d.Comment.Comment, d.Comment.Author, p, "timestamp")
				return
			}
		}
		in.reject(at{path: jsonPath(p, "data")}, "missing field comment")
	})
}

// isInstagramPost recognises a post of posts_1.json.
func isInstagramPost(o object) bool { return has(o, "media") && !has(o, "id") }

// readInstagramPost reads {"media": [{"creation_timestamp", "title"}], "title", "creation_timestamp"}.
func readInstagramPost(in *input, raw []byte, _ object, path string) {
	var p struct {
		Title     *string         `json:"title"`
		Timestamp json.RawMessage `json:"creation_timestamp"`
		Media     []struct {
			Title     string          `json:"title"`
			Timestamp json.RawMessage `json:"creation_timestamp"`
		} `json:"media"`
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		in.rejectDecode(path, err)
		return
	}
	ts, field := p.Timestamp, "creation_timestamp"
	text := ""
	if p.Title != nil {
		text = *p.Title
	}
	if len(p.Media) > 0 {
		if len(ts) == 0 {
			ts, field = p.Media[0].Timestamp, "media[0].creation_timestamp"
		}
		if p.Title == nil {
			text = p.Media[0].Title
		}
	}
	in.metaPost(Instagram, ts, text, "", orRoot(path), field)
}

// isInstagramComment recognises a comment of post_comments_1.json.
func isInstagramComment(o object) bool {
	var m map[string]json.RawMessage
	return has(o, "string_map_data") && json.Unmarshal(o["string_map_data"], &m) == nil && m["Comment"] != nil
}

// readInstagramComment reads {"string_map_data": {"Comment", "Time"}}.
func readInstagramComment(in *input, raw []byte, _ object, path string) {
	var c struct {
		Data struct {
			Comment struct {
				Value string `json:"value"`
			} `json:"Comment"`
			Time struct {
				Timestamp json.RawMessage `json:"timestamp"`
			} `json:"Time"`
		} `json:"string_map_data"`
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		in.rejectDecode(path, err)
		return
	}
	in.metaPost(Instagram, c.Data.Time.Timestamp, c.Data.Comment.Value, "", jsonPath(orRoot(path), "string_map_data"), "Time.timestamp")
}

// isMetaProfile recognises the profile files, which hold no posts.
func isMetaProfile(o object) bool { return has(o, "profile_v2") || has(o, "profile_user") }
