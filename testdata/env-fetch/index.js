// A plugin that fetches the URL in its query and answers with the body:
// env_test's fetch fixtures (fetch_test.go).
export function setup(router) {
  router.get("/", async (req, res) => {
    const r = await fetch(req.query.url);
    res.send(await r.text());
  });
}
