package express

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// req and res as Node streams. express_prelude.js makes node:http's
// IncomingMessage.prototype and ServerResponse.prototype the parents of the
// req and res prototypes (on a runtime's first request that needs them), so
// req is a stream.Readable whose _read asks readChunk for the next piece of
// the body, and res an http.ServerResponse whose write and end are the Go
// methods of response.go, with Node's backpressure: write returns false
// while more than resHighWaterMark bytes wait in the outbox for the client,
// and 'drain' follows once the request's goroutine has sent them.

// chainNames are the names that node:http's IncomingMessage.prototype and
// ServerResponse.prototype and their parents define (TestLazyChainNames
// keeps the list whole): looking one up on req or res loads the chain.
// Other names (req.body, req.user) do not. Read only.
var chainNames = func() map[string]bool {
	m := map[string]bool{"__proto__": true}
	for _, k := range strings.Fields(`_destroy _events _eventsCount _maxListeners _read _undestroy aborted
		addListener appendHeader assignSocket closed constructor destroy destroyed detachSocket emit
		errored eventNames flushHeaders getHeader getHeaderNames getHeaders getMaxListeners
		getRawHeaderNames hasHeader headersDistinct httpVersion httpVersionMajor httpVersionMinor
		isPaused iterator listenerCount listeners off on once pause pipe prependListener
		prependOnceListener push rawListeners read readable readableAborted readableDidRead
		readableEncoding readableEnded readableFlowing readableHighWaterMark readableLength
		readableObjectMode removeAllListeners removeHeader removeListener resume setEncoding setHeader
		setMaxListeners setTimeout unpipe unshift upgrade wrap writeContinue writeHead writeProcessing
		complete cork uncork writable writableNeedDrain writableLength writableHighWaterMark
		writableCorked writableObjectMode`) {
		m[k] = true
	}
	return m
}()

// lazyChain is the stand-in parent of req's or res's prototype
// (members.obj) until node:http is loaded: a proxy that calls load (which
// puts the classes in its place) when a name of chainNames or a symbol is
// looked up, or instanceof asks for its prototype, and then answers from
// the loaded chain. A member of the prototype not defined yet (members.go)
// is defined when a lookup, an assignment or "in" reaches it here. Other
// names answer as from an empty object, and a plain assignment
// (req.body = …) lands on the object, as it would.
func (rt *Runtime) lazyChain(members *lazyProto) *goja.Object {
	vm := rt.vm
	proto := members.obj
	parent := func() *goja.Object {
		if _, err := rt.prelude().load(goja.Undefined()); err != nil {
			panic(err)
		}
		return proto.Prototype()
	}
	own := func(p *goja.Object, key string) bool {
		for ; p != nil; p = p.Prototype() {
			if slices.Contains(p.GetOwnPropertyNames(), key) {
				return true
			}
		}
		return false
	}
	target := vm.NewObject()
	p := vm.NewProxy(target, &goja.ProxyTrapConfig{
		GetPrototypeOf: func(*goja.Object) *goja.Object { return parent() },
		Get: func(t *goja.Object, key string, receiver goja.Value) goja.Value {
			if members.define(key) {
				return receiver.ToObject(vm).Get(key) // from proto now, with receiver as this
			}
			if !chainNames[key] {
				return t.Get(key)
			}
			parent()
			return receiver.ToObject(vm).Get(key) // through the new chain, with receiver as this
		},
		GetSym: func(t *goja.Object, key *goja.Symbol, receiver goja.Value) goja.Value {
			parent()
			return receiver.ToObject(vm).GetSymbol(key)
		},
		Has: func(t *goja.Object, key string) bool {
			if members.pending(key) {
				return true
			}
			if !chainNames[key] {
				return t.Get(key) != nil // Object.prototype's (its getter, __proto__, is in chainNames)
			}
			return own(parent(), key)
		},
		HasSym: func(t *goja.Object, key *goja.Symbol) bool {
			for p := parent(); p != nil; p = p.Prototype() {
				if v := p.GetSymbol(key); v != nil {
					return true
				}
			}
			return false
		},
		Set: func(t *goja.Object, key string, value, receiver goja.Value) bool {
			if members.define(key) {
				if members.readOnly(key) {
					return false // as an accessor without a setter: a TypeError in strict code
				}
				if err := receiver.ToObject(vm).Set(key, value); err != nil {
					panic(err) // the setter threw
				}
				return true
			}
			if chainNames[key] {
				parent()
				return receiver.ToObject(vm).Set(key, value) == nil
			}
			return receiver.ToObject(vm).DefineDataProperty(key, value, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE) == nil
		},
		SetSym: func(t *goja.Object, key *goja.Symbol, value, receiver goja.Value) bool {
			parent()
			return receiver.ToObject(vm).SetSymbol(key, value) == nil
		},
	})
	return vm.ToValue(p).ToObject(vm)
}

// httpClasses finds node:http's classes for the prelude: Config.HTTPClasses,
// else the runtime's process.getBuiltinModule("node:http"). Both nil: a
// runtime without Node's built-ins.
func (rt *Runtime) httpClasses() (incoming, response *goja.Object, err error) {
	if rt.cfg.HTTPClasses != nil {
		return rt.cfg.HTTPClasses()
	}
	vm := rt.vm
	proc, ok := vm.GlobalObject().Get("process").(*goja.Object)
	if !ok {
		return nil, nil, nil
	}
	get, ok := goja.AssertFunction(proc.Get("getBuiltinModule"))
	if !ok {
		return nil, nil, nil
	}
	m, err := get(proc, vm.ToValue("node:http"))
	if err != nil {
		return nil, nil, err
	}
	mod, ok := m.(*goja.Object)
	if !ok {
		return nil, nil, nil
	}
	in, _ := mod.Get("IncomingMessage").(*goja.Object)
	out, _ := mod.Get("ServerResponse").(*goja.Object)
	if in == nil || out == nil {
		return nil, nil, errors.New("node:http has no IncomingMessage or ServerResponse")
	}
	return in, out, nil
}

// conn answers req.socket's properties: 0 remoteAddress, 1 remotePort, 2
// remoteFamily, 3 localAddress, 4 localPort, 5 encrypted, 6 whether the
// connection is open (readable, writable).
func (x *exchange) conn(i int) goja.Value {
	vm := x.rt.vm
	hostPort := func(addr string) (string, goja.Value) {
		h, p, err := net.SplitHostPort(addr)
		if err != nil {
			return addr, goja.Undefined()
		}
		n, _ := strconv.Atoi(p)
		return h, vm.ToValue(n)
	}
	switch i {
	case 0, 1, 2:
		h, p := hostPort(x.r.RemoteAddr)
		switch i {
		case 0:
			return vm.ToValue(h)
		case 1:
			return p
		}
		if strings.Contains(h, ":") {
			return vm.ToValue("IPv6")
		}
		return vm.ToValue("IPv4")
	case 3, 4:
		addr, ok := x.r.Context().Value(http.LocalAddrContextKey).(net.Addr)
		if !ok {
			return goja.Undefined()
		}
		h, p := hostPort(addr.String())
		if i == 3 {
			return vm.ToValue(h)
		}
		return p
	case 5:
		if x.r.TLS != nil {
			return vm.ToValue(true)
		}
		return goja.Undefined()
	}
	return vm.ToValue(!x.closeEmitted && x.ctx.Err() == nil)
}

// readChunk reads the next piece of the body for req's stream (its _read),
// off the loop, and pushes it to the stream on the loop: a Buffer, null at
// the end, or the error of a body past Options.MaxBodyBytes or a client
// that went away.
func (x *exchange) readChunk() {
	rt := x.rt
	release := rt.loop.Hold()
	deliver := func(b []byte, eof bool, err error) func() error {
		return func() error {
			if x.over {
				return nil
			}
			if eof || err != nil {
				x.bodyDone = true
			}
			var e, chunk goja.Value = goja.Null(), goja.Null()
			if err != nil {
				e = rt.errorOf(err)
			} else if b != nil {
				chunk = rt.buffer(b)
			}
			_, jerr := rt.prelude().pushChunk(goja.Undefined(), x.reqObj, e, chunk)
			return jerr
		}
	}
	limit := rt.cfg.MaxBodyBytes
	switch {
	case x.bodyDone:
		release(deliver(nil, true, nil))
		return
	case x.r.ContentLength > limit:
		release(deliver(nil, true, x.tooLarge(limit)))
		return
	}
	body, tooLarge := x.bodyReader(), x.tooLarge(limit)
	x.reading.Add(1)
	go func() {
		defer x.reading.Add(-1)
		buf := make([]byte, 16<<10)
		for {
			n, err := body.Read(buf)
			eof := errors.Is(err, io.EOF)
			switch {
			case n > 0:
				release(deliver(buf[:n], eof, nil))
			case eof:
				release(deliver(nil, true, nil))
			case err != nil:
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					release(deliver(nil, true, tooLarge))
				} else {
					release(deliver(nil, true, &bodyError{status: http.StatusBadRequest, msg: "request aborted", typ: "request.aborted"}))
				}
			default:
				continue
			}
			return
		}
	}()
}

// parsing marks the body as read by a parser of the express module: req's
// stream, if it exists, has ended, as in Node once body-parser read it.
func (x *exchange) parsing() {
	x.bodyDone = true
	x.parsed = true
	if x.stream {
		if _, err := x.rt.prelude().consumed(goja.Undefined(), x.reqObj); err != nil {
			panic(err)
		}
	}
}

// waitDrain arranges for 'drain' once what res has written so far is sent
// to the client. While it waits, the loop has something pending.
func (x *exchange) waitDrain() {
	if x.needDrain {
		return
	}
	x.needDrain = true
	release := x.rt.loop.Hold()
	x.box.whenDrained(func() { release(x.drained) })
}

func (x *exchange) drained() error {
	x.needDrain = false
	if x.over || !x.events {
		return nil
	}
	return x.emit(x.resObj, "drain", nil)
}

// emit emits ev on obj (req or res) for x, with an optional argument.
func (x *exchange) emit(obj *goja.Object, ev string, arg goja.Value) error {
	rt := x.rt
	prev := rt.cur
	rt.setCur(x)
	defer rt.setCur(prev)
	if arg == nil {
		arg = goja.Undefined()
	}
	_, err := rt.prelude().emit(goja.Undefined(), obj, rt.vm.ToValue(ev), arg)
	return err
}

// streamError reports an error of res's stream as Node does (a write
// after end): a tick later, to the callback, then as 'error' on res when the
// plugin listens for it.
func (x *exchange) streamError(code, msg string, cb goja.Value) {
	rt := x.rt
	if cb == nil {
		cb = goja.Undefined()
	}
	e := x.codeError("Error", code, msg)
	open := rt.vm.ToValue(!x.resClosed) // as Node: a write in the turn of the end still errors
	rt.loop.Post(func() error {
		prev := rt.cur
		if !x.over {
			rt.setCur(x)
		}
		defer rt.setCur(prev)
		_, err := rt.prelude().reportError(goja.Undefined(), x.resObj, e, cb, open)
		return err
	})
}

// writeArgs splits the arguments of res.write and res.end: the chunk (nil
// when there is none), its encoding and the callback.
func writeArgs(call goja.FunctionCall) (chunk goja.Value, encoding string, cb goja.Value) {
	args := call.Arguments
	if len(args) > 0 {
		if _, ok := goja.AssertFunction(args[len(args)-1]); ok {
			cb = args[len(args)-1]
			args = args[:len(args)-1]
		}
	}
	if len(args) > 0 && !goja.IsUndefined(args[0]) && !goja.IsNull(args[0]) {
		chunk = args[0]
	}
	if len(args) > 1 {
		if s, ok := args[1].Export().(string); ok {
			encoding = strings.ToLower(s)
		}
	}
	return chunk, encoding, cb
}

// encodeChunk turns a string chunk written with an encoding into its bytes,
// as Buffer.from(string, encoding) does for the encodings responses use.
func encodeChunk(s, encoding string) ([]byte, bool) {
	switch encoding {
	case "", "utf8", "utf-8":
		return nil, false
	case "latin1", "binary", "ascii":
		b := make([]byte, 0, len(s))
		for _, r := range s {
			b = append(b, byte(r))
		}
		return b, true
	case "hex":
		n := len(s) &^ 1
		b, err := hex.DecodeString(s[:n])
		if err != nil {
			return nil, false
		}
		return b, true
	case "base64", "base64url":
		t := strings.NewReplacer("-", "+", "_", "/").Replace(strings.TrimRight(s, "="))
		b, err := base64.RawStdEncoding.DecodeString(t)
		if err != nil {
			return nil, false
		}
		return b, true
	}
	return nil, false
}

// streamMembers builds the parents of req's and res's prototypes that hold
// the members of Node's streams which are not on the request path of a
// typical route (res.cork, res.writableLength, req.complete, …): they are
// made when node:http's classes are loaded, between the prototypes and
// the classes. Their names are in chainNames, so that looking one up
// loads them.
func (rt *Runtime) streamMembers() (req, res *goja.Object) {
	vm := rt.vm
	// the stand-ins that define the prototypes' members on first use go
	rt.reqMembers.defineAll()
	rt.resMembers.defineAll()
	req, res = vm.NewObject(), vm.NewObject()
	protoBuilder{rt, req}.accessor("complete", func(x *exchange) goja.Value {
		// the whole body has been read (Node: the parser saw the message's
		// end, which is after the handler starts, even without a body)
		return vm.ToValue(x.bodyDone)
	}, nil)
	b := protoBuilder{rt, res}
	method, accessor := b.method, b.accessor
	method("cork", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.corked++
		return goja.Undefined()
	})
	method("uncork", func(x *exchange, call goja.FunctionCall) goja.Value {
		if x.corked > 0 {
			if x.corked--; x.corked == 0 && !x.ended {
				if x.wroteHeader {
					x.flush()
				}
				x.postWriteCbs()
			}
		}
		return goja.Undefined()
	})
	method("destroy", func(x *exchange, call goja.FunctionCall) goja.Value {
		x.destroy(call.Argument(0))
		return call.This
	})
	// Node's OutgoingMessage sets writable once and never changes it
	accessor("writable", func(x *exchange) goja.Value { return vm.ToValue(true) }, nil)
	accessor("destroyed", func(x *exchange) goja.Value { return vm.ToValue(x.destroyed || x.resClosed) }, nil)
	accessor("writableNeedDrain", func(x *exchange) goja.Value { return vm.ToValue(x.needDrain) }, nil)
	accessor("writableLength", func(x *exchange) goja.Value { return vm.ToValue(x.box.backlog()) }, nil)
	accessor("writableHighWaterMark", func(x *exchange) goja.Value { return vm.ToValue(resHighWaterMark) }, nil)
	accessor("writableCorked", func(x *exchange) goja.Value { return vm.ToValue(x.corked) }, nil)
	accessor("writableObjectMode", func(x *exchange) goja.Value { return vm.ToValue(false) }, nil)
	return req, res
}
