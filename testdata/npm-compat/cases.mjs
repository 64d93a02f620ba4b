// The requests made to every plugin, shared by record.mjs (which records
// Node's answers into expected.json) and trace.mjs (which lists the globals
// and APIs each bundle touches). Each case: method, path (under the
// plugin's mount point /api/<plugin>), headers, body (text). JWTs that the
// jose plugin must accept or refuse are signed here with Node's own crypto,
// not with jose, so that interoperability is tested too; HMAC and
// RSASSA-PKCS1-v1_5 are deterministic, so they are the same on every run.
import { createHmac, createSign } from "node:crypto";
import { readFileSync } from "node:fs";

const b64u = (x) => Buffer.from(typeof x === "string" ? x : JSON.stringify(x)).toString("base64url");
const secret = "plugmux-npm-compat-TEST-ONLY-secret-0123456789";
const privatePem = readFileSync(new URL("./keys/rs256-private.pem", import.meta.url), "utf8");
const claims = (extra) => ({ sub: "bob", role: "user", iat: 1700000000, iss: "plugmux", aud: "npm-compat", exp: 4102444800, ...extra });

function hs256(payload, header = { alg: "HS256", typ: "JWT" }) {
  const input = `${b64u(header)}.${b64u(payload)}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}
function rs256(payload) {
  const input = `${b64u({ alg: "RS256", typ: "JWT" })}.${b64u(payload)}`;
  return `${input}.${createSign("RSA-SHA256").update(input).sign(privatePem, "base64url")}`;
}
// tamper replaces the payload of a signed token, keeping its signature
const tamper = (token, payload) => {
  const [h, , s] = token.split(".");
  return `${h}.${b64u(payload)}.${s}`;
};
const bearer = (t) => ({ Authorization: `Bearer ${t}` });
const json = (v) => ({ headers: { "Content-Type": "application/json" }, body: JSON.stringify(v) });

const hsGood = hs256(claims());
const rsGood = rs256(claims({ sub: "carol" }));

export const cases = {
  cors: [
    { path: "/open/data", headers: { Origin: "https://x.example" } },
    { path: "/open/data" },
    { method: "OPTIONS", path: "/open/data", headers: { Origin: "https://x.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "X-Foo, Content-Type" } },
    { path: "/restricted/data", headers: { Origin: "https://a.example" } },
    { path: "/restricted/data", headers: { Origin: "https://api.trusted.example" } },
    { path: "/restricted/data", headers: { Origin: "https://evil.example" } },
    { method: "OPTIONS", path: "/restricted/data", headers: { Origin: "https://a.example", "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "X-Custom" } },
    { method: "OPTIONS", path: "/restricted/data", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "PUT" } },
    { method: "PUT", path: "/restricted/data", headers: { Origin: "https://a.example" } },
    { path: "/dynamic/data", headers: { Origin: "https://dynamic.example" } },
    { path: "/dynamic/data", headers: { Origin: "https://other.example" } },
    { method: "OPTIONS", path: "/dynamic/data", headers: { Origin: "https://dynamic.example", "Access-Control-Request-Method": "GET" } },
    { method: "OPTIONS", path: "/single", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "DELETE" } },
    { method: "DELETE", path: "/single", headers: { Origin: "https://elsewhere.example" } },
  ],
  uuid: [
    { path: "/v4" },
    { path: "/v4-fixed" },
    { path: "/v7" },
    { path: "/v1-fixed" },
    { path: "/v5" },
    { path: "/v5?name=plugmux.example" },
    { path: "/parse/6ba7b810-9dad-11d1-80b4-00c04fd430c8" },
    { path: "/parse/not-a-uuid" },
  ],
  nanoid: [{ path: "/id" }, { path: "/size/5" }, { path: "/size/64" }, { path: "/custom" }, { path: "/fixed" }, { path: "/random" }],
  zod: [
    { method: "POST", path: "/users", ...json({ name: "Ada", email: "ada@example.com", age: 36, tags: ["x"], website: "https://ada.example/", id: "6ba7b810-9dad-41d1-80b4-00c04fd430c8" }) },
    { method: "POST", path: "/users", ...json({ name: "A", email: "not-an-email", age: -1.5, tags: [1], role: "root", website: "nope", id: "123" }) },
    { method: "POST", path: "/users", ...json([1, 2]) },
    { path: "/range?from=1&to=10&step=3" },
    { path: "/range?from=5&to=1" },
    { path: "/range?from=x&to=1.5" },
    { method: "POST", path: "/events", ...json({ kind: "click", x: 1, y: 2, extra: true }) },
    { method: "POST", path: "/events", ...json({ kind: "key", key: "ab" }) },
    { method: "POST", path: "/events", ...json({ kind: "scroll" }) },
    { path: "/slug/%20Hello-World-42%20" },
    { path: "/slug/not%20a%20slug!" },
    { path: "/schema" },
  ],
  dayjs: [
    { path: "/format" },
    { path: "/math" },
    { path: "/parse?date=31%2F12%2F2023%2023%3A59" },
    { path: "/parse?date=31%2F02%2F2023%2010%3A00" },
    { path: "/parse?date=2024-01-05&format=YYYY-MM-DD" },
  ],
  "lodash-es": [
    { path: "/collections" },
    { path: "/objects" },
    { path: "/strings" },
    { path: "/strings?s=fooBar%20%C3%A9l%C3%A8ve--HTTPServer_v2" },
    { path: "/template" },
    { path: "/template?user=%3Cscript%3E" },
    { path: "/functions" },
  ],
  jose: [
    { path: "/hs256" },
    { path: "/hs256/verify", headers: bearer(hsGood) },
    { path: "/hs256/verify", headers: bearer(tamper(hsGood, claims({ role: "admin" }))) },
    { path: "/hs256/verify", headers: bearer(hs256(claims({ exp: 1000000000 }))) },
    { path: "/hs256/verify", headers: bearer(hs256(claims({ aud: "someone-else" }))) },
    { path: "/hs256/verify", headers: bearer(`${b64u({ alg: "none" })}.${b64u(claims())}.`) },
    { path: "/hs256/verify", headers: bearer("not.a.jwt") },
    { path: "/rs256" },
    { path: "/rs256/verify", headers: bearer(rsGood) },
    { path: "/rs256/verify", headers: bearer(tamper(rsGood, claims({ sub: "mallory" }))) },
    { path: "/rs256/verify", headers: bearer(hsGood) },
    { path: "/decode", headers: bearer(rsGood) },
    { path: "/thumbprint" },
  ],
  hono: [
    { path: "/hello/world?lang=de", headers: { Accept: "application/json" } },
    { path: "/hello/caf%C3%A9" },
    { method: "POST", path: "/echo", ...json({ a: 1, list: ["x", "ü"] }) },
    { path: "/text" },
    { path: "/html" },
    { path: "/redirect" },
    { path: "/error" },
    { path: "/nowhere" },
  ],
};
