// Middleware order, next(), errors, params, query, headers and the Node
// response API that npm middleware uses.
export function setup(router) {
  router.use((req, res, next) => {
    res.setHeader("X-Seen-By", "first");
    next();
  });
  router.use("/admin", (req, res, next) => {
    if (req.get("authorization") !== "Bearer ok") return res.status(401).json({ error: "unauthorized", baseUrl: req.baseUrl, url: req.url });
    next();
  });
  router.get("/admin/panel", (req, res) => res.send(`panel ${req.baseUrl} ${req.path}`));
  router.get("/query", (req, res) => res.json(req.query));
  router.get("/headers", (req, res) => res.json({ ua: req.headers["user-agent"], custom: req.get("X-Custom"), method: req.method }));
  router.post("/echo", (req, res) => res.status(201).set("X-Echo", "yes").send({ method: req.method, url: req.url }));
  router.put("/node", (req, res) => {
    res.statusCode = 202;
    res.setHeader("Content-Type", "text/plain");
    res.end(`node ${res.getHeader("x-seen-by")}`);
  });
  router.get("/throw", () => {
    throw new Error("boom");
  });
  router.get("/async-throw", async () => {
    await null;
    throw Object.assign(new Error("teapot"), { status: 418 });
  });
  router.get("/next-error", (req, res, next) => next(new Error("passed on")));
  router.get("/no-response", () => {});
  router.get("/status", (req, res) => res.sendStatus(204));
  router.get("/redirect", (req, res) => res.redirect("/elsewhere"));
  router.get("/bytes", (req, res) => res.send(new Uint8Array([104, 105])));
  router.route("/multi").get((req, res) => res.send("get multi")).post((req, res) => res.send("post multi"));
  router.all("/any", (req, res) => res.send(`any ${req.method}`));
  router.get("/chain", (req, res, next) => { res.locals.n = 1; next(); }, (req, res, next) => { res.locals.n++; next("route"); }, (req, res) => res.send("skipped"));
  router.get("/chain", (req, res) => res.send(`chain ${res.locals.n}`));
  router.use("/handled", (req, res, next) => next(new Error("handled")));
  router.use((err, req, res, next) => {
    if (err.message === "handled") return res.status(500).json({ caught: err.message });
    next(err);
  });
}
