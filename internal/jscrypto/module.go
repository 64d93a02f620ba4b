package jscrypto

import (
	"bytes"
	"crypto"
	_ "embed"
	"errors"
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

//go:embed crypto.js
var glueSource string

var (
	compileOnce sync.Once
	glue        *goja.Program
	glueErr     error
)

// program compiles crypto.js once per process; a *goja.Program runs in
// many runtimes at once.
func program() (*goja.Program, error) {
	compileOnce.Do(func() { glue, glueErr = goja.Compile("plugmux:crypto.js", glueSource, true) })
	return glue, glueErr
}

// maxOutput bounds what one derivation may allocate, so a plugin cannot
// ask Go for gigabytes in a single call.
const maxOutput = 64 << 20

// maxScryptMemory bounds scrypt's working memory whatever maxmem says.
const maxScryptMemory = 256 << 20

// Bindings are the crypto functions of one runtime. Build them with New on
// the runtime's goroutine; they evaluate their JavaScript on first use.
type Bindings struct {
	vm       *goja.Runtime
	hold     func() func(func() error)
	errCtor  goja.Value
	exports  *goja.Object
	handleOf goja.Callable
}

// New prepares the crypto bindings of vm. hold has jsloop.Loop.Hold's
// contract: called on the runtime's goroutine, it returns a function that
// posts a callback onto the runtime's loop from any goroutine, exactly
// once. The async forms (callbacks and Promises) do their work on another
// goroutine and settle through it.
func New(vm *goja.Runtime, hold func() func(func() error)) *Bindings {
	return &Bindings{vm: vm, hold: hold}
}

// Module returns New(vm, hold).Node(): the object whose properties are
// merged into require("crypto").
func Module(vm *goja.Runtime, hold func() func(func() error)) (*goja.Object, error) {
	return New(vm, hold).Node()
}

func (b *Bindings) load() (*goja.Object, error) {
	if b.exports != nil {
		return b.exports, nil
	}
	p, err := program()
	if err != nil {
		return nil, fmt.Errorf("jscrypto: compile: %w", err)
	}
	v, err := b.vm.RunProgram(p)
	if err != nil {
		return nil, fmt.Errorf("jscrypto: evaluate: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, errors.New("jscrypto: crypto.js did not evaluate to a function")
	}
	b.errCtor = b.vm.Get("Error")
	out, err := fn(goja.Undefined(), b.natives())
	if err != nil {
		return nil, fmt.Errorf("jscrypto: evaluate: %w", err)
	}
	b.exports = out.ToObject(b.vm)
	b.handleOf, _ = goja.AssertFunction(b.exports.Get("handleOf"))
	return b.exports, nil
}

// Node returns the functions and classes to merge into Node's crypto
// module: KeyObject, createSecretKey, createPrivateKey, createPublicKey,
// generateKeyPair(Sync), generateKey(Sync), createSign, createVerify,
// Sign, Verify, sign, verify, pbkdf2(Sync), scrypt(Sync), hkdf(Sync),
// createCipheriv, createDecipheriv, getCiphers, createECDH, ECDH,
// diffieHellman, publicEncrypt, privateDecrypt, randomInt,
// timingSafeEqual, getCurves and constants (the RSA padding and PSS
// salt-length values).
func (b *Bindings) Node() (*goja.Object, error) {
	e, err := b.load()
	if err != nil {
		return nil, err
	}
	return e.Get("node").ToObject(b.vm), nil
}

// Subtle returns a SubtleCrypto object: digest (SHA-1/256/384/512),
// importKey, exportKey, generateKey, sign, verify, encrypt, decrypt,
// deriveBits, deriveKey, wrapKey and unwrapKey over HMAC, AES-GCM,
// AES-CBC, ECDSA and ECDH (P-256/384/521), Ed25519, RSASSA-PKCS1-v1_5,
// RSA-PSS, RSA-OAEP, HKDF and PBKDF2. Its keys are instances of CryptoKey().
func (b *Bindings) Subtle() (*goja.Object, error) {
	e, err := b.load()
	if err != nil {
		return nil, err
	}
	return e.Get("subtle").ToObject(b.vm), nil
}

// CryptoKey returns the CryptoKey class the Subtle object's keys belong
// to, to install as the global CryptoKey.
func (b *Bindings) CryptoKey() (*goja.Object, error) {
	e, err := b.load()
	if err != nil {
		return nil, err
	}
	return e.Get("CryptoKey").ToObject(b.vm), nil
}

// Key returns the key behind a KeyObject or CryptoKey of this runtime,
// for Go code that takes one (createHmac with a KeyObject, for example).
func (b *Bindings) Key(v goja.Value) (*Key, bool) {
	if _, err := b.load(); err != nil {
		return nil, false
	}
	h, err := b.handleOf(goja.Undefined(), v)
	if err != nil {
		return nil, false
	}
	k, ok := h.Export().(*Key)
	return k, ok
}

// Secret returns a secret key's bytes (nil for other keys).
func (k *Key) Secret() []byte { return bytes.Clone(k.secret) }

// errKind names the JavaScript error a Go error becomes.
func errKind(err error) string {
	switch {
	case errors.Is(err, errKey):
		return "key"
	case errors.Is(err, errDigest):
		return "digest"
	case errors.Is(err, errKDF):
		return "kdf"
	}
	return "operation"
}

// jsError turns err into a JavaScript Error with a kind property, which
// the script maps to Node's codes or WebCrypto's DOMException names.
func (b *Bindings) jsError(err error) goja.Value {
	ctor, _ := goja.AssertConstructor(b.errCtor)
	var o *goja.Object
	if ctor != nil {
		o, _ = ctor(nil, b.vm.ToValue(err.Error()))
	}
	if o == nil {
		o = b.vm.NewGoError(err)
	}
	_ = o.Set("kind", errKind(err))
	return o
}

// bytesOf copies the bytes of a string (UTF-8), ArrayBuffer or view.
func (b *Bindings) bytesOf(v goja.Value) []byte {
	switch x := v.Export().(type) {
	case []byte:
		return bytes.Clone(x)
	case goja.ArrayBuffer:
		return bytes.Clone(x.Bytes())
	case string:
		return []byte(x)
	}
	if o, ok := v.(*goja.Object); ok {
		if buf, ok := o.Get("buffer").Export().(goja.ArrayBuffer); ok {
			all := buf.Bytes()
			off, n := o.Get("byteOffset").ToInteger(), o.Get("byteLength").ToInteger()
			if off >= 0 && n >= 0 && off+n <= int64(len(all)) {
				return bytes.Clone(all[off : off+n])
			}
		}
	}
	panic(b.vm.NewTypeError("expected an ArrayBuffer or ArrayBufferView"))
}

func (b *Bindings) ab(p []byte) goja.Value { return b.vm.ToValue(b.vm.NewArrayBuffer(p)) }

func (b *Bindings) key(v goja.Value) *Key {
	k, ok := v.Export().(*Key)
	if !ok {
		panic(b.vm.NewTypeError("not a key handle"))
	}
	return k
}

// run does work now, or, when cb is a function, on another goroutine and
// calls cb(err, value) on the runtime's loop. conv runs on the runtime's
// goroutine.
func (b *Bindings) run(cb goja.Value, work func() (any, error), conv func(any) goja.Value) goja.Value {
	fn, async := goja.AssertFunction(cb)
	if !async {
		res, err := work()
		if err != nil {
			panic(b.jsError(err))
		}
		return conv(res)
	}
	done := b.hold()
	go func() {
		res, err := work()
		done(func() error {
			if err != nil {
				_, cerr := fn(goja.Undefined(), b.jsError(err))
				return cerr
			}
			_, cerr := fn(goja.Undefined(), goja.Null(), conv(res))
			return cerr
		})
	}()
	return goja.Undefined()
}

func (b *Bindings) bufConv(v any) goja.Value { return b.ab(v.([]byte)) }

func (b *Bindings) digest(name string) crypto.Hash {
	h, err := digestOf(name)
	if err != nil {
		panic(b.jsError(err))
	}
	return h
}

func (b *Bindings) length(v goja.Value) int {
	n := v.ToInteger()
	if n < 0 || n > maxOutput {
		panic(b.jsError(fmt.Errorf("%w: output length %d is out of range (0 to %d bytes)", errKDF, n, maxOutput)))
	}
	return int(n)
}
