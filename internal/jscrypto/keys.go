package jscrypto

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/subtle"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Key is the material behind a KeyObject and a CryptoKey: a secret, or an
// RSA, EC or Ed25519 public or private key. It is immutable once built, so
// the same Key may back several JavaScript objects and cross goroutines.
type Key struct {
	kind   string // "secret", "public" or "private"
	secret []byte
	pub    crypto.PublicKey // *rsa.PublicKey, *ecdsa.PublicKey or ed25519.PublicKey
	priv   crypto.Signer    // *rsa.PrivateKey, *ecdsa.PrivateKey or ed25519.PrivateKey
}

// errKey is the cause of every key that cannot be read.
var errKey = errors.New("invalid key")

func secretKey(b []byte) *Key { return &Key{kind: "secret", secret: bytes.Clone(b)} }

func privateKey(s crypto.Signer) *Key { return &Key{kind: "private", priv: s, pub: s.Public()} }

func publicKey(p crypto.PublicKey) *Key { return &Key{kind: "public", pub: p} }

// Type is "secret", "public" or "private".
func (k *Key) Type() string { return k.kind }

// Public returns the public half of a private key, or k itself.
func (k *Key) Public() *Key {
	if k.kind == "private" {
		return publicKey(k.pub)
	}
	return k
}

// asymmetricType is Node's asymmetricKeyType: "rsa", "ec", "ed25519", or ""
// for a secret key.
func (k *Key) asymmetricType() string {
	switch k.pub.(type) {
	case *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PublicKey:
		return "ec"
	case ed25519.PublicKey:
		return "ed25519"
	}
	return ""
}

// curveNames maps every name Node and WebCrypto accept to a curve.
var curveNames = map[string]elliptic.Curve{
	"P-256": elliptic.P256(), "prime256v1": elliptic.P256(), "secp256r1": elliptic.P256(),
	"P-384": elliptic.P384(), "secp384r1": elliptic.P384(),
	"P-521": elliptic.P521(), "secp521r1": elliptic.P521(),
}

// opensslCurve is the curve's name as Node reports it in asymmetricKeyDetails.
func opensslCurve(c elliptic.Curve) string {
	switch c {
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	}
	return c.Params().Name
}

// Equal reports whether two keys hold the same material, in constant time
// for secrets.
func (k *Key) Equal(o *Key) bool {
	if k.kind != o.kind {
		return false
	}
	if k.kind == "secret" {
		return len(k.secret) == len(o.secret) && subtle.ConstantTimeCompare(k.secret, o.secret) == 1
	}
	eq, ok := k.pub.(interface{ Equal(crypto.PublicKey) bool })
	return ok && eq.Equal(o.pub)
}

// checkSigner refuses the keys Go's crypto cannot use, so the failure is a
// clear error at import time and not at the first signature.
func checkSigner(s any) (crypto.Signer, error) {
	switch k := s.(type) {
	case *rsa.PrivateKey:
		if err := k.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %w", errKey, err)
		}
		k.Precompute()
		return k, nil
	case *ecdsa.PrivateKey, ed25519.PrivateKey:
		return k.(crypto.Signer), nil
	}
	return nil, fmt.Errorf("%w: unsupported key type %T", errKey, s)
}

func checkPublic(p any) (crypto.PublicKey, error) {
	switch p.(type) {
	case *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey:
		return p, nil
	}
	return nil, fmt.Errorf("%w: unsupported key type %T", errKey, p)
}

// parsePrivateDER reads a DER private key of the given type ("pkcs1",
// "pkcs8" or "sec1"; "" tries each).
func parsePrivateDER(der []byte, typ string) (*Key, error) {
	var (
		k   any
		err error
	)
	switch typ {
	case "pkcs8":
		k, err = x509.ParsePKCS8PrivateKey(der)
	case "pkcs1":
		k, err = x509.ParsePKCS1PrivateKey(der)
	case "sec1":
		k, err = x509.ParseECPrivateKey(der)
	case "":
		if k, err = x509.ParsePKCS8PrivateKey(der); err != nil {
			if k, err = x509.ParsePKCS1PrivateKey(der); err != nil {
				k, err = x509.ParseECPrivateKey(der)
			}
		}
	default:
		return nil, fmt.Errorf("%w: unknown private key type %q", errKey, typ)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errKey, err)
	}
	s, err := checkSigner(k)
	if err != nil {
		return nil, err
	}
	return privateKey(s), nil
}

// parsePublicDER reads a DER public key ("spki" or "pkcs1"; "" tries both
// and a certificate).
func parsePublicDER(der []byte, typ string) (*Key, error) {
	var (
		p   any
		err error
	)
	switch typ {
	case "spki":
		p, err = x509.ParsePKIXPublicKey(der)
	case "pkcs1":
		p, err = x509.ParsePKCS1PublicKey(der)
	case "":
		if p, err = x509.ParsePKIXPublicKey(der); err != nil {
			if p, err = x509.ParsePKCS1PublicKey(der); err != nil {
				var c *x509.Certificate
				if c, err = x509.ParseCertificate(der); err == nil {
					p = c.PublicKey
				}
			}
		}
	default:
		return nil, fmt.Errorf("%w: unknown public key type %q", errKey, typ)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errKey, err)
	}
	pub, err := checkPublic(p)
	if err != nil {
		return nil, err
	}
	return publicKey(pub), nil
}

// parsePEM reads the first key block of a PEM text. wantPublic accepts
// public keys and certificates too; a private key is read as itself (the
// caller derives its public half).
func parsePEM(text []byte, wantPublic bool) (*Key, error) {
	rest := text
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil, fmt.Errorf("%w: no PEM key block found", errKey)
		}
		switch b.Type {
		case "PRIVATE KEY":
			return parsePrivateDER(b.Bytes, "pkcs8")
		case "RSA PRIVATE KEY":
			return parsePrivateDER(b.Bytes, "pkcs1")
		case "EC PRIVATE KEY":
			return parsePrivateDER(b.Bytes, "sec1")
		case "ENCRYPTED PRIVATE KEY":
			return nil, fmt.Errorf("%w: encrypted private keys are not supported", errKey)
		}
		if !wantPublic {
			continue
		}
		switch b.Type {
		case "PUBLIC KEY":
			return parsePublicDER(b.Bytes, "spki")
		case "RSA PUBLIC KEY":
			return parsePublicDER(b.Bytes, "pkcs1")
		case "CERTIFICATE":
			c, err := x509.ParseCertificate(b.Bytes)
			if err != nil {
				return nil, fmt.Errorf("%w: %w", errKey, err)
			}
			p, err := checkPublic(c.PublicKey)
			if err != nil {
				return nil, err
			}
			return publicKey(p), nil
		}
	}
}

// b64u decodes a JWK member.
func b64u(m map[string]any, name string) ([]byte, error) {
	s, ok := m[name].(string)
	if !ok {
		return nil, fmt.Errorf("%w: JWK member %q is missing", errKey, name)
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		return nil, fmt.Errorf("%w: JWK member %q: %w", errKey, name, err)
	}
	return b, nil
}

// parseJWK reads a JSON Web Key. A key with a private member ("d", or "k"
// for oct) is private unless publicOnly.
func parseJWK(m map[string]any, publicOnly bool) (*Key, error) {
	kty, _ := m["kty"].(string)
	_, hasD := m["d"]
	switch kty {
	case "oct":
		k, err := b64u(m, "k")
		if err != nil {
			return nil, err
		}
		return secretKey(k), nil
	case "RSA":
		n, err := b64u(m, "n")
		if err != nil {
			return nil, err
		}
		e, err := b64u(m, "e")
		if err != nil {
			return nil, err
		}
		if len(e) > 4 {
			return nil, fmt.Errorf("%w: RSA exponent too large", errKey)
		}
		pub := &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		if !hasD || publicOnly {
			return publicKey(pub), nil
		}
		var ints [6]*big.Int
		for i, name := range []string{"d", "p", "q", "dp", "dq", "qi"} {
			b, err := b64u(m, name)
			if err != nil {
				return nil, err
			}
			ints[i] = new(big.Int).SetBytes(b)
		}
		priv := &rsa.PrivateKey{PublicKey: *pub, D: ints[0], Primes: []*big.Int{ints[1], ints[2]}}
		priv.Precomputed.Dp, priv.Precomputed.Dq, priv.Precomputed.Qinv = ints[3], ints[4], ints[5]
		s, err := checkSigner(priv)
		if err != nil {
			return nil, err
		}
		return privateKey(s), nil
	case "EC":
		crv, _ := m["crv"].(string)
		c := curveNames[crv]
		if c == nil || strings.HasPrefix(crv, "s") || strings.HasPrefix(crv, "prime") {
			return nil, fmt.Errorf("%w: unsupported JWK EC curve %q", errKey, crv)
		}
		x, err := b64u(m, "x")
		if err != nil {
			return nil, err
		}
		y, err := b64u(m, "y")
		if err != nil {
			return nil, err
		}
		size := (c.Params().BitSize + 7) / 8
		if len(x) != size || len(y) != size {
			return nil, fmt.Errorf("%w: JWK EC coordinates have the wrong length", errKey)
		}
		pub, err := ecdsa.ParseUncompressedPublicKey(c, append(append([]byte{4}, x...), y...))
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errKey, err)
		}
		if !hasD || publicOnly {
			return publicKey(pub), nil
		}
		d, err := b64u(m, "d")
		if err != nil {
			return nil, err
		}
		priv, err := ecdsa.ParseRawPrivateKey(c, d)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errKey, err)
		}
		if !priv.PublicKey.Equal(pub) {
			return nil, fmt.Errorf("%w: JWK EC private key does not match its public key", errKey)
		}
		return privateKey(priv), nil
	case "OKP":
		if crv, _ := m["crv"].(string); crv != "Ed25519" {
			return nil, fmt.Errorf("%w: unsupported JWK OKP curve %q", errKey, crv)
		}
		x, err := b64u(m, "x")
		if err != nil {
			return nil, err
		}
		if len(x) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("%w: Ed25519 public key must be 32 bytes", errKey)
		}
		if !hasD || publicOnly {
			return publicKey(ed25519.PublicKey(x)), nil
		}
		d, err := b64u(m, "d")
		if err != nil {
			return nil, err
		}
		if len(d) != ed25519.SeedSize {
			return nil, fmt.Errorf("%w: Ed25519 private key must be 32 bytes", errKey)
		}
		priv := ed25519.NewKeyFromSeed(d)
		if !bytes.Equal(priv.Public().(ed25519.PublicKey), x) {
			return nil, fmt.Errorf("%w: JWK Ed25519 private key does not match its public key", errKey)
		}
		return privateKey(priv), nil
	}
	return nil, fmt.Errorf("%w: unsupported JWK key type %q", errKey, kty)
}

// exportDER encodes k as typ: "pkcs1", "pkcs8", "sec1" for private keys,
// "pkcs1", "spki" for public ones.
func (k *Key) exportDER(typ string) ([]byte, error) {
	if k.kind == "private" {
		switch typ {
		case "pkcs8":
			return x509.MarshalPKCS8PrivateKey(k.priv)
		case "pkcs1":
			if r, ok := k.priv.(*rsa.PrivateKey); ok {
				return x509.MarshalPKCS1PrivateKey(r), nil
			}
		case "sec1":
			if e, ok := k.priv.(*ecdsa.PrivateKey); ok {
				return x509.MarshalECPrivateKey(e)
			}
		}
	} else if k.kind == "public" {
		switch typ {
		case "spki":
			return x509.MarshalPKIXPublicKey(k.pub)
		case "pkcs1":
			if r, ok := k.pub.(*rsa.PublicKey); ok {
				return x509.MarshalPKCS1PublicKey(r), nil
			}
		}
	}
	return nil, fmt.Errorf("%w: cannot export a %s %s key as %s", errKey, k.asymmetricType(), k.kind, typ)
}

var pemTypes = map[string]string{
	"private pkcs8": "PRIVATE KEY", "private pkcs1": "RSA PRIVATE KEY", "private sec1": "EC PRIVATE KEY",
	"public spki": "PUBLIC KEY", "public pkcs1": "RSA PUBLIC KEY",
}

// exportPEM encodes k as exportDER does, in a PEM block.
func (k *Key) exportPEM(typ string) (string, error) {
	der, err := k.exportDER(typ)
	if err != nil {
		return "", err
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: pemTypes[k.kind+" "+typ], Bytes: der})), nil
}

// jwkField is one member of an exported JWK, kept in order so the JSON
// reads as Node's does.
type jwkField struct{ name, value string }

func enc(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// exportJWK encodes k as a JSON Web Key, members in Node's order.
func (k *Key) exportJWK() (string, error) {
	var f []jwkField
	switch p := k.pub.(type) {
	case nil:
		f = []jwkField{{"kty", "oct"}, {"k", enc(k.secret)}}
	case *rsa.PublicKey:
		f = []jwkField{{"kty", "RSA"}, {"n", enc(p.N.Bytes())}, {"e", enc(big.NewInt(int64(p.E)).Bytes())}}
		if r, ok := k.priv.(*rsa.PrivateKey); ok {
			if len(r.Primes) != 2 {
				return "", fmt.Errorf("%w: multi-prime RSA keys cannot be exported as JWK", errKey)
			}
			f = append(f, jwkField{"d", enc(r.D.Bytes())}, jwkField{"p", enc(r.Primes[0].Bytes())}, jwkField{"q", enc(r.Primes[1].Bytes())},
				jwkField{"dp", enc(r.Precomputed.Dp.Bytes())}, jwkField{"dq", enc(r.Precomputed.Dq.Bytes())}, jwkField{"qi", enc(r.Precomputed.Qinv.Bytes())})
		}
	case *ecdsa.PublicKey:
		raw, err := p.Bytes()
		if err != nil {
			return "", fmt.Errorf("%w: %w", errKey, err)
		}
		n := (len(raw) - 1) / 2
		f = []jwkField{{"kty", "EC"}, {"x", enc(raw[1 : 1+n])}, {"y", enc(raw[1+n:])}, {"crv", p.Curve.Params().Name}}
		if e, ok := k.priv.(*ecdsa.PrivateKey); ok {
			d, err := e.Bytes()
			if err != nil {
				return "", fmt.Errorf("%w: %w", errKey, err)
			}
			f = append(f, jwkField{"d", enc(d)})
		}
	case ed25519.PublicKey:
		f = []jwkField{{"crv", "Ed25519"}}
		if e, ok := k.priv.(ed25519.PrivateKey); ok {
			f = append(f, jwkField{"d", enc(e.Seed())})
		}
		f = append(f, jwkField{"x", enc(p)}, jwkField{"kty", "OKP"})
	}
	var b strings.Builder
	b.WriteByte('{')
	for i, x := range f {
		if i > 0 {
			b.WriteByte(',')
		}
		n, _ := json.Marshal(x.name)
		v, _ := json.Marshal(x.value)
		b.Write(n)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// generateKey makes a key pair: typ "rsa" (bits, exponent), "ec" (curve
// name) or "ed25519".
func generateKey(typ string, bits, exponent int, curve string) (*Key, error) {
	switch typ {
	case "rsa":
		if bits < 1024 || bits > 16384 {
			return nil, fmt.Errorf("%w: modulusLength must be between 1024 and 16384", errKey)
		}
		if exponent != 0 && exponent != 65537 {
			return nil, fmt.Errorf("%w: only the public exponent 65537 is supported", errKey)
		}
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errKey, err)
		}
		return privateKey(k), nil
	case "ec":
		c := curveNames[curve]
		if c == nil {
			return nil, fmt.Errorf("%w: unsupported namedCurve %q", errKey, curve)
		}
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errKey, err)
		}
		return privateKey(k), nil
	case "ed25519":
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errKey, err)
		}
		return privateKey(k), nil
	}
	return nil, fmt.Errorf("%w: unsupported key type %q", errKey, typ)
}
