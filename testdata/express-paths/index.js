// Conformance: Express 5 path syntax (path-to-regexp 8). See
// conformance/README.md.
const show = (req, res) => res.json({ route: req.route.path, params: req.params, path: req.path });

export function setup(router) {
  router.get("/users/new", (req, res) => res.send("new-user form"));
  router.get("/users/:id", show);
  router.get("/users/:id/books/:bookId", show);
  router.get("/docs{/:section}", show);
  router.get("/opt{/:a}{/:b}", show);
  router.get("/files/*path", show);
  router.get("/assets/*path.css", show);
  router.get("/range/:from-:to", show);
  router.get("/file/:name.:ext", show);
  router.get("/escaped\\:colon", show);
  router.get("/star\\*", show);
  router.get('/quoted/:"with space"', show);
  router.get("/Mixed/Case", show);
  router.get("/params/:a-and-:b", show);
  router.get(["/either", "/or"], show);
  router.get(/^\/regex\/(\d+)$/, (req, res) => res.json({ params: req.params }));
  router.get("/later/:id", show);
  router.get("/later/special", (req, res) => res.send("never: /later/:id comes first"));
  router.get("/unicode/:word", show);
  router.get("/a{/b}/c", show);
}
