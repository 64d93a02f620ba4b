package express

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// The members of req's and res's prototypes are defined on first use.
//
// A goja function object costs a runtime most of a kilobyte, and req and
// res have about a hundred members (the Go methods and accessors of
// request.go and response.go, and the JavaScript of express_extras.js), of
// which a typical route uses a handful. So a runtime's prototypes start
// empty: the members are listed once per process (memberTable), and the
// stand-in parent of each prototype (lazyChain, stream.go) defines a member
// on the prototype when a lookup, an assignment or an `in` first reaches
// it there, and answers as the prototype would have. From then on the
// member is an ordinary property of the prototype, found without the
// stand-in. The JavaScript comes in two groups, each run whole when one of
// its names is first used: express_prelude.js, the core (listeners, req's
// stream, the loading of node:http's classes; also run when Go first needs
// one of its functions), and express_extras.js, the rest of Express's API.
// When node:http's classes replace the stand-in, every member not yet
// defined is defined first.
//
// What a plugin can see of this: until a member is used,
// Object.getOwnPropertyNames of a prototype and a for-in over req or res
// do not list it (the property itself, and "in", find it).

// member is one Go method or accessor of req's or res's prototype.
type member struct {
	name   string
	method func(x *exchange, call goja.FunctionCall) goja.Value
	get    func(x *exchange) goja.Value
	set    func(x *exchange, v goja.Value) // nil: read-only
	alias  int                             // ≥ 0: the same function as the member at that index
}

// memberTable lists the Go members of one prototype. It is built once per
// process and read only afterwards.
type memberTable struct {
	list  []member
	index map[string]int
}

func newMemberTable(build func(t *memberTable)) *memberTable {
	t := &memberTable{index: map[string]int{}}
	build(t)
	return t
}

func (t *memberTable) add(m member) {
	if _, dup := t.index[m.name]; dup {
		panic("express: member " + m.name + " defined twice")
	}
	t.index[m.name] = len(t.list)
	t.list = append(t.list, m)
}

// method adds a method, a function that finds its request by this.
func (t *memberTable) method(name string, fn func(x *exchange, call goja.FunctionCall) goja.Value) {
	t.add(member{name: name, method: fn, alias: -1})
}

// alias adds name as another name of the method of, as Express's
// res.header is res.set.
func (t *memberTable) alias(name, of string) {
	i, ok := t.index[of]
	if !ok || t.list[i].method == nil {
		panic("express: alias " + name + " of an unknown method " + of)
	}
	t.add(member{name: name, alias: i})
}

// accessor adds an accessor property; set nil makes it read-only.
func (t *memberTable) accessor(name string, get func(x *exchange) goja.Value, set func(x *exchange, v goja.Value)) {
	t.add(member{name: name, get: get, set: set, alias: -1})
}

// lazyProto is req's or res's prototype in one runtime, with the members
// of its table that are defined on it so far.
type lazyProto struct {
	rt      *Runtime
	obj     *goja.Object
	table   *memberTable
	isReq   bool
	defined []uint64     // bit i: table.list[i] was defined
	fns     []goja.Value // the function of each method defined, for its aliases
}

func newLazyProto(rt *Runtime, table *memberTable, isReq bool) *lazyProto {
	return &lazyProto{
		rt: rt, obj: rt.vm.NewObject(), table: table, isReq: isReq,
		defined: make([]uint64, (len(table.list)+63)/64),
	}
}

// group returns the script not run yet that defines key on this
// prototype, or nil.
func (p *lazyProto) group(key string) *jsGroup {
	for i, g := range jsGroups() {
		if !p.rt.groupDone[i] && ((p.isReq && g.req[key]) || (!p.isReq && g.res[key])) {
			return g
		}
	}
	return nil
}

// pending reports whether key names a member not defined yet.
func (p *lazyProto) pending(key string) bool {
	if i, ok := p.table.index[key]; ok {
		return p.defined[i/64]&(1<<(i%64)) == 0
	}
	return p.group(key) != nil
}

// readOnly reports whether key is a Go accessor without a setter.
func (p *lazyProto) readOnly(key string) bool {
	i, ok := p.table.index[key]
	return ok && p.table.list[i].get != nil && p.table.list[i].set == nil
}

// define defines the member key if it is pending, and reports whether it
// was.
func (p *lazyProto) define(key string) bool {
	if i, ok := p.table.index[key]; ok {
		if p.defined[i/64]&(1<<(i%64)) != 0 {
			return false
		}
		p.defineAt(i)
		return true
	}
	if g := p.group(key); g != nil {
		p.rt.runGroup(g.index)
		return true
	}
	return false
}

func (p *lazyProto) defineAt(i int) {
	p.defined[i/64] |= 1 << (i % 64)
	rt, m := p.rt, &p.table.list[i]
	switch {
	case m.alias >= 0:
		a := m.alias
		if p.defined[a/64]&(1<<(a%64)) == 0 {
			p.defineAt(a)
		}
		p.defineMethod(m.name, p.fn(a))
	case m.method != nil:
		fn := m.method
		p.defineMethod(m.name, rt.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return fn(rt.exch(call.This), call)
		}))
	default:
		get, set := m.get, m.set
		g := rt.vm.ToValue(func(call goja.FunctionCall) goja.Value { return get(rt.exch(call.This)) })
		var s goja.Value
		if set != nil {
			s = rt.vm.ToValue(func(call goja.FunctionCall) goja.Value {
				set(rt.exch(call.This), call.Argument(0))
				return goja.Undefined()
			})
		}
		jsutil.Must(p.obj.DefineAccessorProperty(m.name, g, s, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
}

// defineMethod defines a method as an assignment in a prototype with no
// parent would: writable, enumerable, configurable (not through [[Set]],
// which would reach the stand-in parent).
func (p *lazyProto) defineMethod(name string, fn goja.Value) {
	jsutil.Must(p.obj.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
	if p.fns == nil {
		p.fns = make([]goja.Value, len(p.table.list))
	}
	p.fns[p.table.index[name]] = fn
}

// fn is the function the method at i was defined with.
func (p *lazyProto) fn(i int) goja.Value { return p.fns[i] }

// defineAll defines every member not defined yet.
func (p *lazyProto) defineAll() {
	for i := range p.table.list {
		if p.defined[i/64]&(1<<(i%64)) == 0 {
			p.defineAt(i)
		}
	}
	for i := range jsGroups() {
		p.rt.runGroup(i)
	}
}

// ---- the JavaScript half: express_prelude.js and express_extras.js ----

//go:embed express_prelude.js
var preludeSource string

//go:embed express_extras.js
var extrasSource string

// jsGroup is a script that defines members of req's and res's prototypes:
// (function (reqProto, resProto, host, core) { ... }). It is compiled once
// per process, and the names it defines are found by running it once on a
// runtime of its own.
type jsGroup struct {
	index    int // in jsGroups
	prog     *goja.Program
	req, res map[string]bool
}

// The groups, in the order they must run: the prelude's core, whose result
// the extras use.
const (
	groupCore = iota
	groupExtras
)

var jsGroups = sync.OnceValue(func() []*jsGroup {
	return []*jsGroup{
		groupCore:   compileGroup(groupCore, "plugmux:express_prelude.js", preludeSource),
		groupExtras: compileGroup(groupExtras, "plugmux:express_extras.js", extrasSource),
	}
})

// compileGroup panics if src does not compile or run: it is this package's
// own code, which the tests run.
func compileGroup(index int, name, src string) *jsGroup {
	g := &jsGroup{index: index, prog: goja.MustCompile(name, src, true), req: map[string]bool{}, res: map[string]bool{}}
	vm := goja.New()
	req, res := vm.NewObject(), vm.NewObject()
	if _, err := runGroup(vm, g.prog, req, res, vm.NewObject(), vm.NewObject()); err != nil {
		panic(err)
	}
	for _, k := range req.GetOwnPropertyNames() {
		g.req[k] = true
	}
	for _, k := range res.GetOwnPropertyNames() {
		g.res[k] = true
	}
	return g
}

func runGroup(vm *goja.Runtime, prog *goja.Program, req, res, host, core *goja.Object) (goja.Value, error) {
	fnv, err := vm.RunProgram(prog)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	return fn(goja.Undefined(), req, res, host, core)
}

// preludeFns are the functions of express_prelude.js that Go calls.
type preludeFns struct {
	obj            *goja.Object  // all of them, for express_extras.js
	toBuffer, emit goja.Callable // from express_prelude.js
	pushChunk      goja.Callable // (req, err, chunk): the body to req's stream
	consumed       goja.Callable // (req): a parser read the body; req's stream has ended
	afterEnd       goja.Callable // (req): the response is over: req's 'end' (if unread) and 'close'
	aborted        goja.Callable // (req, err): the client left while req's stream was read
	reportError    goja.Callable // (res, err, cb, open): an error of res's stream
	load           goja.Callable // puts node:http's classes in the prototype chain
}

// prelude returns the functions of express_prelude.js, running it first if
// it has not run in this runtime.
func (rt *Runtime) prelude() *preludeFns {
	rt.runGroup(groupCore)
	return &rt.fns
}

// runGroup runs the group i on the runtime's prototypes, if it has not
// run: the core first. The prototypes are detached from their stand-in
// parents meanwhile, so that the script's assignments define its members
// on them as in an object without a parent.
func (rt *Runtime) runGroup(i int) {
	if rt.groupDone[i] {
		return
	}
	if i > groupCore {
		rt.runGroup(groupCore)
	}
	rt.groupDone[i] = true
	vm := rt.vm
	req, res := rt.reqMembers.obj, rt.resMembers.obj
	reqParent, resParent := req.Prototype(), res.Prototype()
	jsutil.Must(req.SetPrototype(nil))
	jsutil.Must(res.SetPrototype(nil))
	var host *goja.Object
	if i == groupCore {
		host = rt.preludeHost()
	} else {
		host = rt.extrasHost()
	}
	ret, err := runGroup(vm, jsGroups()[i].prog, req, res, host, rt.fns.obj)
	jsutil.Must(req.SetPrototype(reqParent))
	jsutil.Must(res.SetPrototype(resParent))
	if err != nil {
		panic(err) // a goja error: an interrupt (the request's time limit), say
	}
	if i == groupCore {
		obj := ret.ToObject(vm)
		fn := func(name string) goja.Callable {
			f, ok := goja.AssertFunction(obj.Get(name))
			if !ok {
				panic("express_prelude.js returned no function " + name)
			}
			return f
		}
		rt.fns = preludeFns{
			obj: obj, toBuffer: fn("toBuffer"), emit: fn("emit"), pushChunk: fn("pushChunk"),
			consumed: fn("consumed"), afterEnd: fn("afterEnd"), aborted: fn("aborted"),
			reportError: fn("reportError"), load: fn("load"),
		}
	}
}
