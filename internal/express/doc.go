// Package express is the Express 5 layer of a plugmux runtime: the router
// that a plugin's setup(router, ctx) fills and those express.Router()
// makes, the dispatch of a request through them (Express's ordered stack of
// middleware and routes, router.param, mounted routers, error handlers),
// the path syntax of path-to-regexp 8, req and res (Express's API and the
// part of Node's http API that npm middleware uses), the body parsers,
// query strings, ETag and freshness, media types, content negotiation, the
// final handler's error pages, and the "express" module plugins import.
//
// It knows goja and the runtime's event loop (internal/jsloop), never the
// host's types. The seam is small:
//
//	rt := express.New(vm, loop, express.Config{Logger: ..., NotFound: ..., Retire: ...})
//	setup(rt.Router(), ctx)              // the plugin fills the router
//	table, err := rt.Seal(sharedTable)   // compiled once per version, bound per runtime
//	go rt.Run(stop)                      // the loop's goroutine
//	out := rt.Serve(w, r, path, base, deadline) // per request, on its goroutine
//
// A Runtime serves many requests at once, interleaved at their await points
// as Node's event loop does. Each request has its own state (an exchange);
// an async context tracker keeps the current request right across awaits,
// timers and Go work, so req and res, next, and the host's bindings always
// act for the right request. Responses go from the loop to the request's
// goroutine through an outbox: the loop never blocks on a slow client, and
// a request past its deadline is answered 504 without racing the loop.
//
// req and res are Node's: req an http.IncomingMessage and a
// stream.Readable of the request body (read off the loop, bounded by
// MaxBodyBytes, not read at all when nothing asks), res an
// http.ServerResponse whose write and end follow Node's backpressure,
// callbacks and events ('finish', 'close', 'drain'). node:http's classes
// come from the runtime's Node environment (Config.HTTPClasses) and join
// the prototype chain only when a request first uses req or res as a
// stream or an emitter (stream.go): most routes never pay for them.
// Likewise each member of req's and res's prototypes (a Go method, or the
// JavaScript of express_prelude.js and express_extras.js) is defined in a
// runtime when a request first uses it (members.go). The
// listeners of one event on one req or res are bounded
// (Config.MaxListeners).
package express
