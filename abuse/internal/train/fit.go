package main

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/guillemet/guillemet/abuse/internal/linear"
)

// config is how the model is fitted: AdaGrad steps over the examples,
// shuffled by a PCG of the seed at every epoch, with an L2 penalty on the
// weights an example touches.
type config struct {
	epochs int
	rate   float64
	l2     float64
	seed   uint64
}

// defaults are the settings measured on the dev split (QUALITY.md).
var defaults = config{epochs: 12, rate: 0.2, l2: 1e-4, seed: 13}

// features reads the features of every example, in order.
func features(exs []example) [][]linear.Feature {
	out := make([][]linear.Feature, len(exs))
	for i, e := range exs {
		out[i] = linear.Read(e.text).Features
	}
	return out
}

// sources are the data sets that get a bias of their own while the
// model learns: every HateCheck case names a group, most of them to hate
// it, and every tweet holds one of the keywords the tweets were collected
// by (mongol, gauchiste, migrants…), most of them abusive. Without a
// bias of their own, the groups' and the keywords' words would carry
// these priors, and « J'adore les femmes » would read as hate. The model
// keeps the bias of the project's labelled set, messages of the kind it
// judges.
var sources = [...]string{"mlma", "hatecheck"}

// fit trains one logistic head a label on the examples (the heads skip
// the examples whose label is unknown) and returns the model, its
// threshold not yet chosen.
func fit(exs []example, feats [][]linear.Feature, cfg config) *linear.Model {
	n := len(heads)
	w := make([][]float64, n)
	g2 := make([][]float64, n)
	for h := range n {
		w[h] = make([]float64, linear.Size)
		g2[h] = make([]float64, linear.Size)
	}
	bias := make([]float64, n)
	gb := make([]float64, n)
	// Each source but the labelled set has a bias of its own, a head,
	// learnt and then left out of the model (see sourceBias).
	var sb, gsb [len(sources)][5]float64
	rng := rand.New(rand.NewPCG(cfg.seed, cfg.seed))
	order := make([]int, len(exs))
	for range cfg.epochs {
		for i := range order {
			order[i] = i
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e, fs := &exs[k], feats[k]
			for h := range n {
				if e.y[h] == unknown {
					continue
				}
				wh, gh := w[h], g2[h]
				si := slices.Index(sources[:], e.source)
				z := bias[h]
				if si >= 0 {
					z += sb[si][h]
				}
				for _, f := range fs {
					z += wh[f.Index] * float64(f.Value)
				}
				g := (linear.Sigmoid(z) - float64(e.y[h])) * e.weight
				for _, f := range fs {
					gi := g*float64(f.Value) + cfg.l2*wh[f.Index]
					gh[f.Index] += gi * gi
					wh[f.Index] -= cfg.rate * gi / math.Sqrt(gh[f.Index]+1e-8)
				}
				gb[h] += g * g
				bias[h] -= cfg.rate * g / math.Sqrt(gb[h]+1e-8)
				if si >= 0 {
					gsb[si][h] += g * g
					sb[si][h] -= cfg.rate * g / math.Sqrt(gsb[si][h]+1e-8)
				}
			}
		}
	}
	m := &linear.Model{Heads: make([]linear.Head, n)}
	for h := range n {
		hd := linear.Head{Name: heads[h], Bias: float32(bias[h]), W: make([]float32, linear.Size)}
		for i, x := range w[h] {
			hd.W[i] = float32(x)
		}
		m.Heads[h] = hd
	}
	return m
}
