package plugmux

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsloop"
)

// instance is one goja runtime of a plugin version, with the module
// evaluated and setup done: a warm instance, in serverless terms. It serves
// one request at a time; module-level state lives as long as it does.
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

	modules  map[string]goja.Value // host modules required so far
	env      *runtimeEnv           // the web and Node globals (globals.go)
	loop     *jsloop.Loop
	deadline *time.Timer // interrupts a request that runs past Options.RequestTimeout

	cur *exchange // the request being served, nil between requests
	x   exchange  // reused for every request
	gen uint64
}

// errSetupTimeout interrupts a module whose top level or setup runs too
// long; errRequestTimeout a request.
var (
	errSetupTimeout   = errors.New("setup did not finish in time")
	errRequestTimeout = errors.New("request did not finish in time")
)

// newInstance creates a runtime, evaluates the bundle in it and runs setup.
// The first instance of a version compiles the route table; later ones bind
// their handlers to it.
func (v *version) newInstance(ctx context.Context) (*instance, error) {
	vm := goja.New()
	vm.SetMaxCallStackSize(v.host.opts.MaxCallStackSize)
	in := &instance{v: v, vm: vm}
	in.x.inst = in
	in.routers = newRecorderSet(vm)
	in.loop = jsloop.New(vm, func(err error) {
		v.log.Error("uncaught exception in a timer callback", "err", pluginErr(v.item, PhaseRequest, err))
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
	in.deadline = time.AfterFunc(time.Hour, func() {
		vm.Interrupt(errRequestTimeout)
		in.loop.Abort()
	})
	in.deadline.Stop()
	return in, nil
}

// nextFactory returns a function that makes the next function of one
// request: a small JavaScript closure over the request's number, calling one
// Go function per runtime. It is much cheaper to create per request than a
// Go function value, and a next kept past its request does nothing.
func (in *instance) nextFactory() (goja.Callable, error) {
	impl := in.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if in.cur != nil && call.Argument(0).ToInteger() == int64(in.gen) {
			in.cur.next(call.Argument(1))
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

// serve handles one request on this runtime. It reports whether the runtime
// may serve again.
func (in *instance) serve(w http.ResponseWriter, r *http.Request, path, rootBase string) (reusable, abort bool) {
	vm := in.vm
	in.gen++
	x := &in.x
	*x = exchange{
		inst: in, w: w, r: r, gen: in.gen,
		method: r.Method, path: path, query: r.URL.RawQuery,
		rootBase: rootBase, baseURL: rootBase,
		status: http.StatusOK,
		params: x.params[:0], scratch: x.scratch[:0], frames: x.frames[:0],
	}
	x.reqObj = vm.CreateObject(in.reqProto)
	x.resObj = vm.CreateObject(in.resProto)
	in.cur = x
	in.deadline.Reset(in.v.limits.requestTimeout)
	defer func() {
		if x.stopWait != nil {
			x.stopWait()
		}
		if !in.deadline.Stop() {
			reusable = false // interrupted, or about to be: never reuse it
		}
		in.cur = nil
		if p := recover(); p != nil {
			// A Go panic below a JavaScript call: the runtime's state is
			// unknown, so it is not reused.
			in.v.log.Error("plugin request panicked", "err", pluginErr(in.v.item, PhaseRequest, fmt.Errorf("panic: %v", p)))
			if !x.wroteHeader {
				http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
			} else {
				abort = true
			}
			reusable = false
		}
	}()
	x.enter(in.v.table, nil)
	x.advance(sigNone)
	if !x.finished() {
		err := in.loop.Run(x.finished)
		switch {
		case x.interrupted != nil:
		case errors.Is(err, jsloop.ErrStalled):
			x.fail(in.vm.NewGoError(errors.New("the handlers did not end the response, and nothing they started is pending (call res.send, res.json or res.end, or next())")))
		case err != nil:
			x.interrupted = err
		}
	}
	if x.pendingEvents > 0 && x.interrupted == nil && !x.abort {
		// 'finish' and 'close' listeners run before the runtime moves on
		if err := in.loop.Run(func() bool { return x.pendingEvents == 0 || x.interrupted != nil }); err != nil && !errors.Is(err, jsloop.ErrStalled) {
			x.interrupted = err
		}
	}
	if x.interrupted != nil {
		in.timedOut(x)
		return false, x.abort
	}
	return !x.discard, x.abort
}

// finished reports whether the request needs nothing more from JavaScript.
func (x *exchange) finished() bool { return x.ended || x.abort || x.interrupted != nil }

// timedOut answers a request that ran past Options.RequestTimeout: 504, or
// a cut connection when the headers are already out.
func (in *instance) timedOut(x *exchange) {
	timeout := in.v.limits.requestTimeout
	in.v.log.Error("request stopped", "method", x.r.Method, "path", x.r.URL.Path,
		"err", pluginErr(in.v.item, PhaseRequest, fmt.Errorf("%w: did not finish within %v (Options.RequestTimeout); the runtime is discarded", ErrTimeout, timeout)))
	if x.wroteHeader {
		x.abort = true
		return
	}
	h := x.w.Header()
	clear(h)
	h.Set("Content-Type", "text/plain; charset=utf-8")
	x.status = http.StatusGatewayTimeout
	x.finish(http.StatusText(http.StatusGatewayTimeout)+"\n", nil)
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
	defer in.loop.ClearTimers()
	defer in.env.close() // cancels fetches in flight
	if in.teardown == nil {
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
