// Package feedserver is a small, in-memory implementation of the Piral Feed
// Service API: the module feed that plugmux hosts read and watch. The example
// host serves its built-in demo feed with it, and the library's tests use it
// as a real feed over loopback HTTP.
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
//	                                  "Authorization: Basic <api key>"
//	GET  /files/{feed}/{name}/{version}/{path...}
//	                                  the files of a published version, immutable
//
// A published item's link is an absolute URL built from the request's scheme
// and Host, pointing at the version's entry file under /files/. Every file of
// a version is served under the same prefix, so relative imports between the
// files of a package resolve against the link. A scoped name keeps its slash:
// @acme/orders 1.0.0 with entry dist/index.js is linked as
// http://HOST/files/{feed}/@acme/orders/1.0.0/dist/index.js.
//
// The Go API (Publish, PublishTarball, Remove, SetItem, SetRaw, Broadcast)
// changes a feed directly and notifies its websocket watchers; tests use
// SetItem, SetRaw and Broadcast to serve dead links, malformed feeds and
// unusual events.
//
// Everything lives in memory and is lost when the process exits.
package feedserver
