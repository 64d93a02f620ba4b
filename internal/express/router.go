package express

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/julienschmidt/httprouter"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file holds the router that a plugin's setup(router, ctx) fills (and
// those express.Router() makes), and the compiled tables a request is
// dispatched through (dispatch.go): Express 5's router (the "router"
// package) rebuilt on Go data.
//
// Every runtime of a plugin version evaluates the module and runs setup on
// its own, so each has its own handler closures. The shape of the route
// tables (layers, methods, paths, handler counts, nested routers, param
// callbacks) is the same in all of them: it is compiled once, from the first
// runtime, into routeTables shared by all; later runtimes only bind their
// handlers to them, and a runtime whose setup registers a different shape is
// rejected (ErrInconsistentSetup).
//
// A table is one ordered stack, as in Express: middleware (use) and routes
// run in registration order. A router made with express.Router() and mounted
// with use (or given as a route handler) is a table of its own, entered like
// a function call: the request walks it with the mount path removed from
// req.url and added to req.baseUrl, then continues in the parent. httprouter
// indexes the routes whose paths it can hold; it tells which of them match a
// path without trying each one. Routes it cannot hold (wildcards, optional
// groups, paths that conflict in its tree such as /users/new beside
// /users/:id) are matched one by one, so registration order decides between
// them exactly as in Express, and nothing a plugin registers can panic the
// host.

// routerMethods are the HTTP methods with a router.<method>() function:
// Node's http.METHODS, lower-cased, as Express has them.
var routerMethods = [...]string{
	"acl", "bind", "checkout", "connect", "copy", "delete", "get", "head", "link", "lock",
	"m-search", "merge", "mkactivity", "mkcalendar", "mkcol", "move", "notify", "options",
	"patch", "post", "propfind", "proppatch", "purge", "put", "query", "rebind", "report",
	"search", "source", "subscribe", "trace", "unbind", "unlink", "unlock", "unsubscribe",
}

// routerOptions are the options of express.Router().
type routerOptions struct {
	caseSensitive bool
	strict        bool
	mergeParams   bool
}

// ---- registration ----

// recorderSet is every router one runtime creates: the one handed to setup
// and those made with express.Router().
type recorderSet struct {
	vm     *goja.Runtime
	closed bool
	byObj  map[*goja.Object]*recorder
	all    []*recorder               // in creation order
	proto  *goja.Object              // the routers' prototype (routerProto)
	tables map[*recorder]*routeTable // after binding: each router's table
}

// recorder is the Go side of one router object, recording what setup
// registers on it.
type recorder struct {
	set    *recorderSet
	opts   routerOptions
	layers []*recordedLayer
	params []recordedParam
	obj    *goja.Object
}

// recordedLayer is a use layer (one handler) or a route (its method entries).
type recordedLayer struct {
	route   bool
	array   bool         // the path was given as an array
	paths   []goja.Value // one or more paths: strings or RegExps
	entries []recordedEntry
}

// recordedEntry is one handler: a function, or a router used as one.
type recordedEntry struct {
	method string // routes: upper-case method, "" for all()
	fn     goja.Value
	sub    *recorder
}

type recordedParam struct {
	name string
	fn   goja.Value
}

func newRecorderSet(vm *goja.Runtime) *recorderSet {
	return &recorderSet{vm: vm, byObj: map[*goja.Object]*recorder{}}
}

// newRouter creates a router object: a function, as Express's routers are,
// so that it can be mounted, passed as a handler, or called with
// (req, res, next).
func (s *recorderSet) newRouter(rt *Runtime, opts routerOptions) *goja.Object {
	vm := s.vm
	rec := &recorder{set: s, opts: opts}
	obj := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		rt.callRouter(rec, call)
		return goja.Undefined()
	}).(*goja.Object)
	rec.obj = obj
	s.byObj[obj] = rec
	s.all = append(s.all, rec)
	// router(req, res, next) has three parameters, as Express's has.
	jsutil.Must(obj.DefineDataProperty("length", vm.ToValue(3), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	// The methods live on a prototype shared by the runtime's routers,
	// made one by one on first use: most plugins call two or three of the
	// forty, and each is a function object.
	if s.proto == nil {
		s.proto = vm.NewDynamicObject(&routerProto{set: s, rt: rt, made: map[string]goja.Value{}})
		jsutil.Must(s.proto.SetPrototype(obj.Prototype()))
	}
	jsutil.Must(obj.SetPrototype(s.proto))
	jsutil.Must(obj.Set("caseSensitive", opts.caseSensitive))
	jsutil.Must(obj.Set("strict", opts.strict))
	jsutil.Must(obj.Set("mergeParams", opts.mergeParams))
	return obj
}

// routerProto is the prototype of a runtime's routers: Express's router
// methods, each made on first use. They find their router by this.
type routerProto struct {
	set  *recorderSet
	rt   *Runtime
	made map[string]goja.Value
}

var routerProtoNames = func() map[string]string {
	m := map[string]string{"all": "", "use": "", "route": "", "handle": "", "param": ""}
	for _, name := range routerMethods {
		m[name] = strings.ToUpper(name)
	}
	return m
}()

func (p *routerProto) recorder(this goja.Value) *recorder {
	if obj, ok := this.(*goja.Object); ok {
		if rec := p.set.byObj[obj]; rec != nil {
			return rec
		}
	}
	panic(p.set.vm.NewTypeError("a router method was called on something that is not a router"))
}

func (p *routerProto) Get(key string) goja.Value {
	if v, ok := p.made[key]; ok {
		return v
	}
	method, ok := routerProtoNames[key]
	if !ok {
		return nil
	}
	var fn func(call goja.FunctionCall) goja.Value
	switch key {
	case "use":
		fn = func(call goja.FunctionCall) goja.Value {
			p.recorder(call.This).use(call.Arguments)
			return call.This
		}
	case "route":
		fn = func(call goja.FunctionCall) goja.Value {
			rec := p.recorder(call.This)
			return rec.routeObject(rec.route(call.Argument(0)))
		}
	case "handle":
		fn = func(call goja.FunctionCall) goja.Value {
			p.rt.callRouter(p.recorder(call.This), call)
			return goja.Undefined()
		}
	case "param":
		fn = func(call goja.FunctionCall) goja.Value {
			p.recorder(call.This).param(call.Argument(0), call.Argument(1))
			return call.This
		}
	default: // all and the HTTP methods
		fn = func(call goja.FunctionCall) goja.Value {
			rec := p.recorder(call.This)
			l := rec.route(call.Argument(0))
			rec.addEntries(l, method, call.Arguments[min(1, len(call.Arguments)):])
			return call.This
		}
	}
	v := p.set.vm.ToValue(fn)
	p.made[key] = v
	return v
}

func (p *routerProto) Set(key string, val goja.Value) bool {
	p.made[key] = val
	return true
}

func (p *routerProto) Has(key string) bool {
	_, made := p.made[key]
	_, known := routerProtoNames[key]
	return made || known
}

func (p *routerProto) Delete(key string) bool {
	delete(p.made, key)
	return true
}

func (p *routerProto) Keys() []string { return nil } // the methods are not enumerable

func (rec *recorder) vm() *goja.Runtime { return rec.set.vm }

func (rec *recorder) checkOpen() {
	if rec.set.closed {
		panic(rec.vm().NewTypeError("routes can only be registered while setup runs"))
	}
}

// route appends a route layer for path, as router.route(path) does.
func (rec *recorder) route(path goja.Value) *recordedLayer {
	rec.checkOpen()
	paths := rec.paths(path, true)
	obj, isObj := path.(*goja.Object)
	l := &recordedLayer{route: true, paths: paths, array: isObj && obj.ClassName() == "Array"}
	rec.layers = append(rec.layers, l)
	return l
}

// paths validates a path argument: a string, a RegExp, or an array of them.
func (rec *recorder) paths(v goja.Value, route bool) []goja.Value {
	vm := rec.vm()
	var out []goja.Value
	var add func(v goja.Value)
	add = func(v goja.Value) {
		if obj, ok := v.(*goja.Object); ok {
			switch obj.ClassName() {
			case "Array":
				for _, k := range obj.Keys() {
					add(obj.Get(k))
				}
				return
			case "RegExp":
				out = append(out, v)
				return
			}
		}
		if _, ok := v.Export().(string); !ok {
			panic(vm.NewTypeError("route path must be a string, got %s", describe(v)))
		}
		out = append(out, v)
	}
	add(v)
	for _, p := range out {
		if _, err := compilePath(p, route, rec.opts); err != nil {
			panic(vm.NewTypeError("%s", err.Error()))
		}
	}
	return out
}

// handlers flattens handler arguments (arrays, nested arrays) into entries.
func (rec *recorder) handlers(method, where string, args []goja.Value) []recordedEntry {
	vm := rec.vm()
	var out []recordedEntry
	var flatten func(v goja.Value)
	flatten = func(v goja.Value) {
		if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
			// the elements only: an array may carry other properties
			// (express-validator's checkSchema() has a run method)
			n := obj.Get("length").ToInteger()
			for i := range n {
				flatten(obj.Get(strconv.FormatInt(i, 10)))
			}
			return
		}
		if obj, ok := v.(*goja.Object); ok {
			if sub := rec.set.byObj[obj]; sub != nil {
				out = append(out, recordedEntry{method: method, fn: v, sub: sub})
				return
			}
		}
		if _, ok := goja.AssertFunction(v); !ok {
			panic(vm.NewTypeError("handler for %s %s must be a function, got %s", methodName(method), where, describe(v)))
		}
		out = append(out, recordedEntry{method: method, fn: v})
	}
	for _, a := range args {
		flatten(a)
	}
	if len(out) == 0 {
		panic(vm.NewTypeError("%s %s: at least one handler function is required", methodName(method), where))
	}
	return out
}

func (rec *recorder) addEntries(l *recordedLayer, method string, args []goja.Value) {
	rec.checkOpen()
	l.entries = append(l.entries, rec.handlers(method, pathsString(l.paths), args)...)
}

// use records router.use([path], ...handlers): one layer per handler, as
// Express makes them.
func (rec *recorder) use(args []goja.Value) {
	rec.checkOpen()
	paths := []goja.Value{rec.vm().ToValue("/")}
	if len(args) > 0 && !isHandlerLike(rec, args[0]) {
		paths, args = rec.paths(args[0], false), args[1:]
	}
	for _, e := range rec.handlers("", pathsString(paths), args) {
		rec.layers = append(rec.layers, &recordedLayer{paths: paths, entries: []recordedEntry{e}})
	}
}

// isHandlerLike reports whether use's first argument is a handler (or an
// array whose first leaf is one) rather than a path.
func isHandlerLike(rec *recorder, v goja.Value) bool {
	for {
		obj, ok := v.(*goja.Object)
		if !ok {
			return false
		}
		if obj.ClassName() == "Array" {
			if obj.Get("length").ToInteger() == 0 {
				return false
			}
			v = obj.Get("0")
			continue
		}
		_, isFn := goja.AssertFunction(v)
		return isFn || rec.set.byObj[obj] != nil
	}
}

func (rec *recorder) param(name, fn goja.Value) {
	rec.checkOpen()
	vm := rec.vm()
	n, ok := name.Export().(string)
	if !ok || n == "" {
		panic(vm.NewTypeError("argument name must be a non-empty string"))
	}
	if _, ok := goja.AssertFunction(fn); !ok {
		panic(vm.NewTypeError("argument fn must be a function"))
	}
	rec.params = append(rec.params, recordedParam{name: n, fn: fn})
}

// routeObject is what router.route(path) returns: <method>(…) and all(…)
// add handlers to the same route.
func (rec *recorder) routeObject(l *recordedLayer) *goja.Object {
	vm := rec.vm()
	route := vm.NewObject()
	for _, m := range routerMethods {
		method := strings.ToUpper(m)
		jsutil.Must(route.Set(m, func(c goja.FunctionCall) goja.Value {
			rec.addEntries(l, method, c.Arguments)
			return route
		}))
	}
	jsutil.Must(route.Set("all", func(c goja.FunctionCall) goja.Value {
		rec.addEntries(l, "", c.Arguments)
		return route
	}))
	jsutil.Must(route.Set("path", l.paths[0]))
	return route
}

func pathsString(paths []goja.Value) string {
	s := make([]string, len(paths))
	for i, p := range paths {
		s[i] = p.String()
	}
	return strings.Join(s, ",")
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

// ---- compiled tables ----

// routeTable is the compiled, immutable shape of one router.
type routeTable struct {
	opts   routerOptions
	layers []layer
	index  *httprouter.Router // nil when no route is indexed
	params map[string][]int   // router.param callbacks: handler slots by parameter name
	slots  int                // the root table: how many handler slots all the tables use
	loose  []*routeTable      // the root table: routers never mounted, in creation order, called as functions
}

type layer struct {
	route   bool
	array   bool // registered with an array of paths
	pats    []*pathPattern
	src     string // the paths as registered, for shape checks and messages
	entries []entry
	methods map[string]bool // routes: the methods handled, upper-case; "" for all()
	indexed bool
}

// entry is one handler of a layer: a slot in the runtime's handler list, or
// a nested router.
type entry struct {
	method string
	slot   int
	sub    *routeTable
}

// handlesMethod is Express's Route._handlesMethod: all() takes everything,
// and HEAD falls back to GET.
func (l *layer) handlesMethod(m string) bool {
	if l.methods[""] {
		return true
	}
	if m == http.MethodHead && !l.methods[http.MethodHead] {
		m = http.MethodGet
	}
	return l.methods[m]
}

// allowed is Express's Route._methods: what an OPTIONS request lists.
func (l *layer) allowed() []string {
	var out []string
	for m := range l.methods {
		if m != "" {
			out = append(out, m)
		}
	}
	if l.methods[http.MethodGet] && !l.methods[http.MethodHead] {
		out = append(out, http.MethodHead)
	}
	return out
}

// hitList is the list of route layers registered for one indexed path; a
// lookup reports it through a hitSink.
type hitList struct{ layers []int }

// hitSink receives the hitList of the httprouter handle that a lookup found.
// httprouter hands its handle only an http.ResponseWriter, so the sink is one.
type hitSink struct {
	http.ResponseWriter
	list *hitList
}

const indexMethod = "ANY" // routes are indexed by path only; methods are checked per layer

// compilePath compiles one registered path: a string pattern, or a RegExp.
func compilePath(v goja.Value, route bool, opts routerOptions) (*pathPattern, error) {
	if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "RegExp" {
		return regexpPattern(obj.Get("source").String(), obj.Get("flags").String())
	}
	return parsePattern(v.String(), route, pathOptions{caseSensitive: opts.caseSensitive, strict: opts.strict})
}

// compiler builds the tables of one setup, numbering handler slots in the
// order binding walks them.
type compiler struct {
	tables map[*recorder]*routeTable
	slots  int
}

// compileTable builds the shared tables from the first runtime's recording.
func compileTable(root *recorder) (*routeTable, error) {
	c := &compiler{tables: map[*recorder]*routeTable{}}
	t, err := c.compile(root)
	if err != nil {
		return nil, err
	}
	for _, rec := range root.set.all {
		if c.tables[rec] != nil {
			continue
		}
		lt, err := c.compile(rec)
		if err != nil {
			return nil, err
		}
		t.loose = append(t.loose, lt)
	}
	t.slots = c.slots
	return t, nil
}

func (c *compiler) compile(rec *recorder) (*routeTable, error) {
	if t := c.tables[rec]; t != nil {
		return t, nil
	}
	t := &routeTable{opts: rec.opts, layers: make([]layer, len(rec.layers))}
	c.tables[rec] = t
	lists := map[string]*hitList{}
	for i, r := range rec.layers {
		l := &t.layers[i]
		l.route, l.array, l.src = r.route, r.array, pathsString(r.paths)
		for _, p := range r.paths {
			pat, err := compilePath(p, r.route, rec.opts)
			if err != nil {
				return nil, err
			}
			l.pats = append(l.pats, pat)
		}
		if r.route {
			l.methods = map[string]bool{}
		}
		for _, e := range r.entries {
			en := entry{method: e.method, slot: -1}
			if e.sub != nil {
				sub, err := c.compile(e.sub)
				if err != nil {
					return nil, err
				}
				en.sub = sub
			} else {
				en.slot = c.slots
				c.slots++
			}
			l.entries = append(l.entries, en)
			if r.route {
				l.methods[e.method] = true
			}
		}
		if !r.route || len(l.pats) != 1 {
			continue
		}
		key, ok := l.pats[0].indexKey()
		if !ok {
			continue
		}
		if hl, dup := lists[key]; dup {
			hl.layers = append(hl.layers, i)
			l.indexed = true
			continue
		}
		if t.index == nil {
			t.index = &httprouter.Router{} // no redirects, no 405, no automatic OPTIONS
		}
		hl := &hitList{layers: []int{i}}
		if tryHandle(t.index, key, hl) {
			lists[key] = hl
			l.indexed = true
		}
	}
	for _, p := range rec.params {
		if t.params == nil {
			t.params = map[string][]int{}
		}
		t.params[p.name] = append(t.params[p.name], c.slots)
		c.slots++
	}
	return t, nil
}

// tryHandle registers key in the httprouter tree, reporting false instead of
// panicking when httprouter cannot hold it beside what it already holds.
func tryHandle(r *httprouter.Router, key string, l *hitList) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	r.Handle(indexMethod, key, func(w http.ResponseWriter, _ *http.Request, _ httprouter.Params) {
		w.(*hitSink).list = l
	})
	return true
}

// handler is one bound handler function in one runtime.
type handler struct {
	fn    goja.Callable
	arity int64 // the function's length: 4 is an error handler
}

// binder binds a runtime's recording to the shared tables, checking that it
// has the same shape.
type binder struct {
	handlers []handler
	seen     map[*recorder]*routeTable
}

// bindHandlers checks a runtime's recording against the tables and returns
// its handlers, by slot.
func bindHandlers(root *recorder, t *routeTable) ([]handler, error) {
	b := &binder{handlers: make([]handler, t.slots), seen: map[*recorder]*routeTable{}}
	if err := b.bind(root, t, "router"); err != nil {
		return nil, err
	}
	n := 0
	for _, rec := range root.set.all {
		if _, ok := b.seen[rec]; ok {
			continue
		}
		if n == len(t.loose) {
			return nil, fmt.Errorf("%w: more routers were created than in the first runtime", ErrInconsistentSetup)
		}
		if err := b.bind(rec, t.loose[n], "a router created with express.Router()"); err != nil {
			return nil, err
		}
		n++
	}
	if n != len(t.loose) {
		return nil, fmt.Errorf("%w: fewer routers were created than in the first runtime", ErrInconsistentSetup)
	}
	root.set.tables = b.seen
	return b.handlers, nil
}

func (b *binder) bind(rec *recorder, t *routeTable, where string) error {
	if prev, ok := b.seen[rec]; ok {
		if prev != t {
			return fmt.Errorf("%w: %s is mounted differently", ErrInconsistentSetup, where)
		}
		return nil
	}
	b.seen[rec] = t
	if len(rec.layers) != len(t.layers) || rec.opts != t.opts {
		return fmt.Errorf("%w: %s has %d layers instead of %d", ErrInconsistentSetup, where, len(rec.layers), len(t.layers))
	}
	for i, r := range rec.layers {
		l := &t.layers[i]
		if r.route != l.route || pathsString(r.paths) != l.src || len(r.entries) != len(l.entries) {
			return fmt.Errorf("%w: %s layer %d is %s instead of %s", ErrInconsistentSetup, where, i, pathsString(r.paths), l.src)
		}
		for j, e := range r.entries {
			en := l.entries[j]
			if e.method != en.method || (e.sub == nil) != (en.sub == nil) {
				return fmt.Errorf("%w: %s layer %d (%s) handler %d differs", ErrInconsistentSetup, where, i, l.src, j)
			}
			if e.sub != nil {
				if err := b.bind(e.sub, en.sub, fmt.Sprintf("the router mounted at %s", l.src)); err != nil {
					return err
				}
				continue
			}
			b.handlers[en.slot] = newHandler(e.fn)
		}
	}
	seen := map[string]int{}
	for _, p := range rec.params {
		slots := t.params[p.name]
		k := seen[p.name]
		if k >= len(slots) {
			return fmt.Errorf("%w: %s has another router.param(%q)", ErrInconsistentSetup, where, p.name)
		}
		seen[p.name]++
		b.handlers[slots[k]] = newHandler(p.fn)
	}
	n := 0
	for _, s := range t.params {
		n += len(s)
	}
	if n != len(rec.params) {
		return fmt.Errorf("%w: %s has %d router.param callbacks instead of %d", ErrInconsistentSetup, where, len(rec.params), n)
	}
	return nil
}

func newHandler(v goja.Value) handler {
	fn, _ := goja.AssertFunction(v)
	return handler{fn: fn, arity: v.ToObject(nil).Get("length").ToInteger()}
}
