package plugmux

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file holds the modules that the host provides to plugins: a plugin
// imports them by bare name (import express from "express", import { kv }
// from "host:kv"), the bundler leaves those imports to the runtime, and each
// runtime builds the module once, on first require. There are three kinds:
// express, the node: built-ins of internal/jsenv (also by bare name), and
// the embedder's Options.Modules.

// Module builds a host module's exports for one runtime. It runs once per
// runtime, the first time a plugin's code requires the module, on the
// goroutine that holds the runtime; what it returns becomes the module's
// exports: a goja.Value as it is, anything else through Runtime.ToValue
// (a map[string]any of Go functions, a struct pointer, ...). A Go value
// shared by all runtimes (a database handle, a cache) must be safe for
// concurrent use: runtimes run in parallel.
type Module func(ModuleContext) (any, error)

// ModuleContext is what a Module builds a runtime's exports from, and what
// its functions use to reach the runtime while they run.
//
// A runtime runs its JavaScript on one goroutine, interleaving many
// requests. A module function called from JavaScript runs on that
// goroutine: it may use Runtime freely, but it must not block (a database
// call, a network request), or every request of the runtime waits. Blocking
// work goes through Async, which runs it on another goroutine and settles a
// Promise on the runtime's loop; bindings that deliver many results use
// Stream. Touching the runtime from any other goroutine, including
// resolving a Promise made with Runtime.NewPromise there, is not supported:
// it races with the runtime and can crash the host.
type ModuleContext struct {
	// Plugin and Version name the plugin version that imports the module.
	Plugin, Version string
	// Runtime is the goja runtime the exports are for. Values made by it
	// belong to it alone; never keep them past the call or share them.
	Runtime *goja.Runtime

	in *instance
}

// Context returns the context of the request whose JavaScript is calling
// into the module now: it carries the values of the *http.Request (what the
// embedder's middleware put there, such as the authenticated user) and ends
// when the request ends (answered, timed out, client gone). Outside a
// request (while the module's top level or setup runs) it is a context that
// ends when the runtime is retired. Call it during the synchronous call from
// JavaScript, not later from another goroutine: Async hands its function the
// right context.
func (mc ModuleContext) Context() context.Context {
	if mc.in == nil {
		return context.Background()
	}
	return mc.in.requestContext()
}

// Async runs fn on a goroutine of its own and returns a Promise that
// settles on the runtime's loop: resolved with fn's result (converted with
// Runtime.ToValue; a goja.Value made by this runtime is not allowed, since fn
// runs on another goroutine) or rejected with an Error whose message is fn's
// error. ctx is the calling request's context (see Context). While fn runs,
// the runtime serves its other requests. A panic in fn rejects the Promise
// and is logged with its Go stack; a fn that never returns leaves the
// request to end at its time limit, when ctx is cancelled. Call Async from
// a module function while JavaScript calls it.
func (mc ModuleContext) Async(fn func(ctx context.Context) (any, error)) goja.Value {
	in := mc.in
	vm := mc.Runtime
	p, resolve, reject := vm.NewPromise()
	ctx := in.requestContext()
	release := in.loop.Hold()
	go func() {
		v, err := mc.call(ctx, fn)
		release(func() error {
			if err != nil {
				return reject(jsutil.NewError(vm, err.Error()))
			}
			return resolve(vm.ToValue(v))
		})
	}()
	return vm.ToValue(p)
}

// call runs fn, turning a panic into an error logged with its stack.
func (mc ModuleContext) call(ctx context.Context, fn func(context.Context) (any, error)) (v any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("host module panicked: %v", p)
			mc.in.v.log.Error("host module panicked", "err", pluginErr(mc.in.v.item, PhaseRequest, err), "stack", string(debug.Stack()))
		}
	}()
	return fn(ctx)
}

// Stream registers a binding that delivers many results from other
// goroutines, such as a subscription or a cursor. send runs fn on the
// runtime's loop (in order, for the request that called Stream), and may be
// called from any goroutine until done; it reports false once the stream is
// done or the runtime is gone. While the stream is open the runtime counts
// it as pending work. done must be called exactly once. Call Stream from a
// module function while JavaScript calls it; ctx is the calling request's
// context: stop sending when it ends.
func (mc ModuleContext) Stream() (ctx context.Context, send func(fn func(vm *goja.Runtime) error) bool, done func()) {
	in := mc.in
	post, release := in.loop.Keep()
	send = func(fn func(vm *goja.Runtime) error) bool {
		return post(func() error { return fn(in.vm) })
	}
	return in.requestContext(), send, release
}

// ErrUnsupportedBuiltin: a plugin imports one of Node's built-in modules
// that plugmux does not provide.
var ErrUnsupportedBuiltin = errors.New("unsupported built-in module")

// builtinModule builds a host module's exports in one runtime.
type builtinModule func(in *instance) (goja.Value, error)

// builtinModules are the modules every host provides, by import name:
// express, and each supported node: built-in by its "node:" and bare name.
func builtinModules() map[string]builtinModule {
	m := map[string]builtinModule{"express": func(in *instance) (goja.Value, error) { return in.ex.Module() }}
	for _, name := range jsenv.Builtins() {
		m[name] = nodeModule(name)
		m["node:"+name] = nodeModule(name)
	}
	return m
}

// addModules adds the embedder's modules to the host's, refusing names
// that are not bare or that a built-in has.
func (h *Host) addModules(mods map[string]Module) error {
	for name, mod := range mods {
		if err := checkModuleName(name); err != nil {
			return fmt.Errorf("plugmux: Options.Modules[%q]: %w", name, err)
		}
		if _, ok := h.modules[name]; ok || jsenv.IsNodeBuiltin(name) {
			return fmt.Errorf("plugmux: Options.Modules[%q]: the name is taken by a built-in module; choose another (a prefix such as \"host:\" keeps clear of them)", name)
		}
		if mod == nil {
			return fmt.Errorf("plugmux: Options.Modules[%q] is nil", name)
		}
		h.modules[name] = hostModule(mod)
	}
	return nil
}

// checkModuleName accepts the names a plugin can import as bare
// specifiers.
func checkModuleName(name string) error {
	switch {
	case name == "":
		return errors.New("the name is empty")
	case strings.ContainsAny(name, " \t\r\n\\"):
		return errors.New("the name contains white space or a backslash")
	case isRelativeOrURL(name):
		return errors.New("the name is a relative path or a URL; plugins import host modules by a bare name such as \"host:kv\"")
	}
	if u, err := url.Parse(name); err == nil && (u.Scheme == "data" || u.Scheme == "node") {
		return fmt.Errorf("the %q scheme is reserved", u.Scheme)
	}
	return nil
}

// hostModule adapts an embedder's Module.
func hostModule(mod Module) builtinModule {
	return func(in *instance) (goja.Value, error) {
		v, err := mod(ModuleContext{Plugin: in.v.item.Name, Version: in.v.item.Version, Runtime: in.vm, in: in})
		if err != nil {
			return nil, err
		}
		if gv, ok := v.(goja.Value); ok {
			return gv, nil
		}
		return in.vm.ToValue(v), nil
	}
}

// isHostModule reports whether a bare import names a host module; the
// "node:" prefix is optional for the modules that have it.
func (h *Host) isHostModule(spec string) bool {
	_, ok := h.modules[spec]
	return ok
}

// hostModuleNames lists the importable names, for error messages; the
// node: built-ins are listed once, with their prefix.
func (h *Host) hostModuleNames() string {
	names := make([]string, 0, len(h.modules))
	for n := range h.modules {
		if jsenv.IsBuiltin(n) && !strings.HasPrefix(n, "node:") {
			continue
		}
		names = append(names, n)
	}
	slices.Sort(names)
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// unsupportedBuiltin explains an import of a Node built-in that plugmux
// does not provide: what the module is for, and which code in the importing
// module pulled it in (src is that module's source: in a bundle, esbuild's
// "// node_modules/…" comments name the package of each part).
func unsupportedBuiltin(spec, importer, src string) error {
	name := strings.TrimPrefix(spec, "node:")
	where := importer
	if users := builtinUsers(src, spec); len(users) > 0 {
		where += " (used by " + strings.Join(users, "; ") + ")"
	}
	return fmt.Errorf("%w: %q in %s: %w", ErrUnsupportedBuiltin, spec, where, jsenv.UnsupportedError(name))
}

// bundledModule matches esbuild's comment before each module of a bundle.
var bundledModule = regexp.MustCompile(`(?m)^// ((?:[^\s]*/)?node_modules/\S+)$`)

// builtinUsers names the bundled npm modules that use spec, each with its
// package chain ("node_modules/a/node_modules/b/x.js (a > b)"), at most
// three.
func builtinUsers(src, spec string) []string {
	if src == "" {
		return nil
	}
	quoted := regexp.QuoteMeta(spec)
	// the import's local names: import x / * as x / { a as x, y } from "spec"
	var names []string
	for _, m := range regexp.MustCompile(`import\s+([^;]*?)\s+from\s*["']`+quoted+`["']`).FindAllStringSubmatch(src, -1) {
		for _, part := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == '{' || r == '}' }) {
			f := strings.Fields(part)
			if len(f) > 0 && f[len(f)-1] != "*" {
				names = append(names, f[len(f)-1])
			}
		}
	}
	uses := []string{`(?:require|__require)\(\s*["']` + quoted + `["']\s*\)`}
	for _, n := range names {
		uses = append(uses, `\b`+regexp.QuoteMeta(n)+`\b`)
	}
	use := regexp.MustCompile(strings.Join(uses, "|"))
	sections := bundledModule.FindAllStringSubmatchIndex(src, -1)
	var users []string
	for i, sec := range sections {
		end := len(src)
		if i+1 < len(sections) {
			end = sections[i+1][0]
		}
		if !use.MatchString(src[sec[1]:end]) {
			continue
		}
		file := src[sec[2]:sec[3]]
		user := file + " (" + strings.Join(packageChain(file), " > ") + ")"
		if slices.Contains(users, user) {
			continue
		}
		users = append(users, user)
		if len(users) == 3 {
			break
		}
	}
	return users
}

// packageChain lists the packages a node_modules path goes through:
// node_modules/a/node_modules/@s/b/x.js → a, @s/b.
func packageChain(file string) []string {
	var chain []string
	parts := strings.Split(file, "node_modules/")
	for _, p := range parts[1:] {
		seg := strings.Split(p, "/")
		name := seg[0]
		if strings.HasPrefix(name, "@") && len(seg) > 1 {
			name += "/" + seg[1]
		}
		chain = append(chain, name)
	}
	return chain
}

// require serves the bundle's require calls for host modules, building each
// module once per runtime.
func (in *instance) require(call goja.FunctionCall) goja.Value {
	name := call.Argument(0).String()
	if v, ok := in.modules[name]; ok {
		return v
	}
	build, ok := in.v.host.modules[name]
	if !ok {
		panic(in.requireError(name))
	}
	v, err := build(in)
	if err != nil {
		panic(in.vm.NewGoError(fmt.Errorf("host module %q: %w", name, err)))
	}
	if in.modules == nil {
		in.modules = map[string]goja.Value{}
	}
	in.modules[name] = v
	return v
}

// requireModule is require for the environment's module.createRequire: a
// host module by name, or the error a plugin would get from require.
func (in *instance) requireModule(name string) (goja.Value, error) {
	if v, ok := in.modules[name]; ok {
		return v, nil
	}
	build, ok := in.v.host.modules[name]
	if !ok {
		return nil, jsutil.Error(in.requireError(name))
	}
	v, err := build(in)
	if err != nil {
		return nil, fmt.Errorf("host module %q: %w", name, err)
	}
	if in.modules == nil {
		in.modules = map[string]goja.Value{}
	}
	in.modules[name] = v
	return v, nil
}

// requireError is the JavaScript error of a require that no host module
// answers: for a Node built-in, why plugmux has none and where it was
// required; else, that npm packages are bundled, not resolved. It is a
// plain Error with Node's code, so that the plugin sees no Go in it.
func (in *instance) requireError(name string) *goja.Object {
	vm := in.vm
	var msg, code string
	if jsenv.IsNodeBuiltin(name) {
		msg, code = jsenv.UnsupportedError(strings.TrimPrefix(name, "node:")).Error(), "ERR_UNKNOWN_BUILTIN_MODULE"
		if frames := vm.CaptureCallStack(3, nil); len(frames) > 0 {
			for _, f := range frames {
				if p := f.Position(); p.Filename != "" {
					msg += fmt.Sprintf(" (required at %s:%d:%d)", p.Filename, p.Line, p.Column)
					break
				}
			}
		}
	} else {
		msg = fmt.Sprintf("Cannot find module '%s': plugmux does not resolve npm packages at run time; bundle it into the plugin (see the README's bundling recipe), or import one of the host modules (%s)", name, in.v.host.hostModuleNames())
		code = "MODULE_NOT_FOUND"
	}
	e, err := vm.New(vm.GlobalObject().Get("Error").ToObject(vm), vm.ToValue(msg))
	if err != nil {
		return vm.NewGoError(fmt.Errorf("%w %q", ErrBareImport, name))
	}
	jsutil.Must(e.Set("code", code))
	// the frame of the Go function behind require is no help to a plugin
	// author: drop it ("at github.com/….(*instance).require-fm (native)")
	if st := e.Get("stack"); st != nil {
		lines := strings.Split(st.String(), "\n")
		kept := lines[:0]
		for _, l := range lines {
			if !(strings.HasSuffix(l, " (native)") && strings.Contains(l, "/")) {
				kept = append(kept, l)
			}
		}
		jsutil.Must(e.DefineDataProperty("stack", vm.ToValue(strings.Join(kept, "\n")), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	return e
}
