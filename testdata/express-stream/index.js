// Streaming and events: Server-Sent Events, res 'finish', req 'close' when
// the client goes away, body limits below the parsers' own. Not part of the
// recorded conformance suite (no requests.json): these depend on timing and
// on the host's options; express_test.go checks them.
import express, { json, Router } from "express";

// a router made at module level, before setup, mounted during setup
const api = Router();
api.get("/hello", (req, res) => res.send(`hello from ${req.baseUrl}`));

export function setup(router) {
  router.use("/api", api);
  router.get("/sse", (req, res) => {
    res.set({ "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    res.flushHeaders();
    res.write("data: first\n\n");
    // the second event comes from a timer: streaming goes on across turns
    // of the event loop, and each write reaches the client at once
    const t = setTimeout(() => res.write("data: second\n\n"), 10);
    req.on("close", () => {
      clearTimeout(t);
      console.log("sse client went away");
      res.end();
    });
  });
  router.get("/finish", (req, res) => {
    res.on("finish", () => console.log(`finish event, status ${res.statusCode}, sent ${res.headersSent}`));
    res.status(201).send("finishing");
  });
  router.post("/big-json", json({ limit: "10mb" }), (req, res) => res.json({ size: JSON.stringify(req.body).length }));
  router.post("/stream-count", (req, res) => {
    let n = 0;
    req.on("data", (c) => (n += c.length));
    req.on("end", () => res.json({ n }));
  });
  router.get("/throw", () => {
    throw new Error("boom in debug");
  });
  router.get("/late-route", (req, res) => {
    router.get("/added-late", (q, s) => s.send("never"));
  });
  router.get("/call-router", (req, res, next) => api(req, res, next));
  router.get("/call-router", (req, res) => res.send(`back in the parent at ${req.baseUrl}`));
  router.get("/express-app", () => express());
}
