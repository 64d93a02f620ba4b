package express

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsloop"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// Config is what the Express layer of one runtime needs from its host:
// values and callbacks, never the host's own types.
type Config struct {
	// Logger receives the requests that failed (5xx), were stopped, or
	// panicked, with the plugin's attributes already on it.
	Logger *slog.Logger
	// WrapError turns an error of a request into the host's error type (a
	// plugin error naming the plugin, its version and URL). nil: as is.
	WrapError func(error) error
	// NotFound answers the requests that no route of the plugin answers.
	NotFound http.Handler
	// Retire takes the runtime out of rotation: it must take no new
	// requests (its state is unknown after a stack overflow, or it broke).
	Retire func()
	// TimedOut and CPUInterrupted, if not nil, count a request stopped at
	// its time limit, and one whose JavaScript was interrupted at the CPU
	// limit.
	TimedOut, CPUInterrupted func()

	// HTTPClasses returns node:http's IncomingMessage and ServerResponse
	// (jsenv's Env.HTTPClasses): req and res inherit from their prototypes,
	// as in Node, so that req is a stream.Readable of the request body and
	// res an http.ServerResponse. It is called once per runtime, when a
	// request first uses req or res as a stream or emitter (building
	// node:http is most of a runtime's memory). If nil, the runtime's
	// process.getBuiltinModule("node:http") is asked; without either, req
	// and res are event emitters only.
	HTTPClasses func() (incoming, response *goja.Object, err error)
	// MaxListeners bounds the listeners of one event on one req or res (a
	// handler adding listeners in a loop): past it, adding one throws a
	// RangeError. If zero, DefaultMaxListeners.
	MaxListeners int

	MaxBodyBytes     int64         // bodies past it are answered 413
	MaxCallStackSize int           // for the RangeError message of a stack overflow
	RequestTimeout   time.Duration // for the log line of a request past it
	CPULimit         time.Duration // for the log line of a request stopped by it
	Debug            bool          // put error stacks in 500 pages
}

// DefaultMaxListeners is Config.MaxListeners's default: listeners per event
// on one req or res.
const DefaultMaxListeners = 1000

// resHighWaterMark is res.writableHighWaterMark: past this many bytes
// written and not yet sent to the client, res.write returns false and
// 'drain' follows when they are sent, as Node's default for a socket.
const resHighWaterMark = 16384

func (c *Config) wrap(err error) error {
	if c.WrapError == nil {
		return err
	}
	return c.WrapError(err)
}

func (c *Config) retire() {
	if c.Retire != nil {
		c.Retire()
	}
}

// Errors the Express layer reports.
var (
	// ErrTimeout: a request ran past its time limit, or its JavaScript past
	// the CPU limit.
	ErrTimeout = errors.New("time limit exceeded")
	// ErrCPULimit is the cause to Interrupt a runtime whose JavaScript ran
	// past the CPU limit.
	ErrCPULimit = errors.New("JavaScript ran past the CPU limit")
	// ErrMemory is the cause to Interrupt a runtime whose JavaScript ran
	// while the process's memory passed its threshold: its requests are
	// answered 503, as the host is short of memory, not they of time.
	ErrMemory = errors.New("the host is short of memory")
	// ErrInconsistentSetup: setup registered different routes in two
	// runtimes of the same version.
	ErrInconsistentSetup = errors.New("setup registered different routes in another runtime; setup must be deterministic")
)

var (
	errRequestTimeout = errors.New("request did not finish in time")
	errPanicked       = errors.New("a Go function called from JavaScript panicked")
)

// Outcome is how Serve ended a request.
type Outcome uint8

// The outcomes of Serve.
const (
	Served Outcome = iota // answered (or the client left)
	Retry                 // never started: the runtime broke; serve it on another
	Abort                 // headers were out when it failed: cut the connection
)

func outcome(f finish) Outcome {
	switch f {
	case finRetry:
		return Retry
	case finAbort:
		return Abort
	}
	return Served
}

// Runtime is the Express layer of one goja runtime: the routers its setup
// fills, the req and res prototypes, and the requests in flight on its
// event loop. A runtime serves many requests at once, interleaved at their
// await points; its JavaScript runs on the goroutine that calls Run.
type Runtime struct {
	vm    *goja.Runtime
	loop  *jsloop.Loop
	cfg   Config
	table *Table // the version's route table, shared with its other runtimes

	handlers []handler
	routers  *recorderSet // the routers setup registered on
	root     *goja.Object // the router handed to setup

	reqProto, resProto *goja.Object
	// their members, defined on first use (members.go)
	reqMembers, resMembers *lazyProto
	groupDone              [2]bool       // the JavaScript groups (jsGroups) that ran
	fns                    preludeFns    // from express_prelude.js, once it ran
	writeHead              goja.Value    // resProto's own writeHead, to spot a replaced one
	endFn                  goja.Value    // resProto's own end, likewise
	jsonStringify          goja.Callable // JSON.stringify, once used (see stringify)
	scratch                []byte        // a buffer for hashing response bodies (ETag)
	etagBody, etagTag      string        // the last string body tagged, and its tag (see etag)
	// args holds the arguments of the handler calls in progress, innermost
	// last, so that a call does not allocate them: each call appends its
	// own and drops them when it returns (a nested call appends past them,
	// so a Go handler's call.Arguments stay as they were).
	args       []goja.Value
	makeNext   goja.Callable // (gen) => the next function of request gen
	sharedNext goja.Value    // next for handlers that do not declare it

	// The requests on the loop; touched by the loop's goroutine only.
	cur     *exchange                // the request whose JavaScript runs now, nil for none
	gen     uint64                   // counts the runtime's requests
	live    []*exchange              // the requests started and not yet over (see liveOf)
	saved   *exchange                // cur before the Promise job that runs now (asyncTracker)
	running atomic.Pointer[exchange] // cur, for other goroutines
	culprit atomic.Pointer[exchange] // the request running when the runtime was interrupted

	mu       sync.Mutex
	incoming []*exchange  // requests posted to the loop and not yet started
	waiting  atomic.Int32 // len(incoming), for Busy
	broken   bool         // takes no more requests (also in isBroken)
	isBroken atomic.Bool
}

// Table is a plugin version's compiled routes, shared by its runtimes.
type Table = routeTable

// New makes the Express layer of vm, whose event loop is loop. It installs
// the async context tracking that tells which request a piece of
// JavaScript runs for (across awaits, timers and Go work the loop holds).
func New(vm *goja.Runtime, loop *jsloop.Loop, cfg Config) *Runtime {
	rt := &Runtime{
		vm: vm, loop: loop, cfg: cfg,
	}
	if rt.cfg.Logger == nil {
		rt.cfg.Logger = slog.Default()
	}
	if rt.cfg.NotFound == nil {
		rt.cfg.NotFound = http.NotFoundHandler()
	}
	rt.routers = newRecorderSet(vm)
	if ownGlobal(vm, "Symbol") {
		defineAsyncIterator(vm)
	}
	loop.SetContext(rt.currentContext, rt.swapContext)
	vm.SetAsyncContextTracker(asyncTracker{rt})
	return rt
}

// defineAsyncIterator gives goja the well-known Symbol.asyncIterator it
// lacks, as the symbol that esbuild's lowered for-await looks up when it is
// missing (Symbol.for("Symbol.asyncIterator")), so that both agree and req
// is async-iterable. New does it when the global object owns Symbol; one
// that takes its built-ins on first read (jsguard's) leaves it to the
// environment (jsenv), which does it on the first read of Symbol: naming
// Symbol costs a runtime 8 KB, and most never do.
func defineAsyncIterator(vm *goja.Runtime) {
	sym := vm.Get("Symbol").ToObject(vm)
	if v := sym.Get("asyncIterator"); v != nil && !goja.IsUndefined(v) {
		return
	}
	forFn, _ := goja.AssertFunction(sym.Get("for"))
	s, err := forFn(sym, vm.ToValue("Symbol.asyncIterator"))
	if err == nil {
		_ = sym.DefineDataProperty("asyncIterator", s, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
}

// ownGlobal reports whether vm's global object owns key (rather than
// finding it through its prototype).
func ownGlobal(vm *goja.Runtime, key string) bool {
	hasOwn, ok := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm).Get("hasOwnProperty"))
	if !ok {
		return true
	}
	own, err := hasOwn(vm.GlobalObject(), vm.ToValue(key))
	return err != nil || own.ToBoolean()
}

// Tracker returns the Express layer's async context tracker (which request
// a Promise job runs for), for a host that composes it with another.
func (rt *Runtime) Tracker() goja.AsyncContextTracker { return asyncTracker{rt} }

// CurrentContext and SwapContext are the Express layer's async context
// hooks for the loop (see jsloop.Loop.SetContext), for a host that composes
// them with another.
func (rt *Runtime) CurrentContext() any { return rt.currentContext() }

// SwapContext makes ctx current and returns the previous context.
func (rt *Runtime) SwapContext(ctx any) any { return rt.swapContext(ctx) }

// Router returns the router handed to setup(router, ctx).
func (rt *Runtime) Router() *goja.Object {
	if rt.root == nil {
		rt.root = rt.routers.newRouter(rt, routerOptions{})
	}
	return rt.root
}

// Module builds the "express" module for the runtime's plugin.
func (rt *Runtime) Module() (goja.Value, error) { return expressModule(rt) }

// Seal ends setup: the routers take no more routes, and the runtime binds
// its handlers to the version's table, or compiles the table when shared is
// nil (the version's first runtime). It returns the table. A runtime whose
// setup registered another shape than shared's fails with
// ErrInconsistentSetup.
func (rt *Runtime) Seal(shared *Table) (*Table, error) {
	rt.routers.closed = true
	root := rt.routers.byObj[rt.Router()]
	t := shared
	if t == nil {
		var err error
		if t, err = compileTable(root); err != nil {
			return nil, err
		}
	}
	var err error
	if rt.handlers, err = bindHandlers(root, t); err != nil {
		return nil, err
	}
	rt.table = t
	return t, nil
}

// prepare builds what requests need and setup does not: the req and res
// prototypes (whose members come on first use), the next functions. It runs before a runtime's
// first request, so that a plugin that is installed but not used does not
// pay for them (most of a runtime's memory).
func (rt *Runtime) prepare() error {
	vm := rt.vm
	rt.reqMembers = newLazyProto(rt, reqTable, true)
	rt.resMembers = newLazyProto(rt, resTable, false)
	rt.reqProto, rt.resProto = rt.reqMembers.obj, rt.resMembers.obj
	for _, p := range [...]*lazyProto{rt.reqMembers, rt.resMembers} {
		if err := p.obj.SetPrototype(rt.lazyChain(p)); err != nil {
			return err
		}
	}
	rt.writeHead = rt.resProto.Get("writeHead")
	rt.endFn = rt.resProto.Get("end")
	var err error
	if rt.makeNext, err = rt.nextFactory(); err != nil {
		return err
	}
	rt.sharedNext = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if rt.cur != nil {
			rt.cur.next(call.Argument(0))
		}
		return goja.Undefined()
	})
	return nil
}

// stringify calls JSON.stringify, as found on the runtime's first use
// (naming JSON builds it, and the guard's wrappers, in a runtime that may
// never need them).
func (rt *Runtime) stringify(this goja.Value, args ...goja.Value) (goja.Value, error) {
	if rt.jsonStringify == nil {
		vm := rt.vm
		rt.jsonStringify, _ = goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	}
	return rt.jsonStringify(this, args...)
}

// asyncTracker keeps Runtime.cur right across awaits: a Promise job runs
// for the request that was current when the job was queued.
type asyncTracker struct{ rt *Runtime }

func (t asyncTracker) Grab() any {
	if x := t.rt.cur; x != nil {
		return x
	}
	return nil
}

func (t asyncTracker) Resumed(ctx any) {
	t.rt.saved = t.rt.cur
	x, _ := ctx.(*exchange)
	t.rt.setCur(x)
}

func (t asyncTracker) Exited() {
	t.rt.setCur(t.rt.saved)
	t.rt.saved = nil
}

func (rt *Runtime) setCur(x *exchange) {
	if rt.cur != x {
		rt.cur = x
		rt.running.Store(x)
	}
}

// currentContext and swapContext are the loop's async context hooks: timers
// and Go operations run their callbacks for the request that started them.
func (rt *Runtime) currentContext() any {
	if x := rt.cur; x != nil {
		return x
	}
	return nil
}

func (rt *Runtime) swapContext(ctx any) any {
	prev := rt.currentContext()
	x, _ := ctx.(*exchange)
	rt.setCur(x)
	return prev
}

// nextFactory returns a function that makes the next function of one
// request: a small JavaScript closure over the request's number, calling one
// Go function per runtime. It is much cheaper to create per request than a
// Go function value, and a next kept past its request does nothing.
func (rt *Runtime) nextFactory() (goja.Callable, error) {
	impl := rt.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if x := rt.liveGen(uint64(call.Argument(0).ToInteger())); x != nil {
			x.next(call.Argument(1))
		}
		return goja.Undefined()
	})
	f, err := rt.vm.RunProgram(scripts().next)
	if err != nil {
		return nil, err
	}
	outer, _ := goja.AssertFunction(f)
	made, err := outer(goja.Undefined(), impl)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(made)
	return fn, nil
}

// scripts are the Express layer's small JavaScript helpers, compiled once
// per process and run in each runtime (a compiled program is immutable and
// shared).
var scripts = sync.OnceValue(func() (s struct{ next, router *goja.Program }) {
	s.next = goja.MustCompile("plugmux:express_next.js",
		`(function (impl) { return function (gen) { return function next(err) { impl(gen, err); }; }; })`, false)
	// A JavaScript function, so that `new Router()` works as well as
	// Router(): a constructor that returns an object yields that object.
	s.router = goja.MustCompile("plugmux:express_router.js",
		`(function (make) { return function Router(options) { return make(options); }; })`, false)
	return s
})

// ---- serving requests ----

// Serve serves one request on this runtime, on the request's goroutine:
// it posts the request to the loop, then writes what the loop's outbox
// receives, until the response ends, the deadline passes or the client
// leaves. path is the request's path below the plugin's mount point, raw;
// rootBase the mount point as the client sees it ("/api/app1"). The outcome
// says whether the caller must serve the request on another runtime
// (Retry) or cut the connection (Abort).
func (rt *Runtime) Serve(w http.ResponseWriter, r *http.Request, path, rootBase string, deadline time.Time) Outcome {
	return outcome(rt.handle(w, r, path, rootBase, deadline))
}

func (rt *Runtime) handle(w http.ResponseWriter, r *http.Request, path, rootBase string, deadline time.Time) finish {
	x := &exchange{
		rt: rt, r: r,
		method: r.Method, path: path, query: r.URL.RawQuery,
		rootBase: rootBase, baseURL: rootBase,
		status: http.StatusOK,
	}
	x.frames = x.frame1[:0]
	x.box.init(w)
	x.w = &x.box
	// The request's context: net/http cancels it when ServeHTTP returns
	// (answered, timed out) or the client goes away.
	x.ctx = r.Context()

	rt.mu.Lock()
	if rt.broken {
		rt.mu.Unlock()
		return finRetry
	}
	rt.incoming = append(rt.incoming, x)
	rt.waiting.Add(1)
	rt.mu.Unlock()
	rt.runHere((*startTask)(x))

	ended := func(fin finish) finish {
		if fin == finNotFound {
			rt.cfg.NotFound.ServeHTTP(w, r)
		}
		return fin
	}
	// A request answered while it ran here needs no timer and no channel.
	if fin, _ := x.box.deliver(w); fin != finNone {
		return ended(fin)
	}
	wake := x.box.waiter()
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	for {
		select {
		case <-wake:
			if fin, _ := x.box.deliver(w); fin != finNone {
				return ended(fin)
			}
		case <-timer.C:
			return rt.expire(x, w)
		case <-r.Context().Done():
			x.box.close()
			rt.abandon(x, true)
			return finEnded
		}
	}
}

// runHere posts the request's start and runs the loop on the request's
// goroutine when no other goroutine runs it: a quick request is then
// answered without waking the loop's goroutine or handing over to it. What
// it leaves pending (timers, I/O, a request that may have stalled) goes
// back to the loop's goroutine.
func (rt *Runtime) runHere(start *startTask) {
	defer func() {
		if p := recover(); p != nil {
			rt.panicked(p)
		}
	}()
	_, err := rt.loop.PostAndTryRun(start, func() {
		if len(rt.live) > 0 {
			rt.loop.Wake() // the loop's goroutine watches what is still open
		}
	})
	if err != nil {
		rt.breakDown(err)
	}
}

// panicked breaks the runtime after a Go panic below a JavaScript call (a
// host module, say): its state is unknown, so it is not used again.
func (rt *Runtime) panicked(p any) {
	rt.cfg.Logger.Error("plugin request panicked; the runtime is discarded",
		"err", rt.cfg.wrap(fmt.Errorf("panic: %v", p)), "stack", string(debug.Stack()))
	rt.breakDown(errPanicked)
}

// start runs on the loop: the request enters the plugin's router.
func (rt *Runtime) start(x *exchange) error {
	rt.mu.Lock()
	for i, y := range rt.incoming {
		if y == x {
			last := len(rt.incoming) - 1
			rt.incoming[i] = rt.incoming[last]
			rt.incoming[last] = nil
			rt.incoming = rt.incoming[:last]
			rt.waiting.Add(-1)
			break
		}
	}
	rt.mu.Unlock()
	if x.over {
		return nil // abandoned while it waited
	}
	if rt.reqProto == nil {
		if err := rt.prepare(); err != nil {
			var ie *goja.InterruptedError
			if errors.As(err, &ie) {
				// An interrupt (a limit, the memory guard, or one meant for
				// JavaScript that had just finished) landed in the
				// preparation: the runtime is in an unknown state, so it
				// breaks like any interrupted runtime, and this request,
				// whose JavaScript ran, gets the culprit's answer.
				rt.culprit.Store(x)
				x.answerInterrupted(interruptCause(err))
				return err
			}
			rt.cfg.Logger.Error("plugin runtime could not be prepared for requests", "err", rt.cfg.wrap(err))
			x.hostAnswer(http.StatusInternalServerError, "")
			return nil
		}
	}
	vm := rt.vm
	rt.gen++
	x.gen = rt.gen
	x.reqObj = vm.CreateObject(rt.reqProto)
	x.resObj = vm.CreateObject(rt.resProto)
	x.liveAt = len(rt.live) + 1
	rt.live = append(rt.live, x)
	rt.setCur(x) // not deferred: after a panic, breakDown needs the culprit
	x.enter(rt.table, nil)
	x.advance(sigNone)
	rt.setCur(nil)
	return x.interrupted
}

// forget drops a request whose response is over from the runtime's tables,
// so that its req, res and next do nothing more. It runs on the loop, after
// the events the end of the response queued.
func (rt *Runtime) forget(x *exchange) {
	x.over = true
	if x.stopWait != nil {
		x.stopWait()
	}
	if i := x.liveAt - 1; i >= 0 {
		last := len(rt.live) - 1
		rt.live[i] = rt.live[last]
		rt.live[i].liveAt = i + 1
		rt.live[last] = nil
		rt.live = rt.live[:last]
		x.liveAt = 0
	}
	x.frames = nil
}

// liveOf returns the request not yet over whose req or res obj is, nil for
// none. The request whose JavaScript runs is nearly always the one asked
// for; the others are looked for in turn, as few as the requests in flight
// on the runtime. (A map from req and res to their request cost a fifth of
// the time of the Express layer's part of a quick request, to fill and to
// empty.)
func (rt *Runtime) liveOf(obj *goja.Object) *exchange {
	if obj == nil {
		return nil
	}
	if x := rt.cur; x != nil && x.liveAt != 0 && (obj == x.reqObj || obj == x.resObj) {
		return x
	}
	for _, x := range rt.live {
		if obj == x.reqObj || obj == x.resObj {
			return x
		}
	}
	return nil
}

// liveGen returns the request not yet over numbered gen, for its next
// function, nil for none; as liveOf does.
func (rt *Runtime) liveGen(gen uint64) *exchange {
	if x := rt.cur; x != nil && x.liveAt != 0 && x.gen == gen {
		return x
	}
	for _, x := range rt.live {
		if x.gen == gen {
			return x
		}
	}
	return nil
}

// abandon makes the loop forget a request its goroutine stopped waiting
// for (time limit, client gone): its later continuations find a finished
// response and change nothing.
func (rt *Runtime) abandon(x *exchange, clientGone bool) {
	rt.loop.Post(func() error {
		var err error
		if clientGone && x.stopWait != nil {
			err = x.emitClose() // the plugin listens for the client leaving
		}
		x.ended = true
		rt.forget(x)
		return err
	})
}

// expire answers a request past its deadline: 504, or a cut connection
// when its headers are out. If the request's own JavaScript is running, the
// runtime is interrupted there and then (and so discarded); otherwise the
// other requests of the runtime go on.
func (rt *Runtime) expire(x *exchange, w http.ResponseWriter) finish {
	headerOut := x.box.close()
	fin, _ := x.box.deliver(w) // what the loop sent before the deadline
	if rt.running.Load() == x {
		rt.culprit.Store(x)
		rt.vm.Interrupt(errRequestTimeout)
	}
	rt.abandon(x, false)
	if rt.cfg.TimedOut != nil {
		rt.cfg.TimedOut()
	}
	timeout := rt.cfg.RequestTimeout
	rt.cfg.Logger.Error("request stopped", "method", x.r.Method, "path", x.r.URL.Path,
		"err", rt.cfg.wrap(fmt.Errorf("%w: did not finish within %v (Options.RequestTimeout)", ErrTimeout, timeout)))
	if fin != finNone {
		if fin == finNotFound {
			rt.cfg.NotFound.ServeHTTP(w, x.r)
		}
		return fin
	}
	if headerOut {
		return finAbort
	}
	status := http.StatusGatewayTimeout
	h := w.Header()
	if x.reading.Load() > 0 {
		// The plugin waits for a body the client has not finished
		// sending: the client is slow, not the plugin. Close the
		// connection rather than wait for the rest.
		status = http.StatusRequestTimeout
		h.Set("Connection", "close")
	}
	msg := http.StatusText(status) + "\n"
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(msg)))
	w.WriteHeader(status)
	if x.r.Method != http.MethodHead {
		_, _ = io.WriteString(w, msg)
	}
	return finEnded
}

// Run drives the runtime's loop on the calling goroutine until stop is
// closed, and returns nil then. If the runtime is interrupted (Interrupt, a
// request past its deadline while its JavaScript ran) or a Go function
// called from JavaScript panics, the runtime breaks (see breakDown) and Run
// returns the cause: nothing may run on the runtime again.
func (rt *Runtime) Run(stop <-chan struct{}) (err error) {
	defer func() {
		if p := recover(); p != nil {
			rt.panicked(p)
			err = errPanicked
		}
	}()
	if err := rt.loop.Serve(stop, rt.stalled); err != nil {
		rt.breakDown(err)
		return err
	}
	return nil
}

// stalled answers the requests that can no longer finish: nothing is
// pending on the loop, so none of them will ever be answered.
func (rt *Runtime) stalled() {
	for _, x := range slices.Clone(rt.live) { // failing one forgets it
		if x.liveAt == 0 || x.ended {
			continue
		}
		rt.setCur(x)
		x.fail(jsutil.NewError(rt.vm, "the handlers did not end the response, and nothing they started is pending (call res.send, res.json or res.end, or next())"))
		rt.setCur(nil)
	}
}

// breakDown retires a runtime that was interrupted (a request past its time
// limit or the CPU limit while its JavaScript ran): requests that had not
// started are served by another runtime; the one whose JavaScript ran is
// answered 504; the others, which lost their runtime through no fault of
// their own, 503 with Retry-After. Nothing runs on the runtime again.
func (rt *Runtime) breakDown(cause error) {
	if errors.Is(cause, jsloop.ErrPanicked) {
		cause = errPanicked // the loop's goroutine learnt of a panic in a request's
	}
	rt.mu.Lock()
	if rt.broken {
		rt.mu.Unlock()
		return // broken already, by the goroutine that ran the loop
	}
	rt.broken = true
	rt.isBroken.Store(true)
	waiting := rt.incoming
	rt.incoming = nil
	rt.mu.Unlock()
	rt.cfg.retire() // before the retries, so that they find another runtime
	for _, x := range waiting {
		x.over = true
		x.box.end(finRetry)
	}
	culprit := rt.culprit.Load()
	if culprit == nil {
		culprit = rt.cur // a panic: the request whose JavaScript called Go
	}
	cause = interruptCause(cause)
	if errors.Is(cause, ErrCPULimit) && rt.cfg.CPUInterrupted != nil {
		rt.cfg.CPUInterrupted()
	}
	if errors.Is(cause, ErrCPULimit) && culprit != nil {
		rt.cfg.Logger.Error("request stopped", "method", culprit.r.Method, "path", culprit.r.URL.Path,
			"err", rt.cfg.wrap(fmt.Errorf("%w: its JavaScript ran for more than %v without yielding (CPU limit); the runtime is discarded", ErrTimeout, rt.cfg.CPULimit)))
	}
	for _, x := range slices.Clone(rt.live) { // answering one forgets it
		if x.liveAt == 0 || x.ended {
			continue
		}
		if x == culprit {
			x.answerInterrupted(cause)
		} else {
			x.w.Header().Set("Retry-After", "1")
			x.hostAnswer(http.StatusServiceUnavailable, "")
		}
	}
}

// interruptCause is what interrupted a runtime: the cause given to
// Runtime.Interrupt when err is goja's InterruptedError, else err.
func interruptCause(err error) error {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		err = ie.Unwrap()
		if v, ok := ie.Value().(error); ok {
			err = v
		}
	}
	return err
}

// answerInterrupted answers the request whose JavaScript ran when its
// runtime was interrupted or panicked: 504 for a time or CPU limit, 503
// with Retry-After for the memory guard, 500 for a panic.
func (x *exchange) answerInterrupted(cause error) {
	status := http.StatusGatewayTimeout
	switch {
	case cause == errPanicked:
		status = http.StatusInternalServerError
	case errors.Is(cause, ErrMemory):
		status = http.StatusServiceUnavailable
		x.w.Header().Set("Retry-After", "1")
	}
	x.hostAnswer(status, "")
}

// hostAnswer ends a response with a plain-text status page of the host's
// own, or cuts it when its headers are out. It runs no JavaScript.
func (x *exchange) hostAnswer(status int, msg string) {
	if x.ended {
		return
	}
	x.ended = true
	if x.wroteHeader {
		x.box.end(finAbort)
		return
	}
	if msg == "" {
		msg = http.StatusText(status) + "\n"
	}
	h := x.box.Header()
	retry := h.Get("Retry-After")
	clear(h)
	if retry != "" {
		h.Set("Retry-After", retry)
	}
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(msg)))
	x.wroteHeader = true
	x.box.WriteHeader(status)
	if x.r.Method != http.MethodHead {
		_, _ = x.box.WriteString(msg)
	}
	x.box.end(finEnded)
}

// Context returns the context of the request whose JavaScript runs now, or
// nil outside requests (setup, a timer of the module's own). It must be
// called on the loop's goroutine.
func (rt *Runtime) Context() context.Context {
	if x := rt.cur; x != nil {
		return x.ctx
	}
	return nil
}

// LogAttrs returns the attributes that name the request whose JavaScript
// runs now, for its console lines: its id (the client's X-Request-Id, else
// one made up), method and path. nil outside requests.
func (rt *Runtime) LogAttrs() []any {
	x := rt.cur
	if x == nil {
		return nil
	}
	if x.id == "" {
		if x.id = x.r.Header.Get("X-Request-Id"); x.id == "" || len(x.id) > 200 {
			var b [8]byte
			_, _ = rand.Read(b[:])
			x.id = hex.EncodeToString(b[:])
		}
	}
	return []any{"request", x.id, "method", x.r.Method, "path", x.r.URL.Path}
}

// Busy reports whether the runtime is running JavaScript at this moment, or
// has requests posted to its loop that have not started yet: a new request
// would wait for CPU there, so another runtime is worth creating. Safe from
// any goroutine.
func (rt *Runtime) Busy() bool { return rt.waiting.Load() > 0 || !rt.loop.Busy().IsZero() }

// Broken reports whether the runtime broke (see Run). Safe from any
// goroutine.
func (rt *Runtime) Broken() bool { return rt.isBroken.Load() }

// Interrupt stops the JavaScript running now, for cause (such as
// ErrCPULimit): Run breaks the runtime, and the request whose JavaScript ran
// is answered 504. Safe from any goroutine.
func (rt *Runtime) Interrupt(cause error) {
	rt.culprit.Store(rt.running.Load())
	rt.vm.Interrupt(cause)
}

// fail answers a request whose error no error handler took, as Express's
// finalhandler does: the error's status or statusCode when that is 4xx or
// 5xx, else the response's status when that is, else 500; the error's
// headers; and a small HTML page with the status message, or with the stack
// when Options.Debug is set. A 5xx is logged with the stack.
func (x *exchange) fail(errVal goja.Value) {
	status := 0
	obj, _ := errVal.(*goja.Object)
	if obj != nil {
		for _, k := range [...]string{"status", "statusCode"} {
			if c, ok := numberProp(obj, k); ok && c >= 400 && c < 600 {
				status = c
				break
			}
		}
	}
	fromErr := status != 0
	if !fromErr {
		status = http.StatusInternalServerError
		if x.status >= 400 && x.status <= 599 {
			status = x.status
		}
	}
	if status >= 500 {
		x.rt.cfg.Logger.Error("plugin request failed", "method", x.r.Method, "path", x.r.URL.Path,
			"err", x.rt.cfg.wrap(jsutil.Error(errVal)))
	}
	if x.ended {
		return
	}
	if x.wroteHeader {
		x.abort = true
		return
	}
	msg := statusMessage(status)
	if x.rt.cfg.Debug {
		if stack := errorStack(errVal); stack != "" {
			msg = stack
		}
	}
	h := x.w.Header()
	h.Del("Content-Encoding")
	h.Del("Content-Language")
	h.Del("Content-Range")
	if fromErr {
		if hdrs, ok := obj.Get("headers").(*goja.Object); ok {
			for _, k := range hdrs.Keys() {
				x.setHeader(k, hdrs.Get(k))
			}
		}
	}
	h.Set("Content-Security-Policy", "default-src 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Type", "text/html; charset=utf-8")
	x.status = status
	x.statusMsg = ""
	x.finish(ErrorPage(msg), nil)
}

// errorValue turns the Go error of a failed JavaScript call into the value
// handed to error handlers: the thrown value itself when there is one.
func (rt *Runtime) errorValue(err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return jsutil.NewError(rt.vm, err.Error())
}

// rangeError creates a RangeError, as Node throws on stack overflow.
func (rt *Runtime) rangeError(msg string) goja.Value {
	obj, err := rt.vm.New(rt.vm.Get("RangeError"), rt.vm.ToValue(msg))
	if err != nil {
		return jsutil.NewError(rt.vm, msg)
	}
	return obj
}

// httpError creates an Error with a status property, as http-errors does.
func (rt *Runtime) httpError(status int, msg string) goja.Value {
	e := jsutil.NewError(rt.vm, msg)
	jsutil.Must(e.Set("status", status))
	jsutil.Must(e.Set("statusCode", status))
	return e
}

// startTask and closeTask are an exchange as the loop's tasks that start
// it and end its events: posted without a closure to allocate.
type (
	startTask exchange
	closeTask exchange
)

func (t *startTask) Run() error { x := (*exchange)(t); return x.rt.start(x) }

// Here and Away make startTask a jsloop.HereTask: while the request's own
// goroutine runs the loop, its outbox may use the real header map (see
// outbox.here).
func (t *startTask) Here() { t.box.here() }
func (t *startTask) Away() { t.box.away() }

func (t *closeTask) Run() error { return (*exchange)(t).closed() }

// Quiet: closing a response whose events no one listens to runs no
// JavaScript.
func (t *closeTask) Quiet() bool { return t.quietClose }

// Quiet: starting a request leaves no Promise job behind. Its JavaScript
// (the handlers, next, the events) runs in calls made from Go with no
// JavaScript below them, and goja runs the jobs such a call queued before
// it returns; the Express layer's Go code settles no Promise of its own.
// The flush the loop would make after it (a call of its own, about 6% of
// a trivial request) finds nothing to run.
func (t *startTask) Quiet() bool { return true }
