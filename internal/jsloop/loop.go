// Package jsloop is the event loop of one goja runtime: timers, microtasks
// and callbacks that Go code posts from other goroutines.
//
// The loop has no goroutine of its own. Whoever holds the runtime drives it
// with Run, on its own goroutine, until what it waits for has happened: a
// request is driven until its response ends, setup until its Promise
// settles. Between two Runs the runtime is frozen, like a serverless
// instance between invocations: a timer that comes due meanwhile fires
// during the next Run.
package jsloop

import (
	"container/heap"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// ErrStalled is returned by Run when what it waits for can no longer
// happen: no timer is pending and no Go operation will post a callback.
var ErrStalled = errors.New("nothing left to run: the awaited work can never finish")

// ErrAborted is returned by Run after Abort.
var ErrAborted = errors.New("event loop aborted")

// Loop is the event loop of one runtime. Its methods, except Post, Hold's
// callback and Abort, must be called on the goroutine that holds the
// runtime.
type Loop struct {
	vm      *goja.Runtime
	flush   goja.Callable // a no-op function: returning from it runs goja's job queue
	onError func(error)

	mu     sync.Mutex
	posted []func() error
	holds  int           // Go operations that will post a callback
	wake   chan struct{} // capacity 1
	abort  atomic.Bool

	timers  timerHeap
	byID    map[int64]*timer
	nextID  int64
	refs    int // timers that keep the loop alive
	waitFor *time.Timer
	proto   *goja.Object // prototype of the objects setTimeout returns
}

// New creates the loop of vm and installs setTimeout, setInterval,
// setImmediate, their clear functions and queueMicrotask as globals.
// onError receives the errors that timer callbacks throw (nil: dropped).
func New(vm *goja.Runtime, onError func(error)) *Loop {
	l := &Loop{vm: vm, onError: onError, wake: make(chan struct{}, 1), byID: map[int64]*timer{}}
	fn, err := vm.RunString("(function () {})")
	if err != nil {
		panic(err)
	}
	l.flush, _ = goja.AssertFunction(fn)
	l.waitFor = time.NewTimer(time.Hour)
	l.waitFor.Stop()
	l.install()
	return l
}

// Post schedules fn to run on the loop during the current or next Run. It
// is safe to call from any goroutine. An error fn returns goes to onError,
// except an interrupt, which ends Run.
func (l *Loop) Post(fn func() error) {
	l.mu.Lock()
	l.posted = append(l.posted, fn)
	l.mu.Unlock()
	l.signal()
}

// Hold registers a Go operation in progress, which keeps Run from
// reporting ErrStalled, and returns the function that posts its completion
// callback and releases the hold. The returned function must be called
// exactly once, from any goroutine.
func (l *Loop) Hold() func(fn func() error) {
	l.mu.Lock()
	l.holds++
	l.mu.Unlock()
	var once sync.Once
	return func(fn func() error) {
		once.Do(func() {
			l.mu.Lock()
			l.holds--
			l.posted = append(l.posted, fn)
			l.mu.Unlock()
			l.signal()
		})
	}
}

// Abort makes the current or next Run return ErrAborted. Safe from any
// goroutine; Reset clears it.
func (l *Loop) Abort() {
	l.abort.Store(true)
	l.signal()
}

// Reset clears an Abort.
func (l *Loop) Reset() { l.abort.Store(false) }

func (l *Loop) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Run drives the loop on the calling goroutine until done reports true. It
// returns ErrStalled when done can no longer become true, ErrAborted after
// Abort, and the interrupt error when the runtime is interrupted.
func (l *Loop) Run(done func() bool) error {
	for {
		if done() {
			return nil
		}
		if l.abort.Load() {
			return ErrAborted
		}
		l.mu.Lock()
		posted := l.posted
		l.posted = nil
		holds := l.holds
		l.mu.Unlock()
		if len(posted) > 0 {
			for _, fn := range posted {
				if err := l.report(fn()); err != nil {
					return err
				}
			}
			if err := l.Flush(); err != nil {
				return err
			}
			continue
		}
		now := time.Now()
		if len(l.timers) > 0 && !l.timers[0].when.After(now) {
			if err := l.fire(heap.Pop(&l.timers).(*timer)); err != nil {
				return err
			}
			continue
		}
		if l.refs == 0 && holds == 0 {
			return ErrStalled
		}
		var due <-chan time.Time
		if len(l.timers) > 0 {
			l.waitFor.Reset(l.timers[0].when.Sub(now))
			due = l.waitFor.C
		}
		select {
		case <-l.wake:
		case <-due:
		}
		if due != nil && !l.waitFor.Stop() {
			select { // drain a fire that raced with the wake
			case <-l.waitFor.C:
			default:
			}
		}
	}
}

// Flush runs the microtasks (Promise jobs) that Go code queued outside any
// JavaScript call, such as by resolving a Promise.
func (l *Loop) Flush() error {
	_, err := l.flush(goja.Undefined())
	return interrupted(err)
}

// report passes a callback's error to onError, or returns it when it is an
// interrupt, which must stop the loop.
func (l *Loop) report(err error) error {
	if err == nil {
		return nil
	}
	if ie := interrupted(err); ie != nil {
		return ie
	}
	if l.onError != nil {
		l.onError(err)
	}
	return nil
}

func interrupted(err error) error {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return ie
	}
	return nil
}

// Pending reports the number of timers that keep the loop alive.
func (l *Loop) Pending() int { return l.refs }

// ClearTimers cancels every timer, as when the runtime is retired.
func (l *Loop) ClearTimers() {
	for _, t := range l.timers {
		t.cancelled = true
		delete(l.byID, t.id)
	}
	l.timers = l.timers[:0]
	l.refs = 0
}
