package jscrypto_test

import (
	"os"
	"testing"
)

// TestNodeECDH replays testdata/node-ecdh.json (gen-ecdh.mjs): Node's
// private keys give Node's public keys in every point format and Node's
// shared secrets; KeyObject and WebCrypto agreement match too.
func TestNodeECDH(t *testing.T) {
	raw, err := os.ReadFile("testdata/node-ecdh.json")
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
let n = 0;
for (const c of G.ecdh) {
  const e = crypto.createECDH(c.curve);
  e.setPrivateKey(c.priv, "base64");
  eq(e.getPublicKey("base64"), c.pub, c.curve + " public");
  eq(e.getPublicKey("base64", "compressed"), c.compressed, c.curve + " compressed");
  eq(e.getPublicKey("base64", "hybrid"), c.hybrid, c.curve + " hybrid");
  eq(e.getPrivateKey("base64"), c.priv, c.curve + " private");
  eq(e.computeSecret(c.peer, "base64", "hex"), c.secret, c.curve + " secret");
  eq(b64(crypto.ECDH.convertKey(c.compressed, c.curve, "base64", undefined, "uncompressed")), c.pub, c.curve + " convertKey");
  const mine = crypto.createECDH(c.curve);
  const pub = mine.generateKeys();
  eq(mine.computeSecret(c.pub, "base64").equals(e.computeSecret(pub)), true, c.curve + " agreement both ways");
  let err = "none";
  try { e.computeSecret(Buffer.alloc(pub.length, 1)); } catch (x) { err = x.code; }
  eq(err, "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", c.curve + " invalid point");
  n++;
}
for (const c of G.dh) {
  eq(b64(crypto.diffieHellman({ privateKey: crypto.createPrivateKey(c.priv), publicKey: crypto.createPublicKey(c.pub) })), c.secret, "diffieHellman");
  n++;
}
for (const c of G.subtle) {
  const alg = { name: "ECDH", namedCurve: c.namedCurve };
  const priv = await subtle.importKey("jwk", c.jwk, alg, true, ["deriveBits", "deriveKey"]);
  const priv8 = await subtle.importKey("pkcs8", Buffer.from(c.pkcs8, "base64"), alg, false, ["deriveBits"]);
  const peer = await subtle.importKey("raw", Buffer.from(c.peerRaw, "base64"), alg, true, []);
  const peer2 = await subtle.importKey("spki", Buffer.from(c.peerSpki, "base64"), alg, true, []);
  for (const [len, want] of Object.entries(c.bits)) {
    const l = len === "null" ? null : Number(len);
    eq(b64(await subtle.deriveBits({ name: "ECDH", public: peer }, priv, l)), want, c.namedCurve + " deriveBits " + len);
    eq(b64(await subtle.deriveBits({ name: "ECDH", public: peer2 }, priv8, l)), want, c.namedCurve + " deriveBits pkcs8/spki " + len);
  }
  const k = await subtle.deriveKey({ name: "ECDH", public: peer }, priv, { name: "AES-GCM", length: 128 }, true, ["encrypt"]);
  eq(b64(await subtle.exportKey("raw", k)), c.aes, c.namedCurve + " deriveKey");
  const gen = await subtle.generateKey(alg, false, ["deriveBits"]);
  eq(gen.privateKey.usages.join() + "|" + gen.publicKey.usages.join() + "|" + gen.publicKey.extractable, "deriveBits||true", c.namedCurve + " generateKey");
  let err = "none";
  try { await subtle.deriveBits({ name: "ECDH", public: peer }, priv, 100000); } catch (x) { err = x.name; }
  eq(err, "OperationError", c.namedCurve + " too many bits");
  n++;
}
if (n < 15) fails.push("only " + n + " cases");
return fails;
`)
	if err := r.vm.ExportTo(res, &fails); err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		t.Error(f)
	}
}
