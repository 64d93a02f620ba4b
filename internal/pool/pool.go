// Package pool keeps the warm runtimes of one plugin version and spreads
// requests over them by load.
//
// A value (a runtime) serves many borrowers at once, up to
// Config.MaxPerValue: a runtime interleaves its requests at their await
// points, as Node's event loop does. Get lends the value with the fewest
// borrowers, the most recently used among equals (the warmest). It creates a
// new value, while fewer than Max exist, only when that is worth it: when
// the least loaded value is full, or is busy running code right now (the
// busy function the caller passes tells). Values that merely hold borrowers
// waiting on I/O take more borrowers instead, since more values only add CPU
// parallelism. When every value is full, borrowers queue, first come first
// served, up to MaxWaiters and for at most the wait their context allows.
// Reap drops values without borrowers idle longer than IdleTimeout, down to
// Min. Pools that share an IdleLimit keep at most so many idle values
// beyond their Min between them, the most recently used.
package pool

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// Errors returned by Get.
var (
	ErrClosed    = errors.New("pool closed")
	ErrQueueFull = errors.New("every runtime is at its limit of requests in flight and the wait queue is full")
)

// Config bounds a pool.
type Config struct {
	Min         int           // values kept when reaping; at most Max
	Max         int           // values in existence at most; at least 1
	MaxPerValue int           // borrowers of one value at once; at least 1
	MaxWaiters  int           // borrowers allowed to wait when every value is full; 0 means none
	IdleTimeout time.Duration // Reap drops values without borrowers for longer; 0 means never

	// OnWait, if not nil, is told how long a borrower waited in line,
	// whatever the wait ended with.
	OnWait func(time.Duration)
}

// Stats counts what a pool did.
type Stats struct {
	Live     int   // values in existence or being created
	Idle     int   // values without borrowers
	InFlight int   // borrows not yet returned
	Waiting  int   // borrowers queued
	Cold     int64 // values created (at install or for a borrower)
	Warm     int64 // borrows served by an existing value
	Queued   int64 // borrows that had to wait in the queue
	Reaped   int64 // values dropped for being idle too long, or past an IdleLimit
	Refused  int64 // borrows refused because the queue was full
}

// slot is one value and its load.
type slot[T comparable] struct {
	v        T
	inflight int
	lastUsed int64  // when its last borrow came back (for reaping), as monoNow
	recency  uint64 // the pool's use counter when it was last lent or returned
	gone     bool   // discarded: lends no more, destroyed when its borrowers are done
}

// epoch is the origin of monoNow: a value's idle time needs only the
// monotonic clock, which is about half the cost of time.Now (which reads
// the wall clock too), and a value goes back to its pool on every request.
var epoch = time.Now()

// monoNow is the monotonic time since epoch, in nanoseconds.
func monoNow() int64 { return int64(time.Since(epoch)) }

// monoAt is t as monoNow would have read it.
func monoAt(t time.Time) int64 { return int64(t.Sub(epoch)) }

// waiter is a queued borrower: it receives a value, or permission to create
// one.
type waiter[T comparable] struct {
	ch chan handoff[T]
}

type handoff[T comparable] struct {
	v      T
	create bool
}

// Pool lends up to Max values of type T, each to up to MaxPerValue borrowers
// at once, creating them on demand.
type Pool[T comparable] struct {
	newFn     func(context.Context) (T, error)
	destroyFn func(T)
	cfg       Config

	mu       sync.Mutex
	slots    []*slot[T] // the values lendable or busy; not the discarded ones
	byValue  map[T]*slot[T]
	creating int
	uses     uint64 // counts lends and returns, for recency
	waiters  []*waiter[T]
	closed   bool
	stats    Stats
	limit    *IdleLimit[T] // shared with other pools (Share); nil if none
	spare    atomic.Int32  // spares() as recount last saw it, read by the limit's trim without p.mu
}

// New returns a pool. newFn creates a value; destroy, if not nil, is called
// for every value the pool drops, once it has no borrowers.
func New[T comparable](cfg Config, newFn func(context.Context) (T, error), destroy func(T)) *Pool[T] {
	cfg.Max = max(cfg.Max, 1)
	cfg.Min = min(max(cfg.Min, 0), cfg.Max)
	cfg.MaxPerValue = max(cfg.MaxPerValue, 1)
	return &Pool[T]{newFn: newFn, destroyFn: destroy, cfg: cfg, byValue: map[T]*slot[T]{}}
}

// Add puts a value created elsewhere (for example while the plugin was
// installed) into the pool, counting it as a cold start. It reports false,
// and destroys v, when the pool is full or closed.
func (p *Pool[T]) Add(v T) bool {
	p.mu.Lock()
	if p.closed || len(p.slots)+p.creating >= p.cfg.Max {
		p.mu.Unlock()
		p.destroy(v)
		return false
	}
	p.stats.Cold++
	before := p.spares()
	p.insert(v, 0)
	over := p.recount(before)
	p.mu.Unlock()
	if over {
		p.limit.trim()
	}
	return true
}

func (p *Pool[T]) insert(v T, inflight int) *slot[T] {
	p.uses++
	s := &slot[T]{v: v, inflight: inflight, lastUsed: monoNow(), recency: p.uses}
	p.slots = append(p.slots, s)
	p.byValue[v] = s
	return s
}

// pick returns the least loaded slot, the most recently used among equals.
func (p *Pool[T]) pick() *slot[T] {
	var best *slot[T]
	for _, s := range p.slots {
		if best == nil || s.inflight < best.inflight || (s.inflight == best.inflight && s.recency > best.recency) {
			best = s
		}
	}
	return best
}

// Get lends a value: the least loaded one when it is free, or when it has
// room and is not busy (busy reports whether a value is running code at
// this moment; nil means never); else a new one while fewer than Max exist;
// else the least loaded one if it has room; else the first value that gets
// room, waiting in line until ctx is done. It fails at once with
// ErrQueueFull when MaxWaiters borrowers wait. The borrower gives the value
// back with Put, or Discard.
//
// wait, if positive, bounds the wait in line (ctx still ends it sooner); it
// costs nothing when no wait happens.
func (p *Pool[T]) Get(ctx context.Context, wait time.Duration, busy func(T) bool) (T, error) {
	var zero T
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return zero, ErrClosed
	}
	best := p.pick()
	canCreate := len(p.slots)+p.creating < p.cfg.Max
	switch {
	case best != nil && (best.inflight == 0 || (best.inflight < p.cfg.MaxPerValue && (!canCreate || busy == nil || !busy(best.v)))):
		before := p.spares()
		v := p.lend(best)
		p.recount(before) // a lend only lowers the count
		p.mu.Unlock()
		return v, nil
	case canCreate:
		p.creating++
		p.mu.Unlock()
		return p.create(ctx)
	case len(p.waiters) >= p.cfg.MaxWaiters:
		p.stats.Refused++
		p.mu.Unlock()
		return zero, ErrQueueFull
	}
	w := &waiter[T]{ch: make(chan handoff[T], 1)}
	p.waiters = append(p.waiters, w)
	p.stats.Queued++
	p.mu.Unlock()
	if wait > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, wait)
		defer cancel()
	}
	if p.cfg.OnWait != nil {
		start := time.Now()
		defer func() { p.cfg.OnWait(time.Since(start)) }()
	}

	select {
	case h, ok := <-w.ch:
		if !ok {
			return zero, ErrClosed
		}
		if h.create {
			return p.create(ctx)
		}
		return h.v, nil
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
		p.mu.Lock()
		p.creating--
		p.mu.Unlock()
		p.wakeOne()
	} else {
		p.Put(h.v)
	}
	return zero, ctx.Err()
}

// lend counts a borrow of s. It runs under mu.
func (p *Pool[T]) lend(s *slot[T]) T {
	s.inflight++
	p.uses++
	s.recency = p.uses
	p.stats.Warm++
	return s.v
}

// create makes a value in a slot already counted in creating, and lends it.
func (p *Pool[T]) create(ctx context.Context) (T, error) {
	v, err := p.newFn(ctx)
	p.mu.Lock()
	p.creating--
	if err != nil {
		p.mu.Unlock()
		p.wakeOne() // a waiter may try in the freed place
		var zero T
		return zero, err
	}
	p.stats.Cold++
	if p.closed {
		p.mu.Unlock()
		p.destroy(v)
		var zero T
		return zero, ErrClosed
	}
	before := p.spares()
	p.insert(v, 1) // with Min, it may make an idle value spare
	over := p.recount(before)
	p.mu.Unlock()
	if over {
		p.limit.trim()
	}
	return v, nil
}

// Put gives back one borrow of v. The first waiter gets the room it frees.
// A discarded value is destroyed when its last borrow comes back.
func (p *Pool[T]) Put(v T) {
	p.mu.Lock()
	s := p.byValue[v]
	if s == nil {
		p.mu.Unlock()
		return
	}
	before := p.spares()
	s.inflight--
	p.uses++
	s.recency = p.uses
	if s.inflight == 0 {
		s.lastUsed = monoNow() // idle from now: what Reap looks at
	}
	if s.gone || p.closed {
		last := s.inflight == 0
		if last {
			delete(p.byValue, v)
		}
		p.mu.Unlock()
		if last {
			p.destroy(v)
		}
		return
	}
	if len(p.waiters) > 0 {
		w := p.waiters[0]
		p.waiters = p.waiters[1:]
		s.inflight++
		p.stats.Warm++
		p.mu.Unlock()
		w.ch <- handoff[T]{v: v}
		return
	}
	over := p.recount(before)
	p.mu.Unlock()
	if over {
		p.limit.trim()
	}
}

// Discard takes v out of rotation: it lends no more, a waiter may create a
// value in its place, and it is destroyed once every borrow of it has come
// back with Put. The caller's own borrow still needs its Put.
func (p *Pool[T]) Discard(v T) {
	p.mu.Lock()
	s := p.byValue[v]
	if s == nil || s.gone {
		p.mu.Unlock()
		return
	}
	before := p.spares()
	s.gone = true
	for i, x := range p.slots {
		if x == s {
			last := len(p.slots) - 1
			copy(p.slots[i:], p.slots[i+1:])
			p.slots[last] = nil // the backing array must not keep the value alive
			p.slots = p.slots[:last]
			break
		}
	}
	p.recount(before) // taking a value out only lowers the count
	p.mu.Unlock()
	p.wakeOne()
}

// wakeOne lets the first waiter create a value, if there is room.
func (p *Pool[T]) wakeOne() {
	p.mu.Lock()
	if len(p.waiters) == 0 || p.closed || len(p.slots)+p.creating >= p.cfg.Max {
		p.mu.Unlock()
		return
	}
	w := p.waiters[0]
	p.waiters = p.waiters[1:]
	p.creating++
	p.mu.Unlock()
	w.ch <- handoff[T]{create: true}
}

func (p *Pool[T]) destroy(v T) {
	if p.destroyFn != nil {
		p.destroyFn(v)
	}
}

// Reap drops the values without borrowers unused since before
// now-IdleTimeout, keeping at least Min values. It returns how many it
// dropped. drop, if not nil, takes over each value dropped, and must
// destroy it; if nil, the pool destroys them.
func (p *Pool[T]) Reap(now time.Time, drop func(T)) int {
	if p.cfg.IdleTimeout <= 0 {
		return 0
	}
	return p.reap(now.Add(-p.cfg.IdleTimeout), drop)
}

// Trim drops every value without borrowers, however recently used, keeping
// at least Min values, as Reap does.
func (p *Pool[T]) Trim(drop func(T)) int {
	return p.reap(time.Now().Add(time.Hour), drop)
}

func (p *Pool[T]) reap(cutoff time.Time, drop func(T)) int {
	cutoffN := monoAt(cutoff)
	p.mu.Lock()
	before := p.spares()
	var dropped []T
	kept := p.slots[:0]
	live := len(p.slots)
	for _, s := range p.slots {
		if s.inflight == 0 && live > p.cfg.Min && s.lastUsed < cutoffN {
			dropped = append(dropped, s.v)
			delete(p.byValue, s.v)
			live--
			continue
		}
		kept = append(kept, s)
	}
	clear(p.slots[len(kept):])
	p.slots = kept
	p.stats.Reaped += int64(len(dropped))
	p.recount(before)
	p.mu.Unlock()
	for _, v := range dropped {
		if drop != nil {
			drop(v)
		} else {
			p.destroy(v)
		}
	}
	return len(dropped)
}

// Each calls fn for every value in rotation (not the discarded ones). fn
// must not call the pool.
func (p *Pool[T]) Each(fn func(T)) {
	var room [4]T // most pools hold a few values: no allocation for them
	p.mu.Lock()
	vals := room[:0]
	for _, s := range p.slots {
		vals = append(vals, s.v)
	}
	p.mu.Unlock()
	for _, v := range vals {
		fn(v)
	}
}

// Close stops lending and fails the waiters. It calls each (when not nil)
// on every value without borrowers and then destroys it; values still
// borrowed are destroyed, without each, when their last borrow comes back.
func (p *Pool[T]) Close(each func(T)) {
	p.mu.Lock()
	before := p.spares()
	p.closed = true
	var idle []T
	for _, s := range p.slots {
		if s.inflight == 0 {
			idle = append(idle, s.v)
			delete(p.byValue, s.v)
		}
	}
	p.slots = nil
	p.recount(before)
	limit := p.limit
	waiters := p.waiters
	p.waiters = nil
	p.mu.Unlock()
	if limit != nil {
		limit.leave(p)
	}
	for _, w := range waiters {
		close(w.ch) // the waiter sees ErrClosed
	}
	for _, v := range idle {
		if each != nil {
			each(v)
		}
		p.destroy(v)
	}
}

// Stats reports the pool's counters.
func (p *Pool[T]) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.stats
	s.Live = len(p.slots) + p.creating
	for _, x := range p.slots {
		if x.inflight == 0 {
			s.Idle++
		}
		s.InFlight += x.inflight
	}
	s.Waiting = len(p.waiters)
	return s
}

func indexOf[T comparable](ws []*waiter[T], w *waiter[T]) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}
