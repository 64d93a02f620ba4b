package plugmux

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsloop"
)

// instance is one goja runtime of a plugin version, with the module
// evaluated and setup done: a warm instance, in serverless terms. It serves
// many requests at once, interleaved at their await points on its event
// loop, which a goroutine of its own drives (drive); JavaScript of one
// runtime runs on that goroutine only. Module-level state is shared by the
// requests of a runtime and lives as long as it does.
type instance struct {
	v        *version
	vm       *goja.Runtime
	handlers []handler
	teardown goja.Callable

	reqProto, resProto *goja.Object
	stringify          goja.Callable // JSON.stringify
	routers            *recorderSet  // the routers setup registered on
	toBuffer, emitFn   goja.Callable // from express_prelude.js
	scratch            []byte        // a buffer for hashing response bodies (ETag)
	makeNext           goja.Callable // (gen) => the next function of request gen
	sharedNext         goja.Value    // next for handlers that do not declare it

	modules map[string]goja.Value // host modules required so far
	env     *runtimeEnv           // the web and Node globals (globals.go)
	loop    *jsloop.Loop

	// The requests on the loop; touched by the loop's goroutine only.
	cur     *exchange                  // the request whose JavaScript runs now, nil for none
	gen     uint64                     // counts the runtime's requests
	live    map[*goja.Object]*exchange // req and res of the requests not yet over
	byGen   map[uint64]*exchange       // the same requests by number, for their next functions
	saved   *exchange                  // cur before the Promise job that runs now (asyncTracker)
	running atomic.Pointer[exchange]   // cur, for other goroutines
	culprit atomic.Pointer[exchange]   // the request running when the runtime was interrupted

	mu       sync.Mutex
	incoming []*exchange  // requests posted to the loop and not yet started
	waiting  atomic.Int32 // len(incoming), for busy
	broken   bool         // interrupted: takes no more requests (also in isBroken)
	isBroken atomic.Bool

	stop     chan struct{} // closed to stop drive
	stopOnce sync.Once
	exited   chan struct{} // closed when drive has returned
}

// errSetupTimeout interrupts a module whose top level or setup runs too
// long; errRequestTimeout a request past its time limit whose own
// JavaScript is running; errCPULimit JavaScript that ran past the CPU limit
// without letting the loop run anything else.
var (
	errSetupTimeout   = errors.New("setup did not finish in time")
	errRequestTimeout = errors.New("request did not finish in time")
	errCPULimit       = errors.New("JavaScript ran past the CPU limit")
	errStopped        = errors.New("the runtime is shutting down")
	errPanicked       = errors.New("a Go function called from JavaScript panicked")
)

// newInstance creates a runtime, evaluates the bundle in it, runs setup and
// starts its loop. The first instance of a version compiles the route
// table; later ones bind their handlers to it.
func (v *version) newInstance(ctx context.Context) (*instance, error) {
	vm := goja.New()
	vm.SetMaxCallStackSize(v.host.opts.MaxCallStackSize)
	in := &instance{
		v: v, vm: vm,
		live:  map[*goja.Object]*exchange{},
		byGen: map[uint64]*exchange{},
		stop:  make(chan struct{}), exited: make(chan struct{}),
	}
	in.routers = newRecorderSet(vm)
	in.loop = jsloop.New(vm, func(err error) {
		v.log.Error("uncaught exception in a callback", "err", pluginErr(v.item, PhaseRequest, err))
	})
	in.loop.SetContext(in.currentContext, in.swapContext)
	vm.SetAsyncContextTracker(asyncTracker{in})
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
		if errors.As(err, &ie) || errors.Is(err, jsloop.ErrAborted) {
			if ctx.Err() != nil {
				err = ctx.Err()
			} else {
				err = fmt.Errorf("%w: %s did not finish within %v (Options.SetupTimeout)", ErrTimeout, phase, timeout)
			}
		}
		return pluginErr(v.item, phase, err)
	}

	wrapper, err := vm.RunProgram(v.bundle.program)
	if err != nil {
		return nil, phaseErr(PhaseEvaluate, err)
	}
	fn, _ := goja.AssertFunction(wrapper)
	module, exports := vm.NewObject(), vm.NewObject()
	must(module.Set("exports", exports))
	if _, err := fn(goja.Undefined(), exports, vm.ToValue(in.require), module); err != nil {
		return nil, phaseErr(PhaseEvaluate, err)
	}
	setup, teardown := findExports(module.Get("exports"))
	if setup == nil {
		return nil, pluginErr(v.item, PhaseEvaluate, ErrNoSetup)
	}
	in.teardown = teardown

	routerObj := in.routers.newRouter(in, routerOptions{})
	root := in.routers.byObj[routerObj]
	ret, err := setup(goja.Undefined(), routerObj, in.contextObject())
	if err != nil {
		return nil, phaseErr(PhaseSetup, err)
	}
	if err := in.await(ret); err != nil {
		return nil, phaseErr(PhaseSetup, err)
	}
	in.routers.closed = true
	if v.table == nil {
		if v.table, err = compileTable(root); err != nil {
			return nil, pluginErr(v.item, PhaseSetup, err)
		}
	}
	if in.handlers, err = bindHandlers(root, v.table); err != nil {
		return nil, pluginErr(v.item, PhaseSetup, err)
	}
	in.reqProto = in.buildRequestProto()
	in.resProto = in.buildResponseProto()
	in.stringify, _ = goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	if err := in.installPrelude(); err != nil {
		return nil, pluginErr(v.item, PhaseSetup, err)
	}
	if in.makeNext, err = in.nextFactory(); err != nil {
		return nil, pluginErr(v.item, PhaseEvaluate, err)
	}
	in.sharedNext = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if in.cur != nil {
			in.cur.next(call.Argument(0))
		}
		return goja.Undefined()
	})
	go in.drive()
	return in, nil
}

// asyncTracker keeps instance.cur right across awaits: a Promise job runs
// for the request that was current when the job was queued.
type asyncTracker struct{ in *instance }

func (t asyncTracker) Grab() any {
	if x := t.in.cur; x != nil {
		return x
	}
	return nil
}

func (t asyncTracker) Resumed(ctx any) {
	t.in.saved = t.in.cur
	x, _ := ctx.(*exchange)
	t.in.setCur(x)
}

func (t asyncTracker) Exited() {
	t.in.setCur(t.in.saved)
	t.in.saved = nil
}

func (in *instance) setCur(x *exchange) {
	if in.cur != x {
		in.cur = x
		in.running.Store(x)
	}
}

// currentContext and swapContext are the loop's async context hooks: timers
// and Go operations run their callbacks for the request that started them.
func (in *instance) currentContext() any {
	if x := in.cur; x != nil {
		return x
	}
	return nil
}

func (in *instance) swapContext(ctx any) any {
	prev := in.currentContext()
	x, _ := ctx.(*exchange)
	in.setCur(x)
	return prev
}

// nextFactory returns a function that makes the next function of one
// request: a small JavaScript closure over the request's number, calling one
// Go function per runtime. It is much cheaper to create per request than a
// Go function value, and a next kept past its request does nothing.
func (in *instance) nextFactory() (goja.Callable, error) {
	impl := in.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if x := in.byGen[uint64(call.Argument(0).ToInteger())]; x != nil {
			x.next(call.Argument(1))
		}
		return goja.Undefined()
	})
	f, err := in.vm.RunString(`(function (impl) { return function (gen) { return function next(err) { impl(gen, err); }; }; })`)
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
	obj, ok := ret.(*goja.Object)
	if !ok {
		return nil
	}
	if obj.ExportType() != typePromise {
		return nil
	}
	p := obj.Export().(*goja.Promise)
	err := in.loop.Run(func() bool { return p.State() != goja.PromiseStatePending })
	if errors.Is(err, jsloop.ErrStalled) {
		return errors.New("returned a Promise that never settles: nothing it awaits is pending")
	}
	if err != nil {
		return err
	}
	if p.State() == goja.PromiseStateRejected {
		return jsError(p.Result())
	}
	return nil
}

// contextObject builds setup's second argument: { name, version, config, custom }.
func (in *instance) contextObject() *goja.Object {
	vm := in.vm
	it := in.v.item
	ctx := vm.NewObject()
	must(ctx.Set("name", it.Name))
	must(ctx.Set("version", it.Version))
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	for key, raw := range map[string][]byte{"config": it.Config, "custom": it.Custom} {
		val := goja.Null()
		if len(raw) > 0 {
			if v, err := parse(goja.Undefined(), vm.ToValue(string(raw))); err == nil {
				val = v
			}
		}
		must(ctx.Set(key, val))
	}
	return ctx
}

// ---- serving requests ----

// handle serves one request on this runtime, on the request's goroutine:
// it posts the request to the loop, then writes what the loop's outbox
// receives, until the response ends, the deadline passes or the client
// leaves. It reports how the response ended: finRetry asks the caller to
// serve the request on another runtime, finAbort to cut the connection.
func (in *instance) handle(w http.ResponseWriter, r *http.Request, path, rootBase string, deadline time.Time) finish {
	x := &exchange{
		inst: in, r: r,
		method: r.Method, path: path, query: r.URL.RawQuery,
		rootBase: rootBase, baseURL: rootBase,
		status: http.StatusOK,
	}
	x.box.init(w)
	x.w = &x.box
	x.ctx, x.cancel = context.WithCancel(r.Context())
	defer x.cancel()

	in.mu.Lock()
	if in.broken {
		in.mu.Unlock()
		return finRetry
	}
	in.incoming = append(in.incoming, x)
	in.waiting.Add(1)
	in.mu.Unlock()
	in.loop.Post(func() error { return in.start(x) })

	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	for {
		select {
		case <-x.box.wake:
			fin, _ := x.box.deliver(w)
			switch fin {
			case finNone:
				continue
			case finNotFound:
				in.v.host.notFound.ServeHTTP(w, r)
			}
			return fin
		case <-timer.C:
			return in.expire(x, w)
		case <-r.Context().Done():
			x.box.close()
			in.abandon(x, true)
			return finEnded
		}
	}
}

// start runs on the loop: the request enters the plugin's router.
func (in *instance) start(x *exchange) error {
	in.mu.Lock()
	for i, y := range in.incoming {
		if y == x {
			last := len(in.incoming) - 1
			in.incoming[i] = in.incoming[last]
			in.incoming[last] = nil
			in.incoming = in.incoming[:last]
			in.waiting.Add(-1)
			break
		}
	}
	in.mu.Unlock()
	if x.over {
		return nil // abandoned while it waited
	}
	vm := in.vm
	in.gen++
	x.gen = in.gen
	x.reqObj = vm.CreateObject(in.reqProto)
	x.resObj = vm.CreateObject(in.resProto)
	in.live[x.reqObj], in.live[x.resObj] = x, x
	in.byGen[x.gen] = x
	in.setCur(x) // not deferred: after a panic, breakDown needs the culprit
	x.enter(in.v.table, nil)
	x.advance(sigNone)
	in.setCur(nil)
	return x.interrupted
}

// forget drops a request whose response is over from the runtime's tables,
// so that its req, res and next do nothing more. It runs on the loop, after
// the events the end of the response queued.
func (in *instance) forget(x *exchange) {
	x.over = true
	if x.stopWait != nil {
		x.stopWait()
	}
	if x.reqObj != nil {
		delete(in.live, x.reqObj)
		delete(in.live, x.resObj)
		delete(in.byGen, x.gen)
	}
	x.frames = nil
}

// abandon makes the loop forget a request its goroutine stopped waiting
// for (time limit, client gone): its later continuations find a finished
// response and change nothing.
func (in *instance) abandon(x *exchange, clientGone bool) {
	x.cancel()
	in.loop.Post(func() error {
		var err error
		if clientGone && x.stopWait != nil {
			err = x.emitClose() // the plugin listens for the client leaving
		}
		x.ended = true
		in.forget(x)
		return err
	})
}

// expire answers a request past its deadline: 504, or a cut connection
// when its headers are out. If the request's own JavaScript is running, the
// runtime is interrupted there and then (and so discarded); otherwise the
// other requests of the runtime go on.
func (in *instance) expire(x *exchange, w http.ResponseWriter) finish {
	headerOut := x.box.close()
	fin, _ := x.box.deliver(w) // what the loop sent before the deadline
	if in.running.Load() == x {
		in.culprit.Store(x)
		in.vm.Interrupt(errRequestTimeout)
	}
	in.abandon(x, false)
	timeout := in.v.limits.requestTimeout
	in.v.log.Error("request stopped", "method", x.r.Method, "path", x.r.URL.Path,
		"err", pluginErr(in.v.item, PhaseRequest, fmt.Errorf("%w: did not finish within %v (Options.RequestTimeout)", ErrTimeout, timeout)))
	if fin != finNone {
		if fin == finNotFound {
			in.v.host.notFound.ServeHTTP(w, x.r)
		}
		return fin
	}
	if headerOut {
		return finAbort
	}
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(http.StatusText(http.StatusGatewayTimeout))+1))
	w.WriteHeader(http.StatusGatewayTimeout)
	if x.r.Method != http.MethodHead {
		_, _ = io.WriteString(w, http.StatusText(http.StatusGatewayTimeout)+"\n")
	}
	return finEnded
}

// drive runs the runtime's loop on a goroutine of its own until stop, or
// until the runtime is interrupted, which breaks it.
func (in *instance) drive() {
	defer close(in.exited)
	defer func() {
		if p := recover(); p != nil {
			// A Go panic below a JavaScript call (a host module, say): the
			// runtime's state is unknown, so it is not used again.
			in.v.log.Error("plugin request panicked; the runtime is discarded",
				"err", pluginErr(in.v.item, PhaseRequest, fmt.Errorf("panic: %v", p)), "stack", string(debug.Stack()))
			in.breakDown(errPanicked)
		}
	}()
	if err := in.loop.Serve(in.stop, in.stalled); err != nil {
		in.breakDown(err)
	}
}

// stalled answers the requests that can no longer finish: nothing is
// pending on the loop, so none of them will ever be answered.
func (in *instance) stalled() {
	for obj, x := range in.live {
		if obj != x.reqObj || x.ended {
			continue
		}
		in.setCur(x)
		x.fail(in.vm.NewGoError(errors.New("the handlers did not end the response, and nothing they started is pending (call res.send, res.json or res.end, or next())")))
		in.setCur(nil)
	}
}

// breakDown retires a runtime that was interrupted (a request past its time
// limit or the CPU limit while its JavaScript ran): requests that had not
// started are served by another runtime; the one whose JavaScript ran is
// answered 504; the others, which lost their runtime through no fault of
// their own, 503 with Retry-After. Nothing runs on the runtime again.
func (in *instance) breakDown(cause error) {
	in.mu.Lock()
	in.broken = true
	in.isBroken.Store(true)
	waiting := in.incoming
	in.incoming = nil
	in.mu.Unlock()
	in.v.pool.Discard(in) // before the retries, so that they find another runtime
	for _, x := range waiting {
		x.over = true
		x.box.end(finRetry)
	}
	culprit := in.culprit.Load()
	if culprit == nil {
		culprit = in.cur // a panic: the request whose JavaScript called Go
	}
	var ie *goja.InterruptedError
	if errors.As(cause, &ie) {
		cause = ie.Unwrap()
		if v, ok := ie.Value().(error); ok {
			cause = v
		}
	}
	if errors.Is(cause, errCPULimit) && culprit != nil {
		in.v.log.Error("request stopped", "method", culprit.r.Method, "path", culprit.r.URL.Path,
			"err", pluginErr(in.v.item, PhaseRequest, fmt.Errorf("%w: its JavaScript ran for more than %v without yielding (CPU limit); the runtime is discarded", ErrTimeout, in.v.limits.cpuLimit)))
	}
	for obj, x := range in.live {
		if obj != x.reqObj || x.ended {
			continue
		}
		if x == culprit {
			status := http.StatusGatewayTimeout
			if cause == errPanicked {
				status = http.StatusInternalServerError
			}
			x.hostAnswer(status, "")
		} else {
			x.w.Header().Set("Retry-After", "1")
			x.hostAnswer(http.StatusServiceUnavailable, "")
		}
	}
	in.env.close()
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
	retry := x.box.header.Get("Retry-After")
	clear(x.box.header)
	if retry != "" {
		x.box.header.Set("Retry-After", retry)
	}
	x.box.header.Set("Content-Type", "text/plain; charset=utf-8")
	x.box.header.Set("Content-Length", strconv.Itoa(len(msg)))
	x.wroteHeader = true
	x.box.WriteHeader(status)
	if x.r.Method != http.MethodHead {
		_, _ = x.box.WriteString(msg)
	}
	x.box.end(finEnded)
}

// requestContext is the context of the request whose JavaScript runs now,
// or the runtime's own (cancelled when it is retired) outside requests.
func (in *instance) requestContext() context.Context {
	if x := in.cur; x != nil && x.ctx != nil {
		return x.ctx
	}
	return in.env.fetchContext()
}

// busy reports whether the runtime is running JavaScript at this moment, or
// has requests posted to its loop that have not started yet: a new request
// would wait for CPU there, so another runtime is worth creating.
func (in *instance) busy() bool { return in.waiting.Load() > 0 || !in.loop.Busy().IsZero() }

// overCPU interrupts the runtime when its current task has run longer than
// the CPU limit. The watchdog calls it from its own goroutine.
func (in *instance) overCPU(now time.Time) {
	if since := in.loop.Busy(); !since.IsZero() && now.Sub(since) > in.v.limits.cpuLimit {
		in.culprit.Store(in.running.Load())
		in.vm.Interrupt(errCPULimit)
	}
}

// shutdown stops the loop's goroutine and waits for it. Safe to call more
// than once.
func (in *instance) shutdown() {
	in.stopOnce.Do(func() { close(in.stop) })
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
		x.inst.v.log.Error("plugin request failed", "method", x.r.Method, "path", x.r.URL.Path,
			"err", pluginErr(x.inst.v.item, PhaseRequest, jsError(errVal)))
	}
	if x.ended {
		return
	}
	if x.wroteHeader {
		x.abort = true
		return
	}
	msg := statusMessage(status)
	if x.inst.v.host.opts.Debug {
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
	x.finish(errorPage(msg), nil)
}

// errorValue turns the Go error of a failed JavaScript call into the value
// handed to error handlers: the thrown value itself when there is one.
func (in *instance) errorValue(err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return in.vm.NewGoError(err)
}

// rangeError creates a RangeError, as Node throws on stack overflow.
func (in *instance) rangeError(msg string) goja.Value {
	obj, err := in.vm.New(in.vm.Get("RangeError"), in.vm.ToValue(msg))
	if err != nil {
		return in.vm.NewGoError(errors.New(msg))
	}
	return obj
}

// httpError creates an Error with a status property, as http-errors does.
func (in *instance) httpError(status int, msg string) goja.Value {
	e := in.vm.NewGoError(errors.New(msg))
	must(e.Set("status", status))
	must(e.Set("statusCode", status))
	return e
}

// jsError turns a thrown JavaScript value into a Go error, keeping the stack
// of Error objects.
func jsError(v goja.Value) error {
	if obj, ok := v.(*goja.Object); ok {
		if stack := obj.Get("stack"); stack != nil && !goja.IsUndefined(stack) && stack.String() != "" {
			return errors.New(strings.TrimSpace(stack.String()))
		}
		if ge, ok := obj.Export().(error); ok {
			return ge
		}
	}
	if v == nil {
		return errors.New("undefined")
	}
	return errors.New(v.String())
}

// runTeardown calls the plugin's teardown, if it has one, bounded by
// Options.TeardownTimeout, then cancels the runtime's timers.
func (in *instance) runTeardown() error {
	in.shutdown()
	defer in.loop.ClearTimers()
	defer in.env.close() // cancels fetches in flight
	if in.teardown == nil || in.isBroken.Load() {
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
