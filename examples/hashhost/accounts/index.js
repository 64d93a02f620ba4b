// accounts: register and log in, with passwords hashed by the host module
// "host:password" (see ../password.go). Served under /api/accounts:
//
//   POST /register  { "username": string, "password": string }: 201, or 400 / 409
//   POST /login     { "username": string, "password": string }: 200, or 400 / 401
//   GET  /          { "users": number }
//
// Bad input answers 400 with { "error": "…" }; a wrong username or password
// answers 401, the same for both, and in about the same time.
//
// Users live in a Map in this module, so in one runtime: the host keeps
// this plugin to one (config.plugmux.maxRuntimes), which serves many
// requests at once because hashing runs on the host's goroutines, not on the
// runtime's. A real plugin keeps its users in a database (examples/dbhost).
import express from "express";
import { hash, verify } from "host:password";

const users = new Map(); // username → bcrypt hash

// badRequest is an error that the error handler below answers with 400.
function badRequest(message) {
  return Object.assign(new Error(message), { status: 400, expose: true });
}

// credentials validates a body's username and password.
function credentials(body) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw badRequest("the body must be a JSON object");
  }
  const { username, password } = body;
  if (typeof username !== "string" || !/^[a-z0-9_.-]{1,64}$/i.test(username)) {
    throw badRequest("username must be 1 to 64 letters, digits, '_', '.' or '-'");
  }
  if (typeof password !== "string" || password.length < 8) {
    throw badRequest("password must be a string of at least 8 characters");
  }
  return { username: username.toLowerCase(), password };
}

// passwordError turns host:password's argument errors (a password longer
// than bcrypt's 72 bytes, a lone surrogate) into 400s.
function passwordError(err) {
  if (err?.code === "ERR_PASSWORD_TOO_LONG" || err?.code === "ERR_INVALID_ARG_VALUE") {
    return badRequest(err.message.replace(/^host:password: /, ""));
  }
  return err;
}

// A login for a name nobody has still verifies a password, against a hash
// made once (and made again if that failed), so that its answer takes as
// long as a wrong password's and does not tell which names exist.
let noUser; // Promise of the hash
function noUserHash() {
  noUser ??= hash("the hash of no user").catch((err) => {
    noUser = undefined;
    throw err;
  });
  return noUser;
}

export function setup(router) {
  router.use(express.json());

  router.get("/", (req, res) => {
    res.json({ users: users.size });
  });

  router.post("/register", async (req, res) => {
    const { username, password } = credentials(req.body);
    if (users.has(username)) return res.status(409).json({ error: "username taken" });
    let stored;
    try {
      stored = await hash(password);
    } catch (err) {
      throw passwordError(err);
    }
    // another registration of the name may have finished while this one hashed
    if (users.has(username)) return res.status(409).json({ error: "username taken" });
    users.set(username, stored);
    res.status(201).json({ username });
  });

  router.post("/login", async (req, res) => {
    const { username, password } = credentials(req.body);
    let ok;
    try {
      const stored = users.get(username) ?? (await noUserHash());
      ok = (await verify(password, stored)) && users.has(username);
    } catch (err) {
      throw passwordError(err);
    }
    if (!ok) return res.status(401).json({ error: "wrong username or password" });
    res.json({ username });
  });

  // Errors: 400s with their message (ours, and express.json's for a body
  // that is not JSON), anything else 500 without details, logged.
  router.use((err, req, res, next) => {
    const status = err.status ?? err.statusCode ?? 500;
    if (status >= 500) console.error(`${req.method} ${req.originalUrl}:`, err);
    res.status(status).json({ error: status < 500 && err.expose ? err.message : "internal error" });
  });
}
