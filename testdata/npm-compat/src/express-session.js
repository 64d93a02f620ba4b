// express-session with its MemoryStore, fixed session ids (genid) so the
// signed cookie is the same on every run: a counter kept across requests,
// regenerate and destroy.
import session from "express-session";

let n = 0;
export function setup(router) {
  router.use(session({ secret: "plugmux-TEST-ONLY-session-secret", resave: false, saveUninitialized: false, genid: () => "sid-" + ++n, cookie: { path: "/", httpOnly: true, sameSite: "lax" } }));
  router.get("/count", (req, res) => {
    req.session.views = (req.session.views || 0) + 1;
    res.json({ views: req.session.views, id: req.sessionID });
  });
  router.get("/peek", (req, res) => res.json({ views: req.session.views ?? null, isNew: !req.session.views }));
  router.get("/logout", (req, res) => req.session.destroy(() => res.json({ destroyed: true })));
}
