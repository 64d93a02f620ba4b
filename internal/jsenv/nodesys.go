package jsenv

import (
	"fmt"
	"log/slog"
	"net/url"

	"github.com/dop251/goja"
)

// systemNatives adds the Go half of nodesys.js to the script's native
// object: the async context, and require for module.createRequire.
func (e *Env) systemNatives(n *goja.Object) {
	vm := e.vm
	set := func(name string, f func(goja.FunctionCall) goja.Value) { must(n.Set(name, f)) }
	must(n.Set("maxAlloc", e.maxAlloc()))
	set("trackAsync", func(goja.FunctionCall) goja.Value {
		if !e.tracking {
			e.tracking = true
			if !e.cfg.HostTracksAsync {
				vm.SetAsyncContextTracker(asyncTracker{e})
			}
		}
		return goja.Undefined()
	})
	set("getContext", func(goja.FunctionCall) goja.Value {
		if e.asyncCtx == nil {
			return goja.Null()
		}
		return e.asyncCtx
	})
	set("setContext", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if goja.IsNull(v) || goja.IsUndefined(v) {
			e.asyncCtx = nil
		} else {
			e.asyncCtx = v
		}
		return goja.Undefined()
	})
	set("require", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		var v goja.Value
		var err error
		if e.cfg.Require != nil {
			v, err = e.cfg.Require(name)
		} else {
			v, err = e.Module(name)
		}
		if err != nil {
			// thrown by the script, as a plain Error with Node's code
			code := "MODULE_NOT_FOUND"
			if IsNodeBuiltin(name) {
				code = "ERR_UNKNOWN_BUILTIN_MODULE"
			}
			return vm.NewArray(goja.Undefined(), err.Error(), code)
		}
		return vm.NewArray(v)
	})
	set("logRefused", func(call goja.FunctionCall) goja.Value {
		origin := call.Argument(0).String()
		if u, err := url.Parse(origin); err == nil {
			origin = u.Scheme + "://" + u.Host
		}
		if e.refused == nil {
			e.refused = map[string]bool{}
		}
		if !e.refused[origin] && e.cfg.Log != nil && len(e.refused) < 100 {
			e.refused[origin] = true
			e.cfg.Log(slog.LevelWarn, "fetch refused (logged once per origin): "+call.Argument(1).String())
		}
		return goja.Undefined()
	})
	set("builtin", func(call goja.FunctionCall) goja.Value { // process.getBuiltinModule
		v, err := e.Module(call.Argument(0).String())
		if err != nil {
			return goja.Undefined()
		}
		return v
	})
	set("isBuiltin", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(IsNodeBuiltin(call.Argument(0).String()))
	})
	set("builtinNames", func(goja.FunctionCall) goja.Value {
		names := make([]any, len(nodeModuleNames))
		for i, s := range nodeModuleNames {
			names[i] = s
		}
		return vm.NewArray(names...)
	})
}

// asyncTracker carries the AsyncLocalStorage context of a runtime into its
// promise jobs: the context current when a job is queued is the one it runs
// in.
type asyncTracker struct{ e *Env }

func (t asyncTracker) Grab() any { return t.e.asyncCtx }

func (t asyncTracker) Resumed(ctx any) {
	v, _ := ctx.(goja.Value)
	t.e.asyncCtx = v
}

func (t asyncTracker) Exited() { t.e.asyncCtx = nil }

// Tracker returns the environment's part of an async context tracker, for a
// host that composes it with its own (Config.HostTracksAsync).
func (e *Env) Tracker() goja.AsyncContextTracker { return asyncTracker{e} }

// SwapContext makes ctx (from CaptureContext, or nil) the current async
// context and returns the previous one. Call it on the runtime's goroutine.
func (e *Env) SwapContext(ctx any) any {
	prev := e.CaptureContext()
	v, _ := ctx.(goja.Value)
	e.asyncCtx = v
	return prev
}

// CaptureContext returns the current async context (what AsyncLocalStorage
// reads), for the event loop to hand to RunInContext when it later runs a
// callback scheduled now (a timer, a posted completion). It is nil while
// the runtime has never used async_hooks. Call it on the runtime's
// goroutine.
func (e *Env) CaptureContext() any {
	if e.asyncCtx == nil {
		return nil
	}
	return e.asyncCtx
}

// RunInContext runs fn with ctx (from CaptureContext) as the current async
// context, and restores the previous one after. Call it on the runtime's
// goroutine.
func (e *Env) RunInContext(ctx any, fn func() error) error {
	prev := e.asyncCtx
	v, _ := ctx.(goja.Value)
	e.asyncCtx = v
	defer func() { e.asyncCtx = prev }()
	return fn()
}

// HTTPClasses returns node:http's IncomingMessage and ServerResponse, the
// classes a route's req and res are instances of in Node, for the Express
// layer to use as their prototypes' prototypes.
func (e *Env) HTTPClasses() (incoming, response *goja.Object, err error) {
	m, err := e.Module("http")
	if err != nil {
		return nil, nil, err
	}
	o := m.ToObject(e.vm)
	return o.Get("IncomingMessage").ToObject(e.vm), o.Get("ServerResponse").ToObject(e.vm), nil
}

// logLevel maps the script's level names to slog's.
func logLevel(name string) slog.Level {
	switch name {
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	case "debug":
		return slog.LevelDebug
	}
	return slog.LevelInfo
}

// maxAlloc is the largest single allocation the environment makes for the
// plugin.
func (e *Env) maxAlloc() int64 {
	if e.cfg.MaxAllocBytes > 0 {
		return e.cfg.MaxAllocBytes
	}
	return DefaultMaxAllocBytes
}

// checkAlloc throws checkAlloc's RangeError from Go.
func (e *Env) checkAlloc(n int64, what string) {
	if n > e.maxAlloc() {
		panic(e.allocError(n, what))
	}
}

func (e *Env) allocError(n int64, what string) *goja.Object {
	err := e.vm.NewGoError(fmt.Errorf("%s: %d bytes is more than a plugin may allocate at once (%d bytes)", what, n, e.maxAlloc()))
	ctor := e.vm.GlobalObject().Get("RangeError").ToObject(e.vm)
	o, cerr := e.vm.New(ctor, e.vm.ToValue(err.Get("message").String()))
	if cerr != nil {
		return err
	}
	must(o.Set("code", "ERR_PLUGMUX_ALLOC_LIMIT"))
	return o
}
