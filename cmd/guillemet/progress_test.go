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

// TestProgressETA: on a terminal, when the size of the input is known,
// the line ends with the share read and the time left at the pace so
// far; not before anything is read, and never on a plain line.
func TestProgressETA(t *testing.T) {
	var buf bytes.Buffer
	clock, posts := time.Unix(1_700_000_000, 0), 0
	p := fakeProgress(&buf, true, &clock, &posts)
	p.total = 4_000_000
	clock = clock.Add(2 * time.Second)
	p.tick()
	assert.Equal(t, "\r\x1b[Kguillemet verify: reading: 0 posts, 0 posts/s, 0 rejected", buf.String(), "nothing read yet: no estimate")
	buf.Reset()
	p.addRead(1_000_000)
	posts = 50_000
	clock = clock.Add(time.Second)
	p.tick()
	assert.Equal(t, "\r\x1b[Kguillemet verify: reading: 50000 posts, 16667 posts/s, 0 rejected, 25%, 9s left", buf.String())
	buf.Reset()
	p.addRead(2_990_000)
	clock = clock.Add(97 * time.Second)
	p.tick()
	assert.Equal(t, "\r\x1b[Kguillemet verify: reading: 50000 posts, 500 posts/s, 0 rejected, 100%, 0s left", buf.String(), "99.75% rounds to 100%, 0.25 s left to 0 s")
	buf.Reset()
	p.addRead(1_000_000)
	clock = clock.Add(time.Hour)
	p.tick()
	assert.Contains(t, buf.String(), "0 rejected, 100%, 0s left", "more read than the size: done")

	plain := fakeProgress(&buf, false, &clock, &posts)
	plain.total = 100
	plain.addRead(50)
	buf.Reset()
	clock = clock.Add(2 * time.Second)
	plain.tick()
	assert.Equal(t, "guillemet verify: reading: 50000 posts, 25000 posts/s, 0 rejected\n", buf.String())
}

// TestInputSize: the size of the files a load reads, a folder's but
// its hidden entries; 0 for a path that is not there.
func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), make([]byte, n), 0o644))
	}
	write("a.jsonl", 100)
	write("sub/b.js", 20)
	write(".hidden", 1000)
	write(".git/objects", 1000)
	write("c.json", 3)
	assert.Equal(t, int64(123), inputSize([]string{dir}))
	assert.Equal(t, int64(103), inputSize([]string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "c.json")}))
	assert.Equal(t, int64(0), inputSize([]string{dir, filepath.Join(dir, "missing")}))
}

// TestProgressNotTerminal: a file, and a buffer, are not terminals.
func TestProgressNotTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f))
	assert.False(t, isTerminal(&bytes.Buffer{}))
}
