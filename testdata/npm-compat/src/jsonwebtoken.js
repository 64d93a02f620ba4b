// jsonwebtoken: HS256 sign (fixed iat) and verify of tokens signed by Node
// (good, tampered, expired, wrong audience, alg none), decode.
import jwt from "jsonwebtoken";

const secret = "plugmux-npm-compat-TEST-ONLY-secret-0123456789";

export function setup(router) {
  router.get("/sign", (req, res) => {
    const token = jwt.sign({ sub: req.query.sub || "alice", role: "admin", iat: 1700000000 }, secret, { algorithm: "HS256", expiresIn: "1h", issuer: "plugmux", audience: "npm-compat" });
    res.json({ token, decoded: jwt.decode(token, { complete: true }) });
  });
  router.get("/verify", (req, res) => {
    const token = (req.get("authorization") || "").replace(/^Bearer /, "");
    try {
      const claims = jwt.verify(token, secret, { algorithms: ["HS256"], issuer: "plugmux", audience: "npm-compat" });
      res.json({ ok: true, claims });
    } catch (e) {
      res.status(401).json({ ok: false, name: e.name, message: e.message });
    }
  });
}
