// The Node/Express 5 host of the scale benchmark (bench/scale.sh): it reads
// the same feed as the plugmux host, downloads every plugin's entry module,
// checks its integrity, imports it and mounts one Express router per plugin
// at /api/NAME, as a Node host without isolation would.
//
//   node --expose-gc scale.js PORT FEED_URL
//   node --expose-gc --experimental-vm-modules scale.js PORT FEED_URL --vm
//
// With --vm every plugin's module is evaluated in a context of its own
// (vm.createContext, vm.SourceTextModule): its own globals, as plugmux
// gives every plugin, so that the memory a context costs is in the figures.
//
// GET /readyz       503 until every plugin of the feed is mounted and set up, then 200
// GET /debug/mem    {"heapLive": V8 heap used right after a forced collection (with
//                   --expose-gc), "rss": ..., "external": ...}
//
// The routers are mounted in feed order before their modules load (an empty
// router passes every request on), so that a plugin's place in the app's
// stack, which Express walks for every request, does not depend on which
// download finished first.
const crypto = require("node:crypto");
const express = require("express");

const port = Number(process.argv[2] || 3011);
const feedURL = process.argv[3];
const isolate = process.argv[4] === "--vm";
if (!feedURL || (process.argv[4] && !isolate)) {
  console.error("usage: node --expose-gc [--experimental-vm-modules] scale.js PORT FEED_URL [--vm]");
  process.exit(2);
}
const vm = isolate ? require("node:vm") : null;
// How many modules are downloaded and imported at once.
const concurrency = 16;

const app = express();
let ready = false;
let why = "the feed has not been loaded yet";
app.get("/readyz", (req, res) => {
  res.set("Cache-Control", "no-store");
  if (ready) return res.send("ready\n");
  res.set("Retry-After", "1").status(503).send(`not ready: ${why}\n`);
});
app.get("/debug/mem", (req, res) => {
  if (global.gc) global.gc();
  const m = process.memoryUsage();
  res.json({ heapLive: m.heapUsed, rss: m.rss, external: m.external });
});

// checkIntegrity throws unless src matches the feed item's "sha256-…",
// "sha384-…" or "sha512-…" integrity value (plugmux checks it too).
function checkIntegrity(item, src) {
  if (!item.integrity) return;
  const [alg, want] = [item.integrity.slice(0, 6), item.integrity.slice(7)];
  const got = crypto.createHash(alg).update(src).digest("base64");
  if (got !== want) throw new Error(`${item.name}: integrity mismatch`);
}

// importIsolated evaluates the ES module src in a new context and returns
// its namespace. The benchmark's plugins import nothing.
async function importIsolated(name, src) {
  const context = vm.createContext({ console });
  const m = new vm.SourceTextModule(src, { context, identifier: `plugin:${name}` });
  await m.link((spec) => { throw new Error(`${name}: import ${spec}: the benchmark's plugins import nothing`); });
  await m.evaluate();
  return m.namespace;
}

// install downloads, imports and sets up one plugin into its router.
async function install(item, router) {
  const resp = await fetch(item.link);
  if (!resp.ok) throw new Error(`${item.name}: GET ${item.link}: ${resp.status}`);
  const src = Buffer.from(await resp.arrayBuffer());
  checkIntegrity(item, src);
  const mod = isolate ? await importIsolated(item.name, src.toString())
    : await import("data:text/javascript;base64," + src.toString("base64"));
  const setup = typeof mod.setup === "function" ? mod.setup
    : typeof mod.default === "function" ? mod.default : mod.default && mod.default.setup;
  if (typeof setup !== "function") throw new Error(`${item.name}: no setup export`);
  await setup(router, { name: item.name, version: item.version, config: item.config || {}, custom: item.custom });
}

async function load() {
  const resp = await fetch(feedURL);
  if (!resp.ok) throw new Error(`GET ${feedURL}: ${resp.status}`);
  const { items } = await resp.json();
  const routers = items.map((item) => {
    const r = express.Router();
    app.use("/api/" + item.name, r);
    return r;
  });
  let next = 0;
  let done = 0;
  why = `0 of ${items.length} plugins mounted`;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      await install(items[i], routers[i]);
      why = `${++done} of ${items.length} plugins mounted`;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  ready = true;
}

const server = app.listen(port, "127.0.0.1", () => {
  load().catch((err) => {
    console.error(err);
    process.exit(1);
  });
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
