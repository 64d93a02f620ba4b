import { isEven } from "./even.js";

export function setup(router) {
  router.get("/even/:n", (req, res) => res.json({ n: Number(req.params.n), even: isEven(Number(req.params.n)) }));
}
