package jscrypto

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/dop251/goja"
)

// natives builds the Go functions crypto.js calls.
func (b *Bindings) natives() *goja.Object {
	vm := b.vm
	n := vm.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = n.Set(name, f) }
	arg := func(c goja.FunctionCall, i int) goja.Value { return c.Argument(i) }

	set("utf8", func(c goja.FunctionCall) goja.Value { return b.ab([]byte(arg(c, 0).String())) })
	set("utf8Decode", func(c goja.FunctionCall) goja.Value { return vm.ToValue(string(b.bytesOf(arg(c, 0)))) })
	set("randomBytes", func(c goja.FunctionCall) goja.Value {
		p := make([]byte, b.length(arg(c, 0)))
		_, _ = rand.Read(p)
		return b.ab(p)
	})
	set("equal", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(subtle.ConstantTimeCompare(b.bytesOf(arg(c, 0)), b.bytesOf(arg(c, 1))) == 1)
	})
	set("digestSize", func(c goja.FunctionCall) goja.Value {
		h, err := digestOf(arg(c, 0).String())
		if err != nil {
			return vm.ToValue(0)
		}
		return vm.ToValue(h.Size())
	})

	// keys
	set("isHandle", func(c goja.FunctionCall) goja.Value {
		_, ok := arg(c, 0).Export().(*Key)
		return vm.ToValue(ok)
	})
	set("keyType", func(c goja.FunctionCall) goja.Value { return vm.ToValue(b.key(arg(c, 0)).kind) })
	set("keyEquals", func(c goja.FunctionCall) goja.Value { return vm.ToValue(b.key(arg(c, 0)).Equal(b.key(arg(c, 1)))) })
	set("secretKey", func(c goja.FunctionCall) goja.Value { return vm.ToValue(secretKey(b.bytesOf(arg(c, 0)))) })
	set("publicOf", func(c goja.FunctionCall) goja.Value { return vm.ToValue(b.key(arg(c, 0)).Public()) })
	set("keyInfo", func(c goja.FunctionCall) goja.Value {
		k := b.key(arg(c, 0))
		o := vm.NewObject()
		_ = o.Set("asymmetricKeyType", k.asymmetricType())
		switch p := k.pub.(type) {
		case nil:
			_ = o.Set("symmetricKeySize", len(k.secret))
		case *rsa.PublicKey:
			_ = o.Set("modulusLength", p.N.BitLen())
			_ = o.Set("publicExponent", p.E)
		case *ecdsa.PublicKey:
			_ = o.Set("namedCurve", opensslCurve(p.Curve))
		}
		return o
	})
	set("exponentBytes", func(c goja.FunctionCall) goja.Value {
		p, ok := b.key(arg(c, 0)).pub.(*rsa.PublicKey)
		if !ok {
			panic(vm.NewTypeError("not an RSA key"))
		}
		return b.ab(big.NewInt(int64(p.E)).Bytes())
	})
	// parseKey(kind, data, format, type, jwkJSON)
	set("parseKey", func(c goja.FunctionCall) goja.Value {
		kind, format, typ := arg(c, 0).String(), arg(c, 2).String(), arg(c, 3).String()
		var (
			k   *Key
			err error
		)
		switch format {
		case "jwk":
			var m map[string]any
			if err = json.Unmarshal([]byte(arg(c, 4).String()), &m); err == nil {
				k, err = parseJWK(m, kind == "public")
			}
		case "pem":
			k, err = parsePEM(b.bytesOf(arg(c, 1)), kind == "public")
		case "der":
			data := b.bytesOf(arg(c, 1))
			if kind == "public" && (typ == "spki" || typ == "" || typ == "pkcs1") {
				if k, err = parsePublicDER(data, typ); err != nil && typ == "pkcs1" {
					k, err = parsePrivateDER(data, typ)
				}
			} else {
				k, err = parsePrivateDER(data, typ)
			}
		default:
			err = fmt.Errorf("%w: unknown format %q", errKey, format)
		}
		if err != nil {
			panic(b.jsError(err))
		}
		return vm.ToValue(k)
	})
	// exportKey(h, format, type): format "raw" (secret), "pem", "der", "jwk"
	set("exportKey", func(c goja.FunctionCall) goja.Value {
		k := b.key(arg(c, 0))
		format, typ := arg(c, 1).String(), arg(c, 2).String()
		var (
			out goja.Value
			err error
		)
		switch format {
		case "raw":
			if k.kind != "secret" {
				err = fmt.Errorf("%w: only secret keys export raw bytes", errKey)
			} else {
				out = b.ab(bytes.Clone(k.secret))
			}
		case "pem":
			var s string
			s, err = k.exportPEM(typ)
			out = vm.ToValue(s)
		case "der":
			var d []byte
			d, err = k.exportDER(typ)
			out = b.ab(d)
		case "jwk":
			var s string
			s, err = k.exportJWK()
			out = vm.ToValue(s)
		default:
			err = fmt.Errorf("%w: unknown format %q", errKey, format)
		}
		if err != nil {
			panic(b.jsError(err))
		}
		return out
	})
	set("rawPublic", func(c goja.FunctionCall) goja.Value {
		switch p := b.key(arg(c, 0)).pub.(type) {
		case *ecdsa.PublicKey:
			raw, err := p.Bytes()
			if err != nil {
				panic(b.jsError(fmt.Errorf("%w: %w", errKey, err)))
			}
			return b.ab(raw)
		case ed25519.PublicKey:
			return b.ab(bytes.Clone(p))
		}
		panic(b.jsError(fmt.Errorf("%w: no raw form for this key", errKey)))
	})
	// importRaw(curve, bytes): an EC point or an Ed25519 public key
	set("importRaw", func(c goja.FunctionCall) goja.Value {
		name, data := arg(c, 0).String(), b.bytesOf(arg(c, 1))
		if name == "Ed25519" {
			if len(data) != ed25519.PublicKeySize {
				panic(b.jsError(fmt.Errorf("%w: an Ed25519 public key is 32 bytes", errKey)))
			}
			return vm.ToValue(publicKey(ed25519.PublicKey(data)))
		}
		curve := curveNames[name]
		if curve == nil {
			panic(b.jsError(fmt.Errorf("%w: unsupported namedCurve %q", errKey, name)))
		}
		p, err := ecdsa.ParseUncompressedPublicKey(curve, data)
		if err != nil {
			panic(b.jsError(fmt.Errorf("%w: %w", errKey, err)))
		}
		return vm.ToValue(publicKey(p))
	})
	// generate(type, bits, exponent, curve[, cb])
	set("generate", func(c goja.FunctionCall) goja.Value {
		typ, bits, exp, curve := arg(c, 0).String(), int(arg(c, 1).ToInteger()), int(arg(c, 2).ToInteger()), arg(c, 3).String()
		return b.run(arg(c, 4), func() (any, error) { return generateKey(typ, bits, exp, curve) }, vm.ToValue)
	})

	// signatures: sign(h, data, alg, padding, saltLength, dsaEncoding[, cb]),
	// verify(h, data, alg, padding, saltLength, dsaEncoding, sig[, cb])
	opts := func(c goja.FunctionCall) signOptions {
		var o signOptions
		if alg := arg(c, 2).String(); alg != "" {
			o.hash = b.digest(alg)
		}
		o.padding = int(arg(c, 3).ToInteger())
		if s := int(arg(c, 4).ToInteger()); s != -3 {
			o.saltLength, o.hasSalt = s, true
		}
		o.p1363 = arg(c, 5).String() == "ieee-p1363"
		return o
	}
	set("sign", func(c goja.FunctionCall) goja.Value {
		k, data, o := b.key(arg(c, 0)), b.bytesOf(arg(c, 1)), opts(c)
		return b.run(arg(c, 6), func() (any, error) { return sign(k, data, o) }, b.bufConv)
	})
	set("verify", func(c goja.FunctionCall) goja.Value {
		k, data, o, sig := b.key(arg(c, 0)), b.bytesOf(arg(c, 1)), opts(c), b.bytesOf(arg(c, 6))
		return b.run(arg(c, 7), func() (any, error) { return verify(k, data, sig, o) }, vm.ToValue)
	})

	// hashes and MACs, for SubtleCrypto
	set("digest", func(c goja.FunctionCall) goja.Value {
		h, data := b.digest(arg(c, 0).String()), b.bytesOf(arg(c, 1))
		return b.run(arg(c, 2), func() (any, error) {
			w := h.New()
			w.Write(data)
			return w.Sum(nil), nil
		}, b.bufConv)
	})
	set("hmac", func(c goja.FunctionCall) goja.Value {
		h, key, data := b.digest(arg(c, 0).String()), b.bytesOf(arg(c, 1)), b.bytesOf(arg(c, 2))
		return b.run(arg(c, 3), func() (any, error) {
			m := hmac.New(h.New, key)
			m.Write(data)
			return m.Sum(nil), nil
		}, b.bufConv)
	})

	// key derivation
	set("pbkdf2", func(c goja.FunctionCall) goja.Value {
		pw, salt, iter, n, h := b.bytesOf(arg(c, 0)), b.bytesOf(arg(c, 1)), int(arg(c, 2).ToInteger()), b.length(arg(c, 3)), b.digest(arg(c, 4).String())
		return b.run(arg(c, 5), func() (any, error) { return derivePBKDF2(h, pw, salt, iter, n) }, b.bufConv)
	})
	set("scrypt", func(c goja.FunctionCall) goja.Value {
		pw, salt, n := b.bytesOf(arg(c, 0)), b.bytesOf(arg(c, 1)), b.length(arg(c, 2))
		sp := scryptParams{N: int(arg(c, 3).ToInteger()), r: int(arg(c, 4).ToInteger()), p: int(arg(c, 5).ToInteger()), maxmem: arg(c, 6).ToInteger()}
		if sp.maxmem > maxScryptMemory {
			sp.maxmem = maxScryptMemory
		}
		if int64(sp.p)*int64(sp.r)*128 > maxScryptMemory {
			panic(b.jsError(fmt.Errorf("%w: p*r*128 exceeds %d bytes", errKDF, maxScryptMemory)))
		}
		return b.run(arg(c, 7), func() (any, error) { return deriveScrypt(pw, salt, n, sp) }, b.bufConv)
	})
	set("hkdf", func(c goja.FunctionCall) goja.Value {
		h, ikm, salt, info, n := b.digest(arg(c, 0).String()), b.bytesOf(arg(c, 1)), b.bytesOf(arg(c, 2)), b.bytesOf(arg(c, 3)), b.length(arg(c, 4))
		return b.run(arg(c, 5), func() (any, error) { return deriveHKDF(h, ikm, salt, info, n) }, b.bufConv)
	})

	// ciphers: aesGcm(encrypt, key, iv, data, aad, tagBytes[, cb]), aesCbc(encrypt, key, iv, data[, cb])
	set("aesGcm", func(c goja.FunctionCall) goja.Value {
		enc, key, iv, data, aad, tag := arg(c, 0).ToBoolean(), b.bytesOf(arg(c, 1)), b.bytesOf(arg(c, 2)), b.bytesOf(arg(c, 3)), b.bytesOf(arg(c, 4)), int(arg(c, 5).ToInteger())
		return b.run(arg(c, 6), func() (any, error) {
			if enc {
				return gcmSeal(key, iv, data, aad, tag)
			}
			return gcmOpen(key, iv, data, aad, tag)
		}, b.bufConv)
	})
	set("aesCbc", func(c goja.FunctionCall) goja.Value {
		enc, key, iv, data := arg(c, 0).ToBoolean(), b.bytesOf(arg(c, 1)), b.bytesOf(arg(c, 2)), b.bytesOf(arg(c, 3))
		return b.run(arg(c, 4), func() (any, error) {
			if enc {
				return cbcEncrypt(key, iv, data)
			}
			return cbcDecrypt(key, iv, data)
		}, b.bufConv)
	})
	b.cipherNatives(set)
	b.ecdhNatives(set)
	// rsaCrypt(decrypt, h, data, padding, hash, label[, cb])
	set("rsaCrypt", func(c goja.FunctionCall) goja.Value {
		decrypt, k, data, padding := c.Argument(0).ToBoolean(), b.key(c.Argument(1)), b.bytesOf(c.Argument(2)), int(c.Argument(3).ToInteger())
		h, label := b.digest(c.Argument(4).String()), b.bytesOf(c.Argument(5))
		cb := c.Argument(6)
		if _, async := goja.AssertFunction(cb); !async {
			var (
				out []byte
				err error
			)
			if decrypt {
				out, err = rsaDecrypt(k, data, padding, h, label)
			} else {
				out, err = rsaEncrypt(k, data, padding, h, label)
			}
			if err != nil {
				panic(b.rsaError(err))
			}
			return b.ab(out)
		}
		return b.run(cb, func() (any, error) {
			if decrypt {
				return rsaDecrypt(k, data, padding, h, label)
			}
			return rsaEncrypt(k, data, padding, h, label)
		}, b.bufConv)
	})
	return n
}

// rsaError is an RSA encryption error as Node throws it.
func (b *Bindings) rsaError(err error) goja.Value {
	ctor, code := "Error", ""
	switch {
	case errors.Is(err, errOAEPDecoding):
		code = "ERR_OSSL_RSA_OAEP_DECODING_ERROR"
	case errors.Is(err, errRSATooLarge):
		code = "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE"
	case errors.Is(err, errPKCS1Decrypt):
		ctor, code = "TypeError", "ERR_INVALID_ARG_VALUE"
	default:
		return b.jsError(err)
	}
	c, _ := goja.AssertConstructor(b.vm.Get(ctor))
	o, cerr := c(nil, b.vm.ToValue(err.Error()))
	if cerr != nil {
		return b.vm.NewGoError(err)
	}
	_ = o.Set("code", code)
	_ = o.Set("kind", "operation")
	return o
}

// ecdhNatives are the Go half of createECDH, crypto.diffieHellman and
// WebCrypto's ECDH.
func (b *Bindings) ecdhNatives(set func(string, func(goja.FunctionCall) goja.Value)) {
	vm := b.vm
	state := func(v goja.Value) *ecdhState {
		s, ok := v.Export().(*ecdhState)
		if !ok {
			panic(vm.NewTypeError("not an ECDH object"))
		}
		return s
	}
	fail := func(err error) {
		if err == nil {
			return
		}
		ctor, code := "Error", ""
		switch {
		case errors.Is(err, errCurve):
			ctor, code = "TypeError", "ERR_CRYPTO_INVALID_CURVE"
		case errors.Is(err, errECDHPublic):
			code = "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY"
		case errors.Is(err, errKey):
			code = "ERR_CRYPTO_INVALID_KEYTYPE"
		}
		msg := err.Error()
		msg = strings.ToUpper(msg[:1]) + msg[1:]
		if errors.Is(err, errCurve) {
			msg = "Invalid EC curve name"
		}
		c, _ := goja.AssertConstructor(vm.Get(ctor))
		o, _ := c(nil, vm.ToValue(msg))
		if code != "" {
			_ = o.Set("code", code)
		}
		panic(o)
	}
	set("ecdhNew", func(c goja.FunctionCall) goja.Value {
		s, err := newECDH(c.Argument(0).String())
		fail(err)
		return vm.ToValue(s)
	})
	set("ecdhGenerate", func(c goja.FunctionCall) goja.Value {
		fail(state(c.Argument(0)).generate())
		return goja.Undefined()
	})
	set("ecdhPublic", func(c goja.FunctionCall) goja.Value {
		s := state(c.Argument(0))
		if s.priv == nil {
			fail(errECDHNoKey)
		}
		return b.ab(encodePoint(s.priv.PublicKey().Bytes(), c.Argument(1).String()))
	})
	set("ecdhPrivate", func(c goja.FunctionCall) goja.Value {
		s := state(c.Argument(0))
		if s.priv == nil {
			fail(errECDHNoKey)
		}
		// Node gives the scalar without its leading zero bytes
		return b.ab(new(big.Int).SetBytes(s.priv.Bytes()).Bytes())
	})
	set("ecdhSetPrivate", func(c goja.FunctionCall) goja.Value {
		fail(state(c.Argument(0)).setPrivate(b.bytesOf(c.Argument(1))))
		return goja.Undefined()
	})
	set("ecdhCompute", func(c goja.FunctionCall) goja.Value {
		out, err := state(c.Argument(0)).computeSecret(b.bytesOf(c.Argument(1)))
		fail(err)
		return b.ab(out)
	})
	// ecdhConvert(key, curve, format)
	set("ecdhConvert", func(c goja.FunctionCall) goja.Value {
		cv, ok := ecdhCurves[c.Argument(1).String()]
		if !ok {
			fail(errCurve)
		}
		p, err := decodePoint(cv.ec, b.bytesOf(c.Argument(0)))
		fail(err)
		return b.ab(encodePoint(p, c.Argument(2).String()))
	})
	// agree(privateHandle, publicHandle[, cb])
	set("agree", func(c goja.FunctionCall) goja.Value {
		priv, pub := b.key(c.Argument(0)), b.key(c.Argument(1))
		return b.run(c.Argument(2), func() (any, error) { return agree(priv, pub) }, b.bufConv)
	})
}

// cipherError is a Cipheriv error as Node throws it.
func (b *Bindings) cipherError(err error) goja.Value {
	ctor, code := "Error", ""
	switch {
	case errors.Is(err, errUnknownCipher):
		code = "ERR_CRYPTO_UNKNOWN_CIPHER"
	case errors.Is(err, errKeyLength):
		ctor, code = "RangeError", "ERR_CRYPTO_INVALID_KEYLEN"
	case errors.Is(err, errIV):
		ctor, code = "TypeError", "ERR_CRYPTO_INVALID_IV"
	case errors.Is(err, errBadDecrypt):
		code = "ERR_OSSL_BAD_DECRYPT"
	case errors.Is(err, errFinalLength):
		code = "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH"
	case errors.Is(err, errCipherState), errors.Is(err, errAuth):
	default:
		ctor, code = "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG"
	}
	msg, ok := cipherMessages[err]
	if !ok {
		msg = strings.ToUpper(err.Error()[:1]) + err.Error()[1:]
	}
	c, _ := goja.AssertConstructor(b.vm.Get(ctor))
	o, cerr := c(nil, b.vm.ToValue(msg))
	if cerr != nil {
		return b.vm.NewGoError(err)
	}
	if code != "" {
		_ = o.Set("code", code)
	}
	return o
}

// cipherNatives are the Go half of createCipheriv and createDecipheriv.
func (b *Bindings) cipherNatives(set func(string, func(goja.FunctionCall) goja.Value)) {
	vm := b.vm
	state := func(v goja.Value) *cipherState {
		c, ok := v.Export().(*cipherState)
		if !ok {
			panic(vm.NewTypeError("not a cipher"))
		}
		return c
	}
	check := func(err error) {
		if err != nil {
			panic(b.cipherError(err))
		}
	}
	// cipherNew(name, key, iv|null, decrypt, tagLength)
	set("cipherNew", func(c goja.FunctionCall) goja.Value {
		var iv []byte
		hasIV := !goja.IsNull(c.Argument(2)) && !goja.IsUndefined(c.Argument(2))
		if hasIV {
			iv = b.bytesOf(c.Argument(2))
		}
		st, err := newCipherState(c.Argument(0).String(), b.bytesOf(c.Argument(1)), iv, hasIV, c.Argument(3).ToBoolean(), int(c.Argument(4).ToInteger()))
		check(err)
		return vm.ToValue(st)
	})
	set("cipherUpdate", func(c goja.FunctionCall) goja.Value {
		out, err := state(c.Argument(0)).update(b.bytesOf(c.Argument(1)))
		check(err)
		return b.ab(out)
	})
	set("cipherFinal", func(c goja.FunctionCall) goja.Value {
		out, err := state(c.Argument(0)).final()
		check(err)
		return b.ab(out)
	})
	set("cipherAAD", func(c goja.FunctionCall) goja.Value {
		check(state(c.Argument(0)).setAAD(b.bytesOf(c.Argument(1))))
		return goja.Undefined()
	})
	set("cipherSetTag", func(c goja.FunctionCall) goja.Value {
		check(state(c.Argument(0)).setAuthTag(b.bytesOf(c.Argument(1))))
		return goja.Undefined()
	})
	set("cipherGetTag", func(c goja.FunctionCall) goja.Value {
		st := state(c.Argument(0))
		if st.decrypt || st.tag == nil {
			check(errCipherState)
		}
		return b.ab(bytes.Clone(st.tag))
	})
	set("cipherPadding", func(c goja.FunctionCall) goja.Value {
		st := state(c.Argument(0))
		if st.finished {
			check(errCipherState)
		}
		st.padding = c.Argument(1).ToBoolean()
		return goja.Undefined()
	})
	set("cipherNames", func(goja.FunctionCall) goja.Value {
		out := make([]any, len(cipherNames))
		for i, n := range cipherNames {
			out[i] = n
		}
		return vm.NewArray(out...)
	})
}
