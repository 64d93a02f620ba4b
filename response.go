package plugmux

import (
	"html"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// This file holds the response object handed to JavaScript handlers: the
// Express methods (status, send, json, set, redirect, …) and the part of
// Node's http.ServerResponse that npm middleware such as cors relies on
// (setHeader, getHeader, statusCode, end, …).

func (in *instance) buildResponseProto() *goja.Object {
	vm := in.vm
	proto := vm.NewObject()
	method := func(name string, fn func(x *exchange, call goja.FunctionCall) goja.Value) {
		must(proto.Set(name, func(call goja.FunctionCall) goja.Value {
			return fn(in.exch(call.This), call)
		}))
	}
	accessor := func(name string, get func(x *exchange) goja.Value, set func(x *exchange, v goja.Value)) {
		g := vm.ToValue(func(call goja.FunctionCall) goja.Value { return get(in.exch(call.This)) })
		var s goja.Value
		if set != nil {
			s = vm.ToValue(func(call goja.FunctionCall) goja.Value {
				set(in.exch(call.This), call.Argument(0))
				return goja.Undefined()
			})
		}
		must(proto.DefineAccessorProperty(name, g, s, goja.FLAG_FALSE, goja.FLAG_TRUE))
	}

	// Express
	method("status", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.setStatus(call.Argument(0))
		return call.This
	})
	method("sendStatus", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.setStatus(call.Argument(0))
		text := http.StatusText(x.status)
		if text == "" {
			text = strconv.Itoa(x.status)
		}
		x.w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		x.send(vm.ToValue(text))
		return call.This
	})
	method("send", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.send(call.Argument(0))
		return call.This
	})
	method("json", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.json(call.Argument(0))
		return call.This
	})
	set := func(x *exchange, call goja.FunctionCall) goja.Value {
		if obj, ok := call.Argument(0).(*goja.Object); ok && len(call.Arguments) == 1 {
			for _, k := range obj.Keys() {
				x.setHeader(k, obj.Get(k), true)
			}
		} else {
			x.setHeader(call.Argument(0).String(), call.Argument(1), true)
		}
		return call.This
	}
	method("set", set)
	method("header", set)
	method("get", func(x *exchange, call goja.FunctionCall) goja.Value {
		return x.getHeader(call.Argument(0).String())
	})
	method("type", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.w.Header().Set("Content-Type", contentType(call.Argument(0).String()))
		return call.This
	})
	method("redirect", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.redirect(call)
		return goja.Undefined()
	})
	accessor("locals", func(x *exchange) goja.Value {
		if x.localsObj == nil {
			x.localsObj = vm.NewObject()
		}
		return x.localsObj
	}, func(x *exchange, v goja.Value) { x.localsObj, _ = v.(*goja.Object) })

	// Node's http.ServerResponse
	method("setHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.setHeader(call.Argument(0).String(), call.Argument(1), false)
		return call.This
	})
	method("getHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		return x.getHeader(call.Argument(0).String())
	})
	method("getHeaders", func(x *exchange, call goja.FunctionCall) goja.Value {
		obj := vm.NewObject()
		for k := range x.w.Header() {
			must(obj.Set(strings.ToLower(k), x.getHeader(k)))
		}
		return obj
	})
	method("getHeaderNames", func(x *exchange, call goja.FunctionCall) goja.Value {
		var names []any
		for k := range x.w.Header() {
			names = append(names, strings.ToLower(k))
		}
		return vm.NewArray(names...)
	})
	method("hasHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		_, ok := x.w.Header()[http.CanonicalHeaderKey(call.Argument(0).String())]
		return vm.ToValue(ok)
	})
	method("removeHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.w.Header().Del(call.Argument(0).String())
		return goja.Undefined()
	})
	method("writeHead", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.setStatus(call.Argument(0))
		headers := call.Argument(1)
		if _, isString := headers.Export().(string); isString { // writeHead(status, statusMessage, headers)
			headers = call.Argument(2)
		}
		if obj, ok := headers.(*goja.Object); ok {
			for _, k := range obj.Keys() {
				x.setHeader(k, obj.Get(k), false)
			}
		}
		x.writeHeader()
		return call.This
	})
	method("write", func(x *exchange, call goja.FunctionCall) goja.Value {
		if x.ended {
			panic(vm.NewTypeError("write after end"))
		}
		x.writeHeader()
		x.writeBody(call.Argument(0))
		if f, ok := x.w.(http.Flusher); ok {
			f.Flush()
		}
		return vm.ToValue(true)
	})
	method("end", func(x *exchange, call goja.FunctionCall) goja.Value {
		if !x.ended {
			x.writeHeader()
			if a := call.Argument(0); !goja.IsUndefined(a) && !goja.IsNull(a) {
				if _, isFn := goja.AssertFunction(a); !isFn {
					x.writeBody(a)
				}
			}
			x.ended = true
		}
		return call.This
	})
	accessor("statusCode", func(x *exchange) goja.Value { return vm.ToValue(x.status) },
		func(x *exchange, v goja.Value) { x.setStatus(v) })
	accessor("headersSent", func(x *exchange) goja.Value { return vm.ToValue(x.wroteHeader) }, nil)
	accessor("writableEnded", func(x *exchange) goja.Value { return vm.ToValue(x.ended) }, nil)
	accessor("finished", func(x *exchange) goja.Value { return vm.ToValue(x.ended) }, nil)
	accessor("req", func(x *exchange) goja.Value { return x.reqObj }, nil)
	return proto
}

var (
	typeString      = reflect.TypeFor[string]()
	typeBytes       = reflect.TypeFor[[]byte]()
	typeArrayBuffer = reflect.TypeFor[goja.ArrayBuffer]()
)

func (x *exchange) setStatus(v goja.Value) {
	code := v.ToInteger()
	if code < 100 || code > 999 {
		panic(x.inst.vm.NewTypeError("invalid status code: %s", v.String()))
	}
	x.status = int(code)
}

// setHeader sets a response header; Express's set (express=true) also
// completes a Content-Type given as an extension or without charset.
func (x *exchange) setHeader(name string, v goja.Value, express bool) {
	if x.wroteHeader {
		panic(x.inst.vm.NewTypeError("cannot set header %q: headers already sent", name))
	}
	h := x.w.Header()
	key := http.CanonicalHeaderKey(name)
	if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
		keys := obj.Keys()
		vals := make([]string, len(keys))
		for i, k := range keys {
			vals[i] = obj.Get(k).String()
		}
		h[key] = vals
		return
	}
	s := v.String()
	if express && key == "Content-Type" {
		s = contentType(s)
	}
	h[key] = []string{s}
}

// getHeader returns a response header as Node does: undefined, a string, or
// an array for a header set with several values.
func (x *exchange) getHeader(name string) goja.Value {
	vals := x.w.Header()[http.CanonicalHeaderKey(name)]
	switch len(vals) {
	case 0:
		return goja.Undefined()
	case 1:
		return x.inst.vm.ToValue(vals[0])
	}
	a := make([]any, len(vals))
	for i, s := range vals {
		a[i] = s
	}
	return x.inst.vm.NewArray(a...)
}

// contentType turns "html", ".json" or "text/plain" into a full Content-Type
// value with a charset where the type is text, as Express's res.type does.
func contentType(t string) string {
	if !strings.Contains(t, "/") {
		if !strings.HasPrefix(t, ".") {
			t = "." + t
		}
		if ct := mime.TypeByExtension(t); ct != "" {
			return ct
		}
		return "application/octet-stream"
	}
	if strings.Contains(strings.ToLower(t), "charset") {
		return t
	}
	base, _, _ := strings.Cut(t, ";")
	base = strings.ToLower(strings.TrimSpace(base))
	if strings.HasPrefix(base, "text/") || base == "application/json" || base == "application/javascript" {
		return t + "; charset=utf-8"
	}
	return t
}

// send implements res.send's treatment of each kind of body.
func (x *exchange) send(v goja.Value) {
	h := x.w.Header()
	var body string
	var bin []byte
	switch {
	case v == nil || goja.IsUndefined(v):
	case goja.IsNull(v):
	default:
		switch v.ExportType() {
		case typeString:
			body = v.String()
			if len(h["Content-Type"]) == 0 {
				h["Content-Type"] = []string{"text/html; charset=utf-8"}
			} else {
				h["Content-Type"] = []string{setCharset(h["Content-Type"][0])}
			}
		case typeBytes:
			bin = v.Export().([]byte)
			if len(h["Content-Type"]) == 0 {
				h["Content-Type"] = []string{"application/octet-stream"}
			}
		default:
			x.json(v)
			return
		}
	}
	x.finish(body, bin)
}

// json implements res.json: JSON.stringify, then send with a JSON type.
func (x *exchange) json(v goja.Value) {
	s, err := x.inst.stringify(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	h := x.w.Header()
	if len(h["Content-Type"]) == 0 {
		h["Content-Type"] = []string{"application/json; charset=utf-8"}
	}
	if goja.IsUndefined(s) {
		x.finish("", nil)
		return
	}
	x.finish(s.String(), nil)
}

// setCharset makes the charset parameter of a text Content-Type utf-8.
func setCharset(ct string) string {
	base, params, _ := strings.Cut(ct, ";")
	if params == "" {
		return ct + "; charset=utf-8"
	}
	var out []string
	for _, p := range strings.Split(params, ";") {
		if k, _, _ := strings.Cut(strings.TrimSpace(p), "="); strings.EqualFold(k, "charset") {
			continue
		}
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return base + "; " + strings.Join(append(out, "charset=utf-8"), "; ")
}

// finish writes a complete body with its Content-Length and ends the
// response; a 204 or 304 status, or a HEAD request, sends no body.
func (x *exchange) finish(body string, bin []byte) {
	if x.ended {
		panic(x.inst.vm.NewTypeError("cannot send: the response has already been sent"))
	}
	h := x.w.Header()
	n := len(body) + len(bin)
	if x.status == http.StatusNoContent || x.status == http.StatusNotModified {
		h.Del("Content-Type")
		h.Del("Content-Length")
		h.Del("Transfer-Encoding")
		body, bin = "", nil
	} else if !x.wroteHeader {
		h["Content-Length"] = []string{strconv.Itoa(n)}
	}
	x.writeHeader()
	if x.r.Method != http.MethodHead {
		if bin != nil {
			_, _ = x.w.Write(bin)
		} else if body != "" {
			_, _ = io.WriteString(x.w, body)
		}
	}
	x.ended = true
}

func (x *exchange) writeHeader() {
	if !x.wroteHeader {
		x.wroteHeader = true
		x.w.WriteHeader(x.status)
	}
}

// writeBody writes a string, Buffer or Uint8Array chunk.
func (x *exchange) writeBody(v goja.Value) {
	if x.r.Method == http.MethodHead {
		return
	}
	switch v.ExportType() {
	case typeBytes:
		_, _ = x.w.Write(v.Export().([]byte))
	case typeArrayBuffer:
		_, _ = x.w.Write(v.Export().(goja.ArrayBuffer).Bytes())
	default:
		_, _ = io.WriteString(x.w, v.String())
	}
}

func (x *exchange) redirect(call goja.FunctionCall) {
	status, target := http.StatusFound, call.Argument(0)
	if len(call.Arguments) > 1 {
		x.setStatus(call.Argument(0))
		status, target = x.status, call.Argument(1)
	}
	loc := target.String()
	if loc == "back" {
		loc = "/"
		if ref, ok := x.header("Referer"); ok {
			loc = ref
		}
	}
	x.status = status
	x.w.Header().Set("Location", loc)
	text := http.StatusText(status)
	accept, _ := x.header("Accept")
	if strings.Contains(accept, "html") && !strings.Contains(accept, "text/plain") {
		u := html.EscapeString(loc)
		x.w.Header().Set("Content-Type", "text/html; charset=utf-8")
		x.finish("<p>"+text+". Redirecting to "+u+"</p>", nil)
		return
	}
	x.w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	x.finish(text+". Redirecting to "+loc, nil)
}
