// express-validator: a JSON body checked with a chain per field (email,
// length, integer range, optional, custom), sanitizers (trim, normalize,
// toInt), query checks, checkSchema, and matchedData.
import express from "express";
import { body, query, validationResult, matchedData, checkSchema } from "express-validator";

export function setup(router) {
  router.post(
    "/users",
    express.json(),
    body("email").trim().isEmail().withMessage("must be an email").normalizeEmail(),
    body("name").isString().isLength({ min: 2, max: 20 }),
    body("age").optional().isInt({ min: 0, max: 150 }).toInt(),
    body("password").custom((v) => {
      if (typeof v !== "string" || !/\d/.test(v)) throw new Error("password needs a digit");
      return true;
    }),
    (req, res) => {
      const result = validationResult(req);
      if (!result.isEmpty()) return res.status(400).json({ errors: result.array() });
      res.status(201).json({ data: matchedData(req) });
    },
  );
  router.get("/search", query("q").notEmpty().escape(), query("page").default(1).isInt({ min: 1 }).toInt(), (req, res) => {
    const result = validationResult(req);
    res.status(result.isEmpty() ? 200 : 422).json({ errors: result.mapped(), data: matchedData(req) });
  });
  router.post(
    "/schema",
    express.json(),
    checkSchema({ id: { isUUID: true, errorMessage: "bad id" }, tags: { isArray: { options: { min: 1 } } }, "tags.*": { isSlug: true } }),
    (req, res) => res.json({ errors: validationResult(req).formatWith((e) => e.msg).array() }),
  );
}
