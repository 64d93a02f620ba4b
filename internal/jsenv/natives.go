package jsenv

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// start is the time origin of performance.now and process.hrtime.
var start = time.Now()

// natives builds the object of Go functions the environment's script uses.
func (e *Env) natives() *goja.Object {
	vm := e.vm
	n := vm.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { must(n.Set(name, f)) }
	bytesArg := func(call goja.FunctionCall, i int) []byte {
		b, ok := call.Argument(i).Export().([]byte)
		if !ok {
			panic(vm.NewTypeError("expected a Uint8Array"))
		}
		return b
	}
	ab := func(b []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(b)) }

	hidden := make([]any, 3)
	for i := range hidden {
		hidden[i] = goja.NewSymbol("plugmux.internal")
	}
	must(n.Set("hidden", vm.NewArray(hidden...)))
	must(n.Set("platform", platform()))
	must(n.Set("arch", arch()))

	isBuffer := func(call goja.FunctionCall) goja.Value {
		obj, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue(false)
		}
		bufCtor, _ := e.values["Buffer"].(*goja.Object)
		if bufCtor == nil {
			return vm.ToValue(false)
		}
		proto := bufCtor.Get("prototype").ToObject(vm)
		for p := obj.Prototype(); p != nil; p = p.Prototype() {
			if p == proto {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	}
	set("isBuffer", isBuffer)
	set("promiseState", func(call goja.FunctionCall) goja.Value {
		p, ok := call.Argument(0).Export().(*goja.Promise)
		if !ok {
			return vm.NewArray("pending")
		}
		switch p.State() {
		case goja.PromiseStateFulfilled:
			return vm.NewArray("fulfilled", p.Result())
		case goja.PromiseStateRejected:
			return vm.NewArray("rejected", p.Result())
		}
		return vm.NewArray("pending")
	})
	set("now", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(time.Since(start).Nanoseconds()) / 1e6)
	})
	set("timeOrigin", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(start.UnixNano()) / 1e6)
	})
	set("hrtime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(time.Since(start).Nanoseconds() + 1e9)
	})
	set("reportError", func(call goja.FunctionCall) goja.Value {
		err := errorOf(call.Argument(0))
		if e.cfg.OnError != nil {
			e.cfg.OnError(err)
		} else if e.cfg.Log != nil {
			e.cfg.Log(slog.LevelError, "uncaught exception in an event listener: "+err.Error())
		}
		return goja.Undefined()
	})
	set("log", func(call goja.FunctionCall) goja.Value {
		if e.cfg.Log != nil {
			e.cfg.Log(logLevel(call.Argument(0).String()), call.Argument(1).String())
		}
		return goja.Undefined()
	})
	set("env", func(goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		for k, v := range e.cfg.Env {
			must(o.Set(k, v))
		}
		return o
	})
	e.systemNatives(n)
	e.zlibNatives(n)
	e.cryptoNatives(n)
	set("urlModule", func(goja.FunctionCall) goja.Value { return e.urlMod })

	// encodings
	set("utf8Encode", func(call goja.FunctionCall) goja.Value {
		s := toWellFormed(call.Argument(0))
		e.checkAlloc(int64(len(s)), "TextEncoder.encode")
		return ab([]byte(s))
	})
	set("decode", func(call goja.FunctionCall) goja.Value {
		return e.decode(call.Argument(0).String(), bytesArg(call, 1), call.Argument(2).ToBoolean(),
			call.Argument(3).ToBoolean(), call.Argument(4).ToBoolean(), call.Argument(5).ToBoolean())
	})
	set("isUtf8", func(call goja.FunctionCall) goja.Value { return vm.ToValue(utf8.Valid(bytesArg(call, 0))) })
	set("btoa", func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		b := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 0xff {
				return goja.Null()
			}
			b = append(b, byte(r))
		}
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	})
	set("resolveURL", func(call goja.FunctionCall) goja.Value {
		ref, base := call.Argument(0).String(), call.Argument(1).String()
		b, err := url.Parse(base)
		if err != nil || !b.IsAbs() {
			panic(vm.NewTypeError("Invalid base URL: %s", base))
		}
		r, err := url.Parse(ref)
		if err != nil {
			panic(vm.NewTypeError("Invalid URL: %s", ref))
		}
		u := b.ResolveReference(r)
		if ref == "" {
			u.Fragment, u.RawFragment = "", "" // the base without its fragment
		}
		return vm.ToValue(u.String())
	})
	set("atob", func(call goja.FunctionCall) goja.Value {
		b, ok := atob(call.Argument(0).String())
		if !ok {
			return goja.Null()
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return vm.ToValue(string(r))
	})
	// randomness
	set("randomBytes", func(call goja.FunctionCall) goja.Value {
		b := make([]byte, call.Argument(0).ToInteger())
		rand.Read(b)
		return ab(b)
	})
	set("randomUUID", func(goja.FunctionCall) goja.Value { return vm.ToValue(randomUUID()) })

	// hashes and MACs
	hashOf := func(v goja.Value) func() hash.Hash {
		switch v.String() {
		case "SHA-1":
			return sha1.New
		case "SHA-256":
			return sha256.New
		case "SHA-384":
			return sha512.New384
		case "SHA-512":
			return sha512.New
		case "MD5":
			return md5.New
		}
		panic(vm.NewTypeError("unsupported hash " + v.String()))
	}
	set("digest", func(call goja.FunctionCall) goja.Value {
		newHash := hashOf(call.Argument(0))
		h := newHash()
		h.Write(bytesArg(call, 1))
		return ab(h.Sum(nil))
	})
	set("hmac", func(call goja.FunctionCall) goja.Value {
		newHash := hashOf(call.Argument(0))
		m := hmac.New(newHash, bytesArg(call, 1))
		m.Write(bytesArg(call, 2))
		return ab(m.Sum(nil))
	})
	set("fetch", func(call goja.FunctionCall) goja.Value {
		if e.cfg.Fetch == nil {
			cb, _ := goja.AssertFunction(call.Argument(5))
			_, _ = cb(goja.Undefined(), vm.NewGoError(errors.New("fetch is not available")))
			return vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
		}
		return e.cfg.Fetch(call)
	})
	return n
}

// toWellFormed returns v as a Go string, with lone surrogates replaced by
// U+FFFD, as TextEncoder does.
func toWellFormed(v goja.Value) string {
	return v.String() // goja's String() already maps lone surrogates to U+FFFD
}

// decode implements TextDecoder.decode: it returns [string, bytes held back
// for the next call], or null if fatal and the input is malformed.
func (e *Env) decode(enc string, b []byte, fatal, ignoreBOM, stream, started bool) goja.Value {
	vm := e.vm
	switch enc {
	case "latin1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return vm.NewArray(string(r), 0)
	case "utf-16le":
		held := 0
		if stream && len(b)%2 == 1 {
			held = 1
		}
		b = b[:len(b)-held]
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
		if !ignoreBOM && !started && len(u) > 0 && u[0] == 0xfeff {
			u = u[1:]
		}
		return vm.NewArray(vm.ToValue(string(utf16.Decode(u))), held)
	}
	held := 0
	if stream {
		// hold back an incomplete sequence at the end
		for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
			if b[i]&0xc0 == 0x80 {
				continue
			}
			if b[i] >= 0xc0 && !utf8.FullRune(b[i:]) {
				held = len(b) - i
			}
			break
		}
	}
	b = b[:len(b)-held]
	if !ignoreBOM && !started && len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
		b = b[3:]
	}
	if fatal && !utf8.Valid(b) {
		return goja.Null()
	}
	return vm.NewArray(strings.ToValidUTF8(string(b), "\uFFFD"), held)
}

// atob decodes forgiving-base64 as the HTML standard defines it.
func atob(s string) ([]byte, bool) {
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
			return -1
		}
		return r
	}, s)
	if len(s)%4 == 0 {
		s = strings.TrimSuffix(s, "=")
		s = strings.TrimSuffix(s, "=")
	}
	if len(s)%4 == 1 || strings.ContainsRune(s, '=') {
		return nil, false
	}
	b, err := base64.RawStdEncoding.DecodeString(s) // not Strict: forgiving-base64 ignores trailing bits
	return b, err == nil
}

func randomUUID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	const hx = "0123456789abcdef"
	out := make([]byte, 0, 36)
	for i, c := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, hx[c>>4], hx[c&15])
	}
	return string(out)
}

// errorOf turns a thrown value into a Go error, with the stack of Errors.
func errorOf(v goja.Value) error {
	if obj, ok := v.(*goja.Object); ok {
		if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
			return errors.New(s.String())
		}
	}
	return errors.New(v.String())
}

// platform is process.platform: Node's name for the host's OS.
func platform() string {
	if runtime.GOOS == "windows" {
		return "win32"
	}
	return runtime.GOOS
}

// arch is process.arch: Node's name for the host's architecture.
func arch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return runtime.GOARCH
}
