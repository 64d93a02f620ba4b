package jscrypto_test

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsloop"
)

// envRT is a runtime with internal/jsenv's environment, which wires these
// bindings in as plugins get them: merged into require("crypto"), as
// crypto.subtle and crypto.webcrypto.subtle, CryptoKey as the global, and
// util.types knowing both key classes. __subtle is crypto.subtle.
type envRT struct {
	vm   *goja.Runtime
	loop *jsloop.Loop
}

func newEnvRT(t *testing.T) *envRT {
	t.Helper()
	vm := goja.New()
	loop := jsloop.New(vm, func(err error) { t.Errorf("callback error: %v", err) })
	e := jsenv.Install(vm, jsenv.Config{Hold: loop.Hold})
	must(0, vm.Set("require", func(call goja.FunctionCall) goja.Value {
		v, err := e.Module(call.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}))
	must(vm.RunString(`var __subtle = crypto.subtle;`))
	return &envRT{vm: vm, loop: loop}
}

// await runs src as the body of an async function on the loop and returns
// what it resolves to; a rejection fails the test.
func (r *envRT) await(t testing.TB, src string) goja.Value {
	t.Helper()
	v, err := r.vm.RunString("(async () => {\n" + src + "\n})()")
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	p := v.Export().(*goja.Promise)
	if err := r.loop.Run(func() bool { return p.State() != goja.PromiseStatePending }); err != nil {
		t.Fatalf("loop: %v", err)
	}
	if p.State() == goja.PromiseStateRejected {
		res := p.Result()
		if o, ok := res.(*goja.Object); ok {
			if s := o.Get("stack"); s != nil {
				t.Fatalf("rejected: %v\n%v", res, s)
			}
		}
		t.Fatalf("rejected: %v", res)
	}
	return p.Result()
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
