package jscrypto

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
)

// Errors of createECDH and ECDH key agreement, with Node's codes.
var (
	errCurve      = errors.New("invalid EC curve name")
	errECDHPublic = errors.New("public key is not valid for specified curve")
	errECDHNoKey  = errors.New("no private key: call generateKeys or setPrivateKey")
)

// ecdhCurves maps Node's curve names to Go's.
var ecdhCurves = map[string]struct {
	ecdh ecdh.Curve
	ec   elliptic.Curve
}{
	"prime256v1": {ecdh.P256(), elliptic.P256()}, "secp256r1": {ecdh.P256(), elliptic.P256()},
	"secp384r1": {ecdh.P384(), elliptic.P384()}, "secp521r1": {ecdh.P521(), elliptic.P521()},
}

// ecdhState is a crypto.createECDH object.
type ecdhState struct {
	curve ecdh.Curve
	ec    elliptic.Curve
	priv  *ecdh.PrivateKey
}

func newECDH(name string) (*ecdhState, error) {
	c, ok := ecdhCurves[name]
	if !ok {
		return nil, errCurve
	}
	return &ecdhState{curve: c.ecdh, ec: c.ec}, nil
}

func (s *ecdhState) generate() error {
	k, err := s.curve.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("ecdh: %w", err)
	}
	s.priv = k
	return nil
}

func (s *ecdhState) setPrivate(b []byte) error {
	size := (s.ec.Params().BitSize + 7) / 8
	if len(b) < size { // Node accepts a scalar without its leading zeros
		b = append(make([]byte, size-len(b)), b...)
	}
	k, err := s.curve.NewPrivateKey(b)
	if err != nil {
		return fmt.Errorf("%w: private key is not valid for specified curve", errKey)
	}
	s.priv = k
	return nil
}

// encodePoint writes an uncompressed point (04|X|Y) in Node's format:
// "uncompressed", "compressed" (02/03|X) or "hybrid" (06/07|X|Y).
func encodePoint(p []byte, format string) []byte {
	n := (len(p) - 1) / 2
	odd := p[len(p)-1]&1 == 1
	switch format {
	case "compressed":
		out := append([]byte{2}, p[1:1+n]...)
		if odd {
			out[0] = 3
		}
		return out
	case "hybrid":
		out := append([]byte{6}, p[1:]...)
		if odd {
			out[0] = 7
		}
		return out
	}
	return append([]byte(nil), p...)
}

// decodePoint reads a point in any of the three formats into the
// uncompressed form, checking it is on the curve.
func decodePoint(ec elliptic.Curve, b []byte) ([]byte, error) {
	params := ec.Params()
	n := (params.BitSize + 7) / 8
	switch {
	case len(b) == 1+2*n && (b[0] == 4 || b[0] == 6 || b[0] == 7):
		out := append([]byte{4}, b[1:]...)
		if _, err := ecdsa.ParseUncompressedPublicKey(ec, out); err != nil {
			return nil, errECDHPublic
		}
		return out, nil
	case len(b) == 1+n && (b[0] == 2 || b[0] == 3):
		x := new(big.Int).SetBytes(b[1:])
		if x.Cmp(params.P) >= 0 {
			return nil, errECDHPublic
		}
		// y² = x³ - 3x + b (mod p)
		y2 := new(big.Int).Exp(x, big.NewInt(3), params.P)
		y2.Sub(y2, new(big.Int).Mul(x, big.NewInt(3)))
		y2.Add(y2, params.B)
		y2.Mod(y2, params.P)
		y := new(big.Int).ModSqrt(y2, params.P)
		if y == nil {
			return nil, errECDHPublic
		}
		if y.Bit(0) != uint(b[0]&1) {
			y.Sub(params.P, y)
		}
		out := make([]byte, 1+2*n)
		out[0] = 4
		x.FillBytes(out[1 : 1+n])
		y.FillBytes(out[1+n:])
		return out, nil
	}
	return nil, errECDHPublic
}

// computeSecret agrees a secret with a peer's public point.
func (s *ecdhState) computeSecret(peer []byte) ([]byte, error) {
	if s.priv == nil {
		return nil, errECDHNoKey
	}
	p, err := decodePoint(s.ec, peer)
	if err != nil {
		return nil, err
	}
	pub, err := s.curve.NewPublicKey(p)
	if err != nil {
		return nil, errECDHPublic
	}
	return s.priv.ECDH(pub)
}

// agree is ECDH between an EC private and public key (WebCrypto's ECDH,
// Node's crypto.diffieHellman).
func agree(priv, pub *Key) ([]byte, error) {
	p, ok := priv.priv.(*ecdsa.PrivateKey)
	q, ok2 := pub.pub.(*ecdsa.PublicKey)
	if !ok || !ok2 || priv.kind != "private" {
		return nil, fmt.Errorf("%w: ECDH needs an EC private key and an EC public key", errKey)
	}
	if p.Curve != q.Curve {
		return nil, fmt.Errorf("%w: the keys are on different curves", errKey)
	}
	a, err := p.ECDH()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errKey, err)
	}
	b, err := q.ECDH()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errKey, err)
	}
	return a.ECDH(b)
}
