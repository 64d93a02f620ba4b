// Records Node 20's ECDH answers: createECDH on every curve and point
// format, crypto.diffieHellman with KeyObjects, WebCrypto ECDH deriveBits.
//
//   node internal/jscrypto/testdata/gen-ecdh.mjs > internal/jscrypto/testdata/node-ecdh.json
import crypto from "node:crypto";

const { subtle } = crypto.webcrypto;
const b64 = (b) => Buffer.from(b).toString("base64");
const out = { node: process.version, ecdh: [], dh: [], subtle: [] };
for (const curve of ["prime256v1", "secp384r1", "secp521r1"]) {
  for (let i = 0; i < 4; i++) {
    const a = crypto.createECDH(curve), b = crypto.createECDH(curve);
    a.generateKeys();
    b.generateKeys();
    const fmt = ["uncompressed", "compressed", "hybrid"][i % 3];
    out.ecdh.push({
      curve, priv: b64(a.getPrivateKey()), pub: b64(a.getPublicKey()), compressed: b64(a.getPublicKey(null, "compressed")), hybrid: b64(a.getPublicKey(null, "hybrid")),
      peer: b64(b.getPublicKey(null, fmt)), secret: a.computeSecret(b.getPublicKey(null, fmt)).toString("hex"),
    });
  }
  const k1 = crypto.generateKeyPairSync("ec", { namedCurve: curve }), k2 = crypto.generateKeyPairSync("ec", { namedCurve: curve });
  out.dh.push({ priv: k1.privateKey.export({ type: "pkcs8", format: "pem" }), pub: k2.publicKey.export({ type: "spki", format: "pem" }), secret: b64(crypto.diffieHellman({ privateKey: k1.privateKey, publicKey: k2.publicKey })) });
}
for (const namedCurve of ["P-256", "P-384", "P-521"]) {
  const a = await subtle.generateKey({ name: "ECDH", namedCurve }, true, ["deriveBits", "deriveKey"]);
  const b = await subtle.generateKey({ name: "ECDH", namedCurve }, true, ["deriveBits"]);
  const rec = { namedCurve, jwk: await subtle.exportKey("jwk", a.privateKey), pkcs8: b64(await subtle.exportKey("pkcs8", a.privateKey)), peerRaw: b64(await subtle.exportKey("raw", b.publicKey)), peerSpki: b64(await subtle.exportKey("spki", b.publicKey)), bits: {} };
  for (const len of [null, 128, 8, 256]) rec.bits[String(len)] = b64(await subtle.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, len));
  const k = await subtle.deriveKey({ name: "ECDH", public: b.publicKey }, a.privateKey, { name: "AES-GCM", length: 128 }, true, ["encrypt"]);
  rec.aes = b64(await subtle.exportKey("raw", k));
  out.subtle.push(rec);
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
