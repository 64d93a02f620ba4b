// Records how the committed bundles answer under Node, with real Express 5
// as the router: for every plugin in cases.mjs it imports dist/<plugin>.js,
// calls its setup(router, ctx) with an express.Router() mounted at
// /api/<plugin> (where plugmux serves it), sends each request over HTTP and
// writes the status, the headers and the body of each answer to
// expected.json. compat_test.go (TestNpmCompat) replays the same requests
// against plugmux and compares: the expected values come from Node, never
// from plugmux. Run: npm ci && TZ=UTC node record.mjs
import http from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { cases } from "./cases.mjs";

process.env.NODE_ENV = "production"; // error pages without stacks, as plugmux without Options.Debug
if (process.env.TZ !== "UTC") {
  console.error("run with TZ=UTC (npm run record does)");
  process.exit(1);
}
const { default: express } = await import("express");
const pkg = JSON.parse(await readFile(new URL("./package.json", import.meta.url), "utf8"));
const versions = {};
for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
  versions[name] = JSON.parse(await readFile(new URL(`./node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
}
// Headers that depend on the connection or the moment, or that plugmux
// leaves to the host: not recorded.
const skipHeaders = new Set(["date", "connection", "keep-alive", "x-powered-by", "transfer-encoding"]);

const plugins = [];
for (const [name, requests] of Object.entries(cases)) {
  const mod = await import(new URL(`./dist/${name}.js`, import.meta.url));
  const app = express();
  const router = express.Router();
  await mod.setup(router, { name, version: "1.0.0", config: null, custom: null });
  app.use(`/api/${name}`, router);
  const server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const out = [];
  for (const req of requests) out.push({ request: req, response: await send(server.address().port, name, req) });
  server.close();
  // the bundle's hash: the Go test refuses a recording of another bundle
  const sha256 = createHash("sha256").update(await readFile(new URL(`./dist/${name}.js`, import.meta.url))).digest("hex");
  plugins.push({ plugin: name, bundle: `npm-compat/dist/${name}.js`, sha256, cases: out });
  console.log(`${name}: ${out.length} cases`);
}
const result = { node: process.version, tz: process.env.TZ, versions, plugins };
await writeFile(new URL("./expected.json", import.meta.url), JSON.stringify(result, null, 2) + "\n");

// send makes one request as compat_test.go does: the method, the path under
// /api/<name>, the case's headers plus a fixed User-Agent, and the body.
function send(port, name, c) {
  return new Promise((resolve, reject) => {
    const headers = { "User-Agent": "plugmux-npm-compat", ...(c.headers || {}) };
    const body = c.body !== undefined ? Buffer.from(c.body, "utf8") : null;
    if (body) headers["Content-Length"] = String(body.length);
    const req = http.request({ host: "127.0.0.1", port, method: c.method || "GET", path: `/api/${name}${c.path}`, headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (d) => chunks.push(d));
      res.on("end", () => {
        const buf = Buffer.concat(chunks);
        const hs = {};
        for (const [k, v] of Object.entries(res.headers)) if (!skipHeaders.has(k)) hs[k] = v;
        const text = buf.toString("utf8");
        const out = { status: res.statusCode, headers: hs };
        if (Buffer.from(text, "utf8").equals(buf)) out.body = text;
        else out.bodyBase64 = buf.toString("base64");
        resolve(out);
      });
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}
