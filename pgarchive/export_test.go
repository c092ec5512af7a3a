package pgarchive

// ReadPostings is readPostings, for the tests' dumps.
var ReadPostings = readPostings
