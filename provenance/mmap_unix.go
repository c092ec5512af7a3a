//go:build unix

package provenance

import (
	"os"
	"syscall"
)

// mapFile maps the first size bytes of f into memory, read-only, and
// returns how to unmap them. The pages are read from the file as they
// are touched, and shared with the page cache.
func mapFile(f *os.File, size int) ([]byte, func([]byte) error, error) {
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return data, syscall.Munmap, nil
}
