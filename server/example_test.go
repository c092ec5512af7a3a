package server_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/server"
)

// A CMS asks the server what the library answers: here a quote checked
// against a one-post archive, and a request the server refuses.
func Example() {
	mem := provenance.NewMemory()
	err := mem.Put(context.Background(), provenance.Post{Platform: "x", ID: "1", Author: "SoleneRavenaud",
		CreatedAt: time.Date(2025, 3, 11, 8, 2, 11, 0, time.UTC), Text: "Je m’en vais pour un temps."})
	if err != nil {
		panic(err)
	}
	s, err := server.New(server.Config{Archive: mem, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		panic(err)
	}
	for _, body := range []string{`{"text":"je m'en vais pour un temps"}`, `{"text":42}`} {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest("POST", "/v1/verify", strings.NewReader(body)))
		answer, _, _ := strings.Cut(strings.TrimSpace(w.Body.String()), `,"score"`)
		fmt.Println(w.Code, answer)
	}
	// Output:
	// 200 {"id":"q1","quote":"je m'en vais pour un temps","verdict":"equivalent"
	// 400 {"error":"server: field text: want a string, got a number"}
}
