export default function (router, ctx) {
  router.get("/", (req, res) => res.send(`default function ${ctx.name}`));
}
