// Package feedserver implements the Piral Feed Service API: the module feed
// that plugmux hosts read and watch, the publish endpoint that the npm CLI
// publish-microfrontend sends packages to, and a version API to roll back.
// The example host serves its built-in demo feed with it, the library's
// tests use it as a real feed over loopback HTTP, and examples/feedserver
// runs it as a service.
//
// A Server is an http.Handler with these routes:
//
//	GET  /api/v1/pilet/{feed}         the feed: {"items":[...]}, one item per plugin
//	                                  (its active version), sorted by name; an
//	                                  unknown feed is {"items":[]}
//	GET  /api/v1/pilet/{feed}         with "Upgrade: websocket": the feed's change
//	                                  events, as JSON text messages
//	                                  {"type":"add-pilet","data":{"name":..,"version":..}}
//	                                  (also update-pilet and remove-pilet)
//	POST /api/v1/pilet/{feed}         publish: multipart/form-data with a part named
//	                                  "file" holding an npm package tarball, and
//	                                  "Authorization: Basic <api key>"; 200, or 400
//	                                  bad package, 401 key, 409 version exists,
//	                                  413 too large
//	GET  /files/{feed}/{name}/{version}/{path...}
//	                                  the files of a published version, immutable
//
// and the version API, which takes the same API keys as publishing:
//
//	GET    /api/v1/pilet/{feed}/{name}/versions  {"name","active","versions":[{"version",
//	                                             "link","integrity","published","active"}]}
//	PUT    /api/v1/pilet/{feed}/{name}/active    body {"version":"1.0.0"}: make a published
//	                                             version the active one (rollback); POST too
//	DELETE /api/v1/pilet/{feed}/{name}           remove the plugin and all its versions
//
// Every change of a feed (publish, activation, removal) is broadcast to its
// websocket watchers. Several feeds live side by side in one Server.
//
// A published item's link is an absolute URL built from the request's scheme
// and Host, pointing at the version's entry file under /files/. Every file of
// a version is served under the same prefix, so relative imports between the
// files of a package resolve against the link. A scoped name keeps its slash:
// @acme/orders 1.0.0 with entry dist/index.js is linked as
// http://HOST/files/{feed}/@acme/orders/1.0.0/dist/index.js.
//
// The Go API (Publish, PublishTarball, Replace, Activate, Versions, Remove,
// SetItem, SetRaw, Broadcast) changes a feed directly and notifies its
// websocket watchers; tests use SetItem, SetRaw and Broadcast to serve dead
// links, malformed feeds and unusual events.
//
// # Storage
//
// New returns a server that keeps everything in memory: it is lost when the
// process exits. Open with Options.DataDir keeps the feeds in a directory
// instead, durably:
//
//   - a version's files are written as one blob (a temporary file, fsynced,
//     renamed into place, its directory fsynced), then the feed's state file
//     the same way; the rename of the state file commits the publish, and
//     only then does the feed list the version and the publisher get 200;
//   - a crash at any point leaves either the feed before the publish or the
//     feed after it, never a half-published version: at start, unfinished
//     temporary files and blobs that no committed state refers to are
//     removed;
//   - publishes write their files concurrently and commit one at a time, so
//     concurrent publishes of different versions are all kept;
//   - a restart serves exactly what was committed.
//
// SetRaw and Broadcast are not saved: they are for tests.
//
// The local emulator, which serves plugins built from source folders, is
// the subpackage emulator.
package feedserver
