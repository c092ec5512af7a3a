// Command cmsbackend is a newsroom CMS's plugin: before an article goes
// out, it asks guillemet serve, over HTTP, where each of its quotes comes
// from. It prints the answer of each quote, the JSON line guillemet
// verify --quote … --json prints, and warns the editor on stderr of a
// quote the archive does not support as written.
//
//	guillemet serve --archive ARCHIVE... &
//	go run ./examples/cmsbackend -server http://127.0.0.1:8080 [-author HANDLE] QUOTE...
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/guillemet/guillemet/quote"
	"github.com/guillemet/guillemet/report"
)

func main() {
	server := flag.String("server", "http://127.0.0.1:8080", "the address of guillemet serve")
	author := flag.String("author", "", "the author the article attributes the quotes to")
	flag.Parse()
	c := &http.Client{Timeout: 30 * time.Second}
	if err := run(context.Background(), c, *server, *author, flag.Args(), os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "cmsbackend:", err)
		os.Exit(1)
	}
}

// run verifies each quote with the server at base and writes its answer
// to stdout, a warning to stderr when the editor should look again.
func run(ctx context.Context, c *http.Client, base, author string, quotes []string, stdout, stderr io.Writer) error {
	for _, q := range quotes {
		body, _ := json.Marshal(map[string]string{"text": q, "author": author})
		req, err := http.NewRequestWithContext(ctx, "POST", base+"/v1/verify", bytes.NewReader(body))
		if err != nil {
			return err
		}
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		answer, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		var v struct {
			report.VerifyJSON
			Error string `json:"error"`
		}
		if err := json.Unmarshal(answer, &v); err != nil {
			return fmt.Errorf("%s: %s", resp.Status, answer)
		}
		switch {
		case resp.StatusCode == http.StatusUnprocessableEntity:
			fmt.Fprintf(stderr, "cmsbackend: %q cannot be checked: %s\n", q, v.Error)
		case resp.StatusCode != http.StatusOK:
			return fmt.Errorf("%s: %s", resp.Status, v.Error)
		case v.Verdict == quote.NotFound || v.Verdict == quote.Altered:
			fmt.Fprintf(stderr, "cmsbackend: %q is %s: an editor should look again before publishing\n", q, v.Verdict)
		}
		if _, err := stdout.Write(answer); err != nil {
			return err
		}
	}
	return nil
}
