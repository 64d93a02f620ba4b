package plugmux

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file gives every runtime what plugins can rely on without importing
// anything: console, whose lines go to the host's logger with the plugin
// named, and the web and Node globals of internal/jsenv (URL, TextEncoder,
// Buffer, crypto, fetch, process, ...), which load on first use.

// runtimeEnv is the JavaScript environment of one runtime.
type runtimeEnv struct {
	js *jsenv.Env

	mu     sync.Mutex
	ctx    context.Context // parent of every fetch; cancelled on teardown
	cancel context.CancelFunc

	// fetches counts the fetches pending in the runtime (Options.
	// MaxPendingFetches); only the runtime's loop touches it.
	fetches int
}

// installGlobals installs console and the lazily loaded globals.
func (in *instance) installGlobals() {
	vm := in.vm
	logger := in.v.log
	opts := &in.v.host.opts
	in.env = &runtimeEnv{}
	in.env.js = jsenv.Install(vm, jsenv.Config{
		Log: func(level slog.Level, msg string) {
			in.console(level, msg)
		},
		Env:   opts.Env,
		Fetch: in.fetchNative,
		OnError: func(err error) {
			logger.Error("uncaught exception in an event listener", "err", pluginErr(in.v.item, PhaseRequest, err))
		},
		Hold:            in.loop.Hold,
		Require:         in.requireModule,
		MaxAllocBytes:   opts.MaxAllocBytes,
		HostTracksAsync: true,
		NoBigInt:        !in.v.bundle.program.UsesBigInt,
		Console:         in.newConsole,
	})
	in.trackAsync()
}

// newConsole builds the plugin's console, whose lines go to the version's
// logger (see console): on the first read of the global console
// (jsenv.Config.Console).
func (in *instance) newConsole() goja.Value {
	vm := in.vm
	logger := in.v.log
	methods := make(map[string]func(goja.FunctionCall) goja.Value, len(consoleMethods))
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { methods[name] = fn }
	for name, level := range map[string]slog.Level{
		"log": slog.LevelInfo, "info": slog.LevelInfo, "debug": slog.LevelDebug,
		"warn": slog.LevelWarn, "error": slog.LevelError, "dir": slog.LevelInfo, "table": slog.LevelInfo,
		"group": slog.LevelInfo, "groupCollapsed": slog.LevelInfo, "dirxml": slog.LevelInfo,
	} {
		set(name, func(call goja.FunctionCall) goja.Value {
			if !logger.Enabled(context.Background(), level) {
				return goja.Undefined()
			}
			in.console(level, in.env.js.Format(call.Arguments))
			return goja.Undefined()
		})
	}
	set("assert", func(call goja.FunctionCall) goja.Value {
		if call.Argument(0).ToBoolean() {
			return goja.Undefined()
		}
		msg := "Assertion failed"
		if len(call.Arguments) > 1 {
			msg += ": " + in.env.js.Format(call.Arguments[1:])
		}
		in.console(slog.LevelError, msg)
		return goja.Undefined()
	})
	logf := func(level slog.Level, msg string) goja.Value {
		if logger.Enabled(context.Background(), level) {
			in.console(level, msg)
		}
		return goja.Undefined()
	}
	set("trace", func(call goja.FunctionCall) goja.Value {
		var b strings.Builder
		b.WriteString("Trace")
		if len(call.Arguments) > 0 {
			b.WriteString(": " + in.env.js.Format(call.Arguments))
		}
		for _, f := range vm.CaptureCallStack(10, nil) {
			var fb bytes.Buffer
			f.Write(&fb)
			b.WriteString("\n    at " + fb.String())
		}
		return logf(slog.LevelDebug, b.String())
	})
	set("groupEnd", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	set("clear", func(goja.FunctionCall) goja.Value { return goja.Undefined() }) // as Node's, writing to no terminal
	timers := map[string]time.Time{}
	counts := map[string]int{}
	label := func(call goja.FunctionCall) string {
		if goja.IsUndefined(call.Argument(0)) {
			return "default"
		}
		return call.Argument(0).String()
	}
	set("time", func(call goja.FunctionCall) goja.Value {
		timers[label(call)] = time.Now()
		return goja.Undefined()
	})
	elapsed := func(end bool) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			l := label(call)
			start, ok := timers[l]
			if !ok {
				return logf(slog.LevelWarn, fmt.Sprintf("Warning: No such label '%s' for console.time%s()", l, map[bool]string{true: "End", false: "Log"}[end]))
			}
			if end {
				delete(timers, l)
			}
			msg := fmt.Sprintf("%s: %.3fms", l, float64(time.Since(start).Microseconds())/1000)
			if !end && len(call.Arguments) > 1 {
				msg += " " + in.env.js.Format(call.Arguments[1:])
			}
			return logf(slog.LevelInfo, msg)
		}
	}
	set("timeEnd", elapsed(true))
	set("timeLog", elapsed(false))
	set("count", func(call goja.FunctionCall) goja.Value {
		l := label(call)
		counts[l]++
		return logf(slog.LevelInfo, fmt.Sprintf("%s: %d", l, counts[l]))
	})
	set("countReset", func(call goja.FunctionCall) goja.Value {
		delete(counts, label(call))
		return goja.Undefined()
	})
	// Node's order, which Object.keys(console) shows
	console := vm.NewObject()
	for _, name := range consoleMethods {
		jsutil.Must(console.Set(name, methods[name]))
	}
	return console
}

// consoleMethods are console's methods in the order Node defines them.
var consoleMethods = []string{
	"log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear", "count", "countReset",
	"group", "groupEnd", "table", "debug", "info", "dirxml", "error", "groupCollapsed",
}

// asyncContext is the async context of a runtime: the request that a
// piece of JavaScript works for (the Express layer's) and the
// AsyncLocalStorage store (the environment's), carried together across
// awaits, timers and Go work. Most code never uses AsyncLocalStorage, so a
// lone request (or nil) stands for a context without a store.
type asyncContext struct{ request, store any }

// asyncTracker composes the two trackers of a runtime.
type asyncTracker struct{ ex, env goja.AsyncContextTracker }

func (t asyncTracker) Grab() any {
	if store := t.env.Grab(); store != nil {
		return asyncContext{t.ex.Grab(), store}
	}
	return t.ex.Grab()
}

func (t asyncTracker) Resumed(ctx any) {
	if c, ok := ctx.(asyncContext); ok {
		t.ex.Resumed(c.request)
		t.env.Resumed(c.store)
		return
	}
	t.ex.Resumed(ctx)
	t.env.Resumed(nil)
}

func (t asyncTracker) Exited() {
	t.ex.Exited()
	t.env.Exited()
}

// trackAsync installs the composed async context in the runtime and its
// loop.
func (in *instance) trackAsync() {
	env := in.env.js
	in.vm.SetAsyncContextTracker(asyncTracker{ex: in.ex.Tracker(), env: env.Tracker()})
	in.loop.SetContext(func() any {
		if store := env.CaptureContext(); store != nil {
			return asyncContext{in.ex.CurrentContext(), store}
		}
		return in.ex.CurrentContext()
	}, func(ctx any) any {
		c, ok := ctx.(asyncContext)
		if !ok {
			c = asyncContext{request: ctx}
		}
		prevReq := in.ex.SwapContext(c.request)
		if prevStore := env.SwapContext(c.store); prevStore != nil {
			return asyncContext{prevReq, prevStore}
		}
		return prevReq
	})
}

// console writes a console line of the plugin, naming the request whose
// JavaScript wrote it (id, method, path) when there is one.
func (in *instance) console(level slog.Level, msg string) {
	attrs := append([]any{"source", "console"}, in.ex.LogAttrs()...)
	in.v.log.Log(context.Background(), level, msg, attrs...)
}

// nodeModule builds a node: built-in module in one runtime.
func nodeModule(name string) builtinModule {
	return func(in *instance) (goja.Value, error) { return in.env.js.Module(name) }
}

// fetchContext is the parent context of the runtime's fetches.
func (e *runtimeEnv) fetchContext() context.Context {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ctx == nil {
		e.ctx, e.cancel = context.WithCancel(context.Background())
	}
	return e.ctx
}

// close cancels the runtime's fetches in flight.
func (e *runtimeEnv) close() {
	if e == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.cancel != nil {
		e.cancel()
	}
}
