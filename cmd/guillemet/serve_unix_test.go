//go:build unix

package main

import (
	"bytes"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/internal/pgtest"
)

// lockedBuffer is a buffer the command writes while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs guillemet serve with args (and --addr 127.0.0.1:0) and
// returns its URL, read from its log, with its output and exit code.
func startServe(t *testing.T, args ...string) (url string, stdout *bytes.Buffer, stderr *lockedBuffer, exit chan int) {
	t.Helper()
	stdout, stderr, exit = &bytes.Buffer{}, &lockedBuffer{}, make(chan int, 1)
	args = append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)
	go func() { exit <- run(args, strings.NewReader(""), stdout, stderr) }()

	listening := regexp.MustCompile(`msg=listening addr=(127\.0\.0\.1:\d+)`)
	var addr string
	for deadline := time.Now().Add(30 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		select {
		case code := <-exit:
			t.Fatalf("serve exited %d before listening:\n%s", code, stderr)
		default:
		}
		if m := listening.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
		}
	}
	require.NotEmpty(t, addr, "no address logged:\n%s", stderr)
	return "http://" + addr, stdout, stderr, exit
}

// TestServeCommand starts guillemet serve on a free loopback port, reads
// the address from its log, asks it what the command answers, sends it
// SIGINT and checks a clean exit.
func TestServeCommand(t *testing.T) {
	url, stdout, stderr, exit := startServe(t, archiveArgs()...)

	resp, err := http.Get(url + "/healthz")
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, `{"status":"ok","posts":21}`+"\n", string(b))
	checkSameAsCommand(t, url)

	stopServe(t, stderr, exit)
	log := stderr.String()
	assert.Contains(t, log, "guillemet serve: loaded 21 posts from 2 files (0 rejected)\n")
	assert.Contains(t, log, "msg=request method=POST path=/v1/verify status=200")
	assert.Contains(t, log, `msg="shutting down"`)
	assert.Contains(t, log, "msg=stopped")
	assert.NotContains(t, log, "retraites", "the log holds no request body")
	assert.Empty(t, stdout.String())
}

// stopServe sends SIGINT to the test process, which the serve command
// running in it catches, and checks that it exits 0 within 30 s.
func stopServe(t *testing.T, stderr *lockedBuffer, exit chan int) {
	t.Helper()
	require.NoError(t, syscall.Kill(syscall.Getpid(), syscall.SIGINT))
	select {
	case code := <-exit:
		assert.Equal(t, exitOK, code, stderr.String())
	case <-time.After(30 * time.Second):
		t.Errorf("serve did not stop on SIGINT:\n%s", stderr)
	}
}

// TestServeIndex serves a saved archive (--index): the same answers as
// the command on the exports it was saved from.
func TestServeIndex(t *testing.T) {
	file := filepath.Join(t.TempDir(), "archive.gidx")
	cli(t, "", append([]string{"index", "--out", file}, archiveArgs()...)...)
	url, _, stderr, exit := startServe(t, "--index", file)
	checkSameAsCommand(t, url)
	stopServe(t, stderr, exit)
	assert.Contains(t, stderr.String(), "guillemet serve: opened "+file+": 21 posts (saved archive)\n")
}

// TestServeDB serves the PostgreSQL archive (--db): the same answers as
// the command on the exports ingested, the database named without its
// password.
func TestServeDB(t *testing.T) {
	db := migratedDB(t)
	cli(t, "", append([]string{"ingest", "--db", db}, archiveArgs()...)...)
	url, _, stderr, exit := startServe(t, "--db", db)
	checkSameAsCommand(t, url)
	stopServe(t, stderr, exit)
	assert.Regexp(t, `guillemet serve: opened postgres://\S+:xxxxx@\S+: 21 posts \(PostgreSQL\)\n`, stderr.String())
	assert.NotContains(t, stderr.String(), password(t, db))
}

// TestServeReplica: serve --db reads a streaming replica while ingest
// writes to the primary; a quote of a post ingested on the primary is
// answered from the replica once replayed, as the command answers it on
// the exports.
func TestServeReplica(t *testing.T) {
	primary := migratedDB(t)
	replica := pgtest.Replica(t, primary)
	cli(t, "", "ingest", "--db", primary, "--archive", serveArchives[1]) // without the quote's source
	var url string
	var stderr *lockedBuffer
	var exit chan int
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		// The replica may not have replayed the migration yet.
		if code, _, errOut := runCLI(t, "", "verify", "--db", replica, "--quote", "x"); code == 0 {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("the replica never showed the migrated schema: %s", errOut)
		}
	}
	url, _, stderr, exit = startServe(t, "--db", replica)
	want := served(cli(t, "", append([]string{"verify", "--json", "--quote", serveQuote}, archiveArgs()...)...))
	_, got := post(t, url+"/v1/verify", `{"text":"`+serveQuote+`"}`)
	require.NotEqual(t, want, got, "the answer before the source is ingested")
	cli(t, "", append([]string{"ingest", "--db", primary}, archiveArgs()...)...)
	for deadline := time.Now().Add(30 * time.Second); got != want && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		_, got = post(t, url+"/v1/verify", `{"text":"`+serveQuote+`"}`)
	}
	assert.Equal(t, want, got, "the replica never answered the post ingested on the primary")
	stopServe(t, stderr, exit)
}
