package jscrypto

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"fmt"
)

// Errors of RSA encryption, with OpenSSL's messages as Node shows them.
var (
	errOAEPDecoding = errors.New("error:02000079:rsa routines::oaep decoding error")
	errRSATooLarge  = errors.New("error:0200006E:rsa routines::data too large for key size")
	errPKCS1Decrypt = errors.New("RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809")
)

// rsaEncrypt is publicEncrypt: OAEP (with hash for both OAEP and MGF1)
// or PKCS#1 v1.5.
func rsaEncrypt(k *Key, data []byte, padding int, h crypto.Hash, label []byte) ([]byte, error) {
	pub, ok := k.pub.(*rsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("%w: RSA encryption needs an RSA key", errKey)
	}
	var (
		out []byte
		err error
	)
	switch padding {
	case rsaPKCS1Padding:
		//lint:ignore SA1019 Node still encrypts with PKCS#1 v1.5 for peers that need it (only decryption is refused)
		out, err = rsa.EncryptPKCS1v15(rand.Reader, pub, data)
	case rsaOAEPPadding:
		out, err = rsa.EncryptOAEP(h.New(), rand.Reader, pub, data, label)
	default:
		return nil, fmt.Errorf("unsupported RSA padding %d", padding)
	}
	if errors.Is(err, rsa.ErrMessageTooLong) {
		return nil, errRSATooLarge
	}
	return out, err
}

// rsaDecrypt is privateDecrypt with OAEP; PKCS#1 v1.5 is refused, as
// Node 20 does since CVE-2023-46809.
func rsaDecrypt(k *Key, data []byte, padding int, h crypto.Hash, label []byte) ([]byte, error) {
	priv, ok := k.priv.(*rsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("%w: RSA decryption needs an RSA private key", errKey)
	}
	switch padding {
	case rsaPKCS1Padding:
		return nil, errPKCS1Decrypt
	case rsaOAEPPadding:
		out, err := rsa.DecryptOAEP(h.New(), nil, priv, data, label)
		if err != nil {
			return nil, errOAEPDecoding
		}
		return out, nil
	}
	return nil, fmt.Errorf("unsupported RSA padding %d", padding)
}
