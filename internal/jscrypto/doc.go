// Package jscrypto is Node's crypto key, signature and key-derivation API and
// WebCrypto's SubtleCrypto for goja runtimes, on Go's crypto packages.
//
// What it gives a runtime:
//
//   - KeyObject (secret, public, private; export as PEM, DER or JWK;
//     asymmetricKeyType, asymmetricKeyDetails, symmetricKeySize, equals,
//     KeyObject.from(cryptoKey)), createSecretKey, createPrivateKey and
//     createPublicKey (PEM, DER: PKCS#1, PKCS#8, SPKI, SEC1, X.509
//     certificates; JWK), generateKeyPair(Sync) for rsa, ec (P-256, P-384,
//     P-521) and ed25519, generateKey(Sync) for hmac and aes;
//   - createSign/createVerify and crypto.sign/verify: RSA PKCS#1 v1.5,
//     RSA-PSS (padding, saltLength), ECDSA (dsaEncoding "der" or
//     "ieee-p1363"), Ed25519 (null algorithm);
//   - pbkdf2, scrypt, hkdf (sync and callback forms), timingSafeEqual,
//     randomInt (uniform, Node's argument checks);
//   - createCipheriv/createDecipheriv (aes-128/192/256 in cbc, ecb, ctr and
//     gcm, chacha20-poly1305; update/final with string encodings,
//     setAutoPadding, setAAD, getAuthTag/setAuthTag, authTagLength),
//     getCiphers. Output streams chunk by chunk as Node's does; an AEAD
//     keeps its plaintext until final to compute or check the tag;
//   - publicEncrypt/privateDecrypt with OAEP (oaepHash, oaepLabel) and
//     PKCS#1 v1.5 encryption (its decryption is refused, as in Node 20);
//   - createECDH (prime256v1, secp384r1, secp521r1; uncompressed,
//     compressed and hybrid points; ECDH.convertKey) and crypto.diffieHellman
//     for EC KeyObjects;
//   - SubtleCrypto: digest, importKey, exportKey, generateKey, sign, verify,
//     encrypt, decrypt, deriveBits, deriveKey, wrapKey, unwrapKey for HMAC,
//     AES-GCM, AES-CBC, ECDSA, ECDH, Ed25519, RSASSA-PKCS1-v1_5, RSA-PSS,
//     RSA-OAEP, HKDF and PBKDF2, with its own CryptoKey class.
//
// Every answer is checked against Node 20's: testdata/gen-node.mjs,
// gen-cipher.mjs and gen-behaviour.js write the JSON files the tests replay,
// and testdata/jwt runs jsonwebtoken and jose bundled.
//
// # Wiring
//
// internal/jsenv wires these bindings into every plugin runtime (its
// crypto.go): the Node functions merged into require("crypto"),
// crypto.subtle, crypto.webcrypto.subtle and CryptoKey, util.types'
// isKeyObject and isCryptoKey, and createHmac taking a secret KeyObject
// or CryptoKey through Key. The tests that need that environment
// (behaviour, ciphers, ECDH, RSA encryption, jsonwebtoken and jose) are in
// the external test package and run on it.
//
//	b := jscrypto.New(vm, loop.Hold)
//	node, err := b.Node()     // merge its properties into require("crypto")
//	subtle, err := b.Subtle() // globalThis.crypto.subtle, crypto.webcrypto.subtle
//	ck, err := b.CryptoKey()  // globalThis.CryptoKey
//	k, ok := b.Key(v)         // the key behind a KeyObject or CryptoKey, for Go
//
// The bindings evaluate their script on first use, so New costs nothing
// until a plugin touches crypto. Byte inputs are strings (UTF-8, or a
// Buffer encoding where Node takes one) or any ArrayBuffer or
// ArrayBufferView; byte outputs are Buffers when the runtime has a global
// Buffer (looked up at call time), else Uint8Arrays; hkdf, SubtleCrypto and
// exportKey answer ArrayBuffers as Node does.
//
// # Asynchrony
//
// The callback and Promise forms copy their inputs on the runtime's
// goroutine, do the work (key generation, signing, derivation, ciphers) on
// a goroutine of their own and settle on the runtime's event loop through
// hold, which has jsloop.Loop.Hold's contract. The synchronous forms run on
// the runtime's goroutine and, like any Go call, are not interrupted by
// goja's Interrupt: their sizes are bounded (64 MiB of output, 256 MiB of
// scrypt memory).
//
// # Not supported
//
// Encrypted PEM keys (a passphrase is ignored; an ENCRYPTED PRIVATE KEY is
// an error), RSA public exponents other than 65537 for generated keys,
// rsa-pss typed keys, DSA, X25519/X448/Ed448, secp256k1, privateEncrypt/publicDecrypt, ccm/ocb/
// cfb/ofb/xts cipher modes, Cipher objects as streams (update/final only), and a PSS salt length of 0 when signing (Go's zero means
// "automatic"); verifying accepts it.
package jscrypto
