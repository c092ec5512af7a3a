package corpus

import (
	"math"
	"math/bits"
	"math/rand/v2"
)

// rng draws from a PCG stream with integer-only derivations, so that the
// same seed gives the same numbers on every machine and Go release:
// math/rand/v2 fixes the PCG algorithm, but not how Rand turns its output
// into bounded integers or floats, and floating point may fuse operations
// differently across architectures.
type rng struct{ p rand.PCG }

func newRNG(seed, stream uint64) *rng {
	r := &rng{}
	r.seed(seed, stream)
	return r
}

func (r *rng) seed(seed, stream uint64) {
	// Mix both words so that nearby seeds and streams give unrelated states.
	r.p.Seed(mix64(seed^0x9e3779b97f4a7c15), mix64(stream+0x6a09e667f3bcc909))
}

// mix64 is the SplitMix64 finalizer.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func (r *rng) u64() uint64 { return r.p.Uint64() }

// intn returns a number in [0, n) (Lemire's multiply-shift; n > 0).
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.p.Uint64(), uint64(n))
	return int(hi)
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// pm reports true with probability permille/1000.
func (r *rng) pm(permille int) bool { return r.intn(1000) < permille }

// pick returns a uniformly chosen element of s.
func pick[T any](r *rng, s []T) T { return s[r.intn(len(s))] }

// zipf samples ranks 0…n-1 with weight ∝ 1/(rank+q)^s. The cumulative
// weights are integers computed once, so sampling is exact and portable.
type zipf struct{ cum []uint64 }

// newZipf builds a sampler over n ranks. s is 1 (classic Zipf) or 1.125
// (the eighth root is three square roots, which IEEE 754 rounds
// correctly everywhere, unlike math.Pow).
func newZipf(n int, q float64, steep bool) *zipf {
	z := &zipf{cum: make([]uint64, n)}
	var total uint64
	for k := range n {
		f := float64(float64(k+1) + q)
		d := f
		if steep {
			d = float64(f * math.Sqrt(math.Sqrt(math.Sqrt(f))))
		}
		w := uint64(float64(1<<40) / d)
		if w == 0 {
			w = 1
		}
		total += w
		z.cum[k] = total
	}
	return z
}

func (z *zipf) n() int { return len(z.cum) }

// draw returns a rank.
func (z *zipf) draw(r *rng) int {
	hi, _ := bits.Mul64(r.u64(), z.cum[len(z.cum)-1])
	lo, up := 0, len(z.cum)-1
	for lo < up {
		m := int(uint(lo+up) >> 1)
		if z.cum[m] > hi {
			up = m
		} else {
			lo = m + 1
		}
	}
	return lo
}
