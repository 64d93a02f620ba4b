// A plugin that hashes passwords with bcryptjs, bcrypt in pure JavaScript,
// as a plugin author who did not know about host:password would: the
// comparison point for ../password.go (BenchmarkHash in ../bench_test.go).
//
//   GET /hash?password=…    200, the hash (bcryptjs's async hash)
//
// The cost is the feed item's config.cost (10, bcryptjs's default, if
// absent). The module also exports some of bcryptjs's functions, so that
// Node can check hashes with the very bundle plugmux runs
// (../interop_test.go, record.mjs) and time it (bench.mjs).
import bcrypt from "bcryptjs";

export const { hash, hashSync, compareSync, truncates } = bcrypt;

export function setup(router, ctx) {
  const cost = ctx?.config?.cost ?? 10;
  router.get("/hash", async (req, res) => {
    res.type("text/plain").send(await bcrypt.hash(String(req.query.password ?? ""), cost));
  });
}
