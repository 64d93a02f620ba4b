package jscrypto

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
	"github.com/dop251/goja_nodejs/require"

	"github.com/plugmux/plugmux/internal/jsloop"
)

// rt is a bare goja runtime with a jsloop, Buffer, and the bindings
// installed as the globals crypto (Node's functions), subtle and
// CryptoKey.
type rt struct {
	vm   *goja.Runtime
	loop *jsloop.Loop
	b    *Bindings
}

func newRT(t testing.TB) *rt {
	t.Helper()
	vm := goja.New()
	new(require.Registry).Enable(vm)
	buffer.Enable(vm)
	loop := jsloop.New(vm, func(err error) { t.Errorf("callback error: %v", err) })
	b := New(vm, loop.Hold)
	node, err := b.Node()
	if err != nil {
		t.Fatal(err)
	}
	subtle, err := b.Subtle()
	if err != nil {
		t.Fatal(err)
	}
	ck, err := b.CryptoKey()
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]any{"crypto": node, "subtle": subtle, "CryptoKey": ck} {
		if err := vm.Set(name, v); err != nil {
			t.Fatal(err)
		}
	}
	return &rt{vm: vm, loop: loop, b: b}
}

// await runs src as the body of an async function on the loop and returns
// what it resolves to; a rejection fails the test.
func (r *rt) await(t testing.TB, src string) goja.Value {
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
