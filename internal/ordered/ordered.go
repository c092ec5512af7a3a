// Package ordered answers a stream of inputs on several goroutines and
// hands the answers back in input order, streaming, with bounded memory.
// The CLI's verify, montage and abuse and provenance.LinkAll are built
// on it.
package ordered

import (
	"context"
	"sync"
)

// Run answers a stream of inputs on several goroutines and hands the
// answers back in input order, each as soon as it and every answer
// before it are ready.
//
// next is called on one goroutine, in input order, until it reports
// ok=false or an error. work runs on n goroutines; it must not fail
// (an input it cannot answer is an answer too). emit runs on the
// caller's goroutine, once per input, in input order. flush runs there
// too, whenever the next answer is not ready yet: what was emitted so
// far then reaches its reader while the rest is computed.
//
// At most window inputs are between next and emit at any time, so
// memory stays bounded whatever the input's length: a slow input holds
// back at most window−1 answers behind it, and next waits.
//
// An error from next is returned once every answer before it has been
// emitted; so is ctx's error when ctx ends before every input was read:
// a run that stopped early never reads as complete. An error from emit
// or flush stops the pipeline and is returned at once: the workers have ended then, but a call of next in
// progress (a read from a terminal) ends in its own time, and its input
// is dropped.
func Run[In, Out any](ctx context.Context, n, window int,
	next func() (In, bool, error),
	work func(context.Context, In) Out,
	emit func(Out) error,
	flush func() error,
) error {
	n, window = max(n, 1), max(window, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		in  In
		out chan Out
	}
	jobs := make(chan job)
	queue := make(chan chan Out, window) // answers to come, in input order
	var readErr error                    // set before queue closes
	go func() {
		defer close(queue)
		defer close(jobs)
		for {
			in, ok, err := next()
			if err != nil {
				readErr = err
				return
			}
			if !ok {
				return
			}
			out := make(chan Out, 1)
			select {
			case queue <- out:
			case <-ctx.Done():
				readErr = ctx.Err()
				return
			}
			select {
			case jobs <- job{in, out}:
			case <-ctx.Done():
				readErr = ctx.Err()
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					j.out <- work(ctx, j.in)
				case <-ctx.Done():
					return
				}
			}
		})
	}
	err := func() error {
		for {
			// Waiting for the next input or the next answer, flush
			// first: the reader of the output sees what is ready.
			var out chan Out
			var ok bool
			select {
			case out, ok = <-queue:
			default:
				if err := flush(); err != nil {
					return err
				}
				out, ok = <-queue
			}
			if !ok {
				return nil
			}
			var a Out
			select {
			case a = <-out:
			default:
				if err := flush(); err != nil {
					return err
				}
				select {
				case a = <-out:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			if err := emit(a); err != nil {
				return err
			}
		}
	}()
	cancel()
	wg.Wait()
	if err != nil {
		return err
	}
	return readErr
}
