// Package jsenv is the JavaScript environment of a plugin runtime: the web
// and Node globals (URL, TextEncoder, Buffer, crypto, fetch's classes,
// process, ...), console formatting like Node's util.format, and the node:
// built-in modules.
//
// Most of it is JavaScript (inspect.js, web.js, node.js), compiled once per
// process and evaluated in a runtime only when the runtime first touches one
// of the globals it defines, in two parts (web and node), so a plugin that
// uses none of them pays little per runtime. What JavaScript cannot do
// itself (hashes, random numbers, UTF-8, base64) is done by Go functions in
// natives.go; Buffer, URL and URLSearchParams come from goja_nodejs,
// completed and corrected in node.js. crypto's keys, signatures, key
// derivation, ciphers and SubtleCrypto are internal/jscrypto's, built when
// a plugin first requires crypto or reads crypto.subtle or CryptoKey
// (crypto.go); Intl and the locale methods of Date, Number, BigInt and
// String are internal/jsintl's, installed with the environment so that
// Date#toString prints as Node's from the first line.
package jsenv

import (
	_ "embed"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
	nodeurl "github.com/dop251/goja_nodejs/url"

	"github.com/plugmux/plugmux/internal/jscrypto"
	"github.com/plugmux/plugmux/internal/jsintl"
)

//go:embed inspect.js
var inspectJS string

//go:embed web.js
var webJS string

//go:embed node.js
var nodeJS string

//go:embed stream.js
var streamJS string

//go:embed nodesys.js
var nodesysJS string

//go:embed zlib.js
var zlibJS string

//go:embed webstreams.js
var webstreamsJS string

var (
	compileOnce sync.Once
	program     *goja.Program
	compileErr  error
)

func compiled() (*goja.Program, error) {
	compileOnce.Do(func() {
		src := "(function (native) {\n" + inspectJS + "\n" + webJS + "\n" + nodeJS + "\n" + streamJS + "\n" + nodesysJS + "\n" + zlibJS + "\n" + webstreamsJS + `
var cache = {};
function I() { return cache.inspect || (cache.inspect = makeInspect()); }
function W() { return cache.web || (cache.web = makeWeb()); }
function N() { return cache.node || (cache.node = makeNode()); }
function S() { return cache.streams || (cache.streams = makeWebStreams()); }
return {
  inspect: I,
  web: function () {
    var w = W();
    return {
      DOMException: w.DOMException, Event: w.Event, CustomEvent: w.CustomEvent, EventTarget: w.EventTarget,
      AbortController: w.AbortController, AbortSignal: w.AbortSignal,
      TextEncoder: w.TextEncoder, TextDecoder: w.TextDecoder, atob: w.atob, btoa: w.btoa,
      structuredClone: w.structuredClone, performance: w.performance, crypto: w.crypto,
      WeakRef: w.WeakRef, FinalizationRegistry: w.FinalizationRegistry,
    };
  },
  node: function () {
    var n = N();
    return { URL: n.URL, process: n.process, fetch: n.fetch, Headers: n.Headers, Request: n.Request, Response: n.Response };
  },
  streams: function () { return S(); },
  module: function (name) { return N().modules[name](); },
};
})`
		program, compileErr = goja.Compile("plugmux:env.js", src, true)
	})
	return program, compileErr
}

// Config is what the environment needs from its host.
type Config struct {
	// Log writes a console line at a level.
	Log func(level slog.Level, msg string)
	// Env is process.env: nothing of the host's own environment.
	Env map[string]string
	// Fetch implements the native half of fetch:
	// (method, url, [name, value, ...], body Uint8Array|null, redirect, callback(err, res)) → cancel().
	// If nil, fetch rejects every request.
	Fetch func(call goja.FunctionCall) goja.Value
	// OnError receives errors thrown by event listeners (as Node reports
	// uncaught exceptions). If nil, they are logged at error level.
	OnError func(err error)
	// Require serves module.createRequire's require (the banner of the
	// bundling recipe): the host's modules by import name. If nil, it
	// serves the node: built-ins only.
	Require func(name string) (goja.Value, error)
	// Hold registers Go work in progress (a zlib or crypto callback, a
	// zlib stream, a SubtleCrypto Promise) on the runtime's goroutine and
	// returns the function that posts its completion to the runtime's
	// loop, exactly once, from any goroutine: jsloop.Loop.Hold. If nil,
	// the runtime waits for that work and completes it in a microtask.
	Hold func() func(fn func() error)
	// MaxAllocBytes bounds one allocation the environment makes for a
	// plugin (Buffer.alloc/from/concat, TextEncoder.encode, structuredClone,
	// atob/btoa, zlib output...): past it they throw a RangeError. If zero,
	// DefaultMaxAllocBytes.
	MaxAllocBytes int64
	// NoBigInt says that the runtime has no BigInt (jsguard's
	// Config.DisableBigInt): Buffer's readBig* and writeBig* methods throw
	// jsguard's TypeError then (process.hrtime.bigint calls the global
	// BigInt, which throws it already).
	NoBigInt bool
	// HostTracksAsync says that the host installs the runtime's async
	// context tracker and carries the environment's context (see Tracker
	// and SwapContext) along with its own; the environment then installs
	// none of its own.
	HostTracksAsync bool
	// Console builds the global console, on the first read of it: a
	// runtime that never logs does not pay for its methods. It is
	// defined as Node defines it (writable, configurable, not
	// enumerable). If nil, there is no global console.
	Console func() goja.Value
}

// DefaultMaxAllocBytes is Config.MaxAllocBytes's default: 64 MiB.
const DefaultMaxAllocBytes = 64 << 20

// Globals are the names Install defines lazily on the global object.
var Globals = []string{
	"URL", "URLSearchParams", "Buffer",
	"DOMException", "Event", "CustomEvent", "EventTarget", "AbortController", "AbortSignal",
	"TextEncoder", "TextDecoder", "atob", "btoa", "structuredClone", "performance", "crypto", "CryptoKey",
	"WeakRef", "FinalizationRegistry",
	"process", "fetch", "Headers", "Request", "Response",
	"ReadableStream", "ReadableStreamDefaultReader", "WritableStream", "WritableStreamDefaultWriter", "TransformStream",
	"TextEncoderStream", "TextDecoderStream", "CountQueuingStrategy", "ByteLengthQueuingStrategy", "Blob", "File", "FormData",
}

// Env is the environment of one runtime.
type Env struct {
	vm      *goja.Runtime
	cfg     Config
	loaded  map[string]bool       // the parts loaded so far
	native  *goja.Object          // the Go functions the script uses
	err     error                 // the script failed: the environment is unusable
	values  map[string]goja.Value // the globals, once loaded
	exports *goja.Object          // what the environment's script returned
	modules map[string]goja.Value // built-in modules required so far
	urlMod  *goja.Object          // goja_nodejs's url module
	format  goja.Callable         // util.format over an array

	builtins *goja.Object // the global object's prototype before Install
	pending  int          // built-ins to complete on first read (pendingStackAPI...)

	siteProto *goja.Object // CallSite.prototype, once Error.prepareStackTrace is used
	siteKey   *goja.Symbol // where a call site keeps its frame

	crypto       *jscrypto.Bindings // built when first needed
	cryptoLoaded bool               // a plugin used crypto: its keys may exist

	refused  map[string]bool // origins whose refused fetch was logged
	tracking bool            // the async context tracker is installed
	asyncCtx goja.Value      // AsyncLocalStorage's current context: a Map, or nil
}

// Install adds the environment to vm: global, and the Globals, which load
// on first use. They are found through the global object's prototype, a Go
// object that knows their names, so installing costs a few allocations; a
// part, once loaded, puts its values on the global object itself, and a
// plugin that assigns one of the names first simply shadows it.
func Install(vm *goja.Runtime, cfg Config) *Env {
	e := &Env{vm: vm, cfg: cfg}
	g := vm.GlobalObject()
	must(g.DefineDataProperty("global", g, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	lazy := vm.NewDynamicObject(lazyGlobals{e})
	e.builtins = g.Prototype()
	must(lazy.SetPrototype(e.builtins))
	must(g.SetPrototype(lazy))
	// Error's stack API, JSON.parse's messages and Symbol.asyncIterator
	// complete built-ins that cost a runtime about 18 KB once named: when
	// the global object does not own them yet (jsguard's takes each from
	// goja's on its first read), they are completed on that read, which
	// comes here.
	if e.ownGlobal("Error") {
		e.installStackAPI()
	} else {
		e.pending |= pendingStackAPI
	}
	if e.ownGlobal("JSON") {
		e.installJSONErrors()
	} else {
		e.pending |= pendingJSONErrors
	}
	if !e.ownGlobal("Symbol") {
		e.pending |= pendingAsyncIterator
	}
	must(jsintl.InstallOptions(vm, jsintl.Options{NoBigInt: cfg.NoBigInt}))
	return e
}

// The built-ins completed on first read (Env.pending).
const (
	pendingStackAPI = 1 << iota
	pendingJSONErrors
	pendingAsyncIterator // Symbol.asyncIterator (see defineAsyncIterator)
)

// ownGlobal reports whether the global object owns key (rather than
// finding it through its prototype).
func (e *Env) ownGlobal(key string) bool {
	vm := e.vm
	hasOwn, ok := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm).Get("hasOwnProperty"))
	if !ok {
		return true
	}
	own, err := hasOwn(vm.GlobalObject(), vm.ToValue(key))
	return err != nil || own.ToBoolean()
}

// completeBuiltin reads key past the environment (which puts it on the
// global object) and completes it.
func (e *Env) completeBuiltin(key string, flag int) goja.Value {
	e.pending &^= flag
	v := e.builtins.Get(key)
	switch flag {
	case pendingStackAPI:
		e.installStackAPI()
	case pendingJSONErrors:
		e.installJSONErrors()
	case pendingAsyncIterator:
		defineAsyncIterator(e.vm)
	}
	return v
}

// defineAsyncIterator gives goja the well-known Symbol.asyncIterator it
// lacks, as the symbol esbuild's lowered for-await and async generators
// fall back to (Symbol.for("Symbol.asyncIterator")), so that both agree.
// It is done when the environment's script first runs, or on the first
// read of Symbol when the global object takes it from goja's then
// (jsguard's), not at Install: touching Symbol costs a runtime 8 KB, and
// code that never names Symbol finds the same one through esbuild's
// fallback.
func defineAsyncIterator(vm *goja.Runtime) {
	sym := vm.GlobalObject().Get("Symbol").ToObject(vm)
	if v := sym.Get("asyncIterator"); v != nil && !goja.IsUndefined(v) {
		return
	}
	forFn, _ := goja.AssertFunction(sym.Get("for"))
	v, err := forFn(sym, vm.ToValue("Symbol.asyncIterator"))
	must(err)
	must(sym.DefineDataProperty("asyncIterator", v, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
}

// lazyGlobals is the prototype of the global object: it answers for the
// Globals not loaded yet.
type lazyGlobals struct{ e *Env }

func (l lazyGlobals) Get(key string) goja.Value {
	switch {
	case key == "Error" && l.e.pending&pendingStackAPI != 0:
		return l.e.completeBuiltin(key, pendingStackAPI)
	case key == "JSON" && l.e.pending&pendingJSONErrors != 0:
		return l.e.completeBuiltin(key, pendingJSONErrors)
	case key == "Symbol" && l.e.pending&pendingAsyncIterator != 0:
		return l.e.completeBuiltin(key, pendingAsyncIterator)
	case key == "console" && l.e.cfg.Console != nil:
		return l.e.console()
	}
	part, ok := partOf[key]
	if !ok {
		return nil
	}
	l.e.load(part)
	return l.e.values[key]
}

func (l lazyGlobals) Has(key string) bool {
	if key == "console" {
		return l.e.cfg.Console != nil
	}
	_, ok := partOf[key]
	return ok
}

// console builds the global console (Config.Console) and defines it on the
// global object, where later reads find it. The global object asks only
// while it has no console of its own, so it is built once; a plugin that
// assigns console before reading it keeps its own.
func (e *Env) console() goja.Value {
	v := e.cfg.Console()
	must(e.vm.GlobalObject().DefineDataProperty("console", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return v
}

func (lazyGlobals) Set(string, goja.Value) bool { return false }
func (lazyGlobals) Delete(string) bool          { return false }
func (lazyGlobals) Keys() []string              { return nil }

// partOf says which part of the environment defines each global: parts
// load separately, so a plugin that only logs does not pay for Buffer.
var partOf = map[string]string{
	"DOMException": "web", "Event": "web", "CustomEvent": "web", "EventTarget": "web",
	"AbortController": "web", "AbortSignal": "web", "TextEncoder": "web", "TextDecoder": "web",
	"atob": "web", "btoa": "web", "structuredClone": "web", "performance": "web", "crypto": "web", "CryptoKey": "cryptokey",
	"WeakRef": "web", "FinalizationRegistry": "web",
	"URL": "node", "URLSearchParams": "node", "Buffer": "node",
	"process": "node", "fetch": "node", "Headers": "node", "Request": "node", "Response": "node",
	"ReadableStream": "streams", "ReadableStreamDefaultReader": "streams", "WritableStream": "streams",
	"WritableStreamDefaultWriter": "streams", "TransformStream": "streams", "TextEncoderStream": "streams",
	"TextDecoderStream": "streams", "CountQueuingStrategy": "streams", "ByteLengthQueuingStrategy": "streams",
	"Blob": "streams", "File": "streams", "FormData": "streams",
}

// base evaluates the environment's script in the runtime, once; the parts
// it returns build themselves on first call.
func (e *Env) base() {
	if e.exports != nil {
		return
	}
	if e.err != nil {
		panic(e.vm.NewGoError(e.err))
	}
	e.values = map[string]goja.Value{}
	e.err = func() error {
		prog, err := compiled()
		if err != nil {
			return fmt.Errorf("jsenv: %w", err)
		}
		fn, err := e.vm.RunProgram(prog)
		if err != nil {
			return fmt.Errorf("jsenv: %w", err)
		}
		call, _ := goja.AssertFunction(fn)
		e.native = e.natives()
		defineAsyncIterator(e.vm)
		res, err := call(goja.Undefined(), e.native)
		if err != nil {
			return fmt.Errorf("jsenv: %w", err)
		}
		e.exports = res.ToObject(e.vm)
		return nil
	}()
	if e.err != nil {
		panic(e.vm.NewGoError(e.err))
	}
}

// load builds one part ("web" or "node") and replaces the accessors of its
// globals with their values.
func (e *Env) load(part string) {
	e.base()
	if e.loaded[part] {
		return
	}
	if e.loaded == nil {
		e.loaded = map[string]bool{}
	}
	e.loaded[part] = true
	vm := e.vm
	if part == "cryptokey" {
		e.values["CryptoKey"] = e.cryptoValue((*jscrypto.Bindings).CryptoKey)
		e.define(part)
		return
	}
	if part == "node" {
		bufMod := e.nodeModule(buffer.Require)
		bufCtor := bufMod.Get("Buffer").ToObject(vm)
		// a function's name: read-only, configurable, not enumerable (it
		// was enumerable, and for-in copies of Buffer's statics, as
		// safe-buffer makes, then wrote it)
		must(bufCtor.DefineDataProperty("name", vm.ToValue("Buffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		if e.cfg.NoBigInt {
			disableBigIntMethods(vm, bufCtor.Get("prototype").ToObject(vm))
		}
		e.values["Buffer"] = bufCtor
		e.urlMod = e.nodeModule(nodeurl.Require)
		usp := e.urlMod.Get("URLSearchParams").ToObject(vm)
		// a class's prototype is read-only, as Node's is
		must(usp.DefineDataProperty("prototype", usp.Get("prototype"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
		e.values["URLSearchParams"] = usp
		must(e.native.Set("Buffer", bufCtor))
		must(e.native.Set("URL", e.urlMod.Get("URL")))
		must(e.native.Set("URLSearchParams", e.urlMod.Get("URLSearchParams")))
	}
	f, _ := goja.AssertFunction(e.exports.Get(part))
	res, err := f(goja.Undefined())
	if err != nil {
		panic(err)
	}
	obj := res.ToObject(vm)
	for _, k := range obj.Keys() {
		e.values[k] = obj.Get(k)
	}
	e.define(part)
}

// define replaces the accessors of a loaded part's globals with their
// values.
func (e *Env) define(part string) {
	g := e.vm.GlobalObject()
	for _, name := range Globals {
		if partOf[name] != part {
			continue
		}
		if cur := g.Get(name); cur != nil && !cur.SameAs(e.values[name]) {
			continue // a global the plugin assigned before it loaded stays
		}
		must(g.DefineDataProperty(name, e.values[name], goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
}

// nodeModule builds one of goja_nodejs's modules without its require
// registry (which must not see plugin URLs).
func (e *Env) nodeModule(req func(*goja.Runtime, *goja.Object)) *goja.Object {
	m := e.vm.NewObject()
	must(m.Set("exports", e.vm.NewObject()))
	req(e.vm, m)
	return m.Get("exports").ToObject(e.vm)
}

// Format formats console arguments as Node's util.format does.
func (e *Env) Format(args []goja.Value) string {
	if len(args) == 1 {
		if _, isSym := args[0].(*goja.Symbol); !isSym {
			if s, ok := args[0].Export().(string); ok {
				return s
			}
		}
	}
	e.base()
	if e.format == nil {
		lib, err := e.call("inspect")
		if err != nil {
			panic(err)
		}
		e.format, _ = goja.AssertFunction(lib.ToObject(e.vm).Get("formatArgs"))
	}
	f := e.format
	arr := make([]any, len(args))
	for i, a := range args {
		arr[i] = a
	}
	v, err := f(goja.Undefined(), e.vm.NewArray(arr...))
	if err != nil {
		panic(err)
	}
	return v.String()
}

// builtins maps each supported module name (without "node:") to the
// module's key in the environment; "" marks modules assembled in Go.
var builtins = map[string]string{
	"assert": "assert", "assert/strict": "assert/strict", "buffer": "buffer", "crypto": "crypto",
	"events": "events", "path": "path", "path/posix": "path", "querystring": "querystring",
	"string_decoder": "string_decoder", "url": "url", "util": "util", "util/types": "",
	"process": "", "timers": "",
	"stream": "stream", "stream/promises": "stream/promises", "stream/web": "stream/web", "tty": "tty", "os": "os",
	"fs": "fs", "fs/promises": "fs/promises", "net": "net", "http": "http", "https": "https",
	"worker_threads": "worker_threads", "perf_hooks": "perf_hooks", "diagnostics_channel": "diagnostics_channel",
	"async_hooks": "async_hooks", "module": "module", "zlib": "zlib", "http2": "http2", "tls": "tls",
	"_stream_readable": "", "_stream_writable": "", "_stream_duplex": "", "_stream_transform": "", "_stream_passthrough": "",
}

// unavailable are Node's modules a plugin cannot have, and why.
var unavailable = map[string]string{
	"child_process": "a plugin cannot start processes",
	"cluster":       "a plugin cannot fork workers; the host runs several runtimes per plugin",
	"dgram":         "a plugin cannot open sockets; use fetch for outbound HTTP",
	"dns":           "a plugin cannot resolve names itself; fetch resolves them",
	"inspector":     "the runtime has no inspector",
	"repl":          "a plugin has no terminal",
	"readline":      "a plugin has no terminal",
	"vm":            "plugins cannot create JavaScript contexts",
	"v8":            "the runtime is not V8",
	"wasi":          "the runtime has no WebAssembly",
}

// Builtins lists the supported node: modules, sorted.
func Builtins() []string {
	names := make([]string, 0, len(builtins))
	for n := range builtins {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// IsBuiltin reports whether name ("crypto" or "node:crypto") is a supported
// built-in module.
func IsBuiltin(name string) bool {
	_, ok := builtins[strings.TrimPrefix(name, "node:")]
	return ok
}

// IsNodeBuiltin reports whether name is one of Node's built-in modules,
// supported or not: a "node:" name, or a bare name Node reserves.
func IsNodeBuiltin(name string) bool {
	if strings.HasPrefix(name, "node:") {
		return true
	}
	base, _, _ := strings.Cut(name, "/")
	return slices.Contains(nodeModuleNames, base)
}

// nodeModuleNames is require('module').builtinModules of Node 22, without
// the names that are only reachable with "node:" and without sub-paths.
var nodeModuleNames = []string{
	"_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server",
	"_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_wrap",
	"_stream_writable", "_tls_common", "_tls_wrap", "assert", "async_hooks", "buffer", "child_process",
	"cluster", "console", "constants", "crypto", "dgram", "diagnostics_channel", "dns", "domain", "events",
	"fs", "http", "http2", "https", "inspector", "module", "net", "os", "path", "perf_hooks", "process",
	"punycode", "querystring", "readline", "repl", "stream", "string_decoder", "sys", "timers", "tls",
	"trace_events", "tty", "url", "util", "v8", "vm", "wasi", "worker_threads", "zlib",
}

// UnsupportedError explains why a Node built-in (name without "node:") is
// not available to plugins.
func UnsupportedError(name string) error {
	base, _, _ := strings.Cut(strings.TrimPrefix(name, "node:"), "/")
	if why, ok := unavailable[base]; ok {
		return fmt.Errorf("node:%s is not available to plugins: %s", name, why)
	}
	var names []string
	for _, n := range Builtins() {
		if !strings.HasPrefix(n, "_") { // Node's legacy aliases of stream's classes
			names = append(names, n)
		}
	}
	return fmt.Errorf("node:%s is not supported by plugmux (supported: %s)", name, strings.Join(names, ", "))
}

// Module returns the exports of a built-in module in this runtime, built on
// first use.
func (e *Env) Module(name string) (goja.Value, error) {
	name = strings.TrimPrefix(name, "node:")
	key, ok := builtins[name]
	if !ok {
		return nil, UnsupportedError(name)
	}
	if v, ok := e.modules[name]; ok {
		return v, nil
	}
	e.load("node")
	vm := e.vm
	var v goja.Value
	switch name {
	case "process":
		v = vm.GlobalObject().Get("process")
	case "timers":
		o := vm.NewObject()
		for _, k := range []string{"setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"} {
			must(o.Set(k, vm.GlobalObject().Get(k)))
		}
		v = o
	case "_stream_readable", "_stream_writable", "_stream_duplex", "_stream_transform", "_stream_passthrough":
		s, err := e.Module("stream")
		if err != nil {
			return nil, err
		}
		part := map[string]string{"_stream_readable": "Readable", "_stream_writable": "Writable", "_stream_duplex": "Duplex", "_stream_transform": "Transform", "_stream_passthrough": "PassThrough"}[name]
		v = s.ToObject(vm).Get(part)
	case "util/types":
		u, err := e.Module("util")
		if err != nil {
			return nil, err
		}
		v = u.ToObject(vm).Get("types")
	default:
		var err error
		if v, err = e.call("module", vm.ToValue(key)); err != nil {
			return nil, err
		}
	}
	if e.modules == nil {
		e.modules = map[string]goja.Value{}
	}
	e.modules[name] = v
	return v, nil
}

// call calls one of the functions the environment's script returned.
func (e *Env) call(name string, args ...goja.Value) (goja.Value, error) {
	f, _ := goja.AssertFunction(e.exports.Get(name))
	return f(goja.Undefined(), args...)
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// disableBigIntMethods replaces Buffer's BigInt methods by functions that
// throw the TypeError of a runtime without BigInt (the message is
// jsguard's notEnabledMessage; jsguard cannot be imported here, its tests
// import this package).
func disableBigIntMethods(vm *goja.Runtime, proto *goja.Object) {
	for _, name := range []string{
		"readBigInt64BE", "readBigInt64LE", "readBigUInt64BE", "readBigUint64BE", "readBigUInt64LE", "readBigUint64LE",
		"writeBigInt64BE", "writeBigInt64LE", "writeBigUInt64BE", "writeBigUint64BE", "writeBigUInt64LE", "writeBigUint64LE",
	} {
		if _, ok := goja.AssertFunction(proto.Get(name)); !ok {
			continue
		}
		f := vm.ToValue(func(goja.FunctionCall) goja.Value {
			panic(vm.NewTypeError("BigInt is not enabled for this plugin because its code does not mention it"))
		}).(*goja.Object)
		must(f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		must(proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
}
