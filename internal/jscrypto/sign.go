package jscrypto

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/big"
	"strings"

	// registered with crypto.Hash so that Hash.New works for every digest
	// Node's signatures and KDFs accept.
	_ "crypto/md5"
	_ "crypto/sha1"
	_ "crypto/sha256"
	_ "crypto/sha512"
)

// errDigest is the cause of an unknown digest name.
var errDigest = errors.New("invalid digest")

// digestOf maps a Node or WebCrypto digest name ("sha256", "SHA-256",
// "RSA-SHA256", "sha256WithRSAEncryption", "ecdsa-with-SHA256") to a hash.
func digestOf(name string) (crypto.Hash, error) {
	n := strings.ToLower(name)
	n = strings.TrimPrefix(n, "rsa-")
	n = strings.TrimPrefix(n, "ecdsa-with-")
	n = strings.TrimSuffix(n, "withrsaencryption")
	n = strings.ReplaceAll(n, "-", "")
	switch n {
	case "md5":
		return crypto.MD5, nil
	case "sha1":
		return crypto.SHA1, nil
	case "sha224":
		return crypto.SHA224, nil
	case "sha256":
		return crypto.SHA256, nil
	case "sha384":
		return crypto.SHA384, nil
	case "sha512":
		return crypto.SHA512, nil
	case "sha512/224", "sha512224":
		return crypto.SHA512_224, nil
	case "sha512/256", "sha512256":
		return crypto.SHA512_256, nil
	}
	return 0, fmt.Errorf("%w: %s", errDigest, name)
}

// Node's RSA padding and PSS salt-length constants.
const (
	rsaPKCS1Padding    = 1
	rsaOAEPPadding     = 4
	rsaPSSPadding      = 6
	pssSaltLenDigest   = -1
	pssSaltLenMaxOrAut = -2
)

// signOptions are the parameters of one signature beyond the key.
type signOptions struct {
	hash       crypto.Hash // 0: the key's default (SHA-256 for RSA and EC, none for Ed25519)
	padding    int         // rsaPKCS1Padding (default) or rsaPSSPadding
	saltLength int         // Node's saltLength; only with hasSalt
	hasSalt    bool
	p1363      bool // ECDSA signature as r||s instead of DER
}

func (o signOptions) digest(data []byte) (crypto.Hash, []byte) {
	h := o.hash
	if h == 0 {
		h = crypto.SHA256
	}
	w := h.New()
	w.Write(data)
	return h, w.Sum(nil)
}

// goSalt converts Node's saltLength to Go's PSSOptions.SaltLength.
func (o signOptions) goSalt(signing bool) (int, error) {
	if !o.hasSalt {
		if signing {
			return rsa.PSSSaltLengthAuto, nil // Node's RSA_PSS_SALTLEN_MAX_SIGN: as long as fits
		}
		return rsa.PSSSaltLengthAuto, nil
	}
	switch s := o.saltLength; {
	case s == pssSaltLenDigest:
		return rsa.PSSSaltLengthEqualsHash, nil
	case s == pssSaltLenMaxOrAut:
		return rsa.PSSSaltLengthAuto, nil
	case s == 0 && signing:
		// Go's zero means "auto", and no other value asks for an empty salt.
		return 0, errors.New("a PSS saltLength of 0 is not supported for signing")
	case s >= 0:
		return s, nil
	}
	return 0, fmt.Errorf("invalid PSS saltLength %d", o.saltLength)
}

// sign signs data with a private key.
func sign(k *Key, data []byte, o signOptions) ([]byte, error) {
	if k.kind != "private" {
		return nil, fmt.Errorf("%w: signing needs a private key, not a %s key", errKey, k.kind)
	}
	switch p := k.priv.(type) {
	case ed25519.PrivateKey:
		if o.hash != 0 {
			return nil, errors.New("Ed25519 signatures take no digest: pass null as the algorithm")
		}
		return ed25519.Sign(p, data), nil
	case *rsa.PrivateKey:
		h, sum := o.digest(data)
		if o.padding == rsaPSSPadding {
			salt, err := o.goSalt(true)
			if err != nil {
				return nil, err
			}
			return rsa.SignPSS(rand.Reader, p, h, sum, &rsa.PSSOptions{SaltLength: salt})
		}
		if o.padding != 0 && o.padding != rsaPKCS1Padding {
			return nil, fmt.Errorf("unsupported RSA padding %d", o.padding)
		}
		return rsa.SignPKCS1v15(nil, p, h, sum)
	case *ecdsa.PrivateKey:
		_, sum := o.digest(data)
		der, err := ecdsa.SignASN1(rand.Reader, p, sum)
		if err != nil || !o.p1363 {
			return der, err
		}
		return derToP1363(der, (p.Curve.Params().BitSize+7)/8)
	}
	return nil, fmt.Errorf("%w: cannot sign with %T", errKey, k.priv)
}

// verify checks a signature with a public key (or a private key's public
// half). A malformed signature is false, not an error, as in Node.
func verify(k *Key, data, sig []byte, o signOptions) (bool, error) {
	if k.kind == "secret" {
		return false, fmt.Errorf("%w: verifying needs a public or private key, not a secret key", errKey)
	}
	switch p := k.pub.(type) {
	case ed25519.PublicKey:
		if o.hash != 0 {
			return false, errors.New("Ed25519 signatures take no digest: pass null as the algorithm")
		}
		return ed25519.Verify(p, data, sig), nil
	case *rsa.PublicKey:
		h, sum := o.digest(data)
		if o.padding == rsaPSSPadding {
			salt, err := o.goSalt(false)
			if err != nil {
				return false, err
			}
			return rsa.VerifyPSS(p, h, sum, sig, &rsa.PSSOptions{SaltLength: salt}) == nil, nil
		}
		return rsa.VerifyPKCS1v15(p, h, sum, sig) == nil, nil
	case *ecdsa.PublicKey:
		_, sum := o.digest(data)
		if o.p1363 {
			n := (p.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*n {
				return false, nil
			}
			r := new(big.Int).SetBytes(sig[:n])
			s := new(big.Int).SetBytes(sig[n:])
			return ecdsa.Verify(p, sum, r, s), nil
		}
		return ecdsa.VerifyASN1(p, sum, sig), nil
	}
	return false, fmt.Errorf("%w: cannot verify with %T", errKey, k.pub)
}

// derToP1363 turns an ASN.1 ECDSA signature into r||s of n bytes each.
func derToP1363(der []byte, n int) ([]byte, error) {
	var rs struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &rs); err != nil {
		return nil, fmt.Errorf("ecdsa signature: %w", err)
	}
	out := make([]byte, 2*n)
	rs.R.FillBytes(out[:n])
	rs.S.FillBytes(out[n:])
	return out, nil
}
