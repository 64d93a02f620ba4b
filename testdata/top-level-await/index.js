const config = await Promise.resolve({ ok: true });
export function setup(router) {
  router.get("/", (req, res) => res.json(config));
}
