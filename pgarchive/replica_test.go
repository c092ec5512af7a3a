package pgarchive_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/guillemet/guillemet/internal/corpus"
	"github.com/guillemet/guillemet/internal/pgtest"
	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
)

// openReplica opens the archive of primary's schema on the streaming
// replica, once the replica has replayed its migration.
func openReplica(t *testing.T, primary string) *pgarchive.Archive {
	t.Helper()
	ctx := context.Background()
	url := pgtest.Replica(t, primary)
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		a, err := pgarchive.Open(ctx, url, pgarchive.Options{})
		if err == nil {
			t.Cleanup(a.Close)
			return a
		}
		if !errors.Is(err, pgarchive.ErrSchema) || time.Now().After(deadline) {
			t.Fatalf("opening the replica: %v", err)
		}
	}
}

// waitLen waits until a holds n posts.
func waitLen(t *testing.T, a *pgarchive.Archive, n int) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		got, err := a.Len(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if got == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the replica holds %d posts after 30 s, want %d", got, n)
		}
	}
}

// TestReplica ingests on the primary and reads on its streaming
// replica: once replayed, every labelled query gets the primary's
// answer there, a second ingest shows up in turn, and the replica
// refuses writes.
func TestReplica(t *testing.T) {
	ctx := context.Background()
	primary, url := openEmpty(t)
	replica := openReplica(t, url)
	posts := corpus.Generate(corpus.Config{Posts: 3000, Seed: 5})
	var first, second bytes.Buffer
	if err := corpus.WriteJSONL(&first, posts[:2000]); err != nil {
		t.Fatal(err)
	}
	if err := corpus.WriteJSONL(&second, posts[2000:]); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest(ctx, primary, first.Bytes()); err != nil {
		t.Fatal(err)
	}
	waitLen(t, replica, 2000)
	if _, err := ingest(ctx, primary, second.Bytes()); err != nil {
		t.Fatal(err)
	}
	waitLen(t, replica, 3000)
	for _, q := range corpus.Queries(posts, 100, 13) {
		want, err := provenance.Link(ctx, primary, q.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := provenance.Link(ctx, replica, q.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if w, g := answer(want), answer(got); w != g {
			t.Errorf("%s %q:\nprimary:\n%s\nreplica:\n%s", q.ID, q.Text, w, g)
		}
	}
	err := replica.Put(ctx, provenance.Post{Platform: provenance.X, ID: "r1", Author: "nadia_b", CreatedAt: time.Now(), Text: "Écrit sur la réplique."})
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Put on the replica = %v, want a read-only database", err)
	}
}
