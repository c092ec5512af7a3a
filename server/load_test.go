package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/guillemet/guillemet/server"
)

// TestLoad sends 2 000 requests over 16 concurrent clients on loopback,
// verify, montage, abuse, thread and health mixed, and checks that each
// answer is the one the same request gets alone. It prints the latency
// percentiles and the throughput; it asserts no time.
func TestLoad(t *testing.T) {
	const total, clients = 2000, 16
	srv := httptest.NewServer(newServer(t, server.Config{}))
	defer srv.Close()

	type request struct{ method, path, body string }
	reqs := []request{
		{"POST", "/v1/verify", `{"text":"` + crossQuote + `"}`},
		{"POST", "/v1/verify", `{"text":"` + crossQuote + `","author":"MaelleCorbiere"}`},
		{"POST", "/v1/verify", `{"id":"k","text":"Je précise : je parle du ton (...) On peut débattre sans s'insulter"}`},
		{"POST", "/v1/verify", `{"text":"Une phrase que personne n'a jamais écrite dans ces archives"}`},
		{"POST", "/v1/verify", `{"text":"« … »"}`},
		{"POST", "/v1/montage", composite(t)},
		{"POST", "/v1/abuse", `{"id":3,"text":"Durand c’est une salope, qu’elle dégage"}`},
		{"POST", "/v1/abuse", `{"text":"Merci aux agents qui l’ont préparé."}`},
		{"GET", "/v1/posts/x/" + rootID + "/thread", ""},
		{"GET", "/healthz", ""},
		{"GET", "/v1/verify", ""},
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	send := func(r request) (string, error) {
		req, err := http.NewRequest(r.method, srv.URL+r.path, strings.NewReader(r.body))
		if err != nil {
			return "", err
		}
		resp, err := client.Do(req)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return fmt.Sprintf("%d %s", resp.StatusCode, b), err
	}
	want := make([]string, len(reqs))
	for i, r := range reqs {
		var err error
		want[i], err = send(r)
		require.NoError(t, err)
	}

	latencies := make([]time.Duration, total)
	errs := make([]error, total)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; i < total; i += clients {
				k := (i*7 + c) % len(reqs)
				t0 := time.Now()
				got, err := send(reqs[k])
				latencies[i] = time.Since(t0)
				if err == nil && got != want[k] {
					err = fmt.Errorf("request %d (%s %s): got %.200s, want %.200s", i, reqs[k].method, reqs[k].path, got, want[k])
				}
				errs[i] = err
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	for _, err := range errs {
		require.NoError(t, err)
	}
	slices.Sort(latencies)
	t.Logf("%d requests, %d clients, loopback: p50 %v, p99 %v, max %v; %.0f requests/s",
		total, clients, latencies[total/2].Round(10*time.Microsecond), latencies[total*99/100].Round(10*time.Microsecond),
		latencies[total-1].Round(10*time.Microsecond), float64(total)/elapsed.Seconds())
}
