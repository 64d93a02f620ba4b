package jsenv

import (
	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jscrypto"
)

// The key objects, signatures, key derivation, ciphers and SubtleCrypto
// come from internal/jscrypto; its bindings evaluate their script only
// when a plugin first requires crypto, reads crypto.subtle or CryptoKey,
// so a runtime that never does pays for a struct.

// cryptoBindings are the runtime's jscrypto bindings, loaded: whatever
// asks for them has a use for them.
func (e *Env) cryptoBindings() *jscrypto.Bindings {
	if e.crypto == nil {
		e.crypto = jscrypto.New(e.vm, e.hold)
	}
	e.cryptoLoaded = true
	return e.crypto
}

// cryptoValue returns one of the bindings' values, throwing in the
// runtime if their script fails.
func (e *Env) cryptoValue(get func(*jscrypto.Bindings) (*goja.Object, error)) goja.Value {
	v, err := get(e.cryptoBindings())
	if err != nil {
		panic(e.vm.NewGoError(err))
	}
	return v
}

// hold is what jscrypto posts its asynchronous results through:
// Config.Hold, or without it a microtask that waits for the result, so
// that the work still completes (as offThread's does) on a runtime that
// has no loop.
func (e *Env) hold() func(func() error) {
	if e.cfg.Hold != nil {
		return e.cfg.Hold()
	}
	ch := make(chan func() error, 1)
	q, ok := goja.AssertFunction(e.vm.GlobalObject().Get("queueMicrotask"))
	if !ok {
		panic(e.vm.NewTypeError("crypto: asynchronous forms need an event loop"))
	}
	_, err := q(goja.Undefined(), e.vm.ToValue(func(goja.FunctionCall) goja.Value {
		if err := (<-ch)(); err != nil {
			panic(err)
		}
		return goja.Undefined()
	}))
	if err != nil {
		panic(err)
	}
	return func(fn func() error) { ch <- fn }
}

// cryptoNatives adds the Go half of the crypto wiring in node.js and
// web.js.
func (e *Env) cryptoNatives(n *goja.Object) {
	vm := e.vm
	set := func(name string, f func(goja.FunctionCall) goja.Value) { must(n.Set(name, f)) }
	// cryptoNode(): the functions merged into require("crypto").
	set("cryptoNode", func(goja.FunctionCall) goja.Value {
		return e.cryptoValue((*jscrypto.Bindings).Node)
	})
	// subtle(): crypto.subtle.
	set("subtle", func(goja.FunctionCall) goja.Value {
		return e.cryptoValue((*jscrypto.Bindings).Subtle)
	})
	// cryptoClasses(): {KeyObject, CryptoKey} once the bindings are
	// loaded, else null: no key can exist before.
	set("cryptoClasses", func(goja.FunctionCall) goja.Value {
		if !e.cryptoLoaded {
			return goja.Null()
		}
		o := vm.NewObject()
		must(o.Set("KeyObject", e.cryptoValue((*jscrypto.Bindings).Node).ToObject(vm).Get("KeyObject")))
		must(o.Set("CryptoKey", e.cryptoValue((*jscrypto.Bindings).CryptoKey)))
		return o
	})
	// keyMaterial(v): [type, secret ArrayBuffer or null] for a KeyObject
	// or CryptoKey, else null.
	set("keyMaterial", func(call goja.FunctionCall) goja.Value {
		if !e.cryptoLoaded {
			return goja.Null()
		}
		k, ok := e.crypto.Key(call.Argument(0))
		if !ok {
			return goja.Null()
		}
		if k.Type() == "secret" {
			return vm.NewArray("secret", vm.NewArrayBuffer(k.Secret()))
		}
		return vm.NewArray(k.Type(), goja.Null())
	})
}
