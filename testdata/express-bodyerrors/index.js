// Body parsers' errors and options as Express 5's body-parser reports them:
// the error's name, status, type and body, verify, charsets, encodings.
import express from "express";

function report(err, req, res, next) {
  res.status(err.status || 500).json({
    name: err.name,
    status: err.status,
    statusCode: err.statusCode,
    expose: err.expose,
    type: err.type,
    message: err.message,
    body: err.body,
    charset: err.charset,
    encoding: err.encoding,
    limit: err.limit,
    length: err.length,
    expected: err.expected,
    received: err.received,
    isError: err instanceof Error,
  });
}

const verifyThrows = (req, res, buf) => {
  if (buf.length && buf[0] === 0x21) throw new Error("starts with !");
};
const verifyStatus = (req, res, buf) => {
  if (buf.includes(0x3f)) {
    const e = new Error("has ?");
    e.status = 422;
    throw e;
  }
};

export function setup(router) {
  const show = (req, res) => res.json({ body: req.body, type: typeof req.body });
  router.post("/json", express.json({ limit: 20 }), show, report);
  router.post("/json-strict", express.json(), show, report);
  router.post("/json-loose", express.json({ strict: false }), show, report);
  router.post("/json-verify", express.json({ verify: verifyThrows }), show, report);
  router.post("/json-verify-status", express.json({ verify: verifyStatus }), show, report);
  router.post("/text", express.text({ limit: 10 }), show, report);
  router.post("/text-verify", express.text({ verify: verifyThrows, defaultCharset: "utf-8" }), show, report);
  router.post("/text-any", express.text({ type: "*/*" }), show, report);
  router.post("/urlencoded", express.urlencoded({ parameterLimit: 3 }), show, report);
  router.post("/urlencoded-sentinel", express.urlencoded({ charsetSentinel: true }), show, report);
  router.post("/urlencoded-entities", express.urlencoded({ extended: true, defaultCharset: "iso-8859-1", interpretNumericEntities: true }), show, report);
  router.post("/urlencoded-entities-sentinel", express.urlencoded({ charsetSentinel: true, interpretNumericEntities: true }), show, report);
  router.post("/urlencoded-extended", express.urlencoded({ extended: true, depth: 2 }), show, report);
  router.post("/raw", express.raw({ limit: 5 }), (req, res) => res.json({ len: req.body.length }), report);
  router.post("/no-inflate", express.json({ inflate: false }), show, report);
}
