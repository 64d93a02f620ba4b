// Conformance: the body parsers of the "express" module, with Express's
// defaults and errors. See conformance/README.md.
import express, { json, urlencoded, text, raw } from "express";

const echo = (req, res) => res.json({ body: req.body === undefined ? "undefined" : req.body });

export function setup(router) {
  // JSON
  router.post("/h/json", json(), echo);
  router.post("/h/json-loose", json({ strict: false }), echo);
  router.post("/h/json-small", json({ limit: "1kb" }), echo);
  router.post("/h/json-typed", json({ type: ["application/*+json", "text/x-json"] }), echo);
  router.post("/h/json-fn", json({ type: (req) => req.get("x-parse") === "yes" }), echo);
  router.post("/h/json-reviver", json({ reviver: (k, v) => (typeof v === "number" ? v * 2 : v) }), echo);
  router.post("/h/json-no-inflate", json({ inflate: false }), echo);
  router.post("/h/json-verify", json({ verify: (req, res, buf) => { if (buf.length > 10) throw new Error("too long to verify"); } }), echo);
  router.post("/h/json-twice", json(), json(), echo);
  router.post("/u/json", json(), echo);

  // forms
  router.post("/h/form", urlencoded(), echo);
  router.post("/h/form-extended", urlencoded({ extended: true }), echo);
  router.post("/h/form-limited", urlencoded({ parameterLimit: 2 }), echo);
  router.post("/h/form-shallow", urlencoded({ extended: true, depth: 1 }), echo);

  // text and raw
  router.post("/h/text", text(), echo);
  router.post("/h/text-any", text({ type: "*/*", defaultCharset: "iso-8859-1" }), echo);
  router.post("/h/raw", raw(), (req, res) =>
    res.json(req.body === undefined ? "undefined" : { length: req.body.length, view: ArrayBuffer.isView(req.body), text: req.body.toString(), hex: req.body.toString("hex"), first: req.body[0] })
  );
  router.post("/h/raw-limited", raw({ limit: 4, type: "application/*" }), (req, res) => res.json({ length: req.body.length }));

  router.use("/h", (err, req, res, next) => {
    res.status(err.status || 500).json({
      status: err.status,
      statusCode: err.statusCode,
      expose: err.expose,
      type: err.type,
      // JSON.parse's wording differs between engines; the others are body-parser's
      message: err.type === "entity.parse.failed" ? "(parse error)" : err.message,
      limit: err.limit,
      charset: err.charset,
    });
  });
}
