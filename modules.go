package plugmux

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dop251/goja"
)

// This file holds the modules that the host provides to plugins: a plugin
// imports them by bare name (import express from "express"), the bundler
// leaves those imports to the runtime, and each runtime builds the module
// once, on first require.

// builtinModule builds a host module's exports in one runtime.
type builtinModule func(in *instance) (goja.Value, error)

// builtinModules are the modules every host provides, by import name.
func builtinModules() map[string]builtinModule {
	return map[string]builtinModule{"express": expressModule}
}

// isHostModule reports whether a bare import names a host module; the
// "node:" prefix is optional for the modules that have it.
func (h *Host) isHostModule(spec string) bool {
	_, ok := h.modules[spec]
	return ok
}

// hostModuleNames lists the importable names, for error messages.
func (h *Host) hostModuleNames() string {
	names := make([]string, 0, len(h.modules))
	for n := range h.modules {
		names = append(names, n)
	}
	slices.Sort(names)
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
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
