package jscrypto

import (
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsloop"
)

// newEnvRT is a runtime with jsenv's environment and these bindings wired
// in the way the environment will wire them: the Node functions merged
// into require("crypto"), SubtleCrypto as crypto.subtle and
// crypto.webcrypto.subtle, CryptoKey as the global, and util.types knowing
// both key classes. stream and http(s) are stand-ins: jws only subclasses
// Stream at load time, and jose only needs http for remote key sets.
func newEnvRT(t *testing.T) *rt {
	t.Helper()
	vm := goja.New()
	e := jsenv.Install(vm, jsenv.Config{})
	loop := jsloop.New(vm, func(err error) { t.Errorf("callback error: %v", err) })
	b := New(vm, loop.Hold)
	node := must(b.Node())
	subtle := must(b.Subtle())
	ck := must(b.CryptoKey())
	mod := must(e.Module("crypto")).ToObject(vm)
	for _, k := range node.Keys() {
		if err := mod.Set(k, node.Get(k)); err != nil {
			t.Fatal(err)
		}
	}
	web := vm.Get("crypto").ToObject(vm)
	must(0, web.Set("subtle", subtle))
	must(0, mod.Set("subtle", subtle))
	must(0, vm.Set("CryptoKey", ck))
	must(0, vm.Set("__node", node))
	must(0, vm.Set("__subtle", subtle))
	// jsenv's createHmac must take a KeyObject's secret (Bindings.Key).
	must(0, vm.Set("__crypto", mod))
	must(0, vm.Set("__secret", func(call goja.FunctionCall) goja.Value {
		k, ok := b.Key(call.Argument(0))
		if !ok {
			return call.Argument(0)
		}
		return vm.ToValue(vm.NewArrayBuffer(k.Secret()))
	}))
	must(vm.RunString(`{ const h = __crypto.createHmac; __crypto.createHmac = (alg, key) => h(alg, key instanceof __node.KeyObject ? new Uint8Array(__secret(key)) : key); }`))
	util := must(e.Module("util")).ToObject(vm)
	must(0, vm.Set("__types", util.Get("types")))
	must(vm.RunString(`__types.isKeyObject = (v) => v instanceof __node.KeyObject; __types.isCryptoKey = (v) => v instanceof CryptoKey;`))
	must(0, vm.Set("require", func(call goja.FunctionCall) goja.Value {
		name := strings.TrimPrefix(call.Argument(0).String(), "node:")
		switch name {
		case "stream":
			return must(vm.RunString(`(() => { const E = require("events"); class Stream extends E {} Stream.Stream = Stream; return Stream; })()`))
		case "http", "https":
			return vm.NewObject()
		}
		v, err := e.Module(name)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}))
	return &rt{vm: vm, loop: loop, b: b}
}

// TestJWTPackages runs jsonwebtoken and jose (bundled in testdata/jwt) on
// these bindings: Node's tokens verify, deterministic algorithms give
// Node's exact tokens, and ours verify with both libraries.
func TestJWTPackages(t *testing.T) {
	bundle, err := os.ReadFile("testdata/jwt/bundle.js")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/jwt/node-jwt.json")
	if err != nil {
		t.Fatal(err)
	}
	r := newEnvRT(t)
	fn := must(r.vm.RunScript("bundle.js", "(function (module, exports, require) {"+string(bundle)+"\n})"))
	call, _ := goja.AssertFunction(fn)
	m := r.vm.NewObject()
	exports := r.vm.NewObject()
	must(0, m.Set("exports", exports))
	if _, err := call(goja.Undefined(), m, exports, r.vm.Get("require")); err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			t.Fatalf("evaluate bundle: %s", ex.String())
		}
		t.Fatalf("evaluate bundle: %v", err)
	}
	must(0, r.vm.Set("B", m.Get("exports")))
	must(0, r.vm.Set("G", must(r.vm.RunString("("+string(golden)+")"))))
	var fails []string
	res := r.await(t, `
const fails = [];
const eq = (got, want, what) => { if (got !== want) fails.push(what + ": got " + got + " want " + want); };
for (const c of G.cases) {
  const what = c.lib + " " + c.alg + " " + JSON.stringify(c.payload).slice(0, 20);
  try {
    const pub = c.key ? G.keys[c.key].pub : G.secret, priv = c.key ? G.keys[c.key].priv : G.secret;
    if (c.lib === "jsonwebtoken") {
      eq(JSON.stringify(B.jwtVerify(c.token, pub, c.alg)), JSON.stringify(c.payload.iat ? Object.fromEntries(Object.entries(c.payload).filter(([k]) => k !== "iat")) : c.payload), what + " verifies Node's token");
      const mine = B.jwtSign(c.payload, priv, c.alg);
      if (c.deterministic) eq(mine, c.token, what + " same token as Node");
      eq(JSON.stringify(B.jwtVerify(mine, pub, c.alg)), JSON.stringify(B.jwtVerify(c.token, pub, c.alg)), what + " verifies ours");
    } else {
      eq(JSON.stringify(await B.joseVerify(c.token, pub, c.alg)), JSON.stringify(c.payload), what + " verifies Node's token");
      const mine = await B.joseSign(c.payload, priv, c.alg);
      if (c.deterministic) eq(mine, c.token, what + " same token as Node");
      eq(JSON.stringify(await B.joseVerify(mine, pub, c.alg)), JSON.stringify(c.payload), what + " verifies ours");
      eq(JSON.stringify(await B.joseJWK(pub, c.alg)), JSON.stringify(c.jwk), what + " exportJWK");
    }
  } catch (e) {
    fails.push(what + ": " + e + "\n" + e.stack);
  }
}
for (const c of G.errors) eq(B.jwtVerifyError(c.token, G.keys[c.key].pub, c.alg), c.err, "error " + c.what);
return fails;
`)
	if err := r.vm.ExportTo(res, &fails); err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		t.Error(f)
	}
}
