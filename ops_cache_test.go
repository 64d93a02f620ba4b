package plugmux

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// hostRun is one more host following an existing feed.
type hostRun struct {
	host  *Host
	api   *httptest.Server
	syncs chan SyncReport
	logs  *logSink
	stop  func()
}

func runHost(t *testing.T, feedURL string, opts ...func(*Options)) *hostRun {
	t.Helper()
	r := &hostRun{syncs: make(chan SyncReport, 100), logs: newLogSink()}
	o := Options{FeedURL: feedURL, Logger: slog.New(r.logs), OnSync: func(s SyncReport) { r.syncs <- s },
		ReconnectMin: 10 * time.Millisecond, ReconnectMax: 100 * time.Millisecond}
	for _, f := range opts {
		f(&o)
	}
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	r.host = h
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", h))
	r.api = httptest.NewServer(mux)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.Run(ctx) }()
	var stopped atomic.Bool
	r.stop = func() {
		if stopped.Swap(true) {
			return
		}
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) && !errors.Is(err, ErrClosed) {
			t.Errorf("Run returned %v", err)
		}
		h.Close()
		r.api.Close()
	}
	t.Cleanup(r.stop)
	return r
}

// wait waits for a sync report that holds a change of kind for name at
// version, and returns the report.
func (r *hostRun) wait(t *testing.T, kind ChangeKind, name, version string) SyncReport {
	t.Helper()
	deadline := time.After(waitTimeout)
	for {
		select {
		case s := <-r.syncs:
			for _, c := range s.Changes {
				if c.Kind == kind && c.Name == name && (version == "" || c.Version == version) {
					return s
				}
			}
		case <-deadline:
			t.Fatalf("no %s %s@%s within %v; log:\n%s", kind, name, version, waitTimeout, r.logs.String())
			return SyncReport{}
		}
	}
}

func (r *hostRun) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(r.api.URL + "/api" + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestLastKnownGoodCacheServesWhileTheFeedIsDown(t *testing.T) {
	var down atomic.Bool
	fsrv := feedserver.New(feedserver.Options{})
	defer fsrv.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "feed down", http.StatusBadGateway)
			return
		}
		fsrv.ServeHTTP(w, r)
	}))
	defer srv.Close()
	feedURL := srv.URL + feedserver.FeedPath(testFeed)
	publish := func(name, version string, files map[string]string) {
		t.Helper()
		fs := map[string][]byte{}
		for k, v := range files {
			fs[k] = []byte(v)
		}
		if _, err := fsrv.Publish(testFeed, feedserver.Package{Name: name, Version: version, Main: "index.js", Files: fs}); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	cached := func(o *Options) { o.CacheDir = dir }

	// A host with the feed up fills the cache.
	publish("app", "1.0.0", map[string]string{
		"index.js": `import { v } from "./lib.js"; export function setup(r, ctx) { r.get("/", (q, s) => s.send(v + ctx.version)); }`,
		"lib.js":   `export const v = "app@";`,
	})
	publish("other", "1.0.0", map[string]string{"index.js": `export function setup(r) { r.get("/", (q, s) => s.send("other")); }`})
	a := runHost(t, feedURL, cached)
	a.wait(t, Installed, "app", "1.0.0")
	if st := a.host.Status(); st.Feed.CacheSavedAt.IsZero() && len(a.host.Plugins()) < 2 {
		a.wait(t, Installed, "other", "1.0.0")
	}
	waitFor(t, func() bool { return len(a.host.Plugins()) == 2 && !a.host.Status().Feed.CacheSavedAt.IsZero() })
	if code, body := a.get(t, "/app/"); code != 200 || body != "app@1.0.0" {
		t.Fatalf("host a: %d %q", code, body)
	}
	a.stop()

	// Tamper with other's module: it must not load from the cache.
	var idx cacheIndex
	b, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &idx); err != nil {
		t.Fatal(err)
	}
	if len(idx.Plugins) != 2 {
		t.Fatalf("cache index: %s", b)
	}
	for _, p := range idx.Plugins {
		if p.Item.Name == "other" {
			if err := os.WriteFile(filepath.Join(dir, "modules", p.Modules[0].SHA256), []byte(`export function setup(r) { r.get("/", (q, s) => s.send("evil")); }`), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	// The feed goes down; a new host starts and serves from the cache.
	down.Store(true)
	bh := runHost(t, feedURL, cached)
	rep := bh.wait(t, Installed, "app", "1.0.0")
	if !rep.FromCache {
		t.Errorf("install report not marked FromCache: %+v", rep)
	}
	for _, c := range rep.Changes {
		if c.Name == "other" && c.Kind != Failed {
			t.Errorf("tampered module loaded: %+v", c)
		}
	}
	// Builds from the cache run independently: the host is ready once
	// all of them are applied, the tampered one (failed) included.
	select {
	case <-bh.host.Ready():
	case <-time.After(waitTimeout):
		t.Fatal("not ready after the cache load")
	}
	if code, body := bh.get(t, "/app/"); code != 200 || body != "app@1.0.0" {
		t.Fatalf("from cache: %d %q", code, body)
	}
	if code, _ := bh.get(t, "/other/"); code != 404 {
		t.Errorf("tampered plugin answered %d", code)
	}
	if !strings.Contains(bh.logs.String(), "stored bytes do not match their sha256") {
		t.Errorf("the tampered module was not reported:\n%s", bh.logs.String())
	}
	st := bh.host.Status()
	if !st.Ready || st.Feed.LoadedFrom != "cache" || st.Feed.LastError == "" {
		t.Errorf("status while serving the cache: %+v", st.Feed)
	}

	// The feed changed meanwhile and comes back: the host converges.
	publish("app", "2.0.0", map[string]string{"index.js": `export function setup(r, ctx) { r.get("/", (q, s) => s.send("app@" + ctx.version)); }`})
	if err := fsrv.Remove(testFeed, "other"); err != nil {
		t.Fatal(err)
	}
	down.Store(false)
	bh.wait(t, Updated, "app", "2.0.0")
	if code, body := bh.get(t, "/app/"); code != 200 || body != "app@2.0.0" {
		t.Fatalf("after the feed returned: %d %q", code, body)
	}
	if ps := bh.host.Plugins(); len(ps) != 1 {
		t.Errorf("plugins after convergence: %+v", ps)
	}
	if st := bh.host.Status(); st.Feed.LoadedFrom != "feed" {
		t.Errorf("loadedFrom = %q", st.Feed.LoadedFrom)
	}
	// The cache now holds what serves, and no more.
	waitFor(t, func() bool {
		var idx cacheIndex
		b, _ := os.ReadFile(filepath.Join(dir, "index.json"))
		return json.Unmarshal(b, &idx) == nil && len(idx.Plugins) == 1 && idx.Plugins[0].Item.Version == "2.0.0"
	})
	mods, _ := os.ReadDir(filepath.Join(dir, "modules"))
	if len(mods) != 1 {
		t.Errorf("%d modules kept, want 1", len(mods))
	}
}
