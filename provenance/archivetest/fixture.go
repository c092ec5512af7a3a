package archivetest

import (
	"time"

	"github.com/guillemet/guillemet/provenance"
)

// t0 is the time the fixture's conversation starts.
var t0 = time.Date(2025, 3, 11, 8, 0, 0, 0, time.UTC)

// Batches returns the fictional posts Run stores, in the batches it
// gives to Put, in order:
//
//  1. an X thread under x:100 by Lea_Morel (replies by other authors and
//     by lea_morel, the same author in other case, two siblings at the
//     same minute) and more of her posts around it, x:100 with the file
//     it was read from, x:112 with ten (provenance.Post.From), the
//     others with none;
//  2. shares of x:100, the later one stored first, and a post quoting
//     itself;
//  3. one post on each other platform, on Mastodon with the id 100 and
//     a +01:00 offset, and one with no platform (generic);
//  4. a chain broken above x:200 (x:199 never arrives), replies and
//     reposts stored before their post x:500, and two reply cycles;
//  5. x:500 at last, x:100 seen again with its address, from another
//     file, deleted, x:112 with another text, a post without an author,
//     and a valid post after them.
//
// Every call returns a new copy.
func Batches() [][]provenance.Post {
	x := func(id, author string, at time.Duration, text string) provenance.Post {
		return provenance.Post{Platform: provenance.X, ID: id, Author: author, CreatedAt: t0.Add(at), Text: text, Lang: "fr"}
	}
	reply := func(p provenance.Post, to string) provenance.Post { p.ReplyTo = to; return p }

	lea102 := reply(x("102", "lea_morel", 2*time.Minute, "Le calendrier est tenu, les amendements sont prêts."), "101")
	lea102.AuthorName, lea102.AuthorID, lea102.Conversation = "Léa Morel", "7001", "100"
	repost := x("401", "marc_duval", 10*time.Minute, "RT @Lea_Morel: La réforme des retraites sera votée avant l'été, nous tiendrons bon.")
	repost.RepostOf = "100"
	quoting := x("400", "sophie_renaud", 5*time.Minute, "Promesse intenable, comme d'habitude.")
	quoting.QuoteOf = "100"
	self := x("403", "paul_girard", 6*time.Minute, "Je me cite moi-même, pour mémoire.")
	self.QuoteOf = "403"
	lateRepost := x("402", "sophie_renaud", 26*time.Minute, "RT @paul_girard: Le parent arrive après ses réponses.")
	lateRepost.RepostOf = "500"
	first := x("100", "Lea_Morel", 0, "La réforme des retraites sera votée avant l'été, nous tiendrons bon.")
	first.From = []provenance.Origin{{File: "export-a/data/tweets.js", Path: "[0].tweet"}}
	seenAgain := x("100", "Lea_Morel", 0, "La réforme des retraites sera votée avant l'été, nous tiendrons bon.")
	seenAgain.URL = "https://x.com/Lea_Morel/status/100"
	seenAgain.From, seenAgain.Deleted = []provenance.Origin{{File: "export-b/data/deleted-tweets.js", Path: "[3].tweet"}}, true
	meeting := x("112", "Lea_Morel", 2*time.Hour, "Merci aux militants venus nombreux au meeting de Lille.")
	for i := range provenance.MaxFrom + 2 {
		meeting.From = append(meeting.From, provenance.Origin{File: "timeline.jsonl", Line: 10 + i})
	}
	changed := x("112", "Lea_Morel", 2*time.Hour, "Texte modifié après coup.")
	changed.From = []provenance.Origin{{File: "export-c.jsonl", Line: 3}}

	return [][]provenance.Post{
		{
			first,
			reply(x("101", "marc_duval", time.Minute, "Votée avant l'été ? Le calendrier parlementaire dit le contraire."), "100"),
			lea102,
			reply(x("105", "paul_girard", time.Minute, "Quelle réforme exactement ? Le texte n'est pas publié."), "100"),
			reply(x("103", "sophie_renaud", 3*time.Minute, "Les syndicats appellent à manifester jeudi."), "100"),
			reply(x("104", "marc_duval", 4*time.Minute, "Nous verrons bien en commission."), "102"),
			x("110", "Lea_Morel", -time.Hour, "Réunion ce matin avec les élus du groupe sur le budget."),
			x("111", "LEA_MOREL", time.Hour, "Je serai ce soir au journal de vingt heures."),
			meeting,
		},
		{repost, quoting, self},
		{
			{Platform: provenance.Mastodon, ID: "100", Author: "lea_morel", CreatedAt: t0.Add(30 * time.Minute).In(time.FixedZone("", 3600)),
				Text: "Sur Mastodon aussi : la commission des finances siège demain.", URL: "https://piaille.example/@lea_morel/100",
				Visibility: provenance.VisibilityPrivate},
			{Platform: provenance.Bluesky, ID: "at://did:plc:fictif1/app.bsky.feed.post/3k1", Author: "camille-roux.bsky.social", CreatedAt: t0.Add(40 * time.Minute),
				Text: "Les pistes cyclables du boulevard Voltaire seront terminées en septembre."},
			{ID: "g1", Author: "redaction", CreatedAt: t0.Add(50 * time.Minute), Text: "Communiqué : la mairie ouvre trois nouvelles crèches à la rentrée."},
		},
		{
			reply(x("201", "paul_girard", 20*time.Minute, "Je confirme, j'y étais aussi."), "200"),
			reply(x("200", "sophie_renaud", 15*time.Minute, "J'étais au conseil municipal hier soir."), "199"),
			reply(x("501", "marc_duval", 25*time.Minute, "Réponse arrivée avant son message parent."), "500"),
			lateRepost,
			reply(x("300", "marc_duval", 21*time.Minute, "Premier message d'une boucle."), "301"),
			reply(x("301", "paul_girard", 22*time.Minute, "Second message qui ferme la boucle."), "300"),
			reply(x("302", "paul_girard", 23*time.Minute, "Je me réponds à moi-même."), "302"),
		},
		{
			x("500", "paul_girard", 24*time.Minute, "Le parent arrive après ses réponses."),
			seenAgain,
			changed,
			x("600", "", 30*time.Minute, "Un message sans auteur."),
			x("601", "redaction", 31*time.Minute, "Le lot continue après les erreurs."),
		},
	}
}

// heldPosts is how many posts the archive holds once every batch is
// stored.
const heldPosts = 24

// keys lists every key the fixture names, held or not.
func keys() []provenance.Key {
	seen := map[provenance.Key]bool{}
	var out []provenance.Key
	add := func(k provenance.Key) {
		if k.ID != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, b := range Batches() {
		for _, p := range b {
			if p.Platform == "" {
				p.Platform = provenance.Generic
			}
			add(p.Key())
			for _, id := range []string{p.ReplyTo, p.Conversation, p.QuoteOf, p.RepostOf} {
				add(provenance.Key{Platform: p.Platform, ID: id})
			}
		}
	}
	return out
}
