// todos: a small CRUD API over the host's SQLite database, through the
// host module "host:db" (see ../db.go). Served under /api/todos:
//
//   GET    /       the list, oldest first
//   POST   /       create from { "title": string, "done"?: boolean }: 201 with Location
//   GET    /:id    one todo, or 404
//   PATCH  /:id    change its title and/or done: 200, or 400 / 404
//   DELETE /:id    204, or 404
//
// Bad input answers 400 with { "error": "…" }. Every statement binds its
// values to ? placeholders: never build SQL from what a client sent.
import express from "express";
import { query, exec } from "host:db";

// A row stores done as 0 or 1; the API speaks booleans.
const todo = (row) => ({ ...row, done: row.done === 1 });

// badRequest is an error that the error handler below answers with 400.
function badRequest(message) {
  return Object.assign(new Error(message), { status: 400, expose: true });
}

// id reads the :id parameter: a positive integer.
function id(req) {
  if (!/^[1-9][0-9]{0,14}$/.test(req.params.id)) throw badRequest("id must be a positive integer");
  return Number(req.params.id);
}

// fields validates a body's title and done; partial allows either to be
// missing (PATCH), but not both.
function fields(body, partial) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw badRequest("the body must be a JSON object");
  }
  const { title, done } = body;
  if (title !== undefined || !partial) {
    if (typeof title !== "string" || title.trim() === "") throw badRequest("title must be a non-empty string");
    if (title.length > 200) throw badRequest("title must be at most 200 characters");
  }
  if (done !== undefined && typeof done !== "boolean") throw badRequest("done must be true or false");
  if (partial && title === undefined && done === undefined) throw badRequest("nothing to change: send title or done");
  return { title: title?.trim(), done };
}

export function setup(router) {
  router.use(express.json());

  router.get("/", async (req, res) => {
    const rows = await query("SELECT id, title, done, created_at AS createdAt FROM todos ORDER BY id");
    res.json(rows.map(todo));
  });

  router.post("/", async (req, res) => {
    const { title, done = false } = fields(req.body, false);
    const [row] = await query(
      "INSERT INTO todos (title, done) VALUES (?, ?) RETURNING id, title, done, created_at AS createdAt",
      title, done ? 1 : 0);
    res.status(201).location(`${req.baseUrl}/${row.id}`).json(todo(row));
  });

  router.get("/:id", async (req, res) => {
    const [row] = await query("SELECT id, title, done, created_at AS createdAt FROM todos WHERE id = ?", id(req));
    if (!row) return res.status(404).json({ error: "no such todo" });
    res.json(todo(row));
  });

  router.patch("/:id", async (req, res) => {
    const key = id(req);
    const { title, done } = fields(req.body, true);
    // COALESCE keeps a column whose new value is NULL (not sent).
    const [row] = await query(
      "UPDATE todos SET title = COALESCE(?, title), done = COALESCE(?, done) WHERE id = ? " +
        "RETURNING id, title, done, created_at AS createdAt",
      title ?? null, done === undefined ? null : done ? 1 : 0, key);
    if (!row) return res.status(404).json({ error: "no such todo" });
    res.json(todo(row));
  });

  router.delete("/:id", async (req, res) => {
    const { changes } = await exec("DELETE FROM todos WHERE id = ?", id(req));
    if (changes === 0) return res.status(404).json({ error: "no such todo" });
    res.status(204).end();
  });

  // Errors: 400s with their message (ours, and express.json's for a body
  // that is not JSON), anything else 500 without details, logged.
  router.use((err, req, res, next) => {
    const status = err.status ?? err.statusCode ?? 500;
    if (status >= 500) console.error(`${req.method} ${req.originalUrl}:`, err);
    res.status(status).json({ error: status < 500 && err.expose ? err.message : "internal error" });
  });
}
