import leftPad from "left-pad";
export function setup(router) {
  router.get("/", (req, res) => res.send(leftPad("x", 3)));
}
