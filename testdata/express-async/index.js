// Conformance: async handlers, rejected Promises and thrown errors, error
// handlers, and the final error response (finalhandler). See
// conformance/README.md.
const later = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));

export function setup(router) {
  router.get("/await", async (req, res) => {
    const v = await later(5, "waited");
    res.json({ v });
  });
  router.get("/timers", (req, res) => {
    const order = [];
    setTimeout(() => {
      order.push("timeout");
      res.json(order);
    }, 1);
    setImmediate(() => order.push("immediate"));
    Promise.resolve().then(() => order.push("promise"));
    queueMicrotask(() => order.push("microtask"));
    order.push("sync");
  });
  router.get("/interval", (req, res) => {
    let n = 0;
    const t = setInterval(() => {
      if (++n === 3) {
        clearInterval(t);
        res.send(`ticked ${n}`);
      }
    }, 1);
  });
  router.get("/async-middleware", async (req, res, next) => {
    req.value = await later(1, 41);
    next();
  }, (req, res) => res.json({ value: req.value + 1 }));
  router.get("/reject", async () => {
    await later(1);
    throw Object.assign(new Error("conflict"), { status: 409 });
  });
  router.get("/reject-falsy", () => Promise.reject(null));
  router.get("/throw", () => {
    throw new Error("boom");
  });
  router.get("/throw-status-code", () => {
    throw Object.assign(new Error("gone"), { statusCode: 410 });
  });
  router.get("/throw-headers", () => {
    throw Object.assign(new Error("limited"), { status: 429, headers: { "Retry-After": "7" } });
  });
  router.get("/throw-bad-status", () => {
    throw Object.assign(new Error("odd"), { status: 302 });
  });
  router.get("/res-status-then-error", (req, res, next) => {
    res.status(503);
    next(new Error("down"));
  });
  router.get("/throw-string", () => {
    throw "a string";
  });
  router.get("/handled/:kind", async (req, res, next) => {
    await null;
    next(new Error(req.params.kind));
  });
  router.get("/after-send", (req, res, next) => {
    res.send("sent first");
    next();
  });
  router.get("/after-send", (req, res, next) => {
    res.set("X-Too-Late", "yes");
  });
  router.use("/handled", async (err, req, res, next) => {
    await later(1);
    if (err.message === "rethrow") throw new Error("from error handler");
    res.status(422).json({ handled: err.message });
  });
  router.use((err, req, res, next) => {
    if (err.message === "from error handler") return res.status(500).send("second handler caught it");
    next(err);
  });
}
