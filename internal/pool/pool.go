// Package pool keeps the warm instances of one plugin version: a bounded set
// of values that are expensive to create, each lent to one borrower at a
// time.
package pool

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

// ErrClosed is returned by Get after Close.
var ErrClosed = errors.New("pool closed")

// Pool lends out up to Max values of type T, creating them on demand.
type Pool[T any] struct {
	newFn     func(context.Context) (T, error)
	destroyFn func(T)

	idle  chan T        // values ready to lend
	freed chan struct{} // a slot was freed by Discard: a waiter may create
	mu    sync.Mutex
	live  int // values in existence: idle, lent, or being created
	max   int

	closed atomic.Bool
	cold   atomic.Int64
	warm   atomic.Int64
}

// New returns a pool of at most max values (at least 1). newFn creates a
// value; destroy, if not nil, is called for every value the pool drops.
func New[T any](max int, newFn func(context.Context) (T, error), destroy func(T)) *Pool[T] {
	if max < 1 {
		max = 1
	}
	return &Pool[T]{
		newFn: newFn, destroyFn: destroy, max: max,
		idle:  make(chan T, max),
		freed: make(chan struct{}, 1),
	}
}

// Add puts a value created elsewhere (for example the first instance, built
// while the plugin was installed) into the pool. It reports false, and
// destroys v, when the pool is full or closed.
func (p *Pool[T]) Add(v T) bool {
	p.mu.Lock()
	if p.live >= p.max || p.closed.Load() {
		p.mu.Unlock()
		p.destroy(v)
		return false
	}
	p.live++
	p.mu.Unlock()
	p.cold.Add(1)
	p.Put(v)
	return true
}

// Get borrows a value: an idle one if there is one, else a new one while
// fewer than max exist, else the next one returned, until ctx is done.
func (p *Pool[T]) Get(ctx context.Context) (T, error) {
	var zero T
	for {
		if p.closed.Load() {
			return zero, ErrClosed
		}
		select {
		case v := <-p.idle:
			p.warm.Add(1)
			return v, nil
		default:
		}
		p.mu.Lock()
		if p.live < p.max {
			p.live++
			p.mu.Unlock()
			v, err := p.newFn(ctx)
			if err != nil {
				p.release()
				return zero, err
			}
			p.cold.Add(1)
			return v, nil
		}
		p.mu.Unlock()
		select {
		case v := <-p.idle:
			p.warm.Add(1)
			return v, nil
		case <-p.freed:
		case <-ctx.Done():
			return zero, ctx.Err()
		}
	}
}

// Put returns a borrowed value. After Close the value is destroyed instead.
func (p *Pool[T]) Put(v T) {
	if p.closed.Load() {
		p.Discard(v)
		return
	}
	p.idle <- v // never blocks: at most max values exist
	if p.closed.Load() {
		p.drainIdle()
	}
}

// Discard drops a borrowed value that must not be reused.
func (p *Pool[T]) Discard(v T) {
	p.destroy(v)
	p.release()
}

func (p *Pool[T]) release() {
	p.mu.Lock()
	p.live--
	p.mu.Unlock()
	select {
	case p.freed <- struct{}{}:
	default:
	}
}

func (p *Pool[T]) destroy(v T) {
	if p.destroyFn != nil {
		p.destroyFn(v)
	}
}

// Close stops lending. It calls each (when not nil) on every idle value and
// then destroys it; values still borrowed are destroyed, without each, when
// they are returned.
func (p *Pool[T]) Close(each func(T)) {
	p.closed.Store(true)
	for {
		select {
		case v := <-p.idle:
			if each != nil {
				each(v)
			}
			p.Discard(v)
		default:
			return
		}
	}
}

func (p *Pool[T]) drainIdle() { p.Close(nil) }

// Stats reports how many values exist, and how many borrows created a new
// value (cold) or found an idle one (warm).
func (p *Pool[T]) Stats() (live int, cold, warm int64) {
	p.mu.Lock()
	live = p.live
	p.mu.Unlock()
	return live, p.cold.Load(), p.warm.Load()
}
