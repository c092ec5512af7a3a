package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"strings"
	"time"

	"github.com/guillemet/guillemet/claimreview"
)

// reviewFlags are the flags of --claimreview, on verify and montage: one
// schema.org ClaimReview JSON-LD object a line instead of the contract's
// JSON (an addition issue 14 asks for).
type reviewFlags struct {
	on                     *bool
	org, orgURL, published *string
}

// addReviewFlags adds --claimreview, --org, --org-url and --published to
// fs.
func addReviewFlags(fs *flag.FlagSet) *reviewFlags {
	return &reviewFlags{
		on:        fs.Bool("claimreview", false, "print one schema.org ClaimReview JSON-LD object a line (needs --org)"),
		org:       fs.String("org", "", "with --claimreview: the `NAME` of the organisation that publishes the fact checks"),
		orgURL:    fs.String("org-url", "", "with --claimreview: the organisation's home page (`URL`)"),
		published: fs.String("published", "", "with --claimreview: the fact checks' publication `TIME` (RFC 3339; default: now)"),
	}
}

// options returns the Options of the fact checks, nil without
// --claimreview, or a usage error; now is the default publication time.
func (f *reviewFlags) options(asJSON bool, now time.Time) (*claimreview.Options, error) {
	if !*f.on {
		if *f.org != "" || *f.orgURL != "" || *f.published != "" {
			return nil, usagef("--org, --org-url and --published go with --claimreview")
		}
		return nil, nil
	}
	if asJSON {
		return nil, usagef("give only one of --json or --claimreview")
	}
	if strings.TrimSpace(*f.org) == "" {
		return nil, usagef("--claimreview needs --org NAME: a fact check names its publisher")
	}
	opts := &claimreview.Options{
		Author:    claimreview.Organization{Name: *f.org, URL: *f.orgURL},
		Published: now.UTC().Truncate(time.Second),
	}
	if *f.published != "" {
		t, err := time.Parse(time.RFC3339, *f.published)
		if err != nil {
			return nil, usagef("--published %q: give an RFC 3339 time (2026-12-07T09:30:00Z)", *f.published)
		}
		opts.Published = t
	}
	return opts, nil
}

// writeReview writes a fact check as one JSON line, escaped as
// claimreview.WriteJSON escapes it.
func writeReview(buf *bytes.Buffer, cr *claimreview.ClaimReview) error {
	b, err := json.Marshal(cr)
	if err != nil {
		return err
	}
	buf.Write(b)
	return buf.WriteByte('\n')
}
