// Runs bundle.js in Node and records its tokens and answers for jwt_test.go.
import { createRequire } from "node:module";
import crypto from "node:crypto";

const require = createRequire(import.meta.url);
const b = require("./bundle.js");
const pem = (k) => ({
  priv: k.privateKey.export({ type: "pkcs8", format: "pem" }),
  pub: k.publicKey.export({ type: "spki", format: "pem" }),
});
const keys = {
  rsa: pem(crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })),
  p256: pem(crypto.generateKeyPairSync("ec", { namedCurve: "P-256" })),
  p384: pem(crypto.generateKeyPairSync("ec", { namedCurve: "P-384" })),
  ed25519: pem(crypto.generateKeyPairSync("ed25519")),
};
const secret = crypto.randomBytes(32).toString("hex");
const cases = [];
const payloads = [{ sub: "u1", admin: true, iat: 1700000000 }, { name: "Zoë ✓", n: 42, nested: { a: [1, 2] }, iat: 1700000001, exp: 4102444800 }];
const jwtAlgs = [["RS256", "rsa"], ["RS512", "rsa"], ["PS256", "rsa"], ["PS384", "rsa"], ["ES256", "p256"], ["ES384", "p384"], ["HS256", null], ["HS512", null]];
for (const [alg, k] of jwtAlgs) {
  for (const payload of payloads) {
    const token = b.jwtSign(payload, k ? keys[k].priv : secret, alg);
    cases.push({ lib: "jsonwebtoken", alg, key: k, payload, token, deterministic: alg[0] === "R" || alg[0] === "H" });
  }
}
const joseAlgs = [["RS256", "rsa"], ["PS256", "rsa"], ["ES256", "p256"], ["ES384", "p384"], ["EdDSA", "ed25519"]];
for (const [alg, k] of joseAlgs) {
  for (const payload of payloads) {
    const token = await b.joseSign(payload, keys[k].priv, alg);
    cases.push({ lib: "jose", alg, key: k, payload, token, deterministic: alg === "RS256" || alg === "EdDSA", jwk: await b.joseJWK(keys[k].pub, alg) });
  }
}
const errors = [
  { what: "wrong key", token: cases[0].token, key: "p256", alg: "RS256", err: b.jwtVerifyError(cases[0].token, keys.p256.pub, "RS256") },
  { what: "alg mismatch", token: cases[0].token, key: "rsa", alg: "RS512", err: b.jwtVerifyError(cases[0].token, keys.rsa.pub, "RS512") },
  { what: "tampered", token: cases[0].token.slice(0, -4) + "AAAA", key: "rsa", alg: "RS256", err: b.jwtVerifyError(cases[0].token.slice(0, -4) + "AAAA", keys.rsa.pub, "RS256") },
];
process.stdout.write(JSON.stringify({ keys, secret, cases, errors }, null, 1) + "\n");
