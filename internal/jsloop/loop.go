// Package jsloop is the event loop of one goja runtime: timers, microtasks
// and callbacks that Go code posts from other goroutines.
//
// The loop has no goroutine of its own. Whoever holds the runtime drives it
// on its own goroutine: with Run until what it waits for has happened (setup
// until its Promise settles), or with Serve for as long as the runtime
// serves, running the tasks that other goroutines Post (a new request, a
// settled host call) interleaved with timers and Promise jobs, as Node's
// event loop does.
//
// A loop can carry an async context (see SetContext): a value captured when
// a timer or a Hold is created and restored while its callback runs, so the
// host knows which request a piece of JavaScript works for.
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

// ErrPanicked ends the loop after a Go panic in code TryRun ran; the panic
// goes on up TryRun's caller, and Serve returns ErrPanicked.
var ErrPanicked = errors.New("a callback of the loop panicked")

// Loop is the event loop of one runtime. Its methods, except Post, Hold's
// callback and Abort, must be called on the goroutine that holds the
// runtime.
type Loop struct {
	vm      *goja.Runtime
	flush   goja.Callable // a no-op function: returning from it runs goja's job queue
	onError func(error)

	mu     sync.Mutex
	posted []Task
	spare  []Task        // the previous batch's backing array, reused
	holds  int           // Go operations that will post a callback
	wake   chan struct{} // capacity 1
	abort  atomic.Bool
	// draining is set while a goroutine in TryRun runs the loop and will
	// look at posted again, under mu, before it lets go: a post meanwhile
	// needs no wake of Serve's goroutine (see post).
	draining bool

	busySince atomic.Int64 // when the running task started, as sinceEpoch; 0 when idle

	// run is held by whoever runs the loop's JavaScript: Serve's goroutine,
	// or a goroutine that runs the loop in its place (TryRun). failed is
	// the error that ended the loop, under run.
	run    sync.Mutex
	failed error

	capture func() any        // the current async context (SetContext)
	swap    func(ctx any) any // makes ctx current, returns the previous one

	timers  timerHeap
	byID    map[int64]*timer
	nextID  int64
	refs    int // timers that keep the loop alive
	waitFor *time.Timer
	proto   *goja.Object    // prototype of the objects setTimeout returns, made with the first
	globals map[string]bool // the loop's globals defined so far (see install)
	max     int             // timers pending at most; 0: no bound
}

// New creates the loop of vm and installs setTimeout, setInterval,
// setImmediate, their clear functions and queueMicrotask as globals
// (defined on the global object on their first read).
// onError receives the errors that timer callbacks throw (nil: dropped).
func New(vm *goja.Runtime, onError func(error)) *Loop {
	l := &Loop{vm: vm, onError: onError, wake: make(chan struct{}, 1), byID: map[int64]*timer{}}
	fn, err := vm.RunProgram(programs().flush)
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
	l.PostTask(funcTask(fn))
}

// Task is work posted to the loop (PostTask): a value that runs itself,
// so that a caller with a value of its own at hand posts it without
// allocating a closure.
type Task interface {
	Run() error
}

// A HereTask is a Task that is told when it runs on the goroutine that
// posts it: PostAndTryRun calls Here before it runs the loop (and so the
// task) on the caller's goroutine, and Away once that goroutine is done
// with the loop, before any other goroutine can run it. Until Away, only
// that goroutine runs the loop, so the task may share the caller's state
// with the loop without a lock.
type HereTask interface {
	Task
	Here()
	Away()
}

// QuietTask is a Task that can tell, once it has run, that it left no
// Promise job to run: it ran no JavaScript and settled no Promise (it only
// did Go bookkeeping), or ran its JavaScript only in top-level calls from
// Go (goja runs the jobs a call queued before returning to Go) and settled
// no Promise from Go outside them. The loop then skips the flush of the
// Promise jobs that follows a task, a JavaScript call of its own.
type QuietTask interface {
	Task
	Quiet() bool
}

// funcTask is a func as a Task (a func is pointer-shaped: converting it
// allocates nothing).
type funcTask func() error

func (f funcTask) Run() error { return f() }

// PostTask is Post for a Task.
func (l *Loop) PostTask(t Task) {
	l.mu.Lock()
	l.post(t)
	l.mu.Unlock()
}

// post queues t, under mu, and wakes Serve's goroutine unless a goroutine
// in TryRun is draining the queue: that one runs t before it stops. Waking
// Serve's goroutine for nothing costs more than a trivial request itself
// (it wakes, waits for the run lock, finds nothing to do and sleeps again).
func (l *Loop) post(t Task) {
	l.posted = append(l.posted, t)
	if !l.draining {
		l.signal()
	}
}

// Hold registers a Go operation in progress, which keeps Run from
// reporting ErrStalled, and returns the function that posts its completion
// callback and releases the hold. The returned function must be called
// exactly once, from any goroutine.
//
// The async context current when Hold is called is current again while fn
// runs.
func (l *Loop) Hold() func(fn func() error) {
	l.mu.Lock()
	l.holds++
	l.mu.Unlock()
	ctx := l.current()
	var once sync.Once
	return func(fn func() error) {
		once.Do(func() {
			l.mu.Lock()
			l.holds--
			l.post(funcTask(l.within(ctx, fn)))
			l.mu.Unlock()
		})
	}
}

// Keep registers a Go operation that posts any number of callbacks, such as
// a subscription: until release is called the loop counts it as pending.
// post may be called from any goroutine before release; each fn runs on the
// loop in the async context current when Keep was called. release must be
// called exactly once; posts after it are dropped and report false.
func (l *Loop) Keep() (post func(fn func() error) bool, release func()) {
	l.mu.Lock()
	l.holds++
	l.mu.Unlock()
	ctx := l.current()
	var released bool
	post = func(fn func() error) bool {
		l.mu.Lock()
		if released {
			l.mu.Unlock()
			return false
		}
		l.post(funcTask(l.within(ctx, fn)))
		l.mu.Unlock()
		return true
	}
	release = func() {
		l.mu.Lock()
		if !released {
			released = true
			l.holds--
		}
		l.mu.Unlock()
		l.signal()
	}
	return post, release
}

// SetMaxTimers bounds the timers pending at once (setTimeout, setInterval,
// setImmediate); past it they throw a RangeError. 0 means no bound.
func (l *Loop) SetMaxTimers(n int) { l.max = n }

// SetContext installs the async context hooks: capture returns the current
// context, swap makes a context current and returns the one it replaced.
// Timers and holds capture the context when they are created and run their
// callbacks within it.
func (l *Loop) SetContext(capture func() any, swap func(ctx any) any) {
	l.capture, l.swap = capture, swap
}

func (l *Loop) current() any {
	if l.capture == nil {
		return nil
	}
	return l.capture()
}

// within wraps fn to run in ctx.
func (l *Loop) within(ctx any, fn func() error) func() error {
	if l.swap == nil || ctx == nil {
		return fn
	}
	return func() error {
		prev := l.swap(ctx)
		defer l.swap(prev)
		return fn()
	}
}

// Busy reports since when the loop has been running its current task
// (a posted callback or a timer, with the Promise jobs it queued), or the
// zero time when it is idle or waiting. Safe from any goroutine: a watchdog
// reads it to find JavaScript that keeps a runtime busy too long.
func (l *Loop) Busy() time.Time {
	if n := l.busySince.Load(); n != 0 {
		return epoch.Add(time.Duration(n))
	}
	return time.Time{}
}

// epoch is the origin of busySince: a monotonic clock reading costs half of
// time.Now, which reads the wall clock too, and a task starts per request.
var epoch = time.Now()

// sinceEpoch is the monotonic time since epoch, never 0.
func sinceEpoch() int64 { return int64(time.Since(epoch)) | 1 }

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
		ran, err := l.step()
		if err != nil {
			return err
		}
		if ran {
			continue
		}
		if l.Idle() {
			return ErrStalled
		}
		l.waitUntil(nil, l.nextDue())
	}
}

// Serve drives the loop on the calling goroutine until stop is closed,
// running what other goroutines Post as it arrives. Whenever nothing is left
// to run and nothing is pending (no timer, no Hold), it calls stalled, if
// not nil, and then waits for a Post: the host answers the requests that
// can no longer finish. Serve returns nil after stop, ErrAborted after
// Abort, and the interrupt error when the runtime is interrupted; the loop
// may not be served again after an interrupt.
func (l *Loop) Serve(stop <-chan struct{}, stalled func()) error {
	for {
		select {
		case <-stop:
			return nil
		default:
		}
		l.run.Lock()
		if err := l.failed; err != nil {
			l.run.Unlock()
			return err
		}
		ran, err := l.step()
		if err == nil && !ran && stalled != nil && l.Idle() {
			stalled()
			ran, err = l.step()
		}
		if err != nil {
			l.failed = err
		}
		due := l.nextDue() // read under run: TryRun may add timers
		l.run.Unlock()
		if err != nil {
			return err
		}
		if !ran {
			l.waitUntil(stop, due)
		}
	}
}

// nextDue is when the first timer is due, or the zero time.
func (l *Loop) nextDue() time.Time {
	if len(l.timers) == 0 {
		return time.Time{}
	}
	return l.timers[0].when
}

// TryRun runs, on the calling goroutine, what is ready on the loop (posted
// callbacks and due timers, with their Promise jobs) until nothing more is,
// if no other goroutine is running the loop at this moment; it reports
// whether it did. An error (an interrupt) ends the loop: Serve returns it
// too.
//
// after, if not nil, runs while the loop is still held, when the run ended
// without an error.
func (l *Loop) TryRun(after func()) (ran bool, err error) {
	return l.PostAndTryRun(nil, after)
}

// PostAndTryRun posts t (unless nil) and runs the loop as TryRun does. A
// request's goroutine calls it with its request, so that a quick request is
// served without waking the loop's goroutine: when the loop is free, t is
// queued and run here without a signal to Serve; when another goroutine
// runs the loop, t is posted to it as by PostTask. A t that is a HereTask
// is told which (see HereTask).
func (l *Loop) PostAndTryRun(t Task, after func()) (ran bool, err error) {
	if !l.run.TryLock() {
		if t != nil {
			l.PostTask(t)
		}
		return false, nil
	}
	defer l.run.Unlock()
	if ht, ok := t.(HereTask); ok {
		ht.Here()
		defer ht.Away() // before the unlock
	}
	l.mu.Lock()
	if t != nil {
		l.posted = append(l.posted, t)
	}
	if l.failed != nil {
		if t != nil {
			l.signal() // Serve returns the error; t is dropped with the loop
		}
		l.mu.Unlock()
		return true, l.failed
	}
	l.draining = true
	l.mu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			l.failed = ErrPanicked
			l.stopDraining()
			l.signal()
			panic(p)
		}
	}()
	for {
		more, err := l.step()
		if err != nil {
			l.failed = err
			l.stopDraining()
			l.signal() // Serve returns it
			return true, err
		}
		if more {
			continue
		}
		// Nothing was ready: stop draining unless a post came in between,
		// under mu, so that a post either finds draining off (and wakes
		// Serve) or is seen here.
		l.mu.Lock()
		if len(l.posted) == 0 {
			l.draining = false
			l.mu.Unlock()
			break
		}
		l.mu.Unlock()
	}
	if len(l.timers) > 0 {
		l.signal() // Serve waits for the first one
	}
	if after != nil {
		after()
	}
	return true, nil
}

func (l *Loop) stopDraining() {
	l.mu.Lock()
	l.draining = false
	l.mu.Unlock()
}

// Wake makes Serve look at the loop again, as after a Post.
func (l *Loop) Wake() { l.signal() }

// Idle reports whether nothing is left to run or pending: no posted
// callback, no timer that keeps the loop alive, no Hold.
func (l *Loop) Idle() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.posted) == 0 && l.refs == 0 && l.holds == 0
}

// step runs one task, if one is ready: the posted callbacks, or the first
// due timer, each followed by the Promise jobs it queued.
func (l *Loop) step() (bool, error) {
	if l.abort.Load() {
		return false, ErrAborted
	}
	l.mu.Lock()
	posted := l.posted
	if len(posted) > 0 {
		// double buffering: posts made meanwhile go to the spare buffer
		l.posted, l.spare = l.spare[:0], nil
	}
	l.mu.Unlock()
	if len(posted) > 0 {
		l.busySince.Store(sinceEpoch())
		defer l.busySince.Store(0)
		for i, fn := range posted {
			posted[i] = nil
			if err := l.report(fn.Run()); err != nil {
				return true, err
			}
			if q, ok := fn.(QuietTask); ok && q.Quiet() {
				continue
			}
			if err := l.Flush(); err != nil {
				return true, err
			}
		}
		l.spare = posted[:0]
		return true, nil
	}
	if len(l.timers) > 0 {
		now := time.Now()
		if !l.timers[0].when.After(now) {
			l.busySince.Store(sinceEpoch())
			defer l.busySince.Store(0)
			if err := l.fire(heap.Pop(&l.timers).(*timer)); err != nil {
				return true, err
			}
			return true, l.Flush()
		}
	}
	return false, nil
}

// waitUntil blocks until something is posted, when (if not zero) comes,
// Abort is called or stop is closed.
func (l *Loop) waitUntil(stop <-chan struct{}, when time.Time) {
	var due <-chan time.Time
	if !when.IsZero() {
		l.waitFor.Reset(time.Until(when))
		due = l.waitFor.C
	}
	select {
	case <-l.wake:
	case <-due:
	case <-stop:
	}
	if due != nil && !l.waitFor.Stop() {
		select { // drain a fire that raced with the wake
		case <-l.waitFor.C:
		default:
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
	if err == nil {
		return nil
	}
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
