package jscrypto_test

import (
	"os"
	"testing"
)

// TestNodeRSAEncryption replays testdata/node-rsaenc.json: Node's OAEP
// ciphertexts (every hash, with and without labels) decrypt to their
// messages, ours decrypt back, PKCS#1 v1.5 decryption is refused as in
// Node 20, and WebCrypto RSA-OAEP keys and ciphertexts interoperate.
func TestNodeRSAEncryption(t *testing.T) {
	raw, err := os.ReadFile("testdata/node-rsaenc.json")
	if err != nil {
		t.Fatal(err)
	}
	r := newEnvRT(t)
	if err := r.vm.Set("G", must(r.vm.RunString("("+string(raw)+")"))); err != nil {
		t.Fatal(err)
	}
	var fails []string
	res := r.await(t, `
const crypto = require("crypto"), subtle = __subtle;
const fails = [];
const eq = (got, want, what) => { if (got !== want) fails.push(what + ": got " + got + " want " + want); };
const b64 = (b) => Buffer.from(b).toString("base64");
const priv = crypto.createPrivateKey(G.priv), pub = crypto.createPublicKey(G.pub);
let n = 0;
for (const c of G.node) {
  const what = (c.oaepHash || "default") + " " + JSON.stringify(c.label) + " " + c.msg.length;
  const opts = (key) => { const o = { key }; if (c.oaepHash) o.oaepHash = c.oaepHash; if (c.label !== undefined) o.oaepLabel = Buffer.from(c.label); if (c.padding) o.padding = c.padding; return o; };
  if (c.padding === 1) {
    let err = "none";
    try { crypto.privateDecrypt(opts(priv), Buffer.from(c.ct, "base64")); } catch (x) { err = x.code; }
    eq(err, "ERR_INVALID_ARG_VALUE", "PKCS#1 v1.5 private decryption");
    eq(crypto.publicEncrypt(opts(pub), Buffer.from(c.msg, "base64")).length, 256, "PKCS#1 v1.5 encryption");
    continue;
  }
  eq(b64(crypto.privateDecrypt(opts(priv), Buffer.from(c.ct, "base64"))), c.msg, what + " Node's ciphertext");
  const mine = crypto.publicEncrypt(opts(G.pub), Buffer.from(c.msg, "base64"));
  eq(mine.length, 256, what + " length");
  eq(b64(crypto.privateDecrypt(opts(G.priv), mine)), c.msg, what + " ours");
  n++;
}
let err = "none";
try { crypto.privateDecrypt(priv, Buffer.alloc(256, 1)); } catch (x) { err = x.code; }
eq(err, "ERR_OSSL_RSA_OAEP_DECODING_ERROR", "garbage ciphertext");
try { crypto.publicEncrypt(pub, Buffer.alloc(300)); } catch (x) { err = x.code; }
eq(err, "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE", "message too long");
for (const c of G.subtle) {
  const alg = { name: "RSA-OAEP", hash: c.hash };
  const p = { name: "RSA-OAEP" };
  if (c.label) p.label = Buffer.from(c.label);
  const dk = await subtle.importKey("jwk", c.jwk, alg, true, ["decrypt"]);
  const ek = await subtle.importKey("jwk", c.jwkPub, alg, true, ["encrypt"]);
  eq(b64(await subtle.decrypt(p, dk, Buffer.from(c.ct, "base64"))), c.msg, c.hash + " subtle Node's ciphertext");
  eq(b64(await subtle.decrypt(p, dk, await subtle.encrypt(p, ek, Buffer.from(c.msg, "base64")))), c.msg, c.hash + " subtle ours");
  const sorted = (o) => JSON.stringify(Object.keys(o).sort().reduce((a, k) => (a[k] = o[k], a), {}));
  eq(sorted(await subtle.exportKey("jwk", ek)), sorted(c.jwkPub), c.hash + " jwk");
  let e2 = "none";
  try { await subtle.decrypt({ name: "RSA-OAEP", label: Buffer.from("other") }, dk, Buffer.from(c.ct, "base64")); } catch (x) { e2 = x.name; }
  eq(e2, "OperationError", c.hash + " wrong label");
  n++;
}
const kp = await subtle.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["encrypt", "decrypt", "wrapKey", "unwrapKey"]);
eq(kp.privateKey.usages.join() + "|" + kp.publicKey.usages.join(), "decrypt,unwrapKey|encrypt,wrapKey", "generateKey usages");
const aes = await subtle.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]);
const wrapped = await subtle.wrapKey("raw", aes, kp.publicKey, { name: "RSA-OAEP" });
const back = await subtle.unwrapKey("raw", wrapped, kp.privateKey, { name: "RSA-OAEP" }, "AES-GCM", true, ["encrypt"]);
eq(b64(await subtle.exportKey("raw", back)), b64(await subtle.exportKey("raw", aes)), "wrapKey/unwrapKey with RSA-OAEP");
if (n < 60) fails.push("only " + n + " cases");
return fails;
`)
	if err := r.vm.ExportTo(res, &fails); err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		t.Error(f)
	}
}
