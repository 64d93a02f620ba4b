package express

import (
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file holds the dispatch of a request through the compiled tables:
// Express 5's router.handle, Route.dispatch, Layer.handleRequest and
// handleError, and processParams, as a state machine over frames (one per
// router the request is in). A handler's next() continues the walk from
// where the request stands; a handler that returns without calling next
// leaves the walk pending until it does, or until the response ends.

// lookup collects into hits, in registration order, the indexed route
// layers whose path matches; path is raw, relative to the router's mount.
func (t *routeTable) lookup(path string, sink *hitSink, hits []int) []int {
	hits = hits[:0]
	if t.index == nil {
		return hits
	}
	if len(path) > 1 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	path = strings.ToLower(path)
	if h, _, _ := t.index.Lookup(indexMethod, path); h != nil {
		sink.list = nil
		h(sink, nil, nil)
		hits = append(hits, sink.list.layers...)
	}
	return hits
}

// phase says where a frame's walk stands.
type phase uint8

const (
	phaseSeek  phase = iota // between layers, or in a middleware: next() is the router's
	phaseParam              // running router.param callbacks for the matched layer
	phaseRoute              // running the entries of a matched route: next() is the route's
)

// frame is one router's walk for the request: Express's router.handle.
type frame struct {
	t      *routeTable
	li     int // next layer to try
	hits   []int
	hitPos int
	hitGen uint32

	parentBase   string  // req.baseUrl when the router was entered
	parentParams []param // req.params when the router was entered
	removed      string  // the prefix the current middleware's mount removed from the path
	slashAdded   bool

	phase    phase
	cur      *layer
	layerErr goja.Value // the error the walk carried when cur matched
	n        int        // the length of the path prefix cur's path matched
	ei       int        // routes: the next entry
	method   string     // routes: the method entries are matched with

	// router.param state for cur
	pkeys  []int // indexes into x.params of the parameters with callbacks
	pi     int   // the parameter whose callbacks run
	pci    int   // its next callback
	called []paramCall

	methods []string      // OPTIONS: what the matched routes allow; nil for other methods
	onDone  goja.Callable // a router called from JavaScript: the next it was given
}

// paramCall remembers a parameter's callbacks for one router walk, as
// processParams's "called" does.
type paramCall struct {
	name, value string
	sig         signal // how its callbacks ended: sigNone, sigErr or sigRoute
	err         goja.Value
	final       goja.Value // req.params[name] as its callbacks left it; nil: not looked at
}

// signal kinds of next's argument.
type signal uint8

const (
	sigNone   signal = iota
	sigErr           // next(err)
	sigRoute         // next('route')
	sigRouter        // next('router')
)

// classify reads next's argument as Express does: a falsy value is no error.
func classify(v goja.Value) signal {
	if v == nil || !v.ToBoolean() {
		return sigNone
	}
	if v.ExportType() == typeString {
		switch v.String() {
		case "route":
			return sigRoute
		case "router":
			return sigRouter
		}
	}
	return sigErr
}

func (x *exchange) top() *frame { return &x.frames[len(x.frames)-1] }

func (x *exchange) errSignal() signal {
	if x.err != nil {
		return sigErr
	}
	return sigNone
}

// enter starts the walk of a router, as router.handle(req, res, next) does.
func (x *exchange) enter(t *routeTable, onDone goja.Callable) {
	if len(x.frames) < cap(x.frames) {
		x.frames = x.frames[:len(x.frames)+1]
	} else {
		x.frames = append(x.frames, frame{})
	}
	f := x.top()
	hits, called, pkeys := f.hits[:0], f.called[:0], f.pkeys[:0] // keep backing arrays across requests
	*f = frame{t: t, hits: hits, called: called, pkeys: pkeys, hitGen: x.urlGen - 1, parentBase: x.baseURL, onDone: onDone}
	if len(x.frames) > 1 {
		f.parentParams = slices.Clone(x.params)
	}
	if x.method == http.MethodOptions {
		f.methods = []string{}
	}
	x.err = nil
}

// next is the function handed to handlers as their third argument: it
// continues the walk from where the request stands.
func (x *exchange) next(arg goja.Value) {
	if len(x.frames) == 0 {
		return // the walk is over
	}
	if x.depth >= maxSyncNext {
		// Handlers that call next synchronously nest on the stack; as
		// Express's router does, go on from the event loop instead, so
		// that thousands of them in one route cannot overflow it.
		rt := x.rt
		rt.loop.Post(func() error {
			if !x.over {
				rt.setCur(x)
				x.next(arg)
				rt.setCur(nil)
			}
			return nil
		})
		return
	}
	x.depth++
	defer func() { x.depth-- }()
	sig := classify(arg)
	x.err = nil
	if sig == sigErr {
		x.err = arg
	}
	x.advance(sig)
}

// maxSyncNext is how deep synchronous next() calls may nest before the walk
// goes on from the event loop.
const maxSyncNext = 100

// advance feeds sig (with x.err) to the innermost frame's next, and goes on
// until a handler is pending or the walk is over.
func (x *exchange) advance(sig signal) {
	for len(x.frames) > 0 && x.interrupted == nil {
		f := x.top()
		var pending bool
		switch f.phase {
		case phaseParam:
			pending, sig = x.paramNext(f, sig)
		case phaseRoute:
			pending, sig = x.routeNext(f, sig)
		default:
			pending, sig = x.routerNext(f, sig)
		}
		if pending {
			return
		}
	}
}

// routerNext is the router's next(): it restores the mount of the previous
// middleware, finds the next matching layer and starts it.
func (x *exchange) routerNext(f *frame, sig signal) (bool, signal) {
	f.phase = phaseSeek
	x.unmount(f)
	if sig == sigRouter {
		return x.exit(nil)
	}
	t := f.t
	if f.hitGen != x.urlGen {
		if f.hits == nil && f == &x.frame1[0] {
			f.hits = x.hit1[:0] // the first router's hits: most requests have a few
		}
		f.hits, f.hitPos, f.hitGen = t.lookup(x.path, &x.sink, f.hits), 0, x.urlGen
	}
	layerErr := x.err
	for f.li < len(t.layers) {
		i := f.li
		l := &t.layers[i]
		f.li++
		if l.route {
			if layerErr != nil {
				continue
			}
			if l.indexed {
				for f.hitPos < len(f.hits) && f.hits[f.hitPos] < i {
					f.hitPos++
				}
				if f.hitPos == len(f.hits) || f.hits[f.hitPos] != i {
					continue
				}
			}
		}
		n, params, ok, err := matchLayer(l, x.path, x.scratch[:0])
		x.scratch = params[:0]
		if err != nil {
			if layerErr == nil {
				layerErr = x.rt.httpError(http.StatusBadRequest, err.Error())
			}
			continue
		}
		if !ok {
			continue
		}
		if l.route && !l.handlesMethod(x.method) {
			if f.methods != nil {
				f.methods = append(f.methods, l.allowed()...)
			}
			if x.method != http.MethodHead {
				continue
			}
		}
		if t.opts.mergeParams && len(x.frames) > 1 {
			x.params = append(x.params[:0], mergeParams(f.parentParams, params)...)
		} else {
			x.params = append(x.params[:0], params...)
		}
		x.paramsObj = nil
		f.cur, f.layerErr, f.n = l, layerErr, n
		x.err = layerErr
		if len(t.params) > 0 && x.paramsWithCallbacks(f) {
			f.phase, f.pi = phaseParam, -1
			return x.paramNext(f, sigNone)
		}
		return x.startLayer(f)
	}
	x.err = layerErr
	return x.exit(layerErr)
}

// startLayer enters the matched layer once its parameters are processed: a
// route dispatches its entries; a middleware mounts its path and runs.
func (x *exchange) startLayer(f *frame) (bool, signal) {
	l := f.cur
	x.err = f.layerErr
	if l.route {
		x.route = l
		f.phase, f.ei, f.method = phaseRoute, 0, x.method
		if f.method == http.MethodHead && !l.methods[http.MethodHead] {
			f.method = http.MethodGet
		}
		return x.routeNext(f, sigNone)
	}
	f.phase = phaseSeek
	x.mount(f, f.n)
	if x.invoke(&l.entries[0]) {
		return true, sigNone
	}
	if len(x.frames) > 0 && x.top() != f {
		return false, sigNone // a nested router was entered
	}
	return false, x.errSignal() // skipped: next(err)
}

// routeNext is the next() of Express's Route.dispatch: the next entry whose
// method matches, with error handlers only for errors.
func (x *exchange) routeNext(f *frame, sig signal) (bool, signal) {
	switch sig {
	case sigRoute:
		f.phase, x.err = phaseSeek, nil
		return false, sigNone
	case sigRouter:
		f.phase = phaseSeek
		return false, sigRouter
	}
	l := f.cur
	for f.ei < len(l.entries) {
		e := &l.entries[f.ei]
		f.ei++
		if e.method != "" && e.method != f.method {
			continue
		}
		if x.invoke(e) {
			return true, sigNone
		}
		if x.top() != f {
			return false, sigNone // a nested router was entered
		}
	}
	f.phase = phaseSeek
	return false, x.errSignal()
}

// invoke calls one handler as Express's Layer does, by arity: an error
// handler only with an error, a plain handler only without one. It reports
// true when the walk waits for the handler (or the request is over).
func (x *exchange) invoke(e *entry) bool {
	if e.sub != nil {
		if x.err != nil {
			return false // a router is a three-parameter function: it never takes errors
		}
		x.enter(e.sub, nil)
		return false
	}
	h := &x.rt.handlers[e.slot]
	if x.err != nil {
		if h.arity != 4 {
			return false
		}
	} else if h.arity > 3 {
		return false
	}
	x.call(h)
	return true
}

// exit ends a router's walk, as the done of router.handle does: it restores
// req.baseUrl and req.params, answers OPTIONS, and continues in the parent.
func (x *exchange) exit(err goja.Value) (bool, signal) {
	f := x.top()
	x.baseURL = f.parentBase
	if len(x.frames) > 1 {
		x.params, x.paramsObj = append(x.params[:0], f.parentParams...), nil
	}
	onDone := f.onDone
	methods := f.methods
	x.frames = x.frames[:len(x.frames)-1]
	x.err = err
	if err == nil && len(methods) > 0 && !x.wroteHeader {
		x.frames = x.frames[:0]
		x.sendOptions(methods)
		return true, sigNone
	}
	if onDone != nil {
		arg := goja.Undefined()
		if err != nil {
			arg = err
		}
		if _, jerr := onDone(goja.Undefined(), arg); jerr != nil {
			x.handleCallError(jerr)
		}
		return true, sigNone
	}
	if len(x.frames) == 0 {
		x.done()
		return true, sigNone
	}
	return false, x.errSignal()
}

// matchLayer matches a layer's paths in order.
func matchLayer(l *layer, path string, params []param) (int, []param, bool, error) {
	for _, p := range l.pats {
		n, ps, ok, err := p.match(path, params[:0])
		if err != nil || ok {
			return n, ps, ok, err
		}
	}
	return 0, params, false, nil
}

// mergeParams is Express's mergeParams: the parent's parameters, overridden
// by the layer's own.
func mergeParams(parent, own []param) []param {
	// Numbered parameters (RegExp captures) of both: the layer's own come
	// after the parent's, renumbered, as Express's mergeParams does.
	if hasParam(parent, "0") && hasParam(own, "0") {
		shift := 0
		for hasParam(parent, strconv.Itoa(shift)) {
			shift++
		}
		own = slices.Clone(own)
		for i := range own {
			if n, err := strconv.Atoi(own[i].name); err == nil && n >= 0 && strconv.Itoa(n) == own[i].name {
				own[i].name = strconv.Itoa(n + shift)
			}
		}
	}
	out := make([]param, 0, len(parent)+len(own))
	for _, p := range parent {
		if !slices.ContainsFunc(own, func(q param) bool { return q.name == p.name }) {
			out = append(out, p)
		}
	}
	return append(out, own...)
}

func hasParam(ps []param, name string) bool {
	return slices.ContainsFunc(ps, func(p param) bool { return p.name == name })
}

// mount enters a middleware whose path matched the first n bytes of the
// path: inside it req.url loses that prefix and req.baseUrl gains it, as in
// Express; unmount restores both when the walk moves on.
func (x *exchange) mount(f *frame, n int) {
	if n == 0 {
		return
	}
	removed := x.path[:n]
	f.removed = removed
	x.path = x.path[n:]
	if x.path == "" || x.path[0] != '/' {
		x.path, f.slashAdded = "/"+x.path, true
	}
	x.baseURL = f.parentBase + strings.TrimSuffix(removed, "/")
}

func (x *exchange) unmount(f *frame) {
	if f.slashAdded {
		if x.path == "/" || strings.HasSuffix(f.removed, "/") && strings.HasPrefix(x.path, "/") {
			x.path = x.path[1:]
		}
		f.slashAdded = false
	}
	if f.removed != "" {
		x.baseURL = f.parentBase
		x.path = f.removed + x.path
		f.removed = ""
	}
}

// paramsWithCallbacks lists the matched parameters that have router.param
// callbacks; it reports whether there are any.
func (x *exchange) paramsWithCallbacks(f *frame) bool {
	f.pkeys = f.pkeys[:0]
	for i, p := range x.params {
		if _, ok := f.t.params[p.name]; !ok || p.wild {
			continue
		}
		// A name that occurs twice in the path ("/:id/:id"): req.params
		// holds the last value, and the callbacks see that one, once.
		dup := false
		for j, k := range f.pkeys {
			if x.params[k].name == p.name {
				f.pkeys[j], dup = i, true
				break
			}
		}
		if !dup {
			f.pkeys = append(f.pkeys, i)
		}
	}
	return len(f.pkeys) > 0
}

// paramNext is processParams's continuation: sig is how the callback that
// just ran ended (sigNone at the start). Each parameter's callbacks run once
// per value per router walk.
func (x *exchange) paramNext(f *frame, sig signal) (bool, signal) {
	if f.pi >= 0 {
		c := f.findCalled(x.params[f.pkeys[f.pi]].name)
		// what the callbacks made of req.params[name] so far: a later
		// layer matching the same value gets it back
		c.final = x.paramAsSet(c.name)
		if sig == sigErr || sig == sigRoute {
			c.sig, c.err = sig, x.err
			return x.paramsFailed(f, sig)
		}
		slots := f.t.params[c.name]
		if f.pci < len(slots) {
			x.callParam(f, slots)
			return true, sigNone
		}
	}
	for {
		f.pi++
		if f.pi >= len(f.pkeys) {
			return x.startLayer(f)
		}
		p := x.params[f.pkeys[f.pi]]
		if c := f.findCalled(p.name); c != nil {
			if c.value == p.value || c.sig == sigErr {
				// called before for this value: req.params[name] is
				// what its callbacks left there
				x.restoreParam(c.name, c.final)
				if c.sig != sigNone {
					x.err = c.err
					return x.paramsFailed(f, c.sig)
				}
				continue
			}
			c.value, c.sig, c.err = p.value, sigNone, nil
		} else {
			f.called = append(f.called, paramCall{name: p.name, value: p.value})
		}
		f.pci = 0
		x.callParam(f, f.t.params[p.name])
		return true, sigNone
	}
}

// paramsFailed ends a layer whose parameter callbacks passed an error or
// 'route': the router moves on with next(layerError || err).
func (x *exchange) paramsFailed(f *frame, sig signal) (bool, signal) {
	f.phase = phaseSeek
	if f.layerErr != nil {
		x.err = f.layerErr
		return false, sigErr
	}
	if sig == sigRoute {
		x.err = nil
	}
	return false, sig
}

// paramAsSet returns req.params[name] when req.params exists (a callback
// may have changed it), else nil: the value is the layer's own.
func (x *exchange) paramAsSet(name string) goja.Value {
	if x.paramsObj == nil {
		return nil
	}
	return x.paramsObj.Get(name)
}

// restoreParam sets req.params[name] to v, unless v is nil (nothing was
// changed).
func (x *exchange) restoreParam(name string, v goja.Value) {
	if v == nil {
		return
	}
	if x.paramsObj == nil {
		x.paramsObj = x.buildParams()
	}
	jsutil.Must(x.paramsObj.Set(name, v))
}

func (f *frame) findCalled(name string) *paramCall {
	for i := range f.called {
		if f.called[i].name == name {
			return &f.called[i]
		}
	}
	return nil
}

// callRouter runs a router called as a function from JavaScript:
// router(req, res, next).
func (rt *Runtime) callRouter(rec *recorder, call goja.FunctionCall) {
	x := rt.exch(call.Argument(0))
	t := rec.set.tables[rec]
	if t == nil {
		panic(rt.vm.NewTypeError("this router was created after setup: create routers while the module loads or setup runs"))
	}
	next, _ := goja.AssertFunction(call.Argument(2))
	if next == nil {
		panic(rt.vm.NewTypeError("argument callback is required"))
	}
	x.enter(t, next)
	x.advance(sigNone)
}

// call runs one handler. A thrown error or a rejected Promise continues the
// walk with next(err), as in Express 5.
func (x *exchange) call(h *handler) {
	var ret goja.Value
	var err error
	rt := x.rt
	base := len(rt.args)
	if h.arity == 4 {
		rt.args = append(rt.args, x.err, x.reqObj, x.resObj, x.next3())
	} else {
		rt.args = append(rt.args, x.reqObj, x.resObj, x.nextFor(h))
	}
	ret, err = h.fn(goja.Undefined(), rt.args[base:]...)
	clear(rt.args[base:])
	rt.args = rt.args[:base]
	if err != nil {
		x.handleCallError(err)
		return
	}
	x.followPromise(ret)
}

// callParam runs the next router.param callback of the current parameter:
// (req, res, next, value, name).
func (x *exchange) callParam(f *frame, slots []int) {
	vm := x.rt.vm
	p := x.params[f.pkeys[f.pi]]
	h := &x.rt.handlers[slots[f.pci]]
	f.pci++
	ret, err := h.fn(goja.Undefined(), x.reqObj, x.resObj, x.next3(), vm.ToValue(p.value), vm.ToValue(p.name))
	if err != nil {
		x.handleCallError(err)
		return
	}
	x.followPromise(ret)
}

// nextFor returns the next function for a handler. One that declares next
// (three parameters or more) gets the request's own, which does nothing
// once the request is over; one that does not gets the runtime's shared
// next, which continues whatever request the runtime serves: it saves a
// function object per request on the commonest routes, (req, res) => ...
func (x *exchange) nextFor(h *handler) goja.Value {
	if h.arity >= 3 {
		return x.next3()
	}
	return x.rt.sharedNext
}

// next3 returns the request's own next function, creating it on first use.
func (x *exchange) next3() *goja.Object {
	if x.nextFn == nil {
		fn, err := x.rt.makeNext(goja.Undefined(), x.rt.vm.ToValue(x.gen))
		if err != nil {
			panic(err)
		}
		x.nextFn = fn.(*goja.Object)
	}
	return x.nextFn
}

// handleCallError sends the error of a failed JavaScript call to next(err).
func (x *exchange) handleCallError(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		x.interrupted = ie
		return
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		// goja's overflow is uncatchable, so no finally block ran: the
		// runtime's state is unknown, so it takes no new requests (the
		// ones it has finish).
		x.rt.cfg.retire()
		x.next(x.rt.rangeError(fmt.Sprintf("Maximum call stack size exceeded (Options.MaxCallStackSize is %d)", x.rt.cfg.MaxCallStackSize)))
		return
	}
	x.next(x.rt.errorValue(err))
}

var typePromise = reflect.TypeFor[*goja.Promise]()

// followPromise sends a rejection of a handler's Promise to next(err). The
// result is checked by type first: a full Export of, say, the returned res
// would convert it to a Go map.
func (x *exchange) followPromise(ret goja.Value) {
	obj, ok := ret.(*goja.Object)
	if !ok || obj.ExportType() != typePromise {
		return
	}
	p := obj.Export().(*goja.Promise)
	switch p.State() {
	case goja.PromiseStateRejected:
		x.next(x.rejection(p.Result()))
	case goja.PromiseStatePending:
		then, ok := goja.AssertFunction(obj.Get("then"))
		if !ok {
			return
		}
		onReject := x.rt.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if !x.over {
				x.next(x.rejection(call.Argument(0)))
			}
			return goja.Undefined()
		})
		_, _ = then(obj, goja.Undefined(), onReject)
	}
}

// rejection is the error a rejected Promise passes on: a falsy reason
// becomes an Error, as in Express.
func (x *exchange) rejection(v goja.Value) goja.Value {
	if v == nil || !v.ToBoolean() {
		return jsutil.NewError(x.rt.vm, "Rejected promise")
	}
	return v
}

// sendOptions answers an OPTIONS request no route handled, as Express's
// router does: 200 with the allowed methods.
func (x *exchange) sendOptions(methods []string) {
	slices.Sort(methods)
	methods = slices.Compact(methods)
	allow := strings.Join(methods, ", ")
	h := x.w.Header()
	h.Set("Allow", allow)
	h.Set("Content-Type", "text/plain")
	h.Set("X-Content-Type-Options", "nosniff")
	x.finish(allow, nil)
}

// done ends the walk: an error nobody handled becomes an error response, a
// request nobody answered falls through to the host's NotFound handler.
func (x *exchange) done() {
	if x.err != nil {
		x.fail(x.err)
		return
	}
	if x.ended {
		return
	}
	if x.wroteHeader {
		x.abort = true
		return
	}
	x.ended, x.wroteHeader = true, true
	x.box.end(finNotFound)
	rt := x.rt
	rt.loop.Post(func() error {
		rt.forget(x)
		return nil
	})
}
