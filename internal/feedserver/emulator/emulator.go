// Package emulator serves plugins under development as a module feed: the
// local emulator of examples/feedserver (go run ./examples/feedserver -dir
// ./my-plugins).
//
// Every subfolder of a directory is a plugin: a package.json (for its name,
// version and custom field; without one the folder's name and 0.0.0) and
// its sources, TypeScript allowed, with npm dependencies from its
// node_modules. Folders named node_modules, or starting with "." or "_",
// are not plugins. The emulator bundles each plugin with esbuild into one
// ES module (platform node, format esm, express and node:* external,
// inline source map), starting from package.json's "source", else
// src/index.{ts,tsx,mts,js,jsx,mjs}, else index.{…}, else "module", else
// "main".
//
// It serves the bundles as a feed with a feedserver.Server, at
// /api/v1/pilet/{feed}, and polls the folder every PollInterval for
// changed files (sizes and modification times; no file system
// notifications, so it works the same everywhere). A change is built once
// the files have stayed the same for one more poll, so that a save caught
// half written is not built: an edit goes live two to three poll intervals
// after the save, plus the build. A rebuilt plugin is republished, and the
// feed's websocket announces update-pilet (add-pilet for a new folder,
// remove-pilet for a removed one), so a plugmux host serves the edit a
// moment later. A build that fails is logged with esbuild's messages and
// the last good build goes on being served.
//
// Versions: a plugin keeps the version of its package.json, and each build
// is served under a path of its own,
// /files/{feed}/{name}/{version}/{build id}/index.js, where the build id
// is taken from the bundle's SHA-256. A rebuild thus changes the item's
// link and integrity but not its version, which is what makes a host
// reinstall it. The previous builds of the same version stay downloadable
// for a while, for a host that read the feed just before a rebuild.
package emulator

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// DefaultFeed is the feed name the emulator serves if Options.Feed is empty.
const DefaultFeed = "local"

const (
	defaultPollInterval = 100 * time.Millisecond
	// keepBuilds is how many builds of a plugin version stay downloadable:
	// the one the feed lists and those before it.
	keepBuilds = 3
)

// Options configures an Emulator.
type Options struct {
	// Dir is the directory whose subfolders are the plugins. Required.
	Dir string
	// Feed is the name of the feed the plugins are served in, at
	// /api/v1/pilet/{Feed}. If empty, DefaultFeed ("local").
	Feed string
	// PollInterval is how often the emulator looks for changed files (it
	// compares sizes and modification times); a change is built when two
	// polls in a row see it. If zero, 100 ms.
	PollInterval time.Duration
	// PingInterval is how often websocket watchers are pinged. If zero,
	// the feedserver's default.
	PingInterval time.Duration
	// Logger receives what the emulator builds, serves and rejects. If nil,
	// nothing is logged.
	Logger *slog.Logger
}

// Emulator serves the plugins of a directory as a feed and rebuilds them as
// they change. It is an http.Handler with the routes of a
// feedserver.Server. Create it with New, stop it with Close.
type Emulator struct {
	opts Options
	log  *slog.Logger
	srv  *feedserver.Server

	// plugins is owned by the watching goroutine (by New before it
	// starts): keyed by folder name.
	plugins map[string]*plugin

	stop      chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

// plugin is one folder and what the emulator serves of it.
type plugin struct {
	folder string // its name in Options.Dir
	dir    string // its absolute path
	fp     uint64 // the fingerprint of the last build attempt
	// pending is the fingerprint of a change seen at the last poll, built
	// if the next poll sees it again; 0 if none.
	pending uint64
	inputs  []string
	// name and version are what the feed lists for the folder; name is
	// empty until a build was published.
	name, version string
	builds        []*build // the newest first, at most keepBuilds
	failing       bool
}

// New builds every plugin in opts.Dir once, so the feed lists all that
// build when New returns, then watches the directory until Close.
func New(opts Options) (*Emulator, error) {
	if opts.Dir == "" {
		return nil, errors.New("emulator: no plugin directory")
	}
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, fmt.Errorf("emulator: %w", err)
	}
	if fi, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("emulator: %w", err)
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("emulator: %s is not a directory", dir)
	}
	opts.Dir = dir
	opts.Feed = cmp.Or(opts.Feed, DefaultFeed)
	if opts.PollInterval <= 0 {
		opts.PollInterval = defaultPollInterval
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv, err := feedserver.Open(feedserver.Options{PingInterval: opts.PingInterval, Logger: slog.New(warnOnly{log.Handler()})})
	if err != nil {
		return nil, fmt.Errorf("emulator: %w", err)
	}
	e := &Emulator{
		opts:    opts,
		log:     log,
		srv:     srv,
		plugins: make(map[string]*plugin),
		stop:    make(chan struct{}),
		done:    make(chan struct{}),
	}
	e.scan(false)
	go e.watch()
	return e, nil
}

// FeedPath returns the URL path of the emulator's feed.
func (e *Emulator) FeedPath() string { return feedserver.FeedPath(e.opts.Feed) }

// ServeHTTP serves the feed, its websocket and the built files.
func (e *Emulator) ServeHTTP(w http.ResponseWriter, r *http.Request) { e.srv.ServeHTTP(w, r) }

// Close stops watching, disconnects the feed's watchers, and returns when
// every goroutine the emulator started has ended. It is safe to call more
// than once.
func (e *Emulator) Close() {
	e.closeOnce.Do(func() {
		close(e.stop)
		<-e.done
		e.srv.Close()
	})
}

// watch polls the directory until Close.
func (e *Emulator) watch() {
	defer close(e.done)
	ticker := time.NewTicker(e.opts.PollInterval)
	defer ticker.Stop()
	for {
		select {
		case <-e.stop:
			return
		case <-ticker.C:
			e.scan(true)
		}
	}
}

// scan looks at every plugin folder once: it builds the new and changed
// ones and retires those that are gone. If settle is set, a change is
// built only when the previous scan saw it too.
func (e *Emulator) scan(settle bool) {
	ents, err := os.ReadDir(e.opts.Dir)
	if err != nil {
		e.log.Error("emulator: cannot read the plugin directory; serving what was built", "dir", e.opts.Dir, "err", err)
		return
	}
	seen := make(map[string]bool)
	for _, ent := range ents {
		folder := ent.Name()
		if !isPluginFolder(e.opts.Dir, folder) {
			continue
		}
		seen[folder] = true
		p := e.plugins[folder]
		if p == nil {
			p = &plugin{folder: folder, dir: filepath.Join(e.opts.Dir, folder)}
			e.plugins[folder] = p
		}
		fp := fingerprint(p.dir, p.inputs)
		switch {
		case fp == p.fp:
			p.pending = 0
			continue
		case settle && fp != p.pending:
			p.pending = fp // changed: build it if it stays so until the next scan
			continue
		}
		p.fp, p.pending = fp, 0
		e.rebuild(p)
	}
	retired := false
	for _, folder := range slices.Sorted(maps.Keys(e.plugins)) {
		if !seen[folder] {
			e.retire(e.plugins[folder])
			delete(e.plugins, folder)
			retired = true
		}
	}
	if retired {
		// A folder that failed because another had its name may build now.
		for _, p := range e.plugins {
			if p.failing {
				p.fp = 0
			}
		}
	}
}

// isPluginFolder reports whether the entry folder of dir is a plugin: a
// directory (or a link to one) not named node_modules and not starting
// with "." or "_".
func isPluginFolder(dir, folder string) bool {
	if folder == "node_modules" || strings.HasPrefix(folder, ".") || strings.HasPrefix(folder, "_") {
		return false
	}
	fi, err := os.Stat(filepath.Join(dir, folder))
	return err == nil && fi.IsDir()
}

// rebuild builds p and publishes the build, or logs why it cannot.
func (e *Emulator) rebuild(p *plugin) {
	start := time.Now()
	b, err := bundle(p.dir)
	if err != nil {
		p.failing = true
		if cur := p.current(); cur != nil {
			e.log.Error("emulator: build failed; still serving the last good build",
				"plugin", p.name, "dir", p.dir, "serving", p.version+"/"+cur.id, "err", err)
		} else {
			e.log.Error("emulator: build failed; the plugin is not in the feed until it builds",
				"folder", p.folder, "dir", p.dir, "err", err)
		}
		return
	}
	p.inputs = b.inputs
	if other := e.owner(b.name, p); other != nil {
		p.failing = true
		e.log.Error("emulator: two folders have the same package name; serving the first",
			"plugin", b.name, "serving", other.dir, "ignoring", p.dir)
		return
	}
	// A build that fixes a failing one is announced once it is served (below),
	// or here when its bundle is the one already served.
	fixed := p.failing
	p.failing = false
	if cur := p.current(); cur != nil && b.name == p.name && b.version == p.version && b.id == cur.id && string(b.custom) == string(cur.custom) {
		if fixed {
			e.log.Info("emulator: build fixed", "plugin", b.name, "dir", p.dir)
		}
		return // the same bundle: nothing to announce
	}
	if p.name != "" && b.name != p.name {
		e.retire(p) // renamed in package.json
	}
	if b.name != p.name || b.version != p.version {
		p.builds = nil
	}

	builds := append([]*build{b}, p.builds...)
	builds = builds[:min(len(builds), keepBuilds)]
	files := make(map[string][]byte, len(builds))
	for _, old := range builds {
		files[old.id+"/index.js"] = old.code
	}
	it, err := e.srv.Replace(e.opts.Feed, feedserver.Package{
		Name:    b.name,
		Version: b.version,
		Main:    b.id + "/index.js",
		Files:   files,
		Custom:  b.custom,
	})
	if err != nil {
		p.failing = true
		e.log.Error("emulator: cannot serve the build", "folder", p.folder, "dir", p.dir, "err", err)
		return
	}
	p.name, p.version, p.builds = b.name, b.version, builds
	if fixed {
		e.log.Info("emulator: build fixed", "plugin", b.name, "dir", p.dir)
	}
	e.log.Info("emulator: built", "plugin", b.name, "version", b.version, "link", it.Link,
		"ms", time.Since(start).Milliseconds())
}

// current returns the build the feed lists for p, or nil.
func (p *plugin) current() *build {
	if len(p.builds) == 0 {
		return nil
	}
	return p.builds[0]
}

// owner returns the plugin other than p that serves name, or nil.
func (e *Emulator) owner(name string, p *plugin) *plugin {
	for _, o := range e.plugins {
		if o != p && o.name == name {
			return o
		}
	}
	return nil
}

// retire removes what p serves from the feed.
func (e *Emulator) retire(p *plugin) {
	if p.name == "" {
		return
	}
	if err := e.srv.Remove(e.opts.Feed, p.name); err != nil {
		e.log.Error("emulator: cannot remove a plugin from the feed", "plugin", p.name, "err", err)
	} else {
		e.log.Info("emulator: removed", "plugin", p.name, "dir", p.dir)
	}
	p.name, p.version, p.builds = "", "", nil
}
