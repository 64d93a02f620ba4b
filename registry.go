package plugmux

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/plugmux/plugmux/internal/express"
	"github.com/plugmux/plugmux/internal/jsguard"
	"github.com/plugmux/plugmux/internal/memtune"
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
	ow := h.metrics.begin(w, h.table.Load().plugins[ns]) // codes, durations, in flight (metrics.go)
	defer h.metrics.end(ow)
	if w = ow; !h.loaded.Load() && h.table.Load().plugins[ns] == nil {
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
		// the request's time limit counts from its start, as its duration does
		deadline := h.metrics.epoch.Add(ow.start + v.limits.requestTimeout)
		v.serveAcquired(w, r, rest, rootBase(r, ns, rest), deadline)
		return
	}
}

// serveAcquired is serve for a version that acquire let in, released when
// the request is done, even by a panic (http.ErrAbortHandler). It is a
// function of its own so that the deferred release is not in ServeHTTP's
// loop, where each request would allocate it.
func (v *version) serveAcquired(w http.ResponseWriter, r *http.Request, rest, base string, deadline time.Time) {
	defer v.release()
	v.serve(w, r, rest, base, deadline)
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
	_, p = express.SplitAbsolute(p) // an absolute-form target: its path
	if rest == "/" && !strings.HasSuffix(p, "/") {
		return p
	}
	if strings.HasSuffix(p, rest) {
		return p[:len(p)-len(rest)]
	}
	return "/" + ns
}

// serve serves the request on the least loaded runtime of the version
// (see internal/pool). When every runtime is full the request waits in
// line, within Options.MaxQueue and Options.QueueTimeout; past either it
// gets 503 with Retry-After. A request that never started on a runtime
// that broke meanwhile is served by another.
func (v *version) serve(w http.ResponseWriter, r *http.Request, rest, base string, deadline time.Time) {
	if until := v.refuseUntil.Load(); until != 0 && int64(deadline.Sub(v.host.metrics.epoch)-v.limits.requestTimeout) < until {
		// stopped by the memory watchdog a moment ago
		w.Header().Set("Retry-After", "1")
		http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
		return
	}
	for attempt := 0; ; attempt++ {
		in, err := v.pool.Get(r.Context(), v.host.opts.QueueTimeout, (*instance).busy)
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
		out := in.ex.Serve(w, r, rest, base, deadline)
		v.pool.Put(in)
		switch out {
		case express.Retry:
			if attempt < 3 {
				continue
			}
			w.Header().Set("Retry-After", "1")
			http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
		case express.Abort:
			panic(http.ErrAbortHandler) // headers are out; cutting the connection is the only honest error
		}
		return
	}
}

// defaultMemoryThreshold is the watchdog's threshold without GOMEMLIMIT:
// 75% of the memory the process may use (its cgroup's limit, else the
// machine's), or 2 GiB when that is unknown. A fixed 2 GiB stopped the
// plugins of a healthy host: 10,000 plugins hold 2.5 GB of live heap once
// each has served, and at GOGC=400 a heap of 400 MB live grows past 2 GiB
// with garbage alone.
func defaultMemoryThreshold(system uint64) uint64 {
	if system == 0 {
		return 2 << 30
	}
	return system / 4 * 3
}

// watchMemory starts the memory watchdog (internal/jsguard), stopped by
// Close: past the threshold, the runtimes running JavaScript are
// interrupted and their plugins refused for a second.
func (h *Host) watchMemory() error {
	threshold := h.opts.MemoryThresholdBytes
	if threshold == 0 && debug.SetMemoryLimit(-1) == math.MaxInt64 {
		threshold = defaultMemoryThreshold(memtune.SystemMemory())
	}
	w := jsguard.NewWatchdog(jsguard.WatchdogConfig{
		ThresholdBytes: threshold,
		OnExceeded: func(s jsguard.Sample) {
			h.versions.Range(func(k, _ any) bool {
				v := k.(*version)
				v.pool.Each(func(in *instance) {
					if in.overMemory() {
						v.refuseUntil.Store(int64(time.Since(h.metrics.epoch) + time.Second))
						h.metrics.memoryInterrupted(v.item.Name, v.item.Version)
						v.log.Error("memory past the threshold: the plugin's running JavaScript is stopped, its runtime discarded, and the plugin refused for a second",
							"memory", s.Bytes, "threshold", s.Threshold)
					}
				})
				return true
			})
		},
	})
	ctx, cancel := context.WithCancel(context.Background())
	if err := w.Start(ctx); err != nil {
		cancel()
		return fmt.Errorf("plugmux: memory watchdog: %w", err)
	}
	h.bg.Go(func() {
		<-h.closing
		cancel()
		w.Stop()
	})
	return nil
}

// watchCPU interrupts runtimes whose JavaScript has run past their
// version's CPU limit without yielding, until stop is closed. It looks at
// every runtime, so it looks as often as the tightest limit needs and no
// more: a twentieth of the smallest CPU limit of the versions installed,
// between 10 ms and 250 ms (with the default 5 s, four times a second; a
// host of ten thousand idle plugins would otherwise spend a third of a core
// on it).
//
// It looks at the runtimes that are set up (h.runtimes), copied when they
// change: a host of many plugins keeps few runtimes, the idle ones bounded
// by Options.MaxIdleRuntimes.
func (h *Host) watchCPU(stop <-chan struct{}) {
	every := cpuWatchEvery(h.opts.CPULimit)
	t := time.NewTicker(every)
	defer t.Stop()
	var runtimes runtimeCopy
	for {
		select {
		case <-stop:
			return
		case now := <-t.C:
			tightest := h.opts.CPULimit
			for _, in := range h.runtimes.current(&runtimes) {
				tightest = min(tightest, in.v.limits.cpuLimit)
				in.overCPU(now)
			}
			if d := cpuWatchEvery(tightest); d != every {
				every = d
				t.Reset(every)
			}
		}
	}
}

// cpuWatchEvery is how often watchCPU looks, for the tightest CPU limit.
func cpuWatchEvery(limit time.Duration) time.Duration {
	return min(max(limit/20, 10*time.Millisecond), 250*time.Millisecond)
}

// reap drops the runtimes idle past their version's idle timeout
// (Options.IdleTimeout, or the plugin's shorter one), every second or every
// IdleTimeout/4 when that is shorter, until ctx ends. Ranging over every
// plugin's pool for it was most of the CPU of an idle host of 10,000
// plugins.
func (h *Host) reap(ctx context.Context) {
	every := time.Second
	if h.opts.IdleTimeout > 0 {
		every = max(min(h.opts.IdleTimeout/4, every), time.Millisecond)
	}
	t := time.NewTicker(every)
	defer t.Stop()
	// Only a version with a runtime has one to drop: it looks at the
	// versions of the runtimes set up (h.runtimes), not at every plugin.
	var runtimes runtimeCopy
	reaped := map[*version]bool{}
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			clear(reaped)
			for _, in := range h.runtimes.current(&runtimes) {
				v := in.v
				if reaped[v] {
					continue
				}
				reaped[v] = true
				if n := v.pool.Reap(now, v.dropIdle); n > 0 {
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
	Reaped   int64 // runtimes dropped for being idle (IdleTimeout, MaxIdleRuntimes, DropSetupRuntime)
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
// itself. Each plugin version is built on its own and swapped in as soon as
// it is ready, so a slow one holds up no other; Sync returns once every
// build it started is applied or failed (each within
// Options.BuildTimeout), or ctx ends. The error is about the feed as a
// whole (nothing was changed); what happened to each plugin is in the
// reports given to Options.OnSync and in the log.
func (h *Host) Sync(ctx context.Context) error {
	if err := h.sync(ctx, true); err != nil {
		return err
	}
	h.markLoaded()
	return nil
}

// sync fetches the feed and applies it. With wait, it returns once the
// builds it started are done; without, at once.
func (h *Host) sync(ctx context.Context, wait bool) error {
	h.syncMu.Lock()
	if h.table.Load().closed {
		h.syncMu.Unlock()
		return ErrClosed
	}
	items, bad, err := h.fetchFeed(ctx)
	if err != nil {
		h.syncMu.Unlock()
		h.logs.Add("feed-sync", slog.LevelError, "feed sync failed; nothing changed", "feed", h.feedURL.Redacted(), "err", err)
		h.track.mu.Lock()
		h.track.lastErr, h.track.lastErrAt = err.Error(), time.Now()
		h.track.mu.Unlock()
		h.metrics.syncs.WithLabelValues("error").Inc()
		h.report(SyncReport{Err: err})
		return err
	}
	jobs := h.apply(ctx, items, bad, false)
	h.track.mu.Lock()
	h.track.lastSync, h.track.loadedFrom = time.Now(), "feed"
	h.track.mu.Unlock()
	h.metrics.syncs.WithLabelValues("ok").Inc()
	h.syncMu.Unlock()
	if wait {
		awaitJobs(ctx, jobs)
	}
	return nil
}

// awaitJobs waits until the jobs are done or ctx ends.
func awaitJobs(ctx context.Context, jobs []*buildJob) {
	for _, j := range jobs {
		select {
		case <-j.done:
		case <-ctx.Done():
			return
		}
	}
}

// retryable reports whether building again may succeed where pe failed:
// downloads and setups that waited too long (on a fetch, a host call) may;
// a compile error, a failing setup, JavaScript still running at its time
// limit or a bad feed item will not, until the feed changes the item.
func retryable(pe *PluginError) bool {
	return pe.Phase == PhaseFetch || (errors.Is(pe, ErrTimeout) && !errors.Is(pe, errStillRunning))
}

// markLoaded records that the first sync or cache load applied: Ready
// closes, and plugin requests no longer get 503.
func (h *Host) markLoaded() {
	h.loaded.Store(true)
	h.readyOnce.Do(func() { close(h.ready) })
}

// report hands a report to the metrics and to Options.OnSync, one report at
// a time (builds finish on goroutines of their own).
func (h *Host) report(r SyncReport) {
	h.metrics.changed(r.Changes)
	if h.opts.OnSync != nil {
		h.reportMu.Lock()
		defer h.reportMu.Unlock()
		h.opts.OnSync(r)
	}
}

// apply makes the installed plugins match the feed's items. Items already
// rejected at parse time come in bad. Rejected items and removals are
// applied and reported at once; every version to build becomes a build job,
// applied by itself when it is ready (finishBuild). A job already building
// the same item is left to finish; one building another item of the same
// plugin is superseded. apply runs under syncMu and returns the jobs it
// started.
func (h *Host) apply(ctx context.Context, items []Item, bad []error, fromCache bool) []*buildJob {
	var changes []Change
	for _, err := range bad {
		h.log.Error("feed item rejected", "err", err)
		var pe *PluginError
		errors.As(err, &pe)
		changes = append(changes, Change{Kind: Failed, Name: pe.Name, Version: pe.Version, Err: err})
	}
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
	h.manyPlugins.Store(len(listed) > manyPluginsAbove)
	now := time.Now()
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

	h.tableMu.Lock()
	cur := h.tableLocked()
	want := make(map[string]Item, len(items))
	var todo []Item
	var stopped []string // plugins whose build was stopped
	for _, it := range items {
		if _, dup := want[it.Name]; dup {
			err := pluginErr(it, PhaseFeed, fmt.Errorf("%w: the feed lists %q more than once; the first entry is used", ErrInvalidItem, it.Name))
			h.log.Error("feed item rejected", "err", err)
			changes = append(changes, Change{Kind: Failed, Name: it.Name, Version: it.Version, Err: err})
			continue
		}
		want[it.Name] = it
		if j := h.jobs[it.Name]; j != nil {
			if j.item.sameBuild(it) {
				continue // being built
			}
			j.cancel() // superseded by the feed's new item
			delete(h.jobs, it.Name)
			stopped = append(stopped, it.Name)
		}
		if v := cur.plugins[it.Name]; v != nil && v.item.sameBuild(it) {
			continue
		}
		if f, ok := h.failed[it.Name]; ok && f.sameBuild(it) {
			continue // failed before for a reason a retry will not fix
		}
		todo = append(todo, it)
	}
	for name, j := range h.jobs {
		if _, ok := want[name]; !ok {
			j.cancel() // the plugin left the feed
			delete(h.jobs, name)
			stopped = append(stopped, name)
		}
	}
	for name := range h.failed {
		if _, ok := want[name]; !ok {
			delete(h.failed, name)
		}
	}
	var retired []*version
	next := cur
	for name, v := range cur.plugins {
		if _, ok := want[name]; !ok {
			if next == cur {
				next = cur.clone()
			}
			delete(next.plugins, name)
			retired = append(retired, v)
			changes = append(changes, Change{Kind: Removed, Name: name, Version: v.item.Version})
		}
	}
	if next != cur {
		h.table.Store(next)
	}
	jobs := make([]*buildJob, 0, len(todo))
	for _, it := range todo {
		jctx, cancel := context.WithCancel(h.buildCtx)
		if lookup := ctx.Value(cachedModulesKey{}); lookup != nil {
			jctx = context.WithValue(jctx, cachedModulesKey{}, lookup)
		}
		j := &buildJob{item: it, ctx: jctx, cancel: cancel, done: make(chan struct{}), fromCache: fromCache}
		h.jobs[it.Name] = j
		jobs = append(jobs, j)
	}
	h.track.mu.Lock()
	for _, c := range changes {
		if c.Kind == Failed {
			p := h.track.get(c.Name)
			p.fail, p.failVersion, p.lastErr, p.lastErrAt = StateFailed, c.Version, c.Err.Error(), now
		}
	}
	for _, name := range stopped {
		h.track.get(name).building = false
	}
	for _, j := range jobs {
		h.track.get(j.item.Name).building = true
	}
	for name := range h.track.plugins {
		h.track.drop(name, next.plugins[name] != nil)
	}
	h.track.mu.Unlock()
	if h.cache != nil && len(retired) > 0 {
		h.saveCache()
	}
	h.tableMu.Unlock()

	for _, c := range changes {
		if c.Kind == Removed {
			h.log.Info("plugin removed", "plugin", c.Name, "version", c.Version)
		}
	}
	for _, v := range retired {
		h.retire(v)
	}
	h.report(SyncReport{Changes: changes, FromCache: fromCache})
	for _, j := range jobs {
		h.startBuild(j)
	}
	return jobs
}

// manyPluginsAbove is the size of a feed beyond which a version's setup runtime
// is dropped once it is installed (Options.DropSetupRuntime).
const manyPluginsAbove = 100

// tableLocked swaps the versions built meanwhile (Host.built) into the
// table, with one copy of it for all of them, and returns the table. Every
// reader of the table under tableMu asks it here.
func (h *Host) tableLocked() *table {
	cur := h.table.Load()
	if len(h.built) == 0 {
		return cur
	}
	start := time.Now()
	next := &table{plugins: make(map[string]*version, len(cur.plugins)+len(h.built))}
	for k, v := range cur.plugins {
		next.plugins[k] = v
	}
	for k, v := range h.built {
		next.plugins[k] = v
	}
	clear(h.built)
	h.table.Store(next)
	h.lastCopy = time.Since(start)
	close(h.builtIn)
	h.builtIn = make(chan struct{})
	return next
}

// swapDelayFactor bounds the time spent copying the table while many
// builds finish: a swap waits forty times as long as the last copy took
// (at most maxSwapDelay), for more builds to join it. Copying a table of N
// plugins for each of N builds would cost O(N²) at start (3.6 s for 10,000
// plugins); this keeps it to a few percent of the time, for a wait of about
// 20 ms at 10,000 plugins, 1 ms at 1,000 and microseconds for a few.
const (
	swapDelayFactor = 40
	maxSwapDelay    = 50 * time.Millisecond
)

// addBuilt queues a built version for the table and returns a channel
// closed once requests see it. It runs under tableMu.
func (h *Host) addBuilt(v *version) <-chan struct{} {
	h.built[v.item.Name] = v
	if !h.swapping {
		h.swapping = true
		delay := min(h.lastCopy*swapDelayFactor, maxSwapDelay)
		h.building.Go(func() {
			t := time.NewTimer(delay)
			select {
			case <-t.C:
			case <-h.closing: // Close swaps them in itself
			}
			t.Stop()
			h.tableMu.Lock()
			h.swapping = false
			h.tableLocked()
			h.tableMu.Unlock()
		})
	}
	return h.builtIn
}

// clone returns a copy of t that a sync may change before it swaps it in.
func (t *table) clone() *table {
	n := &table{plugins: make(map[string]*version, len(t.plugins)+1)}
	for k, v := range t.plugins {
		n.plugins[k] = v
	}
	return n
}

// buildJob is the build of one plugin version, from its download to its
// setup, running on its own so that it holds up no other plugin.
type buildJob struct {
	item      Item
	ctx       context.Context // ends when superseded, or at Close
	cancel    context.CancelFunc
	done      chan struct{} // closed once applied, failed, superseded or abandoned
	fromCache bool

	mu        sync.Mutex
	abandoned bool // the build ran past its limit; its result, if it ever comes, is dropped
}

// startBuild runs a job. The build runs on a goroutine of its own, which the
// job watches: at BuildTimeout, at Close or when the job is superseded, the
// job stops waiting and the build is abandoned. A build stuck in Go code that
// ignores its interrupt (which plugmux's limits are meant to prevent) keeps
// its goroutine until it returns, then drops its version; Close does not
// wait for it.
func (h *Host) startBuild(j *buildJob) {
	h.building.Go(func() {
		defer close(j.done)
		defer j.cancel()
		select { // BuildConcurrency builds at a time
		case h.buildSem <- struct{}{}:
		case <-j.ctx.Done():
			h.finishBuild(j, nil, context.Cause(j.ctx))
			return
		}
		// The build's place goes to the next one as soon as the build is
		// done, before it waits to be swapped in.
		release := sync.OnceFunc(func() { <-h.buildSem })
		defer release()
		ctx, cancel := context.WithTimeout(j.ctx, h.opts.BuildTimeout) // from the build's start, not its wait
		defer cancel()
		type result struct {
			v   *version
			err error
		}
		res := make(chan result, 1)
		built := make(chan struct{}) // closed when the build's goroutine returns
		go func() {
			defer close(built)
			v, err := h.build(ctx, j.item)
			if err == nil && h.cache != nil {
				h.storeModules(v)
			}
			j.mu.Lock()
			if j.abandoned {
				j.mu.Unlock()
				if v != nil {
					v.pool.Close(nil)
				}
				return
			}
			res <- result{v, err}
			j.mu.Unlock()
		}()
		// Once it has sent its result, the build's goroutine only unlocks
		// and returns: waiting for it then keeps Close's promise that no
		// goroutine of the host outlives it. An abandoned one is not waited
		// for.
		select {
		case r := <-res:
			<-built
			release()
			h.finishBuild(j, r.v, r.err)
		case <-ctx.Done():
			select {
			case r := <-res: // finished as it was stopped
				<-built
				if r.err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
					r.err = h.buildStopped(j, ctx) // stopped at its limit: say so
				}
				release()
				h.finishBuild(j, r.v, r.err)
				return
			case <-time.After(abandonGrace):
			}
			j.mu.Lock()
			j.abandoned = true
			j.mu.Unlock()
			select {
			case r := <-res: // sent before abandoned was set
				<-built
				if r.v != nil {
					r.v.pool.Close(nil)
				}
			default:
			}
			h.finishBuild(j, nil, h.buildStopped(j, ctx))
		}
	})
}

// abandonGrace is how long a stopped build may take to notice it was
// stopped (a download ends at once, a runtime at its next interrupt check)
// before its job gives up on it.
const abandonGrace = 100 * time.Millisecond

// buildStopped is the error of a build whose context ended: past
// Options.BuildTimeout, or superseded, or closed.
func (h *Host) buildStopped(j *buildJob, ctx context.Context) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return pluginErr(j.item, PhaseEvaluate, fmt.Errorf("%w: the build (download, compile, evaluation and setup) did not finish within %v (Options.BuildTimeout); it was abandoned", ErrTimeout, h.opts.BuildTimeout))
	}
	return context.Cause(ctx)
}

// finishBuild applies the result of a job: a built version is swapped in
// at once (the previous one retires), a failure is recorded and reported.
// A job that was superseded or whose plugin left the feed, or a host that
// closed, drops the result.
func (h *Host) finishBuild(j *buildJob, v *version, err error) {
	it := j.item
	h.tableMu.Lock()
	cur := h.table.Load() // not tableLocked: the builds waiting to be swapped in keep waiting for more
	if h.jobs[it.Name] != j || cur.closed {
		h.tableMu.Unlock()
		if v != nil {
			v.pool.Close(nil) // never served: no teardown
		}
		return
	}
	delete(h.jobs, it.Name)
	old := h.built[it.Name]
	if old == nil {
		old = cur.plugins[it.Name]
	}
	prev := ""
	if old != nil {
		prev = old.item.Version
	}
	now := time.Now()
	var c Change
	if err != nil {
		// Remember a failure that a retry would repeat, so that every
		// feed event does not rebuild it; downloads and timeouts may
		// succeed next time, except a build abandoned at its limit,
		// which would only be abandoned again.
		var pe *PluginError
		again := errors.As(err, &pe) && retryable(pe) && !j.abandoned
		if !again {
			h.failed[it.Name] = it
		}
		c = Change{Kind: Failed, Name: it.Name, Version: it.Version, Previous: prev, Err: err}
		h.track.mu.Lock()
		p := h.track.get(it.Name)
		p.building = false
		p.fail, p.failVersion, p.lastErr, p.lastErrAt = StateFailed, it.Version, err.Error(), now
		if again {
			p.fail = StateRetrying
		}
		h.track.mu.Unlock()
		if h.cache != nil && len(h.jobs) == 0 {
			h.saveCache() // builds that finished before this one are saved now
		}
		h.tableMu.Unlock()
		if old != nil {
			h.logs.Add("failed "+it.String(), slog.LevelError, "plugin update failed; the previous version keeps serving", "plugin", it.Name, "version", it.Version, "serving", prev, "err", err)
		} else {
			h.logs.Add("failed "+it.String(), slog.LevelError, "plugin install failed", "plugin", it.Name, "version", it.Version, "err", err)
		}
		h.report(SyncReport{Changes: []Change{c}, FromCache: j.fromCache})
		if again {
			h.retryBuilds()
		}
		return
	}
	delete(h.failed, it.Name)
	visible := h.addBuilt(v)
	if old != nil {
		c = Change{Kind: Updated, Name: it.Name, Version: it.Version, Previous: prev}
	} else {
		c = Change{Kind: Installed, Name: it.Name, Version: it.Version}
	}
	h.track.mu.Lock()
	p := h.track.get(it.Name)
	p.building, p.fail, p.since = false, "", now
	h.track.mu.Unlock()
	if h.cache != nil && len(h.jobs) == 0 {
		h.saveCache() // once the builds in progress are done, not once per build
	}
	h.tableMu.Unlock()
	<-visible // with the builds that finish meanwhile
	// Only now that requests see it is the change logged, so that a reader
	// of the log never acts on a version not yet serving.
	if old != nil {
		h.log.Info("plugin updated", "plugin", it.Name, "version", it.Version, "previous", prev, "link", it.Link)
		h.retire(old)
	} else {
		h.log.Info("plugin installed", "plugin", it.Name, "version", it.Version, "link", it.Link)
	}
	h.report(SyncReport{Changes: []Change{c}, FromCache: j.fromCache})
}

// retryBuilds asks Run for another sync, with backoff, because a build
// failed for a reason that may pass.
func (h *Host) retryBuilds() {
	select {
	case h.retryCh <- struct{}{}:
	default:
	}
}
