package server_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"

	"github.com/guillemet/guillemet/server"
)

// FuzzBodies: whatever a client sends to verify, montage or abuse, the
// answer is one JSON value with a code the contract names, never a
// failure of the server.
func FuzzBodies(f *testing.F) {
	for _, seed := range []string{
		`{"text":"` + crossQuote + `","author":"MaelleCorbiere"}`, `{"id":1e3,"text":"« … »"}`, `{"text":null}`,
		`{"items":[{"text":"Durand c’est une salope","author":"@x","date":"il y a 3 h"}],"captured_at":"2024-11-05T10:00:00Z"}`,
		`{"items":[{"text":"a"},{"text":"b"}],"disputed":5}`, "[", "\xef\xbb\xbf{}", `{"text":"\u202e<script>"}`,
	} {
		for route := range uint8(3) {
			f.Add(route, seed)
		}
	}
	s := newServer(f, server.Config{MaxBodyBytes: 4 << 10})
	routes := []string{"/v1/verify", "/v1/montage", "/v1/abuse"}
	codes := []int{http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnprocessableEntity}
	f.Fuzz(func(t *testing.T, route uint8, body string) {
		w := do(s, "POST", routes[int(route)%len(routes)], body)
		if !slices.Contains(codes, w.Code) {
			t.Fatalf("%s %q: code %d: %s", routes[int(route)%len(routes)], body, w.Code, w.Body)
		}
		if !json.Valid(w.Body.Bytes()) || w.Header().Get("Content-Type") != "application/json" {
			t.Fatalf("%q: not a JSON answer: %q", body, w.Body)
		}
	})
}
