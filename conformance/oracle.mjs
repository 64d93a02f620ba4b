// The Node side of the generative differential test (../gen_test.go): a
// long-running process that answers, for any plugin, what Express 5 does.
// Each line on stdin is {"id", "name", "source", "requests": [...]}: the
// plugin's ES module source, installed with setup(router) on an
// express.Router() mounted at /api/<name> in its own Express application;
// each request is sent over HTTP as record.mjs sends them. Each line on
// stdout is {"id", "responses": [...]} (or {"id", "error"} when the plugin
// does not load in Node). Run by the Go test; needs `npm ci` here.
import { register } from "node:module";
import { mkdtemp, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import readline from "node:readline";
import { send } from "./send.mjs";

process.env.NODE_ENV = "production";
console.error = () => {}; // finalhandler logs every 500 here: the answers are what counts
register("./hooks.mjs", import.meta.url);
const { default: express } = await import("express");

const dir = await mkdtemp(join(tmpdir(), "plugmux-oracle-"));
let n = 0;

async function answer(job) {
  const file = join(dir, `p${++n}.mjs`);
  await writeFile(file, job.source);
  const mod = await import(pathToFileURL(file).href);
  const app = express();
  const router = express.Router();
  await mod.setup(router, { name: job.name, version: "1.0.0", config: null, custom: null });
  app.use(`/api/${job.name}`, router);
  const server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  try {
    const responses = [];
    for (const r of job.requests) responses.push(await send(server.address().port, job.name, r));
    return responses;
  } finally {
    server.close();
  }
}

const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  const job = JSON.parse(line);
  let out;
  try {
    out = { id: job.id, responses: await answer(job) };
  } catch (e) {
    out = { id: job.id, error: String(e && e.stack || e) };
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}
await rm(dir, { recursive: true, force: true });
