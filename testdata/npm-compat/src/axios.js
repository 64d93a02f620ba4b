// axios through its Node adapter (http/https, follow-redirects,
// proxy-from-env, form-data): node:http's client runs on fetch, so the
// host's fetch policy decides. Not in cases.mjs (it needs an upstream
// server): nodemodules_test.go's TestAxiosBundle serves one, and
// record-axios.mjs records Node's answers to the same requests.
import axios from "axios";
export function setup(router) {
  router.get("/", async (req, res) => {
    try {
      const r = await axios.get(req.query.url);
      res.json({ status: r.status, data: r.data, up: r.headers["x-upstream"] ?? null });
    } catch (e) { res.status(502).json({ message: e.message, code: e.code ?? null }); }
  });
  router.get("/post", async (req, res) => {
    try {
      const r = await axios.post(req.query.url, { a: 3 }, { headers: { "X-Token": "ax" } });
      res.json({ status: r.status, data: r.data });
    } catch (e) { res.status(502).json({ message: e.message, code: e.code ?? null }); }
  });
}
