package pgarchive

// ReadPostings is readPostings, for the tests' dumps.
var ReadPostings = readPostings

// Queries are the SQL of the archive's reads and of a batch's lookups,
// by name, for the sharded archive's tests to EXPLAIN.
var Queries = map[string]string{
	"Post": postSQL, "Shares": sharesSQL, "Timeline": timelineSQL, "postings": postingsSQL, "byNumber": byNumber,
	"key": keySQL, "links": linksSQL, "replies": repliesSQL, "load": loadSQL,
}
