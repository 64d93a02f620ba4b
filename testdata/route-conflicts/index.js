// Routes that httprouter cannot hold side by side: Express's
// first-registered-wins order must decide.
export function setup(router) {
  router.get("/users/new", (req, res) => res.send("new form"));
  router.get("/users/:id", (req, res) => res.send(`user ${req.params.id}`));
  router.get("/users/:id", (req, res) => res.send("never: shadowed"));
  router.get("/items/:id", (req, res, next) => (req.params.id === "skip" ? next() : res.send(`item ${req.params.id}`)));
  router.get("/items/:name", (req, res) => res.send(`fallback ${req.params.name}`));
  router.get("/files/*path", (req, res) => res.json(req.params.path));
  router.get("/files/readme", (req, res) => res.send("never: the wildcard comes first"));
  router.get("/docs{/:section}", (req, res) => res.send(`docs ${req.params.section ?? "index"}`));
  router.get("/:a-:b", (req, res) => res.send(`range ${req.params.a}..${req.params.b}`));
}
