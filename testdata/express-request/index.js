// Conformance: the request object. See conformance/README.md.
import { json } from "express";

// a minimal cookie parser, as a plugin would bundle one
function cookies(req, res, next) {
  req.cookies = {};
  for (const part of (req.headers.cookie || "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k) req.cookies[k] = decodeURIComponent(v.join("="));
  }
  next();
}

export function setup(router) {
  router.get("/props/:id", (req, res) =>
    res.json({
      params: req.params,
      query: req.query,
      path: req.path,
      url: req.url,
      originalUrl: req.originalUrl,
      baseUrl: req.baseUrl,
      method: req.method,
      hostname: req.hostname,
      ip: req.ip,
      ips: req.ips,
      protocol: req.protocol,
      secure: req.secure,
      xhr: req.xhr,
      subdomains: req.subdomains,
      route: req.route.path,
      cookies: req.cookies === undefined ? "none" : req.cookies,
      body: req.body === undefined ? "none" : req.body,
    })
  );
  router.get("/headers", (req, res) =>
    res.json({
      ua: req.headers["user-agent"],
      custom: req.headers["x-custom"],
      get: req.get("X-CUSTOM"),
      header: req.header("x-custom"),
      referrer: req.get("referrer"),
      referer: req.get("Referer"),
      missing: req.get("x-missing") === undefined,
    })
  );
  router.get("/host", (req, res) => res.json({ hostname: req.hostname, subdomains: req.subdomains }));
  router.post("/is", (req, res) =>
    res.json({
      json: req.is("json"),
      appJson: req.is("application/json"),
      wildcard: req.is("application/*"),
      plusJson: req.is("+json"),
      many: req.is(["html", "json"]),
      text: req.is("text/*"),
      none: req.is(),
    })
  );
  router.get("/is-no-body", (req, res) => res.json({ is: req.is("json") }));
  router.get("/accepts", (req, res) =>
    res.json({
      types: req.accepts(),
      html: req.accepts("html"),
      best: req.accepts(["json", "html", "text/plain"]),
      list: req.accepts("image/png", "text/html"),
      encodings: req.acceptsEncodings(),
      gzip: req.acceptsEncodings("br", "gzip"),
      charsets: req.acceptsCharsets(),
      utf8: req.acceptsCharsets("utf-8", "iso-8859-1"),
      languages: req.acceptsLanguages(),
      en: req.acceptsLanguages("fr", "en"),
    })
  );
  router.get("/fresh", (req, res) => {
    res.set("ETag", '"v1"');
    res.json({ fresh: req.fresh, stale: req.stale });
  });
  router.get("/cookies", cookies, (req, res) => res.json(req.cookies));
  router.post("/body", json(), (req, res) => res.json({ body: req.body }));
  router.post("/stream", (req, res) => {
    let size = 0;
    let text = "";
    let chunks = 0;
    req.on("data", (chunk) => {
      chunks++;
      size += chunk.length;
      text += chunk.toString();
    });
    req.on("end", () => res.json({ size, text, gotChunks: chunks > 0 }));
  });
  router.post("/stream-encoding", (req, res) => {
    req.setEncoding("utf8");
    let text = "";
    req.on("data", (s) => (text += typeof s + ":" + s));
    req.on("end", () => res.send(text));
  });
  router.post("/iterate", async (req, res) => {
    // the async iteration protocol (for await … of req), spelled out: goja
    // has no for-await syntax, and esbuild leaves it for ES2020 targets
    let size = 0;
    const it = req[Symbol.asyncIterator]();
    for (let r = await it.next(); !r.done; r = await it.next()) size += r.value.length;
    res.json({ size });
  });
  router.put("/method-and-url", (req, res) => res.json({ method: req.method, url: req.url }));
}
