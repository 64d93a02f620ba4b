// Records Node 20's answers to the snippets below into node-behaviour.json:
//   node internal/jscrypto/testdata/gen-behaviour.js > internal/jscrypto/testdata/node-behaviour.json
const crypto = require("crypto"); const subtle = crypto.webcrypto.subtle;
const cases = {
  generateKeyPairCallback: `return await new Promise((res) => crypto.generateKeyPair("ec", { namedCurve: "P-384", publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "sec1", format: "pem" } }, (err, pub, priv) => res([err, pub.split("\\n")[0], priv.split("\\n")[0], crypto.createPrivateKey(priv).asymmetricKeyDetails.namedCurve].join("|"))))`,
  generateKeyPairObjects: `const { publicKey, privateKey } = crypto.generateKeyPairSync("ed25519"); const sig = crypto.sign(null, Buffer.from("x"), privateKey); return [publicKey.type, privateKey.asymmetricKeyType, sig.length, crypto.verify(null, Buffer.from("x"), publicKey, sig), String(publicKey), publicKey instanceof crypto.KeyObject].join("|")`,
  rsaGenerate: `const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 }); return [publicKey.asymmetricKeyDetails.modulusLength, publicKey.asymmetricKeyDetails.publicExponent, crypto.createSign("sha256").update("a").sign(privateKey).length].join("|")`,
  secretKey: `const k = crypto.createSecretKey(Buffer.from("abcdef")); const k2 = crypto.createSecretKey("616263646566", "hex"); return [k.type, k.symmetricKeySize, k.equals(k2), k.export().toString(), JSON.stringify(k.export({ format: "jwk" })), k.asymmetricKeyType].join("|")`,
  signStrings: `const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }); const s = crypto.createSign("SHA256").update("hello").sign(privateKey, "base64"); return [typeof s, crypto.createVerify("SHA256").update("hel").update("lo").verify(publicKey, s, "base64"), crypto.createVerify("SHA256").update("hello!").verify(publicKey, s, "base64")].join("|")`,
  asyncSign: `const { privateKey, publicKey } = crypto.generateKeyPairSync("ed25519"); return await new Promise((res) => crypto.sign(null, Buffer.from("m"), privateKey, (err, sig) => crypto.verify(null, Buffer.from("m"), publicKey, sig, (e2, ok) => res([err, e2, sig.length, ok].join("|")))))`,
  errors: `const r = []; const t = (f) => { try { f(); r.push("ok"); } catch (e) { r.push(e.name + ":" + e.code); } };
    t(() => crypto.createPrivateKey("not a key"));
    t(() => crypto.createSign("nope"));
    t(() => crypto.pbkdf2Sync("a", "b", 0, 10, "sha256"));
    t(() => crypto.pbkdf2Sync("a", "b", 1, 10, "nope"));
    t(() => crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab")));
    t(() => crypto.scryptSync("a", "b", 10, { N: 3 }));
    t(() => crypto.hkdfSync("sha256", "k", "s", "i", 255 * 32 + 1));
    t(() => crypto.createSecretKey(42));
    t(() => crypto.generateKeyPairSync("dsa2"));
    return r.join("|")`,
  randomInt: `const t = (f) => { try { return String(f()); } catch (e) { return e.name + ":" + e.code + ":" + e.message; } };
    const r = [t(() => crypto.randomInt(5, 6)), t(() => crypto.randomInt(1)), t(() => crypto.randomInt(0)), t(() => crypto.randomInt(3, 3)), t(() => crypto.randomInt(1.5)),
      t(() => crypto.randomInt(0, 2 ** 48 + 1)), t(() => crypto.randomInt(-5, -4)), t(() => crypto.randomInt("5")), t(() => crypto.randomInt(2 ** 53))];
    const seen = new Set();
    for (let i = 0; i < 2000; i++) { const n = crypto.randomInt(-3, 4); if (n < -3 || n >= 4) r.push("out of range " + n); seen.add(n); }
    r.push(seen.size);
    r.push(await new Promise((res) => { let sync = true; crypto.randomInt(10, 11, (e, n) => res(e + "," + n + "," + sync)); sync = false; }));
    return r.join("|")`,
  asyncOrder: `const order = [];
    const p = [
      new Promise((res) => { crypto.pbkdf2("pw", "salt", 1000, 16, "sha512", (e, k) => { order.push("pbkdf2:" + k.length); res(); }); }),
      new Promise((res) => { crypto.scrypt("pw", "salt", 16, { N: 1024 }, (e, k) => { order.push("scrypt:" + k.length); res(); }); }),
      new Promise((res) => { crypto.hkdf("sha256", "k", "s", "i", 8, (e, k) => { order.push("hkdf:" + k.byteLength); res(); }); }),
      new Promise((res) => { crypto.generateKeyPair("ed25519", (e, pub, priv) => { order.push("keypair:" + pub.type + "," + priv.type); res(); }); }),
      subtle.digest("SHA-256", new Uint8Array(3)).then((d) => order.push("digest:" + d.byteLength)),
    ];
    order.push("sync");
    await Promise.all(p);
    return order[0] + "|" + order.slice(1).sort().join(",")`,
  cipherErrors: `const r = []; const t = (f) => { try { f(); r.push("ok"); } catch (e) { r.push(e.name + ":" + e.code + ":" + e.message); } };
    t(() => crypto.createCipheriv("aes-128-cbc", Buffer.alloc(15), Buffer.alloc(16)));
    t(() => crypto.createCipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(15)));
    t(() => crypto.createCipheriv("nope", Buffer.alloc(16), Buffer.alloc(16)));
    t(() => { const d = crypto.createDecipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); d.update(Buffer.alloc(16)); d.final(); });
    t(() => { const d = crypto.createCipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); d.setAutoPadding(false); d.update(Buffer.alloc(5)); d.final(); });
    t(() => { const d = crypto.createDecipheriv("aes-256-gcm", Buffer.alloc(32), Buffer.alloc(12)); d.update(Buffer.alloc(5)); d.final(); });
    t(() => { const c = crypto.createCipheriv("aes-128-ctr", crypto.createSecretKey(Buffer.alloc(16)), Buffer.alloc(16)); return c.update("x"); });
    r.push(crypto.getCiphers().includes("aes-256-gcm"), crypto.getCiphers().includes("chacha20-poly1305"));
    return r.join("|")`,
  subtleErrors: `const r = []; const t = async (f) => { try { await f(); r.push("ok"); } catch (e) { r.push(e.name); } };
    const k = await subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]);
    await t(() => subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, new Uint8Array(32)));
    await t(() => subtle.exportKey("raw", k));
    await t(() => subtle.importKey("raw", new Uint8Array(15), "AES-GCM", false, ["encrypt"]));
    await t(() => subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["sign"]));
    await t(() => subtle.importKey("spki", new Uint8Array(16), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]));
    await t(() => subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, []));
    await t(() => subtle.digest("MD5", new Uint8Array(1)));
    await t(() => subtle.sign("HMAC", k, new Uint8Array(1)));
    return r.join("|")`,
  subtleGenerate: `const out = [];
    for (const alg of [{ name: "ECDSA", namedCurve: "P-521" }, { name: "Ed25519" }, { name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-384" }]) {
      const kp = await subtle.generateKey(alg, false, ["sign", "verify"]);
      const p = { name: alg.name, hash: "SHA-256", saltLength: 16 };
      const sig = await subtle.sign(p, kp.privateKey, new Uint8Array([1, 2]));
      out.push([kp.privateKey.type, kp.publicKey.type, kp.privateKey.extractable, kp.publicKey.extractable, kp.privateKey.usages.join(), kp.publicKey.usages.join(), JSON.stringify(kp.publicKey.algorithm), await subtle.verify(p, kp.publicKey, sig, new Uint8Array([1, 2]))].join(","));
    }
    const aes = await subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt", "wrapKey", "unwrapKey"]);
    const h = await subtle.generateKey({ name: "HMAC", hash: "SHA-384" }, true, ["sign"]);
    const iv = new Uint8Array(12);
    const wrapped = await subtle.wrapKey("jwk", h, aes, { name: "AES-GCM", iv });
    const h2 = await subtle.unwrapKey("jwk", wrapped, aes, { name: "AES-GCM", iv }, { name: "HMAC", hash: "SHA-384" }, true, ["sign"]);
    const raw1 = new Uint8Array(await subtle.exportKey("raw", h)), raw2 = new Uint8Array(await subtle.exportKey("raw", h2));
    out.push(h.algorithm.length + "," + raw1.length + "," + (raw1.join() === raw2.join()) + "," + String(h) + "," + Object.prototype.toString.call(subtle));
    const ko = crypto.KeyObject.from(h);
    out.push(ko.type + "," + ko.symmetricKeySize);
    return out.join("|")`,
};
(async () => {
  const out = {};
  for (const [name, body] of Object.entries(cases)) {
    out[name] = { src: body, want: String(await new (Object.getPrototypeOf(async function () {}).constructor)("crypto", "subtle", "Buffer", body)(crypto, subtle, Buffer)) };
  }
  console.log(JSON.stringify(out, null, 1));
})();
