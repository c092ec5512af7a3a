package linear

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Version is the version of the weights file format.
const Version = 1

// magic starts a weights file.
const magic = "guillemet abuse model"

// Head is one logistic head: P(label) = σ(Bias + Σ W[f.Index]·f.Value).
type Head struct {
	Name string
	Bias float32
	W    []float32
}

// Logit returns the head's log-odds for the features fs.
func (h *Head) Logit(fs []Feature) float64 {
	s := float64(h.Bias)
	for _, f := range fs {
		s += float64(h.W[f.Index]) * float64(f.Value)
	}
	return s
}

// Prob returns the head's probability for the features fs.
func (h *Head) Prob(fs []Feature) float64 { return Sigmoid(h.Logit(fs)) }

// Sigmoid is the logistic function.
func Sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// Model is a trained model: its heads (the first decides abuse, the
// others name categories), the threshold chosen on the development
// split, and the hash of the data it was trained on.
type Model struct {
	Threshold float64
	// DataHash is the SHA-256 of the training examples, in training
	// order (texts and labels).
	DataHash [32]byte
	Heads    []Head
}

// Encode writes m: a text header (magic and version, layout, data
// hash, threshold, heads, one a line, then an empty line), then for each
// head its bias and its Size weights, little-endian float32.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	names := make([]string, len(m.Heads))
	for i, h := range m.Heads {
		names[i] = h.Name
	}
	fmt.Fprintf(bw, "%s %d\nlayout %s\ndata sha256:%s\nthreshold %s\nheads %s\n\n", magic, Version, Layout,
		hex.EncodeToString(m.DataHash[:]), strconv.FormatFloat(m.Threshold, 'g', -1, 64), strings.Join(names, " "))
	var b [4]byte
	for _, h := range m.Heads {
		if len(h.W) != Size {
			return fmt.Errorf("linear: head %s has %d weights, want %d", h.Name, len(h.W), Size)
		}
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(h.Bias))
		bw.Write(b[:])
		for _, x := range h.W {
			binary.LittleEndian.PutUint32(b[:], math.Float32bits(x))
			bw.Write(b[:])
		}
	}
	return bw.Flush()
}

// Decode reads a weights file Encode wrote. A file of another version or
// layout, or of the wrong length, is an error.
func Decode(data []byte) (*Model, error) {
	var m Model
	fields := map[string]string{}
	for i := 0; ; i++ {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return nil, fmt.Errorf("linear: the weights file's header does not end")
		}
		line := string(data[:nl])
		data = data[nl+1:]
		if line == "" {
			break
		}
		if i == 0 {
			if line != fmt.Sprintf("%s %d", magic, Version) {
				return nil, fmt.Errorf("linear: not a weights file of version %d: %q", Version, line)
			}
			continue
		}
		k, v, _ := strings.Cut(line, " ")
		fields[k] = v
	}
	if fields["layout"] != Layout {
		return nil, fmt.Errorf("linear: the weights are of layout %q, want %q", fields["layout"], Layout)
	}
	th, err := strconv.ParseFloat(fields["threshold"], 64)
	if err != nil {
		return nil, fmt.Errorf("linear: threshold: %w", err)
	}
	m.Threshold = th
	hash, err := hex.DecodeString(strings.TrimPrefix(fields["data"], "sha256:"))
	if err != nil || len(hash) != len(m.DataHash) {
		return nil, fmt.Errorf("linear: bad data hash %q", fields["data"])
	}
	copy(m.DataHash[:], hash)
	names := strings.Fields(fields["heads"])
	if want := len(names) * (Size + 1) * 4; len(data) != want {
		return nil, fmt.Errorf("linear: %d bytes of weights, want %d", len(data), want)
	}
	next := func() float32 {
		x := math.Float32frombits(binary.LittleEndian.Uint32(data))
		data = data[4:]
		return x
	}
	for _, name := range names {
		h := Head{Name: name, Bias: next(), W: make([]float32, Size)}
		for i := range h.W {
			h.W[i] = next()
		}
		m.Heads = append(m.Heads, h)
	}
	return &m, nil
}
