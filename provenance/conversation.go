package provenance

import "context"

// ConversationOf returns the id of p's conversation: the platform's
// conversation id when it gave one; else, for a reply, the conversation
// of the top of its reply chain as far as the archive holds it (its
// platform conversation id, or its id), or the id of the missing parent
// where the chain breaks, so that replies below one missing post share
// a conversation; else p's own id. It is the Conversation of p's
// Thread, without the replies.
func ConversationOf(ctx context.Context, a Archive, p Post) (string, error) {
	if p.Conversation != "" || p.ReplyTo == "" {
		return conversation(p, Ancestry{}), nil
	}
	anc, err := a.Ancestors(ctx, p.Key())
	if err != nil {
		return "", err
	}
	return conversation(p, anc), nil
}

// conversation is ConversationOf for a post whose ancestry is known.
func conversation(p Post, anc Ancestry) string {
	switch {
	case p.Conversation != "":
		return p.Conversation
	case p.ReplyTo == "":
		return p.ID
	case anc.BrokenAt != "":
		return anc.BrokenAt
	case len(anc.Posts) > 0:
		if c := anc.Posts[0].Conversation; c != "" {
			return c
		}
		return anc.Posts[0].ID
	}
	return p.ID
}
