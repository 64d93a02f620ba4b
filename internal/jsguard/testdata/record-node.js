// Records what Node answers for the hostile cases of hostile.json whose
// "node" field says Node should answer the same ("same") or that Node's own
// limit is higher. Run: node testdata/record-node.js > testdata/hostile.node.json
// Each case runs in its own process (some end Node itself).
"use strict";
const { spawnSync } = require("node:child_process");
const cases = require("./hostile.json");
const BIGNODE = "Node's own limit is higher: Node allocates it";
const child = `
const src = process.argv[1];
let out;
try { const v = (0, eval)(src); out = typeof v === "object" && v !== null ? "[object]" : String(v);
  if (out.length > 100) out = "<string of length " + out.length + ">"; }
catch (e) { out = e.name + ": " + e.message; }
process.stdout.write(JSON.stringify(out));
`;
const results = {};
for (const c of cases) {
  if (c.node !== "same" && c.node !== BIGNODE) continue;
  const r = spawnSync(process.execPath, ["--max-old-space-size=2048", "-e", child, c.src], { timeout: 30000, encoding: "utf8", maxBuffer: 1 << 20 });
  let out;
  if (r.error && r.error.code === "ETIMEDOUT") out = "timeout";
  else if (r.status !== 0) out = "crash";
  else out = JSON.parse(r.stdout);
  results[c.name] = out;
  process.stderr.write(c.name + " => " + out.slice(0, 100) + "\n");
}
process.stdout.write(JSON.stringify({ node: process.version, results }, null, 1) + "\n");
