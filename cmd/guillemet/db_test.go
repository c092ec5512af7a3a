package main

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/internal/pgtest"
)

// migratedDB returns the URL of a new schema of the test database,
// migrated by guillemet db migrate.
func migratedDB(t *testing.T) string {
	t.Helper()
	db := pgtest.Schema(t)
	code, _, errOut := runCLI(t, "", "db", "migrate", "--db", db)
	require.Equal(t, 0, code, errOut)
	require.Contains(t, errOut, "guillemet db: applied migration 001_schema\n")
	return db
}

// TestDBGoldens ingests the archives of every verify and montage golden
// case into a database with guillemet ingest and runs the case again
// with --db: its standard output is the golden's, byte for byte.
func TestDBGoldens(t *testing.T) {
	dbGoldens(t, migratedDB)
}

// TestDBShards: guillemet db migrate --shard spreads the archive over
// the shards (the test's schema on each of GUILLEMET_TEST_SHARDS),
// ingest and the commands then need only --db and give the goldens'
// answers; the lines name the shards without their password.
func TestDBShards(t *testing.T) {
	dbGoldens(t, func(t *testing.T) string {
		db := pgtest.Schema(t)
		shards := pgtest.Shards(t, db)
		code, _, errOut := runCLI(t, "", "db", "migrate", "--db", db, "--shard", shards[0], "--shard", shards[1])
		require.Equal(t, 0, code, errOut)
		require.Contains(t, errOut, "guillemet db: applied migration 001_schema\n")
		assert.Regexp(t, `guillemet db: postgres://guillemet:xxxxx@[^ ]+: sharded over postgres://guillemet:xxxxx@[^ ]+, postgres://guillemet:xxxxx@[^ ]+\n$`, errOut)
		assert.NotContains(t, errOut, password(t, shards[0]))
		// Again: nothing to apply, still sharded.
		code, _, errOut = runCLI(t, "", "db", "migrate", "--db", db, "--shard", shards[0], "--shard", shards[1])
		require.Equal(t, 0, code, errOut)
		assert.NotContains(t, errOut, "applied migration")
		return db
	})
}

// dbGoldens runs every verify and montage golden case on a database
// made by newDB, into which guillemet ingest stored the case's archives.
func dbGoldens(t *testing.T, newDB func(*testing.T) string) {
	for _, tc := range goldenCases {
		if tc.args[0] != "verify" && tc.args[0] != "montage" {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			db := newDB(t)
			archives, rest := splitArchives(tc.args)
			ingest := append([]string{"ingest", "--db", db}, archives...)
			args := append([]string{tc.args[0], "--db", db}, rest...)
			code, _, errOut := runCLI(t, "", ingest...)
			require.Equal(t, 0, code, errOut)
			code, out, errOut := runCLI(t, "", args...)
			require.Equal(t, 0, code, errOut)
			want, err := os.ReadFile(filepath.Join("testdata", tc.name+".golden"))
			require.NoError(t, err)
			assert.Equal(t, string(want), out)
			assert.Contains(t, errOut, tc.args[0]+": opened postgres://")
			assert.NotContains(t, errOut, password(t, db))
		})
	}
}

// password returns the password of a database URL.
func password(t *testing.T, db string) string {
	u, err := url.Parse(db)
	require.NoError(t, err)
	pw, ok := u.User.Password()
	require.True(t, ok, "the test database URL has no password")
	return pw
}

// TestIngestAgain ingests the same exports twice, and a third time with
// one more file: the second run stores nothing, the third only what the
// new file adds, and the answers are those of all the exports loaded at
// once.
func TestIngestAgain(t *testing.T) {
	db := migratedDB(t)
	code, _, errOut := runCLI(t, "", "ingest", "--db", db, "--archive", convArchive, "--archive", crossArchive)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "guillemet ingest: loaded 15 posts from 2 files (0 rejected)\n")
	assert.Contains(t, errOut, ": 15 posts held\n")
	code, _, errOut = runCLI(t, "", "ingest", "--db", db, "--archive", convArchive, "--archive", crossArchive)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "guillemet ingest: loaded 0 posts from 2 files (15 already known, 0 rejected)\n")
	assert.Contains(t, errOut, ": 15 posts held\n")
	code, _, errOut = runCLI(t, "", "ingest", "--db", db, "--archive", crossArchive, "--archive", goldenIn+"/extra.jsonl")
	require.Equal(t, 0, code, errOut)
	code, out, errOut := runCLI(t, "", "verify", "--json", "--db", db, "--quotes", goldenIn+"/quotes.jsonl")
	require.Equal(t, 0, code, errOut)
	want, err := os.ReadFile(filepath.Join("testdata", "verify.json.golden"))
	require.NoError(t, err)
	assert.Equal(t, string(want), out)
}

// TestIngestRejects: a bad record is named with its file and line and
// the rest is stored; --strict then exits 1.
func TestIngestRejects(t *testing.T) {
	db := migratedDB(t)
	file := filepath.Join(t.TempDir(), "bad.jsonl")
	require.NoError(t, os.WriteFile(file, []byte(`{"platform":"x","id":"1","author":"nadia_b","created_at":"2025-03-11T08:00:00Z","text":"Premier message."}
{"platform":"x","id":"2","author":"nadia_b","created_at":"pas une date","text":"Deuxième message."}
{"platform":"x","id":"3","author":"nadia_b","created_at":"2025-03-11T08:02:00Z","text":"'); DROP TABLE posts;--"}
`), 0o600))
	code, _, errOut := runCLI(t, "", "ingest", "--strict", "--db", db, "--archive", file)
	assert.Equal(t, 1, code, errOut)
	assert.Contains(t, errOut, "guillemet ingest: "+file+":2: ")
	assert.Contains(t, errOut, "guillemet ingest: loaded 2 posts from 1 file (1 rejected)\n")
	code, out, errOut := runCLI(t, "", "verify", "--json", "--db", db, "--quote", "'); DROP TABLE posts;--")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"verdict":"verbatim"`)
	assert.Contains(t, out, `"id":"3"`)
}

// TestDBFlags: --db goes alone, and ingest needs both of its flags.
func TestDBFlags(t *testing.T) {
	for _, args := range [][]string{
		{"verify", "--db", "postgres://localhost/x", "--archive", convArchive, "--quote", "x"},
		{"montage", "--db", "postgres://localhost/x", "--index", "f.gidx", "--composite", "-"},
		{"serve", "--db", "postgres://localhost/x", "--archive", convArchive},
		{"ingest", "--archive", convArchive},
		{"ingest", "--db", "postgres://localhost/x"},
		{"db"},
		{"db", "upgrade"},
		{"db", "migrate"},
	} {
		code, _, errOut := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "%v: %s", args, errOut)
	}
}

// TestDBErrors: a wrong password, a database that is down and a schema
// not migrated each get a clear message (exit 1) that never shows the
// password.
func TestDBErrors(t *testing.T) {
	db := pgtest.Schema(t)
	right := password(t, db)
	u, err := url.Parse(db)
	require.NoError(t, err)
	u.User = url.UserPassword(u.User.Username(), "not-the-"+right)
	wrong := u.String()
	u.Host = "127.0.0.1:" + strconv.Itoa(closedPort(t))
	down := u.String()
	for _, c := range []struct {
		db, want string
	}{
		{wrong, "the database refused the login at postgres://"},
		{down, "the database cannot be reached at postgres://"},
		{db, "run guillemet db migrate --db URL"},
	} {
		for _, args := range [][]string{
			{"verify", "--db", c.db, "--quote", "la commission siège mardi"},
			{"ingest", "--db", c.db, "--archive", convArchive},
		} {
			code, out, errOut := runCLI(t, "", args...)
			assert.Equal(t, 1, code, errOut)
			assert.Empty(t, out)
			assert.Contains(t, errOut, c.want)
			assert.NotContains(t, errOut, right)
			assert.NotContains(t, errOut, "not-the-")
		}
	}
	code, _, errOut := runCLI(t, "", "db", "migrate", "--db", wrong)
	assert.Equal(t, 1, code, errOut)
	assert.Contains(t, errOut, "refused the login")
	assert.NotContains(t, errOut, right)
}

// TestServeWaitsForDB: serve --db waits for a database that cannot be
// reached, warning each time with the URL redacted, until it is stopped.
func TestServeWaitsForDB(t *testing.T) {
	db := pgtest.Schema(t)
	right := password(t, db)
	u, err := url.Parse(db)
	require.NoError(t, err)
	u.Host = "127.0.0.1:" + strconv.Itoa(closedPort(t))
	ctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)
	defer cancel()
	var logs, stderr bytes.Buffer
	_, _, err = openServed(ctx, slog.New(slog.NewTextHandler(&logs, nil)), nil, nil, "", u.String(), false, &stderr)
	require.ErrorContains(t, err, "stopped while waiting for the database")
	assert.Equal(t, 2, strings.Count(logs.String(), "the database cannot be reached; trying again"), logs.String())
	assert.Contains(t, logs.String(), "wait=1s")
	assert.Contains(t, logs.String(), "wait=2s")
	assert.NotContains(t, logs.String(), right)
}

// closedPort returns a loopback port nothing listens on.
func closedPort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := ln.Addr().(*net.TCPAddr).Port
	require.NoError(t, ln.Close())
	return port
}
