package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeProgress returns a progress on buf whose clock is *clock and whose
// posts are *posts.
func fakeProgress(buf *bytes.Buffer, tty bool, clock *time.Time, posts *int) *progress {
	p := newProgress(buf, "verify", func() time.Time { return *clock }, func() int { return *posts })
	p.tty = tty
	return p
}

// TestProgressTerminal: on a terminal, nothing for the first second,
// then the line redrawn in place at every tick, erased before a message
// and at the end.
func TestProgressTerminal(t *testing.T) {
	var buf bytes.Buffer
	clock, posts := time.Unix(1_700_000_000, 0), 0
	p := fakeProgress(&buf, true, &clock, &posts)
	clock, posts = clock.Add(900*time.Millisecond), 180_000
	p.tick()
	assert.Empty(t, buf.String(), "a load under a second shows nothing")
	clock, posts = clock.Add(100*time.Millisecond), 200_000
	p.tick()
	assert.Equal(t, "\r\x1b[Kguillemet verify: reading: 200000 posts, 200000 posts/s, 0 rejected", buf.String())
	buf.Reset()
	p.message("guillemet verify: a.jsonl:3: missing field id", true)
	assert.Equal(t, "\r\x1b[Kguillemet verify: a.jsonl:3: missing field id\n", buf.String())
	buf.Reset()
	clock, posts = clock.Add(time.Second), 300_000
	p.tick()
	assert.Equal(t, "\r\x1b[Kguillemet verify: reading: 300000 posts, 150000 posts/s, 1 rejected", buf.String())
	buf.Reset()
	p.message("guillemet verify: b.png: skipped: a PNG image, not an archive format", false)
	p.mu.Lock()
	p.erase()
	p.mu.Unlock()
	assert.Equal(t, "\r\x1b[Kguillemet verify: b.png: skipped: a PNG image, not an archive format\n", buf.String(), "erased once, not again")
}

// TestProgressPlain: elsewhere than on a terminal, plain lines, the
// first after a second, then one every five seconds, never erased.
func TestProgressPlain(t *testing.T) {
	var buf bytes.Buffer
	clock, posts := time.Unix(1_700_000_000, 0), 0
	p := fakeProgress(&buf, false, &clock, &posts)
	var lines []string
	for range 40 { // 8 s, a tick every 200 ms
		clock, posts = clock.Add(200*time.Millisecond), posts+10_000
		p.tick()
		if buf.Len() > 0 {
			lines = append(lines, buf.String())
			buf.Reset()
		}
	}
	assert.Equal(t, []string{
		"guillemet verify: reading: 50000 posts, 50000 posts/s, 0 rejected\n",
		"guillemet verify: reading: 300000 posts, 50000 posts/s, 0 rejected\n",
	}, lines)
}

// TestProgressRun: run ticks until stopped, and stopping erases a line
// left on the terminal.
func TestProgressRun(t *testing.T) {
	var buf bytes.Buffer
	clock, posts := time.Unix(1_700_000_000, 0), 5
	p := fakeProgress(&buf, true, &clock, &posts)
	clock = clock.Add(2 * time.Second)
	stop := p.run(time.Millisecond)
	require.Eventually(t, func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.drawn
	}, 5*time.Second, time.Millisecond)
	stop()
	out := buf.String()
	assert.Contains(t, out, "guillemet verify: reading: 5 posts, 2 posts/s, 0 rejected")
	assert.True(t, bytes.HasSuffix(buf.Bytes(), []byte(eraseLine)), "%q", out)
}

// TestProgressNotTerminal: a file, and a buffer, are not terminals.
func TestProgressNotTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f))
	assert.False(t, isTerminal(&bytes.Buffer{}))
}
