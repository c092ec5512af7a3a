package jsonrec_test

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/guillemet/guillemet/internal/jsonrec"
)

// Read JSON Lines a line at a time, holding no line past its limit, and
// report each record rejected with its position.
func Example() {
	in := "{\"id\":7,\"text\":\"Bonjour\"}\n" + strings.Repeat("x", 64) + "\n{\"id\":true}\n"
	br := bufio.NewReader(strings.NewReader(in))
	var rejected jsonrec.Errors
	for n := 1; ; n++ {
		line, size, tooLong, err := jsonrec.ReadLine(br, 32)
		switch {
		case tooLong:
			rejected = append(rejected, jsonrec.Error{File: "q.jsonl", Line: n, Msg: fmt.Sprintf("a line of %d bytes", size)})
		case len(line) > 0:
			raw := line[len(`{"id":`):strings.IndexAny(string(line), ",}")]
			if id, number, ok := jsonrec.ID(raw); ok {
				fmt.Printf("line %d: id %s (a number: %v)\n", n, id, number)
			} else {
				rejected = append(rejected, jsonrec.Error{File: "q.jsonl", Line: n, Field: "id", Msg: "want a string or a number, got " + jsonrec.Describe(raw)})
			}
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Println(rejected)
	// Output:
	// line 1: id 7 (a number: true)
	// q.jsonl:2: a line of 64 bytes
	// q.jsonl:3#id: want a string or a number, got true
}
