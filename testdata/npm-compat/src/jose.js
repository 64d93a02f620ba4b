// jose: JWTs signed and verified through WebCrypto (crypto.subtle), with
// HS256 (HMAC SHA-256, a shared secret) and RS256 (RSASSA-PKCS1-v1_5
// SHA-256, the TEST-ONLY key pair in ../keys). Both algorithms are
// deterministic, so the tokens themselves are compared, not only their
// validity. record.mjs also sends tokens it signed with Node's own crypto
// (not jose), which the plugin must accept, and tampered or expired ones,
// which it must refuse.
import { SignJWT, jwtVerify, importPKCS8, importSPKI, decodeJwt, decodeProtectedHeader, calculateJwkThumbprint, base64url } from "jose";
import privatePem from "../keys/rs256-private.pem";
import publicPem from "../keys/rs256-public.pem";

const secret = new TextEncoder().encode("plugmux-npm-compat-TEST-ONLY-secret-0123456789");
const claims = { sub: "alice", role: "admin", scopes: ["read", "write"], name: "Zoë" };
const verifyOptions = { issuer: "plugmux", audience: "npm-compat" };

const sign = (alg, key) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg, typ: "JWT" })
    .setIssuedAt(1700000000)
    .setIssuer("plugmux")
    .setAudience("npm-compat")
    .setExpirationTime(4102444800) // 2100-01-01
    .sign(key);

let rsa; // imported once per runtime, on first use
const rsaKeys = async () => (rsa ??= { priv: await importPKCS8(privatePem, "RS256"), pub: await importSPKI(publicPem, "RS256") });

const bearer = (req) => (req.get("authorization") || "").replace(/^Bearer /, "");

const refuse = (res, e) => res.status(401).json({ name: e.name, code: e.code, message: e.message, claim: e.claim, reason: e.reason });

export function setup(router) {
  router.get("/hs256", async (req, res) => {
    const token = await sign("HS256", secret);
    const { payload, protectedHeader } = await jwtVerify(token, secret, verifyOptions);
    res.json({ token, payload, protectedHeader });
  });
  router.get("/hs256/verify", async (req, res) => {
    try {
      const { payload, protectedHeader } = await jwtVerify(bearer(req), secret, verifyOptions);
      res.json({ payload, protectedHeader });
    } catch (e) {
      refuse(res, e);
    }
  });
  router.get("/rs256", async (req, res) => {
    const { priv, pub } = await rsaKeys();
    const token = await sign("RS256", priv);
    const { payload, protectedHeader } = await jwtVerify(token, pub, verifyOptions);
    res.json({ token, payload, protectedHeader, key: { type: pub.type, algorithm: pub.algorithm.name, hash: pub.algorithm.hash.name, modulusLength: pub.algorithm.modulusLength, extractable: priv.extractable, usages: priv.usages } });
  });
  router.get("/rs256/verify", async (req, res) => {
    try {
      const { pub } = await rsaKeys();
      const { payload, protectedHeader } = await jwtVerify(bearer(req), pub, verifyOptions);
      res.json({ payload, protectedHeader });
    } catch (e) {
      refuse(res, e);
    }
  });
  router.get("/decode", (req, res) => {
    const token = bearer(req);
    res.json({ header: decodeProtectedHeader(token), claims: decodeJwt(token), b64: base64url.encode("Zoë ✓"), back: new TextDecoder().decode(base64url.decode("Wm_DqyDinJM")) });
  });
  router.get("/thumbprint", async (req, res) => {
    // RFC 7638 section 3.1's example key and thumbprint (crypto.subtle.digest)
    const jwk = {
      kty: "RSA",
      n: "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
      e: "AQAB",
      alg: "RS256",
      kid: "2011-04-29",
    };
    res.json({ sha256: await calculateJwkThumbprint(jwk), sha384: await calculateJwkThumbprint(jwk, "sha384"), sha512: await calculateJwkThumbprint(jwk, "sha512") });
  });
}
