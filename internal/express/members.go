package express

import (
	_ "embed"
	"fmt"
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
// stand-in. express_extras.js is one group: its first name used defines
// all of its names. When node:http's classes replace the stand-in, every
// member not yet defined is defined first.
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
	defined []uint64        // bit i: table.list[i] was defined
	extras  map[string]bool // the names express_extras.js defines on obj
	fns     []goja.Value    // the function of each method defined, for its aliases
}

func newLazyProto(rt *Runtime, table *memberTable, extras map[string]bool) *lazyProto {
	return &lazyProto{
		rt: rt, obj: rt.vm.NewObject(), table: table, extras: extras,
		defined: make([]uint64, (len(table.list)+63)/64),
	}
}

// pending reports whether key names a member not defined yet.
func (p *lazyProto) pending(key string) bool {
	if i, ok := p.table.index[key]; ok {
		return p.defined[i/64]&(1<<(i%64)) == 0
	}
	return p.extras[key] && !p.rt.extrasDone
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
	if p.extras[key] && !p.rt.extrasDone {
		p.rt.installExtras()
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
	if !p.rt.extrasDone && len(p.extras) > 0 {
		p.rt.installExtras()
	}
}

// ---- express_extras.js ----

//go:embed express_extras.js
var extrasSource string

// extrasProgram is express_extras.js compiled, and the names it defines on
// req's and res's prototypes, found by running it once on a runtime of its
// own.
var extrasProgram = sync.OnceValue(func() (e struct {
	prog     *goja.Program
	req, res map[string]bool
	err      error
},
) {
	e.prog, e.err = goja.Compile("plugmux:express_extras.js", extrasSource, true)
	if e.err != nil {
		return e
	}
	vm := goja.New()
	req, res := vm.NewObject(), vm.NewObject()
	if e.err = runExtras(vm, e.prog, req, res, vm.NewObject(), vm.NewObject()); e.err != nil {
		return e
	}
	e.req, e.res = map[string]bool{}, map[string]bool{}
	for _, k := range req.GetOwnPropertyNames() {
		e.req[k] = true
	}
	for _, k := range res.GetOwnPropertyNames() {
		e.res[k] = true
	}
	return e
})

func runExtras(vm *goja.Runtime, prog *goja.Program, req, res, host, core *goja.Object) error {
	fnv, err := vm.RunProgram(prog)
	if err != nil {
		return fmt.Errorf("express extras: %w", err)
	}
	fn, _ := goja.AssertFunction(fnv)
	if _, err := fn(goja.Undefined(), req, res, host, core); err != nil {
		return fmt.Errorf("express extras: %w", err)
	}
	return nil
}

// installExtras runs express_extras.js on the runtime's prototypes. Its
// assignments reach the stand-in parents (lazyChain), which define them on
// the prototypes as they were marked done first.
func (rt *Runtime) installExtras() {
	rt.extrasDone = true
	e := extrasProgram()
	err := e.err
	if err == nil {
		err = runExtras(rt.vm, e.prog, rt.reqMembers.obj, rt.resMembers.obj, rt.extrasHost(), rt.preludeCore)
	}
	if err != nil {
		panic(rt.vm.NewGoError(err))
	}
}
