// Handlers that never finish on their own.
export function setup(router) {
  router.get("/spin", () => {
    for (;;) {}
  });
  router.get("/never", () => new Promise(() => {}));
  router.get("/waits-forever", (req, res) => {
    setInterval(() => {}, 5); // keeps the loop alive, never answers
  });
  router.get("/stream-then-spin", (req, res) => {
    res.write("partial");
    for (;;) {}
  });
  router.get("/ok", (req, res) => res.send("ok"));
  router.get("/deep", (req, res) => {
    const f = (n) => f(n + 1) + 1;
    f(0);
  });
}
