package express

import (
	"html"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file holds the response object handed to JavaScript handlers: the
// Express methods on the request path (status, send, json, set, get, type)
// and the part of Node's http.ServerResponse that npm middleware such as
// cors relies on (setHeader, getHeader, statusCode, write, end, …). The
// rest of Express's res (redirect, cookie, format, vary, …) is JavaScript,
// in express_prelude.js, written on top of these.

// protoBuilder defines Go methods and accessors on an object that req's or
// res's prototype inherits from, each finding its request by this.
type protoBuilder struct {
	rt    *Runtime
	proto *goja.Object
}

func (b protoBuilder) method(name string, fn func(x *exchange, call goja.FunctionCall) goja.Value) {
	rt := b.rt
	jsutil.Must(b.proto.Set(name, func(call goja.FunctionCall) goja.Value {
		return fn(rt.exch(call.This), call)
	}))
}

func (b protoBuilder) accessor(name string, get func(x *exchange) goja.Value, set func(x *exchange, v goja.Value)) {
	rt, vm := b.rt, b.rt.vm
	g := vm.ToValue(func(call goja.FunctionCall) goja.Value { return get(rt.exch(call.This)) })
	var s goja.Value
	if set != nil {
		s = vm.ToValue(func(call goja.FunctionCall) goja.Value {
			set(rt.exch(call.This), call.Argument(0))
			return goja.Undefined()
		})
	}
	jsutil.Must(b.proto.DefineAccessorProperty(name, g, s, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// resTable lists the Go members of res's prototype.
var resTable = newMemberTable(func(t *memberTable) {
	method, accessor := t.method, t.accessor

	// Express
	method("status", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.expressStatus(call.Argument(0))
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
		if len(call.Arguments) >= 2 {
			x.set(call.Argument(0).String(), call.Argument(1))
		} else if obj, ok := call.Argument(0).(*goja.Object); ok {
			for _, k := range obj.Keys() {
				x.set(k, obj.Get(k))
			}
		}
		return call.This
	}
	method("set", set)
	t.alias("header", "set")
	method("get", func(x *exchange, call goja.FunctionCall) goja.Value {
		return x.getHeader(call.Argument(0).String())
	})
	contentType := func(x *exchange, call goja.FunctionCall) goja.Value {
		x.setType(call.Argument(0).String())
		return call.This
	}
	method("type", contentType)
	t.alias("contentType", "type")
	accessor("locals", func(x *exchange) goja.Value {
		if x.localsObj == nil {
			x.localsObj = x.rt.vm.NewObject()
		}
		return x.localsObj
	}, func(x *exchange, v goja.Value) { x.localsObj, _ = v.(*goja.Object) })

	// Node's http.ServerResponse
	method("setHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.setHeader(call.Argument(0).String(), call.Argument(1))
		return call.This
	})
	method("getHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		return x.getHeader(call.Argument(0).String())
	})
	method("getHeaders", func(x *exchange, call goja.FunctionCall) goja.Value {
		obj := x.rt.vm.NewObject()
		for k := range x.w.Header() {
			jsutil.Must(obj.Set(strings.ToLower(k), x.getHeader(k)))
		}
		return obj
	})
	method("getHeaderNames", func(x *exchange, call goja.FunctionCall) goja.Value {
		var names []any
		for k := range x.w.Header() {
			names = append(names, strings.ToLower(k))
		}
		return x.rt.vm.NewArray(names...)
	})
	method("hasHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		_, ok := x.w.Header()[http.CanonicalHeaderKey(call.Argument(0).String())]
		return x.rt.vm.ToValue(ok)
	})
	method("removeHeader", func(x *exchange, call goja.FunctionCall) goja.Value {
		if x.wroteHeader {
			panic(x.headersSentError("remove"))
		}
		x.w.Header().Del(call.Argument(0).String())
		return goja.Undefined()
	})
	method("writeHead", func(x *exchange, call goja.FunctionCall) goja.Value {
		if x.wroteHeader {
			panic(x.headersSentError("write"))
		}
		x.inWriteHead = true
		defer func() { x.inWriteHead = false }()
		x.setStatus(call.Argument(0))
		headers := call.Argument(1)
		if s, isString := headers.Export().(string); isString { // writeHead(status, statusMessage, headers)
			x.statusMsg = s
			headers = call.Argument(2)
		}
		if obj, ok := headers.(*goja.Object); ok {
			if obj.ClassName() == "Array" { // [name, value, name, value, …]
				keys := obj.Keys()
				for i := 0; i+1 < len(keys); i += 2 {
					x.w.Header().Add(obj.Get(keys[i]).String(), obj.Get(keys[i+1]).String())
				}
			} else {
				for _, k := range obj.Keys() {
					x.setHeader(k, obj.Get(k))
				}
			}
		}
		x.writeHeader()
		return call.This
	})
	method("flushHeaders", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.writeHeader()
		x.flush()
		return goja.Undefined()
	})
	method("write", func(x *exchange, call goja.FunctionCall) goja.Value {
		chunk, encoding, cbVal := writeArgs(call)
		if chunk == nil {
			a := call.Argument(0)
			if goja.IsNull(a) {
				panic(x.codeError("TypeError", "ERR_STREAM_NULL_VALUES", "May not write null values to stream"))
			}
			panic(x.codeError("TypeError", "ERR_INVALID_ARG_TYPE", `The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received undefined`))
		}
		if x.ended || x.destroyed {
			x.streamError("ERR_STREAM_WRITE_AFTER_END", "write after end", cbVal)
			return x.rt.vm.ToValue(false)
		}
		x.writeHeader()
		x.writeChunk(chunk, encoding)
		if x.corked == 0 {
			x.flush()
		}
		if cbVal != nil {
			if x.writeCbs == nil {
				x.writeCbs = &writeCallbacks{}
			}
			x.writeCbs.list = append(x.writeCbs.list, cbVal)
			x.postWriteCbs()
		}
		// false past the high-water mark: what waits for the client, or
		// a chunk that big on its own (which the client cannot have taken
		// yet, whatever the request's goroutine did meanwhile)
		if chunkLen(chunk) >= resHighWaterMark || x.box.backlog() >= resHighWaterMark {
			x.waitDrain()
			return x.rt.vm.ToValue(false)
		}
		return x.rt.vm.ToValue(true)
	})
	method("end", func(x *exchange, call goja.FunctionCall) goja.Value {
		chunk, encoding, cbVal := writeArgs(call)
		if x.ended || x.destroyed {
			switch {
			case chunk != nil:
				x.streamError("ERR_STREAM_WRITE_AFTER_END", "write after end", cbVal)
			case cbVal != nil:
				cb, _ := goja.AssertFunction(cbVal)
				if _, err := cb(goja.Undefined(), x.codeError("Error", "ERR_STREAM_ALREADY_FINISHED", "Cannot call end after a stream was finished")); err != nil {
					panic(err)
				}
			}
			return call.This
		}
		if cbVal != nil {
			// as Node: the callback is a 'finish' listener
			once, _ := goja.AssertFunction(x.resObj.Get("once"))
			if once != nil {
				if _, err := once(x.resObj, x.rt.vm.ToValue("finish"), cbVal); err != nil {
					panic(err)
				}
			}
		}
		if chunk != nil && encoding != "" {
			if b, ok := encodeChunk(chunk.String(), encoding); ok {
				chunk = x.rt.buffer(b)
			}
		}
		x.end(chunk)
		return call.This
	})
	accessor("statusCode", func(x *exchange) goja.Value { return x.rt.vm.ToValue(x.status) },
		func(x *exchange, v goja.Value) { x.setStatus(v) })
	accessor("statusMessage", func(x *exchange) goja.Value {
		if x.statusMsg == "" {
			if !x.wroteHeader {
				return goja.Undefined()
			}
			return x.rt.vm.ToValue(statusMessage(x.status))
		}
		return x.rt.vm.ToValue(x.statusMsg)
	}, func(x *exchange, v goja.Value) { x.statusMsg = v.String() })
	accessor("headersSent", func(x *exchange) goja.Value { return x.rt.vm.ToValue(x.wroteHeader) }, nil)
	accessor("writableEnded", func(x *exchange) goja.Value { return x.rt.vm.ToValue(x.ended) }, nil)
	accessor("writableFinished", func(x *exchange) goja.Value { return x.rt.vm.ToValue(x.ended) }, nil)
	accessor("finished", func(x *exchange) goja.Value { return x.rt.vm.ToValue(x.ended) }, nil)
	accessor("req", func(x *exchange) goja.Value { return x.reqObj }, nil)
})

var (
	typeString      = reflect.TypeFor[string]()
	typeBytes       = reflect.TypeFor[[]byte]()
	typeArrayBuffer = reflect.TypeFor[goja.ArrayBuffer]()
)

// headersSentError is Node's ERR_HTTP_HEADERS_SENT, for a header set (verb
// "set"), removed ("remove") or written (res.writeHead: "write") after the
// headers went out.
func (x *exchange) headersSentError(verb string) *goja.Object {
	return x.codeError("Error", "ERR_HTTP_HEADERS_SENT", "Cannot "+verb+" headers after they are sent to the client")
}

// expressStatus is res.status: an integer from 100 to 999, or it throws as
// Express 5 does.
func (x *exchange) expressStatus(v goja.Value) {
	vm := x.rt.vm
	f := v.ToFloat()
	if _, isNum := v.Export().(int64); !isNum {
		if fv, isFloat := v.Export().(float64); !isFloat || fv != float64(int64(fv)) {
			panic(vm.NewTypeError("Invalid status code: %s. Status code must be an integer.", jsonString(x.rt, v)))
		}
	}
	if f < 100 || f > 999 {
		panic(x.rt.rangeError("Invalid status code: " + jsonString(x.rt, v) + ". Status code must be greater than 99 and less than 1000."))
	}
	x.status = int(f)
}

func jsonString(rt *Runtime, v goja.Value) string {
	if s, err := rt.stringify(goja.Undefined(), v); err == nil && !goja.IsUndefined(s) {
		return s.String()
	}
	return v.String()
}

// setStatus is Node's statusCode: any number from 100 to 999.
func (x *exchange) setStatus(v goja.Value) {
	code := v.ToInteger()
	if code < 100 || code > 999 {
		panic(x.rt.rangeError("Invalid status code: " + v.String()))
	}
	x.status = int(code)
}

// set is Express's res.set(field, value): values become strings, and a
// Content-Type is completed by mime-types' contentType.
func (x *exchange) set(name string, v goja.Value) {
	if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
		if strings.EqualFold(name, "content-type") {
			panic(x.rt.vm.NewTypeError("Content-Type cannot be set to an Array"))
		}
		x.setHeader(name, v)
		return
	}
	s := v.String()
	if strings.EqualFold(name, "content-type") {
		if ct := mimeContentType(s); ct != "" {
			s = ct
		} else {
			s = "false" // mime.contentType(value) is false, and Node writes it as such
		}
	}
	x.setHeaderString(name, s)
}

// setType is res.type: an extension looked up, or a type taken as it is,
// through res.set.
func (x *exchange) setType(t string) {
	ct := t
	if !strings.Contains(t, "/") {
		if ct = mimeContentType(t); ct == "" {
			ct = "application/octet-stream"
		}
	}
	x.set("Content-Type", x.rt.vm.ToValue(ct))
}

// checkHeaderValue throws, as Node does, for a header value with a
// character HTTP cannot carry (a control character, or one beyond Latin-1).
func (x *exchange) checkHeaderValue(name, s string) {
	for _, r := range s {
		if r == '\t' || (r >= 0x20 && r != 0x7f && r <= 0xff) {
			continue
		}
		e := x.rt.vm.NewTypeError("Invalid character in header content [%q]", name)
		jsutil.Must(e.Set("code", "ERR_INVALID_CHAR"))
		panic(e)
	}
}

// setHeader is Node's setHeader: a value or an array of values.
func (x *exchange) setHeader(name string, v goja.Value) {
	if x.wroteHeader {
		panic(x.headersSentError("set"))
	}
	key := http.CanonicalHeaderKey(name)
	if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
		keys := obj.Keys()
		vals := make([]string, len(keys))
		for i, k := range keys {
			vals[i] = obj.Get(k).String()
			x.checkHeaderValue(name, vals[i])
		}
		x.w.Header()[key] = vals
		x.keepRaw(key, v)
		return
	}
	s := v.String()
	x.checkHeaderValue(name, s)
	x.w.Header()[key] = []string{s}
	if _, isString := v.Export().(string); !isString {
		x.keepRaw(key, v) // Node keeps a number as a number
	} else if x.rawHeaders != nil {
		delete(x.rawHeaders, key)
	}
}

// keepRaw remembers the value a header was set with, for getHeader.
func (x *exchange) keepRaw(key string, v goja.Value) {
	if x.rawHeaders == nil {
		x.rawHeaders = map[string]goja.Value{}
	}
	x.rawHeaders[key] = v
}

func (x *exchange) setHeaderString(name, s string) {
	if x.wroteHeader {
		panic(x.headersSentError("set"))
	}
	x.checkHeaderValue(name, s)
	key := http.CanonicalHeaderKey(name)
	x.w.Header()[key] = []string{s}
	if x.rawHeaders != nil {
		delete(x.rawHeaders, key)
	}
}

// getHeader returns a response header as Node does: undefined, a string, or
// an array for a header set with several values.
func (x *exchange) getHeader(name string) goja.Value {
	key := http.CanonicalHeaderKey(name)
	vals := x.w.Header()[key]
	if raw, ok := x.rawHeaders[key]; ok && len(vals) > 0 {
		// the value as set, unless Go code has replaced it since
		if obj, isObj := raw.(*goja.Object); isObj && obj.ClassName() == "Array" {
			if obj.Get("length").ToInteger() == int64(len(vals)) {
				return raw
			}
		} else if len(vals) == 1 && raw.String() == vals[0] {
			return raw
		}
	}
	switch len(vals) {
	case 0:
		return goja.Undefined()
	case 1:
		return x.rt.vm.ToValue(vals[0])
	}
	a := make([]any, len(vals))
	for i, s := range vals {
		a[i] = s
	}
	return x.rt.vm.NewArray(a...)
}

func (x *exchange) headerValue(key string) string {
	if v := x.w.Header()[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// send is Express's res.send: each kind of body as Express treats it, with
// its Content-Type, Content-Length and weak ETag, and 304 when the request
// is fresh.
func (x *exchange) send(v goja.Value) {
	if x.ended {
		panic(x.headersSentError("set"))
	}
	h := x.w.Header()
	var body string
	var bin []byte
	hasBody := true
	switch {
	case v == nil || goja.IsUndefined(v):
		hasBody = false
	case goja.IsNull(v):
	default:
		switch v.ExportType() {
		case typeString:
			body = v.String()
			switch ct := x.headerValue("Content-Type"); {
			case ct == "":
				h["Content-Type"] = x.one("text/html; charset=utf-8")
			case !hasUTF8Charset(ct):
				s, err := setCharset(ct, "utf-8")
				if err != nil {
					panic(x.rt.vm.NewTypeError(err.Error()))
				}
				x.set("Content-Type", x.rt.vm.ToValue(s))
			}
		case typeBytes:
			bin = v.Export().([]byte)
			if x.headerValue("Content-Type") == "" {
				h["Content-Type"] = x.one("application/octet-stream")
			}
		case typeArrayBuffer: // not a view: JSON, as Express treats any non-view object
			x.json(v)
			return
		default:
			if obj, ok := v.(*goja.Object); ok && isView(obj) {
				bin = viewBytes(obj)
				if x.headerValue("Content-Type") == "" {
					h["Content-Type"] = x.one("application/octet-stream")
				}
				break
			}
			if _, isObj := v.(*goja.Object); isObj || isPrimitiveJSON(v) {
				x.json(v)
				return
			}
			body = v.String()
		}
	}
	if hasBody {
		n := len(body) + len(bin)
		if len(h["Transfer-Encoding"]) == 0 {
			h["Content-Length"] = x.one(strconv.Itoa(n))
		}
		if len(h["Etag"]) == 0 {
			h["Etag"] = x.one(x.rt.etag(body, bin))
		}
	}
	if x.fresh() {
		x.status = http.StatusNotModified
	}
	switch x.status {
	case http.StatusNoContent, http.StatusNotModified:
		delete(h, "Content-Type")
		delete(h, "Content-Length")
		delete(h, "Transfer-Encoding")
		body, bin = "", nil
	case http.StatusResetContent:
		h["Content-Length"] = []string{"0"}
		delete(h, "Transfer-Encoding")
		body, bin = "", nil
	}
	x.endWith(body, bin)
}

// endWith ends the response with a whole body (a string, or bin when not
// nil): through res.end when middleware replaced it, else written here.
func (x *exchange) endWith(body string, bin []byte) {
	if x.endThroughJS(body, bin) {
		return
	}
	x.writeHeader()
	if x.r.Method != http.MethodHead {
		if bin != nil {
			_, _ = x.w.Write(bin)
		} else if body != "" {
			_, _ = io.WriteString(x.w, body)
		}
	}
	x.markEnded()
}

// endThroughJS ends the response through res.end when middleware has
// replaced it on this res (compression, sessions wrap res.end), as
// Express's res.send ends with this.end(chunk): the replacement sees the
// body and calls the original. It reports whether it did.
func (x *exchange) endThroughJS(body string, bin []byte) bool {
	if x.inEnd {
		return false
	}
	fn := x.resObj.Get("end")
	if fn == nil || fn == x.rt.endFn {
		return false
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return false
	}
	var chunk goja.Value = goja.Undefined()
	if x.r.Method != http.MethodHead {
		if bin != nil {
			chunk = x.rt.buffer(bin)
		} else if body != "" {
			chunk = x.rt.vm.ToValue(body)
		}
	}
	x.inEnd = true
	defer func() { x.inEnd = false }()
	if _, err := call(x.resObj, chunk); err != nil {
		panic(err)
	}
	return true
}

// hasUTF8Charset reports a Content-Type that setCharset(ct, "utf-8") would
// leave as it is, such as "application/json; charset=utf-8": the fast path
// of res.json and res.send.
func hasUTF8Charset(ct string) bool {
	base, rest, ok := strings.Cut(ct, ";")
	if !ok || rest != " charset=utf-8" {
		return false
	}
	for i := 0; i < len(base); i++ {
		if c := base[i]; c >= 'A' && c <= 'Z' || c == ' ' || c == '\t' {
			return false
		}
	}
	slash := strings.IndexByte(base, '/')
	return slash > 0 && isToken(base[:slash]) && isToken(base[slash+1:])
}

// isPrimitiveJSON reports booleans and numbers, which res.send sends as JSON.
func isPrimitiveJSON(v goja.Value) bool {
	switch v.Export().(type) {
	case bool, int64, float64:
		return true
	}
	return false
}

// json is Express's res.json: JSON.stringify, a JSON Content-Type unless
// one is set, then send.
func (x *exchange) json(v goja.Value) {
	s, err := x.rt.stringify(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	if x.headerValue("Content-Type") == "" {
		x.w.Header()["Content-Type"] = x.one("application/json; charset=utf-8")
	}
	x.send(s)
}

// end is Node's res.end: the last chunk, a Content-Length when the headers
// are not out yet, and the end of the response.
func (x *exchange) end(chunk goja.Value) {
	if x.ended {
		return
	}
	// a response already streaming goes on chunked, as in Node (net/http
	// would give a small one that was never flushed a Content-Length)
	defer func(streaming bool) {
		if streaming {
			x.flush()
		}
	}(x.wroteHeader)
	if !x.wroteHeader {
		h := x.w.Header()
		if len(h["Content-Length"]) == 0 && len(h["Transfer-Encoding"]) == 0 && x.status != http.StatusNoContent && x.status != http.StatusNotModified && x.status >= 200 {
			n := 0
			if chunk != nil {
				n = chunkLen(chunk)
			}
			if x.r.Method != http.MethodHead {
				// Node computes the length as it writes: res.getHeader
				// does not see it
				x.box.contentLength = strconv.Itoa(n)
			}
		}
	}
	x.writeHeader()
	if chunk != nil {
		x.writeBody(chunk)
	}
	x.markEnded()
}

// finish sends a complete body of the host's own (an error page, a
// timeout), with its Content-Length, and ends the response.
func (x *exchange) finish(body string, bin []byte) {
	h := x.w.Header()
	if x.status != http.StatusNoContent && x.status != http.StatusNotModified {
		h["Content-Length"] = x.one(strconv.Itoa(len(body) + len(bin)))
	}
	x.endWith(body, bin)
}

// markEnded records the end of the response and tells listeners of 'finish'.
// The events are queued before the response is handed to the request's
// goroutine: a client that has the answer and asks again (morgan's log, say)
// then finds the previous request's 'finish' ahead of its own in the loop's
// queue, as it does in Node.
func (x *exchange) markEnded() {
	x.ended = true
	x.endEvents("finish")
	x.box.end(finEnded)
}

// endEvents tells the plugin that the response is over, in Node's order:
// the callbacks of the writes, res's first event ('finish' when it ended;
// none when it was destroyed), and a turn later (after what the same turn
// queued, such as the errors of writes after the end) res's 'close', req's
// 'end' (a body no one read is dropped) and 'close'. Then the runtime
// forgets the request. (Whether such an error still goes out as 'error' is
// decided when the write is made: see streamError.)
func (x *exchange) endEvents(first string) {
	rt := x.rt
	if x.writeCbs != nil && len(x.writeCbs.list) > 0 {
		rt.loop.Post(x.runWriteCbs)
	}
	if !x.events || first == "" {
		rt.loop.PostTask((*closeTask)(x))
		return
	}
	rt.loop.Post(func() error {
		rt.loop.PostTask((*closeTask)(x))
		if x.over {
			return nil
		}
		return x.emit(x.resObj, first, nil)
	})
}

// closed ends the response's events (see endEvents) and forgets it.
func (x *exchange) closed() error {
	rt := x.rt
	x.resClosed = true
	var err error
	x.quietClose = !x.events || x.over
	if !x.quietClose {
		if err = x.emit(x.resObj, "close", nil); err == nil {
			prev := rt.cur
			rt.setCur(x)
			_, err = rt.prelude().afterEnd(goja.Undefined(), x.reqObj)
			rt.setCur(prev)
		}
	}
	rt.forget(x)
	return err
}

// postWriteCbs has a later turn of the loop call the callbacks of the
// writes so far, unless res is corked then: as Node, which sends what a
// turn wrote at its end, and what a corked response wrote when it is
// uncorked or ends.
func (x *exchange) postWriteCbs() {
	w := x.writeCbs
	if w == nil || w.posted || len(w.list) == 0 {
		return
	}
	w.posted = true
	x.rt.loop.Post(func() error {
		w.posted = false
		if x.corked > 0 && !x.ended {
			return nil
		}
		return x.runWriteCbs()
	})
}

// writeCallbacks are the callbacks of res.write not called yet.
type writeCallbacks struct {
	list   []goja.Value
	posted bool // a turn of the loop will call them
}

func (x *exchange) runWriteCbs() error {
	cbs := x.writeCbs.list
	x.writeCbs.list = nil
	rt := x.rt
	prev := rt.cur
	if !x.over {
		rt.setCur(x)
	}
	defer rt.setCur(prev)
	for _, v := range cbs {
		if cb, ok := goja.AssertFunction(v); ok {
			if _, err := cb(goja.Undefined()); err != nil {
				return err
			}
		}
	}
	return nil
}

// destroy is res.destroy: a response not ended yet is cut (the client sees
// the connection close), and 'close' follows, with 'error' first when there
// is an error and the plugin listens for it.
func (x *exchange) destroy(errVal goja.Value) {
	if x.destroyed {
		return
	}
	x.destroyed = true
	if x.ended {
		return
	}
	x.ended = true
	x.box.end(finAbort)
	rt := x.rt
	if x.events {
		if errVal != nil && !goja.IsUndefined(errVal) && !goja.IsNull(errVal) {
			rt.loop.Post(func() error {
				if x.over {
					return nil
				}
				if count, ok := goja.AssertFunction(x.resObj.Get("listenerCount")); ok {
					if n, err := count(x.resObj, rt.vm.ToValue("error")); err == nil && n.ToInteger() > 0 {
						return x.emit(x.resObj, "error", errVal)
					}
				}
				return nil
			})
		}
	}
	x.endEvents("")
}

// codeError makes an error of the given constructor with Node's code.
func (x *exchange) codeError(ctor, code, msg string) *goja.Object {
	vm := x.rt.vm
	e, err := vm.New(vm.Get(ctor), vm.ToValue(msg))
	if err != nil {
		e = jsutil.NewError(vm, msg)
	}
	jsutil.Must(e.Set("code", code))
	return e
}

func chunkLen(v goja.Value) int {
	switch v.ExportType() {
	case typeBytes:
		return len(v.Export().([]byte))
	case typeArrayBuffer:
		return len(v.Export().(goja.ArrayBuffer).Bytes())
	}
	if obj, ok := v.(*goja.Object); ok && isView(obj) {
		return len(viewBytes(obj))
	}
	return len(v.String())
}

func (x *exchange) writeHeader() {
	if x.wroteHeader {
		return
	}
	if !x.inWriteHead {
		// Node sends implicit headers through res.writeHead, and
		// middleware built on on-headers (sessions, response times)
		// replaces it on the res object to act at that moment.
		if fn := x.resObj.Get("writeHead"); fn != nil && fn != x.rt.writeHead {
			if call, ok := goja.AssertFunction(fn); ok {
				x.inWriteHead = true
				_, err := call(x.resObj, x.rt.vm.ToValue(x.status))
				x.inWriteHead = false
				if err != nil {
					panic(err)
				}
				if x.wroteHeader {
					return
				}
			}
		}
	}
	x.wroteHeader = true
	x.w.WriteHeader(x.status)
}

func (x *exchange) flush() {
	x.w.Flush()
}

// writeChunk writes a chunk of res.write: a string in an encoding, or bytes.
func (x *exchange) writeChunk(v goja.Value, encoding string) {
	if encoding != "" && x.r.Method != http.MethodHead {
		if s, isString := v.Export().(string); isString {
			if b, ok := encodeChunk(s, encoding); ok {
				_, _ = x.w.Write(b)
				return
			}
		}
	}
	x.writeBody(v)
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
		if obj, ok := v.(*goja.Object); ok && isView(obj) {
			_, _ = x.w.Write(viewBytes(obj))
			return
		}
		_, _ = io.WriteString(x.w, v.String())
	}
}

// isView is ArrayBuffer.isView: a typed array or DataView.
func isView(obj *goja.Object) bool {
	b, ok := obj.Get("buffer").(*goja.Object)
	if !ok {
		return false
	}
	_, ok = b.Export().(goja.ArrayBuffer)
	return ok && obj.Get("byteLength") != nil
}

// viewBytes returns the bytes a typed array or DataView spans.
func viewBytes(obj *goja.Object) []byte {
	ab := obj.Get("buffer").Export().(goja.ArrayBuffer).Bytes()
	off, n := obj.Get("byteOffset").ToInteger(), obj.Get("byteLength").ToInteger()
	return ab[off : off+n]
}

// statusMessage is the statuses package's message for a code, as Express
// and finalhandler use it ("" for unknown codes).
func statusMessage(code int) string { return statusMessages[code] }

// statusMessages is the statuses package's table (Node's STATUS_CODES with
// a few differences), which Express uses for sendStatus, redirects and
// error pages.
var statusMessages = map[int]string{
	100: "Continue",
	101: "Switching Protocols",
	102: "Processing",
	103: "Early Hints",
	200: "OK",
	201: "Created",
	202: "Accepted",
	203: "Non-Authoritative Information",
	204: "No Content",
	205: "Reset Content",
	206: "Partial Content",
	207: "Multi-Status",
	208: "Already Reported",
	226: "IM Used",
	300: "Multiple Choices",
	301: "Moved Permanently",
	302: "Found",
	303: "See Other",
	304: "Not Modified",
	305: "Use Proxy",
	307: "Temporary Redirect",
	308: "Permanent Redirect",
	400: "Bad Request",
	401: "Unauthorized",
	402: "Payment Required",
	403: "Forbidden",
	404: "Not Found",
	405: "Method Not Allowed",
	406: "Not Acceptable",
	407: "Proxy Authentication Required",
	408: "Request Timeout",
	409: "Conflict",
	410: "Gone",
	411: "Length Required",
	412: "Precondition Failed",
	413: "Payload Too Large",
	414: "URI Too Long",
	415: "Unsupported Media Type",
	416: "Range Not Satisfiable",
	417: "Expectation Failed",
	418: "I'm a Teapot",
	421: "Misdirected Request",
	422: "Unprocessable Entity",
	423: "Locked",
	424: "Failed Dependency",
	425: "Too Early",
	426: "Upgrade Required",
	428: "Precondition Required",
	429: "Too Many Requests",
	431: "Request Header Fields Too Large",
	451: "Unavailable For Legal Reasons",
	500: "Internal Server Error",
	501: "Not Implemented",
	502: "Bad Gateway",
	503: "Service Unavailable",
	504: "Gateway Timeout",
	505: "HTTP Version Not Supported",
	506: "Variant Also Negotiates",
	507: "Insufficient Storage",
	508: "Loop Detected",
	509: "Bandwidth Limit Exceeded",
	510: "Not Extended",
	511: "Network Authentication Required",
}

// numberProp reads a property that is a number.
func numberProp(obj *goja.Object, name string) (int, bool) {
	p := obj.Get(name)
	if p == nil {
		return 0, false
	}
	switch v := p.Export().(type) {
	case int64:
		return int(v), true
	case float64:
		return int(v), v == float64(int(v))
	}
	return 0, false
}

// errorStack is what finalhandler shows in development: the stack, or the
// error as a string.
func errorStack(v goja.Value) string {
	if obj, ok := v.(*goja.Object); ok {
		if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) && s.String() != "" {
			return s.String()
		}
	}
	if v == nil {
		return ""
	}
	return v.String()
}

// ErrorPage is finalhandler's HTML document for an error message.
func ErrorPage(msg string) string {
	body := html.EscapeString(msg)
	body = strings.ReplaceAll(body, "&#34;", "&quot;")
	body = strings.ReplaceAll(body, "\n", "<br>")
	body = strings.ReplaceAll(body, "  ", " &nbsp;")
	return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>" +
		body + "</pre>\n</body>\n</html>\n"
}

// NotFound answers as Express's final handler does when no route matched:
// 404 with its HTML page, "Cannot GET /the/path" (the path as the client
// sent it, before any mount point was stripped). A host gives it as
// NotFound to answer unmatched requests exactly as an Express server would.
func NotFound(w http.ResponseWriter, r *http.Request) {
	p := r.RequestURI
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	if p == "" || p == "*" {
		p = r.URL.EscapedPath()
	}
	body := ErrorPage("Cannot " + r.Method + " " + encodeLocation(p))
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		_, _ = io.WriteString(w, body)
	}
}

// one returns []string{v} for a header value, backed by the exchange's own
// room for the few values every response sets (Content-Type,
// Content-Length, ETag), so that they cost no allocation of their own.
func (x *exchange) one(v string) []string {
	if i := int(x.nhv); i < len(x.hv) {
		x.nhv++
		x.hv[i] = v
		return x.hv[i : i+1 : i+1]
	}
	return []string{v}
}
