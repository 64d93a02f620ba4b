// A plugin that hashes passwords with bcryptjs, bcrypt in pure JavaScript,
// as a plugin author who did not know about host:password would: the
// comparison point for ../password.go (BenchmarkHash in ../main_test.go).
//
//   GET /hash?password=…             200, the hash (bcryptjs's async hash)
//   GET /verify?password=…&hash=…    200, "true" or "false"
//
// The cost is the feed item's config.cost (10, bcryptjs's default, if
// absent). The module also exports bcryptjs's sync functions, so that Node
// can check hashes with the very bundle plugmux runs (../main_test.go's
// TestHostHashesVerifyInBcryptjs).
import bcrypt from "bcryptjs";

export const { hashSync, compareSync, truncates } = bcrypt;

export function setup(router, ctx) {
  const cost = ctx?.config?.cost ?? 10;
  router.get("/hash", async (req, res) => {
    res.type("text/plain").send(await bcrypt.hash(String(req.query.password ?? ""), cost));
  });
  router.get("/verify", async (req, res) => {
    const ok = await bcrypt.compare(String(req.query.password ?? ""), String(req.query.hash ?? ""));
    res.type("text/plain").send(String(ok));
  });
}
