package provenance

import (
	"context"
	"sync"
)

// collect is a Sink for reader tests: it keeps every post in order and
// applies the same duplicate rules as the archive.
type collect struct {
	mu    sync.Mutex
	posts []Post
	byKey map[Key]int
}

func (c *collect) Put(_ context.Context, p Post) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byKey == nil {
		c.byKey = map[Key]int{}
	}
	if i, ok := c.byKey[p.Key()]; ok {
		if c.posts[i].Text != p.Text {
			return &ConflictError{Key: p.Key(), Stored: c.posts[i].Text, Text: p.Text}
		}
		return ErrDuplicate
	}
	c.byKey[p.Key()] = len(c.posts)
	c.posts = append(c.posts, p)
	return nil
}
