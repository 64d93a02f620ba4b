// The Node/Express 5 host of the side-by-side load test (bench/run.sh):
// the same routes as bench/serve's plugin, on one event loop.
//
//   node server.js [port=3003]
//
// GET /api/bench/hello       "Hello, world!"
// GET /api/bench/json/:id    a small JSON object
// GET /api/bench/await       waits 50 ms on a timer, then "done"
const express = require("express");

const app = express();
const bench = express.Router();
bench.get("/hello", (req, res) => res.send("Hello, world!"));
bench.get("/json/:id", (req, res) => res.json({ id: req.params.id, ok: true, tags: ["a", "b"] }));
bench.get("/await", async (req, res) => {
  await new Promise((r) => setTimeout(r, 50));
  res.send("done");
});
app.use("/api/bench", bench);

const port = Number(process.argv[2] || 3003);
const server = app.listen(port, "127.0.0.1", () => console.log(`node/express on 127.0.0.1:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
