package provenance_test

import (
	"testing"

	"github.com/guillemet/guillemet/provenance"
	"github.com/guillemet/guillemet/provenance/archivetest"
)

// TestMemoryConformance runs the archive conformance suite on Memory, as
// made by NewMemory and as its zero value.
func TestMemoryConformance(t *testing.T) {
	t.Run("NewMemory", func(t *testing.T) {
		archivetest.Run(t, func(*testing.T) archivetest.Store { return provenance.NewMemory() })
	})
	t.Run("zero", func(t *testing.T) {
		archivetest.Run(t, func(*testing.T) archivetest.Store { return new(provenance.Memory) })
	})
}
