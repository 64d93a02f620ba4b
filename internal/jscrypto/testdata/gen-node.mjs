// Records Node's answers for the jscrypto tests: keys in every encoding,
// signatures for every algorithm/hash/padding/encoding combination over
// random messages, derived keys, and WebCrypto results.
//
//   node internal/jscrypto/testdata/gen-node.mjs > internal/jscrypto/testdata/node-crypto.json
import crypto from "node:crypto";

const { subtle } = crypto.webcrypto;
const b64 = (b) => Buffer.from(b).toString("base64");
const rnd = (n) => crypto.randomBytes(n);
const msgs = () => [rnd(0), rnd(1), rnd(17), rnd(200), rnd(1000)].map(b64);

const out = { node: process.version, keys: {}, sigs: [], pbkdf2: [], scrypt: [], hkdf: [], subtle: [] };

// --- keys ---
function record(name, pair) {
  const { privateKey: priv, publicKey: pub } = pair;
  const k = {
    type: priv.asymmetricKeyType,
    details: JSON.parse(JSON.stringify(priv.asymmetricKeyDetails, (_, v) => (typeof v === "bigint" ? Number(v) : v))),
    pkcs8: priv.export({ type: "pkcs8", format: "pem" }),
    pkcs8Der: b64(priv.export({ type: "pkcs8", format: "der" })),
    spki: pub.export({ type: "spki", format: "pem" }),
    spkiDer: b64(pub.export({ type: "spki", format: "der" })),
    jwk: priv.export({ format: "jwk" }),
    jwkPub: pub.export({ format: "jwk" }),
  };
  if (k.type === "rsa") {
    k.pkcs1 = priv.export({ type: "pkcs1", format: "pem" });
    k.pkcs1Pub = pub.export({ type: "pkcs1", format: "pem" });
  }
  if (k.type === "ec") k.sec1 = priv.export({ type: "sec1", format: "pem" });
  out.keys[name] = k;
}
record("rsa2048", crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }));
record("rsa1024", crypto.generateKeyPairSync("rsa", { modulusLength: 1024, publicExponent: 3 }));
record("p256", crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }));
record("p384", crypto.generateKeyPairSync("ec", { namedCurve: "secp384r1" }));
record("p521", crypto.generateKeyPairSync("ec", { namedCurve: "P-521" }));
record("ed25519", crypto.generateKeyPairSync("ed25519"));

// --- node signatures ---
const digests = ["sha1", "sha224", "sha256", "sha384", "sha512"];
for (const name of ["rsa2048", "rsa1024"]) {
  const key = crypto.createPrivateKey(out.keys[name].pkcs8);
  for (const digest of digests) {
    for (const msg of msgs()) {
      const data = Buffer.from(msg, "base64");
      out.sigs.push({ key: name, alg: digest, msg, sig: b64(crypto.sign(digest, data, key)), deterministic: true });
      const s = crypto.createSign("RSA-" + digest.toUpperCase());
      s.update(data);
      out.sigs.push({ key: name, alg: "RSA-" + digest.toUpperCase(), stream: true, msg, sig: b64(s.sign(key)), deterministic: true });
      for (const saltLength of [undefined, -1, -2, 20, 32]) {
        const hLen = crypto.createHash(digest).digest().length;
        const sl = saltLength === -1 ? hLen : saltLength === undefined || saltLength === -2 ? 0 : saltLength;
        if (hLen + sl + 2 > out.keys[name].details.modulusLength / 8) continue;
        const opts = { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING };
        if (saltLength !== undefined) opts.saltLength = saltLength;
        out.sigs.push({ key: name, alg: digest, padding: 6, saltLength, msg, sig: b64(crypto.sign(digest, data, opts)) });
      }
    }
  }
}
for (const name of ["p256", "p384", "p521"]) {
  const key = crypto.createPrivateKey(out.keys[name].pkcs8);
  for (const digest of digests) {
    for (const msg of msgs()) {
      const data = Buffer.from(msg, "base64");
      for (const dsaEncoding of [undefined, "der", "ieee-p1363"]) {
        const s = crypto.createSign(digest);
        s.update(data.subarray(0, 5));
        s.update(data.subarray(5));
        const sig = dsaEncoding ? s.sign({ key, dsaEncoding }) : s.sign(key);
        out.sigs.push({ key: name, alg: digest, stream: true, dsaEncoding, msg, sig: b64(sig) });
      }
    }
  }
}
for (const msg of msgs()) {
  const key = crypto.createPrivateKey(out.keys.ed25519.pkcs8);
  out.sigs.push({ key: "ed25519", alg: null, msg, sig: b64(crypto.sign(null, Buffer.from(msg, "base64"), key)), deterministic: true });
}

// --- KDFs ---
const strs = ["", "password", "päßwörd", "a".repeat(100)];
for (const digest of ["sha1", "sha256", "sha384", "sha512"]) {
  for (const [pw, salt] of [[strs[1], "salt"], [strs[2], b64(rnd(16))], [strs[0], ""], [strs[3], b64(rnd(64))]]) {
    for (const [iter, len] of [[1, 20], [2, 32], [1000, 64], [4096, 1], [10, 0], [3, 150]]) {
      const s = Buffer.from(salt, salt === "salt" ? "utf8" : "base64");
      out.pbkdf2.push({ pw, salt: b64(s), iter, len, digest, out: b64(crypto.pbkdf2Sync(pw, s, iter, len, digest)) });
    }
  }
}
for (const [pw, salt, len, opts] of [
  ["password", "NaCl", 64, { N: 1024, r: 8, p: 16 }],
  ["", "", 64, { N: 16, r: 1, p: 1 }],
  ["pleaseletmein", "SodiumChloride", 64, { N: 16384, r: 8, p: 1 }],
  ["x", "y", 32, undefined],
  ["secret", "salt", 16, { cost: 256, blockSize: 4, parallelization: 2 }],
  ["päß", b64(rnd(16)), 48, { N: 2048, r: 2, p: 3, maxmem: 64 * 1024 * 1024 }],
]) {
  out.scrypt.push({ pw, salt, len, opts, out: b64(opts ? crypto.scryptSync(pw, salt, len, opts) : crypto.scryptSync(pw, salt, len)) });
}
for (const digest of ["sha1", "sha256", "sha384", "sha512"]) {
  for (const [ikm, salt, info, len] of [[b64(rnd(22)), b64(rnd(13)), b64(rnd(10)), 42], [b64(rnd(80)), "", "", 82], [b64(rnd(1)), b64(rnd(80)), b64(rnd(80)), 1], [b64(rnd(32)), b64(rnd(32)), "", 255]]) {
    out.hkdf.push({ digest, ikm, salt, info, len, out: b64(crypto.hkdfSync(digest, Buffer.from(ikm, "base64"), Buffer.from(salt, "base64"), Buffer.from(info, "base64"), len)) });
  }
}

// --- WebCrypto ---
const sub = async (c) => out.subtle.push(c);
const hashes = ["SHA-1", "SHA-256", "SHA-384", "SHA-512"];
for (const [curve, hashList] of [["P-256", hashes], ["P-384", hashes], ["P-521", ["SHA-256", "SHA-512"]]]) {
  const kp = await subtle.generateKey({ name: "ECDSA", namedCurve: curve }, true, ["sign", "verify"]);
  const jwk = await subtle.exportKey("jwk", kp.privateKey);
  const spki = b64(await subtle.exportKey("spki", kp.publicKey));
  const pkcs8 = b64(await subtle.exportKey("pkcs8", kp.privateKey));
  const raw = b64(await subtle.exportKey("raw", kp.publicKey));
  for (const hash of hashList) {
    for (const msg of msgs().slice(0, 3)) {
      const sig = await subtle.sign({ name: "ECDSA", hash }, kp.privateKey, Buffer.from(msg, "base64"));
      sub({ op: "sign", alg: { name: "ECDSA", namedCurve: curve }, params: { name: "ECDSA", hash }, jwk, spki, pkcs8, raw, msg, sig: b64(sig) });
    }
  }
}
{
  const kp = await subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
  const jwk = await subtle.exportKey("jwk", kp.privateKey);
  const spki = b64(await subtle.exportKey("spki", kp.publicKey));
  const pkcs8 = b64(await subtle.exportKey("pkcs8", kp.privateKey));
  const raw = b64(await subtle.exportKey("raw", kp.publicKey));
  for (const msg of msgs()) {
    const sig = await subtle.sign("Ed25519", kp.privateKey, Buffer.from(msg, "base64"));
    sub({ op: "sign", alg: { name: "Ed25519" }, params: { name: "Ed25519" }, jwk, spki, pkcs8, raw, msg, sig: b64(sig), deterministic: true });
  }
}
for (const name of ["RSASSA-PKCS1-v1_5", "RSA-PSS"]) {
  for (const hash of hashes) {
    const kp = await subtle.generateKey({ name, hash, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, true, ["sign", "verify"]);
    const jwk = await subtle.exportKey("jwk", kp.privateKey);
    const spki = b64(await subtle.exportKey("spki", kp.publicKey));
    const pkcs8 = b64(await subtle.exportKey("pkcs8", kp.privateKey));
    for (const msg of msgs().slice(0, 2)) {
      for (const saltLength of name === "RSA-PSS" ? [20, 32, 0] : [undefined]) {
        const params = name === "RSA-PSS" ? { name, saltLength } : { name };
        const sig = await subtle.sign(params, kp.privateKey, Buffer.from(msg, "base64"));
        sub({ op: "sign", alg: { name, hash }, params, jwk, spki, pkcs8, msg, sig: b64(sig), deterministic: name !== "RSA-PSS" });
      }
    }
  }
}
for (const hash of hashes) {
  for (const len of [16, 32, 64, 100]) {
    const raw = rnd(len);
    const key = await subtle.importKey("raw", raw, { name: "HMAC", hash }, true, ["sign", "verify"]);
    const msg = b64(rnd(len * 3));
    const sig = await subtle.sign("HMAC", key, Buffer.from(msg, "base64"));
    sub({ op: "sign", alg: { name: "HMAC", hash }, params: { name: "HMAC" }, jwk: await subtle.exportKey("jwk", key), raw: b64(raw), msg, sig: b64(sig), deterministic: true });
  }
}
for (const bits of [128, 192, 256]) {
  const raw = rnd(bits / 8);
  const gcm = await subtle.importKey("raw", raw, "AES-GCM", true, ["encrypt", "decrypt"]);
  const cbc = await subtle.importKey("raw", raw, "AES-CBC", true, ["encrypt", "decrypt"]);
  for (const msg of msgs()) {
    for (const [ivLen, aad, tagLength] of [[12, undefined, undefined], [12, b64(rnd(20)), 128], [16, b64(rnd(3)), 96], [12, "", 64], [16, undefined, 120]]) {
      const iv = rnd(ivLen);
      const params = { name: "AES-GCM", iv: b64(iv) };
      const p = { name: "AES-GCM", iv };
      if (aad !== undefined) { params.additionalData = aad; p.additionalData = Buffer.from(aad, "base64"); }
      if (tagLength !== undefined) { params.tagLength = tagLength; p.tagLength = tagLength; }
      const ct = await subtle.encrypt(p, gcm, Buffer.from(msg, "base64"));
      sub({ op: "encrypt", alg: { name: "AES-GCM" }, params, raw: b64(raw), jwk: await subtle.exportKey("jwk", gcm), msg, ct: b64(ct) });
    }
    const iv = rnd(16);
    const ct = await subtle.encrypt({ name: "AES-CBC", iv }, cbc, Buffer.from(msg, "base64"));
    sub({ op: "encrypt", alg: { name: "AES-CBC" }, params: { name: "AES-CBC", iv: b64(iv) }, raw: b64(raw), jwk: await subtle.exportKey("jwk", cbc), msg, ct: b64(ct) });
  }
}
for (const hash of hashes) {
  for (const [ikm, salt, info, length] of [[rnd(32), rnd(16), rnd(8), 256], [rnd(5), Buffer.alloc(0), Buffer.alloc(0), 8], [rnd(64), rnd(64), rnd(30), 512]]) {
    const key = await subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits", "deriveKey"]);
    const bits = await subtle.deriveBits({ name: "HKDF", hash, salt, info }, key, length);
    sub({ op: "deriveBits", alg: { name: "HKDF" }, params: { name: "HKDF", hash, salt: b64(salt), info: b64(info) }, raw: b64(ikm), length, bits: b64(bits) });
  }
  for (const [pw, salt, iterations, length] of [[Buffer.from("password"), Buffer.from("salt"), 1, 160], [rnd(20), rnd(16), 1000, 256], [Buffer.alloc(0), rnd(8), 7, 64]]) {
    const key = await subtle.importKey("raw", pw, "PBKDF2", false, ["deriveBits", "deriveKey"]);
    const bits = await subtle.deriveBits({ name: "PBKDF2", hash, salt, iterations }, key, length);
    sub({ op: "deriveBits", alg: { name: "PBKDF2" }, params: { name: "PBKDF2", hash, salt: b64(salt), iterations }, raw: b64(pw), length, bits: b64(bits) });
    const dk = await subtle.deriveKey({ name: "PBKDF2", hash, salt, iterations }, key, { name: "AES-GCM", length: 256 }, true, ["encrypt"]);
    sub({ op: "deriveKey", alg: { name: "PBKDF2" }, params: { name: "PBKDF2", hash, salt: b64(salt), iterations }, raw: b64(pw), derived: { name: "AES-GCM", length: 256 }, bits: b64(await subtle.exportKey("raw", dk)), jwk: await subtle.exportKey("jwk", dk) });
  }
}
for (const msg of msgs()) {
  for (const hash of hashes) sub({ op: "digest", params: { name: hash }, msg, bits: b64(await subtle.digest(hash, Buffer.from(msg, "base64"))) });
}

process.stdout.write(JSON.stringify(out, null, 1) + "\n");
