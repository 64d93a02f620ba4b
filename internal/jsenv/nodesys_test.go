package jsenv

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"log/slog"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsloop"
)

// What plugmux answers on purpose unlike the machine Node ran on: nothing
// of the host is visible.
func TestSystemModulesRevealNothing(t *testing.T) {
	runCases(t, []jsCase{
		{"os", `const os = require("os"); return [os.hostname(), os.homedir(), os.tmpdir(), os.release(), os.cpus().length, os.cpus()[0].model, os.totalmem(), JSON.stringify(os.networkInterfaces()), os.userInfo().username, os.loadavg().join()].join("|")`,
			"localhost|/|/tmp|0.0.0|1|plugmux|0|{}|plugin|0,0,0"},
		{"fsWrites", `const fs = require("fs"); const r = []; for (const f of [() => fs.writeFileSync("/x", "a"), () => fs.mkdirSync("/d"), () => fs.writeFileSync("/a/b", "x"), () => fs.openSync("/x", "w"), () => fs.appendFileSync("/", "x"), () => fs.readFileSync("/")]) { try { f(); r.push("ok"); } catch (e) { r.push(e.code + " " + e.message); } } return r.join("|")`,
			"EACCES EACCES: permission denied, open '/x'|EACCES EACCES: permission denied, mkdir '/d'|ENOENT ENOENT: no such file or directory, open '/a/b'|EACCES EACCES: permission denied, open '/x'|EISDIR EISDIR: illegal operation on a directory, open '/'|EISDIR EISDIR: illegal operation on a directory, read '/'"},
		{"fsWriteStream", `const w = require("fs").createWriteStream("/out.log"); return await new Promise((res) => w.on("error", (e) => res(e.code)))`, "EACCES"},
		{"noServers", `const r = []; for (const f of [() => require("http").createServer(), () => require("https").createServer(), () => require("net").createServer(), () => new (require("worker_threads").Worker)("x")]) { try { f(); r.push("ok"); } catch (e) { r.push(e.code + " " + e.message); } } return r.join("\n")`,
			"ERR_NOT_AVAILABLE http.createServer is not available to plugins: plugins do not listen; register routes on the router setup() receives\n" +
				"ERR_NOT_AVAILABLE https.createServer is not available to plugins: plugins do not listen; register routes on the router setup() receives\n" +
				"ERR_NOT_AVAILABLE net.createServer is not available to plugins: the host serves the plugin's router\n" +
				"ERR_NOT_AVAILABLE worker_threads.Worker is not available to plugins: the host gives a plugin more runtimes, not threads"},
	})
}

// process.stdout and process.stderr are streams that write whole lines to
// the plugin's log, stdout at info and stderr at error (what debug uses);
// fs.writeSync to descriptors 1 and 2 writes to them (what pino uses).
func TestStdioLogs(t *testing.T) {
	vm, loop, _, lines := newVM(t, Config{})
	got := run(t, vm, loop, `process.stdout.write("out "); process.stdout.write("line\nsecond"); process.stderr.write(Buffer.from("err line\n")); const ok = process.stdout.write("\n"); const n = require("fs").writeSync(2, "fd two\n"); require("fs").writeSync(1, Buffer.from("xfd one\n"), 1); await new Promise((r) => setTimeout(r, 1)); return ok + "," + n`)
	if got != "true,7" {
		t.Errorf("write returned %q", got)
	}
	want := []logLine{{slog.LevelInfo, "out line"}, {slog.LevelError, "err line"}, {slog.LevelInfo, "second"}, {slog.LevelError, "fd two"}, {slog.LevelInfo, "fd one"}}
	if len(*lines) != len(want) {
		t.Fatalf("log %v, want %v", *lines, want)
	}
	for i := range want {
		if (*lines)[i] != want[i] {
			t.Errorf("line %d: %v, want %v", i, (*lines)[i], want[i])
		}
	}
}

// MaxAllocBytes bounds each allocation the environment makes.
func TestMaxAllocBytes(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"Buffer.alloc", `Buffer.alloc(2000)`},
		{"Buffer.allocUnsafe", `Buffer.allocUnsafe(2000)`},
		{"Buffer.allocUnsafeSlow", `Buffer.allocUnsafeSlow(2000)`},
		{"Buffer.from", `Buffer.from("x".repeat(600))`},
		{"Buffer.from", `Buffer.from(new Array(2000).fill(1))`},
		{"Buffer.concat", `Buffer.concat([Buffer.alloc(600), Buffer.alloc(600)])`},
		{"TextEncoder.encode", `new TextEncoder().encode("é".repeat(600))`},
		{"structuredClone", `structuredClone({ a: "x".repeat(2000) })`},
		{"structuredClone", `structuredClone(new Array(200).fill(0))`},
		{"atob", `atob("QUFB".repeat(400))`},
		{"btoa", `btoa("a".repeat(900))`},
		{"zlib.gunzip", `require("zlib").gunzipSync(Buffer.from("` + gzipped(5000) + `", "base64"))`},
		{"zlib.inflate", `require("zlib").inflateSync(Buffer.from("` + deflated(5000) + `", "base64"))`},
	} {
		t.Run(c.name, func(t *testing.T) {
			vm, loop, _, _ := newVM(t, Config{MaxAllocBytes: 1000})
			got := run(t, vm, loop, `try { `+c.src+`; return "no error"; } catch (e) { return e.name + " " + e.code + " " + e.message; }`)
			if !strings.HasPrefix(got, "RangeError ERR_PLUGMUX_ALLOC_LIMIT "+c.name+": ") || !strings.HasSuffix(got, "(1000 bytes)") {
				t.Errorf("got %q", got)
			}
		})
	}
	// under the bound, all work; the default is DefaultMaxAllocBytes
	vm, loop, _, _ := newVM(t, Config{})
	got := run(t, vm, loop, `return [Buffer.alloc(1 << 20).length, Buffer.concat([Buffer.alloc(10), Buffer.alloc(5)]).length, structuredClone({ a: [1, 2] }).a.length, atob(btoa("ok")), new TextEncoder().encode("é").length].join()`)
	if got != "1048576,15,2,ok,2" {
		t.Errorf("got %q", got)
	}
	got = run(t, vm, loop, `try { Buffer.alloc(`+"65*1024*1024"+`); } catch (e) { return e.code; }`)
	if got != "ERR_PLUGMUX_ALLOC_LIMIT" || DefaultMaxAllocBytes != 64<<20 {
		t.Errorf("default bound: %q", got)
	}
}

// gzipped is base64 of n zero bytes, gzipped.
func gzipped(n int) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, _ = w.Write(make([]byte, n))
	_ = w.Close()
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// deflated is base64 of n zero bytes in zlib's format.
func deflated(n int) string {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	_, _ = w.Write(make([]byte, n))
	_ = w.Close()
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// zlib's callback and stream forms run off the runtime's goroutine through
// Config.Hold, here a real jsloop.Loop's.
func TestZlibOffThreadWithHold(t *testing.T) {
	var lp *jsloop.Loop
	holds := 0
	vm, loop, _, _ := newVM(t, Config{Hold: func() func(fn func() error) { holds++; return lp.Hold() }})
	lp = loop
	got := run(t, vm, loop, `const zlib = require("zlib"); const { promisify } = require("util"); const z = await promisify(zlib.gzip)("held"); const s = zlib.createGunzip(); const parts = []; s.on("data", (c) => parts.push(c)); s.end(z); await new Promise((r) => s.on("end", r)); return String(await promisify(zlib.gunzip)(z)) + "|" + Buffer.concat(parts)`)
	if got != "held|held" || holds != 3 {
		t.Errorf("got %q, %d holds (want 3: gzip, the stream's end, gunzip)", got, holds)
	}
}

// AsyncLocalStorage survives a callback the host's loop runs later, when
// the loop carries the context with CaptureContext and RunInContext.
func TestAsyncContextAcrossLoopCallbacks(t *testing.T) {
	vm, loop, e, _ := newVM(t, Config{})
	var captured []any
	must(vm.Set("later", func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		ctx := e.CaptureContext()
		captured = append(captured, ctx)
		hold := loop.Hold()
		go hold(func() error {
			return e.RunInContext(ctx, func() error { _, err := fn(goja.Undefined()); return err })
		})
		return goja.Undefined()
	}))
	got := run(t, vm, loop, `const { AsyncLocalStorage } = require("async_hooks"); const als = new AsyncLocalStorage(); const seen = []; await Promise.all(["a", "b"].map((id) => als.run({ id }, () => new Promise((res) => later(() => { seen.push(id + "=" + als.getStore().id); Promise.resolve().then(() => { seen.push(id + "~" + als.getStore().id); res(); }); }))))); await new Promise((r) => later(() => { seen.push("outside=" + als.getStore()); r(); })); return seen.sort().join()`)
	if got != "a=a,a~a,b=b,b~b,outside=undefined" {
		t.Errorf("got %q", got)
	}
	if e.CaptureContext() != nil {
		t.Error("a context is left current after the run")
	}
}

// HTTPClasses gives the Express layer node:http's classes, for req and res
// to inherit from: an object made from their prototypes alone (no
// constructor run) is a stream with Node's defaults.
func TestHTTPClasses(t *testing.T) {
	vm, loop, e, _ := newVM(t, Config{})
	in, out, err := e.HTTPClasses()
	if err != nil {
		t.Fatal(err)
	}
	must(vm.Set("IM", in))
	must(vm.Set("SR", out))
	got := run(t, vm, loop, `const { Readable, Stream } = require("stream"); const http = require("http"); const req = Object.create(IM.prototype); const res = Object.create(SR.prototype); return [IM === http.IncomingMessage, SR === http.ServerResponse, req instanceof Readable, res instanceof Stream, req.httpVersionMajor, req.httpVersion, typeof res.setHeader].join("|")`)
	if got != "true|true|true|true|1|1.1|function" {
		t.Errorf("got %q", got)
	}
}

// module.createRequire's require asks Config.Require (the host's modules)
// when the host gives it, else serves the node: built-ins.
func TestCreateRequireUsesConfigRequire(t *testing.T) {
	var vm *goja.Runtime
	var asked []string
	vm, loop, _, _ := newVM(t, Config{Require: func(name string) (goja.Value, error) {
		asked = append(asked, name)
		return vm.ToValue("host module " + name), nil
	}})
	got := run(t, vm, loop, `const req = require("node:module").createRequire("file:///plugin.js"); return req("host:kv") + "|" + req("crypto")`)
	if got != "host module host:kv|host module crypto" || len(asked) != 2 {
		t.Errorf("got %q, asked %v", got, asked)
	}
}

// process.getBuiltinModule (Node 20.16) returns a built-in by name, with or
// without "node:", and undefined for anything else, as Node 20 answers.
func TestGetBuiltinModule(t *testing.T) {
	vm, loop, _, _ := newVM(t, Config{})
	got := run(t, vm, loop, `const http = require("http"); let code; try { process.getBuiltinModule(1) } catch (e) { code = e.code }
		return [process.getBuiltinModule("node:http") === http, process.getBuiltinModule("http") === http, process.getBuiltinModule("nope"), process.getBuiltinModule("express"), code].join("|")`)
	// node -e 'console.log([process.getBuiltinModule("node:http") === require("http"), ..., code].join("|"))'
	if got != "true|true|||ERR_INVALID_ARG_TYPE" {
		t.Errorf("got %q", got)
	}
}

// JSON.parse's SyntaxErrors read as Node's (V8's messages, which
// jsonsyntax.go gives and internal/express's TestJSONErrorsAsNode checks on
// 11,041 texts); valid texts, revivers and the function's shape are
// untouched.
func TestJSONParseErrorsAsNode(t *testing.T) {
	vm, loop, _, _ := newVM(t, Config{})
	got := run(t, vm, loop, `const out = [];
		for (const s of ['{"broken":', "not json", "[1,]", '{"a":1}x', ""]) {
			try { JSON.parse(s); out.push("ok") } catch (e) { out.push(e.name + ": " + e.message + " | " + (e instanceof SyntaxError) + " | " + e.stack.split("\n")[0]) }
		}
		out.push(JSON.stringify(JSON.parse('{"a":[1,{"b":2}]}', (k, v) => typeof v === "number" ? v * 10 : v)), JSON.parse.name, JSON.parse.length);
		return out.join("\n")`)
	// node -e 'for (const s of [...]) try { JSON.parse(s) } catch (e) { console.log(e.name + ": " + e.message) }'
	want := strings.Join([]string{
		"SyntaxError: Unexpected end of JSON input | true | SyntaxError: Unexpected end of JSON input",
		`SyntaxError: Unexpected token 'o', "not json" is not valid JSON | true | SyntaxError: Unexpected token 'o', "not json" is not valid JSON`,
		"SyntaxError: Unexpected token ']', \"[1,]\" is not valid JSON | true | SyntaxError: Unexpected token ']', \"[1,]\" is not valid JSON",
		"SyntaxError: Unexpected non-whitespace character after JSON at position 7 | true | SyntaxError: Unexpected non-whitespace character after JSON at position 7",
		"SyntaxError: Unexpected end of JSON input | true | SyntaxError: Unexpected end of JSON input",
		`{"a":[10,{"b":20}]}`, "parse", "2",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
