// Package clitest builds the guillemet command for the examples' tests,
// which compare each example's output with the command's, byte for byte.
package clitest

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"testing"
)

// Root is the module root, from an example's folder.
const Root = "../.."

// Run builds cmd/guillemet into a temporary folder and runs it with args
// (paths relative to the example's folder); it returns what it printed on
// stdout and fails the test when the command fails.
func Run(t *testing.T, args ...string) []byte {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "guillemet")
	// go test puts its own GOROOT/bin first on the tests' PATH: this
	// is the go that runs the test.
	build := exec.Command("go", "build", "-o", bin, "./cmd/guillemet")
	build.Dir = Root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/guillemet: %v\n%s", err, out)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("guillemet %v: %v\n%s", args, err, stderr.Bytes())
	}
	return stdout.Bytes()
}
