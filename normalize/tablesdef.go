package normalize

//go:generate go run gen.go

// foldEntry is one row of the generated fold table.
type foldEntry struct {
	r    rune
	s    string
	kind Kind
}
