package plugmux

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/plugmux/plugmux/internal/pool"
)

// This file holds the registry: the namespace table behind one atomic
// pointer, the request path into it, and the application of a feed snapshot
// as a difference against what is installed.

// table maps namespaces to the versions serving them. It is never modified:
// a sync builds a new one and swaps it in whole, so a request sees the old
// or the new version of a plugin, never none.
type table struct {
	plugins map[string]*version
	closed  bool
}

// ServeHTTP serves a request for a plugin: the first path segment (two for
// a scoped name) selects it, and its router sees the rest of the path.
func (h *Host) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ns, rest := splitNamespace(r.URL.EscapedPath())
	ow := h.metrics.begin(w, ns) // codes, durations, in flight (metrics.go)
	defer ow.end()
	if w = ow; !h.loaded.Load() {
		h.notLoaded(w) // 503 until the first sync or cache load (status.go)
		return
	}
	for {
		t := h.table.Load()
		if t.closed {
			http.Error(w, "plugin host is shut down", http.StatusServiceUnavailable)
			return
		}
		v := t.plugins[ns]
		if v == nil {
			h.notFound.ServeHTTP(w, r)
			return
		}
		if !v.acquire() {
			continue // retired after we loaded the table: the new table has its successor
		}
		defer v.release()
		v.serve(w, r, rest, rootBase(r, ns, rest))
		return
	}
}

// splitNamespace splits "/app1/foo" into "app1" and "/foo", and
// "/@acme/orders/x" into "@acme/orders" and "/x".
func splitNamespace(p string) (ns, rest string) {
	p = strings.TrimPrefix(p, "/")
	n := strings.IndexByte(p, '/')
	if n < 0 {
		n = len(p)
	}
	if strings.HasPrefix(p, "@") || strings.HasPrefix(p, "%40") {
		if m := strings.IndexByte(p[min(n+1, len(p)):], '/'); m >= 0 {
			n += 1 + m
		} else {
			n = len(p)
		}
	}
	ns, rest = p[:n], p[n:]
	if strings.IndexByte(ns, '%') >= 0 {
		if u, err := url.PathUnescape(ns); err == nil {
			ns = u
		}
	}
	if rest == "" {
		rest = "/"
	}
	return ns, rest
}

// rootBase is the plugin's mount point as the client sees it (Express's
// req.baseUrl at the top of the plugin's router): the request URI's path
// without the plugin-relative rest, e.g. "/api/app1".
func rootBase(r *http.Request, ns, rest string) string {
	p := r.RequestURI
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	if rest == "/" && !strings.HasSuffix(p, "/") {
		return p
	}
	if strings.HasSuffix(p, rest) {
		return p[:len(p)-len(rest)]
	}
	return "/" + ns
}

// serve borrows a runtime and serves the request on it. When every runtime
// is busy the request waits in line, within Options.MaxQueue and
// Options.QueueTimeout; past either it gets 503 with Retry-After.
func (v *version) serve(w http.ResponseWriter, r *http.Request, rest, base string) {
	in, ok := v.pool.TryGet()
	if !ok {
		ctx, cancel := context.WithTimeout(r.Context(), v.host.opts.QueueTimeout)
		var err error
		in, err = v.pool.Get(ctx)
		cancel()
		if err != nil {
			if r.Context().Err() != nil {
				return // the client is gone
			}
			if errors.Is(err, pool.ErrQueueFull) || errors.Is(err, context.DeadlineExceeded) {
				v.host.refused(v, err)
			} else {
				v.log.Error("no runtime for request", "err", err)
			}
			w.Header().Set("Retry-After", "1")
			http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
			return
		}
	}
	reusable, abort := in.serve(w, r, rest, base)
	if reusable {
		v.pool.Put(in)
	} else {
		v.pool.Discard(in)
	}
	if abort {
		panic(http.ErrAbortHandler) // headers are out; cutting the connection is the only honest error
	}
}

// reap drops the runtimes idle past Options.IdleTimeout, every
// IdleTimeout/4, until ctx ends.
func (h *Host) reap(ctx context.Context) {
	t := time.NewTicker(max(h.opts.IdleTimeout/4, time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			for _, v := range h.table.Load().plugins {
				if n := v.pool.Reap(now); n > 0 {
					v.log.Debug("idle runtimes dropped", "count", n)
				}
			}
		}
	}
}

// ChangeKind says what a sync did to one plugin.
type ChangeKind string

// The kinds of Change.
const (
	Installed ChangeKind = "installed" // a new plugin now serves
	Updated   ChangeKind = "updated"   // a new version replaced the previous one
	Removed   ChangeKind = "removed"   // the plugin left the feed and no longer serves
	Failed    ChangeKind = "failed"    // a version could not be installed; the previous one, if any, keeps serving
)

// Change is one thing a sync did to one plugin.
type Change struct {
	Kind     ChangeKind
	Name     string
	Version  string // the version installed, removed, or that failed
	Previous string // Updated, and Failed over an installed version: the version that served before
	Err      error  // Failed: a *PluginError
}

// SyncReport is what one sync did: the changes it applied, or the error that
// stopped it before it changed anything (a feed that could not be fetched or
// parsed).
type SyncReport struct {
	Changes []Change
	Err     error
	// FromCache: the changes come from the last-known-good copy in
	// Options.CacheDir, loaded because the feed could not be fetched.
	FromCache bool
}

// PluginInfo describes an installed plugin.
type PluginInfo struct {
	Item     Item  // the feed item it was built from
	Runtimes int   // runtimes alive now
	Idle     int   // of them, idle
	Cold     int64 // runtimes created (cold starts), at install or for a request
	Warm     int64 // requests that found a runtime ready (warm hits)
	Reaped   int64 // runtimes dropped after IdleTimeout
	Refused  int64 // requests refused with 503 because the wait queue was full
}

// Plugins lists the installed plugins, sorted by name.
func (h *Host) Plugins() []PluginInfo {
	t := h.table.Load()
	out := make([]PluginInfo, 0, len(t.plugins))
	for _, v := range t.plugins {
		s := v.pool.Stats()
		out = append(out, PluginInfo{Item: v.item, Runtimes: s.Live, Idle: s.Idle, Cold: s.Cold, Warm: s.Warm, Reaped: s.Reaped, Refused: s.Refused})
	}
	slices.SortFunc(out, func(a, b PluginInfo) int { return strings.Compare(a.Item.Name, b.Item.Name) })
	return out
}

// Sync fetches the feed once and applies it: it installs new plugins,
// updates changed ones, removes those that left the feed. Run calls it on
// every feed event; a host that does not want the websocket may call it
// itself. The error is about the feed as a whole (nothing was changed);
// what happened to each plugin is in the report given to Options.OnSync and
// in the log.
func (h *Host) Sync(ctx context.Context) error {
	_, err := h.sync(ctx)
	return err
}

// sync is Sync; retry reports plugins whose install failed for a reason
// that may pass (a download, a time limit), which Run retries with backoff.
func (h *Host) sync(ctx context.Context) (retry bool, err error) {
	h.syncMu.Lock()
	defer h.syncMu.Unlock()
	if h.table.Load().closed {
		return false, ErrClosed
	}
	items, bad, err := h.fetchFeed(ctx)
	if err != nil {
		h.logs.Add("feed-sync", slog.LevelError, "feed sync failed; nothing changed", "feed", h.feedURL.Redacted(), "err", err)
		h.track.mu.Lock()
		h.track.lastErr, h.track.lastErrAt = err.Error(), time.Now()
		h.track.mu.Unlock()
		h.metrics.syncs.WithLabelValues("error").Inc()
		h.report(SyncReport{Err: err})
		return false, err
	}
	changes := h.apply(ctx, items, bad)
	h.track.mu.Lock()
	h.track.lastSync, h.track.loadedFrom = time.Now(), "feed"
	h.track.mu.Unlock()
	h.metrics.syncs.WithLabelValues("ok").Inc()
	h.markLoaded()
	if h.cache != nil && (len(changes) > 0 || !h.cacheSaved) {
		h.saveCache()
	}
	h.report(SyncReport{Changes: changes})
	for _, c := range changes {
		var pe *PluginError
		if c.Kind == Failed && errors.As(c.Err, &pe) && retryable(pe) {
			retry = true
		}
	}
	return retry, nil
}

// retryable reports whether building again may succeed where pe failed:
// downloads and time limits may; a compile error, a failing setup or a bad
// feed item will not, until the feed changes the item.
func retryable(pe *PluginError) bool {
	return pe.Phase == PhaseFetch || errors.Is(pe, ErrTimeout)
}

// markLoaded records that the first sync or cache load applied: Ready
// closes, and plugin requests no longer get 503.
func (h *Host) markLoaded() {
	h.loaded.Store(true)
	h.readyOnce.Do(func() { close(h.ready) })
}

func (h *Host) report(r SyncReport) {
	h.metrics.changed(r.Changes)
	if h.opts.OnSync != nil {
		h.opts.OnSync(r)
	}
}

// apply makes the installed plugins match the feed's items. Items already
// rejected at parse time come in bad. It runs under syncMu.
func (h *Host) apply(ctx context.Context, items []Item, bad []error) []Change {
	var changes []Change
	for _, err := range bad {
		h.log.Error("feed item rejected", "err", err)
		var pe *PluginError
		errors.As(err, &pe)
		changes = append(changes, Change{Kind: Failed, Name: pe.Name, Version: pe.Version, Err: err})
	}
	cur := h.table.Load()
	now := time.Now()
	listed := map[string]string{} // name → the version the feed lists
	for _, err := range bad {
		var pe *PluginError
		if errors.As(err, &pe) {
			listed[pe.Name] = pe.Version
		}
	}
	for _, it := range items {
		if _, dup := listed[it.Name]; !dup {
			listed[it.Name] = it.Version
		}
	}
	h.track.mu.Lock()
	for name, p := range h.track.plugins {
		if _, ok := listed[name]; !ok {
			p.desired = ""
		}
	}
	for name, ver := range listed {
		h.track.get(name).desired = ver
	}
	h.track.mu.Unlock()
	want := make(map[string]Item, len(items))
	var todo []Item
	for _, it := range items {
		if _, dup := want[it.Name]; dup {
			err := pluginErr(it, PhaseFeed, fmt.Errorf("%w: the feed lists %q more than once; the first entry is used", ErrInvalidItem, it.Name))
			h.log.Error("feed item rejected", "err", err)
			changes = append(changes, Change{Kind: Failed, Name: it.Name, Version: it.Version, Err: err})
			continue
		}
		want[it.Name] = it
		if v := cur.plugins[it.Name]; v != nil && v.item.sameBuild(it) {
			continue
		}
		if f, ok := h.failed[it.Name]; ok && f.sameBuild(it) {
			continue // failed before for a reason a retry will not fix
		}
		todo = append(todo, it)
	}

	built := h.buildAll(ctx, todo)
	next := &table{plugins: make(map[string]*version, len(want))}
	var retired []*version
	for name, v := range cur.plugins {
		if _, ok := want[name]; ok {
			next.plugins[name] = v
		} else {
			retired = append(retired, v)
			changes = append(changes, Change{Kind: Removed, Name: name, Version: v.item.Version})
		}
	}
	for name := range h.failed {
		if _, ok := want[name]; !ok {
			delete(h.failed, name)
		}
	}
	for i, it := range todo {
		b := built[i]
		old := cur.plugins[it.Name]
		prev := ""
		if old != nil {
			prev = old.item.Version
		}
		if b.err != nil {
			// Remember a failure that a retry would repeat, so that every
			// feed event does not rebuild it; downloads and timeouts may
			// succeed next time.
			var pe *PluginError
			if errors.As(b.err, &pe) && pe.Phase != PhaseFetch && !errors.Is(b.err, ErrTimeout) {
				h.failed[it.Name] = it
			}
			if old != nil {
				h.logs.Add("failed "+it.String(), slog.LevelError, "plugin update failed; the previous version keeps serving", "plugin", it.Name, "version", it.Version, "serving", prev, "err", b.err)
			} else {
				h.logs.Add("failed "+it.String(), slog.LevelError, "plugin install failed", "plugin", it.Name, "version", it.Version, "err", b.err)
			}
			changes = append(changes, Change{Kind: Failed, Name: it.Name, Version: it.Version, Previous: prev, Err: b.err})
			continue
		}
		delete(h.failed, it.Name)
		next.plugins[it.Name] = b.v
		if old != nil {
			retired = append(retired, old)
			changes = append(changes, Change{Kind: Updated, Name: it.Name, Version: it.Version, Previous: prev})
		} else {
			changes = append(changes, Change{Kind: Installed, Name: it.Name, Version: it.Version})
		}
	}
	h.track.mu.Lock()
	for _, c := range changes {
		p := h.track.get(c.Name)
		switch c.Kind {
		case Failed:
			p.fail, p.failVersion = StateFailed, c.Version
			var pe *PluginError
			if errors.As(c.Err, &pe) && pe.Phase != PhaseFeed && retryable(pe) {
				p.fail = StateRetrying
			}
			p.lastErr, p.lastErrAt = c.Err.Error(), now
		case Installed, Updated:
			p.fail, p.since = "", now
		}
	}
	for name := range h.track.plugins {
		h.track.drop(name, next.plugins[name] != nil)
	}
	h.track.mu.Unlock()
	h.table.Store(next)
	// Only now that requests see them are the changes logged, so that a
	// reader of the log never acts on a version not yet serving.
	for _, c := range changes {
		switch c.Kind {
		case Installed:
			h.log.Info("plugin installed", "plugin", c.Name, "version", c.Version, "link", next.plugins[c.Name].item.Link)
		case Updated:
			h.log.Info("plugin updated", "plugin", c.Name, "version", c.Version, "previous", c.Previous, "link", next.plugins[c.Name].item.Link)
		case Removed:
			h.log.Info("plugin removed", "plugin", c.Name, "version", c.Version)
		}
	}
	for _, v := range retired {
		h.retire(v)
	}
	return changes
}

type buildResult struct {
	v   *version
	err error
}

// buildAll builds the items, BuildConcurrency at a time.
func (h *Host) buildAll(ctx context.Context, items []Item) []buildResult {
	out := make([]buildResult, len(items))
	sem := make(chan struct{}, h.opts.BuildConcurrency)
	var wg sync.WaitGroup
	h.track.building(items, true)
	defer h.track.building(items, false)
	for i, it := range items {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i].v, out[i].err = h.build(ctx, it)
			if out[i].err == nil && h.cache != nil {
				h.storeModules(out[i].v)
			}
		})
	}
	wg.Wait()
	return out
}
