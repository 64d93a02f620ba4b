package jsguard

import (
	"fmt"
	"slices"
	"sync"

	"github.com/dop251/goja"
)

// lazyGroups are the globals guarded on first use, by group: a runtime
// that never touches a typed array does not pay for their proxies. A
// global belongs here only if nothing reaches it but its name (a built-in
// that a literal, a prototype or another built-in hands out is guarded at
// Install): eval, and BigInt in a runtime without BigInt (see lazyGroup).
var lazyGroups = map[string]string{
	"ArrayBuffer": "buffers", "SharedArrayBuffer": "buffers",
	"Int8Array": "buffers", "Uint8Array": "buffers", "Uint8ClampedArray": "buffers",
	"Int16Array": "buffers", "Uint16Array": "buffers", "Int32Array": "buffers", "Uint32Array": "buffers",
	"Float32Array": "buffers", "Float64Array": "buffers", "BigInt64Array": "buffers", "BigUint64Array": "buffers",
	"JSON": "json", "Reflect": "reflect",
	"Set": "collections", "DataView": "dataview",
	"eval": "eval", "BigInt": "bigint",
}

// lazyGroup answers the group of a global guarded on first use. BigInt
// is one only in a runtime without BigInt: there no BigInt value exists
// (every producer is refused), so BigInt.prototype.constructor cannot be
// reached without the name; with BigInt, (0n).constructor reaches it, and
// Install guards it at once.
func (g *guard) lazyGroup(name string) (string, bool) {
	group, ok := lazyGroups[name]
	if group == "bigint" && !g.cfg.DisableBigInt {
		return "", false
	}
	return group, ok
}

// builtinGlobal is one own property of the global object of a fresh goja
// runtime: its index (in builtinGlobals' order) and its attributes.
type builtinGlobal struct {
	index                              int
	writable, enumerable, configurable bool
}

// builtinGlobals lists the own properties of a fresh runtime's global
// object. goja builds each of them on first access; the list is read once
// per process, from a runtime of its own, and never changes afterwards.
var builtinGlobals = sync.OnceValue(func() map[string]builtinGlobal {
	vm := goja.New()
	v, err := vm.RunString(`Object.getOwnPropertyNames(globalThis).map(k => {
		const d = Object.getOwnPropertyDescriptor(globalThis, k);
		return [k, !!d.writable, !!d.enumerable, !!d.configurable];
	})`)
	if err != nil {
		panic(fmt.Sprintf("jsguard: listing goja's globals: %v", err))
	}
	var props [][]any
	if err := vm.ExportTo(v, &props); err != nil {
		panic(fmt.Sprintf("jsguard: listing goja's globals: %v", err))
	}
	out := make(map[string]builtinGlobal, len(props))
	for i, p := range props {
		out[p[0].(string)] = builtinGlobal{index: i, writable: p[1].(bool), enumerable: p[2].(bool), configurable: p[3].(bool)}
	}
	return out
})

// readOnlyGlobals are the names of builtinGlobals that are not writable
// (NaN, Infinity, undefined), which every Install takes at once.
var readOnlyGlobals = sync.OnceValue(func() []string {
	var names []string
	for name, p := range builtinGlobals() {
		if !p.writable {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
})

// copyProperties copies own properties, with their attributes, from one
// object to another: for a runtime whose global object was filled before
// Install. Compiled once per process.
var copyProperties = goja.MustCompile("jsguard-copy-globals", `(function (from, to, names) {
	for (const k of names) Object.defineProperty(to, k, Object.getOwnPropertyDescriptor(from, k));
})`, true)

// lazyGlobals is the prototype of the global object that Install puts in
// place of goja's own (which becomes unreachable from JavaScript). goja
// builds each built-in global on first access; the new global object
// starts empty, and a name's first read goes on to lazyGlobals, which
// takes the built-in from goja's global object then and defines it on the
// new one with its attributes, so that later reads find it there. A lazily
// guarded name guards its whole group first. So a built-in costs memory
// only once a plugin uses it, as it does in a runtime without the guard.
//
// What a plugin can see of this: until a built-in is used,
// Object.getOwnPropertyNames(globalThis) and hasOwnProperty do not list it
// ("in", typeof and reads find it); a plugin that assigns a built-in's name
// before reading it gets an ordinary (enumerable) global of that name, and
// deleting that brings the built-in back.
type lazyGlobals struct{ g *guard }

func (l lazyGlobals) Get(key string) goja.Value {
	p, ok := builtinGlobals()[key]
	if !ok {
		return l.g.takeAdded(key)
	}
	if l.g.isTaken(p.index) {
		return nil
	}
	if group, ok := l.g.lazyGroup(key); ok {
		l.g.load(group)
		return l.g.vm.GlobalObject().Get(key)
	}
	return l.g.take(key, p)
}

func (l lazyGlobals) Has(key string) bool {
	p, ok := builtinGlobals()[key]
	if !ok {
		return l.g.added(key) != nil
	}
	return !l.g.isTaken(p.index)
}

// added returns the value of key if it is an own property of goja's
// global object that is not a built-in and was not taken yet: one that a
// script or the Go program set before Install. (A value the global
// object's prototype chain gives too counts as inherited.)
func (g *guard) added(key string) goja.Value {
	if g.takenAdded[key] {
		return nil
	}
	return g.own(key)
}

// own reads the own property key of goja's global object, and only its
// own: with its prototype detached for the read, so that no getter a
// plugin put on Object.prototype runs with goja's global object as this
// (and hands it out, unguarded built-ins and all).
func (g *guard) own(key string) goja.Value {
	proto := g.builtins.Prototype()
	if proto != nil {
		if err := g.builtins.SetPrototype(nil); err != nil {
			panic(err)
		}
		defer func() {
			if err := g.builtins.SetPrototype(proto); err != nil {
				panic(err)
			}
		}()
	}
	return g.builtins.Get(key)
}

// takeAdded moves what added finds to the runtime's global object, as a
// writable, enumerable, configurable property (what an assignment or
// Runtime.Set makes; the original attributes are not visible to Go), and
// returns it.
func (g *guard) takeAdded(key string) goja.Value {
	v := g.added(key)
	if v == nil {
		return nil
	}
	if g.takenAdded == nil {
		g.takenAdded = make(map[string]bool)
	}
	g.takenAdded[key] = true
	if v == g.builtins {
		v = g.vm.GlobalObject()
	}
	if err := g.vm.GlobalObject().DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		panic(err)
	}
	return v
}

func (lazyGlobals) Set(string, goja.Value) bool { return false }
func (lazyGlobals) Delete(string) bool          { return false }
func (lazyGlobals) Keys() []string              { return nil }

func (g *guard) isTaken(i int) bool { return g.taken[i/64]&(1<<(i%64)) != 0 }

func (g *guard) markTaken(i int) { g.taken[i/64] |= 1 << (i % 64) }

// take moves the built-in global key from goja's global object to the
// runtime's, with its attributes, and returns it.
func (g *guard) take(key string, p builtinGlobal) goja.Value {
	g.markTaken(p.index)
	v := g.own(key)
	if v == nil {
		return nil
	}
	if v == g.builtins {
		// globalThis, read before Install (in a runtime that was not
		// fresh): the old global object must not be reachable.
		v = g.vm.GlobalObject()
	}
	flag := func(b bool) goja.Flag {
		if b {
			return goja.FLAG_TRUE
		}
		return goja.FLAG_FALSE
	}
	if err := g.vm.GlobalObject().DefineDataProperty(key, v, flag(p.writable), flag(p.configurable), flag(p.enumerable)); err != nil {
		panic(err)
	}
	return v
}

// replaceGlobalObject gives vm a new, empty global object whose prototype
// is lazyGlobals, and keeps goja's own in g.builtins (see lazyGlobals).
// Install calls it first.
func (g *guard) replaceGlobalObject() {
	builtins := g.vm.GlobalObject()
	globals := builtinGlobals()
	g.taken = make([]uint64, (len(globals)+63)/64)
	global := g.vm.NewObject()
	lazy := g.vm.NewDynamicObject(lazyGlobals{g})
	if err := lazy.SetPrototype(builtins.Prototype()); err != nil {
		panic(err)
	}
	if err := global.SetPrototype(lazy); err != nil {
		panic(err)
	}
	g.builtins = builtins
	g.vm.SetGlobalObject(global)
	// What cannot be assigned (NaN, Infinity, undefined) is taken at once:
	// an assignment before the first read must fail as it does on the
	// built-in property.
	for _, name := range readOnlyGlobals() {
		g.take(name, globals[name])
	}
	// A runtime whose environment was installed first: what it added to
	// the global object is copied over at once, with its attributes (a
	// script or the Go program that set globals before Install without
	// the environment gets them on first read: see added). Listing the
	// names builds every built-in of goja's global object: in this order
	// Install costs what it saves in the other.
	obj, _ := global.Get("Object").(*goja.Object)
	if obj == nil || builtins.Prototype() == obj.Get("prototype") {
		return
	}
	var extra []string
	for _, name := range builtins.GetOwnPropertyNames() {
		if _, ok := globals[name]; !ok {
			extra = append(extra, name)
		}
	}
	f, err := g.vm.RunProgram(copyProperties)
	if err != nil {
		panic(err)
	}
	cp, _ := goja.AssertFunction(f)
	if _, err := cp(nil, builtins, global, g.vm.ToValue(extra)); err != nil {
		panic(err)
	}
	g.takenAdded = make(map[string]bool, len(extra))
	for _, name := range extra {
		g.takenAdded[name] = true
	}
}

// load guards a group: it takes the group's built-ins from goja's global
// object onto the runtime's, then wraps them there.
//
// A name the plugin assigned before the group was used keeps the plugin's
// value; the guard then wraps the original where the global object no
// longer shows it (it stays reachable through the group's other members).
func (g *guard) load(group string) {
	global := g.vm.GlobalObject()
	globals := builtinGlobals()
	if g.loaded == nil {
		g.loaded = make(map[string]goja.Value)
	}
	var names []string
	for name, gr := range lazyGroups {
		if p, ok := globals[name]; ok && gr == group && !g.isTaken(p.index) {
			g.markTaken(p.index)
			names = append(names, name)
		}
	}
	for _, name := range names {
		p := globals[name]
		if own := global.Get(name); own != nil && !goja.IsUndefined(own) {
			// assigned by the plugin: shadows the original
			g.loaded[name] = g.own(name)
			continue
		}
		g.loaded[name] = g.take(name, p)
	}
	switch group {
	case "buffers":
		g.installBuffers()
	case "json":
		g.installJSON()
	case "reflect":
		g.installReflect()
	case "collections":
		g.installCollections()
	case "dataview":
		g.installDataView()
	case "eval":
		g.installEval()
	case "bigint":
		g.installBigInt()
	}
}
