// cookie-parser with a secret: plain and signed cookies parsed from the
// request, a tampered signature refused, JSON cookies ("j:" prefix), and
// signed cookies set with res.cookie(..., { signed: true }).
import cookieParser from "cookie-parser";

export function setup(router) {
  router.use(cookieParser("plugmux-TEST-ONLY-cookie-secret"));
  router.get("/read", (req, res) => res.json({ cookies: req.cookies, signed: req.signedCookies, secret: typeof req.secret }));
  router.get("/set", (req, res) => {
    res.cookie("plain", "v1", { path: "/" });
    res.cookie("sig", "v2", { signed: true, path: "/", httpOnly: true });
    res.cookie("obj", { a: 1 }, { signed: true });
    res.json({ set: true });
  });
  router.get("/unsign", (req, res) => {
    res.json({ value: cookieParser.signedCookie(req.query.v, "plugmux-TEST-ONLY-cookie-secret"), json: cookieParser.JSONCookie(req.query.j) });
  });
}
