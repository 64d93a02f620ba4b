package plugmux

import (
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strings"

	"github.com/dop251/goja"
	"github.com/julienschmidt/httprouter"
)

// This file holds the router that a plugin's setup(router, ctx) fills, and
// the dispatch of a request through it.
//
// Every runtime of a plugin version evaluates the module and runs setup on
// its own, so each has its own handler closures. The shape of the route
// table (layers, methods, paths, handler counts) is the same in all of them:
// it is compiled once, from the first runtime, into a routeTable shared by
// all; later runtimes only bind their handlers to it, and a runtime whose
// setup registers a different table is rejected (ErrInconsistentSetup).
//
// The table is one ordered stack, as in Express: middleware (use) and routes
// run in registration order. httprouter indexes the routes whose paths it
// can hold; it tells which of them match a request without trying each one.
// Routes it cannot hold (wildcards, optional groups, paths that conflict in
// its tree such as /users/new beside /users/:id) are matched one by one, so
// registration order decides between them exactly as in Express, and
// nothing a plugin registers can panic the host.

// routerMethods are the HTTP methods with a router.<method>() function.
var routerMethods = [...]string{"get", "post", "put", "patch", "delete", "head", "options"}

type layerKind uint8

const (
	layerUse   layerKind = iota // middleware: matches a path prefix
	layerRoute                  // route: matches a whole path and a method
)

type layer struct {
	kind    layerKind
	method  string // routes: upper-case method, "" for all()
	pat     *pathPattern
	first   int // index of the layer's first handler in the runtime's handler list
	n       int // number of handlers
	indexed bool
}

// routeTable is the compiled, immutable shape of a plugin's routes.
type routeTable struct {
	layers  []layer
	index   *httprouter.Router // nil when no route is indexed
	handles int
}

// hitList is the list of layer indexes registered for one method and one
// indexed path; a lookup reports it through a hitSink.
type hitList struct{ layers []int }

// hitSink receives the hitList of the httprouter handle that a lookup found.
// httprouter hands its handle only an http.ResponseWriter, so the sink is one.
type hitSink struct {
	http.ResponseWriter
	list *hitList
}

const allMethods = "*" // httprouter pseudo-method for all() routes

// recordedLayer is a layer as setup registered it in one runtime.
type recordedLayer struct {
	kind     layerKind
	method   string
	path     string
	handlers []goja.Value
}

// recorder is the Go side of the router object handed to setup.
type recorder struct {
	vm     *goja.Runtime
	layers []recordedLayer
	closed bool
}

// newRouterObject builds the JavaScript router for setup.
func newRouterObject(vm *goja.Runtime, rec *recorder) *goja.Object {
	router := vm.NewObject()
	add := func(kind layerKind, method string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			rec.add(kind, method, call.Arguments)
			return call.This
		}
	}
	for _, m := range routerMethods {
		must(router.Set(m, add(layerRoute, strings.ToUpper(m))))
	}
	must(router.Set("all", add(layerRoute, "")))
	must(router.Set("use", add(layerUse, "")))
	must(router.Set("route", func(call goja.FunctionCall) goja.Value {
		path := call.Argument(0)
		route := vm.NewObject()
		for _, m := range append(routerMethods[:], "all") {
			method := strings.ToUpper(m)
			if m == "all" {
				method = ""
			}
			must(route.Set(m, func(c goja.FunctionCall) goja.Value {
				rec.add(layerRoute, method, append([]goja.Value{path}, c.Arguments...))
				return route
			}))
		}
		return route
	}))
	return router
}

// add records one registration; a bad one throws a TypeError in the plugin,
// as Express does.
func (rec *recorder) add(kind layerKind, method string, args []goja.Value) {
	vm := rec.vm
	if rec.closed {
		panic(vm.NewTypeError("routes can only be registered while setup runs"))
	}
	path := "/"
	if len(args) > 0 {
		if s, ok := args[0].Export().(string); ok {
			path, args = s, args[1:]
		} else if kind == layerRoute {
			panic(vm.NewTypeError("route path must be a string, got %s", describe(args[0])))
		}
	}
	var handlers []goja.Value
	var flatten func(v goja.Value)
	flatten = func(v goja.Value) {
		if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
			for _, k := range obj.Keys() {
				flatten(obj.Get(k))
			}
			return
		}
		if _, ok := goja.AssertFunction(v); !ok {
			panic(vm.NewTypeError("handler for %s %s must be a function, got %s", methodName(method), path, describe(v)))
		}
		handlers = append(handlers, v)
	}
	for _, a := range args {
		flatten(a)
	}
	if len(handlers) == 0 {
		panic(vm.NewTypeError("%s %s: at least one handler function is required", methodName(method), path))
	}
	if _, err := parsePattern(path, kind == layerRoute); err != nil {
		panic(vm.NewTypeError("%s", err.Error()))
	}
	rec.layers = append(rec.layers, recordedLayer{kind: kind, method: method, path: path, handlers: handlers})
}

func methodName(m string) string {
	if m == "" {
		return "all"
	}
	return m
}

func describe(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	return fmt.Sprintf("%s %s", v.ExportType(), v.String())
}

// compileTable builds the shared table from the first runtime's recording.
func compileTable(rec []recordedLayer) (*routeTable, error) {
	t := &routeTable{layers: make([]layer, len(rec))}
	lists := map[string]*hitList{}
	for i, r := range rec {
		pat, err := parsePattern(r.path, r.kind == layerRoute)
		if err != nil {
			return nil, err
		}
		t.layers[i] = layer{kind: r.kind, method: r.method, pat: pat, first: t.handles, n: len(r.handlers)}
		t.handles += len(r.handlers)
		if r.kind != layerRoute {
			continue
		}
		key, ok := pat.indexKey()
		if !ok {
			continue
		}
		method := r.method
		if method == "" {
			method = allMethods
		}
		if l, dup := lists[method+" "+key]; dup {
			l.layers = append(l.layers, i)
			t.layers[i].indexed = true
			continue
		}
		if t.index == nil {
			t.index = &httprouter.Router{} // no redirects, no 405, no automatic OPTIONS
		}
		l := &hitList{layers: []int{i}}
		if tryHandle(t.index, method, key, l) {
			lists[method+" "+key] = l
			t.layers[i].indexed = true
		}
	}
	return t, nil
}

// tryHandle registers key in the httprouter tree, reporting false instead of
// panicking when httprouter cannot hold it beside what it already holds.
func tryHandle(r *httprouter.Router, method, key string, l *hitList) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	r.Handle(method, key, func(w http.ResponseWriter, _ *http.Request, _ httprouter.Params) {
		w.(*hitSink).list = l
	})
	return true
}

// sameShape reports whether a later runtime's recording matches the table.
func (t *routeTable) sameShape(rec []recordedLayer) error {
	if len(rec) != len(t.layers) {
		return fmt.Errorf("%w: %d layers instead of %d", ErrInconsistentSetup, len(rec), len(t.layers))
	}
	for i, r := range rec {
		l := t.layers[i]
		if r.kind != l.kind || r.method != l.method || r.path != l.pat.src || len(r.handlers) != l.n {
			return fmt.Errorf("%w: layer %d is %s %s instead of %s %s", ErrInconsistentSetup, i, methodName(r.method), r.path, methodName(l.method), l.pat.src)
		}
	}
	return nil
}

// lookup collects into hits, in registration order, the indexed route layers
// that match method and path. path is the raw path relative to the plugin.
func (t *routeTable) lookup(method, path string, sink *hitSink, hits []int) []int {
	hits = hits[:0]
	if t.index == nil {
		return hits
	}
	if len(path) > 1 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	path = strings.ToLower(path)
	collect := func(m string) {
		if h, _, _ := t.index.Lookup(m, path); h != nil {
			sink.list = nil
			h(sink, nil, nil)
			hits = append(hits, sink.list.layers...)
		}
	}
	collect(method)
	if method == http.MethodHead {
		collect(http.MethodGet)
	}
	collect(allMethods)
	slices.Sort(hits)
	return hits
}

// routeMatchesMethod reports whether a route layer handles the method; HEAD
// falls back to GET routes, as in Express.
func (l *layer) routeMatchesMethod(method string) bool {
	return l.method == "" || l.method == method || method == http.MethodHead && l.method == http.MethodGet
}

// handler is one bound handler function in one runtime.
type handler struct {
	fn      goja.Callable
	onError bool // declared with four parameters: (err, req, res, next)
}

func bindHandlers(rec []recordedLayer, n int) []handler {
	hs := make([]handler, 0, n)
	for _, r := range rec {
		for _, v := range r.handlers {
			fn, _ := goja.AssertFunction(v)
			hs = append(hs, handler{fn: fn, onError: v.ToObject(nil).Get("length").ToInteger() == 4})
		}
	}
	return hs
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// run walks the layer stack from where the request stands, calling the next
// matching handler; the handler continues the walk by calling next. When the
// stack is exhausted the request either had an unhandled error (500) or
// falls through to the host (404).
func (x *exchange) run() {
	t := x.inst.v.table
	for {
		if x.interrupted != nil {
			return
		}
		if x.hi < x.hn {
			h := &x.inst.handlers[x.hbase+x.hi]
			x.hi++
			if h.onError != (x.err != nil) {
				continue
			}
			x.call(h)
			return
		}
		x.unmount()
		if x.li >= len(t.layers) {
			x.done()
			return
		}
		i := x.li
		l := &t.layers[i]
		x.li++
		if l.kind == layerRoute {
			if !l.routeMatchesMethod(x.method) {
				continue
			}
			if l.indexed {
				for x.hitPos < len(x.hits) && x.hits[x.hitPos] < i {
					x.hitPos++
				}
				if x.hitPos == len(x.hits) || x.hits[x.hitPos] != i {
					continue
				}
			}
		}
		n, params, ok, err := l.pat.match(x.path, x.params[:0])
		if err != nil {
			x.err = x.inst.httpError(http.StatusBadRequest, err.Error())
			continue
		}
		if !ok {
			continue
		}
		x.params, x.paramsObj = params, nil
		if l.kind == layerUse {
			x.mount(n)
		}
		x.hbase, x.hn, x.hi = l.first, l.n, 0
	}
}

// mount enters a middleware layer that matched the first n bytes of the
// path: inside it req.url loses that prefix and req.baseUrl gains it, as in
// Express; unmount restores both before the walk moves on.
func (x *exchange) mount(n int) {
	if n > 0 && x.path[n-1] == '/' {
		n--
	}
	if n == 0 {
		return
	}
	x.removed = x.path[:n]
	x.baseURL = x.rootBase + x.removed
	x.path = x.path[n:]
	if x.path == "" || x.path[0] != '/' {
		x.path, x.slashAdded = "/"+x.path, true
	}
}

func (x *exchange) unmount() {
	if x.removed == "" {
		return
	}
	p := x.path
	if x.slashAdded {
		p, x.slashAdded = p[1:], false
	}
	x.path, x.removed, x.baseURL = x.removed+p, "", x.rootBase
}

// next is the function handed to handlers as their third argument.
func (x *exchange) next(arg goja.Value) {
	switch {
	case arg == nil || goja.IsUndefined(arg) || goja.IsNull(arg):
		x.err = nil
	case arg.ExportType() == typeString && arg.String() == "route":
		x.err, x.hi = nil, x.hn // skip the rest of this route's handlers
	case arg.ExportType() == typeString && arg.String() == "router":
		x.err, x.hi, x.li = nil, x.hn, len(x.inst.v.table.layers)
	default:
		x.err = arg
	}
	x.run()
}

// call runs one handler. A thrown error or a rejected Promise continues the
// walk in error mode, as in Express 5.
func (x *exchange) call(h *handler) {
	var ret goja.Value
	var err error
	if h.onError {
		ret, err = h.fn(goja.Undefined(), x.err, x.reqObj, x.resObj, x.nextFn)
	} else {
		ret, err = h.fn(goja.Undefined(), x.reqObj, x.resObj, x.nextFn)
	}
	if err != nil {
		var ie *goja.InterruptedError
		if errors.As(err, &ie) {
			x.interrupted = ie
			return
		}
		var so *goja.StackOverflowError
		if errors.As(err, &so) {
			// goja's overflow is uncatchable, so no finally block ran: the
			// runtime's state is unknown and it is not reused.
			x.discard = true
			x.next(x.inst.rangeError(fmt.Sprintf("Maximum call stack size exceeded (Options.MaxCallStackSize is %d)", x.inst.v.host.opts.MaxCallStackSize)))
			return
		}
		x.next(x.inst.errorValue(err))
		return
	}
	if obj, ok := ret.(*goja.Object); ok && obj.ExportType() == typePromise {
		x.followPromise(obj, obj.Export().(*goja.Promise))
	}
}

var typePromise = reflect.TypeFor[*goja.Promise]()

// followPromise sends a rejection of a handler's Promise to next(err).
func (x *exchange) followPromise(obj *goja.Object, p *goja.Promise) {
	switch p.State() {
	case goja.PromiseStateRejected:
		x.next(p.Result())
	case goja.PromiseStatePending:
		then, ok := goja.AssertFunction(obj.Get("then"))
		if !ok {
			return
		}
		gen := x.gen
		onReject := x.inst.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if x.gen == gen && !x.ended {
				x.next(call.Argument(0))
			}
			return goja.Undefined()
		})
		_, _ = then(obj, goja.Undefined(), onReject)
	}
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
	x.inst.v.host.notFound.ServeHTTP(x.w, x.r)
}
