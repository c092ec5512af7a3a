// Package server is guillemet serve: the contract's JSON over HTTP, for
// the plugins of a newsroom's CMS (CONTRACT.md §4 serve; the details the
// contract leaves open, bodies, codes, limits and formats, in EXTENSIONS.md).
//
// A Server answers from one opened archive (a provenance.Archive: the
// Memory that provenance.Open loads, or a database archive):
//
//	POST /v1/verify   {"text":"…","author":"…","id":"…"}  the line of guillemet verify --quote … --json
//	POST /v1/montage  a composite (CONTRACT §4 montage)   the line of guillemet montage --json
//	POST /v1/abuse    {"text":"…","id":"…"}               the line of guillemet abuse --text … --json
//	GET  /v1/posts/{platform}/{id}/thread                 a post and its thread (report.PostThreadJSON)
//	GET  /healthz                                         {"status":"ok","posts":N}
//
// Every answer is a JSON line written by report.WriteLine, byte for byte
// the command's but for where each post was read ("from"), which names
// no file by where it lies on the server (Config.Roots): "author" and
// "id" are optional ("q1" for a verify and
// "1" for an abuse text without one, as --quote and --text name them).
// A quote the library cannot judge (no word, over 10 000 words) is
// answered 422 with the command's own line for it,
// {"id":"q1","error":"quote: the quote holds no word"}.
//
// # Other formats
//
// On /v1/verify and /v1/montage, ?format=html (or an Accept header that
// prefers text/html to application/json) asks for the report page and
// ?format=claimreview for schema.org ClaimReview JSON-LD; ?format=json
// is the default. The server renders neither itself: Config.HTML and
// Config.ClaimReview are the renderers, called with a View of the
// result; a format whose renderer is nil is answered 406. ?lang=en
// gives the page in English (French by default).
//
// # Limits and errors
//
// The server listens on loopback unless told otherwise (DefaultAddr). A
// request body is read up to Config.MaxBodyBytes (DefaultMaxBodyBytes,
// 1 MiB; 413 beyond); each request's work runs under a deadline
// (Config.Timeout, DefaultTimeout: 503 when it passes), carried by the
// context down to provenance.Link, montage.Judge and the classifier;
// the http.Server of HTTPServer bounds the reading of headers and
// bodies, the writing of answers and idle connections. Every error is
// {"error":"…"} with its status: 400 for a body that is not the
// request's JSON (naming the field or the byte at fault), 404 for an
// unknown route or post, 405 for a wrong method (with Allow), 406 for a
// format without renderer, 413, 422, 503, and 500 for a failure or a
// panic (recovered and logged). Each request is logged through log/slog
// (method, path, status, duration, bytes), never its body.
//
// A Server is safe for concurrent requests: it holds no state of its
// own, and the archive and the classifier are safe for concurrent
// readers.
package server
