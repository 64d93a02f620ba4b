package plugmux

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/esmlite"
	"github.com/plugmux/plugmux/internal/express"
	"github.com/plugmux/plugmux/internal/jsguard"
	"github.com/plugmux/plugmux/internal/jsloop"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// instance is one goja runtime of a plugin version, with the module
// evaluated and setup done: a warm instance, in serverless terms. Its event
// loop runs on a goroutine of its own (drive) and serves many requests at
// once, interleaved at their await points, through the runtime's Express
// layer (internal/express); JavaScript of one runtime runs on that
// goroutine only. Module-level state is shared by the requests of a runtime
// and lives as long as it does.
type instance struct {
	v        *version
	vm       *goja.Runtime
	loop     *jsloop.Loop
	ex       *express.Runtime
	env      *runtimeEnv           // the web and Node globals (globals.go)
	modules  map[string]goja.Value // host modules required so far
	teardown goja.Callable
	// how long the environment and the module's top level, and setup,
	// took (buildTimes)
	evaluated, setUp time.Duration

	stop     chan struct{} // closed to stop drive
	stopOnce sync.Once
	exited   chan struct{} // closed when drive has returned
}

// errSetupTimeout interrupts a module whose top level or setup runs too
// long; errStopped JavaScript still running when its runtime shuts down.
var (
	errSetupTimeout = errors.New("setup did not finish in time")
	errStopped      = errors.New("the runtime is shutting down")
	// errStillRunning: a module's JavaScript was running when its
	// SetupTimeout passed (not waiting on I/O); it is not built again
	// until the feed changes the item.
	errStillRunning = errors.New("its JavaScript was still running (a loop?); it is not retried until the feed changes the item")
)

// newInstance creates a runtime, evaluates the bundle in it, runs setup and
// starts its loop. The first instance of a version compiles the route
// table; later ones bind their handlers to it.
func (v *version) newInstance(ctx context.Context) (*instance, error) {
	start := time.Now()
	vm := goja.New()
	vm.SetMaxCallStackSize(v.host.opts.MaxCallStackSize)
	// Bounds on what one call of a built-in may allocate or walk, before
	// any script runs (internal/jsguard).
	// A bundle that does not use BigInt runs where no BigInt can be made.
	if err := jsguard.Install(vm, jsguard.Config{MaxAllocBytes: v.host.opts.MaxAllocBytes, DisableBigInt: !v.bundle.program.UsesBigInt}); err != nil {
		return nil, pluginErr(v.item, PhaseEvaluate, fmt.Errorf("the runtime's guards: %w", err))
	}
	in := &instance{v: v, vm: vm, stop: make(chan struct{}), exited: make(chan struct{})}
	in.loop = jsloop.New(vm, func(err error) {
		v.log.Error("uncaught exception in a callback", "err", pluginErr(v.item, PhaseRequest, err))
	})
	in.loop.SetMaxTimers(v.host.opts.MaxTimers)
	in.ex = express.New(vm, in.loop, express.Config{
		Logger:           v.log,
		WrapError:        func(err error) error { return pluginErr(v.item, PhaseRequest, err) },
		NotFound:         v.host.notFound,
		Retire:           func() { v.pool.Discard(in) },
		TimedOut:         func() { v.host.metrics.timedOut(v.item.Name, v.item.Version) },
		CPUInterrupted:   func() { v.host.metrics.cpuInterrupted(v.item.Name, v.item.Version) },
		MaxBodyBytes:     v.limits.maxBodyBytes,
		MaxCallStackSize: v.host.opts.MaxCallStackSize,
		RequestTimeout:   v.limits.requestTimeout,
		CPULimit:         v.limits.cpuLimit,
		Debug:            v.host.opts.Debug,
		MaxListeners:     v.host.opts.MaxListeners,
		HTTPClasses: func() (*goja.Object, *goja.Object, error) {
			return in.env.js.HTTPClasses()
		},
	})
	in.installGlobals()

	timeout := v.host.opts.SetupTimeout
	timer := time.AfterFunc(timeout, func() { vm.Interrupt(errSetupTimeout); in.loop.Abort() })
	stop := context.AfterFunc(ctx, func() { vm.Interrupt(ctx.Err()); in.loop.Abort() })
	defer func() {
		timer.Stop()
		stop()
		vm.ClearInterrupt()
		in.loop.Reset()
	}()
	phaseErr := func(phase Phase, err error) error {
		var ie *goja.InterruptedError
		running := errors.As(err, &ie)
		if running || errors.Is(err, jsloop.ErrAborted) {
			switch {
			case ctx.Err() != nil:
				err = ctx.Err()
			case running:
				// its JavaScript was running at the limit: building it
				// again would burn the same CPU for nothing
				err = fmt.Errorf("%w: %s did not finish within %v (Options.SetupTimeout): %w", ErrTimeout, phase, timeout, errStillRunning)
			default:
				err = fmt.Errorf("%w: %s did not finish within %v (Options.SetupTimeout)", ErrTimeout, phase, timeout)
			}
		}
		return pluginErr(v.item, phase, err)
	}

	wrapper, err := vm.RunProgram(v.bundle.program.Program)
	if err != nil {
		return nil, phaseErr(PhaseEvaluate, err)
	}
	fn, _ := goja.AssertFunction(wrapper)
	var exports goja.Value
	if v.bundle.module {
		// an esmlite module: its function takes the import helpers and
		// returns the exports
		require := func(spec string) goja.Value {
			return in.require(goja.FunctionCall{Arguments: []goja.Value{vm.ToValue(spec)}})
		}
		if exports, err = fn(goja.Undefined(), esmlite.Imports(vm, require)...); err != nil {
			return nil, phaseErr(PhaseEvaluate, err)
		}
	} else {
		module := vm.NewObject()
		exports = vm.NewObject()
		jsutil.Must(module.Set("exports", exports))
		if _, err := fn(goja.Undefined(), exports, vm.ToValue(in.require), module); err != nil {
			return nil, phaseErr(PhaseEvaluate, err)
		}
		exports = module.Get("exports")
	}
	setup, teardown := findExports(exports)
	if setup == nil {
		return nil, pluginErr(v.item, PhaseEvaluate, ErrNoSetup)
	}
	in.teardown = teardown
	in.evaluated = time.Since(start)
	start = time.Now()

	ret, err := setup(goja.Undefined(), in.ex.Router(), in.contextObject())
	if err != nil {
		return nil, phaseErr(PhaseSetup, err)
	}
	if err := in.await(ret); err != nil {
		return nil, phaseErr(PhaseSetup, err)
	}
	v.tableMu.Lock()
	v.table, err = in.ex.Seal(v.table)
	v.tableMu.Unlock()
	if err != nil {
		return nil, pluginErr(v.item, PhaseSetup, err)
	}
	in.setUp = time.Since(start)
	go in.drive()
	v.host.runtimes.add(in)
	return in, nil
}

// runtimeSet is the runtimes of a host that are set up and not shut down,
// for the CPU watchdog, which looks at each of them several times a second:
// a host of 10,000 plugins keeps a few hundred runtimes, and ranging over
// its versions and their pools instead cost 3-4 % of a core while it was
// idle.
type runtimeSet struct {
	mu      sync.Mutex
	set     map[*instance]struct{}
	changes atomic.Uint64 // counts adds and removes, so that a copy knows it is stale
}

func (s *runtimeSet) add(in *instance) {
	s.mu.Lock()
	if s.set == nil {
		s.set = map[*instance]struct{}{}
	}
	s.set[in] = struct{}{}
	s.mu.Unlock()
	s.changes.Add(1)
}

func (s *runtimeSet) remove(in *instance) {
	s.mu.Lock()
	delete(s.set, in)
	s.mu.Unlock()
	s.changes.Add(1)
}

// runtimeCopy is one goroutine's copy of a runtimeSet (see current).
type runtimeCopy struct {
	list  []*instance
	seen  uint64 // the set's changes when list was copied
	valid bool
}

// current returns the runtimes in the set, from c, which it copies again
// when the set has changed since.
func (s *runtimeSet) current(c *runtimeCopy) []*instance {
	if c.valid && s.changes.Load() == c.seen {
		return c.list
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c.seen, c.valid = s.changes.Load(), true
	clear(c.list)
	c.list = c.list[:0]
	for in := range s.set {
		c.list = append(c.list, in)
	}
	return c.list
}

// findExports finds setup among the forms the plugin contract allows: a
// named export, a default export function, or a default export object with
// a setup method. teardown is looked up the same way.
func findExports(exports goja.Value) (setup, teardown goja.Callable) {
	obj, ok := exports.(*goja.Object)
	if !ok {
		return nil, nil
	}
	setup, _ = goja.AssertFunction(obj.Get("setup"))
	teardown, _ = goja.AssertFunction(obj.Get("teardown"))
	def, _ := obj.Get("default").(*goja.Object)
	if def == nil {
		return setup, teardown
	}
	if setup == nil {
		if f, ok := goja.AssertFunction(def); ok {
			setup = f
		} else {
			setup, _ = goja.AssertFunction(def.Get("setup"))
		}
	}
	if teardown == nil {
		teardown, _ = goja.AssertFunction(def.Get("teardown"))
	}
	return setup, teardown
}

// await drives the event loop until ret, if it is a Promise, settles, and
// reports a rejection as an error. setup and teardown may be async.
func (in *instance) await(ret goja.Value) error {
	p, ok := jsutil.Promise(ret)
	if !ok {
		return nil
	}
	err := in.loop.Run(func() bool { return p.State() != goja.PromiseStatePending })
	if errors.Is(err, jsloop.ErrStalled) {
		return errors.New("returned a Promise that never settles: nothing it awaits is pending")
	}
	if err != nil {
		return err
	}
	if p.State() == goja.PromiseStateRejected {
		return jsutil.Error(p.Result())
	}
	return nil
}

// contextObject builds setup's second argument: { name, version, config, custom }.
func (in *instance) contextObject() *goja.Object {
	vm := in.vm
	it := in.v.item
	ctx := vm.NewObject()
	jsutil.Must(ctx.Set("name", it.Name))
	jsutil.Must(ctx.Set("version", it.Version))
	// JSON is read only for a config or custom value to parse: naming it
	// builds it (and its guard) in a runtime that may never use it. The
	// keys go in a fixed order, as Object.keys(context) shows them.
	var parse goja.Callable
	for _, f := range [...]struct {
		key string
		raw []byte
	}{{"config", it.Config}, {"custom", it.Custom}} {
		val := goja.Null()
		if len(f.raw) > 0 {
			if parse == nil {
				parse, _ = goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
			}
			if v, err := parse(goja.Undefined(), vm.ToValue(string(f.raw))); err == nil {
				val = v
			}
		}
		jsutil.Must(ctx.Set(f.key, val))
	}
	return ctx
}

// drive runs the runtime's loop on a goroutine of its own until shutdown,
// or until the runtime breaks (interrupted, or a Go function below
// JavaScript panicked): then its fetches and timers are cancelled, and the
// pool destroys it once its last request is done.
func (in *instance) drive() {
	defer close(in.exited)
	if err := in.ex.Run(in.stop); err != nil {
		in.env.close()
	}
}

// overCPU interrupts the runtime when its current task has run longer than
// the CPU limit. The watchdog calls it from its own goroutine.
func (in *instance) overCPU(now time.Time) {
	if since := in.loop.Busy(); !since.IsZero() && now.Sub(since) > in.v.limits.cpuLimit {
		in.ex.Interrupt(express.ErrCPULimit)
	}
}

// overMemory interrupts the runtime if it runs JavaScript at this moment,
// when the process's memory passed the watchdog's threshold; it reports
// whether it did.
func (in *instance) overMemory() bool {
	if in.loop.Busy().IsZero() {
		return false
	}
	in.ex.Interrupt(express.ErrMemory)
	return true
}

// busy reports whether the runtime runs JavaScript now, or has requests
// waiting for it to (see internal/pool).
func (in *instance) busy() bool { return in.ex.Busy() }

// requestContext is the context of the request whose JavaScript runs now,
// or the runtime's own (cancelled when it is retired) outside requests.
func (in *instance) requestContext() context.Context {
	if ctx := in.ex.Context(); ctx != nil {
		return ctx
	}
	return in.env.fetchContext()
}

// shutdown stops the loop's goroutine and waits for it. Safe to call more
// than once.
func (in *instance) shutdown() {
	in.stopOnce.Do(func() {
		close(in.stop)
		in.v.host.runtimes.remove(in)
	})
	select {
	case <-in.exited:
	case <-time.After(100 * time.Millisecond):
		// JavaScript still runs (after its response, say): stop it.
		in.vm.Interrupt(errStopped)
		<-in.exited
	}
	in.vm.ClearInterrupt()
}

// destroy is the pool's destructor: the loop stops, timers and fetches
// are cancelled.
func (in *instance) destroy() {
	in.shutdown()
	in.loop.ClearTimers()
	in.env.close()
}

// runTeardown calls the plugin's teardown, if it has one, bounded by
// Options.TeardownTimeout, then cancels the runtime's timers.
func (in *instance) runTeardown() error {
	in.shutdown()
	defer in.loop.ClearTimers()
	defer in.env.close() // cancels fetches in flight
	if in.teardown == nil || in.ex.Broken() {
		return nil
	}
	timeout := in.v.host.opts.TeardownTimeout
	timer := time.AfterFunc(timeout, func() { in.vm.Interrupt(errSetupTimeout); in.loop.Abort() })
	defer func() {
		timer.Stop()
		in.vm.ClearInterrupt()
		in.loop.Reset()
	}()
	ret, err := in.teardown(goja.Undefined())
	if err == nil {
		err = in.await(ret)
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) || errors.Is(err, jsloop.ErrAborted) {
		err = fmt.Errorf("%w: teardown did not finish within %v (Options.TeardownTimeout)", ErrTimeout, timeout)
	}
	if err != nil {
		return pluginErr(in.v.item, PhaseTeardown, err)
	}
	return nil
}
