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

// cookie-signature's format: "s:" + value + "." + base64(HMAC-SHA256) without padding
const signCookie = (v, key) => "s:" + v + "." + createHmac("sha256", key).update(v).digest("base64").replace(/=+$/, "");
const cookieSecret = "plugmux-TEST-ONLY-cookie-secret";
const sessionCookie = (sid) => "connect.sid=" + encodeURIComponent(signCookie(sid, "plugmux-TEST-ONLY-session-secret"));
const form = (body) => ({ headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
const text = (body, type = "text/plain") => ({ headers: { "Content-Type": type }, body });
const gql = (query, variables) => ({ method: "POST", path: "/graphql", ...json({ query, variables }) });

// multipart bodies with a fixed boundary
const multipart = (parts, boundary = "plugmuxBoundary7MA4YWxkTrZu0gW") => ({
  headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
  body: parts.map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"\r\nContent-Type: ${p.type || "application/octet-stream"}` : ""}\r\n\r\n${p.data}\r\n`).join("") + `--${boundary}--\r\n`,
});

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
  helmet: [
    { path: "/default/page" },
    { path: "/custom/page" },
  ],
  "cookie-parser": [
    { path: "/read", headers: { Cookie: `plain=v1; sig=${encodeURIComponent(signCookie("v2", cookieSecret))}; obj=${encodeURIComponent("j:" + JSON.stringify({ a: [1, 2] }))}` } },
    { path: "/read", headers: { Cookie: `sig=${encodeURIComponent(signCookie("v2", cookieSecret).replace("v2", "v3"))}; plain=x` } },
    { path: "/read" },
    { path: "/set" },
    { path: `/unsign?v=${encodeURIComponent(signCookie("hello", cookieSecret))}&j=${encodeURIComponent('j:{"x":true}')}` },
    { path: "/unsign?v=plain&j=notjson" },
  ],
  "express-validator": [
    { method: "POST", path: "/users", ...json({ email: "  Alice@Example.COM ", name: "Alice", age: "42", password: "s3cret" }) },
    { method: "POST", path: "/users", ...json({ email: "nope", name: "A", age: 200, password: "secret" }) },
    { method: "POST", path: "/users", ...json({}) },
    { path: "/search?q=%3Cb%3Ehi%3C%2Fb%3E" },
    { path: "/search?page=0" },
    { method: "POST", path: "/schema", ...json({ id: "9b2c6f9e-3c8a-4b8e-9a43-2b1f4d0e7c11", tags: ["ok-slug", "Not A Slug"] }) },
    { method: "POST", path: "/schema", ...json({ id: "x", tags: [] }) },
  ],
  jsonwebtoken: [
    { path: "/sign?sub=alice" },
    { path: "/verify", headers: bearer(hsGood) },
    { path: "/verify", headers: bearer(tamper(hsGood, claims({ role: "admin" }))) },
    { path: "/verify", headers: bearer(hs256(claims({ exp: 1700000001 }))) },
    { path: "/verify", headers: bearer(hs256(claims({ aud: "other" }))) },
    { path: "/verify", headers: bearer(`${b64u({ alg: "none", typ: "JWT" })}.${b64u(claims())}.`) },
    { path: "/verify", headers: bearer("garbage") },
  ],
  "http-errors": [
    { path: "/status/404" },
    { path: "/status/500" },
    { path: "/status/418" },
    { path: "/named" },
    { path: "/props" },
    { path: "/wrap" },
    { path: "/check" },
  ],
  morgan: [
    { path: "/hello", headers: { "X-User": "ann" } },
    { path: "/missing" },
    { method: "HEAD", path: "/hello" },
    { path: "/log" },
  ],
  "express-session": [
    { path: "/peek" },
    { path: "/count" },
    { path: "/count", headers: { Cookie: sessionCookie("sid-2") } },
    { path: "/peek", headers: { Cookie: sessionCookie("sid-2") } },
    { path: "/count", headers: { Cookie: "connect.sid=s%3Asid-2.forged" } },
    { path: "/logout", headers: { Cookie: sessionCookie("sid-2") } },
    { path: "/peek", headers: { Cookie: sessionCookie("sid-2") } },
  ],
  "express-rate-limit": [
    { path: "/limited" },
    { path: "/limited" },
    { path: "/limited" },
    { path: "/limited", headers: { "X-Skip": "yes" } },
    { path: "/keyed", headers: { "X-Key": "a" } },
    { path: "/keyed", headers: { "X-Key": "a" } },
    { path: "/keyed", headers: { "X-Key": "b" } },
  ],
  "body-parser": [
    { method: "POST", path: "/json", ...json({ a: 1, nested: { b: [true, null] } }) },
    { method: "POST", path: "/json", ...text('{"broken":', "application/json") },
    { method: "POST", path: "/json", ...json({ big: "x".repeat(2000) }) },
    { method: "POST", path: "/form", ...form("a=1&b=two+words&a=3&c=%C3%A9") },
    { method: "POST", path: "/text", ...text("just text ✓") },
    { method: "POST", path: "/raw", headers: { "Content-Type": "application/octet-stream" }, body: "RAW" },
    { method: "POST", path: "/json", ...text("not json", "text/plain") },
  ],
  compression: [
    { path: "/big", headers: { "Accept-Encoding": "identity" } },
    { path: "/small", headers: { "Accept-Encoding": "gzip" } },
    { path: "/image", headers: { "Accept-Encoding": "gzip" } },
    { path: "/big", headers: { "Accept-Encoding": "gzip" } },
    { path: "/big", headers: { "Accept-Encoding": "deflate" } },
  ],
  "sanitize-html": [
    { method: "POST", path: "/default", ...text('<p onclick="x()">Hi <script>alert(1)</script><b>there</b><a href="javascript:evil()">l</a><img src="x.png"></p>') },
    { method: "POST", path: "/custom", ...text('<p><i>it</i> <a href="https://ok.example" target="_blank" onclick="y">ok</a> <a href="http://plain.example">http</a> <span style="color: #f00; font-size: 40px; text-align: left">red</span> <img src="https://i.example/a.png" srcset="a.png 1x, javascript:x 2x"><div>gone</div></p>') },
  ],
  "itty-router": [
    { path: "/items/42?sort=asc" },
    { method: "POST", path: "/items", ...json({ name: "thing" }) },
    { path: "/text" },
    { path: "/fail" },
    { path: "/nowhere" },
  ],
  trpc: [
    { path: `/fetch/hello?input=${encodeURIComponent(JSON.stringify("world"))}` },
    { path: `/fetch/hello?input=${encodeURIComponent(JSON.stringify(""))}` },
    { method: "POST", path: "/fetch/add", ...json({ a: 2, b: 3 }) },
    { path: "/fetch/secret" },
    { path: "/fetch/nope" },
  ],
  "trpc-express": [
    { path: `/express/hello?input=${encodeURIComponent(JSON.stringify("express"))}` },
    { method: "POST", path: "/express/add", ...json({ a: 5, b: 8 }) },
    { path: "/express/secret" },
  ],
  luxon: [
    { path: "/format" },
  ],
  graphql: [
    gql("query Q($id: ID!) { book(id: $id) { ...F author { name books { title } } } } fragment F on Book { id title }", { id: "1" }),
    gql("{ books { title author { name } } }"),
    gql("mutation { addBook(title: \"Persuasion\", author: \"Austen\") { id title author { books { title } } } }"),
    gql("{ nope }"),
    gql("{ fail book(id: \"9\") { title } }"),
  ],
  multer: [
    { method: "POST", path: "/single", ...multipart([{ name: "title", data: "Report" }, { name: "doc", filename: "r.txt", type: "text/plain", data: "hello ✓ file" }, { name: "tag", data: "a" }, { name: "tag", data: "b" }]) },
    { method: "POST", path: "/single", ...multipart([{ name: "title", data: "no file" }]) },
    { method: "POST", path: "/many", ...multipart([{ name: "pics", filename: "a.png", type: "image/png", data: "AAA" }, { name: "pics", filename: "b.png", type: "image/png", data: "BBBB" }]) },
    { method: "POST", path: "/single", ...multipart([{ name: "doc", filename: "big.txt", type: "text/plain", data: "x".repeat(100) }]) },
    { method: "POST", path: "/single", ...multipart([{ name: "other", filename: "o.txt", data: "unexpected" }]) },
    { method: "POST", path: "/single", headers: { "Content-Type": "application/json" }, body: "{}" },
  ],
  passport: [
    { method: "POST", path: "/login", ...form("username=ann&password=pw") },
    { method: "POST", path: "/login", ...form("username=ann&password=nope") },
    { method: "POST", path: "/login-cb", ...form("username=ann&password=pw") },
    { method: "POST", path: "/login-cb", ...form("username=bob&password=pw") },
    { method: "POST", path: "/login-cb", ...form("username=ann") },
    { path: "/me" },
  ],
};
