// Records how real Express 5 answers the conformance plugins.
//
// For every ../testdata/express-*/ folder with a requests.json, it loads the
// plugin's index.js, calls its setup(router, ctx) with an express.Router()
// mounted at /api/<folder name> (where plugmux serves it), sends each
// request of requests.json to it over HTTP, and writes the status, the
// headers and the body of each response to golden/<folder name>.json. The Go
// test (conformance_test.go) replays the same requests against plugmux and
// compares. Run: npm ci && node record.mjs [folder ...]
import { register } from "node:module";
import http from "node:http";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

process.env.NODE_ENV = "production"; // finalhandler's error pages without stacks, as plugmux without Options.Debug
register("./hooks.mjs", import.meta.url);

const require = createRequire(import.meta.url);
const { default: express } = await import("express");
const expressVersion = require("express/package.json").version;

const testdata = new URL("../testdata/", import.meta.url);
// Headers that depend on the connection or the moment, or that plugmux
// leaves to the host: not recorded.
const skipHeaders = new Set(["date", "connection", "keep-alive", "x-powered-by", "transfer-encoding"]);

const only = process.argv.slice(2);
const dirs = (await readdir(testdata)).filter((d) => d.startsWith("express-") && (only.length === 0 || only.includes(d))).sort();

for (const name of dirs) {
  let requests;
  try {
    requests = JSON.parse(await readFile(new URL(`${name}/requests.json`, testdata), "utf8"));
  } catch (e) {
    if (e.code === "ENOENT") continue;
    throw e;
  }
  const mod = await import(new URL(`${name}/index.js`, testdata));
  const setup = mod.setup || (typeof mod.default === "function" ? mod.default : mod.default?.setup);
  const app = express();
  const router = express.Router();
  await setup(router, { name, version: "1.0.0", config: null, custom: null });
  app.use(`/api/${name}`, router);
  const server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address();
  const cases = [];
  for (const req of requests) {
    const res = await send(port, name, req);
    cases.push({ request: req, response: res });
  }
  server.close();
  const out = { express: expressVersion, node: process.version, plugin: name, cases };
  await writeFile(new URL(`golden/${name}.json`, import.meta.url), JSON.stringify(out, null, 2) + "\n");
  console.log(`golden/${name}.json: ${cases.length} cases`);
}

// send makes one request exactly as conformance_test.go does: the method,
// the path under /api/<name>, the headers of the case plus a fixed
// User-Agent, and the body (text, or base64 when bodyBase64 is set).
function send(port, name, c) {
  return new Promise((resolve, reject) => {
    const headers = { "User-Agent": "plugmux-conformance", ...(c.headers || {}) };
    let body = null;
    if (c.body !== undefined) body = Buffer.from(c.body, "utf8");
    if (c.bodyBase64 !== undefined) body = Buffer.from(c.bodyBase64, "base64");
    if (body && !c.chunked) headers["Content-Length"] = String(body.length);
    const req = http.request({ host: "127.0.0.1", port, method: c.method || "GET", path: `/api/${name}${c.path}`, headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (d) => chunks.push(d));
      res.on("end", () => {
        const buf = Buffer.concat(chunks);
        const hs = {};
        const mask = (v) => ((c.mask || []).includes("expires") ? v.replace(/Expires=[^;]*/g, "Expires=<masked>") : v);
        for (const [k, v] of Object.entries(res.headers)) {
          if (!skipHeaders.has(k)) hs[k] = Array.isArray(v) ? v.map(mask) : mask(v);
        }
        const text = buf.toString("utf8");
        const out = { status: res.statusCode, headers: hs };
        if (Buffer.from(text, "utf8").equals(buf)) out.body = text;
        else out.bodyBase64 = buf.toString("base64");
        resolve(out);
      });
    });
    req.on("error", reject);
    if (body) {
      if (c.chunked) {
        // two writes without Content-Length: Transfer-Encoding: chunked
        const half = Math.floor(body.length / 2);
        req.write(body.subarray(0, half));
        req.write(body.subarray(half));
      } else {
        req.write(body);
      }
    }
    req.end();
  });
}
