import { add } from "./lib/math.js";
import { double } from "./lib/../lib/double.js";
import data from "./data.json";

export function setup(router) {
  router.get("/sum", (req, res) => res.send(String(add(Number(req.query.a), Number(req.query.b)))));
  router.get("/double/:n", (req, res) => res.send(String(double(Number(req.params.n)))));
  router.get("/data", (req, res) => res.json(data));
}
