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
import { readFile, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { send } from "./send.mjs";

process.env.NODE_ENV = "production"; // finalhandler's error pages without stacks, as plugmux without Options.Debug
register("./hooks.mjs", import.meta.url);

const require = createRequire(import.meta.url);
const { default: express } = await import("express");
const expressVersion = require("express/package.json").version;

const testdata = new URL("../testdata/", import.meta.url);

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
