//go:build !unix

package provenance

import (
	"io"
	"os"
)

// mapFile reads the first size bytes of f: where there is no mmap, the
// saved archive is read into memory once (still without decoding it).
func mapFile(f *os.File, size int) ([]byte, func([]byte) error, error) {
	data := make([]byte, size)
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, nil, err
	}
	return data, nil, nil
}
