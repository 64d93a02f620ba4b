// Async handlers and setup: Promises, await, timers and microtasks.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let ready = false;

export async function setup(router) {
  await sleep(5);
  ready = true;
  router.get("/ready", (req, res) => res.send(String(ready)));
  router.get("/await", async (req, res) => {
    await sleep(10);
    res.json({ waited: true });
  });
  router.get("/later", (req, res) => {
    setTimeout(() => res.send("sent from a timer"), 5);
  });
  router.get("/order", async (req, res) => {
    const seen = [];
    setTimeout(() => seen.push("timeout"), 0);
    setImmediate(() => seen.push("immediate"));
    queueMicrotask(() => seen.push("microtask"));
    Promise.resolve().then(() => seen.push("promise"));
    seen.push("sync");
    await sleep(20);
    res.json(seen);
  });
  router.get("/interval", (req, res) => {
    let n = 0;
    const id = setInterval(() => {
      if (++n === 3) {
        clearInterval(id);
        res.send(`ticked ${n}`);
      }
    }, 1);
  });
  router.get("/cleared", (req, res) => {
    const t = setTimeout(() => res.send("should not fire"), 1);
    clearTimeout(t);
    const live = setTimeout(() => {}, 1);
    const before = live.hasRef();
    live.unref();
    setTimeout(() => res.send(`cleared ${typeof t.ref} ${before} ${live.hasRef()}`), 5);
  });
  router.get("/reject", async () => {
    await sleep(1);
    throw Object.assign(new Error("async nope"), { status: 409 });
  });
}
