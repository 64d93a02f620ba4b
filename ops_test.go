package plugmux

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// startEnv is newEnv with the feed server behind wrap (nil: none), and
// without waiting for readiness.
func startEnv(t *testing.T, wrap func(http.Handler) http.Handler, opts ...func(*Options)) *env {
	t.Helper()
	e := &env{t: t, syncs: make(chan SyncReport, 100), logs: newLogSink()}
	e.feed = feedserver.New(feedserver.Options{APIKeys: []string{"test-key"}})
	var handler http.Handler = e.feed
	if wrap != nil {
		handler = wrap(e.feed)
	}
	e.feedSrv = httptest.NewServer(handler)
	e.files = httptest.NewServer(http.FileServer(http.Dir("testdata")))
	o := Options{
		FeedURL:      e.feedSrv.URL + feedserver.FeedPath(testFeed),
		Logger:       slog.New(e.logs),
		OnSync:       func(r SyncReport) { e.syncs <- r },
		ReconnectMin: 10 * time.Millisecond,
		ReconnectMax: 100 * time.Millisecond,
	}
	for _, f := range opts {
		f(&o)
	}
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	e.host = h
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", h))
	e.api = httptest.NewServer(mux)
	ctx, cancel := context.WithCancel(context.Background())
	e.runDone = make(chan error, 1)
	go func() { e.runDone <- h.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-e.runDone; !errors.Is(err, context.Canceled) && !errors.Is(err, ErrClosed) {
			t.Errorf("Run returned %v", err)
		}
		h.Close()
		e.api.Close()
		e.feed.Close()
		e.feedSrv.Close()
		e.files.Close()
	})
	return e
}

// privateFeed is a feed that wants "Authorization: Bearer <token>" on every
// request, and whose websocket is unreachable (a proxy that refuses
// upgrades) while blockWS is set. It records what it was sent.
type privateFeed struct {
	token string

	mu        sync.Mutex
	blockWS   bool
	handshake []string // Authorization of each websocket handshake
	refused   int      // requests without the token
}

func (p *privateFeed) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		upgrade := strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
		p.mu.Lock()
		if upgrade {
			p.handshake = append(p.handshake, r.Header.Get("Authorization"))
		}
		block := upgrade && p.blockWS
		ok := r.Header.Get("Authorization") == "Bearer "+p.token
		if !ok {
			p.refused++
		}
		p.mu.Unlock()
		switch {
		case block:
			http.Error(w, "upgrades are not allowed here", http.StatusForbidden)
		case !ok:
			http.Error(w, "token required", http.StatusUnauthorized)
		default:
			next.ServeHTTP(w, r)
		}
	})
}

func TestPrivateFeedWithoutWebsocketIsPolled(t *testing.T) {
	pf := &privateFeed{token: "s3cret", blockWS: true}
	up := upstream(t)
	var upAuth sync.Map // what the plugin's fetch sent upstream
	seen := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		upAuth.Store("Authorization", r.Header.Get("Authorization"))
		upAuth.Store("X-Feed-Secret", r.Header.Get("X-Feed-Secret"))
		http.Redirect(w, r, up.URL+"/json", http.StatusFound)
	}))
	defer seen.Close()
	logs := newLogSink()
	handshakeLogged := logs.await("websocket: bad handshake: the feed answered 403 Forbidden")
	e := startEnv(t, pf.wrap, func(o *Options) {
		o.Logger = slog.New(logs)
		o.FeedHeader = http.Header{"Authorization": {"Bearer wrong"}, "X-Feed-Secret": {"only-for-the-feed"}}
		o.FeedToken = func(context.Context) (string, error) { return pf.token, nil }
		o.PollInterval = 20 * time.Millisecond
		o.FetchOrigins = []string{seen.URL, up.URL}
	})
	e.logs = logs
	e.publish("app", "1.0.0", `export function setup(r, ctx) {
		r.get("/v", (req, res) => res.send(ctx.version));
		r.get("/fetch", async (req, res) => res.send(await (await fetch(req.query.url)).text()));
	}`)
	e.waitVersion(Installed, "app", "1.0.0")
	e.expect("/app/v", 200, "1.0.0")

	// The websocket handshake carried the credentials and failed; the log
	// says how.
	select {
	case <-handshakeLogged:
	case <-time.After(waitTimeout):
		t.Fatalf("the failed handshake's status was not logged:\n%s", logs.String())
	}
	pf.mu.Lock()
	if len(pf.handshake) == 0 || pf.handshake[0] != "Bearer s3cret" {
		t.Errorf("websocket handshakes sent Authorization %q, want the token", pf.handshake)
	}
	if pf.refused != 0 {
		t.Errorf("%d requests reached the feed without the token", pf.refused)
	}
	pf.mu.Unlock()
	if st := e.host.Status(); st.Feed.State != FeedPolling {
		t.Errorf("feed state = %q, want %q", st.Feed.State, FeedPolling)
	}

	// With no websocket event, polling finds the new version.
	e.publish("app", "2.0.0", `export function setup(r, ctx) { r.get("/v", (req, res) => res.send(ctx.version)); }`)
	e.waitVersion(Updated, "app", "2.0.0")
	e.expect("/app/v", 200, "2.0.0")

	// A plugin's fetch never carries the feed's credentials, even to an
	// allowed origin and through a redirect.
	e.publish("app", "3.0.0", `export function setup(r, ctx) {
		r.get("/fetch", async (req, res) => res.send(await (await fetch(req.query.url)).text()));
	}`)
	e.waitVersion(Updated, "app", "3.0.0")
	e.expect("/app/fetch?url="+seen.URL+"/x", 200, `{"hello":"world"}`)
	for _, k := range []string{"Authorization", "X-Feed-Secret"} {
		if v, _ := upAuth.Load(k); v != "" {
			t.Errorf("a plugin's fetch sent %s: %q", k, v)
		}
	}

	// When the websocket comes back, the host follows it again.
	pf.mu.Lock()
	pf.blockWS = false
	pf.mu.Unlock()
	waitFor(t, func() bool { return e.host.Status().Feed.State == FeedWebsocket })
	e.publish("app", "4.0.0", `export function setup(r, ctx) { r.get("/v", (req, res) => res.send(ctx.version)); }`)
	e.waitVersion(Updated, "app", "4.0.0")
}

func TestFeedCredentialsStayOnTheFeedsOrigin(t *testing.T) {
	pf := &privateFeed{token: "s3cret"}
	var mu sync.Mutex
	var other []string // Authorization seen by another module origin
	files := http.FileServer(http.Dir("testdata"))
	cdn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		other = append(other, r.Header.Get("Authorization")+"|"+r.Header.Get("X-Feed-Secret"))
		mu.Unlock()
		files.ServeHTTP(w, r)
	}))
	defer cdn.Close()
	e := startEnv(t, pf.wrap, func(o *Options) {
		o.FeedHeader = http.Header{"Authorization": {"Bearer s3cret"}, "X-Feed-Secret": {"x"}}
	})
	e.waitReady()
	// Modules from the feed's origin need the token...
	e.publishFiles("multi", "1.0.0", "index.js", map[string]string{
		"index.js": `import { v } from "./lib.js"; export function setup(r) { r.get("/", (q, s) => s.send(v)); }`,
		"lib.js":   `export const v = "from lib";`,
	})
	e.waitVersion(Installed, "multi", "1.0.0")
	e.expect("/multi/", 200, "from lib")
	// ...and modules from elsewhere never see it.
	e.setItem(Item{Name: "hello", Version: "1.0.0", Link: cdn.URL + "/hello/index.js"})
	e.waitVersion(Installed, "hello", "1.0.0")
	mu.Lock()
	defer mu.Unlock()
	if len(other) == 0 {
		t.Fatal("the other origin served nothing")
	}
	for _, a := range other {
		if a != "|" {
			t.Errorf("a module download to another origin carried feed credentials: %q", a)
		}
	}
	pf.mu.Lock()
	defer pf.mu.Unlock()
	if pf.refused != 0 {
		t.Errorf("%d feed requests lacked the token", pf.refused)
	}
	if len(pf.handshake) == 0 || pf.handshake[0] != "Bearer s3cret" {
		t.Errorf("handshakes: %q", pf.handshake)
	}
}

func TestPluginPathsAnswer503BeforeTheFirstLoad(t *testing.T) {
	feedDown := make(chan struct{})
	var once sync.Once
	release := func() { once.Do(func() { close(feedDown) }) }
	defer release()
	e := startEnv(t, func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-feedDown:
				next.ServeHTTP(w, r)
			default:
				http.Error(w, "down", http.StatusBadGateway)
			}
		})
	})
	e.waitSyncErr()
	resp, err := http.Get(e.api.URL + "/api/anything/x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("before the first sync: %d, Retry-After %q; want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	rec := httptest.NewRecorder()
	e.host.ReadyHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 503 {
		t.Errorf("readiness before the first sync = %d", rec.Code)
	}
	st := e.host.Status()
	if st.Ready || st.Feed.LastError == "" || st.Feed.LastErrorAt.IsZero() {
		t.Errorf("status before the first sync: %+v", st)
	}
	release()
	e.waitReady()
	e.expect("/anything/x", 404, "404 page not found\n")
	rec = httptest.NewRecorder()
	e.host.ReadyHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 200 {
		t.Errorf("readiness after the first sync = %d", rec.Code)
	}
}

func TestStatusReflectsFailuresAndRequiredPlugins(t *testing.T) {
	e := startEnv(t, nil, func(o *Options) { o.RequirePlugins = []string{"core"} })
	e.waitReady()
	if st := e.host.Status(); st.Ready || !strings.Contains(st.NotReady, "core") {
		t.Fatalf("ready without the required plugin: %+v", st)
	}
	e.publish("core", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("ok")); }`)
	e.waitVersion(Installed, "core", "1.0.0")
	e.publish("core", "1.1.0", `export function setup(r) { r.gett("/", (q, s) => s.send("ok")); }`)
	e.waitVersion(Failed, "core", "1.1.0")
	e.setItem(Item{Name: "gone", Version: "1.0.0", Link: e.fixture("no-such-dir/index.js")})
	e.waitVersion(Failed, "gone", "1.0.0")

	st := e.host.Status()
	if !st.Ready {
		t.Errorf("not ready with core serving: %s", st.NotReady)
	}
	got := map[string]PluginStatus{}
	for _, p := range st.Plugins {
		got[p.Name] = p
	}
	core := got["core"]
	if core.State != StateFailed || core.Desired != "1.1.0" || core.Serving != "1.0.0" || !strings.Contains(core.LastError, "no member 'gett'") || core.LastErrorAt.IsZero() {
		t.Errorf("core after a failed update: %+v", core)
	}
	if g := got["gone"]; g.State != StateRetrying || g.Serving != "" || g.Desired != "1.0.0" || !strings.Contains(g.LastError, "404") {
		t.Errorf("a plugin whose link 404s: %+v", g)
	}
	if st.Feed.State != FeedWebsocket || st.Feed.LastSync.IsZero() {
		t.Errorf("feed: %+v", st.Feed)
	}

	// The JSON handler says the same.
	rec := httptest.NewRecorder()
	e.host.StatusHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/status", nil))
	var doc Status
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("status handler: %v %q", err, rec.Body.String())
	}
	if len(doc.Plugins) != 2 || doc.Plugins[0].Name != "core" || doc.Plugins[0].State != StateFailed {
		t.Errorf("status JSON: %s", rec.Body.String())
	}

	// A fixed version serves, and the plugin that left the feed is forgotten.
	e.publish("core", "1.2.0", `export function setup(r) { r.get("/", (q, s) => s.send("ok")); }`)
	e.waitVersion(Updated, "core", "1.2.0")
	e.feed.SetRaw(testFeed, mustJSON(t, map[string]any{"items": []Item{e.host.table.Load().plugins["core"].item}}))
	e.feed.Broadcast(testFeed, "remove-pilet", map[string]string{"name": "gone"})
	waitFor(t, func() bool { return len(e.host.Status().Plugins) == 1 })
	if p := e.host.Status().Plugins[0]; p.Name != "core" || p.State != StateServing || p.Serving != "1.2.0" {
		t.Errorf("after the fix: %+v", p)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestUnstrippedMountIsHintedInTheLog(t *testing.T) {
	e := newEnv(t)
	e.publish("app1", "1.0.0", `export function setup(r) { r.get("/foo", (q, s) => s.send("ok")); }`)
	e.waitVersion(Installed, "app1", "1.0.0")
	srv := httptest.NewServer(e.host) // mounted as is: the host sees /api/app1/foo
	defer srv.Close()
	hinted := e.logs.await("is the host mounted without its prefix stripped?")
	resp, err := http.Get(srv.URL + "/api/app1/foo")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	select {
	case <-hinted:
	case <-time.After(waitTimeout):
		t.Fatalf("no hint in the log:\n%s", e.logs.String())
	}
}

func TestFeedWebsocketReadLimit(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MaxFeedMessageBytes = 1024 })
	waitFor(t, func() bool { return e.host.Status().Feed.State == FeedWebsocket })
	lost := e.logs.await("read limit exceeded")
	e.feed.Broadcast(testFeed, "update-pilet", map[string]string{"name": strings.Repeat("x", 4096)})
	select {
	case <-lost:
	case <-time.After(waitTimeout):
		t.Fatalf("an oversized message did not close the connection:\n%s", e.logs.String())
	}
	// The host reconnects, resyncs, and follows the feed again.
	e.publish("after", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("after")); }`)
	e.waitVersion(Installed, "after", "1.0.0")
	e.expect("/after/", 200, "after")
}

func TestStatusShowsDraining(t *testing.T) {
	e := newEnv(t)
	e.publish("slow", "1.0.0", spinSource("slow", 1000))
	e.waitVersion(Installed, "slow", "1.0.0")
	started := e.logs.await("slow started")
	done := make(chan struct{})
	go func() { defer close(done); e.get("/slow/spin") }()
	<-started
	if err := e.feed.Remove(testFeed, "slow"); err != nil {
		t.Fatal(err)
	}
	e.waitVersion(Removed, "slow", "1.0.0")
	if p := pluginStatus(e.host, "slow"); p.State != StateDraining || p.Serving != "" || p.Desired != "" || len(p.Draining) != 1 || p.Draining[0] != "1.0.0" {
		t.Errorf("while its last request runs: %+v", p)
	}
	<-done
	waitFor(t, func() bool { return len(e.host.Status().Plugins) == 0 })
}

// syncBuffer is a bytes.Buffer safe for a logger and a test at once.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestDurationsAreLoggedAsStrings(t *testing.T) {
	pf := &privateFeed{token: "t", blockWS: true}
	var buf syncBuffer
	startEnv(t, pf.wrap, func(o *Options) {
		o.Logger = slog.New(slog.NewJSONHandler(&buf, nil))
		o.FeedToken = func(context.Context) (string, error) { return "t", nil }
	})
	waitFor(t, func() bool { return strings.Contains(buf.String(), "feed websocket unavailable") })
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if !strings.Contains(line, "feed websocket unavailable") {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"in", "polling"} {
			s, ok := rec[k].(string)
			if _, err := time.ParseDuration(s); !ok || err != nil {
				t.Errorf("%s = %#v, want a duration string such as \"1.5s\"", k, rec[k])
			}
		}
		return
	}
}

// TestNotReadyNamesTenMissingPlugins checks that readiness names the first
// ten required plugins that do not serve and counts the rest: a probe of a
// host starting thousands gets one short line.
func TestNotReadyNamesTenMissingPlugins(t *testing.T) {
	var req []string
	for i := range 25 {
		req = append(req, fmt.Sprintf("need%02d", i))
	}
	e := startEnv(t, nil, func(o *Options) { o.RequirePlugins = req })
	e.waitReady()
	e.publish("need03", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("ok")); }`)
	e.waitVersion(Installed, "need03", "1.0.0")
	want := "required plugins not serving: need00, need01, need02, need04, need05, need06, need07, need08, need09, need10 and 14 more"
	if st := e.host.Status(); st.Ready || st.NotReady != want {
		t.Fatalf("status: ready %v, %q; want not ready, %q", st.Ready, st.NotReady, want)
	}
	rec := httptest.NewRecorder()
	e.host.ReadyHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), want) {
		t.Errorf("/readyz: %d %q; want 503 naming %q", rec.Code, rec.Body.String(), want)
	}
}
