// morgan (debug, depd, on-finished, on-headers, basic-auth): request lines
// in a fixed format written to a stream the plugin reads back.
import morgan from "morgan";

const lines = [];
const stream = { write: (line) => lines.push(line) };
morgan.token("who", (req) => req.get("x-user") || "-");

export function setup(router) {
  router.use(morgan(":method :url :status :res[content-length] :who :http-version", { stream, skip: (req) => req.path === "/log" }));
  router.get("/hello", (req, res) => res.send("hello"));
  router.get("/missing", (req, res) => res.status(404).send("nope"));
  router.get("/log", (req, res) => res.json(lines));
}
