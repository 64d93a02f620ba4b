// Express 5 behaviours that plugmux once got wrong: each route is one class
// of defect (issue "Express 5 fidelity"), checked against real Express by
// conformance/record.mjs.
import express, { Router } from "express";

// a router made with `new`, never mounted: called as a function later
const loose = new Router();
loose.get("/inner", (req, res) => res.send(`loose at ${req.baseUrl}|${req.url}`));
const byNew = new express.Router({ mergeParams: true });
byNew.get("/", (req, res) => res.json({ id: req.params.id, t: typeof byNew, handle: typeof byNew.handle }));

function onHeaders(res, fn) {
  const writeHead = res.writeHead;
  res.writeHead = function () {
    fn.call(this);
    return writeHead.apply(this, arguments);
  };
}

export function setup(router) {
  router.use("/by-new/:id", byNew);
  router.get("/call-loose", (req, res, next) => loose(req, res, next));
  router.get("/call-loose", (req, res) => res.send("fell through"));
  router.use("/via-handle", (req, res, next) => loose.handle(req, res, next));

  // write/end without a Content-Type: Express sends none
  router.get("/write-plain", (req, res) => {
    res.write("a");
    res.end("b");
  });
  router.get("/end-plain", (req, res) => res.end("just end"));

  router.post("/raw", express.raw({ type: "*/*" }), (req, res) =>
    res.json({ isBuffer: Buffer.isBuffer(req.body), len: req.body.length, str: req.body.toString() }));

  // headers keep the values they were set with
  router.get("/header-values", (req, res) => {
    res.setHeader("X-Num", 42);
    res.setHeader("X-Arr", ["a", "b"]);
    res.json({ num: res.getHeader("X-Num"), numType: typeof res.getHeader("X-Num"), arr: res.getHeader("x-arr"), names: res.getHeaderNames().filter((n) => n !== "x-powered-by").sort() });
  });

  // req.query is a getter: assigning throws, mutations are not kept
  router.get("/query", (req, res) => {
    let threw = false;
    try {
      req.query = { replaced: true };
    } catch (e) {
      threw = e instanceof TypeError;
    }
    req.query.added = "x";
    res.json({ threw, query: req.query });
  });

  // for await over the request body
  router.post("/for-await", async (req, res) => {
    let n = 0;
    for await (const chunk of req) n += chunk.length;
    res.json({ n, hasIterator: typeof req[Symbol.asyncIterator] });
  });

  // arrays of handlers: only the index elements are handlers
  const chain = [(req, res, next) => { res.locals.a = 1; next(); }, (req, res, next) => { res.locals.b = 2; next(); }];
  chain.run = () => { throw new Error("run is not a handler"); };
  router.get("/array", chain, (req, res) => res.json(res.locals));

  // send, json and end go through writeHead, as on-headers relies on
  router.get("/on-headers/:how", (req, res) => {
    onHeaders(res, function () { this.setHeader("X-Seen", "yes"); });
    if (req.params.how === "json") res.json({ ok: true });
    else if (req.params.how === "end") res.end("end");
    else if (req.params.how === "status") res.sendStatus(202);
    else res.send("send");
  });

  // signed cookies with a secret set as cookie-parser does
  router.get("/signed", (req, res) => {
    req.secret = "keyboard cat";
    res.cookie("s", "value", { signed: true });
    res.cookie("j", { a: 1 }, { signed: true, httpOnly: true });
    res.send("signed");
  });
  router.get("/signed-no-secret", (req, res) => {
    try {
      res.cookie("s", "value", { signed: true });
      res.send("no throw");
    } catch (e) {
      res.status(500).send(e.message);
    }
  });

  router.get("/range", (req, res) => {
    const r = req.range(1000);
    res.json({ r: r === undefined ? "undefined" : r, type: r && r.type });
  });
  router.get("/range-combine", (req, res) => res.json(req.range(100, { combine: true })));

  // header changes by a middleware are seen later
  router.use("/rewrite", (req, res, next) => {
    req.headers["content-type"] = "application/json";
    req.headers.host = "rewritten.example";
    next();
  });
  router.post("/rewrite", express.json(), (req, res) => res.json({ body: req.body, host: req.host, hostname: req.hostname }));

  // router.param callbacks that change req.params
  router.param("num", (req, res, next, value) => {
    req.params.num = Number(value) * 2;
    next();
  });
  router.get("/param/:num", (req, res) => res.json({ num: req.params.num, type: typeof req.params.num }));

  // Promise.reject() with no value reaches error handlers as an Error
  router.get("/reject-empty", () => Promise.reject());
  router.use("/reject-empty", (err, req, res, next) => res.status(500).json({ isError: err instanceof Error, message: err.message }));

  // mergeParams with numeric indices: regexp captures of the mount and
  // of the child's route
  const numbered = express.Router({ mergeParams: true });
  numbered.get(/^\/item\/(\d+)$/, (req, res) => res.json(req.params));
  numbered.get("/named/:n", (req, res) => res.json(req.params));
  router.use(/^\/num\/(\w+)/, numbered);

  // an unanchored RegExp mount path
  const loose2 = express.Router();
  loose2.get("/", (req, res) => res.json({ base: req.baseUrl, url: req.url, path: req.path }));
  loose2.get("/deeper", (req, res) => res.json({ base: req.baseUrl, url: req.url }));
  router.use(/\/anywhere/, loose2);

  // thousands of synchronous handlers in one route
  const many = [];
  for (let i = 0; i < 5000; i++) many.push((req, res, next) => next());
  router.get("/many", many, (req, res) => res.send("after 5000"));

  // what a router.param callback makes of req.params sticks in the later
  // layers that match the same value (and the callback does not run again)
  const sticky = express.Router();
  let runs = 0;
  sticky.param("id", (req, res, next, v) => { runs++; req.params.id = v + "!"; next(); });
  sticky.param("name", (req, res, next, v) => { req.params.name = v.toUpperCase(); next(); });
  sticky.use("/files/:a-:b/:name", (req, res, next) => next(), (req, res, next) => next(), (req, res) => res.json(req.params));
  sticky.use("/:id", (req, res, next) => { req.url = "/a"; next(); }, (req, res) => res.json({ params: req.params, runs }));
  router.use("/sticky", (req, res, next) => { runs = 0; next(); }, sticky);
}
