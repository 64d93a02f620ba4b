package jsenv

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// V8's stack API, which goja lacks: Error.captureStackTrace(obj, fn),
// Error.stackTraceLimit and Error.prepareStackTrace(err, callSites). npm
// code leans on it: depd (behind http-errors, body-parser, express-session
// and more) reads the caller's file and line from call-site objects, and
// many error classes call captureStackTrace in their constructors.
//
// Differences from V8: the frames are goja's; a frame's function is not
// known, only its name, so captureStackTrace(obj, fn) drops the frames up
// to the innermost one named like fn (and keeps them all when fn is
// anonymous or not on the stack); getThis and getFunction are undefined.

// defaultStackTraceLimit is V8's Error.stackTraceLimit.
const defaultStackTraceLimit = 10

// installStackAPI defines Error.captureStackTrace and
// Error.stackTraceLimit: one Go function, installed eagerly because
// libraries test for it at module level.
func (e *Env) installStackAPI() {
	vm := e.vm
	errCtor := vm.GlobalObject().Get("Error").ToObject(vm)
	capture := vm.ToValue(e.captureStackTrace).ToObject(vm)
	// Node's attributes: a method's (writable, configurable, not
	// enumerable), its name's (read-only, configurable, not enumerable)
	must(capture.DefineDataProperty("name", vm.ToValue("captureStackTrace"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(errCtor.DefineDataProperty("captureStackTrace", capture, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(errCtor.Set("stackTraceLimit", defaultStackTraceLimit))
}

// captureStackTrace is Error.captureStackTrace(obj[, fn]): it sets
// obj.stack to the current stack, formatted by Error.prepareStackTrace when
// that is a function, else as V8 prints it.
func (e *Env) captureStackTrace(call goja.FunctionCall) goja.Value {
	vm := e.vm
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(vm.NewTypeError(`The "targetObject" argument must be of type object. Received ` + describe(call.Argument(0))))
	}
	errCtor := vm.GlobalObject().Get("Error").ToObject(vm)
	limit := defaultStackTraceLimit
	if l := errCtor.Get("stackTraceLimit"); l != nil {
		f := l.ToFloat()
		switch {
		case f != f || f < 0: // NaN or negative: no frames
			limit = 0
		case f > 1000:
			limit = 1000
		default:
			limit = int(f)
		}
	}
	frames := vm.CaptureCallStack(0, nil)
	// the first frame is captureStackTrace itself
	if len(frames) > 0 && frames[0].SrcName() == "<native>" {
		frames = frames[1:]
	}
	if fn, ok := call.Argument(1).(*goja.Object); ok {
		if name := fn.Get("name"); name != nil && name.String() != "" {
			n := name.String()
			for i := range frames {
				if frames[i].FuncName() == n {
					frames = frames[i+1:]
					break
				}
			}
		}
	}
	if len(frames) > limit {
		frames = frames[:limit]
	}
	// V8 formats the stack when it is first read, with the
	// Error.prepareStackTrace of that moment: depd sets it, captures, reads
	// and restores it; others restore it before reading.
	var stack goja.Value
	get := func(goja.FunctionCall) goja.Value {
		if stack == nil {
			stack = e.formatStack(obj, frames)
		}
		return stack
	}
	set := func(call goja.FunctionCall) goja.Value {
		stack = call.Argument(0)
		return goja.Undefined()
	}
	must(obj.DefineAccessorProperty("stack", vm.ToValue(get), vm.ToValue(set), goja.FLAG_TRUE, goja.FLAG_FALSE))
	return goja.Undefined()
}

// formatStack is the value of a captured stack: what
// Error.prepareStackTrace returns when it is a function, else V8's text.
func (e *Env) formatStack(obj *goja.Object, frames []goja.StackFrame) goja.Value {
	vm := e.vm
	errCtor := vm.GlobalObject().Get("Error").ToObject(vm)
	if prep, ok := goja.AssertFunction(errCtor.Get("prepareStackTrace")); ok {
		sites := make([]any, len(frames))
		for i := range frames {
			sites[i] = e.callSite(&frames[i])
		}
		v, err := prep(errCtor, obj, vm.NewArray(sites...))
		if err != nil {
			panic(err)
		}
		return v
	}
	var b strings.Builder
	b.WriteString(errorHeader(obj))
	for i := range frames {
		b.WriteString("\n    at ")
		b.WriteString(siteString(&frames[i]))
	}
	return vm.ToValue(b.String())
}

// errorHeader is the first line of a stack: Error.prototype.toString's
// "name: message".
func errorHeader(obj *goja.Object) string {
	name, msg := "Error", ""
	if v := obj.Get("name"); v != nil && !goja.IsUndefined(v) {
		name = v.String()
	}
	if v := obj.Get("message"); v != nil && !goja.IsUndefined(v) {
		msg = v.String()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// siteString prints a frame as V8 does: "fn (file:line:col)" or
// "file:line:col".
func siteString(f *goja.StackFrame) string {
	p := f.Position()
	file := p.Filename
	if f.SrcName() == "<native>" {
		file = "native"
	} else {
		if file == "" {
			file = "<anonymous>"
		}
		file += ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
	}
	name := f.FuncName()
	if name == "<anonymous>" || name == "<native>" || name == "" {
		return file
	}
	return name + " (" + file + ")"
}

// callSite builds a V8 CallSite object for one frame.
func (e *Env) callSite(f *goja.StackFrame) *goja.Object {
	vm := e.vm
	if e.siteProto == nil {
		e.siteKey = goja.NewSymbol("plugmux.callsite")
		e.siteProto = e.newSiteProto()
	}
	o := vm.NewObject()
	must(o.SetPrototype(e.siteProto))
	p := f.Position()
	name := f.FuncName()
	var fnName, file goja.Value = goja.Null(), goja.Undefined()
	if name != "<anonymous>" && name != "<native>" {
		fnName = vm.ToValue(name)
	}
	native := f.SrcName() == "<native>"
	if !native && p.Filename != "" {
		file = vm.ToValue(p.Filename)
	}
	line, col := goja.Value(goja.Null()), goja.Value(goja.Null())
	if !native {
		line, col = vm.ToValue(p.Line), vm.ToValue(p.Column)
	}
	// the data: [functionName, fileName, line, column, isNative, toString]
	must(o.SetSymbol(e.siteKey, vm.NewArray(fnName, file, line, col, native, siteString(f))))
	return o
}

// newSiteProto is CallSite.prototype: V8's methods over the data array.
func (e *Env) newSiteProto() *goja.Object {
	vm := e.vm
	proto := vm.NewObject()
	field := func(i int) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			d, ok := call.This.ToObject(vm).GetSymbol(e.siteKey).(*goja.Object)
			if !ok {
				panic(vm.NewTypeError("not a CallSite"))
			}
			return d.Get(strconv.Itoa(i))
		}
	}
	constant := func(v goja.Value) func(goja.FunctionCall) goja.Value {
		return func(goja.FunctionCall) goja.Value { return v }
	}
	for name, f := range map[string]func(goja.FunctionCall) goja.Value{
		"getFunctionName":          field(0),
		"getFileName":              field(1),
		"getScriptNameOrSourceURL": field(1),
		"getLineNumber":            field(2),
		"getColumnNumber":          field(3),
		"isNative":                 field(4),
		"toString":                 field(5),
		"getThis":                  constant(goja.Undefined()),
		"getFunction":              constant(goja.Undefined()),
		"getTypeName":              constant(goja.Null()),
		"getMethodName":            constant(goja.Null()),
		"getEvalOrigin":            constant(goja.Undefined()),
		"getPromiseIndex":          constant(goja.Null()),
		"getScriptHash":            constant(vm.ToValue("")),
		"getEnclosingColumnNumber": constant(goja.Null()),
		"getEnclosingLineNumber":   constant(goja.Null()),
		"getPosition":              constant(vm.ToValue(0)),
		"isEval":                   constant(vm.ToValue(false)),
		"isConstructor":            constant(vm.ToValue(false)),
		"isAsync":                  constant(vm.ToValue(false)),
		"isPromiseAll":             constant(vm.ToValue(false)),
		"isToplevel":               constant(vm.ToValue(false)),
	} {
		must(proto.DefineDataProperty(name, vm.ToValue(f), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	}
	return proto
}

// describe names a value's type as Node's ERR_INVALID_ARG_TYPE does.
func describe(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	switch v.ExportType().Kind().String() {
	case "string":
		return "type string (" + strconv.Quote(v.String()) + ")"
	case "bool":
		return "type boolean (" + v.String() + ")"
	}
	return "type " + v.ExportType().String() + " (" + v.String() + ")"
}
