package jscrypto

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkFirstUse measures what a runtime pays the first time a plugin
// touches crypto: evaluating the compiled-once script and building the
// module and SubtleCrypto objects. New itself allocates one small struct.
func BenchmarkFirstUse(b *testing.B) {
	vms := make([]*goja.Runtime, b.N)
	for i := range vms {
		vms[i] = goja.New()
	}
	hold := func() func(func() error) { return func(func() error) {} }
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bd := New(vms[i], hold)
		if _, err := bd.Node(); err != nil {
			b.Fatal(err)
		}
		if _, err := bd.Subtle(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignVerifyES256 is one ECDSA P-256 signature and its check
// through the JavaScript API.
func BenchmarkSignVerifyES256(b *testing.B) {
	r := newRT(b)
	fn, err := r.vm.RunString(`(() => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  const data = Buffer.from("header.payload");
  return () => crypto.verify("sha256", data, publicKey, crypto.sign("sha256", data, privateKey));
})()`)
	if err != nil {
		b.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if v, err := call(goja.Undefined()); err != nil || !v.ToBoolean() {
			b.Fatal(err)
		}
	}
}
