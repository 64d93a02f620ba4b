// Conformance: Express 5 routing semantics. conformance/record.mjs runs this
// plugin under real Express; conformance_test.go replays the same requests
// (requests.json) against plugmux and compares with the recorded answers.
import express, { Router } from "express";

const trail = (req, step) => {
  req.trail = (req.trail || []).concat(step);
};

export function setup(router) {
  // middleware order, next(), next('route'), several handlers and arrays
  router.use((req, res, next) => {
    res.set("X-First", "yes");
    trail(req, "use");
    next();
  });
  router.get("/order", (req, res, next) => { trail(req, "a"); next(); }, [(req, res, next) => { trail(req, "b"); next(); }, [(req, res, next) => { trail(req, "c"); next(); }]]);
  router.get("/order", (req, res) => res.json(req.trail));
  router.get("/skip", (req, res, next) => { trail(req, "1"); next("route"); }, (req, res) => res.send("never"));
  router.get("/skip", (req, res) => res.json(req.trail));
  router.all("/all", (req, res) => res.send(`all ${req.method}`));
  router
    .route("/chain")
    .all((req, res, next) => { trail(req, "all"); next(); })
    .get((req, res) => res.json({ get: req.trail }))
    .post((req, res) => res.json({ post: req.trail }));
  router.route("/route-skip").all((req, res, next) => next("route")).get((req, res) => res.send("never"));
  router.get("/route-skip", (req, res) => res.send("after route-skip"));

  // mount paths: req.url and req.baseUrl inside, restored after
  router.use("/mount", (req, res, next) => {
    res.append("X-Inside", `${req.baseUrl}|${req.url}|${req.path}|${req.originalUrl}`);
    next();
  });
  router.use("/mount/deeper", (req, res, next) => {
    res.append("X-Inside", `${req.baseUrl}|${req.url}`);
    next();
  });
  router.get("/mount/*rest", (req, res) => res.json({ baseUrl: req.baseUrl, url: req.url, path: req.path, rest: req.params.rest }));
  router.use(["/multi-a", "/multi-b"], (req, res) => res.send(`multi ${req.baseUrl} ${req.url}`));

  // nested routers
  const users = Router({ mergeParams: true });
  users.use((req, res, next) => {
    res.set("X-Users", `${req.baseUrl} ${req.url}`);
    next();
  });
  users.get("/", (req, res) => res.send(`users of ${req.params.org}`));
  users.get("/:id", (req, res) => res.json({ org: req.params.org, id: req.params.id, baseUrl: req.baseUrl }));
  users.get("/:id/bail", (req, res, next) => next("router"));
  users.get("/:id/fail", (req, res, next) => next(new Error("users failed")));
  users.use((err, req, res, next) => res.status(500).send(`users caught ${err.message}`));
  router.use("/orgs/:org/users", users);
  router.get("/orgs/:org/users/:id/bail", (req, res) => res.send(`bailed to parent ${req.baseUrl} ${req.params.id}`));

  const plain = express.Router();
  plain.get("/:id", (req, res) => res.json({ params: req.params, baseUrl: req.baseUrl }));
  router.use("/plain/:org", plain);

  const strict = express.Router({ strict: true, caseSensitive: true });
  strict.get("/Exact/", (req, res) => res.send("strict exact/"));
  strict.get("/Exact", (req, res) => res.send("strict exact"));
  router.use("/strict", strict);

  const asHandler = Router();
  asHandler.get("/as-handler", (req, res) => res.send(`router as a route handler ${req.baseUrl}`));
  router.get("/as-handler", asHandler);

  // router.param
  router.param("pid", (req, res, next, value, name) => {
    trail(req, `param ${name}=${value}`);
    if (value === "missing") return next(Object.assign(new Error("no such item"), { status: 404 }));
    if (value === "skip") return next("route");
    req.item = { id: value };
    next();
  });
  router.get("/items/:pid", (req, res, next) => { trail(req, "first"); next(); });
  router.get("/items/:pid", (req, res) => res.json({ item: req.item, trail: req.trail }));
  router.get("/items/:pid", (req, res) => res.send("after skip"));

  // HEAD and OPTIONS
  router.get("/head", (req, res) => {
    res.set("X-Method", req.method);
    res.send("body of GET");
  });
  router.head("/explicit-head", (req, res) => res.set("X-Head", "own").end());
  router.get("/explicit-head", (req, res) => res.send("get"));
  router.post("/options", (req, res) => res.send("post"));
  router.put("/options", (req, res) => res.send("put"));
  router.get("/options", (req, res) => res.send("get"));
  router.options("/own-options", (req, res) => res.set("Allow", "CUSTOM").send("own"));

  // errors: four-parameter handlers, skipped by normal flow
  router.get("/err", (req, res, next) => next(new Error("plain")));
  router.get("/err", (req, res) => res.send("skipped"));
  router.use("/err", (req, res, next) => res.send("not reached: a normal middleware in error mode"));
  router.use((err, req, res, next) => {
    if (err.message === "plain") return res.status(500).json({ caught: err.message, trail: req.trail });
    next(err);
  });
  router.get("/four-in-route", (req, res, next) => next(new Error("route error")), (err, req, res, next) => res.send(`in-route handler: ${err.message}`));
  router.get("/error-handler-skipped", (err, req, res, next) => res.send("never"), (req, res) => res.send("plain handler ran"));
  router.get("/falsy-next", (req, res, next) => next(false), (req, res) => res.send("false is no error"));
  router.get("/rewrite", (req, res, next) => {
    req.url = "/rewritten";
    next();
  });
  router.get("/rewritten", (req, res) => res.send(`rewritten from ${req.originalUrl}`));
  router.get("/not-found-here", (req, res, next) => next());
}
