// express-rate-limit with its memory store: a limit of 2 per client, the
// 429 answer with a JSON message, headers off (their reset time is the
// clock's), a skip rule and a custom key.
import { rateLimit } from "express-rate-limit";

export function setup(router) {
  router.use(
    "/limited",
    rateLimit({ windowMs: 60_000, limit: 2, standardHeaders: false, legacyHeaders: false, message: { error: "slow down" }, skip: (req) => req.get("x-skip") === "yes" }),
  );
  router.get("/limited", (req, res) => res.json({ ok: true }));
  router.use("/keyed", rateLimit({ windowMs: 60_000, limit: 1, standardHeaders: "draft-6", legacyHeaders: false, keyGenerator: (req) => req.get("x-key") || "anon", validate: false }));
  router.get("/keyed", (req, res) => res.json({ key: req.get("x-key") || "anon" }));
}
