export function setup(router) {
  router.gett("/typo", (req, res) => res.send("never"));
}
