package server

import (
	"io"
	"time"

	"golang.org/x/text/language"

	"github.com/guillemet/guillemet/claimreview"
	"github.com/guillemet/guillemet/htmlreport"
	"github.com/guillemet/guillemet/montage"
)

// htmlPage is the default HTML renderer: package htmlreport's page of
// the one verify or montage.
func htmlPage(w io.Writer, v View, lang language.Tag) error {
	opts := htmlreport.Options{Lang: lang}
	if v.Montage != nil {
		return htmlreport.Montage(w, []*montage.Montage{v.Montage}, opts)
	}
	return htmlreport.Verify(w, []htmlreport.VerifyItem{{Result: v.Result, Quote: v.Quote}}, opts)
}

// claimReview returns the ClaimReview renderer of package claimreview,
// published by org at the time of each request (datePublished).
func claimReview(org claimreview.Organization) func(io.Writer, View, language.Tag) error {
	return func(w io.Writer, v View, lang language.Tag) error {
		opts := claimreview.Options{Author: org, Published: time.Now().UTC(), Lang: lang}
		var cr *claimreview.ClaimReview
		var err error
		if v.Montage != nil {
			cr, err = claimreview.Montage(v.Montage, opts)
		} else {
			cr, err = claimreview.Verify(v.Result, "", opts)
		}
		if err != nil {
			return err
		}
		return claimreview.WriteJSON(w, cr)
	}
}
