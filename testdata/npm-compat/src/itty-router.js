// itty-router (a fetch-style router): params, query, JSON bodies, its json()
// and error() helpers and a catch-all 404, mounted with the fetch adapter.
import express from "express";
import { Router, json, error, text } from "itty-router";
import { fetchAdapter } from "./lib/fetch-adapter.js";

const app = Router({ catch: (e) => error(500, e.message), finally: [json] });
app.get("/items/:id", ({ params, query }) => ({ id: params.id, sort: query.sort ?? null }));
app.post("/items", async (request) => {
  const body = await request.json();
  return json({ created: body }, { status: 201 });
});
app.get("/text", () => text("itty ✓"));
app.get("/fail", () => {
  throw new Error("broken");
});
app.all("*", () => error(404, "not here"));

export function setup(router) {
  router.use(express.raw({ type: "*/*" }), fetchAdapter((request) => app.fetch(request)));
}
