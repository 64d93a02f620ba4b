// The smallest useful plugin: it answers with its name, version and config.
export function setup(router, ctx) {
  router.get("/hello", (req, res) => {
    res.send(`hello from ${ctx.name}@${ctx.version} (${ctx.config && ctx.config.greeting})`);
  });
  router.get("/version", (req, res) => res.json({ name: ctx.name, version: ctx.version }));
}

let tornDown = 0;
export function teardown() {
  tornDown++;
}
