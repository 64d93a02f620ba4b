// A Hono app mounted into the plugmux router by a small fetch-style adapter
// (the same few lines mount any app that exposes fetch(Request) →
// Response): the Express request becomes a web Request, app.fetch answers
// with a web Response, whose status, headers and body are written back.
// Needs the web globals Request, Response and Headers.
import express from "express";
import { Hono } from "hono";

const app = new Hono();
app.use("*", async (c, next) => {
  await next();
  c.header("X-Served-By", "hono");
});
app.get("/hello/:name", (c) => c.json({ hello: c.req.param("name"), lang: c.req.query("lang") ?? null, accept: c.req.header("accept") ?? null }));
app.post("/echo", async (c) => {
  const body = await c.req.json();
  return c.json({ received: body, type: c.req.header("content-type") }, 201, { "X-Echo": "1" });
});
app.get("/text", (c) => c.text("plain ✓"));
app.get("/html", (c) => c.html("<h1>hi</h1>"));
app.get("/redirect", (c) => c.redirect("/hello/redirected", 302));
app.get("/error", () => {
  throw new Error("boom");
});
app.onError((err, c) => c.json({ error: err.message }, 500));
app.notFound((c) => c.json({ notFound: c.req.path }, 404));

// fetchAdapter turns a fetch-style handler into Express middleware.
export function fetchAdapter(fetchHandler) {
  return async (req, res, next) => {
    try {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (Array.isArray(v)) v.forEach((x) => headers.append(k, x));
        else if (v !== undefined) headers.set(k, v);
      }
      const hasBody = req.method !== "GET" && req.method !== "HEAD" && req.body && req.body.length > 0;
      // a fixed origin: the host's address does not matter to the app
      const request = new Request("http://plugin.local" + req.url, { method: req.method, headers, body: hasBody ? req.body : undefined });
      const response = await fetchHandler(request);
      res.statusCode = response.status;
      response.headers.forEach((v, k) => res.setHeader(k, v));
      const body = new Uint8Array(await response.arrayBuffer());
      res.setHeader("Content-Length", String(body.length));
      res.end(body);
    } catch (e) {
      next(e);
    }
  };
}

export function setup(router) {
  router.use(express.raw({ type: "*/*" }), fetchAdapter((request) => app.fetch(request)));
}
