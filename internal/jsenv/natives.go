package jsenv

import (
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash"
	"log/slog"
	"math/big"
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

	hidden := make([]any, 4)
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
	set("b64url", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(bytesArg(call, 0)))
	})
	set("fromB64url", func(call goja.FunctionCall) goja.Value {
		s := strings.TrimRight(call.Argument(0).String(), "=")
		b, err := base64.RawURLEncoding.DecodeString(s)
		if err != nil {
			panic(vm.NewTypeError("invalid base64url data"))
		}
		return ab(b)
	})

	// randomness
	set("randomBytes", func(call goja.FunctionCall) goja.Value {
		b := make([]byte, call.Argument(0).ToInteger())
		rand.Read(b)
		return ab(b)
	})
	set("randomUUID", func(goja.FunctionCall) goja.Value { return vm.ToValue(randomUUID()) })

	// hashes, MACs and signatures
	hashOf := func(v goja.Value) (func() hash.Hash, crypto.Hash) {
		switch v.String() {
		case "SHA-1":
			return sha1.New, crypto.SHA1
		case "SHA-256":
			return sha256.New, crypto.SHA256
		case "SHA-384":
			return sha512.New384, crypto.SHA384
		case "SHA-512":
			return sha512.New, crypto.SHA512
		case "MD5":
			return md5.New, crypto.MD5
		}
		panic(vm.NewTypeError("unsupported hash " + v.String()))
	}
	set("digest", func(call goja.FunctionCall) goja.Value {
		newHash, _ := hashOf(call.Argument(0))
		h := newHash()
		h.Write(bytesArg(call, 1))
		return ab(h.Sum(nil))
	})
	set("hmac", func(call goja.FunctionCall) goja.Value {
		newHash, _ := hashOf(call.Argument(0))
		m := hmac.New(newHash, bytesArg(call, 1))
		m.Write(bytesArg(call, 2))
		return ab(m.Sum(nil))
	})
	set("equal", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(subtle.ConstantTimeCompare(bytesArg(call, 0), bytesArg(call, 1)) == 1)
	})
	set("rsaImport", func(call goja.FunctionCall) goja.Value {
		info, err := rsaImport(call.Argument(0).String(), bytesArg(call, 1), call.Argument(2).String())
		if err != nil {
			return goja.Null()
		}
		o := vm.NewObject()
		must(o.Set("type", info.kind))
		must(o.Set("der", ab(info.der)))
		must(o.Set("modulusLength", info.bits))
		must(o.Set("publicExponent", ab(info.exponent)))
		return o
	})
	set("rsaJWK", func(call goja.FunctionCall) goja.Value {
		s, err := rsaJWK(call.Argument(0).String(), bytesArg(call, 1))
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(s)
	})
	set("rsaSign", func(call goja.FunctionCall) goja.Value {
		newHash, id := hashOf(call.Argument(0))
		k, err := x509.ParsePKCS8PrivateKey(bytesArg(call, 1))
		priv, ok := k.(*rsa.PrivateKey)
		if err != nil || !ok {
			panic(vm.NewTypeError("not an RSA private key"))
		}
		h := newHash()
		h.Write(bytesArg(call, 2))
		sig, err := rsa.SignPKCS1v15(nil, priv, id, h.Sum(nil))
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return ab(sig)
	})
	set("rsaVerify", func(call goja.FunctionCall) goja.Value {
		newHash, id := hashOf(call.Argument(0))
		k, err := x509.ParsePKIXPublicKey(bytesArg(call, 1))
		pub, ok := k.(*rsa.PublicKey)
		if err != nil || !ok {
			panic(vm.NewTypeError("not an RSA public key"))
		}
		h := newHash()
		h.Write(bytesArg(call, 3))
		return vm.ToValue(rsa.VerifyPKCS1v15(pub, id, h.Sum(nil), bytesArg(call, 2)) == nil)
	})
	set("rsaGenerate", func(call goja.FunctionCall) goja.Value {
		bits := int(call.Argument(0).ToInteger())
		if bits < 1024 || bits > 8192 {
			panic(vm.NewTypeError("modulusLength must be between 1024 and 8192"))
		}
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		priv, err1 := x509.MarshalPKCS8PrivateKey(k)
		pub, err2 := x509.MarshalPKIXPublicKey(&k.PublicKey)
		if err := errors.Join(err1, err2); err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.NewArray(ab(priv), ab(pub))
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

type rsaInfo struct {
	kind     string // "private" or "public"
	der      []byte // PKCS #8 or SPKI
	bits     int
	exponent []byte
}

// rsaImport reads an RSA key from PKCS #8, SPKI or a JWK.
func rsaImport(format string, data []byte, jwk string) (*rsaInfo, error) {
	var pub *rsa.PublicKey
	info := &rsaInfo{}
	switch format {
	case "pkcs8":
		k, err := x509.ParsePKCS8PrivateKey(data)
		if err != nil {
			return nil, err
		}
		priv, ok := k.(*rsa.PrivateKey)
		if !ok {
			return nil, errors.New("not an RSA key")
		}
		info.kind, info.der, pub = "private", data, &priv.PublicKey
	case "spki":
		k, err := x509.ParsePKIXPublicKey(data)
		if err != nil {
			return nil, err
		}
		p, ok := k.(*rsa.PublicKey)
		if !ok {
			return nil, errors.New("not an RSA key")
		}
		info.kind, info.der, pub = "public", data, p
	case "jwk":
		var j map[string]any
		if err := json.Unmarshal([]byte(jwk), &j); err != nil {
			return nil, err
		}
		num := func(k string) (*big.Int, error) {
			s, _ := j[k].(string)
			b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
			if err != nil || len(b) == 0 {
				return nil, errors.New("bad JWK member " + k)
			}
			return new(big.Int).SetBytes(b), nil
		}
		if j["kty"] != "RSA" {
			return nil, errors.New("not an RSA JWK")
		}
		n, err1 := num("n")
		eBig, err2 := num("e")
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
		pub = &rsa.PublicKey{N: n, E: int(eBig.Int64())}
		if _, ok := j["d"]; ok {
			d, err1 := num("d")
			p, err2 := num("p")
			q, err3 := num("q")
			if err := errors.Join(err1, err2, err3); err != nil {
				return nil, err
			}
			priv := &rsa.PrivateKey{PublicKey: *pub, D: d, Primes: []*big.Int{p, q}}
			if err := priv.Validate(); err != nil {
				return nil, err
			}
			priv.Precompute()
			der, err := x509.MarshalPKCS8PrivateKey(priv)
			if err != nil {
				return nil, err
			}
			info.kind, info.der = "private", der
		} else {
			der, err := x509.MarshalPKIXPublicKey(pub)
			if err != nil {
				return nil, err
			}
			info.kind, info.der = "public", der
		}
	default:
		return nil, errors.New("unsupported format " + format)
	}
	info.bits = pub.N.BitLen()
	info.exponent = big.NewInt(int64(pub.E)).Bytes()
	return info, nil
}

// rsaJWK exports a key (PKCS #8 or SPKI) as a JWK's JSON.
func rsaJWK(kind string, der []byte) (string, error) {
	enc := func(b *big.Int) string { return base64.RawURLEncoding.EncodeToString(b.Bytes()) }
	j := map[string]string{"kty": "RSA"}
	if kind == "private" {
		k, err := x509.ParsePKCS8PrivateKey(der)
		if err != nil {
			return "", err
		}
		priv := k.(*rsa.PrivateKey)
		priv.Precompute()
		j["n"], j["e"], j["d"] = enc(priv.N), enc(big.NewInt(int64(priv.E))), enc(priv.D)
		j["p"], j["q"] = enc(priv.Primes[0]), enc(priv.Primes[1])
		j["dp"], j["dq"], j["qi"] = enc(priv.Precomputed.Dp), enc(priv.Precomputed.Dq), enc(priv.Precomputed.Qinv)
	} else {
		k, err := x509.ParsePKIXPublicKey(der)
		if err != nil {
			return "", err
		}
		pub := k.(*rsa.PublicKey)
		j["n"], j["e"] = enc(pub.N), enc(big.NewInt(int64(pub.E)))
	}
	b, err := json.Marshal(j)
	return string(b), err
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
