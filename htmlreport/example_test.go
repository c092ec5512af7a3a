package htmlreport_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/htmlreport"
	"github.com/guillemet/guillemet/montage"
	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/report"
)

// A committee's page: one screenshot judged against an archive (seed
// 002's splice, under fictional accounts), written as one HTML document.
func ExampleMontage() {
	ctx := context.Background()
	a, _, err := provenance.Open(ctx, provenance.OpenOptions{Paths: []string{"../testdata/montage/archive.jsonl"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := os.Open("../testdata/montage/composites.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	cs, _, err := montage.ReadComposites(f, "composites.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := montage.Judge(ctx, a, cs[0], montage.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var page strings.Builder
	if err := htmlreport.Montage(&page, []*montage.Montage{m}, htmlreport.Options{Lang: language.English}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(page.String(), `<html lang="en">`))
	fmt.Println(strings.Count(page.String(), `class="cut"`), "cuts")
	fmt.Println(strings.Contains(page.String(), "<script"))
	// Output:
	// true
	// 3 cuts
	// false
}

// A fact-checker's page: quotes verified with provenance.Link, in French
// (the zero Options), a rejected quote kept in its place.
func ExampleVerify() {
	ctx := context.Background()
	a, _, err := provenance.Open(ctx, provenance.OpenOptions{Paths: []string{"../cmd/guillemet/testdata/crosspost.jsonl"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	var items []htmlreport.VerifyItem
	for i, text := range []string{"la commission siège mardi à 15 h", "« … »"} {
		r, err := provenance.Link(ctx, a, text, nil)
		items = append(items, htmlreport.VerifyItem{Result: r, Quote: report.Quote{ID: fmt.Sprint("q", i+1)}, Text: text, Err: err})
	}
	var page strings.Builder
	if err := htmlreport.Verify(&page, items, htmlreport.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(page.String(), "→ verdict : "))
	fmt.Println(strings.Contains(page.String(), "rejetée : la citation ne contient aucun mot."))
	// Output:
	// true
	// true
}
