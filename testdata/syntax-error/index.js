export function setup(router) {
  router.get("/x", (req, res) => { res.send("x") ;
}
