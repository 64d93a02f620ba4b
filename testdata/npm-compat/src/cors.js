// cors (a Node http middleware: res.setHeader, res.getHeader, res.end,
// res.statusCode, req.headers, req.method): the default open policy, a
// restricted policy with an origin list, credentials, methods, headers and
// max-age, a dynamic origin callback, and a route-level preflight.
import cors from "cors";
import { Router } from "express";

export function setup(router) {
  const open = Router();
  open.use(cors());
  open.get("/data", (req, res) => res.json({ open: true }));
  router.use("/open", open);

  const restricted = Router();
  restricted.use(
    cors({
      origin: ["https://a.example", /\.trusted\.example$/],
      credentials: true,
      methods: ["GET", "PUT"],
      allowedHeaders: ["X-Custom", "Content-Type"],
      exposedHeaders: ["X-Total"],
      maxAge: 600,
    }),
  );
  restricted.get("/data", (req, res) => res.set("X-Total", "3").json({ restricted: true }));
  restricted.put("/data", (req, res) => res.json({ updated: true }));
  router.use("/restricted", restricted);

  const dynamic = Router();
  dynamic.use(
    cors((req, cb) => {
      const allowed = req.header("Origin") === "https://dynamic.example";
      cb(null, { origin: allowed, optionsSuccessStatus: 200, preflightContinue: false });
    }),
  );
  dynamic.get("/data", (req, res) => res.json({ dynamic: true }));
  router.use("/dynamic", dynamic);

  // a preflight answered by one route only, then the route itself
  router.options("/single", cors({ origin: "https://single.example" }));
  router.delete("/single", cors({ origin: "https://single.example" }), (req, res) => res.status(204).end());
}
