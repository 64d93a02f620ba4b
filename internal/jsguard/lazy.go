package jsguard

import (
	"github.com/dop251/goja"
)

// lazyGroups are the globals guarded on first use, by group: a runtime
// that never touches a typed array does not pay for their proxies.
var lazyGroups = map[string]string{
	"ArrayBuffer": "buffers", "SharedArrayBuffer": "buffers",
	"Int8Array": "buffers", "Uint8Array": "buffers", "Uint8ClampedArray": "buffers",
	"Int16Array": "buffers", "Uint16Array": "buffers", "Int32Array": "buffers", "Uint32Array": "buffers",
	"Float32Array": "buffers", "Float64Array": "buffers", "BigInt64Array": "buffers", "BigUint64Array": "buffers",
	"JSON": "json", "Reflect": "reflect",
	"Set": "collections",
}

// lazyGlobals is put between the global object and its prototype. Install
// takes the lazy globals off the global object (keeping the originals);
// the first read of one of them goes on to this object, which guards its
// group and puts the guarded values back on the global object as the
// ordinary data properties they were. A plugin that assigns one of the
// names first shadows it, as with any global. Until a group is used,
// Object.getOwnPropertyNames(globalThis) does not list its names ("in"
// and reads find them), as with the environment's own lazy globals.
type lazyGlobals struct{ g *guard }

func (l lazyGlobals) Get(key string) goja.Value {
	group, ok := lazyGroups[key]
	if !ok || l.g.loading {
		return nil
	}
	if _, pending := l.g.originals[key]; !pending {
		return nil
	}
	l.g.load(group)
	return l.g.vm.GlobalObject().Get(key)
}

func (l lazyGlobals) Has(key string) bool {
	_, pending := l.g.originals[key]
	return pending && !l.g.loading
}

func (lazyGlobals) Set(string, goja.Value) bool { return false }
func (lazyGlobals) Delete(string) bool          { return false }
func (lazyGlobals) Keys() []string              { return nil }

// takeLazyGlobals moves the lazy globals off the global object into
// g.originals and puts lazyGlobals in the global object's prototype chain.
func (g *guard) takeLazyGlobals() {
	global := g.vm.GlobalObject()
	g.originals = make(map[string]goja.Value, len(lazyGroups))
	for name := range lazyGroups {
		v := global.Get(name)
		if v == nil || goja.IsUndefined(v) {
			continue
		}
		g.originals[name] = v
		if err := global.Delete(name); err != nil {
			panic(err)
		}
	}
	lazy := g.vm.NewDynamicObject(lazyGlobals{g})
	if err := lazy.SetPrototype(global.Prototype()); err != nil {
		panic(err)
	}
	if err := global.SetPrototype(lazy); err != nil {
		panic(err)
	}
}

// load guards a group: it restores the group's originals on the global
// object (writable, configurable, not enumerable, as goja defines them),
// then wraps them there.
//
// A name the plugin assigned before the group was used keeps the plugin's
// value; the guard then wraps the original where the global object no
// longer shows it (it stays reachable through the group's other members).
func (g *guard) load(group string) {
	global := g.vm.GlobalObject()
	g.loading = true
	defer func() { g.loading = false }()
	if g.loaded == nil {
		g.loaded = make(map[string]goja.Value)
	}
	for name, gr := range lazyGroups {
		if gr != group {
			continue
		}
		v, ok := g.originals[name]
		if !ok {
			continue
		}
		delete(g.originals, name)
		g.loaded[name] = v
		if own := global.Get(name); own != nil && !goja.IsUndefined(own) {
			continue // assigned by the plugin: shadows the original
		}
		if err := global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
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
	}
}
