package feedserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
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
	// ErrNotFound: the feed has no plugin of that name, or the plugin has
	// no published version of that number.
	ErrNotFound = errors.New("not found")
)

// Options configures a Server. The zero value is usable: an in-memory
// server that accepts publishing through its Go API only.
type Options struct {
	// DataDir is the directory where the feeds are kept, durably: every
	// published version, every activation and removal survives a restart
	// and a crash (see the package documentation). It is created if it
	// does not exist; one process at a time may use it. If empty,
	// everything lives in memory and is lost when the process exits. Only
	// Open accepts a DataDir.
	DataDir string
	// APIKeys are the keys accepted for publishing over HTTP (POST of a
	// feed) and for the version API. A request carries one as
	// "Authorization: Basic <key>", the raw key as the publish-microfrontend
	// CLI sends it, or as standard Basic credentials, base64("user:key"),
	// with any user. If empty, publishing and the version API are refused
	// over HTTP with 401.
	APIKeys []string
	// PublicURL, if set, is what the absolute links in feeds and API
	// answers start with, e.g. "https://feeds.example.com" (a trailing
	// slash is dropped). Set it when the server runs behind a reverse
	// proxy. If empty, links start with the scheme and Host of the request
	// that asks.
	PublicURL string
	// MaxPackageBytes limits the size of a published tarball, in bytes;
	// a larger upload is answered 413. If zero, 16 MiB.
	MaxPackageBytes int64
	// MaxUnpackedBytes limits what a tarball unpacks to, in bytes: its
	// files plus 512 bytes for each entry (the tar header it costs to
	// read); past it the upload is answered 413 (a guard against gzip
	// bombs). If zero, 8 times MaxPackageBytes.
	MaxUnpackedBytes int64
	// MaxPackageFiles limits the entries (files and directories) of a
	// tarball; past it the upload is answered 413 as soon as the entry
	// past the limit is read, without reading the rest. If zero, 10000.
	MaxPackageFiles int
	// MaxWatchers limits the websocket watchers connected at once, over
	// all feeds (each costs two goroutines and a send queue); past it a
	// new watcher is answered 503. If zero, 1000.
	MaxWatchers int
	// PingInterval is how often websocket watchers are pinged to keep the
	// connection alive; a watcher that answers no ping for two intervals
	// is disconnected. If zero, 20 seconds.
	PingInterval time.Duration
	// Logger receives the server's log records. If nil, nothing is logged.
	Logger *slog.Logger
}

const (
	defaultMaxPackageFiles = 10000
	defaultMaxWatchers     = 1000
	defaultMaxPackageBytes = 16 << 20
	defaultPingInterval    = 20 * time.Second
)

// Server is a Piral feed service, in memory or backed by a data directory;
// see the package documentation for its routes. It is safe for concurrent
// use.
type Server struct {
	opts  Options
	log   *slog.Logger
	mux   *http.ServeMux
	store *store
	hub   *hub

	// mu serializes changes, so that watchers see events in the order in
	// which the feeds changed, and guards raw.
	mu  sync.RWMutex
	raw map[string][]byte // feeds answered with fixed bytes, see SetRaw
}

// New returns an in-memory Server configured by opts. It is Open for
// callers that set no DataDir, and panics if opts.DataDir is set: opening a
// data directory can fail, so use Open for it.
func New(opts Options) *Server {
	if opts.DataDir != "" {
		panic("feedserver: New does not open a DataDir; use Open")
	}
	s, err := Open(opts)
	if err != nil {
		panic(err) // unreachable: only a DataDir can fail
	}
	return s
}

// Open returns a Server configured by opts. With a DataDir it opens the
// directory (creating it if needed), removes what a crash left unfinished
// and loads every feed; it fails if the directory cannot be used or holds
// damaged state. Without one it returns an in-memory server, as New does.
func Open(opts Options) (*Server, error) {
	if opts.MaxPackageBytes <= 0 {
		opts.MaxPackageBytes = defaultMaxPackageBytes
	}
	if opts.MaxUnpackedBytes <= 0 {
		opts.MaxUnpackedBytes = unpackFactor * opts.MaxPackageBytes
	}
	if opts.MaxPackageFiles <= 0 {
		opts.MaxPackageFiles = defaultMaxPackageFiles
	}
	if opts.MaxWatchers <= 0 {
		opts.MaxWatchers = defaultMaxWatchers
	}
	if opts.PingInterval <= 0 {
		opts.PingInterval = defaultPingInterval
	}
	opts.PublicURL = strings.TrimSuffix(opts.PublicURL, "/")
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	st := newStore(newMemBlobs(), nil)
	if opts.DataDir != "" {
		var err error
		if st, err = openDisk(opts.DataDir, log); err != nil {
			return nil, fmt.Errorf("feedserver: %w", err)
		}
		log.Info("feedserver: data directory opened", "dir", opts.DataDir, "feeds", len(st.feeds))
	}
	s := &Server{
		opts:  opts,
		log:   log,
		mux:   http.NewServeMux(),
		store: st,
		hub:   newHub(log, opts.PingInterval, opts.MaxWatchers),
		raw:   make(map[string][]byte),
	}
	s.routes()
	return s, nil
}

// FeedPath returns the URL path of a feed, "/api/v1/pilet/" + feed: where it
// is read, watched (as a websocket) and published to.
func FeedPath(feed string) string {
	return "/api/v1/pilet/" + feed
}

// ServeHTTP serves the feeds, their websockets, publishing, the version API
// and the published files.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// Publish stores p in feed and makes it the active version of its name,
// replacing any previous active version, and notifies the feed's watchers:
// add-pilet for a new name, update-pilet for an existing one. It fails,
// wrapping ErrBadPackage, if the name, version, paths or JSON fields of p
// are invalid or its entry file is missing, wrapping ErrVersionExists if
// that version was published already, and without a sentinel if feed is
// not a feed name (one URL path segment of letters, digits, "-._~") or the
// data directory cannot be written.
//
// With a DataDir, Publish returns once the version is durably written, and
// the feed lists it from that moment on, not before. Publishes of different
// versions run concurrently, and all of them are kept.
//
// The returned item's Link is the entry file's path on this server
// ("/files/..."); the feed answers it as an absolute URL for the host
// that asks.
func (s *Server) Publish(feed string, p Package) (Item, error) {
	return s.publish(feed, p, false)
}

// Replace publishes p as Publish does, except that a version published
// already is replaced, files and all, instead of refused; watchers get
// update-pilet. The local emulator publishes every rebuild of a plugin this
// way. A host that already runs that version reinstalls it only if its
// link or integrity changes, so a replacement should put its entry file
// under a new path.
func (s *Server) Replace(feed string, p Package) (Item, error) {
	return s.publish(feed, p, true)
}

func (s *Server) publish(feed string, p Package, overwrite bool) (Item, error) {
	v, err := newRelease(feed, p)
	if err != nil {
		return Item{}, err
	}
	id := v.item.Name + "@" + v.item.Version
	// Refuse an existing version before writing anything; the store checks
	// again when it commits, in case of a concurrent publish.
	if !overwrite && s.store.has(feed, v.item.Name, v.item.Version) {
		return Item{}, fmt.Errorf("%s: %w", id, ErrVersionExists)
	}
	// The files are written outside s.mu, so that publishes write
	// concurrently; only the commit is serialized.
	blob, err := s.store.blobs.put(feed, v.files)
	if err != nil {
		return Item{}, fmt.Errorf("%s: %w", id, &storageError{err})
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	res, err := s.store.publish(feed, v.item, blob, overwrite)
	if errors.Is(err, ErrVersionExists) {
		s.removeBlobs(feed, blob)
		return Item{}, fmt.Errorf("%s: %w", id, err)
	}
	if err != nil {
		// The state may have reached the disk even so (a failed fsync
		// after the rename): keep the blob. If the state does not refer to
		// it, the next start removes it.
		return Item{}, fmt.Errorf("%s: %w", id, &storageError{err})
	}
	if res.oldBlob != "" {
		s.removeBlobs(feed, res.oldBlob)
	}
	s.log.Info("feedserver: published", "feed", feed, "name", v.item.Name, "version", v.item.Version)
	s.notifyChange(feed, v.item.Name, v.item.Version, res.replaced)
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
	p, err := readPackage(r, packageLimits{
		maxBytes:         s.opts.MaxPackageBytes,
		maxUnpackedBytes: s.opts.MaxUnpackedBytes,
		maxFiles:         s.opts.MaxPackageFiles,
	})
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
	e, blobs, err := s.store.remove(feed, name)
	if err != nil {
		if !errors.Is(err, ErrNotFound) {
			err = &storageError{err}
		}
		return fmt.Errorf("feed %s: %s: %w", feed, name, err)
	}
	s.removeBlobs(feed, blobs...)
	s.log.Info("feedserver: removed", "feed", feed, "name", name, "version", e.Version)
	s.broadcast(feed, "remove-pilet", event{Name: name, Version: e.Version})
	return nil
}

// SetItem makes it, verbatim, the active entry for it.Name in feed: its link
// may point anywhere (a file:// URL, a dead server). Watchers get add-pilet
// or update-pilet as with Publish. Config and Custom must be valid JSON if
// set, or GET of the feed fails with 500. Tests use it to serve items this
// server does not host. With a DataDir the item is saved too; if saving
// fails, the error is logged and nothing changes.
func (s *Server) SetItem(feed string, it Item) {
	it.Config = clone(it.Config)
	it.Custom = clone(it.Custom)
	s.mu.Lock()
	defer s.mu.Unlock()
	replaced, err := s.store.setItem(feed, it)
	if err != nil {
		s.log.Error("feedserver: SetItem failed", "feed", feed, "name", it.Name, "err", err)
		return
	}
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

// DropConnections cuts every websocket connection at once, as a network
// failure would, so that tests can exercise their clients' reconnects. The
// server keeps serving and accepts new connections.
func (s *Server) DropConnections() { s.hub.drop() }

// Close disconnects every websocket watcher, refuses new ones, and returns
// when every goroutine the server started has ended. The server goes on
// answering plain HTTP requests, and what it holds stays consistent: with
// a DataDir there is nothing else to close.
func (s *Server) Close() {
	s.hub.close()
}

// removeBlobs deletes blobs that no feed state refers to any more. A
// failure only leaves an orphan, which the next start removes. The caller
// holds s.mu.
func (s *Server) removeBlobs(feed string, ids ...string) {
	for _, id := range ids {
		if err := s.store.blobs.remove(feed, id); err != nil {
			s.log.Warn("feedserver: cannot delete a blob; it is removed at the next start", "feed", feed, "blob", id, "err", err)
		}
	}
}

// storageError is a failure to read or write the data directory: the
// server's fault, not the request's (HTTP 500).
type storageError struct{ err error }

func (e *storageError) Error() string { return e.err.Error() }
func (e *storageError) Unwrap() error { return e.err }

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
