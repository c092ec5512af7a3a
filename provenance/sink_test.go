package provenance

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// collect is a Sink for reader tests: it keeps every post in order and
// reports duplicates and conflicts as the archive does (Merge), keeping
// the first copy as it came.
type collect struct {
	mu    sync.Mutex
	posts []Post
	byKey map[Key]int
}

func (c *collect) Put(_ context.Context, posts ...Post) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byKey == nil {
		c.byKey = map[Key]int{}
	}
	var errs PutErrors
	for n, p := range posts {
		if i, ok := c.byKey[p.Key()]; ok {
			_, err := Merge(c.posts[i], p)
			errs = append(errs, &PutError{Index: n, Key: p.Key(), Err: err})
			continue
		}
		c.byKey[p.Key()] = len(c.posts)
		c.posts = append(c.posts, p)
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// postCount returns the number of posts the archive holds.
func postCount(t testing.TB, a Archive) int {
	t.Helper()
	n, err := a.Len(context.Background())
	require.NoError(t, err)
	return n
}
