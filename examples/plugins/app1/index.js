// Seed plugin "app1" (version 2.0.0), mounted by the host at /api/app1/.
//
// GET /api/app1/foo answers "Hello from app1 v2: /foo": the plugin name and
// the major version come from ctx, the path is relative to the mount point.

function major(version) {
  return String(version ?? "").split(".")[0];
}

export function setup(router, ctx) {
  router.get("/foo", (req, res) => {
    res.send(`Hello from ${ctx.name} v${major(ctx.version)}: ${req.path}`);
  });
}
