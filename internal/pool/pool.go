// Package pool keeps the warm instances of one plugin version: a bounded set
// of values that are expensive to create, each lent to one borrower at a
// time.
//
// Borrowers get the most recently returned idle value (the warmest), else a
// new one while fewer than Max exist, else they queue, first come first
// served, up to MaxWaiters and for at most the wait their context allows.
// Reap drops values idle for longer than IdleTimeout, down to Min.
package pool

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Errors returned by Get.
var (
	ErrClosed    = errors.New("pool closed")
	ErrQueueFull = errors.New("every instance is busy and the wait queue is full")
)

// Config bounds a pool.
type Config struct {
	Min         int           // values kept when reaping; at most Max
	Max         int           // values in existence at most; at least 1
	MaxWaiters  int           // borrowers allowed to wait at Max; 0 means none
	IdleTimeout time.Duration // Reap drops values idle longer; 0 means never
}

// Stats counts what a pool did.
type Stats struct {
	Live    int   // values in existence: idle, lent or being created
	Idle    int   // values ready to lend
	Waiting int   // borrowers queued
	Cold    int64 // borrows that created a value
	Warm    int64 // borrows that got an existing one
	Reaped  int64 // values dropped for being idle too long
	Refused int64 // borrows refused because the queue was full
}

type idleValue[T any] struct {
	v     T
	since time.Time
}

// waiter is a queued borrower: it receives a value, or permission to create
// one (a slot freed by Discard).
type waiter[T any] struct {
	ch chan handoff[T]
}

type handoff[T any] struct {
	v      T
	create bool
}

// Pool lends out up to Max values of type T, creating them on demand.
type Pool[T any] struct {
	newFn     func(context.Context) (T, error)
	destroyFn func(T)
	cfg       Config

	mu      sync.Mutex
	idle    []idleValue[T] // a stack: the last is the most recently returned
	live    int
	waiters []*waiter[T]
	closed  bool
	stats   Stats
}

// New returns a pool. newFn creates a value; destroy, if not nil, is called
// for every value the pool drops.
func New[T any](cfg Config, newFn func(context.Context) (T, error), destroy func(T)) *Pool[T] {
	cfg.Max = max(cfg.Max, 1)
	cfg.Min = min(max(cfg.Min, 0), cfg.Max)
	return &Pool[T]{newFn: newFn, destroyFn: destroy, cfg: cfg}
}

// Add puts a value created elsewhere (for example while the plugin was
// installed) into the pool, counting it as a cold start. It reports false,
// and destroys v, when the pool is full or closed.
func (p *Pool[T]) Add(v T) bool {
	p.mu.Lock()
	if p.live >= p.cfg.Max || p.closed {
		p.mu.Unlock()
		p.destroy(v)
		return false
	}
	p.live++
	p.stats.Cold++
	p.mu.Unlock()
	p.Put(v)
	return true
}

// TryGet borrows the warmest idle value, if there is one, without waiting
// or creating.
func (p *Pool[T]) TryGet() (T, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || len(p.idle) == 0 {
		var zero T
		return zero, false
	}
	p.stats.Warm++
	return p.popIdle(), true
}

// Get borrows a value: the warmest idle one, else a new one while fewer
// than Max exist, else the next one returned, waiting in line until ctx is
// done. It fails at once with ErrQueueFull when MaxWaiters borrowers wait.
func (p *Pool[T]) Get(ctx context.Context) (T, error) {
	var zero T
	p.mu.Lock()
	switch {
	case p.closed:
		p.mu.Unlock()
		return zero, ErrClosed
	case len(p.idle) > 0:
		v := p.popIdle()
		p.stats.Warm++
		p.mu.Unlock()
		return v, nil
	case p.live < p.cfg.Max:
		p.live++
		p.mu.Unlock()
		return p.create(ctx)
	case len(p.waiters) >= p.cfg.MaxWaiters:
		p.stats.Refused++
		p.mu.Unlock()
		return zero, ErrQueueFull
	}
	w := &waiter[T]{ch: make(chan handoff[T], 1)}
	p.waiters = append(p.waiters, w)
	p.mu.Unlock()

	select {
	case h, ok := <-w.ch:
		if !ok {
			return zero, ErrClosed
		}
		return p.take(ctx, h)
	case <-ctx.Done():
	}
	p.mu.Lock()
	if i := indexOf(p.waiters, w); i >= 0 {
		p.waiters = append(p.waiters[:i], p.waiters[i+1:]...)
		p.mu.Unlock()
		return zero, ctx.Err()
	}
	p.mu.Unlock()
	// Served while giving up: pass on what was handed over.
	h, ok := <-w.ch
	if !ok {
		return zero, ctx.Err()
	}
	if h.create {
		p.release()
	} else {
		p.Put(h.v)
	}
	return zero, ctx.Err()
}

func (p *Pool[T]) take(ctx context.Context, h handoff[T]) (T, error) {
	if h.create {
		return p.create(ctx)
	}
	p.mu.Lock()
	p.stats.Warm++
	p.mu.Unlock()
	return h.v, nil
}

// create makes a value in a slot already counted in live.
func (p *Pool[T]) create(ctx context.Context) (T, error) {
	v, err := p.newFn(ctx)
	if err != nil {
		p.release()
		var zero T
		return zero, err
	}
	p.mu.Lock()
	p.stats.Cold++
	p.mu.Unlock()
	return v, nil
}

func (p *Pool[T]) popIdle() T {
	last := len(p.idle) - 1
	v := p.idle[last].v
	p.idle[last] = idleValue[T]{}
	p.idle = p.idle[:last]
	return v
}

// Put returns a borrowed value: to the first waiter, else to the idle
// stack. After Close the value is destroyed instead.
func (p *Pool[T]) Put(v T) {
	now := time.Now() // read outside the lock: every borrower contends for it
	p.mu.Lock()
	if p.closed {
		p.live--
		p.mu.Unlock()
		p.destroy(v)
		return
	}
	if len(p.waiters) > 0 {
		w := p.waiters[0]
		p.waiters = p.waiters[1:]
		p.mu.Unlock()
		w.ch <- handoff[T]{v: v}
		return
	}
	p.idle = append(p.idle, idleValue[T]{v: v, since: now})
	p.mu.Unlock()
}

// Discard drops a borrowed value that must not be reused.
func (p *Pool[T]) Discard(v T) {
	p.destroy(v)
	p.release()
}

// release frees the slot of a value that no longer exists: the first
// waiter may create a value in it.
func (p *Pool[T]) release() {
	p.mu.Lock()
	if len(p.waiters) > 0 && !p.closed {
		w := p.waiters[0]
		p.waiters = p.waiters[1:]
		p.mu.Unlock()
		w.ch <- handoff[T]{create: true}
		return
	}
	p.live--
	p.mu.Unlock()
}

func (p *Pool[T]) destroy(v T) {
	if p.destroyFn != nil {
		p.destroyFn(v)
	}
}

// Reap drops the values idle since before now-IdleTimeout, the coldest
// first, keeping at least Min values in existence. It returns how many it
// dropped.
func (p *Pool[T]) Reap(now time.Time) int {
	if p.cfg.IdleTimeout <= 0 {
		return 0
	}
	cutoff := now.Add(-p.cfg.IdleTimeout)
	p.mu.Lock()
	n := 0
	for n < len(p.idle) && p.live-n > p.cfg.Min && p.idle[n].since.Before(cutoff) {
		n++
	}
	dropped := make([]T, n)
	for i := range n {
		dropped[i] = p.idle[i].v
	}
	p.idle = append(p.idle[:0], p.idle[n:]...)
	p.live -= n
	p.stats.Reaped += int64(n)
	p.mu.Unlock()
	for _, v := range dropped {
		p.destroy(v)
	}
	return n
}

// Close stops lending and fails the waiters. It calls each (when not nil)
// on every idle value and then destroys it; values still borrowed are
// destroyed, without each, when they are returned.
func (p *Pool[T]) Close(each func(T)) {
	p.mu.Lock()
	p.closed = true
	idle := p.idle
	p.idle = nil
	p.live -= len(idle)
	waiters := p.waiters
	p.waiters = nil
	p.mu.Unlock()
	for _, w := range waiters {
		close(w.ch) // the waiter sees ErrClosed
	}
	for _, iv := range idle {
		if each != nil {
			each(iv.v)
		}
		p.destroy(iv.v)
	}
}

// Stats reports the pool's counters.
func (p *Pool[T]) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.stats
	s.Live, s.Idle, s.Waiting = p.live, len(p.idle), len(p.waiters)
	return s
}

func indexOf[T any](ws []*waiter[T], w *waiter[T]) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}
