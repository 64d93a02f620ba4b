// Records how Node and Express 5 answer the stream handlers of
// ../internal/express/testdata/streams (plugin.js, requests.json): req as
// an http.IncomingMessage stream, res as an http.ServerResponse, their
// events and their order. It evaluates plugin.js, a function expression
// (router, express, require), with a real express.Router() mounted at /,
// sends each request over HTTP in order, and writes the answers to
// golden.json beside it, which TestStreamsAgainstNode replays on plugmux's
// Express layer. Run: npm ci && node record-streams.mjs
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { send } from "./send.mjs";

process.env.NODE_ENV = "production";
const require = createRequire(import.meta.url);
const express = require("express");
const dir = new URL("../internal/express/testdata/streams/", import.meta.url);
const source = await readFile(new URL("plugin.js", dir), "utf8");
const requests = JSON.parse(await readFile(new URL("requests.json", dir), "utf8"));

const app = express();
const router = express.Router();
(0, eval)(source)(router, express, require);
app.use("/api/streams", router);
const server = await new Promise((resolve) => {
  const s = app.listen(0, "127.0.0.1", () => resolve(s));
});
const cases = [];
for (const req of requests) {
  cases.push({ request: req, response: await send(server.address().port, "streams", req) });
}
server.close();
const out = { express: require("express/package.json").version, node: process.version, cases };
await writeFile(new URL("golden.json", dir), JSON.stringify(out, null, 2) + "\n");
console.log(`golden.json: ${cases.length} cases`);
