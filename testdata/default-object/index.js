export default {
  setup(router, ctx) {
    router.get("/", (req, res) => res.send(`default object ${ctx.name}`));
  },
};
