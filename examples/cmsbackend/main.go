// Command cmsbackend is what a newsroom's CMS backend writes: an HTTP
// service that answers POST /verify {"quote": "…", "author": "…"} with the
// JSON line guillemet verify --quote … --json prints.
//
//	go run ./examples/cmsbackend -addr 127.0.0.1:8080 ARCHIVE...
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	arch, _, err := provenance.Open(context.Background(), provenance.OpenOptions{Paths: flag.Args()})
	if err != nil {
		fmt.Fprintln(os.Stderr, "cmsbackend:", err)
		os.Exit(1)
	}
	log.Fatal(http.ListenAndServe(*addr, handler(arch)))
}

func handler(arch provenance.Archive) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /verify", func(w http.ResponseWriter, r *http.Request) {
		var in struct{ Quote, Author string }
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
			http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
			return
		}
		res, err := provenance.Link(r.Context(), arch, in.Quote, &provenance.Options{Author: in.Author})
		if err != nil {
			code := http.StatusInternalServerError
			if provenance.IsQuoteError(err) {
				code = http.StatusUnprocessableEntity
			}
			http.Error(w, err.Error(), code)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if err := report.WriteLine(w, report.Verify(res, report.Quote{ID: "q1"})); err != nil {
			log.Printf("cmsbackend: %v", err) // the client went away
		}
	})
	return mux
}
