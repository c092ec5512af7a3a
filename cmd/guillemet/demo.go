package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/abuse"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

// runDemo implements "guillemet demo": the bundled stories, end to end.
// Each story loads its embedded archive, verifies the texts that
// circulated (package provenance: the original post, its thread, the
// author's surrounding posts) and prints the report; --json prints the
// verify JSON lines, each with the story's title.
func runDemo(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("demo", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per verified quote instead of the report")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	ctx := context.Background()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	t := report.NewText(stdout, language.French)
	if !*asJSON {
		t.DemoHeader()
	}
	for i, s := range stories {
		mem, err := loadStory(ctx, s)
		if err != nil {
			return err
		}
		inputs, err := storyQuotes(s)
		if err != nil {
			return err
		}
		if !*asJSON {
			n, err := mem.Len(ctx)
			if err != nil {
				return err
			}
			t.Blank()
			t.Story(i+1, s.title, s.context, n)
		}
		for _, in := range inputs {
			res, err := provenance.Link(ctx, mem, in.text, nil)
			if err != nil {
				return fmt.Errorf("story %q: %w", s.title, err) // the bundled quotes all have words
			}
			q := report.Quote{ID: in.id, Speaker: in.speaker}
			if *asJSON {
				if err := enc.Encode(demoLine{Story: s.title, VerifyJSON: report.Verify(res, q)}); err != nil {
					return err
				}
				continue
			}
			t.Blank()
			t.Verify(res, q)
			if s.replies && res.Source != nil {
				t.Replies(res)
			}
		}
		if s.montage == "" {
			continue
		}
		c, err := storyMontage(s)
		if err != nil {
			return err
		}
		m, err := montage.Judge(ctx, mem, c, montage.Options{Classifier: abuse.Default})
		if err != nil {
			return err
		}
		if *asJSON {
			if err := enc.Encode(demoMontageLine{Story: s.title, Montage: report.Montage(m)}); err != nil {
				return err
			}
			continue
		}
		t.Blank()
		t.StoryCapture()
		t.Blank()
		t.Montage(m)
	}
	return t.Err()
}

// demoMontageLine is the JSON line of a story's montage.
type demoMontageLine struct {
	Story   string             `json:"story"`
	Montage report.MontageJSON `json:"montage"`
}

// demoLine is one line of "guillemet demo --json".
type demoLine struct {
	Story string `json:"story"`
	report.VerifyJSON
}
