// Records how the axios bundle answers under Node (Express 5) against a
// small upstream server, into expected-axios.json; TestAxiosBundle
// (nodemodules_test.go) replays the same requests in plugmux against an
// upstream that answers the same. Run: npm ci && node record-axios.mjs
import http from "node:http";
import { writeFile, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";

const { default: express } = await import("express");
const upstream = http.createServer((req, res) => {
  const u = new URL(req.url, "http://x");
  if (u.pathname === "/json") { res.setHeader("Content-Type", "application/json"); res.setHeader("X-Upstream", "yes"); res.end('{"hello":"world"}'); return; }
  if (u.pathname === "/echo") { let b = ""; req.on("data", (c) => (b += c)); req.on("end", () => { res.statusCode = 201; res.end(`${req.method} ${req.headers["x-token"]} ${req.headers["content-type"]} ${b}`); }); return; }
  if (u.pathname === "/redirect") { res.statusCode = 302; res.setHeader("Location", u.searchParams.get("to")); res.end(); return; }
  res.statusCode = 404; res.end("nope\n");
});
await new Promise((r) => upstream.listen(0, "127.0.0.1", r));
const up = `http://127.0.0.1:${upstream.address().port}`;
const mod = await import(new URL("./dist/axios.js", import.meta.url));
const app = express();
const router = express.Router();
mod.setup(router, {});
app.use("/api/axios", router);
const server = await new Promise((r) => { const s = app.listen(0, "127.0.0.1", () => r(s)); });
const base = `http://127.0.0.1:${server.address().port}/api/axios`;
const paths = ["/?url=UP/json", "/post?url=UP/echo", "/?url=UP/redirect%3Fto%3D%2Fjson", "/?url=UP/missing"];
const cases = [];
for (const p of paths) {
  const r = await fetch(base + p.replace("UP", encodeURIComponent(up)));
  cases.push({ path: p, status: r.status, body: await r.text() });
}
server.close();
upstream.close();
const sha256 = createHash("sha256").update(await readFile(new URL("./dist/axios.js", import.meta.url))).digest("hex");
await writeFile(new URL("./expected-axios.json", import.meta.url), JSON.stringify({ node: process.version, sha256, cases }, null, 2) + "\n");
console.log(cases);
