export function start(router) {
  router.get("/", (req, res) => res.send("wrong name"));
}
