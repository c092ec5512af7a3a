package ordered

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRun runs inputs whose work takes uneven times: the answers
// come back in input order, each once, and no more than window+2 inputs
// are ever between next and emit.
func TestRun(t *testing.T) {
	for _, tc := range []struct{ workers, window, n int }{
		{1, 1, 50}, {2, 4, 500}, {4, 16, 1000}, {8, 3, 300}, {3, 8, 0},
	} {
		var inFlight, most atomic.Int64
		i := 0
		next := func() (int, bool, error) {
			if i == tc.n {
				return 0, false, nil
			}
			i++
			if v := inFlight.Add(1); v > most.Load() {
				most.Store(v)
			}
			return i - 1, true, nil
		}
		work := func(_ context.Context, v int) int {
			if v%7 == 0 {
				time.Sleep(time.Duration(v%5) * 100 * time.Microsecond) // finish out of order
			}
			return v * v
		}
		var got []int
		flushes := 0
		err := Run(context.Background(), tc.workers, tc.window, next, work,
			func(v int) error {
				inFlight.Add(-1)
				got = append(got, v)
				return nil
			},
			func() error { flushes++; return nil })
		require.NoError(t, err)
		require.Len(t, got, tc.n)
		for k, v := range got {
			require.Equal(t, k*k, v, "answer %d", k)
		}
		assert.LessOrEqual(t, most.Load(), int64(tc.window+2), "%+v", tc)
	}
}

// TestRunErrors: an error reading the input comes after every answer
// before it; an error writing stops the pipeline.
func TestRunErrors(t *testing.T) {
	errRead := errors.New("read failed")
	i := 0
	var got []int
	err := Run(context.Background(), 4, 8,
		func() (int, bool, error) {
			if i == 100 {
				return 0, false, errRead
			}
			i++
			return i - 1, true, nil
		},
		func(_ context.Context, v int) int { return v },
		func(v int) error { got = append(got, v); return nil },
		func() error { return nil })
	assert.ErrorIs(t, err, errRead)
	assert.Len(t, got, 100, "every answer before the error")

	errWrite := errors.New("write failed")
	emitted, read := 0, 0
	err = Run(context.Background(), 4, 8,
		func() (int, bool, error) { read++; return read, true, nil }, // endless
		func(_ context.Context, v int) int { return v },
		func(int) error {
			if emitted++; emitted == 10 {
				return errWrite
			}
			return nil
		},
		func() error { return nil })
	assert.ErrorIs(t, err, errWrite)
	assert.Equal(t, 10, emitted)
}

// TestRunCanceled: a context that ends mid-run is the run's error, however
// the goroutines race to see it; the answers emitted before are in order.
func TestRunCanceled(t *testing.T) {
	for range 200 {
		ctx, cancel := context.WithCancel(context.Background())
		read, emitted := 0, 0
		err := Run(ctx, 3, 6,
			func() (int, bool, error) { read++; return read, true, nil }, // endless
			func(_ context.Context, v int) int { return v },
			func(v int) error {
				if emitted++; v != emitted {
					t.Fatalf("answer %d emitted as number %d", v, emitted)
				}
				if emitted == 10 {
					cancel()
				}
				return nil
			},
			func() error { return nil })
		require.ErrorIs(t, err, context.Canceled)
		cancel()
	}
}
