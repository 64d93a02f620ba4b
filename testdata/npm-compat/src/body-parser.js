// body-parser bundled as a package (not the host's express.json): JSON,
// urlencoded, text and raw parsers reading the request stream, size limits
// and bad JSON.
import bodyParser from "body-parser";

export function setup(router) {
  router.post("/json", bodyParser.json({ limit: "1kb" }), (req, res) => res.json({ body: req.body }));
  router.post("/form", bodyParser.urlencoded({ extended: false }), (req, res) => res.json({ body: req.body }));
  router.post("/text", bodyParser.text(), (req, res) => res.json({ body: req.body }));
  router.post("/raw", bodyParser.raw({ type: "application/octet-stream" }), (req, res) => res.json({ length: req.body.length, first: req.body[0] }));
  router.use((err, req, res, next) => res.status(err.status || 500).json({ type: err.type, message: err.message }));
}
