package jscrypto

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"
)

// golden is testdata/node-crypto.json, written by testdata/gen-node.mjs
// from Node 20's answers.
type golden struct {
	Keys map[string]struct {
		Type    string `json:"type"`
		SpkiDer string `json:"spkiDer"`
	} `json:"keys"`
	Sigs []struct {
		Key         string  `json:"key"`
		Alg         *string `json:"alg"`
		Padding     int     `json:"padding"`
		SaltLength  *int    `json:"saltLength"`
		DsaEncoding string  `json:"dsaEncoding"`
		Msg         string  `json:"msg"`
	} `json:"sigs"`
}

func loadGolden(t *testing.T) (string, golden) {
	t.Helper()
	raw, err := os.ReadFile("testdata/node-crypto.json")
	if err != nil {
		t.Fatal(err)
	}
	var g golden
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	return string(raw), g
}

// nodeKeysJS checks that every key Node wrote, in every encoding, reads
// back to the same key and exports to Node's exact bytes.
const nodeKeysJS = `
const fails = [];
const eq = (got, want, what) => { if (got !== want) fails.push(what + ": got " + String(got).slice(0, 120) + " want " + String(want).slice(0, 120)); };
const b64 = (b) => Buffer.from(b).toString("base64");
const sorted = (o) => JSON.stringify(Object.keys(o).sort().reduce((a, k) => (a[k] = o[k], a), {}));
for (const [name, k] of Object.entries(G.keys)) {
  const priv = crypto.createPrivateKey(k.pkcs8);
  const pub = crypto.createPublicKey(k.spki);
  eq(priv.type, "private", name + " type");
  eq(pub.type, "public", name + " pub type");
  eq(priv.asymmetricKeyType, k.type, name + " asymmetricKeyType");
  eq(JSON.stringify(priv.asymmetricKeyDetails, (_, v) => typeof v === "bigint" ? Number(v) : v), JSON.stringify(k.details), name + " details");
  eq(typeof (k.type === "rsa" ? priv.asymmetricKeyDetails.publicExponent : 0n), "bigint", name + " exponent is a bigint");
  eq(priv.export({ type: "pkcs8", format: "pem" }), k.pkcs8, name + " pkcs8 pem");
  eq(b64(priv.export({ type: "pkcs8", format: "der" })), k.pkcs8Der, name + " pkcs8 der");
  eq(pub.export({ type: "spki", format: "pem" }), k.spki, name + " spki pem");
  eq(b64(pub.export({ type: "spki", format: "der" })), k.spkiDer, name + " spki der");
  eq(JSON.stringify(priv.export({ format: "jwk" })), JSON.stringify(k.jwk), name + " jwk");
  eq(JSON.stringify(pub.export({ format: "jwk" })), JSON.stringify(k.jwkPub), name + " jwk pub");
  eq(crypto.createPublicKey(k.pkcs8).equals(pub), true, name + " public from private pem");
  eq(crypto.createPublicKey(priv).equals(pub), true, name + " public from KeyObject");
  eq(crypto.createPrivateKey({ key: k.jwk, format: "jwk" }).equals(priv), true, name + " jwk import");
  eq(crypto.createPublicKey({ key: k.jwkPub, format: "jwk" }).equals(pub), true, name + " jwk pub import");
  eq(crypto.createPublicKey({ key: k.jwk, format: "jwk" }).type, "public", name + " jwk private as public");
  eq(crypto.createPrivateKey({ key: Buffer.from(k.pkcs8Der, "base64"), format: "der", type: "pkcs8" }).equals(priv), true, name + " der import");
  eq(crypto.createPublicKey({ key: Buffer.from(k.spkiDer, "base64"), format: "der", type: "spki" }).equals(pub), true, name + " spki der import");
  eq(crypto.createPrivateKey(Buffer.from(k.pkcs8)).equals(priv), true, name + " pem Buffer import");
  eq(priv.equals(pub), false, name + " private equals public");
  if (k.pkcs1) {
    eq(priv.export({ type: "pkcs1", format: "pem" }), k.pkcs1, name + " pkcs1 pem");
    eq(pub.export({ type: "pkcs1", format: "pem" }), k.pkcs1Pub, name + " pkcs1 pub pem");
    eq(crypto.createPrivateKey(k.pkcs1).equals(priv), true, name + " pkcs1 import");
    eq(crypto.createPublicKey(k.pkcs1Pub).equals(pub), true, name + " pkcs1 pub import");
  }
  if (k.sec1) {
    eq(priv.export({ type: "sec1", format: "pem" }), k.sec1, name + " sec1 pem");
    eq(crypto.createPrivateKey(k.sec1).equals(priv), true, name + " sec1 import");
  }
}
return fails;
`

func TestNodeKeys(t *testing.T) {
	raw, _ := loadGolden(t)
	r := newRT(t)
	if err := r.vm.Set("G", must(r.vm.RunString("("+raw+")"))); err != nil {
		t.Fatal(err)
	}
	var fails []string
	if err := r.vm.ExportTo(r.await(t, nodeKeysJS), &fails); err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		t.Error(f)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// nodeSigsJS verifies each of Node's signatures with our verify (and a
// tampered one), signs the same message with our sign, and returns our
// signatures for the Go side to check with the standard library.
const nodeSigsJS = `
const fails = [];
const ours = [];
const keys = {};
for (const [name, k] of Object.entries(G.keys)) keys[name] = { priv: crypto.createPrivateKey(k.pkcs8), pub: crypto.createPublicKey(k.spki) };
G.sigs.forEach((c, i) => {
  const data = Buffer.from(c.msg, "base64"), sig = Buffer.from(c.sig, "base64");
  const opts = (key) => {
    const o = { key };
    if (c.padding) o.padding = c.padding;
    if (c.saltLength !== undefined) o.saltLength = c.saltLength;
    if (c.dsaEncoding) o.dsaEncoding = c.dsaEncoding;
    return o;
  };
  const verify = (key, d, s) => {
    if (c.stream) { const v = crypto.createVerify(c.alg); v.update(d); return v.verify(opts(key), s); }
    return crypto.verify(c.alg, d, opts(key), s);
  };
  const what = i + " " + c.key + " " + c.alg + " " + (c.padding || "") + " " + (c.saltLength ?? "") + " " + (c.dsaEncoding || "");
  if (verify(keys[c.key].pub, data, sig) !== true) fails.push(what + ": Node's signature does not verify");
  if (verify(keys[c.key].priv, data, sig) !== true) fails.push(what + ": Node's signature does not verify with the private key");
  const bad = Buffer.from(sig); bad[bad.length >> 1] ^= 1;
  if (verify(keys[c.key].pub, data, bad) !== false) fails.push(what + ": a tampered signature verifies");
  let mine;
  if (c.stream) { const s = crypto.createSign(c.alg); s.update(data.subarray(0, 3)); s.update(data.subarray(3)); mine = s.sign(opts(keys[c.key].priv)); }
  else mine = crypto.sign(c.alg, data, opts(keys[c.key].priv));
  if (c.deterministic && mine.toString("base64") !== c.sig) fails.push(what + ": our deterministic signature differs from Node's");
  if (verify(keys[c.key].pub, data, mine) !== true) fails.push(what + ": our signature does not verify");
  ours.push(mine.toString("base64"));
});
return { fails, ours };
`

func TestNodeSignatures(t *testing.T) {
	raw, g := loadGolden(t)
	r := newRT(t)
	if err := r.vm.Set("G", must(r.vm.RunString("("+raw+")"))); err != nil {
		t.Fatal(err)
	}
	var res struct {
		Fails []string `json:"fails"`
		Ours  []string `json:"ours"`
	}
	out := r.await(t, nodeSigsJS)
	js, err := json.Marshal(out.Export())
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &res); err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Fails {
		t.Error(f)
	}
	if len(res.Ours) != len(g.Sigs) {
		t.Fatalf("%d signatures for %d cases", len(res.Ours), len(g.Sigs))
	}
	for i, c := range g.Sigs {
		if err := stdVerify(g.Keys[c.Key].SpkiDer, c.Alg, c.Padding, c.SaltLength, c.DsaEncoding, c.Msg, res.Ours[i]); err != "" {
			t.Errorf("case %d (%s %v): the standard library rejects our signature: %s", i, c.Key, c.Alg, err)
		}
	}
	if len(g.Sigs) < 300 {
		t.Errorf("only %d signature cases", len(g.Sigs))
	}
}

// stdVerify checks a signature with Go's standard library alone.
func stdVerify(spkiB64 string, alg *string, padding int, salt *int, dsa, msgB64, sigB64 string) string {
	der, _ := base64.StdEncoding.DecodeString(spkiB64)
	msg, _ := base64.StdEncoding.DecodeString(msgB64)
	sig, _ := base64.StdEncoding.DecodeString(sigB64)
	pub, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return err.Error()
	}
	h := crypto.SHA256
	if alg != nil {
		name := strings.ToLower(strings.TrimPrefix(strings.ToLower(*alg), "rsa-"))
		h = map[string]crypto.Hash{"sha1": crypto.SHA1, "sha224": crypto.SHA224, "sha256": crypto.SHA256, "sha384": crypto.SHA384, "sha512": crypto.SHA512}[name]
	}
	digest := func() []byte {
		w := h.New()
		w.Write(msg)
		return w.Sum(nil)
	}
	switch p := pub.(type) {
	case ed25519.PublicKey:
		if !ed25519.Verify(p, msg, sig) {
			return "ed25519"
		}
	case *rsa.PublicKey:
		if padding == 6 {
			want := rsa.PSSSaltLengthAuto
			if salt != nil && *salt > 0 {
				want = *salt
			} else if salt != nil && *salt == -1 {
				want = rsa.PSSSaltLengthEqualsHash
			}
			if err := rsa.VerifyPSS(p, h, digest(), sig, &rsa.PSSOptions{SaltLength: want}); err != nil {
				return err.Error()
			}
			return ""
		}
		if err := rsa.VerifyPKCS1v15(p, h, digest(), sig); err != nil {
			return err.Error()
		}
	case *ecdsa.PublicKey:
		if dsa == "ieee-p1363" {
			n := len(sig) / 2
			if !ecdsa.Verify(p, digest(), new(big.Int).SetBytes(sig[:n]), new(big.Int).SetBytes(sig[n:])) {
				return "ecdsa p1363"
			}
		} else if !ecdsa.VerifyASN1(p, digest(), sig) {
			return "ecdsa der"
		}
	}
	return ""
}

// nodeKDFJS derives every recorded key synchronously and through the
// callback forms (which run on other goroutines and settle on the loop).
const nodeKDFJS = `
const fails = [];
const b64 = (b) => Buffer.from(b).toString("base64");
const eq = (got, want, what) => { if (got !== want) fails.push(what + ": got " + got + " want " + want); };
const pending = [];
G.pbkdf2.forEach((c, i) => {
  const salt = Buffer.from(c.salt, "base64");
  eq(b64(crypto.pbkdf2Sync(c.pw, salt, c.iter, c.len, c.digest)), c.out, "pbkdf2Sync " + i);
  pending.push(new Promise((resolve) => crypto.pbkdf2(c.pw, salt, c.iter, c.len, c.digest, (err, key) => {
    if (err) fails.push("pbkdf2 " + i + ": " + err.message); else eq(b64(key), c.out, "pbkdf2 " + i);
    eq(key instanceof Buffer, true, "pbkdf2 returns a Buffer");
    resolve();
  })));
});
G.scrypt.forEach((c, i) => {
  eq(b64(c.opts ? crypto.scryptSync(c.pw, c.salt, c.len, c.opts) : crypto.scryptSync(c.pw, c.salt, c.len)), c.out, "scryptSync " + i);
  pending.push(new Promise((resolve) => {
    const done = (err, key) => { if (err) fails.push("scrypt " + i + ": " + err.message); else eq(b64(key), c.out, "scrypt " + i); resolve(); };
    if (c.opts) crypto.scrypt(c.pw, c.salt, c.len, c.opts, done); else crypto.scrypt(c.pw, c.salt, c.len, done);
  }));
});
G.hkdf.forEach((c, i) => {
  const a = [c.digest, Buffer.from(c.ikm, "base64"), Buffer.from(c.salt, "base64"), Buffer.from(c.info, "base64"), c.len];
  const sync = crypto.hkdfSync(...a);
  eq(sync instanceof ArrayBuffer, true, "hkdfSync returns an ArrayBuffer");
  eq(b64(sync), c.out, "hkdfSync " + i);
  eq(b64(crypto.hkdfSync(c.digest, crypto.createSecretKey(a[1]), a[2], a[3], c.len)), c.out, "hkdfSync KeyObject " + i);
  pending.push(new Promise((resolve) => crypto.hkdf(...a, (err, key) => { if (err) fails.push("hkdf " + i + ": " + err.message); else eq(b64(key), c.out, "hkdf " + i); resolve(); })));
});
await Promise.all(pending);
return fails;
`

func TestNodeKDFs(t *testing.T) {
	raw, _ := loadGolden(t)
	r := newRT(t)
	if err := r.vm.Set("G", must(r.vm.RunString("("+raw+")"))); err != nil {
		t.Fatal(err)
	}
	var fails []string
	if err := r.vm.ExportTo(r.await(t, nodeKDFJS), &fails); err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		t.Error(f)
	}
}

// nodeSubtleJS replays Node's WebCrypto results: the same keys import and
// export to the same bytes, Node's signatures verify, deterministic
// operations give Node's exact output, ours verify and decrypt.
const nodeSubtleJS = `
const fails = [];
const b64 = (b) => Buffer.from(b).toString("base64");
const u8 = (s) => new Uint8Array(Buffer.from(s, "base64"));
const sorted = (o) => JSON.stringify(Object.keys(o).sort().reduce((a, k) => (a[k] = o[k], a), {}));
const eq = (got, want, what) => { if (got !== want) fails.push(what + ": got " + String(got).slice(0, 100) + " want " + String(want).slice(0, 100)); };
let i = 0;
for (const c of G.subtle) {
  const what = i++ + " " + c.op + " " + JSON.stringify(c.params);
  try {
    if (c.op === "digest") { eq(b64(await subtle.digest(c.params.name, u8(c.msg))), c.bits, what); continue; }
    const msg = u8(c.msg || "");
    if (c.op === "sign") {
      const asym = c.alg.name !== "HMAC";
      const priv = await subtle.importKey("jwk", c.jwk, c.alg, true, asym ? ["sign"] : ["sign", "verify"]);
      const pub = asym ? await subtle.importKey("spki", u8(c.spki), c.alg, true, ["verify"]) : await subtle.importKey("raw", u8(c.raw), c.alg, true, ["verify"]);
      eq(sorted(await subtle.exportKey("jwk", priv)), sorted(c.jwk), what + " jwk export");
      if (asym) {
        eq(b64(await subtle.exportKey("spki", pub)), c.spki, what + " spki export");
        eq(b64(await subtle.exportKey("pkcs8", priv)), c.pkcs8, what + " pkcs8 export");
        const p8 = await subtle.importKey("pkcs8", u8(c.pkcs8), c.alg, false, ["sign"]);
        eq(p8.extractable, false, what + " extractable");
        if (c.raw) {
          eq(b64(await subtle.exportKey("raw", pub)), c.raw, what + " raw export");
          await subtle.importKey("raw", u8(c.raw), c.alg, true, ["verify"]);
        }
      }
      const sig = u8(c.sig);
      eq(await subtle.verify(c.params, pub, sig, msg), true, what + " verify Node's");
      const bad = sig.slice(); bad[0] ^= 1;
      eq(await subtle.verify(c.params, pub, bad, msg), false, what + " verify tampered");
      if (c.alg.name === "RSA-PSS" && c.params.saltLength === 0) continue;
      const mine = await subtle.sign(c.params, priv, msg);
      eq(mine instanceof ArrayBuffer, true, what + " sign returns an ArrayBuffer");
      if (c.deterministic) eq(b64(mine), c.sig, what + " deterministic signature");
      eq(await subtle.verify(c.params, pub, mine, msg), true, what + " verify ours");
    } else if (c.op === "encrypt") {
      const key = await subtle.importKey("raw", u8(c.raw), c.alg, true, ["encrypt", "decrypt"]);
      eq(sorted(await subtle.exportKey("jwk", key)), sorted(c.jwk), what + " jwk");
      const p = { name: c.params.name, iv: u8(c.params.iv) };
      if (c.params.additionalData !== undefined) p.additionalData = u8(c.params.additionalData);
      if (c.params.tagLength !== undefined) p.tagLength = c.params.tagLength;
      eq(b64(await subtle.encrypt(p, key, msg)), c.ct, what + " ciphertext");
      eq(b64(await subtle.decrypt(p, key, u8(c.ct))), c.msg, what + " plaintext");
      const bad = u8(c.ct); bad[bad.length - 1] ^= 1;
      let err = "none";
      try { const pt = await subtle.decrypt(p, key, bad); if (c.alg.name === "AES-CBC" && b64(pt) !== c.msg) err = "OperationError"; } catch (e) { err = e.name; }
      eq(err, "OperationError", what + " tampered ciphertext");
      const jk = await subtle.importKey("jwk", c.jwk, c.alg, false, ["decrypt"]);
      eq(b64(await subtle.decrypt(p, jk, u8(c.ct))), c.msg, what + " jwk key plaintext");
    } else if (c.op === "deriveBits" || c.op === "deriveKey") {
      const key = await subtle.importKey("raw", u8(c.raw), c.alg, false, ["deriveBits", "deriveKey"]);
      const p = Object.assign({}, c.params, { salt: u8(c.params.salt) });
      if (c.params.info !== undefined) p.info = u8(c.params.info);
      if (c.op === "deriveBits") eq(b64(await subtle.deriveBits(p, key, c.length)), c.bits, what);
      else {
        const dk = await subtle.deriveKey(p, key, c.derived, true, ["encrypt"]);
        eq(b64(await subtle.exportKey("raw", dk)), c.bits, what);
        eq(sorted(await subtle.exportKey("jwk", dk)), sorted(c.jwk), what + " jwk");
      }
    }
  } catch (e) {
    fails.push(what + ": " + e + "\n" + e.stack);
  }
}
return fails;
`

func TestNodeSubtle(t *testing.T) {
	raw, _ := loadGolden(t)
	r := newRT(t)
	if err := r.vm.Set("G", must(r.vm.RunString("("+raw+")"))); err != nil {
		t.Fatal(err)
	}
	var fails []string
	if err := r.vm.ExportTo(r.await(t, nodeSubtleJS), &fails); err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		t.Error(f)
	}
}
