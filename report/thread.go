package report

import "github.com/guillemet/guillemet/provenance"

// PostThreadJSON is a post with its conversation: the answer of
// guillemet serve's GET /v1/posts/{platform}/{id}/thread (CONTRACT §4
// serve). Its thread reads as verify's, and its posts as verify's
// "posts", so that a CMS shows a post's thread as it shows a source's.
type PostThreadJSON struct {
	// Post is the post asked for, with its text.
	Post PostJSON `json:"post"`
	// Thread is its conversation: its ancestors and its replies (100 at
	// most), named by id.
	Thread *ThreadJSON `json:"thread"`
	// Posts holds, with their text, the posts the thread names
	// (ancestors, then replies), each once; [] when the post stands
	// alone.
	Posts []PostJSON `json:"posts"`
}

// PostThread returns the JSON of post p and its thread t (as
// provenance.ThreadOf gives it).
func PostThread(p provenance.Post, t provenance.Thread) PostThreadJSON {
	o := PostThreadJSON{Post: fullPost(p), Posts: []PostJSON{}}
	seen := map[string]bool{p.ID: true}
	o.Thread = thread(t, func(q provenance.Post) string {
		if !seen[q.ID] {
			seen[q.ID] = true
			o.Posts = append(o.Posts, fullPost(q))
		}
		return q.ID
	})
	return o
}

// thread is the JSON of t, its posts named by id; add is called on each
// post it names, in order, and returns its id.
func thread(t provenance.Thread, add func(provenance.Post) string) *ThreadJSON {
	o := &ThreadJSON{Root: t.Root, Ancestors: []string{}, Replies: []string{}, BrokenAt: t.BrokenAt, Cycle: t.Cycle}
	for _, p := range t.Ancestors {
		o.Ancestors = append(o.Ancestors, add(p))
	}
	for _, p := range t.Replies {
		o.Replies = append(o.Replies, add(p))
	}
	return o
}
