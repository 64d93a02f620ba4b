// Seed plugin "app2" (version 1.0.0), mounted by the host at /api/app2/.
//
// It exercises a relative import and the `export default { setup }` form.
// GET /api/app2/compute?a=5&b=3 answers "16"; a missing or non-numeric
// operand answers 400 "Only numbers allowed.".
import { compute } from "./other.js";

function operand(value) {
  if (value === undefined || value === null || value === "") {
    return NaN;
  }
  return Number(value);
}

function setup(router, ctx) {
  router.get("/compute", (req, res) => {
    const a = operand(req.query.a);
    const b = operand(req.query.b);
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      res.status(400).send("Only numbers allowed.");
      return;
    }
    res.send(String(compute(a, b)));
  });
}

export default { setup };
