// Records Node 20's RSA encryption: publicEncrypt ciphertexts (OAEP with
// every hash and labels, PKCS#1 v1.5) and WebCrypto RSA-OAEP, for the
// Go tests to decrypt; they encrypt their own and decrypt them back.
//
//   node internal/jscrypto/testdata/gen-rsaenc.mjs > internal/jscrypto/testdata/node-rsaenc.json
import crypto from "node:crypto";

const { subtle } = crypto.webcrypto;
const b64 = (b) => Buffer.from(b).toString("base64");
const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
const out = { node: process.version, pub: publicKey.export({ type: "spki", format: "pem" }), priv: privateKey.export({ type: "pkcs8", format: "pem" }), node: [], subtle: [] };
for (const oaepHash of [undefined, "sha1", "sha256", "sha384", "sha512"]) {
  for (const label of [undefined, "", "label"]) {
    for (const len of [0, 1, 31, 62]) {
      const msg = crypto.randomBytes(len);
      const opts = { key: publicKey };
      if (oaepHash) opts.oaepHash = oaepHash;
      if (label !== undefined) opts.oaepLabel = Buffer.from(label);
      out.node.push({ oaepHash, label, msg: b64(msg), ct: b64(crypto.publicEncrypt(opts, msg)) });
    }
  }
}
out.node.push({ padding: 1, msg: b64(Buffer.from("pkcs1")), ct: b64(crypto.publicEncrypt({ key: publicKey, padding: 1 }, Buffer.from("pkcs1"))) });
for (const hash of ["SHA-1", "SHA-256", "SHA-512"]) {
  const kp = await subtle.generateKey({ name: "RSA-OAEP", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash }, true, ["encrypt", "decrypt"]);
  for (const label of [undefined, "L"]) {
    const msg = crypto.randomBytes(20);
    const p = { name: "RSA-OAEP" };
    if (label) p.label = Buffer.from(label);
    out.subtle.push({ hash, label, jwk: await subtle.exportKey("jwk", kp.privateKey), jwkPub: await subtle.exportKey("jwk", kp.publicKey), msg: b64(msg), ct: b64(await subtle.encrypt(p, kp.publicKey, msg)) });
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
