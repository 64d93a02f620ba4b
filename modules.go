package plugmux

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsenv"
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

// ModuleContext is what a Module builds a runtime's exports from.
type ModuleContext struct {
	// Plugin and Version name the plugin version that imports the module.
	Plugin, Version string
	// Runtime is the goja runtime the exports are for. Values made by it
	// belong to it alone; never keep them past the call or share them.
	Runtime *goja.Runtime
}

// ErrUnsupportedBuiltin: a plugin imports one of Node's built-in modules
// that plugmux does not provide.
var ErrUnsupportedBuiltin = errors.New("unsupported built-in module")

// builtinModule builds a host module's exports in one runtime.
type builtinModule func(in *instance) (goja.Value, error)

// builtinModules are the modules every host provides, by import name:
// express, and each supported node: built-in by its "node:" and bare name.
func builtinModules() map[string]builtinModule {
	m := map[string]builtinModule{"express": expressModule}
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
		v, err := mod(ModuleContext{Plugin: in.v.item.Name, Version: in.v.item.Version, Runtime: in.vm})
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
// does not provide.
func unsupportedBuiltin(spec, importer string) error {
	name := strings.TrimPrefix(spec, "node:")
	return fmt.Errorf("%w: %q in %s: plugmux does not provide node:%s (supported: %s)",
		ErrUnsupportedBuiltin, spec, importer, name, strings.Join(jsenv.Builtins(), ", "))
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
		panic(in.vm.NewGoError(fmt.Errorf("%w %q: no host module by that name (host modules: %s)", ErrBareImport, name, in.v.host.hostModuleNames())))
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
