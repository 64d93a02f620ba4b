package feedserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Errors returned by the Server's methods, wrapped with details; test for
// them with errors.Is.
var (
	// ErrBadPackage: the package or tarball is malformed, or its name,
	// version or paths are invalid.
	ErrBadPackage = errors.New("bad package")
	// ErrVersionExists: that version of the plugin was published already.
	ErrVersionExists = errors.New("version already published")
	// ErrTooLarge: the tarball, or the files unpacked from it, exceed the
	// size limit.
	ErrTooLarge = errors.New("package too large")
	// ErrNotFound: the feed has no plugin of that name.
	ErrNotFound = errors.New("plugin not found")
)

// Options configures a Server. The zero value is usable: a server that
// accepts publishing through its Go API only.
type Options struct {
	// APIKeys are the keys accepted for publishing over HTTP (POST of a
	// feed). The request carries one as "Authorization: Basic <key>", the
	// raw key as the publish-microfrontend CLI sends it, or as standard
	// Basic credentials, base64("user:key"), with any user. If empty,
	// publishing over HTTP is refused with 401.
	APIKeys []string
	// MaxPackageBytes limits the size of a published tarball, in bytes;
	// a larger upload is answered 413. The files unpacked from a tarball
	// may total at most 8 times this. If zero, 16 MiB.
	MaxPackageBytes int64
	// PingInterval is how often websocket watchers are pinged to keep the
	// connection alive; a watcher that answers no ping for two intervals
	// is disconnected. If zero, 20 seconds.
	PingInterval time.Duration
	// Logger receives the server's log records. If nil, nothing is logged.
	Logger *slog.Logger
}

const (
	defaultMaxPackageBytes = 16 << 20
	defaultPingInterval    = 20 * time.Second
)

// Server is an in-memory Piral feed service; see the package documentation
// for its routes. It is safe for concurrent use.
type Server struct {
	opts  Options
	log   *slog.Logger
	mux   *http.ServeMux
	store storage
	hub   *hub

	// mu serializes changes, so that watchers see events in the order in
	// which the feeds changed, and guards raw.
	mu  sync.RWMutex
	raw map[string][]byte // feeds answered with fixed bytes, see SetRaw
}

// New returns a Server configured by opts.
func New(opts Options) *Server {
	if opts.MaxPackageBytes <= 0 {
		opts.MaxPackageBytes = defaultMaxPackageBytes
	}
	if opts.PingInterval <= 0 {
		opts.PingInterval = defaultPingInterval
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		opts:  opts,
		log:   log,
		mux:   http.NewServeMux(),
		store: newMemStore(),
		hub:   newHub(log, opts.PingInterval),
		raw:   make(map[string][]byte),
	}
	s.mux.HandleFunc("GET "+FeedPath("{feed}"), s.handleFeed)
	s.mux.HandleFunc("POST "+FeedPath("{feed}"), s.handlePublish)
	s.mux.HandleFunc("GET /files/{feed}/{path...}", s.handleFile)
	return s
}

// FeedPath returns the URL path of a feed, "/api/v1/pilet/" + feed: where it
// is read, watched (as a websocket) and published to.
func FeedPath(feed string) string {
	return "/api/v1/pilet/" + feed
}

// ServeHTTP serves the feed, its websocket, publishing and the published
// files.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// Publish stores p in feed and makes it the active version of its name,
// replacing any previous active version, and notifies the feed's watchers:
// add-pilet for a new name, update-pilet for an existing one. It fails,
// wrapping ErrBadPackage, if the name, version, paths or JSON fields of p
// are invalid or its entry file is missing, wrapping ErrVersionExists if
// that version was published already, and without a sentinel if feed is
// not a feed name (one URL path segment of letters, digits, "-._~").
//
// The returned item's Link is the entry file's path on this server
// ("/files/..."); the feed answers it as an absolute URL for the host
// that asks.
func (s *Server) Publish(feed string, p Package) (Item, error) {
	v, err := newRelease(feed, p)
	if err != nil {
		return Item{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	replaced, err := s.store.publish(feed, v)
	if err != nil {
		return Item{}, fmt.Errorf("%s@%s: %w", p.Name, p.Version, err)
	}
	s.log.Info("feedserver: published", "feed", feed, "name", p.Name, "version", p.Version)
	s.notifyChange(feed, v.item.Name, v.item.Version, replaced)
	return v.item, nil
}

// PublishTarball publishes an npm pack tarball (a gzip-compressed tar whose
// entries lie under one directory, usually "package/"), as Publish does.
// The name and version come from its package.json; the entry file is
// package.json's "module", else its "main", else "index.js"; package.json's
// "custom" becomes the item's custom field. Errors wrap ErrBadPackage,
// ErrVersionExists or ErrTooLarge (see Options.MaxPackageBytes), or are
// read errors of r.
func (s *Server) PublishTarball(feed string, r io.Reader) (Item, error) {
	p, err := readPackage(r, s.opts.MaxPackageBytes)
	if err != nil {
		return Item{}, err
	}
	return s.Publish(feed, p)
}

// Remove removes the plugin name from feed, forgetting all its published
// versions (so a version may be published again), and notifies the feed's
// watchers with remove-pilet. It returns ErrNotFound if the feed has no
// such plugin.
func (s *Server) Remove(feed, name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.store.remove(feed, name)
	if err != nil {
		return fmt.Errorf("feed %s: %s: %w", feed, name, err)
	}
	s.log.Info("feedserver: removed", "feed", feed, "name", name, "version", e.Version)
	s.broadcast(feed, "remove-pilet", event{Name: name, Version: e.Version})
	return nil
}

// SetItem makes it, verbatim, the active entry for it.Name in feed: its link
// may point anywhere (a file:// URL, a dead server). Watchers get add-pilet
// or update-pilet as with Publish. Config and Custom must be valid JSON if
// set, or GET of the feed fails with 500. Tests use it to serve items this
// server does not host.
func (s *Server) SetItem(feed string, it Item) {
	it.Config = clone(it.Config)
	it.Custom = clone(it.Custom)
	s.mu.Lock()
	defer s.mu.Unlock()
	replaced := s.store.setItem(feed, it)
	s.notifyChange(feed, it.Name, it.Version, replaced)
}

// SetRaw makes GET of feed answer exactly body (200, application/json)
// from now on, whatever the feed holds; SetRaw(feed, nil) restores the
// normal answer. Either way watchers get an update-pilet event with empty
// data, so that they refetch. Tests use it to serve malformed feeds.
func (s *Server) SetRaw(feed string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if body == nil {
		delete(s.raw, feed)
	} else {
		s.raw[feed] = clone(body)
	}
	s.broadcast(feed, "update-pilet", struct{}{})
}

// Broadcast sends every watcher of feed the event {"type":typ,"data":data},
// with data encoded as JSON. Tests use it for keep-alives and unknown event
// types.
func (s *Server) Broadcast(feed, typ string, data any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.broadcast(feed, typ, data)
}

// Close disconnects every websocket watcher, refuses new ones, and returns
// when every goroutine the server started has ended. The server goes on
// DropConnections cuts every websocket connection at once, as a network
// failure would, so that tests can exercise their clients' reconnects. The
// server keeps serving and accepts new connections.
func (s *Server) DropConnections() { s.hub.drop() }

// answering plain HTTP requests.
func (s *Server) Close() {
	s.hub.close()
}

// event is the data of add-pilet, update-pilet and remove-pilet.
type event struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// notifyChange broadcasts add-pilet or update-pilet for name. The caller
// holds s.mu.
func (s *Server) notifyChange(feed, name, version string, replaced bool) {
	typ := "add-pilet"
	if replaced {
		typ = "update-pilet"
	}
	s.broadcast(feed, typ, event{Name: name, Version: version})
}

// broadcast encodes an event and queues it for the feed's watchers. The
// caller holds s.mu.
func (s *Server) broadcast(feed, typ string, data any) {
	msg, err := json.Marshal(struct {
		Type string `json:"type"`
		Data any    `json:"data"`
	}{typ, data})
	if err != nil {
		s.log.Error("feedserver: cannot encode event", "feed", feed, "type", typ, "err", err)
		return
	}
	s.hub.broadcast(feed, msg)
}
