package jscrypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"errors"
	"fmt"
)

// errOperation is WebCrypto's OperationError: the operation failed for a
// reason of its own (a bad tag, bad padding, a wrong IV length).
var errOperation = errors.New("the operation failed for an operation-specific reason")

// gcmSeal encrypts with AES-GCM, appending a tag of tagBytes (4..16).
// Go's GCM takes either a custom nonce size or a custom tag size, so this
// always computes the full tag and cuts it: a GCM tag of t bits is the
// first t bits of the full one.
func gcmSeal(key, iv, plain, aad []byte, tagBytes int) ([]byte, error) {
	g, err := newGCM(key, iv)
	if err != nil {
		return nil, err
	}
	out := g.Seal(nil, iv, plain, aad)
	return out[:len(plain)+tagBytes], nil
}

// gcmOpen decrypts and authenticates AES-GCM with a tag of tagBytes.
func gcmOpen(key, iv, data, aad []byte, tagBytes int) ([]byte, error) {
	if len(data) < tagBytes {
		return nil, fmt.Errorf("%w: data is shorter than the tag", errOperation)
	}
	g, err := newGCM(key, iv)
	if err != nil {
		return nil, err
	}
	if tagBytes == g.Overhead() {
		plain, err := g.Open(nil, iv, data, aad)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errOperation, err)
		}
		return plain, nil
	}
	// A short tag: the key stream is the encryption of zeros under the same
	// IV; decrypt with it, then recompute the full tag and compare its prefix.
	ct, tag := data[:len(data)-tagBytes], data[len(data)-tagBytes:]
	stream := g.Seal(nil, iv, make([]byte, len(ct)), nil)
	plain := make([]byte, len(ct))
	subtle.XORBytes(plain, ct, stream[:len(ct)])
	full := g.Seal(nil, iv, plain, aad)
	if subtle.ConstantTimeCompare(full[len(ct):len(ct)+tagBytes], tag) != 1 {
		return nil, fmt.Errorf("%w: message authentication failed", errOperation)
	}
	return plain, nil
}

func newGCM(key, iv []byte) (cipher.AEAD, error) {
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errOperation, err)
	}
	if len(iv) == 0 {
		return nil, fmt.Errorf("%w: the IV must not be empty", errOperation)
	}
	if len(iv) == 12 {
		return cipher.NewGCM(b)
	}
	return cipher.NewGCMWithNonceSize(b, len(iv))
}

// cbcEncrypt is AES-CBC with PKCS#7 padding.
func cbcEncrypt(key, iv, plain []byte) ([]byte, error) {
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errOperation, err)
	}
	if len(iv) != aes.BlockSize {
		return nil, fmt.Errorf("%w: algorithm.iv must contain exactly 16 bytes", errOperation)
	}
	pad := aes.BlockSize - len(plain)%aes.BlockSize
	buf := append(bytes.Clone(plain), bytes.Repeat([]byte{byte(pad)}, pad)...)
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(buf, buf)
	return buf, nil
}

// cbcDecrypt is AES-CBC, removing and checking PKCS#7 padding.
func cbcDecrypt(key, iv, data []byte) ([]byte, error) {
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errOperation, err)
	}
	if len(iv) != aes.BlockSize {
		return nil, fmt.Errorf("%w: algorithm.iv must contain exactly 16 bytes", errOperation)
	}
	if len(data) == 0 || len(data)%aes.BlockSize != 0 {
		return nil, fmt.Errorf("%w: data is not a whole number of blocks", errOperation)
	}
	buf := bytes.Clone(data)
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(buf, buf)
	pad := int(buf[len(buf)-1])
	if pad == 0 || pad > aes.BlockSize {
		return nil, fmt.Errorf("%w: bad padding", errOperation)
	}
	for _, c := range buf[len(buf)-pad:] {
		if int(c) != pad {
			return nil, fmt.Errorf("%w: bad padding", errOperation)
		}
	}
	return buf[:len(buf)-pad], nil
}
