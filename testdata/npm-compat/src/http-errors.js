// http-errors (depd, statuses, setprototypeof, inherits): errors made by
// status, by name, with properties and from an existing Error, and their
// fields as an error handler reads them.
import createError from "http-errors";

export function setup(router) {
  router.get("/status/:code", (req, res, next) => next(createError(Number(req.params.code))));
  router.get("/named", (req, res, next) => next(new createError.NotFound("no such thing")));
  router.get("/props", (req, res, next) => next(createError(422, "bad input", { expose: true, field: "email" })));
  router.get("/wrap", (req, res, next) => next(createError(503, new TypeError("upstream"))));
  router.get("/check", (req, res) => {
    const e = createError(418);
    res.json({ isHttpError: createError.isHttpError(e), instance: e instanceof createError.HttpError, name: e.name, expose: e.expose, statusCode: e.statusCode, message: e.message, stack: typeof e.stack });
  });
  router.use((err, req, res, next) => {
    res.status(err.status || 500).json({ name: err.name, message: err.expose ? err.message : "hidden", status: err.status, field: err.field ?? null, expose: err.expose });
  });
}
