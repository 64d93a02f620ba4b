package jscrypto

import (
	"crypto"
	"crypto/hkdf"
	"crypto/pbkdf2"
	"errors"
	"fmt"
	"hash"

	"golang.org/x/crypto/scrypt"
)

// errKDF is the cause of invalid key-derivation parameters.
var errKDF = errors.New("invalid key derivation parameters")

func hashFunc(h crypto.Hash) func() hash.Hash { return h.New }

// derivePBKDF2 is PBKDF2-HMAC. A zero length gives an empty key, as Node
// does (Go's pbkdf2 refuses it).
func derivePBKDF2(h crypto.Hash, password, salt []byte, iter, keyLen int) ([]byte, error) {
	if iter < 1 {
		return nil, fmt.Errorf("%w: iterations must be at least 1", errKDF)
	}
	if keyLen == 0 {
		return []byte{}, nil
	}
	return pbkdf2.Key(hashFunc(h), string(password), salt, iter, keyLen)
}

// scryptParams are scrypt's cost parameters and Node's memory bound.
type scryptParams struct {
	N, r, p int
	maxmem  int64
}

// deriveScrypt is scrypt, refusing (as Node does) parameters that need
// more than maxmem bytes.
func deriveScrypt(password, salt []byte, keyLen int, sp scryptParams) ([]byte, error) {
	if sp.N < 2 || sp.N&(sp.N-1) != 0 {
		return nil, fmt.Errorf("%w: N must be a power of two greater than 1", errKDF)
	}
	if sp.r < 1 || sp.p < 1 {
		return nil, fmt.Errorf("%w: r and p must be positive", errKDF)
	}
	if need := 128 * int64(sp.N) * int64(sp.r); need > sp.maxmem {
		return nil, fmt.Errorf("%w: memory limit exceeded (N*r*128 = %d > maxmem %d)", errKDF, need, sp.maxmem)
	}
	if keyLen == 0 {
		return []byte{}, nil
	}
	return scrypt.Key(password, salt, sp.N, sp.r, sp.p, keyLen)
}

// deriveHKDF is HKDF (extract and expand).
func deriveHKDF(h crypto.Hash, ikm, salt, info []byte, keyLen int) ([]byte, error) {
	if keyLen > 255*h.Size() {
		return nil, fmt.Errorf("%w: HKDF cannot derive more than %d bytes with this digest", errKDF, 255*h.Size())
	}
	if keyLen == 0 {
		return []byte{}, nil
	}
	return hkdf.Key(hashFunc(h), ikm, salt, string(info), keyLen)
}
