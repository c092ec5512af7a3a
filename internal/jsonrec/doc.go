// Package jsonrec is the one reader of JSON records that guillemet's
// readers share: the archive loader (provenance), the composite reader
// (montage) and the command line's {"id","text"} inputs.
//
// It holds what those readers have in common and nothing of their
// formats: a line reader that never holds more than its limit
// (ReadLine), the rules that tell JSON Lines from a JSON document by the
// first bytes of an input (Detect for inputs that mix formats,
// DetectRecords for inputs of one kind of record; Sniff), an id given
// as a JSON string or number (ID), the words that explain a JSON value that does
// not decode (Invalid, Truncated, NearByte, TypeReason, Describe), and
// the positioned error every rejected record is reported with (Error,
// Errors).
//
// Error is the rejection of the public contract (CONTRACT §6, "FILE:LINE:
// reason" or "FILE#json-path: reason"): provenance exports it as
// provenance.Rejection, so that a program importing guillemet names the
// type without reaching into this package.
package jsonrec
