package express

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// This file holds the built-in "express" module and the JavaScript half of
// req and res (express_prelude.js and express_extras.js, run on first use:
// members.go), with the Go helpers they call.
//
//	import express, { Router, json, urlencoded, text, raw } from "express";
//
// resolves to the host's module, so a plugin bundled with express marked
// external keeps its Express code: express.Router() makes a router to mount
// with use, and the body parsers read the request body with Express's
// defaults. express() itself, an application, has no meaning inside a
// plugin and throws.

// preludeHost builds the object of Go helpers express_prelude.js calls.
func (rt *Runtime) preludeHost() *goja.Object {
	vm := rt.vm
	host := vm.NewObject()
	fn := func(name string, f func(call goja.FunctionCall) goja.Value) { jsutil.Must(host.Set(name, f)) }
	fn("decode", func(call goja.FunctionCall) goja.Value {
		b, _ := call.Argument(0).Export().([]byte)
		start, end := int(call.Argument(2).ToInteger()), int(call.Argument(3).ToInteger())
		start, end = max(0, min(start, len(b))), max(0, min(end, len(b)))
		if start > end {
			start = end
		}
		s, err := decodeCharset(b[start:end], call.Argument(1).String(), false)
		if err != nil {
			panic(vm.NewTypeError("Unknown encoding: %s", call.Argument(1).String()))
		}
		return vm.ToValue(s)
	})
	fn("listen", func(call goja.FunctionCall) goja.Value {
		obj, _ := call.Argument(0).(*goja.Object)
		x := rt.liveOf(obj)
		if x == nil {
			return goja.Undefined() // a request that is over: its events are over too, as in Node
		}
		x.events = true
		switch call.Argument(1).String() {
		case "close", "aborted":
			x.watchClose()
		}
		return goja.Undefined()
	})
	fn("readChunk", func(call goja.FunctionCall) goja.Value {
		rt.exch(call.Argument(0)).readChunk()
		return goja.Undefined()
	})
	fn("streamStarted", func(call goja.FunctionCall) goja.Value {
		obj, _ := call.Argument(0).(*goja.Object)
		x := rt.liveOf(obj)
		if x == nil {
			return vm.ToValue(true) // a request that is over: nothing is left to read
		}
		x.stream = true
		return vm.ToValue(x.parsed)
	})
	fn("httpClasses", func(goja.FunctionCall) goja.Value {
		in, out, err := rt.httpClasses()
		if err != nil {
			rt.cfg.Logger.Error("node:http's classes are not available: req and res are event emitters only", "err", rt.cfg.wrap(err))
		}
		if in == nil || out == nil {
			return goja.Null()
		}
		return vm.NewArray(in, out)
	})
	fn("streamMembers", func(goja.FunctionCall) goja.Value {
		req, res := rt.streamMembers()
		return vm.NewArray(req, res)
	})
	max := rt.cfg.MaxListeners
	if max <= 0 {
		max = DefaultMaxListeners
	}
	jsutil.Must(host.Set("maxListeners", max))
	fn("fail", func(call goja.FunctionCall) goja.Value {
		x := rt.exch(call.Argument(0))
		x.next(call.Argument(1))
		return goja.Undefined()
	})
	return host
}

// extrasHost builds the object of Go helpers express_extras.js calls.
func (rt *Runtime) extrasHost() *goja.Object {
	vm := rt.vm
	host := vm.NewObject()
	fn := func(name string, f func(call goja.FunctionCall) goja.Value) { jsutil.Must(host.Set(name, f)) }
	falseOr := func(s string) goja.Value {
		if s == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(s)
	}
	fn("mimeLookup", func(call goja.FunctionCall) goja.Value {
		return falseOr(mimeLookup(call.Argument(0).String()))
	})
	fn("statusMessage", func(call goja.FunctionCall) goja.Value {
		if m := statusMessage(int(call.Argument(0).ToInteger())); m != "" {
			return vm.ToValue(m)
		}
		return goja.Undefined()
	})
	fn("hmacSHA256", func(call goja.FunctionCall) goja.Value {
		m := hmac.New(sha256.New, []byte(call.Argument(0).String()))
		m.Write([]byte(call.Argument(1).String()))
		return vm.ToValue(strings.TrimRight(base64.StdEncoding.EncodeToString(m.Sum(nil)), "="))
	})
	fn("byteLength", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(len(call.Argument(0).String()))
	})
	fn("typeIs", func(call goja.FunctionCall) goja.Value {
		h := call.Argument(0)
		if goja.IsUndefined(h) || goja.IsNull(h) {
			return vm.ToValue(false)
		}
		var types []string
		if list, ok := call.Argument(1).(*goja.Object); ok {
			for _, k := range list.Keys() {
				if t, ok := list.Get(k).Export().(string); ok {
					types = append(types, t)
				}
			}
		}
		if t, ok := matchContentType(h.String(), types); ok {
			return vm.ToValue(t)
		}
		return vm.ToValue(false)
	})
	fn("encodeLocation", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(encodeLocation(call.Argument(0).String()))
	})
	fn("negotiate", func(call goja.FunctionCall) goja.Value {
		h := call.Argument(1)
		present := !goja.IsUndefined(h)
		header := ""
		if present && !goja.IsNull(h) {
			header = h.String()
		}
		var offered []string
		if list, ok := call.Argument(2).(*goja.Object); ok {
			offered = []string{}
			for _, k := range list.Keys() {
				offered = append(offered, list.Get(k).String())
			}
		}
		out := negotiate(negotiationKind(call.Argument(0).ToInteger()), header, present, offered)
		vals := make([]any, len(out))
		for i, v := range out {
			vals[i] = v
		}
		return vm.NewArray(vals...)
	})
	fn("conn", func(call goja.FunctionCall) goja.Value {
		obj, _ := call.Argument(0).(*goja.Object)
		x := rt.liveOf(obj)
		if x == nil { // a request that is over: so is its connection, for the plugin
			if call.Argument(1).ToInteger() == 6 {
				return vm.ToValue(false)
			}
			return goja.Undefined()
		}
		return x.conn(int(call.Argument(1).ToInteger()))
	})
	return host
}

// buffer wraps bytes as the Buffer-like Uint8Array the prelude defines.
func (rt *Runtime) buffer(b []byte) goja.Value {
	v, err := rt.prelude().toBuffer(goja.Undefined(), rt.vm.ToValue(rt.vm.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	return v
}

// watchClose arranges for 'close' to be emitted on req and res when the
// client goes away before the response ends (a Server-Sent Events stream
// stops that way). While it watches, the request is not stalled: the
// client's leaving is something pending.
func (x *exchange) watchClose() {
	if x.stopWait != nil {
		return
	}
	rt := x.rt
	release := rt.loop.Hold()
	stop := context.AfterFunc(x.r.Context(), func() {
		release(x.emitClose)
	})
	x.stopWait = func() bool {
		if stop() {
			release(func() error { return nil }) // the request ended first
			return true
		}
		return false
	}
}

// emitClose emits 'aborted' and 'close' on req and 'close' on res, once,
// when the client went away before the response ended. It runs on the loop.
func (x *exchange) emitClose() error {
	if x.over || x.ended || x.closeEmitted {
		return nil
	}
	x.closeEmitted = true
	rt := x.rt
	rt.setCur(x)
	defer rt.setCur(nil)
	if _, err := rt.prelude().emit(goja.Undefined(), x.reqObj, rt.vm.ToValue("aborted")); err != nil {
		return err
	}
	if x.stream && !x.bodyDone {
		// a reader of the body learns that the rest will not come
		err := rt.errorOf(&bodyError{status: http.StatusBadRequest, msg: "request aborted", typ: "request.aborted"})
		if _, err := rt.prelude().aborted(goja.Undefined(), x.reqObj, err); err != nil {
			return err
		}
	}
	for _, obj := range [...]*goja.Object{x.reqObj, x.resObj} {
		if _, err := rt.prelude().emit(goja.Undefined(), obj, rt.vm.ToValue("close")); err != nil {
			return err
		}
	}
	return nil
}

// ---- the request body ----

// bodyError is a failure to read or parse a request body; errorOf makes it
// the error Express's body parsers give (413 past a limit, 400, 415, …).
type bodyError struct {
	status int
	msg    string
	typ    string
	props  map[string]any
	plain  bool // a plain Error passed on (zlib's): no http-errors name
}

func (e *bodyError) Error() string { return e.msg }

// bodyReader returns the request body behind Options.MaxBodyBytes.
func (x *exchange) bodyReader() io.Reader {
	if x.body == nil {
		x.body = http.MaxBytesReader(x.w, x.r.Body, x.rt.cfg.MaxBodyBytes)
	}
	return x.body
}

func (x *exchange) tooLarge(limit int64) *bodyError {
	props := map[string]any{"limit": limit}
	if x.r.ContentLength >= 0 {
		props["expected"], props["length"] = x.r.ContentLength, x.r.ContentLength
	}
	return &bodyError{status: http.StatusRequestEntityTooLarge, msg: "request entity too large", typ: "entity.too.large", props: props}
}

// errorOf turns a Go error into the JavaScript error handed to next(err):
// a bodyError becomes an http-errors-like Error with status and type.
func (rt *Runtime) errorOf(err error) goja.Value {
	var be *bodyError
	if !errors.As(err, &be) {
		return jsutil.NewError(rt.vm, err.Error())
	}
	e := rt.newHTTPError(be.status, be.msg, be.typ, be.props)
	if be.plain {
		jsutil.Must(e.Delete("name")) // the Error's own
	}
	return e
}

// newHTTPError creates an Error as http-errors does: status, statusCode,
// expose, type and the given properties.
func (rt *Runtime) newHTTPError(status int, msg, typ string, props map[string]any) *goja.Object {
	vm := rt.vm
	e, err := vm.New(vm.Get("Error"), vm.ToValue(msg))
	if err != nil {
		e = jsutil.NewError(vm, msg)
	}
	jsutil.Must(e.Set("status", status))
	jsutil.Must(e.Set("statusCode", status))
	jsutil.Must(e.Set("expose", status < 500))
	if name := httpErrorName(status); name != "" {
		jsutil.Must(e.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	if typ != "" {
		jsutil.Must(e.Set("type", typ))
	}
	for k, v := range props {
		jsutil.Must(e.Set(k, v))
	}
	return e
}

// httpErrorName is the name http-errors gives the error of a status: its
// message in CamelCase, ending in "Error" ("PayloadTooLargeError").
func httpErrorName(status int) string {
	msg := statusMessage(status)
	if msg == "" || status < 400 {
		return ""
	}
	var b strings.Builder
	for _, word := range strings.Fields(msg) {
		word = strings.Map(func(r rune) rune {
			if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
				return r
			}
			return -1
		}, word)
		if word != "" {
			b.WriteString(strings.ToUpper(word[:1]) + word[1:])
		}
	}
	name := b.String()
	if !strings.HasSuffix(name, "Error") {
		name += "Error"
	}
	return name
}

// decodeBody decodes a body in its charset: the encodings of Node's Buffer,
// and the others iconv-lite knows (UTF-16 with its byte order mark, UTF-32,
// KOI8-R, the Windows and ISO-8859 code pages, Shift_JIS, GBK, Big5, …)
// through golang.org/x/text.
func decodeBody(b []byte, charset string) (string, error) {
	cs := strings.ToLower(charset)
	switch cs {
	case "utf-16", "utf16":
		return decodeWith(b, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder())
	case "utf-32", "utf32":
		return decodeWith(b, utf32.UTF32(utf32.LittleEndian, utf32.UseBOM).NewDecoder())
	case "utf-32le", "utf32le":
		return decodeWith(b, utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM).NewDecoder())
	case "utf-32be", "utf32be":
		return decodeWith(b, utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM).NewDecoder())
	}
	if s, err := decodeCharset(b, cs, true); err == nil {
		return s, nil
	}
	enc, err := htmlindex.Get(cs)
	if err != nil {
		return "", fmt.Errorf("unsupported charset %q", charset)
	}
	return decodeWith(b, enc.NewDecoder())
}

func decodeWith(b []byte, d *encoding.Decoder) (string, error) {
	out, err := d.Bytes(b)
	if err != nil {
		return "", err
	}
	return strings.TrimPrefix(string(out), "\uFEFF"), nil
}

// decodeCharset decodes bytes in one of the charsets Node's Buffer and
// iconv-lite know that plugmux supports. bom strips a UTF-8 byte order
// mark, as iconv-lite does when body parsers decode.
func decodeCharset(b []byte, charset string, bom bool) (string, error) {
	switch strings.ToLower(charset) {
	case "utf8", "utf-8":
		if bom && len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
			b = b[3:]
		}
		if utf8.Valid(b) {
			return string(b), nil
		}
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	case "latin1", "binary", "iso-8859-1", "iso8859-1", "l1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r), nil
	case "ascii", "us-ascii":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c & 0x7f)
		}
		return string(r), nil
	case "utf16le", "utf-16le", "ucs2", "ucs-2":
		return decodeUTF16(b, binary.LittleEndian), nil
	case "utf-16be", "utf16be":
		return decodeUTF16(b, binary.BigEndian), nil
	case "hex":
		var s strings.Builder
		for _, c := range b {
			s.WriteString(strconv.FormatUint(uint64(c)|0x100, 16)[1:])
		}
		return s.String(), nil
	case "base64":
		return base64.StdEncoding.EncodeToString(b), nil
	}
	return "", fmt.Errorf("unsupported charset %q", charset)
}

func decodeUTF16(b []byte, order binary.ByteOrder) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = order.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

// ---- the module ----

// expressModule builds the "express" module of one runtime.
func expressModule(rt *Runtime) (goja.Value, error) {
	vm := rt.vm
	express := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		panic(jsutil.NewError(vm, "express() creates an application, which a plugin does not have: use the router setup receives, or express.Router()"))
	}).(*goja.Object)
	router := func(call goja.FunctionCall) goja.Value {
		var opts routerOptions
		if o, ok := call.Argument(0).(*goja.Object); ok {
			opts.caseSensitive = o.Get("caseSensitive") != nil && o.Get("caseSensitive").ToBoolean()
			opts.strict = o.Get("strict") != nil && o.Get("strict").ToBoolean()
			opts.mergeParams = o.Get("mergeParams") != nil && o.Get("mergeParams").ToBoolean()
		}
		return rt.routers.newRouter(rt, opts)
	}
	ctor, err := vm.RunProgram(scripts().router)
	if err != nil {
		return nil, err
	}
	wrap, _ := goja.AssertFunction(ctor)
	routerCtor, err := wrap(goja.Undefined(), vm.ToValue(router))
	if err != nil {
		return nil, err
	}
	jsutil.Must(express.Set("Router", routerCtor))
	for _, kind := range [...]string{"json", "urlencoded", "text", "raw"} {
		jsutil.Must(express.Set(kind, func(call goja.FunctionCall) goja.Value {
			return rt.bodyParser(kind, call.Argument(0))
		}))
	}
	jsutil.Must(express.Set("static", func(call goja.FunctionCall) goja.Value {
		panic(jsutil.NewError(vm, "express.static() is not supported by plugmux: plugins have no file system"))
	}))
	return express, nil
}

// encodeLocation percent-encodes what may not stand in a URL, as Express
// does for Location: escapes already present are kept, a "%" that starts
// none becomes "%25", every other byte outside the URL characters is
// escaped (lone surrogates arrive here as U+FFFD already).
func encodeLocation(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				b.WriteByte(c)
			} else {
				b.WriteString("%25")
			}
		case urlByte(c):
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// urlByte reports whether c may stand unescaped in a Location URL: the
// printable ASCII characters but space, '"', '<', '>', '`', '{' and '}'.
func urlByte(c byte) bool {
	return c > 0x20 && c < 0x7f && !strings.ContainsRune("\"<>`{}", rune(c))
}
