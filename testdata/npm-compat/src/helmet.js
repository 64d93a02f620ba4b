// helmet: its default security headers, and a custom Content-Security-Policy
// with frameguard and HSTS options, on a plain route.
import helmet from "helmet";
import { Router } from "express";

export function setup(router) {
  const plain = Router();
  plain.use(helmet());
  plain.get("/page", (req, res) => res.send("<p>safe</p>"));
  router.use("/default", plain);

  const custom = Router();
  custom.use(
    helmet({
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "https://cdn.example"], upgradeInsecureRequests: null } },
      frameguard: { action: "deny" },
      strictTransportSecurity: { maxAge: 86400, includeSubDomains: false },
      referrerPolicy: { policy: ["origin", "unsafe-url"] },
      crossOriginEmbedderPolicy: true,
    }),
  );
  custom.get("/page", (req, res) => res.json({ ok: true }));
  router.use("/custom", custom);
}
