package plugmux

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// PluginState is what an operator needs to know of one plugin at a glance.
type PluginState string

// The states of a plugin in Status.
const (
	// StateServing: the version the feed lists serves.
	StateServing PluginState = "serving"
	// StateUpdating: a version is being built (a first install or an
	// update); the previous version, if any, serves meanwhile.
	StateUpdating PluginState = "updating"
	// StateDraining: the plugin left the feed; its last version finishes
	// its requests and tears down.
	StateDraining PluginState = "draining"
	// StateFailed: the version the feed lists could not be installed, for a
	// reason a retry will not fix (a compile error, a failing setup); the
	// previous version, if any, serves. A new feed item is tried anew.
	StateFailed PluginState = "failed"
	// StateRetrying: the version the feed lists could not be installed for
	// a reason that may pass (a download, a time limit); the host retries
	// with backoff, and the previous version, if any, serves meanwhile.
	StateRetrying PluginState = "retrying"
)

// PluginStatus is the state of one plugin, as Status reports it.
type PluginStatus struct {
	Name        string      `json:"name"`
	Desired     string      `json:"desired,omitempty"` // the version the feed lists; empty once it left the feed
	Serving     string      `json:"serving,omitempty"` // the version that answers requests; empty if none
	State       PluginState `json:"state"`
	Draining    []string    `json:"draining,omitempty"`    // retired versions still finishing requests
	LastError   string      `json:"lastError,omitempty"`   // the last failure to install the plugin
	LastErrorAt time.Time   `json:"lastErrorAt,omitzero"`  // when it happened
	Runtimes    int         `json:"runtimes"`              // runtimes of the serving version
	Since       time.Time   `json:"servingSince,omitzero"` // when the serving version became visible
}

// FeedStatus is the state of the host's connection to its feed.
type FeedStatus struct {
	URL          string    `json:"url"`   // the feed URL, its password redacted
	State        string    `json:"state"` // FeedConnecting, FeedWebsocket, FeedPolling or FeedClosed
	StateSince   time.Time `json:"stateSince,omitzero"`
	LastSync     time.Time `json:"lastSync,omitzero"` // the last sync that applied the feed
	LastError    string    `json:"lastError,omitempty"`
	LastErrorAt  time.Time `json:"lastErrorAt,omitzero"`
	LoadedFrom   string    `json:"loadedFrom,omitempty"` // "feed" or "cache": where what serves came from
	CacheSavedAt time.Time `json:"cacheSavedAt,omitzero"`
	CacheError   string    `json:"cacheError,omitempty"` // the last failure to write the cache
}

// Status is a snapshot of the host for operators: readiness, the feed, and
// every plugin the feed lists or that still serves or drains.
type Status struct {
	// Ready: the first sync (or a load from Options.CacheDir) applied, and
	// every plugin of Options.RequirePlugins serves.
	Ready bool `json:"ready"`
	// NotReady says why Ready is false.
	NotReady string         `json:"notReady,omitempty"`
	Feed     FeedStatus     `json:"feed"`
	Plugins  []PluginStatus `json:"plugins"`
}

// tracker remembers, per plugin, what the table alone does not show: the
// version the feed lists, builds in progress, failures and draining
// versions. Its entries are those of the plugins the feed lists, plus the
// ones still draining: it never outgrows the feed.
type tracker struct {
	mu      sync.Mutex
	plugins map[string]*pluginTrack

	lastSync, lastErrAt time.Time
	lastErr             string
	loadedFrom          string
	cacheSaved          time.Time
	cacheErr            string
}

type pluginTrack struct {
	desired     string
	building    bool
	fail        PluginState // "", StateFailed or StateRetrying: of failVersion
	failVersion string
	lastErr     string
	lastErrAt   time.Time
	since       time.Time
	draining    map[string]int // version → versions of it draining
}

func (t *tracker) get(name string) *pluginTrack {
	p := t.plugins[name]
	if p == nil {
		p = &pluginTrack{}
		t.plugins[name] = p
	}
	return p
}

// drop forgets name if nothing of it is left.
func (t *tracker) drop(name string, serving bool) {
	if p := t.plugins[name]; p != nil && p.desired == "" && !p.building && len(p.draining) == 0 && !serving {
		delete(t.plugins, name)
	}
}

func (t *tracker) draining(v *version, delta int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	p := t.get(v.item.Name)
	if p.draining == nil {
		p.draining = map[string]int{}
	}
	p.draining[v.item.Version] += delta
	if p.draining[v.item.Version] <= 0 {
		delete(p.draining, v.item.Version)
	}
}

// atomicString is a string read and written atomically.
type atomicString struct{ v atomic.Pointer[string] }

func (a *atomicString) Load() string {
	if p := a.v.Load(); p != nil {
		return *p
	}
	return ""
}

func (a *atomicString) Swap(s string) string {
	if p := a.v.Swap(&s); p != nil {
		return *p
	}
	return ""
}

// Status reports the host's readiness, its feed connection and the state of
// every plugin, sorted by name.
func (h *Host) Status() Status {
	tab := h.table.Load()
	st := Status{Feed: FeedStatus{URL: h.feedURL.Redacted(), State: h.feedState.Load()}}
	if ns := h.feedSince.Load(); ns != 0 {
		st.Feed.StateSince = time.Unix(0, ns)
	}
	h.track.mu.Lock()
	t := &h.track
	st.Feed.LastSync, st.Feed.LastError, st.Feed.LastErrorAt = t.lastSync, t.lastErr, t.lastErrAt
	st.Feed.LoadedFrom, st.Feed.CacheSavedAt, st.Feed.CacheError = t.loadedFrom, t.cacheSaved, t.cacheErr
	names := map[string]bool{}
	for n := range t.plugins {
		names[n] = true
	}
	for n := range tab.plugins {
		names[n] = true
	}
	for n := range names {
		ps := PluginStatus{Name: n}
		p := t.plugins[n]
		if p == nil {
			p = &pluginTrack{}
		}
		if v := tab.plugins[n]; v != nil {
			ps.Serving = v.item.Version
			ps.Runtimes = v.pool.Stats().Live
		}
		ps.Desired, ps.LastError, ps.LastErrorAt, ps.Since = p.desired, p.lastErr, p.lastErrAt, p.since
		for ver := range p.draining {
			ps.Draining = append(ps.Draining, ver)
		}
		slices.Sort(ps.Draining)
		switch {
		case p.building:
			ps.State = StateUpdating
		case p.desired != "" && p.fail != "" && p.failVersion == p.desired:
			ps.State = p.fail
		case p.desired == "" && len(p.draining) > 0 && ps.Serving == "":
			ps.State = StateDraining
		case ps.Serving != "" && (p.desired == ps.Serving || p.desired == ""):
			ps.State = StateServing
		default:
			ps.State = StateUpdating
		}
		st.Plugins = append(st.Plugins, ps)
	}
	h.track.mu.Unlock()
	slices.SortFunc(st.Plugins, func(a, b PluginStatus) int { return strings.Compare(a.Name, b.Name) })
	st.Ready, st.NotReady = h.readiness(tab)
	if st.Plugins == nil {
		st.Plugins = []PluginStatus{}
	}
	return st
}

// readiness is Status.Ready and the reason it is false.
func (h *Host) readiness(tab *table) (bool, string) {
	if tab.closed {
		return false, "the host is closed"
	}
	if !h.loaded.Load() {
		return false, "the feed has not been loaded yet (no sync and no cache load applied)"
	}
	var missing []string
	more := 0
	for _, n := range h.opts.RequirePlugins {
		if tab.plugins[n] == nil {
			if len(missing) == maxNamedMissing {
				more++
				continue
			}
			missing = append(missing, n)
		}
	}
	if more > 0 {
		return false, fmt.Sprintf("required plugins not serving: %s and %d more", strings.Join(missing, ", "), more)
	}
	if len(missing) > 0 {
		return false, "required plugins not serving: " + strings.Join(missing, ", ")
	}
	return true, ""
}

// maxNamedMissing is how many missing required plugins readiness names: a
// probe of a host that starts thousands gets a line, not every name.
const maxNamedMissing = 10

// StatusHandler returns an http.Handler that answers Status as JSON (200),
// for operators and dashboards. Mount it where only operators reach it:
// it names the plugins, their versions and their errors.
func (h *Host) StatusHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := json.MarshalIndent(h.Status(), "", "  ")
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(append(b, '\n'))
	})
}

// ReadyHandler returns an http.Handler for readiness probes: 200 "ready"
// once Status().Ready holds, else 503 with Retry-After and the reason.
func (h *Host) ReadyHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if ok, why := h.readiness(h.table.Load()); !ok {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "not ready: "+why, http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ready\n"))
	})
}

// notLoaded answers a plugin request that arrives before the first sync or
// cache load: 503 with Retry-After, since the plugin may well exist.
func (h *Host) notLoaded(w http.ResponseWriter) {
	w.Header().Set("Retry-After", strconv.Itoa(1))
	http.Error(w, "plugin host is starting: the feed has not been loaded yet", http.StatusServiceUnavailable)
}
