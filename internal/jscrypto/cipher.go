package jscrypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"
)

// Errors of createCipheriv and createDecipheriv; cipherMessages holds
// the messages Node gives them.
var (
	errUnknownCipher = errors.New("unknown cipher")
	errKeyLength     = errors.New("invalid key length")
	errIV            = errors.New("invalid initialization vector")
	errBadDecrypt    = errors.New("bad decrypt")
	errFinalLength   = errors.New("wrong final block length")
	errAuth          = errors.New("unsupported state or unable to authenticate data")
	errCipherState   = errors.New("unsupported state")
)

var cipherMessages = map[error]string{
	errUnknownCipher: "Unknown cipher", errKeyLength: "Invalid key length", errIV: "Invalid initialization vector",
	errBadDecrypt:  "error:1C800064:Provider routines::bad decrypt",
	errFinalLength: "error:1C80006B:Provider routines::wrong final block length",
	errAuth:        "Unsupported state or unable to authenticate data", errCipherState: "Unsupported state",
}

// cipherSpec describes a cipher Node names.
type cipherSpec struct {
	mode   string // "cbc", "ecb", "ctr", "gcm", "chacha20-poly1305"
	keyLen int
}

// cipherOf maps Node's cipher names (and OpenSSL's aliases) to a spec.
func cipherOf(name string) (cipherSpec, bool) {
	n := strings.ToLower(name)
	switch n {
	case "aes128":
		n = "aes-128-cbc"
	case "aes192":
		n = "aes-192-cbc"
	case "aes256":
		n = "aes-256-cbc"
	case "id-aes128-gcm":
		n = "aes-128-gcm"
	case "id-aes192-gcm":
		n = "aes-192-gcm"
	case "id-aes256-gcm":
		n = "aes-256-gcm"
	case "chacha20-poly1305":
		return cipherSpec{mode: n, keyLen: 32}, true
	}
	var bits int
	var mode string
	if _, err := fmt.Sscanf(n, "aes-%d-%s", &bits, &mode); err != nil {
		return cipherSpec{}, false
	}
	if (bits != 128 && bits != 192 && bits != 256) || (mode != "cbc" && mode != "ecb" && mode != "ctr" && mode != "gcm") {
		return cipherSpec{}, false
	}
	return cipherSpec{mode: mode, keyLen: bits / 8}, true
}

// cipherNames are the names getCiphers lists.
var cipherNames = []string{
	"aes-128-cbc", "aes-128-ctr", "aes-128-ecb", "aes-128-gcm", "aes-192-cbc", "aes-192-ctr", "aes-192-ecb", "aes-192-gcm",
	"aes-256-cbc", "aes-256-ctr", "aes-256-ecb", "aes-256-gcm", "aes128", "aes192", "aes256", "chacha20-poly1305",
	"id-aes128-GCM", "id-aes192-GCM", "id-aes256-GCM",
}

// cipherState is one Cipheriv or Decipheriv: it streams like Node's, and
// keeps what an AEAD's tag needs until final.
type cipherState struct {
	spec     cipherSpec
	decrypt  bool
	padding  bool
	block    cipher.Block
	mode     cipher.BlockMode // cbc, ecb (nil for ecb: blocks are done by hand)
	stream   cipher.Stream    // ctr, and the key stream of gcm and chacha20-poly1305
	pending  []byte           // cbc/ecb: bytes not yet a whole block (decrypt: the held-back block)
	aead     cipher.AEAD
	iv       []byte
	aad      []byte
	plain    []byte // aead: the plaintext so far, to compute the tag at final
	tagLen   int
	tag      []byte // encrypt: computed at final; decrypt: set by setAuthTag
	finished bool
}

// newCipherState checks key and IV as Node does and prepares the cipher.
func newCipherState(name string, key, iv []byte, hasIV, decrypt bool, tagLen int) (*cipherState, error) {
	spec, ok := cipherOf(name)
	if !ok {
		return nil, errUnknownCipher
	}
	if len(key) != spec.keyLen {
		return nil, errKeyLength
	}
	c := &cipherState{spec: spec, decrypt: decrypt, padding: true, iv: bytes.Clone(iv), tagLen: tagLen}
	if spec.mode == "chacha20-poly1305" {
		if len(iv) != chacha20poly1305.NonceSize {
			return nil, errIV
		}
		aead, err := chacha20poly1305.New(key)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errKeyLength, err)
		}
		s, err := chacha20.NewUnauthenticatedCipher(key, iv)
		if err != nil {
			return nil, errIV
		}
		s.SetCounter(1) // block 0 keys the authenticator
		c.aead, c.stream = aead, s
		return c, nil
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, errKeyLength
	}
	c.block = block
	switch spec.mode {
	case "ecb":
		if hasIV && len(iv) != 0 {
			return nil, errIV
		}
	case "cbc", "ctr":
		if len(iv) != aes.BlockSize {
			return nil, errIV
		}
		switch {
		case spec.mode == "ctr":
			c.stream = cipher.NewCTR(block, iv)
		case decrypt:
			c.mode = cipher.NewCBCDecrypter(block, iv)
		default:
			c.mode = cipher.NewCBCEncrypter(block, iv)
		}
	case "gcm":
		if len(iv) == 0 {
			return nil, errIV
		}
		aead, err := cipher.NewGCMWithNonceSize(block, len(iv))
		if err != nil {
			return nil, errIV
		}
		c.aead = aead
		// The first key-stream block, decrypted, is GCM's first counter
		// block (inc32 of J0), whatever the IV's length.
		first := aead.Seal(nil, iv, make([]byte, aes.BlockSize), nil)[:aes.BlockSize]
		counter := make([]byte, aes.BlockSize)
		block.Decrypt(counter, first)
		c.stream = &gcmCounter{block: block, counter: counter}
	}
	return c, nil
}

// gcmCounter is GCM's CTR key stream: the counter's low 32 bits wrap.
type gcmCounter struct {
	block   cipher.Block
	counter []byte
	buf     [aes.BlockSize]byte
	used    int
}

func (g *gcmCounter) XORKeyStream(dst, src []byte) {
	for i := range src {
		if g.used == 0 || g.used == aes.BlockSize {
			g.block.Encrypt(g.buf[:], g.counter)
			for j := aes.BlockSize - 1; j >= aes.BlockSize-4; j-- {
				g.counter[j]++
				if g.counter[j] != 0 {
					break
				}
			}
			g.used = 0
		}
		dst[i] = src[i] ^ g.buf[g.used]
		g.used++
	}
}

func (c *cipherState) isAEAD() bool { return c.aead != nil }

// setAAD records additional authenticated data (before any update).
func (c *cipherState) setAAD(aad []byte) error {
	if !c.isAEAD() || c.finished {
		return errCipherState
	}
	c.aad = append(c.aad, aad...)
	return nil
}

// setAuthTag gives a Decipheriv the tag to check at final.
func (c *cipherState) setAuthTag(tag []byte) error {
	if !c.isAEAD() || !c.decrypt || c.finished {
		return errCipherState
	}
	if len(tag) < 4 || len(tag) > 16 || (c.spec.mode == "chacha20-poly1305" && len(tag) != c.tagLen) {
		return fmt.Errorf("invalid authentication tag length: %d", len(tag))
	}
	c.tag = bytes.Clone(tag)
	return nil
}

// update transforms data and returns what is ready.
func (c *cipherState) update(data []byte) ([]byte, error) {
	if c.finished {
		return nil, errCipherState
	}
	if c.stream != nil {
		out := make([]byte, len(data))
		c.stream.XORKeyStream(out, data)
		if c.isAEAD() {
			if c.decrypt {
				c.plain = append(c.plain, out...)
			} else {
				c.plain = append(c.plain, data...)
			}
		}
		return out, nil
	}
	c.pending = append(c.pending, data...)
	n := len(c.pending) / aes.BlockSize * aes.BlockSize
	if c.decrypt && c.padding && n == len(c.pending) && n > 0 {
		n -= aes.BlockSize // the last block may be padding: hold it back
	}
	out := c.crypt(c.pending[:n])
	c.pending = append(c.pending[:0], c.pending[n:]...)
	return out, nil
}

func (c *cipherState) crypt(blocks []byte) []byte {
	out := make([]byte, len(blocks))
	if c.mode != nil {
		c.mode.CryptBlocks(out, blocks)
		return out
	}
	for i := 0; i < len(blocks); i += aes.BlockSize {
		if c.decrypt {
			c.block.Decrypt(out[i:], blocks[i:i+aes.BlockSize])
		} else {
			c.block.Encrypt(out[i:], blocks[i:i+aes.BlockSize])
		}
	}
	return out
}

// final returns the last bytes (padding) and, for an AEAD, computes or
// checks the tag.
func (c *cipherState) final() ([]byte, error) {
	if c.finished {
		return nil, errCipherState
	}
	c.finished = true
	if c.isAEAD() {
		full := c.aead.Seal(nil, c.iv, c.plain, c.aad)[len(c.plain):]
		if !c.decrypt {
			c.tag = full[:min(c.tagLen, len(full))]
			return []byte{}, nil
		}
		if c.tag == nil || subtle.ConstantTimeCompare(full[:len(c.tag)], c.tag) != 1 {
			return nil, errAuth
		}
		return []byte{}, nil
	}
	if c.stream != nil {
		return []byte{}, nil
	}
	if !c.padding {
		if len(c.pending) != 0 {
			return nil, errFinalLength
		}
		return []byte{}, nil
	}
	if !c.decrypt {
		pad := aes.BlockSize - len(c.pending)
		return c.crypt(append(c.pending, bytes.Repeat([]byte{byte(pad)}, pad)...)), nil
	}
	if len(c.pending) != aes.BlockSize {
		return nil, errFinalLength
	}
	out := c.crypt(c.pending)
	pad := int(out[len(out)-1])
	if pad == 0 || pad > aes.BlockSize {
		return nil, errBadDecrypt
	}
	for _, b := range out[len(out)-pad:] {
		if int(b) != pad {
			return nil, errBadDecrypt
		}
	}
	return out[:len(out)-pad], nil
}
