// Conformance: the response object. See conformance/README.md.
export function setup(router) {
  // send, each kind of body
  router.get("/send/string", (req, res) => res.send("<p>hello</p>"));
  router.get("/send/empty-string", (req, res) => res.send(""));
  router.get("/send/object", (req, res) => res.send({ a: 1, b: [true, null] }));
  router.get("/send/array", (req, res) => res.send([1, "two"]));
  router.get("/send/number", (req, res) => res.send(42));
  router.get("/send/boolean", (req, res) => res.send(false));
  router.get("/send/null", (req, res) => res.send(null));
  router.get("/send/undefined", (req, res) => res.send());
  router.get("/send/bytes", (req, res) => res.send(new Uint8Array([0, 1, 2, 255])));
  router.get("/send/bytes-typed", (req, res) => res.type("png").send(new Uint8Array([137, 80, 78, 71])));
  router.get("/send/typed-string", (req, res) => res.type("text/plain; format=flowed").send("plain"));
  router.get("/send/charset", (req, res) => res.set("Content-Type", "text/plain; charset=iso-8859-1").send("x"));
  router.get("/send/own-etag", (req, res) => res.set("ETag", '"mine"').send("x"));
  router.get("/send/unicode", (req, res) => res.send("çà ✓ 😀"));
  router.get("/send/large", (req, res) => res.send("x".repeat(5000)));
  router.get("/send/204", (req, res) => res.status(204).send("dropped"));
  router.get("/send/205", (req, res) => res.status(205).send("dropped"));
  router.get("/send/304", (req, res) => res.status(304).send("dropped"));
  router.get("/json", (req, res) => res.json({ nested: { list: [1, 2] }, s: "<tag>" }));
  router.get("/json/null", (req, res) => res.json(null));
  router.get("/json/string", (req, res) => res.json("a string"));
  router.get("/json/undefined", (req, res) => res.json(undefined));
  router.get("/json/typed", (req, res) => res.type("application/vnd.api+json").json({ ok: true }));
  router.get("/jsonp", (req, res) => res.jsonp({ user: "tobi" }));
  router.get("/status", (req, res) => res.status(201).send("created"));
  router.get("/status/invalid", (req, res) => res.status(99));
  router.get("/status/float", (req, res) => res.status(200.5));
  router.get("/send-status/:code", (req, res) => res.sendStatus(Number(req.params.code)));

  // headers
  router.get("/set", (req, res) => {
    res.set("X-One", "1");
    res.set({ "X-Two": "2", "X-Three": ["a", "b"] });
    res.header("X-Four", 4);
    res.set("Content-Type", "json");
    res.send(JSON.stringify({ one: res.get("x-one"), three: res.get("X-Three"), missing: res.get("x-missing") === undefined }));
  });
  router.get("/append", (req, res) => {
    res.append("Link", "<http://localhost/>");
    res.append("Link", ["<http://localhost:80/>", "<http://localhost:8080/>"]);
    res.append("X-Single", "only");
    res.end();
  });
  router.get("/type/:t", (req, res) => res.type(req.params.t).send("typed"));
  router.get("/content-type", (req, res) => res.contentType("application/xml").send("<x/>"));
  router.get("/vary", (req, res) => {
    res.vary("Accept");
    res.vary("Accept-Encoding, Origin");
    res.vary("accept");
    res.vary(["User-Agent"]);
    res.send("varied");
  });
  router.get("/links", (req, res) => {
    res.links({ next: "http://api.example.com/users?page=2", last: "http://api.example.com/users?page=5" });
    res.links({ pages: ["http://a.example/1", "http://a.example/2"] });
    res.send("linked");
  });
  router.get("/attachment", (req, res) => res.attachment().send("file"));
  router.get("/attachment/:name", (req, res) => res.attachment(`/some/dir/${req.params.name}`).send("file"));
  router.get("/location", (req, res) => res.location("/über?q=a b&ok=%20").send("moved"));

  // redirects
  router.get("/redirect", (req, res) => res.redirect("/elsewhere"));
  router.get("/redirect/301", (req, res) => res.redirect(301, "http://example.com/a b"));
  router.get("/redirect/relative", (req, res) => res.redirect("../login?next=<x>"));
  router.get("/redirect/back", (req, res) => res.redirect("back"));

  // cookies
  router.get("/cookie", (req, res) => {
    res.cookie("plain", "value with space");
    res.cookie("obj", { a: 1 });
    res.cookie("opts", "v", { domain: "example.com", path: "/admin", httpOnly: true, secure: true, sameSite: "strict" });
    res.cookie("lax", "1", { sameSite: "lax", expires: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) });
    res.cookie("none", "1", { sameSite: "none", secure: true, sameSite: true, priority: "high", partitioned: true });
    res.send("cookies");
  });
  router.get("/cookie/max-age", (req, res) => res.cookie("age", "1", { maxAge: 60000 }).send("max-age"));
  router.get("/clear-cookie", (req, res) => res.clearCookie("gone", { path: "/admin", maxAge: 1000 }).send("cleared"));
  router.get("/cookie/invalid", (req, res) => res.cookie("bad name", "x").send("never"));

  // content negotiation
  router.get("/format", (req, res) =>
    res.format({
      "text/plain": () => res.send("text"),
      html: () => res.send("<p>html</p>"),
      json: () => res.send({ kind: "json" }),
    })
  );
  router.get("/format/default", (req, res) =>
    res.format({
      json: () => res.send({ kind: "json" }),
      default: () => res.status(406).send("none of those"),
    })
  );
  router.get("/format/strict", (req, res) => res.format({ json: () => res.send({}) }));

  // locals and the Node response API
  router.get("/locals", (req, res, next) => {
    res.locals.user = "tobi";
    next();
  }, (req, res) => res.json(res.locals));
  router.get("/node", (req, res) => {
    res.statusCode = 202;
    res.setHeader("X-Node", ["a", "b"]);
    res.setHeader("Content-Type", "text/plain");
    // X-Powered-By is the Express application's; plugmux has no application
    const names = res.getHeaderNames().filter((n) => n !== "x-powered-by").sort();
    // plugmux keeps headers in a Go http.Header: getHeaders() has them in no
    // particular order, where Node keeps the order they were set in
    const all = res.getHeaders();
    const headers = {};
    for (const k of Object.keys(all).sort()) if (k !== "x-powered-by") headers[k] = all[k];
    const before = { sent: res.headersSent, has: res.hasHeader("x-node"), get: res.getHeader("content-type"), names, headers };
    res.removeHeader("X-Node");
    res.end(JSON.stringify(before));
  });
  router.get("/write-head", (req, res) => {
    res.writeHead(201, { "Content-Type": "text/plain", "X-Head": "1" });
    res.write("part 1, ");
    res.end("part 2, sent: " + res.headersSent);
  });
  router.get("/write", (req, res) => {
    res.set("Content-Type", "text/plain");
    res.write("a");
    res.write(new Uint8Array([98]));
    res.end("c");
  });
  router.get("/end-empty", (req, res) => res.end());
  router.get("/headers-sent", (req, res) => {
    res.send("first");
    try {
      res.set("X-After", "1");
    } catch (e) {
      // Node's ERR_HTTP_HEADERS_SENT
    }
  });
  router.get("/etag", (req, res) => res.send("cache me"));
  router.head("/etag-head", (req, res) => res.send("cache me"));
  router.get("/last-modified", (req, res) => res.set("Last-Modified", "Tue, 01 Jan 2030 00:00:00 GMT").send("dated"));
}
